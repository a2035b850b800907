import type { LabelledStory } from './types';

/**
 * Held-out stories: written apart from the checks and from the other corpus files, in other
 * voices and domains (wards, schools, plants, branches, kitchens, labs…). The checks are
 * measured on them but never tuned on them.
 */

const primary = (principleId: string) => ({ principleId, strength: 'primary' as const });
const secondary = (principleId: string) => ({ principleId, strength: 'secondary' as const });

export const HOLDOUT: LabelledStory[] = [
  // ---------------------------------------------------------------- sound
  {
    kind: 'sound',
    note: 'Hospital ward; the Result is a ratio "from 1 in 5 to 1 in 12" with no percent sign, and "near miss"/"errors" are clinical terms, not a failure.',
    story: {
      title: 'Quiet medication rounds on Ward 7',
      headline:
        'I cut interruptions to evening medication rounds from one in five to one in twelve by changing who answers the ward phone during rounds.',
      situation:
        "I was charge nurse on a 28-bed acute medical ward. The incident log showed that a fifth of evening medication rounds were interrupted by phone calls, relatives' questions or bed requests, and two near-miss dosing errors that spring had happened mid-interruption. Nurses on a round were often stopped several times, usually by the phone ringing at the station.",
      task: 'The matron asked me to bring interruptions down before the summer intake of newly qualified nurses, without adding staff.',
      action:
        "I started by shadowing six rounds myself with a tally sheet, so I could see where interruptions came from rather than guess. Most were phone calls to the nurse holding the drug trolley, because the ward number rang through to whoever stood nearest. I agreed with the ward clerk that she would take the phone during the two round windows and log messages on a whiteboard by the station. I ordered red tabards from stores for nurses on the round, and I wrote a one-page note for relatives explaining that a nurse in red should not be stopped, with a bell to reach the coordinator instead. Some senior nurses thought the tabards looked patronising, so I asked two of them to trial the scheme for a week and tell me what to change; they suggested moving bed requests to the coordinator's pager, which I added. I briefed every shift at handover for a fortnight, and I rechecked the tally each Friday and pinned it on the staff-room board so people could see the trend. When the night team lagged, I joined three of their rounds to find the cause: the clerk role did not exist at night, so I arranged for the healthcare assistant to cover the phone instead.",
      result:
        'After eight weeks, interrupted rounds fell from 1 in 5 to 1 in 12, and the ward went the whole summer without an interruption-related near miss, against two in the spring. The average round also finished about ten minutes sooner, time the nurses spent on patient observations. Two neighbouring wards adopted the tabards and the clerk cover that autumn.',
      learnings:
        'Count before fixing: my tally showed the phone, not relatives, was the main source, which is the opposite of what the team expected.',
      metrics: 'Interrupted rounds 1 in 5 → 1 in 12; interruption near misses 2 → 0 over a season.',
      company: "St Aidan's General Hospital",
      role: 'Charge Nurse',
      when: '2025-03',
      project: 'Safer medication rounds',
      tags: ['patient safety', 'process'],
      principles: [
        primary('insist-on-the-highest-standards'),
        secondary('customer-obsession'),
        secondary('ownership'),
      ],
      followUps: [
        {
          id: 'ward7-fu1',
          question: 'Who pushed back, and how did you handle it?',
          answer:
            'Two senior nurses disliked the tabards. I made them the trial leads, and their change (bed requests to the pager) made the scheme stronger.',
        },
      ],
      status: 'ready',
    },
  },
  {
    kind: 'sound',
    note: 'School district; time saved written "two weeks instead of six" and the effect as "a third", both in words.',
    story: {
      title: 'Bus routes in two weeks',
      headline:
        'I rebuilt how a school district plans bus routes, so families got them in two weeks instead of six and late arrivals fell by a third.',
      situation:
        'As transport coordinator for a district of 14 schools and about 9,000 riders, I inherited a routing process built on spreadsheets and paper maps. Routes reached families days before term, and every September a wave of late buses followed.',
      task: 'The superintendent asked me to publish routes earlier for the next school year and reduce late arrivals, with the same two planners.',
      action:
        "I began by timing each step of the old process with the planners, and I found that four of the six weeks went on re-keying addresses from enrolment forms into the routing sheets. I got read access to the student information system from the IT office and wrote a short export that pulled current addresses each night, which removed the re-keying. I then tested the routing module in the mapping software the district already licensed; I ran it against last year's stops and compared the results stop by stop with the planners, who knew where the tight turns and unsafe crossings were. Where the tool and their experience disagreed, I kept their stop and recorded why, so the rule could be reused. I moved the publishing date in the parent calendar to early August and told principals in May, which gave me a firm deadline to work back from. I opened a two-week window for families to flag problems through a simple web form, and I answered every one of the 212 submissions within two working days. On the first morning of term I rode the three longest routes myself to check the timings.",
      result:
        'Routes reached families two weeks after enrolment closed instead of six, and late arrivals in the first month of term fell by a third compared with the previous September. The planners each got back roughly ten days, which they used to plan field-trip transport the district had been paying an outside firm to arrange.',
      company: 'Riverbend Unified School District',
      role: 'Transportation Coordinator',
      when: '2024-08',
      project: 'Route planning overhaul',
      tags: ['public sector', 'simplification'],
      principles: [
        primary('invent-and-simplify'),
        secondary('frugality'),
        secondary('customer-obsession'),
      ],
      status: 'ready',
    },
  },
  {
    kind: 'sound',
    note: 'Manufacturing line; savings written "$40k a quarter", plus a percent drop; Action full of plant jargon.',
    story: {
      title: 'Start-up scrap on Line 4',
      headline:
        'I traced excess scrap on an extrusion line to rushed die warm-ups and now save the plant about $40k a quarter in resin.',
      situation:
        'I was a process engineer at a plant making PVC window profiles on six extrusion lines. Line 4 ran the widest range of profiles, with up to four die changes a day, and it scrapped more material than the others, and the cost showed up in every monthly review without anyone owning it.',
      task: "I volunteered to find the cause and bring Line 4's scrap down to the plant average within a quarter, without lowering the line's output targets.",
      action:
        'I pulled twelve months of scrap records and split them by shift, product and time since start-up, and I saw that most of the waste came in the first forty minutes after a changeover. I stood at the line through five changeovers with a thermal camera borrowed from maintenance, and I found that operators started pulling profile before the die had reached an even temperature, because the start-up sheet said thirty minutes regardless of die size. I wrote a new start-up standard with warm-up times by die size and a temperature check at three points before the puller starts. The operators were wary that longer warm-ups would hurt their output numbers, so I got the shift leads to agree that the first hour after a changeover would be measured on good metres rather than total metres. I ran the new standard on one shift for two weeks and compared scrap daily, then trained the other three shifts at the line and laminated the sheet at each station. I also asked the scheduler to group similar die sizes together, which cut the number of full warm-ups each week.',
      result:
        "Line 4's start-up scrap fell from about 9% to under 3%, and the plant now saves roughly $40k a quarter in resin and regrind handling. Changeover-to-good-product time improved by a quarter, and the same standard ran on all six lines by the end of the year.",
      learnings:
        'Measure people on the thing you want: operators rushed warm-ups because they were judged on total metres.',
      company: 'Norland Profiles',
      role: 'Process Engineer',
      when: '2025-06',
      project: 'Line 4 scrap reduction',
      tags: ['manufacturing', 'cost'],
      principles: [primary('dive-deep'), secondary('frugality'), secondary('ownership')],
      status: 'ready',
    },
  },
  {
    kind: 'sound',
    note: 'Non-profit fundraiser; no digits anywhere in the Result: "roughly doubled", "one in ten to one in five", "ninety thousand dollars", "a third".',
    story: {
      title: 'Winning back lapsed donors',
      headline:
        'I won back lapsed donors at a regional food bank with personal calls and gift-specific letters, raising about ninety thousand dollars more than the year before.',
      situation:
        'I was the individual giving officer at a regional food bank. The donor list had grown during the pandemic, but nearly half of those first-time donors had not given again, and the annual appeal sent the same letter to everyone.',
      task: 'The director asked me to raise renewals among lapsed donors before the winter appeal, with no extra budget for mailings.',
      action:
        "I sorted the lapsed donors by first gift size and recency and picked the top few hundred to contact personally. I wrote a short call script that thanked people rather than asking, and I recruited eleven board members and volunteers to make calls over two evenings; I ran a practice session with each caller and sat in the room to handle hard questions. For the rest of the list, I replaced the generic appeal with a letter naming what the donor's last gift had paid for, such as a month of school-holiday meals at one pantry. I got those details from the warehouse manager, who tracked deliveries by site, and I checked every figure with him before printing. I set up a simple tracker so I could see which version each donor received and whether they gave again. When the first wave of letters brought mostly small gifts, I added a handwritten note from a pantry volunteer to the next batch and tested it against the plain letter on a split of the list.",
      result:
        'Renewals among lapsed donors roughly doubled, from about one in ten to one in five, and the appeal to that group raised about ninety thousand dollars more than the year before. The handwritten notes lifted response by about a third over the plain letter, so the food bank now uses them in every winter appeal.',
      metrics: 'Lapsed-donor renewal: one in ten → one in five.',
      company: 'Tri-County Food Bank',
      role: 'Individual Giving Officer',
      when: '2024-11',
      project: 'Winter lapsed-donor campaign',
      tags: ['fundraising', 'non-profit'],
      principles: [primary('customer-obsession'), secondary('frugality')],
      followUps: [
        {
          id: 'donors-fu1',
          question: 'How do you know the notes caused the lift?',
          answer:
            'The split was random within each gift band, and both halves went out the same week, so timing and gift size were the same.',
        },
      ],
      status: 'ready',
    },
  },
  {
    kind: 'sound',
    note: 'Retail store; "the team and I" twice and an I:we balance of about 2:1 in the Action.',
    story: {
      title: 'Stock loss at the Eastgate store',
      headline:
        'The team and I cut stock loss at a busy grocery store from 2.8% to 1.6% of sales in six months by fixing how deliveries were received.',
      situation:
        'I managed a 60-person grocery store in a shopping centre. Stock loss was running at 2.8% of sales against a regional average of 1.5%, and the area manager had flagged the store as the worst in the region.',
      task: 'I owned bringing shrink down to the regional average by the end of the financial year.',
      action:
        'I began with the numbers rather than assumptions about theft: I compared book stock against counts for the fifty lines with the biggest losses, and most of the gap sat in chilled and produce, not in the high-theft aisles. The team and I then watched three early deliveries together, and we saw pallets signed for without counting, because the receiving clerk was also covering the bakery. I moved the bakery cover to a later shift so receiving had one dedicated person from five to eight in the morning. We wrote a short checklist for counting chilled deliveries and rejecting short or warm cases, and I trained the four people who received stock. For produce, the team and I set up a daily markdown at four in the afternoon, and we agreed which lines to reduce first so items sold before they spoiled. We held a ten-minute huddle every Monday where I shared the loss figures by department, and I asked each department lead to pick one fix for the week. I checked supplier credits myself each Friday until the clerks were confident claiming them.',
      result:
        'Within six months stock loss fell from 2.8% to 1.6% of sales, close to the regional average and worth about $150,000 a year at our volume. Supplier credits claimed rose by a quarter, and the store moved from the bottom of the regional shrink table to the middle. Complaints about out-of-date chilled products fell from around ten a month to two.',
      company: 'FreshWay Supermarkets',
      role: 'Store Manager',
      when: '2025-09',
      project: 'Shrink reduction',
      tags: ['retail', 'operations'],
      principles: [primary('ownership'), secondary('dive-deep'), secondary('deliver-results')],
      status: 'ready',
    },
  },
  {
    kind: 'sound',
    note: 'Bank branch; a customer\'s quoted "we" ("We\'ve banked here…") sits inside an otherwise first-person Action.',
    story: {
      title: 'Older customers after the refit',
      headline:
        'I reworked a bank branch after a self-service refit left older customers feeling shut out, and complaints fell from 31 a month to 6.',
      situation:
        'I managed a high-street bank branch that had just been refitted for self-service, with the counter cut from five windows to two. Within a month complaints had tripled, mostly from customers over seventy. Several long-standing customers had written to the local paper, and two had closed their accounts.',
      task: 'My regional manager wanted the complaints resolved without undoing the refit, which had been a group-wide decision.',
      action:
        'I spent two mornings at the entrance greeting customers myself, and one couple summed it up: "We\'ve banked here thirty years and now we feel like strangers." Their problem was not the machines but losing someone to talk to. I moved one of my customer advisers to a floor role from nine to eleven, the busiest window for older customers, with a tablet to book same-day appointments. I set up a Tuesday morning session where a colleague or I showed customers the deposit machines and the app at their own pace, and I wrote a large-print guide with a photo of each screen. I asked the regional team to let me keep one counter open longer on pension days, and I backed the request with queue times I had logged for two weeks. I called every customer who had complained, explained the changes and invited them to a session. Each month I passed the questions asked most often at the floor desk to the digital team.',
      result:
        'Complaints fell from 31 in the first month to 6 by the third, below the level before the refit. Same-day appointment bookings rose by 40%, and referrals from those appointments made the branch the top performer in the region that quarter.',
      learnings:
        'Stand where the customer stands before deciding what the problem is; the machines were fine, the missing person was not.',
      company: 'Northgate Bank',
      role: 'Branch Manager',
      when: '2024-05',
      project: 'Branch self-service refit',
      tags: ['banking', 'customer experience'],
      principles: [primary('customer-obsession'), secondary('earn-trust')],
      status: 'ready',
    },
  },
  {
    kind: 'sound',
    note: "Game studio; the Situation tells of a predecessor's project that failed certification, which is not the candidate's failure.",
    story: {
      title: 'Certification without crunch',
      headline:
        "I took a console game through platform certification on the first submission, after the studio's previous title had been rejected twice.",
      situation:
        'I was a producer at a 45-person studio preparing its second console release. The previous title, run by a producer who had since left, failed platform certification twice, slipping launch by seven weeks and forcing a month of weekend crunch.',
      task: 'I was responsible for getting the new game through certification on the first submission, without repeating that crunch.',
      action:
        "I read both rejection reports from the earlier project and grouped the issues: most concerned save data, suspend and resume, and account switching, none of them hard, all found late. I turned the platform requirements into a checklist of 140 items, gave each an owner and a test case in the tracker, and I reviewed progress with the leads every week from alpha onwards rather than in the final month. I booked a pre-certification review with the platform holder's account team, which the studio had never used, and I set it eight weeks before submission so there was room to act on their feedback. I asked QA to run a full certification pass on every milestone build, and I protected two engineer-weeks in each sprint for findings so feature work could not crowd them out. When the art team wanted one more content drop late in beta, I negotiated moving it into a day-one patch, which kept the submission build stable. I kept a burn-down of open certification items on the studio wall where everyone could see it.",
      result:
        "The game passed certification on the first submission and launched on the announced date. Overtime in the final two months was about a fifth of the previous project's, and the crash rate in launch week was under half that of the last title. The checklist became the studio standard for later releases.",
      company: 'Lanternfish Games',
      role: 'Producer',
      when: '2025-10',
      project: 'Console launch',
      tags: ['games', 'launch'],
      principles: [
        primary('insist-on-the-highest-standards'),
        primary('deliver-results'),
        secondary('strive-to-be-earths-best-employer'),
      ],
      followUps: [
        {
          id: 'cert-fu1',
          question: 'What would you do differently?',
          answer:
            'Book the pre-certification review even earlier; its findings were cheap to fix at alpha and would have been cheaper still before it.',
        },
      ],
      status: 'ready',
    },
  },
  {
    kind: 'sound',
    note: 'Government service; the Result opens with activity counts (sessions, pages) but also names one real outcome (helpline calls down a quarter).',
    story: {
      title: 'Plain-language benefits pages',
      headline:
        'I rewrote the eligibility pages of a state unemployment website with claimants and cut eligibility calls to the helpline by a quarter.',
      situation:
        'I was a content designer at a state agency that handles unemployment claims. The helpline took about 20,000 calls a month, and call logs suggested many came from people who could not tell from the website whether they were eligible.',
      task: 'I was asked to lead a rewrite of the eligibility and how-to-apply pages within one budget quarter.',
      action:
        'I listened to forty recorded helpline calls and tagged the reason for each, which showed that three questions drove most of the confusion: part-time work, severance pay and waiting weeks. I recruited claimants through the public library network and ran sessions where people tried to answer those questions from the existing pages while I watched. From what I saw, I rewrote each page around the question a claimant asks, put the answer in the first sentence, and moved the legal references into a collapsible section. The legal team worried that plain wording would misstate the rules, so I sat with an attorney for two afternoons and agreed exact phrasing for the eleven sentences that carried legal weight. I tested each draft with new participants until people found the right answer without help. I also worked with the helpline supervisors so their call scripts used the same words as the pages.',
      result:
        'I ran 12 usability sessions, rewrote 38 pages and retired 9 duplicates, and the pages went live on schedule. The effect that mattered: eligibility calls to the helpline fell by a quarter over the next three months, about 5,000 fewer calls a month.',
      company: 'State Department of Labor',
      role: 'Senior Content Designer',
      when: '2024-02',
      project: 'Unemployment eligibility content',
      tags: ['government', 'content design'],
      principles: [
        primary('customer-obsession'),
        secondary('invent-and-simplify'),
        secondary('earn-trust'),
      ],
      status: 'ready',
    },
  },
  {
    kind: 'sound',
    note: 'Restaurant group; "I think" and "maybe" appear only inside a chef\'s quoted words, not in the candidate\'s voice.',
    story: {
      title: 'Prep to demand across three kitchens',
      headline:
        'I moved three restaurant kitchens from fixed prep levels to demand-based prep lists and cut food waste from 11% to 6% of purchases.',
      situation:
        'I was operations manager for a group of three neighbourhood restaurants sharing one supplier. Food waste ran at about 11% of purchases, and every kitchen prepped to the same fixed levels seven days a week. Most weeknights each kitchen threw out full containers of sauces and cut vegetables.',
      task: 'The owners asked me to cut waste without dishes running out during service.',
      action:
        'I weighed the bins at each kitchen for two weeks with the closing porters and matched the waste against the till data. The pattern was plain: from Monday to Wednesday the kitchens prepped for Saturday volumes. I built prep lists that scaled with the previous four weeks of sales for the same weekday, adjusted for bookings. The head chef at the largest site doubted it and told me, "I think this will maybe work on a Tuesday, not on a Friday with a party of twenty." So I ran the lists at his site on weekdays first, kept his own levels for weekends, and reviewed every sell-out with him each morning. After three weeks he asked for weekend lists too. I put up a board where any dish that sold out was logged with the time, and I treated more than two sell-outs a night as a sign the list was too tight. I moved the produce and fish order to daily deliveries, and I renegotiated the delivery fee so the extra drops cost nothing.',
      result:
        'Waste fell from 11% to 6% of purchases within three months, worth about $6,500 a month across the group, while sell-outs stayed under one a night on average. Prep hours dropped by roughly a tenth, which the chefs put toward a new weekday lunch menu.',
      company: 'Copper Pot Restaurant Group',
      role: 'Operations Manager',
      when: '2025-01',
      project: 'Waste reduction',
      tags: ['hospitality', 'cost'],
      principles: [primary('dive-deep'), secondary('frugality'), secondary('earn-trust')],
      status: 'ready',
    },
  },
  {
    kind: 'sound',
    note: 'Research lab; a long Action (~60% of ~370 words) that is still balanced and within two-and-a-half minutes.',
    story: {
      title: 'Sequencing turnaround in the core lab',
      headline:
        "I reorganised a university genomics core's intake and run scheduling, cutting turnaround from five weeks to nine days.",
      situation:
        'I managed a university genomics core that sequences samples for about sixty research groups. Turnaround had drifted to five weeks, and two grant-funded labs had started sending their work to a commercial provider. Researchers complained that they could not plan experiments around the core, and its income, which pays its staff, had fallen for two quarters.',
      task: 'The faculty director asked me to bring turnaround under two weeks within a semester, with the existing three technicians and two sequencers, and without raising prices for internal users.',
      action:
        "I started by tracking twenty submissions from drop-off to data release, and I found that samples spent most of their time waiting, not running: incomplete submission forms sat for days until someone chased the lab, and runs went ahead only when a flow cell could be filled. I replaced the paper form with an online form that would not submit without concentration, volume and index details, and I met the lab managers of the ten heaviest users to walk them through it. I then changed how runs were scheduled. Instead of waiting for a full flow cell, I set two fixed run days a week and priced partial runs slightly higher, so a lab in a hurry could choose speed. I wrote the pooling calculations into a shared spreadsheet so any technician could prepare a run, not only the senior one, and I trained the other two myself over three weeks. I asked the bioinformatics group to automate the first quality report, which had taken a technician half a day per run, and I checked their script against ten past runs before relying on it. To win back the two labs that had left, I visited each principal investigator, showed the new schedule and offered their next project at the old price. Finally, I published turnaround each month on the core's web page so users could hold me to it.",
      result:
        'Median turnaround fell from five weeks to nine days by the end of the semester, and both labs came back. Sample volume rose by 30% over the year, which paid for a service contract the core had put off for two years. In the annual user survey, turnaround went from the lowest-rated item to the highest.',
      learnings:
        'Queues, not machines, set turnaround: the sequencers were idle most of the week while samples waited on paperwork.',
      company: 'Halden University',
      role: 'Genomics Core Manager',
      when: '2024-09',
      project: 'Core turnaround',
      tags: ['research', 'operations'],
      principles: [
        primary('deliver-results'),
        secondary('customer-obsession'),
        secondary('invent-and-simplify'),
      ],
      status: 'ready',
    },
  },
  {
    kind: 'sound',
    note: "Tech failure story tagged 'failure'; its lesson and changed behaviour sit in the Action's closing sentences, learnings left empty.",
    story: {
      title: 'The pricing page I rushed',
      headline:
        'I rushed a pricing page change without a test, lost annual sign-ups for two weeks, and changed how I release every pricing change since.',
      situation:
        'I was product manager for self-serve billing at a B2B scheduling SaaS company. Sales wanted a simpler pricing page before a trade conference, and the page was mine.',
      task: 'My job was to ship the new page in time for the conference and keep trial-to-paid conversion steady.',
      action:
        'I dropped the planned A/B test to meet the date, reasoning that the change was cosmetic, and I launched to all traffic. Within a week annual-plan sign-ups fell by a third: the new toggle defaulted to monthly, and the annual discount was no longer visible. It was my mistake, and I said so in the weekly review before anyone asked. I switched the default back to annual the same day, emailed the thirty or so trial users who had picked monthly to offer them the annual price, and wrote a short incident note with the timeline and numbers. Then I changed how I work. I now put every pricing or checkout change behind a flag and show it to a tenth of traffic for at least a week, whatever the deadline. I also wrote a release checklist for pricing changes, and I ask finance to review the page before launch, because they spot plan defaults that I overlook.',
      result:
        'Annual sign-ups returned to their previous level within two weeks of the fix, and eleven of the monthly trial users switched to annual. Since then five pricing changes have gone out under the flag process without a conversion drop, and one flagged test caught a tax display bug while only a tenth of visitors could see it.',
      learnings: '',
      company: 'Slotwise',
      role: 'Product Manager, Billing',
      when: '2025-04',
      project: 'Pricing page refresh',
      tags: ['failure', 'pricing'],
      principles: [
        primary('ownership'),
        secondary('learn-and-be-curious'),
        secondary('are-right-a-lot'),
      ],
      followUps: [
        {
          id: 'pricing-fu1',
          question: 'Why did you skip the test?',
          answer:
            'I judged the change cosmetic. Defaults on a pricing page are never cosmetic, and the flag rule now removes that judgement call.',
        },
      ],
      status: 'ready',
    },
  },
  {
    kind: 'sound',
    note: 'Tech infrastructure; the Result leads with "under an hour, down from six" and an adoption figure, no percent.',
    story: {
      title: 'Database restores in under an hour',
      headline:
        'I turned database restores at a payments startup into a weekly drill, cutting recovery time from six hours to under an hour.',
      situation:
        'I was a site reliability engineer at a payments startup with a single production database cluster. Backups ran nightly, but nobody had restored one end to end in over a year.',
      task: 'After an auditor asked for evidence of recovery time, I took on proving that restores worked and making them repeatable.',
      action:
        'I ran a full restore into an isolated account on a Saturday to get a baseline, and it took six hours, most of it spent finding credentials, waiting on a single-threaded copy and rebuilding indexes by hand. I wrote down every step, then turned the runbook into a script: I switched the copy to parallel streams, stored the restore credentials in the secrets manager behind a break-glass policy, and pre-built the index definitions so they applied automatically. I added point-in-time recovery from the write-ahead logs, which meant a restore could land a minute before an error instead of at the previous night. I scheduled the script to restore into a scratch environment every week and post the timing to the on-call channel, so any drift would show early. I asked two engineers who had never done a restore to run it from the runbook while I only watched, and I fixed the three places where they got stuck. I presented the weekly timings to the CTO and the auditor.',
      result:
        'A full restore now takes under an hour, down from six, and the data at risk in a restore shrank from up to a day to under five minutes. The audit finding was closed, which unblocked a bank partnership worth about $2M a year in processing volume, and two other teams adopted the weekly restore drill.',
      company: 'Paylane',
      role: 'Site Reliability Engineer',
      when: '2026-02',
      project: 'Backup and restore readiness',
      tags: ['reliability', 'compliance'],
      principles: [
        primary('ownership'),
        secondary('insist-on-the-highest-standards'),
        secondary('dive-deep'),
      ],
      status: 'ready',
    },
  },
  {
    kind: 'sound',
    note: 'Tech logistics app; adoption "8 in 10 drivers", disputes "fell by half", savings a monthly dollar figure.',
    story: {
      title: 'Offline proof of delivery',
      headline:
        "I shipped an offline mode for a parcel carrier's driver app that 8 in 10 drivers adopted within a month and that halved delivery disputes.",
      situation:
        'I was product manager for the driver app at a regional parcel carrier. Rural drivers often lost signal at the door, so photos and signatures did not upload, and customers disputed deliveries the company could not prove.',
      task: 'I owned the driver app roadmap and set out to cut those disputes before peak season, when parcel volume roughly doubles.',
      action:
        'I rode along with two rural drivers for a day each, and I watched them retake photos three or four times, then give up and mark the parcel delivered without proof. I checked the dispute data and found that 70% of disputes came from stops where the upload had timed out. I wrote a one-page proposal for an offline queue: the app would store proof on the phone, stamp it with time and GPS, and upload when signal returned. Engineering estimated eight weeks; I cut scope to photos and signatures, leaving offline route changes for later, which brought it to four. I agreed with the legal team what metadata made a stored photo valid evidence. I ran a pilot with thirty drivers at two depots, and I called five of them each week to ask what confused them, which led to a small badge showing how many items were waiting to upload. Before the full rollout I recorded a ninety-second video for depot managers to play at morning briefings.',
      result:
        'Within a month 8 in 10 drivers were using the offline queue, and delivery disputes fell by half, saving about $25,000 a month in refunds and reshipments. Missing proof of delivery dropped from the top reason customers contacted us to the fifth.',
      company: 'Lakeshore Parcel',
      role: 'Product Manager, Driver App',
      when: '2026-07',
      project: 'Offline proof of delivery',
      tags: ['mobile', 'logistics'],
      principles: [primary('customer-obsession'), secondary('bias-for-action')],
      followUps: [
        {
          id: 'offline-fu1',
          question: 'What did you leave out, and why?',
          answer:
            'Offline route changes. They touched dispatch and would have doubled the estimate; disputes came from proof, not routes.',
        },
      ],
      status: 'ready',
    },
  },

  // ------------------------------------------------------- output-not-outcome
  {
    kind: 'output-not-outcome',
    note: 'Hospital pharmacy training rollout; the Result counts people trained, sessions, cards and an on-time go-live, with no effect on patients or errors.',
    story: {
      title: 'E-prescribing training for surgical wards',
      headline:
        'I led training for the move from paper drug charts to electronic prescribing across four surgical wards.',
      situation:
        'I was a clinical pharmacist at a district hospital moving from paper drug charts to electronic prescribing. The surgical wards were the last to switch, and their rotas made classroom training hard to schedule.',
      task: 'I was asked to get every surgical nurse and junior doctor trained before go-live at the start of March.',
      action:
        "I mapped the rota for all four wards and found that almost a third of staff worked only nights, when the training room was closed. I designed a forty-minute session that could run at a ward computer, with practice patients loaded in the training system, and I ran sessions at two in the morning twice a week for the night teams. I wrote quick-reference cards for the six tasks that had caused most questions in the medical wards' rollout, such as prescribing variable-dose insulin and recording a dose given late. I recruited a super-user on each ward and coached them for two hours so they could answer questions on shift. I kept a tracker of who had completed training and sent each ward manager a list every Monday of who still needed a slot. In go-live week I was on the wards from seven until late, answering questions and correcting order sets.",
      result:
        'I trained 186 nurses and doctors in 47 sessions, wrote 6 quick-reference cards and coached 8 super-users. All four wards went live on the planned date, and the tracker showed every member of staff trained a week before go-live.',
      company: 'Westmoor District Hospital',
      role: 'Clinical Pharmacist',
      when: '2025-02',
      project: 'Electronic prescribing go-live',
      tags: ['healthcare', 'training'],
      principles: [primary('deliver-results'), secondary('ownership')],
      status: 'ready',
    },
  },
  {
    kind: 'output-not-outcome',
    note: 'Fitness app onboarding; the Result lists interviews, prototype tests, briefs and sprints shipped early, but nothing about completion or retention.',
    story: {
      title: 'Shorter onboarding for the fitness app',
      headline:
        'I ran discovery and delivery for a shorter onboarding flow in a subscription fitness app.',
      situation:
        'I was a product manager at a subscription fitness app. New members went through a twelve-screen onboarding flow, and the design team believed it was too long. The analytics team reported that around half of the people who downloaded the app never finished it.',
      task: 'I owned the redesign of onboarding for the spring release.',
      action:
        "I interviewed members who had joined in the previous month, and I watched session recordings to see where people hesitated. I grouped what I heard into three themes: too many questions about goals, a confusing plan picker, and a notifications prompt that came too early. I wrote a brief for a five-screen flow and worked with the designer through three rounds of prototypes, testing each round with five new users. When engineering raised the cost of rebuilding the plan picker, I split the work so the shorter flow shipped first and the picker followed in a second release. I wrote the acceptance criteria, ran the sprint reviews, and coordinated with marketing on the release notes and app store screenshots. I reviewed the copy on every screen with the content designer and cut each question that did not change the member's plan. I also set up event tracking on each screen so the flow could be watched once it launched.",
      result:
        'I ran 24 member interviews and 15 prototype tests, wrote 3 product briefs, and the new flow shipped in 6 sprints, two weeks ahead of plan. Both releases went out without a rollback, and the release notes were published in four languages.',
      company: 'Pulse Fitness',
      role: 'Product Manager',
      when: '2025-05',
      project: 'Onboarding redesign',
      tags: ['mobile', 'onboarding'],
      principles: [primary('customer-obsession'), secondary('deliver-results')],
      status: 'ready',
    },
  },

  // ------------------------------------------------------------- no-measure
  {
    kind: 'no-measure',
    note: 'Primary-school reading groups; the Result is all impressions (confidence, positive parents, head teacher pleased), with no number or comparison.',
    story: {
      title: 'Reading groups at Hillcrest Primary',
      headline:
        'I set up daily small-group reading support for struggling readers at my primary school.',
      situation:
        'I was literacy lead at a primary school in a mixed-income area. A group of Year 3 pupils were reading well below their age, and their support depended on whichever teaching assistant was free that day.',
      task: 'The head teacher asked me to organise a consistent reading intervention for those pupils.',
      action:
        'I assessed each pupil myself with a short phonics check and a reading-aloud sample, so I could group them by what they needed rather than by class. I chose a structured phonics programme the school already owned but had stopped using, and I rewrote the session plans to fit a twenty-minute slot after morning break. I trained the teaching assistants in two after-school sessions, then observed each of them running a group and gave feedback the same day. I negotiated with class teachers so the same pupils came out at the same time every day, which meant moving one assembly. I set up a shared log where assistants noted which sounds each child had secured, and I reviewed it every Friday to regroup pupils who had moved on. I also wrote to parents explaining the programme and sent home short practice cards.',
      result:
        'The groups ran smoothly, and the pupils grew more confident reading aloud in class. Teachers said the sessions made a difference, parents were positive about the practice cards, and the head teacher asked me to extend the approach to other year groups.',
      company: 'Hillcrest Primary School',
      role: 'Literacy Lead',
      when: '2024-10',
      project: 'Reading intervention',
      tags: ['education'],
      principles: [primary('ownership'), secondary('hire-and-develop-the-best')],
      status: 'ready',
    },
  },
  {
    kind: 'no-measure',
    note: 'Game studio localisation; the Result says launched on time, reviews praised the writing, team proud, with no measure at all.',
    story: {
      title: 'Localising the puzzle game',
      headline:
        'I rebuilt the localisation pipeline for a mobile puzzle game ahead of its launch in Japan and Korea.',
      situation:
        'I was a producer at a small mobile studio preparing to launch its puzzle game in Japan and Korea. Text was translated by copying strings into spreadsheets, and translators saw no context for where a line appeared.',
      task: 'I owned getting the game localised to a standard players in those markets would accept, ahead of the launch date.',
      action:
        "I audited the string table with the lead engineer and found hundreds of lines stitched together from fragments, which cannot be translated well into languages with a different word order. I wrote guidelines for writers to use whole sentences with placeholders, and I reviewed every new string for a month until the habit stuck. I chose a translation management tool that attaches a screenshot to each string, and I set up the export from the game's build so translators always had current text. I hired a native-speaking reviewer in each market to play the game rather than read strings in isolation, and I met them weekly to triage issues. When the Korean reviewer said the tone felt too formal for a casual game, I worked with the translation vendor to rewrite the tutorial voice. I ran a final pass on real devices to catch text cut off in buttons.",
      result:
        'The game launched in both markets on time, and player reviews praised the writing. The team was proud of the release, the translators told us it was the best context they had worked with, and the studio now uses the pipeline for every new title.',
      company: 'Tidepool Studio',
      role: 'Producer',
      when: '2025-08',
      project: 'Asia launch localisation',
      tags: ['games', 'localisation'],
      principles: [primary('insist-on-the-highest-standards'), secondary('customer-obsession')],
      status: 'ready',
    },
  },

  // --------------------------------------------------------------- we-not-i
  {
    kind: 'we-not-i',
    note: 'Bakery plant changeovers; the whole Action is told as "we" and "our engineers", never saying what the candidate did.',
    story: {
      title: 'Allergen changeovers on the bar line',
      headline:
        'Allergen changeovers on a cereal-bar line dropped from four hours to ninety minutes with no labelling incidents.',
      situation:
        "I was a production supervisor at a bakery plant that made both nut-free and nut-containing cereal bars on the same line. Each allergen changeover took four hours of cleaning and testing, and the line lost a shift's output every week.",
      task: 'The plant manager asked for faster changeovers without weakening allergen control.',
      action:
        'We started by filming a full changeover and timing every step. We found that much of the time went on waiting: for swab results from the lab, for the hygiene crew to arrive, and for parts that had been stored in the wrong place. We agreed with the lab to run rapid swab tests on the line instead of sending them away. We built a shadow board for changeover tools and parts so nothing had to be searched for, and we rewrote the cleaning sequence so two people could work on different sections at once. Our engineers fitted quick-release clamps on the depositor, which took much of the dismantling time out. We trialled the new procedure on three changeovers, reviewed each one together, and adjusted the order of steps. Then we trained all four crews and updated the validation file with the quality team.',
      result:
        'Changeover time fell from four hours to ninety minutes, giving back about ten production hours a week, worth roughly $18,000 a month in extra output. Allergen swabs passed on every changeover in the following six months, and there were no labelling incidents.',
      company: 'Harvest Lane Foods',
      role: 'Production Supervisor',
      when: '2024-04',
      project: 'Changeover reduction',
      tags: ['manufacturing', 'food safety'],
      principles: [primary('invent-and-simplify'), secondary('insist-on-the-highest-standards')],
      status: 'ready',
    },
  },
  {
    kind: 'we-not-i',
    note: 'City permitting backlog; Situation and Task use "I", but every Action sentence is "we" or "our team".',
    story: {
      title: 'Clearing the permit backlog',
      headline:
        "A city's residential permit backlog was cleared in ten weeks, and median review time fell from 45 days to 12.",
      situation:
        "I was a senior planner in a mid-sized city's permitting office. After a wave of retirements, the backlog of residential permit applications had reached about 600, and homeowners waited six weeks or more for simple decks and extensions.",
      task: 'The department director asked my group to clear the backlog and bring review times down before the spring building season.',
      action:
        'We sorted the backlog by type and saw that most applications were simple projects that did not need a full plan review. We created a fast lane for decks, fences and small additions, using a standard checklist. We worked with the fire and zoning departments to agree which reviews could run in parallel instead of in sequence. We brought in two retired inspectors on short contracts to handle the simple cases. Our team also set up a weekly meeting with the largest contractors to flag incomplete submissions early, and we updated the online guidance so applicants knew what to include. When applicants called about status, we gave them a direct contact rather than the general line, and we published average wait times on the website each week. We tracked the queue on a shared dashboard and reviewed it every Monday.',
      result:
        'The backlog was cleared in ten weeks, and median review time for residential permits fell from 45 days to 12. Status calls to the office dropped by about half, and contractor complaints to council members almost stopped.',
      company: 'City of Fairhaven',
      role: 'Senior Planner',
      when: '2026-04',
      project: 'Permit backlog',
      tags: ['government'],
      principles: [primary('deliver-results'), secondary('customer-obsession')],
      status: 'ready',
    },
  },

  // ---------------------------------------------------------------- hedging
  {
    kind: 'hedging',
    note: 'Home-goods store; six hedges planted ("I think" twice, "sort of", "basically", "probably", "kind of") across Situation, Task and Action.',
    story: {
      title: 'Click-and-collect at the high street store',
      headline:
        'I fixed click-and-collect at my store so orders were ready on arrival and collections nearly doubled over Christmas.',
      situation:
        'I managed a home-goods store on a busy high street. Click-and-collect orders were, I think, the fastest-growing part of our sales, but about a quarter of them were not ready when customers arrived.',
      task: 'My area manager asked me to sort of get the collection service working properly before the Christmas peak.',
      action:
        "I basically started by looking at where orders got stuck, and it was probably the picking: orders came through on a printer in the stockroom that nobody checked regularly. I moved the printer to the tills and set a rule that whoever was on the first till picked new orders every hour. I kind of reorganised the stockroom so the fifty most-ordered lines sat on one rack near the door. I set up a collection shelf by the entrance with orders filed by surname, so staff could find them in seconds. I trained all twelve staff on the new routine over two weeks, and I checked the order screen myself at opening and closing to catch anything late. When customers still waited at busy times, I added a collection bell, and I think that helped a lot. I also called customers whose orders were running late so they didn't make a wasted trip.",
      result:
        'Orders ready on arrival rose from about 75% to 97% within a month, and click-and-collect orders nearly doubled over the Christmas period. Complaints about collection dropped from several a week to one or two a month.',
      company: 'Homestead Living',
      role: 'Store Manager',
      when: '2024-12',
      project: 'Click-and-collect',
      tags: ['retail', 'customer experience'],
      principles: [primary('customer-obsession'), secondary('ownership')],
      status: 'ready',
    },
  },
  {
    kind: 'hedging',
    note: 'Chemistry lab instrument; six hedges planted ("you know" twice, "I guess", "kind of", "maybe", "sort of").',
    story: {
      title: 'Keeping the mass spectrometer running',
      headline:
        "I cut unplanned downtime on a lab's shared mass spectrometer from about ten working days a quarter to two.",
      situation:
        'I was a research associate in an environmental chemistry lab where eight groups shared one mass spectrometer. It broke down, you know, every few weeks, and each outage delayed water samples that had strict holding times.',
      task: 'My PI asked me to take over the instrument and, I guess, make it reliable enough that people could plan around it.',
      action:
        "I went through two years of the paper logbook and found that most breakdowns followed runs of dirty samples that, you know, fouled the source. I kind of introduced a clean-up step using filter cartridges, and I made it mandatory for anything from wastewater sites. I moved the logbook online so every user recorded sample type, run length and any errors, and I reviewed it every Monday. I set up a preventive cleaning schedule with the vendor's engineer, and he trained me to clean the source myself, which maybe saved days of waiting for a service visit. I ran a short training for the students on the new rules, and I sort of became the person they checked with before starting a long batch. I also kept a small stock of the parts that wore out most often.",
      result:
        'Unplanned downtime fell from about ten working days a quarter to two, and no water samples were lost to holding-time limits in the following year, against eleven batches the year before. Service call costs dropped by about $12,000 a year.',
      company: 'Coastal Water Research Institute',
      role: 'Research Associate',
      when: '2024-06',
      project: 'Instrument reliability',
      tags: ['research', 'lab operations'],
      principles: [primary('ownership'), secondary('dive-deep')],
      status: 'ready',
    },
  },

  // ------------------------------------------------- failure-without-lesson
  {
    kind: 'failure-without-lesson',
    note: "Restaurant second-site opening tagged 'failure'; the story reports the overrun and delay but no lesson, changed behaviour or learnings anywhere.",
    story: {
      title: 'The second site opening',
      headline:
        "I opened a restaurant group's second site three weeks late and over budget after underestimating the fit-out.",
      situation:
        'I was general manager of a two-year-old bistro when the owners signed a lease for a second site across town. They gave me the opening as my first project beyond running a single restaurant. The first site had opened on time, and the owners expected the same again.',
      task: 'I owned the opening plan: fit-out, hiring, menu and a launch date the owners had already announced to the press.',
      action:
        'I wrote the opening plan from the timeline of the first site and booked the contractor the owners had used before. I hired a head chef and a front-of-house lead in the first month and set up interviews for the rest of the team. When the contractor found the extraction system needed replacing, I approved the extra work without changing the date, because the launch had been announced. I ordered furniture and kitchen equipment to arrive in the final fortnight, and I confirmed the opening menu and first stock order for the announced date. The inspection of the extraction system was booked late, and the building control officer could not attend for three weeks. I kept the new staff on paid training during the delay and ran tasting evenings for friends of the restaurant. I rescheduled the launch event twice and handled the press calls myself.',
      result:
        'The site opened three weeks late and about $60,000 over its fit-out budget, and the paid training during the delay cost another $14,000. First-month covers were roughly 30% below plan because the launch press had run before the doors opened.',
      learnings: '',
      company: 'Marlow & Finch',
      role: 'General Manager',
      when: '2025-07',
      project: 'Second site opening',
      tags: ['failure', 'hospitality'],
      principles: [primary('ownership'), secondary('deliver-results')],
      status: 'ready',
    },
  },
  {
    kind: 'failure-without-lesson',
    note: 'Bank appointment-system rollout, untagged but plainly the candidate\'s failure ("The rollout failed", rolled back); no lesson anywhere.',
    story: {
      title: 'Branch appointment system rollout',
      headline:
        'I led the rollout of an online appointment system across twelve bank branches that had to be rolled back after its first month.',
      situation:
        'I was an operations manager for a group of twelve bank branches. Head office chose an online appointment system to replace phone bookings, and I was asked to lead it in my region.',
      task: 'My job was to get all twelve branches live within six weeks, in time for the spring mortgage campaign.',
      action:
        "I set the rollout for all twelve branches on the same Monday to meet the campaign date. I ran one training call for branch managers and sent them the vendor's guide to share with their staff. I asked each branch to put up posters announcing online booking from the launch day. I configured the appointment types and opening hours myself from the branch list head office gave me, which was out of date for three branches. I skipped a pilot because the vendor said other banks already used the system. In the first week, customers booked slots at branches that were closed on those days, and advisers arrived to find rooms double-booked. I spent the second week answering complaints and fixing calendars by hand. By the end of the month my director decided to switch the region back to phone bookings, and I handed the system back to head office.",
      result:
        'The rollout failed: about 140 appointments were missed or double-booked in the first month, complaints tripled, and mortgage applications in the region came in 18% below the campaign target. The region stayed on phone bookings for the rest of the year.',
      company: 'Meridian Savings Bank',
      role: 'Regional Operations Manager',
      when: '2024-03',
      project: 'Online appointments',
      tags: ['banking', 'rollout'],
      principles: [primary('deliver-results'), secondary('bias-for-action')],
      status: 'ready',
    },
  },

  // ------------------------------------------------------ failure-untagged
  {
    kind: 'failure-untagged',
    note: "Charity gala that lost money through the candidate's pricing (\"That was my mistake\"); lesson in Result and learnings, but tagged only 'events'.",
    story: {
      title: 'The spring gala that lost money',
      headline:
        'I ran a charity gala that lost money because I set the ticket price too low, and I changed how I budget events as a result.',
      situation:
        "I was events manager at a children's literacy charity. The board wanted a spring gala to raise the charity's profile, and I was given the budget and the plan. It was the first ticketed event the charity had run.",
      task: 'My target was to net $50,000 for reading programmes from a 250-seat dinner.',
      action:
        "I booked a hotel ballroom and set the ticket price at $150 to match a similar charity's event, without building the budget from our own costs first. I also signed a room-hire deal that included a minimum spend on catering, which I did not model at the time. I secured three corporate sponsors and an auction of donated items, and I recruited twenty volunteers to run the evening. Six weeks out I realised the catering minimum and audiovisual costs were higher than I had assumed, and the ticket price no longer covered the cost per head. That was my mistake: I had priced from a comparison rather than from our costs. I went back to the sponsors and asked two of them to increase their gifts, and I cut the printed programme and the photographer. On the night I ran a paddle-raise for a named reading programme, which brought in more than the auction.",
      result:
        'The gala lost about $8,000 after costs against a target of $50,000 net, although the paddle-raise brought in $21,000 and 40 new donors. The following year I built the budget from the bottom up, priced tickets at $275 and set a break-even point before booking a venue, and that gala netted $62,000.',
      learnings:
        "Build the budget from our own cost per head before setting a price, and fix a break-even point before committing to a venue. Another charity's ticket price is a sanity check, not a plan.",
      company: 'Read Together Foundation',
      role: 'Events Manager',
      when: '2024-04',
      project: 'Spring gala',
      tags: ['events', 'fundraising'],
      principles: [primary('ownership'), secondary('frugality')],
      status: 'ready',
    },
  },
  {
    kind: 'failure-untagged',
    note: 'Search index migration where the candidate caused a four-hour outage ("I had missed", "My error"); lesson present, tagged only incident/migration.',
    story: {
      title: 'Search index migration',
      headline:
        'I caused a four-hour search outage during an index migration and rebuilt the migration process so the second cutover had no customer impact.',
      situation:
        'I was a backend engineer on the search team of an online marketplace with about two million listings. The team was moving the search index to a new cluster to cut hosting costs, and the cutover was planned for a quiet weeknight.',
      task: 'I owned the migration plan and the cutover, with a senior engineer reviewing the plan beforehand.',
      action:
        'I wrote the migration script and tested it against a copy of the index holding a tenth of the listings. On cutover night I switched traffic to the new cluster, and within minutes a third of queries returned no results. I had missed that the full index used a field mapping the sample lacked, so those listings never indexed. My error. I called the on-call lead straight away and rolled traffic back to the old cluster, which took longer than it should have because I had not scripted the rollback; search was degraded for four hours. I wrote the incident review the next morning and named my own gaps in it. I then rebuilt the process: I ran the migration against a full-size copy, added a shadow mode where the new cluster answered real queries without serving them so I could compare results, and wrote the rollback as a single command that I tested twice before the next cutover.',
      result:
        'The second cutover, three weeks later, went through with no customer impact, and the new cluster cut search hosting costs by about $9,000 a month. Two other teams have since used the shadow-mode process for their own migrations without an incident.',
      learnings:
        'Test a migration on full-size data and script the rollback before the cutover, not during it. A shadow period on real queries catches what a sample cannot.',
      company: 'Tradepost',
      role: 'Backend Engineer',
      when: '2025-11',
      project: 'Search cluster migration',
      tags: ['incident', 'migration'],
      principles: [primary('ownership'), secondary('insist-on-the-highest-standards')],
      status: 'ready',
    },
  },

  // ------------------------------------------------------------- too-short
  {
    kind: 'too-short',
    note: 'Warehouse picking errors; a complete, quantified story of about 74 STAR words.',
    story: {
      title: 'Picking errors on the night shift',
      headline:
        'I cut picking errors at a distribution warehouse by two thirds by separating look-alike stock.',
      situation:
        'I supervised the night shift at a distribution warehouse, where picking errors ran at 1.2%.',
      task: 'I had to halve errors within a quarter.',
      action:
        'I traced most errors to look-alike products stored side by side. I colour-coded sixty bin labels, moved similar items apart, and added a scan check on the five worst lines. I briefed each crew myself.',
      result:
        'Errors fell to 0.4% in ten weeks, and returns costs dropped by about $7,000 a month.',
      company: 'Northline Distribution',
      role: 'Night Shift Supervisor',
      when: '2025-12',
      project: 'Pick accuracy',
      tags: ['logistics'],
      principles: [primary('dive-deep')],
      status: 'ready',
    },
  },
  {
    kind: 'too-short',
    note: 'Ticketing refunds; a complete, quantified story of about 74 STAR words.',
    story: {
      title: 'Refunds in minutes',
      headline:
        'I automated simple refunds at a ticket seller so customers got their money back in minutes instead of days.',
      situation:
        'I was support operations lead at an online ticket seller. Refunds for cancelled events took four days.',
      task: 'I was asked to speed them up.',
      action:
        'I wrote rules with finance so refunds under $100 for cancelled events were approved automatically, and I set up the integration with the payment provider. I tested it on one event first.',
      result:
        'Average refund time fell from four days to twelve minutes, and refund contacts to support dropped by 38%.',
      company: 'Gatehouse Tickets',
      role: 'Support Operations Lead',
      when: '2026-05',
      project: 'Automated refunds',
      tags: ['support', 'automation'],
      principles: [primary('customer-obsession'), secondary('bias-for-action')],
      status: 'ready',
    },
  },

  // -------------------------------------------------------------- too-long
  {
    kind: 'too-long',
    note: 'School district attendance programme; well balanced and quantified, but about 660 STAR words (over four and a half minutes).',
    story: {
      title: 'Attendance in the middle schools',
      headline:
        'I led a district attendance programme that cut chronic absence in four middle schools from 24% to 15% in one school year.',
      situation:
        'I was director of student services for a suburban school district with four middle schools and about 5,200 students in grades six to eight. After the return to full in-person learning, chronic absence, which the state defines as missing ten percent or more of school days, had climbed to 24% in our middle schools, nearly double the figure before the pandemic. Each school handled attendance differently: one relied on automated phone calls, one on a single attendance clerk, and two had counsellors chasing families when they had time. The board had made attendance a priority in its strategic plan, and the superintendent wanted one district-wide approach rather than four separate ones.',
      task: 'I was asked to design and lead a programme that would bring chronic absence in the middle schools down to 15% within one school year, using existing staff and a state attendance grant of about $80,000. I also had to report progress to the board each quarter and make sure the approach could be extended to the high schools the following year.',
      action:
        "I started with the data. I pulled two years of attendance records from the student information system and looked at who was chronically absent and when. About a third of chronically absent students missed mostly Mondays and Fridays, a pattern that pointed to family logistics rather than disengagement, and another group had been absent for long stretches linked to illness or housing changes. I also found that automated calls went to numbers that were no longer in use for about one family in six. Rather than guess at causes, I organised listening sessions with families at each school, held in the evening with food and interpreters for Spanish and Vietnamese, and I attended every one. Parents told me they often did not know their child was missing classes until a letter arrived weeks later, and several said the letters read like threats. Based on that, I rewrote the district's attendance letters in plain, warm language, and I replaced the threshold letter with an early text message after the second unexplained absence in a month. I set up a weekly attendance team at each school, made up of an assistant principal, a counsellor and the attendance clerk, and I gave them a one-page protocol: review the list every Tuesday, assign each student a named adult, and make personal contact within two days. I used the grant to fund a part-time family liaison at the two schools with the highest rates, and I interviewed and hired both liaisons myself. For students with transport problems, I worked with the transport department to add two late-bus stops and to give bus passes to families who had moved outside their school zone. I also built a simple dashboard that showed each school its chronic absence rate by grade and by student group, updated weekly, so principals could see the effect of their work instead of waiting for end-of-term reports. Some principals worried the dashboard would be used to rank them, so I agreed with the superintendent that it would be shared only within the attendance teams and in aggregate with the board. Each month I sat in on every school's attendance meeting, and in January I ran a half-day workshop where the four teams shared what had worked, which led two schools to adopt the Monday breakfast club that a third had started.",
      result:
        "By the end of the school year, chronic absence across the four middle schools fell from 24% to 15%, meeting the target, and the two schools with family liaisons dropped from 31% and 29% to 17% and 16%. Average daily attendance rose by about three percentage points, which under the state's funding formula brought in roughly $400,000 more in attendance-based funding, five times the grant. Family complaints about attendance letters, which had averaged several a week, nearly disappeared. The board approved extending the programme to the two high schools the following year, funded from the district budget rather than a grant.",
      company: 'Cedar Valley School District',
      role: 'Director of Student Services',
      when: '2025-06',
      project: 'Middle school attendance',
      tags: ['education', 'public sector'],
      principles: [
        primary('deliver-results'),
        secondary('customer-obsession'),
        secondary('dive-deep'),
      ],
      status: 'ready',
    },
  },
  {
    kind: 'too-long',
    note: 'Automotive supplier quality complaint; a thorough root-cause story, balanced and quantified, but about 640 STAR words.',
    story: {
      title: 'Porosity on the brake calipers',
      headline:
        "I found the joint root cause of leaking brake calipers with our casting supplier and got the plant off the customer's controlled shipping in eleven weeks.",
      situation:
        'I was quality manager at a plant that machines aluminium brake calipers for two car makers, running three shifts across eighteen CNC machines. Early in the year our largest customer raised a formal complaint: parts were reaching their assembly line with porosity on a sealing face, leaking in their end-of-line test, and being scrapped. Our customer scorecard had gone from green to red, with 410 defective parts per million against a target of 50, and the customer had put us on controlled shipping, which meant a third party had to inspect every part before it left our site, at our cost.',
      task: "I was responsible for finding the root cause, getting us off controlled shipping within three months, and satisfying the customer's supplier quality engineer that the fix was permanent. The plant manager also wanted the third-party inspection, then costing about $35,000 a month, stopped as soon as possible.",
      action:
        "I began by forming a small problem-solving group with the casting supplier's quality engineer, the plant's lead machinist on the caliper cell and a process engineer, and I ran it using the structured eight-discipline method the customer expected. I collected every rejected part the customer returned, about three hundred, and had them sectioned in the plant's lab. The porosity sat in one zone of the sealing face, which suggested the castings rather than the machining, but the supplier's own X-ray data showed their castings within specification. Instead of arguing over whose process was at fault, I arranged a joint trial: I asked the supplier to mark castings by mould cavity and shift, and I tracked each one through the machining cell to the leak test. After two weeks of data, I could see that almost all the leaking parts came from one of the four mould cavities, and only when the machines took a deeper cut on that face to correct a dimensional offset. In other words, the supplier's porosity sat below the surface, and the extra cut exposed it. I shared the data with both companies at the same time, so neither side felt blamed in private, and I invited the customer's engineer to visit during the trial so he saw the cavity data as it came in rather than in a summary. I then worked on both halves. With the supplier, I agreed a change to the gating on the affected cavity and a tighter X-ray acceptance level for the sealing zone, and I visited their foundry to witness the first trial castings. At the plant, I had the programmers adjust the fixture so the offset was corrected without the deeper cut, and I added an in-process leak test at the caliper cell so a bad part would stop there instead of reaching the customer. I wrote the changes into the control plan and the operator instructions, and I trained all three shifts myself, including the weekend crew. While the fixes were being validated, I kept the third-party inspection in place and sent the customer a weekly report with the internal leak-test results, the supplier's X-ray data and the status of every action. When the customer's engineer asked for evidence that the fix would hold, I proposed a sixty-day run at full volume with all results shared, rather than pressing for an early release.",
      result:
        'Defects at the customer fell from 410 parts per million to under 20 within ten weeks, and we came off controlled shipping after eleven weeks, ending about $35,000 a month in inspection costs. Our scorecard was back to green by the next quarterly review. The in-process leak test also caught defects from another part family, cutting internal scrap on that line by about a fifth. The customer later awarded the plant the caliper contract for a new model, worth around $6 million a year, and cited the handling of this complaint in its decision.',
      learnings:
        'Shared data beats a blame argument: marking castings by cavity settled in two weeks what months of reports had not.',
      company: 'Brennan Precision Components',
      role: 'Quality Manager',
      when: '2024-07',
      project: 'Caliper porosity complaint',
      tags: ['manufacturing', 'quality'],
      principles: [
        primary('dive-deep'),
        primary('insist-on-the-highest-standards'),
        secondary('earn-trust'),
      ],
      status: 'ready',
    },
  },

  // ------------------------------------------------------------ thin-action
  {
    kind: 'thin-action',
    note: 'Bank branch lending; a long Situation and Task about centralised lending crowd the Action down to about a sixth of the story.',
    story: {
      title: 'Business lending at the market-town branch',
      headline:
        'As acting branch manager I cut small-business loan decisions from 19 working days to 8 and stopped business customers leaving.',
      situation:
        "I was assistant manager at a bank branch in a market town where most customers ran small businesses: farms, shops, builders and a few manufacturers. Over the previous two years the bank had centralised lending decisions in a regional hub, and branch staff could no longer approve even small overdrafts. Local business owners complained that decisions took weeks, that the hub asked for documents they had already provided, and that nobody at the hub understood seasonal businesses such as farms, whose income arrives in a few months of the year. Two of the branch's largest business customers had moved to a local credit union, and the business lending book had shrunk by about a tenth. The branch manager had raised the issue with the region several times without a response, and morale among the business advisers was low.",
      task: "When the branch manager went on long-term leave, I became acting manager for six months. The regional director asked me to stop the loss of business customers and to show whether the branch could handle more of the lending process locally without raising risk. I was also expected to keep the branch's regular targets on track during that period.",
      action:
        "I had the two business advisers pre-check every application against the hub's document list before sending it, and I agreed a direct contact at the hub for seasonal cases. I also called each business customer who had complained to explain the change.",
      result:
        'Loan decision times fell from an average of 19 working days to 8 over the six months. No further large business customers left, one of the two who had gone came back, and the business lending book grew by 6% with no rise in arrears.',
      company: 'Shire Counties Bank',
      role: 'Acting Branch Manager',
      when: '2024-01',
      project: 'Local lending pilot',
      tags: ['banking', 'small business'],
      principles: [primary('customer-obsession'), secondary('earn-trust')],
      status: 'ready',
    },
  },
  {
    kind: 'thin-action',
    note: 'Motor vehicle office queues; Situation and Task run to about 170 words while the Action gets about 40 (around a sixth).',
    story: {
      title: 'Queues at the licensing office',
      headline:
        'I cut walk-in waits at a state licensing office from two and a half hours to 40 minutes over one summer.',
      situation:
        "I was a team leader at a regional office of the state motor vehicle agency, which handles driving tests, licence renewals and vehicle registrations for about 300,000 residents. The office had been built for a population half that size, and the waiting room regularly overflowed into the car park. A walk-in system meant people arrived before opening to queue, and on Mondays and after public holidays waits often passed three hours. Local newspapers had run stories about elderly residents waiting outside in the heat, and the area's state representative had written to the agency's director asking for an explanation. An online appointment system existed, but it covered only driving tests, and many residents did not know about it.",
      task: 'The office manager asked me to lead a project to cut waiting times for walk-in services before the summer, when renewals peak. I had a budget for temporary staff for three months and could change the counter layout and opening hours, but not the services themselves, which were set by state law.',
      action:
        'I extended online booking to licence renewals and registrations, with two-thirds of counter slots bookable in advance. I put a greeter at the door to check documents before people joined the queue, and I opened an hour earlier on Mondays.',
      result:
        "Average waits for walk-in customers fell from about two and a half hours to 40 minutes over the summer, and 60% of visits were booked ahead by August. Complaints to the representative's office stopped, and the agency adopted the booking model at four other offices.",
      company: 'State Motor Vehicle Agency',
      role: 'Customer Service Team Leader',
      when: '2025-05',
      project: 'Walk-in wait times',
      tags: ['government', 'operations'],
      principles: [primary('customer-obsession'), secondary('bias-for-action')],
      status: 'ready',
    },
  },

  // -------------------------------------------------------------- too-old
  {
    kind: 'too-old',
    note: 'Emergency department sepsis screening; otherwise sound, but dated 2019-04, over seven years before the test date.',
    story: {
      title: 'Sepsis screening at triage',
      headline:
        'I introduced a sepsis screening sticker at emergency triage that cut time to first antibiotics from three hours to 55 minutes.',
      situation:
        'I was a senior staff nurse in a busy emergency department. An audit showed that patients with sepsis waited an average of three hours for their first antibiotics, far beyond the one-hour standard. That winter two patients had been moved to intensive care after delays that a review called avoidable.',
      task: 'The clinical lead asked me to bring that time down within six months.',
      action:
        "I reviewed forty recent sepsis cases to see where time was lost, and I found most delays happened before a doctor saw the patient, because triage nurses had no prompt to flag sepsis. I adapted a national screening tool into a one-page triage sticker with clear triggers, and I tested it with six triage nurses for two weeks. I arranged for antibiotics and blood culture packs to be stocked in a grab box at triage, and I agreed with the consultants that a nurse could start the sepsis pathway without waiting for a doctor's review. I trained each nursing team in short sessions at handover, and I audited ten cases every week, giving feedback to the nurse involved the same day. When the night shifts lagged, I worked three nights myself to coach the triage nurses on the sticker.",
      result:
        'Average time to antibiotics fell from three hours to 55 minutes within five months, and the share of patients treated within the hour rose from 18% to 71%. The hospital adopted the sticker in its medical assessment unit the next year.',
      company: 'Royal Eastfield Hospital',
      role: 'Senior Staff Nurse',
      when: '2019-04',
      project: 'Sepsis pathway',
      tags: ['healthcare', 'patient safety'],
      principles: [primary('insist-on-the-highest-standards'), secondary('bias-for-action')],
      status: 'ready',
    },
  },
  {
    kind: 'too-old',
    note: 'Online grocer checkout during the pandemic surge; otherwise sound, but dated 2020-11 (six years before the test date).',
    story: {
      title: 'Checkout through the holiday surge',
      headline:
        "I kept an online grocer's checkout conversion steady through a pandemic holiday peak at triple the usual traffic.",
      situation:
        'I was product manager for checkout at an online grocer during the pandemic. Traffic had tripled, delivery slots sold out within minutes, and customers abandoned their carts when their slot vanished at payment. Complaints on social media about vanishing slots were rising every week.',
      task: 'I owned checkout and had to keep conversion steady through the holiday peak.',
      action:
        'I analysed abandonment by step and found that most drop-offs happened when a slot expired during payment. I proposed holding a slot for fifteen minutes once a customer reached checkout, and I worked with the engineering lead to size the change so it could ship in two sprints. I added a virtual queue page for the hour after new slots opened, and I wrote the copy myself so customers knew their place and the expected wait. I added a banner on the basket page showing the next available slot, so customers could choose a slot before filling a basket. I ran load tests with the platform team at four times normal traffic and prioritised the three bottlenecks they found. I set up a daily review with operations to match slot releases to picker capacity, and I briefed customer service on the queue so they could answer calls about it.',
      result:
        'Checkout conversion held at 71% through the holiday weeks despite triple the traffic, against a drop to 52% in the spring surge. Calls about lost delivery slots fell by 60%, and holiday revenue came in 12% above forecast.',
      company: 'Basketful',
      role: 'Product Manager, Checkout',
      when: '2020-11',
      project: 'Holiday checkout readiness',
      tags: ['e-commerce'],
      principles: [primary('customer-obsession'), secondary('deliver-results')],
      status: 'ready',
    },
  },

  // ------------------------------------------------------------ no-headline
  {
    kind: 'no-headline',
    note: 'Game player-support story marked ready with an empty headline; everything else sound.',
    story: {
      title: 'Player support for the season launch',
      headline: '',
      situation:
        'I was community and support lead at a studio running an online multiplayer game with about 400,000 monthly players. Each new season brought a flood of tickets, and replies took up to five days. App store reviews increasingly mentioned slow support, and the six agents were worn out after every launch.',
      task: 'I was asked to cut first-response times for the next season launch without hiring more agents.',
      action:
        "I categorised the previous season's 18,000 tickets and found that over half concerned five issues, mostly purchase restores and account linking. I wrote help-centre articles for each with screenshots and short videos, and I worked with a gameplay engineer to add an in-game button that restored purchases without contacting support. I set up macros for the remaining common issues and trained the six agents to use them. I also arranged for the developers to post known issues on the game's Discord during the first week of the season, so players saw answers before opening a ticket. On launch day I staffed the queue in shifts and watched the ticket tags hourly, and when a new login issue appeared, I had a known-issue post up within forty minutes.",
      result:
        'First-response time fell from five days to under eight hours, and tickets for the season launch dropped by 35% even with more players. Satisfaction on closed tickets rose from 62% to 81%, and app store reviews mentioning support fell by more than half during the season.',
      company: 'Brightforge Interactive',
      role: 'Community and Support Lead',
      when: '2025-10',
      project: 'Season launch support',
      tags: ['games', 'support'],
      principles: [primary('customer-obsession'), secondary('frugality')],
      status: 'ready',
    },
  },
  {
    kind: 'no-headline',
    note: 'Animal-shelter volunteer retention marked ready with an empty headline; everything else sound.',
    story: {
      title: 'Keeping weekend volunteers',
      headline: '',
      situation:
        'I coordinated volunteers at an animal shelter that relied on about 150 volunteers for weekend care. Most new volunteers stopped coming within two months, so I was constantly recruiting and training. Weekend shifts often ran short, which meant dogs went unwalked and staff worked overtime.',
      task: 'The shelter director asked me to improve volunteer retention before the summer, when intake peaks.',
      action:
        'I called twenty volunteers who had stopped coming and asked why, and most said they felt lost on their first shifts and were given only cleaning. I redesigned onboarding so each new volunteer worked their first three shifts alongside an experienced buddy, and I recruited twelve long-standing volunteers as buddies. I created a simple progression: after five shifts volunteers could train for dog walking, and after ten for adoption meet-and-greets. I moved shift sign-up from email to a shared calendar so people could swap shifts without going through me. I also started a monthly message with adoption stories that named the volunteers who had cared for each animal, and I held a short debrief at the end of each Saturday shift. I asked the buddies to tell me after each shift how their newcomer was doing, and I followed up myself with anyone who seemed unsure.',
      result:
        'The share of new volunteers still active after three months rose from about 35% to 70%, and I cut recruitment sessions from monthly to quarterly, saving roughly six hours of staff time a month. Weekend shifts were fully covered through the summer for the first time.',
      company: 'Second Chance Animal Shelter',
      role: 'Volunteer Coordinator',
      when: '2026-03',
      project: 'Volunteer retention',
      tags: ['non-profit', 'people'],
      principles: [primary('strive-to-be-earths-best-employer'), secondary('ownership')],
      status: 'ready',
    },
  },

  // ------------------------------------------------------- placeholder-title
  {
    kind: 'placeholder-title',
    note: 'Restaurant allergen story titled "Untitled"; everything else sound.',
    story: {
      title: 'Untitled',
      headline:
        'I rebuilt allergen information across a restaurant group so servers could answer in seconds, and allergen incidents stopped.',
      situation:
        'I was compliance manager for a restaurant group with five sites and seasonal menus. Allergen information lived in binders that were often out of date, and in one year two guests had been served dishes containing allergens they had declared.',
      task: 'I was responsible for making allergen information accurate and easy for servers to use before new labelling rules took effect.',
      action:
        "I started by auditing every dish on the current menus against the recipes the kitchens cooked from, and I found that a third of the binder entries did not match, mostly because chefs swapped suppliers or garnishes without telling anyone. I built a recipe database with each ingredient linked to its supplier specification, so a dish's allergens updated when an ingredient changed. I agreed with the head chefs that no dish could go on a menu until its recipe was entered, and I sat with each of them to enter the spring menu. I put the allergen matrix on the servers' handheld ordering devices with a filter by allergen, and I wrote a short script for taking allergy orders that required the server to flag the ticket. I trained servers at every site in twenty-minute sessions before service and ran spot checks by asking servers about random dishes.",
      result:
        'The group went eighteen months without an allergen incident, against two in the year before. Servers answered spot checks correctly 96% of the time, up from 60%, and the time to answer an allergen question fell from several minutes with the binder to under thirty seconds.',
      company: 'Saltyard Group',
      role: 'Compliance Manager',
      when: '2024-07',
      project: 'Allergen information',
      tags: ['hospitality', 'food safety'],
      principles: [primary('insist-on-the-highest-standards'), secondary('customer-obsession')],
      status: 'ready',
    },
  },
  {
    kind: 'placeholder-title',
    note: 'HR software data importer titled "Story 3"; everything else sound.',
    story: {
      title: 'Story 3',
      headline:
        'I cut go-live for new HR software customers from six weeks to ten days by replacing a manual data import with a self-serve importer.',
      situation:
        'I was a product manager at an HR software company selling to mid-sized employers. New customers waited about six weeks to go live, because the implementation team imported their employee data by hand from spreadsheets. Sales had started losing deals to competitors that promised go-live within a fortnight.',
      task: 'I owned the onboarding experience and was asked to shorten time to go-live before the autumn sales push.',
      action:
        'I sat in on eight implementation calls and timed each step, and I found most of the delay came from back-and-forth over spreadsheet formats. I wrote a spec for a self-serve importer that validated files on upload and explained each error in plain words. I reviewed the fifty most common errors with the implementation team and wrote the message for each one myself. I pushed back when engineering proposed supporting every file format at once, and I limited the first release to CSV and Excel, which covered nearly all customers. I ran a beta with five new customers, sat in on their first uploads, and rewrote the three error messages that confused them. I wrote a help article for each file template and linked it from the upload screen. I also changed the implementation process so the team reviewed an upload instead of doing it.',
      result:
        'Time to go-live fell from six weeks to ten days for customers using the importer, and the implementation team onboarded twice as many customers a quarter with the same headcount. Support tickets about data import dropped by 70%.',
      company: 'Peoplehub',
      role: 'Product Manager, Onboarding',
      when: '2026-01',
      project: 'Self-serve importer',
      tags: ['B2B', 'onboarding'],
      principles: [primary('invent-and-simplify'), secondary('customer-obsession')],
      status: 'ready',
    },
  },

  // ---------------------------------------------------------- missing-part
  {
    kind: 'missing-part',
    note: 'Tax office letter backlog with an empty Situation (the Task carries the context); everything else sound.',
    story: {
      title: 'Tax letter backlog',
      headline:
        'I cleared a backlog of 14,000 taxpayer letters and cut reply times from eleven weeks to three.',
      situation: '',
      task: 'As casework manager at a regional tax office, I was asked to clear a backlog of 14,000 unanswered taxpayer letters and bring reply times down to the four-week standard. Letters were waiting eleven weeks on average, and complaints about unanswered post were reaching the regional director every day.',
      action:
        'I sampled three hundred letters and sorted them by topic, and I found that about forty percent asked the same few questions about payment plans and refund status. I wrote template replies for those, checked them with the policy team, and set up a fast stream where newer caseworkers handled them while experienced staff took the complex cases. I arranged for scanned letters to be tagged by topic at intake, so they reached the right stream on the first day. I agreed overtime for four weekends and joined the weekend shifts myself to answer questions. I reported progress to the regional director every Friday with a count of open letters by age. I also worked with the web team to add a refund-status lookup to the online account, because many letters asked only where a refund was.',
      result:
        'The backlog was cleared in ten weeks, and average reply time fell from eleven weeks to three. Complaints about unanswered letters fell from about forty a week to five, and the office has met the four-week standard every month since. Incoming letters about refund status dropped by about half once the online lookup went live.',
      company: 'Revenue Service, Northern Region',
      role: 'Casework Manager',
      when: '2024-09',
      project: 'Correspondence backlog',
      tags: ['government'],
      principles: [primary('deliver-results'), secondary('customer-obsession')],
      status: 'ready',
    },
  },
  {
    kind: 'missing-part',
    note: 'Biobank freezer inventory with an empty Task; everything else sound.',
    story: {
      title: 'Freezer inventory in the biobank',
      headline:
        "I rebuilt the inventory of a biobank's freezers and cut sample retrieval from up to two days to about half an hour.",
      situation:
        'I was biobank manager at a cancer research institute holding about 120,000 tissue and blood samples in twenty ultra-low freezers. Researchers waited up to two days for samples, because locations were tracked in spreadsheets that no longer matched the boxes. Two research groups had repeated experiments because samples could not be found in time.',
      task: '',
      action:
        'I chose to work freezer by freezer rather than stop all requests, so I could keep serving researchers during the work. I bought a barcode scanner, printed two-dimensional barcodes for every box, and wrote a protocol for auditing one freezer a week, moving samples to a backup freezer in small batches so nothing warmed up. I loaded the audited locations into a free laboratory inventory system and set up request forms in it so researchers could search for samples themselves. I trained the two technicians to audit and retrieve with the scanner, and I reconciled the old spreadsheets against the new records, chasing missing samples with each research group. I also set a rule that no sample could be moved without a scan.',
      result:
        'Retrieval time fell from up to two days to about half an hour, and the audit found 3,400 samples recorded in the wrong place, all of which were recovered. Requests rose by a quarter as researchers found samples they had not known were available, and three freezers turned out to be nearly empty, so the institute postponed buying a new one.',
      company: 'Ashgrove Cancer Research Institute',
      role: 'Biobank Manager',
      when: '2025-03',
      project: 'Biobank inventory',
      tags: ['research', 'lab operations'],
      principles: [primary('ownership'), secondary('frugality')],
      status: 'ready',
    },
  },
];
