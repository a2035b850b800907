import type { LabelledStory } from './types';

/**
 * Sound stories and stories with one planted content defect (outcome, measure, voice, hedging,
 * failure handling), written from what interview coaches look for. Each note says what is planted
 * or why a sound story is tricky.
 */
export const SOUND_AND_CONTENT: LabelledStory[] = [
  // Sound: complete stories a coach would sign, including tricky ones.
  {
    kind: 'sound',
    note: 'Tricky: every number is in words only (from four days to one, doubled, halved); no digit in the headline or any STAR part.',
    story: {
      title: 'Getting new carriers to their first load faster',
      status: 'ready',
      headline:
        'I cut carrier onboarding at Nimbus Freight from four days to one by checking documents at upload instead of by hand.',
      situation:
        'Nimbus Freight matches shippers with small trucking carriers. New carriers had to email their insurance certificates and operating authority, and an ops specialist checked each document by hand before the carrier could bid on a load. Many carriers gave up before their first load.',
      task: 'As the senior PM for carrier supply, I owned getting new carriers to their first bid faster without loosening our safety checks.',
      action:
        "I sat with the ops specialists for a full week and logged every document they opened and why they sent it back. Most rejections came from the same few issues: an expired certificate, a company name that did not match the federal registry, or a blurry photo. I wrote a spec for an upload flow that checks these at the moment of upload and tells the carrier in plain words what to fix. I pushed to pull authority data straight from the public registry instead of asking carriers to type it. Engineering worried about the registry's uptime, so I designed a fallback where a specialist reviews by hand whenever the lookup times out. I also rewrote the checklist the specialists use, so that a human covers only what software cannot judge. Before launch I ran a side-by-side test, with half of new sign-ups on the new flow, and I went through the rejection reasons with the ops lead every morning to catch anything the automatic checks let through.",
      result:
        'Onboarding went from four days to one on average, and the share of new carriers who bid on a load within their first week doubled. Support tickets about documents halved, and the ops team moved two specialists from paperwork to carrier quality audits. The safety audit that quarter found no rise in compliance issues.',
      when: '2025-03',
      company: 'Nimbus Freight',
      role: 'Senior Product Manager',
      project: 'Carrier onboarding',
      tags: ['onboarding', 'logistics'],
      principles: [
        { principleId: 'invent-and-simplify', strength: 'primary' },
        { principleId: 'customer-obsession', strength: 'secondary' },
      ],
      followUps: [
        {
          id: 'nimbus-fu-1',
          question: 'How did you make sure safety did not suffer?',
          answer:
            'I kept a human review for anything the software could not judge, reviewed every rejection reason daily during the test, and checked the quarterly safety audit before calling it done.',
        },
      ],
    },
  },
  {
    kind: 'sound',
    note: 'Tricky: "we" appears only inside the clinic manager\'s quoted remark and in team credit in the Result; the Action has clear "I" ownership.',
    story: {
      title: 'Cutting no-shows at community clinics',
      status: 'ready',
      headline:
        "I redesigned appointment reminders across Larkspur Health's six clinics and brought the no-show rate down from 18% to 11%.",
      situation:
        'Larkspur Health runs six community clinics. Nearly one appointment in five ended as a no-show, and front-desk staff spent their mornings calling the waitlist to fill the gaps.',
      task: 'I was the product manager for the patient app, and the operations director asked me to reduce no-shows within two quarters.',
      action:
        'I started by spending three mornings at the front desk of the busiest clinic. The clinic manager told me, "We lose the whole morning when two patients don\'t show, and we never know until nine o\'clock." I pulled a year of appointment data and found that no-shows clustered in bookings made more than two weeks ahead, and that the only reminder went out by email, which half of the patients never opened. I proposed a two-step reminder: a text five days before with a one-tap reschedule link, and a second text the day before asking for a yes or no. I worked through the wording with the compliance officer so no message revealed a diagnosis. I set up a pilot at two clinics and read the replies every day. When I saw patients answering no but not rebooking, I added an automatic offer of the next three open slots. I also specified a waitlist alert so staff could offer freed slots by text instead of by phone.',
      result:
        "Across all six clinics, the no-show rate fell from 18% to 11% within three months, and about 240 appointment slots a month went to patients on the waitlist. Front-desk calling dropped from about ninety minutes each morning to twenty. The engineering team deserves real credit for building the texting service in three weeks; we celebrated the last clinic's rollout together.",
      metrics:
        'No-show rate 18% → 11%; ~240 slots/month refilled; front-desk calling 90 → 20 min/day',
      when: '2024-06',
      company: 'Larkspur Health',
      role: 'Product Manager',
      project: 'Appointment reminders',
      tags: ['healthcare', 'patient app'],
      principles: [
        { principleId: 'customer-obsession', strength: 'primary' },
        { principleId: 'dive-deep', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'sound',
    note: 'Tricky: failure tagged \'failure\' whose lesson sits at the end of the Result ("What I learned… Since then I…"), with learnings left empty.',
    story: {
      title: 'Pausing instant payouts in Poland',
      status: 'ready',
      headline:
        'I launched instant payouts in Poland too early, paused them when chargebacks spiked, and relaunched six weeks later with a lower fraud rate than our home market.',
      situation:
        'Quayside Pay lets online sellers get paid out to their bank accounts. In early 2025 the company was expanding into Poland, and instant payouts were the feature Polish sellers asked for most.',
      task: 'As the senior PM for payouts, I owned the Polish launch and its date, which I had promised to the regional sales lead.',
      action:
        'To hit the date, I decided to launch with the fraud rules built for the UK instead of waiting for a local model, and I signed off on that risk myself. Within ten days I saw chargebacks climbing on the daily dashboard, concentrated in sellers whose accounts were less than a week old. I called the risk lead and the head of sales that evening and recommended pausing instant payouts for new sellers while keeping them for established ones. Sales pushed back because a launch event was booked, so I showed them the loss curve and the projected cost per week, and the pause went ahead. I wrote the message to affected sellers myself and took calls with the angriest ones. Then I worked with two risk analysts to label six weeks of Polish transactions, defined rules on seller age and bank verification, and ran them in shadow mode for three weeks before switching them on.',
      result:
        "In the first two weeks the chargeback rate on Polish payouts went from 0.4% to 1.9%, costing about €85,000. After the relaunch it settled at 0.3%, below the UK's 0.5%, and 60% of Polish sellers used instant payouts by the end of the quarter. What I learned is that a date I promised is no reason to skip local risk work. Since then I put a shadow-mode period into every new market plan as part of the launch date, not as an add-on.",
      learnings: '',
      when: '2025-02',
      company: 'Quayside Pay',
      role: 'Senior Product Manager',
      project: 'Instant payouts, Poland launch',
      tags: ['failure', 'payments', 'international'],
      principles: [
        { principleId: 'ownership', strength: 'primary' },
        { principleId: 'are-right-a-lot', strength: 'secondary' },
      ],
      followUps: [
        {
          id: 'quayside-fu-1',
          question: 'What would you do differently?',
          answer:
            'I would have run the UK rules in shadow mode on Polish traffic before launch; three weeks of data would have shown the gap.',
        },
      ],
    },
  },
  {
    kind: 'sound',
    note: 'Tricky: the Result names a year (2025) and version/period labels (v2, Q3, H1) next to a real before→after outcome.',
    story: {
      title: 'Rebuilding permissions for enterprise admins',
      status: 'ready',
      headline:
        'I led permissions v2 at Tessellate, which cut admin setup from 45 minutes to 12 and stopped security reviews from blocking enterprise deals.',
      situation:
        'Tessellate sells project planning software to mid-size and enterprise companies. The permission model had three fixed roles, and large customers needed finer control, so sales kept losing deals at the security review.',
      task: 'As group PM for the admin platform, I owned the new permission model, from design through the migration of existing accounts.',
      action:
        "I read the security questionnaires from the last twenty lost or stalled deals and sorted every access-control question into a list of needs. Most came down to custom roles, per-project access and audit logs. I wrote a one-page design that replaced the fixed roles with role templates admins could copy and edit, and I tested it with eight admins on paper prototypes before any code was written. The hardest part was migration: thousands of workspaces had to keep exactly the access they already had. I insisted on a dry-run script that compared every user's effective access before and after, and I reviewed the mismatches with the lead engineer each week until there were none. I planned the rollout in waves by account size, starting with our own company's workspace, and I briefed the sales engineers so they could demo custom roles in live deals before general release. I also wrote the admin help pages myself and ran two webinars for customer admins ahead of the switch.",
      result:
        'Permissions v2 reached all accounts in Q3 2025 with no access regressions reported. By the end of H1 2026, median admin setup time had fallen from 45 minutes to 12, and deals blocked at the security review dropped from nine a quarter to two. Sales attributed $1.8M of new annual contract value in 2025 to accounts that needed custom roles.',
      when: '2025-04',
      company: 'Tessellate',
      role: 'Group Product Manager',
      project: 'Permissions v2',
      tags: ['B2B SaaS', 'enterprise'],
      principles: [
        { principleId: 'insist-on-the-highest-standards', strength: 'primary' },
        { principleId: 'customer-obsession', strength: 'secondary' },
        { principleId: 'deliver-results', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'sound',
    note: 'Tricky: money and rates only in words ("about two million dollars a year", "by about a fifth", "roughly a third"); no digit in the headline or any STAR part.',
    story: {
      title: 'Forecasting fresh produce to cut waste',
      status: 'ready',
      headline:
        'I built a store-level produce forecast at Orchard Grocers that cut waste by about a fifth and saved about two million dollars a year.',
      situation:
        'Orchard Grocers has forty stores, and each produce manager ordered by gut feel from a printed sheet. Stores threw away a large share of berries, salad and herbs every week, while popular items sold out by mid-afternoon.',
      task: 'My director asked me to find out whether ordering could be both leaner and more reliable, and to prove it in a few stores first.',
      action:
        "I joined the early shift in three stores to see how orders were placed. The managers had no view of weather, local events or recent sales, so each one padded orders to avoid empty shelves. I pulled two years of till data and waste logs and built a forecast per item and store from day of week, weather and promotions. I kept the model plain on purpose, so managers could see why it suggested a quantity. I designed a new order sheet that showed the suggestion next to last week's sales and waste, and left the final call with the manager. I ran a pilot in six stores against six matched stores and met the pilot managers every Friday to go through the items where they overrode the forecast. Their overrides showed me that school holidays mattered, so I added them. Once the pilot held up for eight weeks, I wrote the rollout plan and trained the regional leads myself.",
      result:
        'Produce waste across all forty stores fell by about a fifth, and out-of-stocks on the top items dropped by roughly a third. Finance valued the waste reduction at about two million dollars a year, and the forecast became the standard ordering tool for produce and then for the bakery.',
      learnings:
        'Managers trusted the forecast because they could see why it suggested a number; I now favour a model people can question over a slightly more accurate one they cannot.',
      when: '2024-09',
      company: 'Orchard Grocers',
      role: 'Senior Supply Chain Analyst',
      project: 'Fresh produce ordering',
      tags: ['retail', 'forecasting'],
      principles: [
        { principleId: 'frugality', strength: 'primary' },
        { principleId: 'dive-deep', strength: 'primary' },
      ],
    },
  },
  {
    kind: 'sound',
    note: 'Tricky: "think" used to direct the team ("I asked the team to think about…") and "thought through", never as a hedge.',
    story: {
      title: 'Raising repeat bookings for home cleaners',
      status: 'ready',
      headline:
        'I reworked how Brightfold brought homeowners back to cleaners they liked and raised the repeat booking rate from 22% to 31%.',
      situation:
        'Brightfold is a marketplace for home cleaning and small repairs. Most homeowners booked once and never came back, even after rating the cleaner highly. Acquiring a new homeowner cost about $90, so a single visit barely paid that back.',
      task: 'As senior PM for the homeowner experience, I was asked to raise repeat bookings, the metric the growth plan depended on.',
      action:
        'I read three hundred post-visit reviews and called twelve homeowners who had given a visit five stars but never rebooked. The pattern was clear: they wanted the same cleaner again and could not find how to ask for them. At the kickoff, I asked the team to think about the second booking rather than the first, and to sketch what a homeowner needs to see the evening after a visit. I thought through the supply side as well, because a favourite-cleaner feature is useless if that cleaner has no free slots. I proposed a "book again with Ana" card on the receipt screen showing the cleaner\'s next three open slots, with a weekly or fortnightly option. I ran a test with the pricing analyst on a small discount for recurring plans and dropped it when the data showed no extra lift. I also asked the pros team to think about how cleaners could invite a homeowner back themselves, which became a one-tap invite in the pro app. Before the full launch, I ran the card as an experiment in two cities for a month and reviewed every support ticket it generated with the operations lead.',
      result:
        'Within two quarters, the repeat booking rate rose from 22% to 31%, and recurring plans grew to 18% of all bookings. Cleaners with recurring clients earned about 25% more per month, and their monthly churn from the platform fell from 9% to 6%. The higher repeat rate also brought the payback period on acquiring a homeowner down from eleven months to seven.',
      when: '2025-08',
      company: 'Brightfold',
      role: 'Senior Product Manager',
      project: 'Repeat bookings',
      tags: ['marketplace', 'growth'],
      principles: [
        { principleId: 'customer-obsession', strength: 'primary' },
        { principleId: 'think-big', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'sound',
    note: 'Tricky: "kind" used as a noun ("a new kind of pricing", "each kind of household"), so the string "kind of" appears without being a filler.',
    story: {
      title: 'Launching a time-of-use plan for households',
      status: 'ready',
      headline:
        "I launched Verdant Energy's first time-of-use plan, which enrolled 38,000 households and cut their evening peak use by 6%.",
      situation:
        'Verdant Energy supplies electricity to about 900,000 homes. Evening peaks forced the company to buy expensive power on the spot market, and the regulator was encouraging suppliers to offer time-of-use plans.',
      task: 'I was asked to design and launch a new kind of pricing for households: cheaper power at night and dearer power at the evening peak, without surprising anyone with a higher bill.',
      action:
        "I started with smart-meter data from 20,000 customers and modelled what each kind of household would pay under three price shapes. Families with electric cars or heat pumps saved the most, while people at home all day could lose money, so I set an eligibility rule and a first-year bill guarantee: if the plan cost more than the old tariff, the customer got the difference back. I wrote the one-page explainer myself and tested it with customers in two rounds until most of them could say when power was cheapest. I worked with the billing team to show the hourly split on every bill, and I pushed for a weekly app notification with each customer's cheapest hours. Finance worried about the cost of the guarantee; I showed them my estimate of under £200,000 a year and agreed to a review after six months. I also briefed the call centre myself, with a script for the three questions customers asked most in testing.",
      result:
        'In the first nine months, 38,000 households joined the plan. Their evening peak use fell by 6% on average, which saved about £1.1M in spot-market purchases. The guarantee paid out to under 3% of customers, and complaints on the plan ran at half the rate of the standard tariff.',
      when: '2024-03',
      company: 'Verdant Energy',
      role: 'Product Manager, Tariffs',
      project: 'Time-of-use tariff',
      tags: ['pricing', 'energy'],
      principles: [
        { principleId: 'invent-and-simplify', strength: 'primary' },
        { principleId: 'earn-trust', strength: 'secondary' },
      ],
      followUps: [
        {
          id: 'verdant-fu-1',
          question: 'Why offer a bill guarantee at all?',
          answer:
            'Without it, the customers most at risk of paying more would have been the least able to absorb it, and one bad bill story would have stopped the plan. The model showed the cost was small.',
        },
      ],
    },
  },
  {
    kind: 'sound',
    note: 'Tricky: "maybe" appears only inside an inspector\'s quoted remark, not as the candidate hedging.',
    story: {
      title: 'Designing inspection forms for gloved hands',
      status: 'ready',
      headline:
        "I redesigned Fieldnote's inspection flow for use on site, cutting a roof inspection from 34 to 21 minutes.",
      situation:
        'Fieldnote is a mobile app that insurance inspectors use to document roof and property damage. Its rating had slipped to 3.6 stars, and reviews kept mentioning fiddly forms.',
      task: 'I was the lead designer for the inspection flow, and my goal was to make it usable on a roof, in the rain, with gloves on.',
      action:
        'I spent two days shadowing inspectors on real jobs. One of them held up his gloved hand and said, "Maybe it works in the office, but up here I can\'t hit those buttons." I measured the touch targets: most were under 30 pixels. I rebuilt the flow around large cards, one question per screen, with answers picked by a big tap or by voice. I replaced the free-text damage description with a photo-first step, where the inspector takes the photo and then tags the damage on it. I prototyped the flow and tested it on a ladder in our car park with five inspectors wearing work gloves, timing each task. When voice entry struggled with wind noise, I added a press-and-hold record button and a quick confirm screen. I worked with the engineers on an offline mode so a lost signal on site would not lose the form, and I wrote the acceptance tests with them. Before release, I ran a two-week beta with twenty inspectors and changed the order of the roof questions after watching how they walked a site.',
      result:
        'After the release, average inspection time fell from 34 to 21 minutes, and forms sent back for missing information dropped from 14% to 5%. The app rating rose from 3.6 to 4.5 stars within four months, and two insurance clients renewed their contracts citing inspector feedback. Support tickets about the app fell by about 40% over the same period.',
      when: '2025-06',
      company: 'Fieldnote',
      role: 'Senior Product Designer',
      project: 'Field inspection mobile app',
      tags: ['mobile app', 'design'],
      principles: [
        { principleId: 'customer-obsession', strength: 'primary' },
        { principleId: 'insist-on-the-highest-standards', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'sound',
    note: 'Tricky: the Result lists many activity counts (14 experiments, 6 memos, 40 recordings, 3 reviews) but also one real outcome (conversion 4.1% → 5.6%, $1.3M).',
    story: {
      title: 'Finding what moved trial conversion',
      status: 'ready',
      headline:
        "I ran Cobalt Learning's trial experiments and found the change that lifted trial-to-paid conversion from 4.1% to 5.6%.",
      situation:
        'Cobalt Learning sells online courses for professional certifications with a 14-day free trial. Trial sign-ups were healthy, but few trials turned into paying subscriptions.',
      task: 'I was the analyst on the growth team, and I owned the experiment program to find what would raise trial conversion.',
      action:
        'I first mapped the trial journey from event data and found that learners who finished a practice exam in their first three days converted at four times the rate of those who did not. I turned that into a list of hypotheses and ran the program over ten weeks. I designed each test, wrote the power calculations so nobody would stop a test early, and checked the sample ratio every morning. Most ideas did nothing: a shorter onboarding, new welcome emails and a discount banner all came back flat, and I wrote each one up so the team would not repeat it. The one that worked moved the practice exam to day one, as a ten-question version. I dug into the segments before calling it, because a lift in one country can hide a drop in another, and confirmed it held on desktop and mobile. I took the results to the product lead with a recommendation to ship it to everyone, and I set up a holdout group of 5% so we could confirm the effect held over the next two months.',
      result:
        'Over ten weeks I ran 14 experiments, wrote 6 analysis memos, reviewed 40 session recordings and presented at 3 growth reviews. The outcome that mattered: once the short practice exam shipped to everyone, trial-to-paid conversion rose from 4.1% to 5.6%, worth about $1.3M in new annual revenue. The holdout confirmed the lift two months later, and the product team now starts every onboarding change from the practice exam data.',
      metrics: 'Trial-to-paid 4.1% → 5.6%; ~$1.3M new ARR',
      when: '2025-11',
      company: 'Cobalt Learning',
      role: 'Product Analyst',
      project: 'Free trial conversion',
      tags: ['edtech', 'experimentation'],
      principles: [
        { principleId: 'dive-deep', strength: 'primary' },
        { principleId: 'learn-and-be-curious', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'sound',
    note: 'Tricky: very short Situation and Task (about 20 words) and an Action around 70% of the story: lopsided, but sound.',
    story: {
      title: 'Fixing on-call for the card payments team',
      status: 'ready',
      headline:
        "I rebuilt on-call for Halcyon Bank's card payments team and cut out-of-hours pages from 60 a month to 14.",
      situation: 'My card payments team at Halcyon Bank was drowning in night pages.',
      task: 'I had to fix on-call before we lost more engineers.',
      action:
        "I exported three months of pages and went through every one with the engineer who had received it. About two thirds were alerts nobody needed to act on at night: retries that had already succeeded, thresholds set years ago, and duplicates from two monitoring tools. I posted the list, gave the team a week to object, and then deleted or downgraded those alerts myself. For the rest, I wrote a runbook per alert with the first three checks to make, and I paired with each engineer on a drill so nobody faced a real incident alone. I changed the rotation from a full week to three and a half days, and I negotiated with my director for time off in lieu after any night page. I set up a weekly thirty-minute review where the person coming off call walked through each page, and I reserved a fixed share of sprint capacity for the fixes it produced. When the fraud team's alerts kept routing to us, I went to their manager, agreed an owner for each alert, and moved them over. I also took shifts in the rotation for the first two months, so I felt the problem myself and the team saw I would not ask them to do what I would not do.",
      result:
        "Out-of-hours pages fell from 60 a month to 14 within a quarter, and median time to resolve an incident dropped from 48 minutes to 22. Nobody left the team in the following year, after three engineers had left the year before, and two other teams at the bank copied the alert review. My team's score in the annual engagement survey rose from 61 to 78.",
      when: '2024-02',
      company: 'Halcyon Bank',
      role: 'Engineering Manager',
      project: 'Card payments reliability',
      tags: ['on-call', 'reliability'],
      principles: [
        { principleId: 'ownership', strength: 'primary' },
        { principleId: 'strive-to-be-earths-best-employer', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'sound',
    note: 'Plain sound story: infra migration run by a TPM, clear I ownership, latency and cost outcomes.',
    story: {
      title: 'Moving checkout to the cloud before the summer on-sales',
      status: 'ready',
      headline:
        "I ran Atlas Ticketing's checkout migration to the cloud, which cut checkout latency by more than half and hosting costs by 28%.",
      situation:
        'Atlas Ticketing sells tickets for concerts and festivals. Checkout ran in its own data center, and every big on-sale meant renting extra servers months ahead and still watching checkout slow to a crawl.',
      task: 'I was the TPM for moving checkout to the cloud, with a fixed deadline: the summer festival on-sales in May.',
      action:
        "I broke the migration into eleven services, ranked them by risk, and agreed an order with the four engineering leads. I set one rule: no service moved without a load test at three times last year's peak, and I booked the load-testing vendor myself so the tests could not slip. I ran a weekly risk review where each lead named their biggest unknown, and I tracked those in a shared log instead of a status deck. Six weeks in, the payments team found that our card processor accepted traffic only from the data center's IP addresses. I escalated to the processor's account manager the same day and got the new addresses approved in nine days instead of their usual six weeks. I planned the cutover as a gradual shift of traffic, ten percent at a time, with a one-click rollback that I had the team rehearse twice. On cutover night I ran the bridge call and held each step until the metrics were green. I kept the old data center warm for two weeks as a fallback.",
      result:
        'Checkout moved fully in April with no customer-facing downtime. In the biggest May on-sale, checkout handled 1.2 million tickets in four hours, and p99 latency dropped from 2.4 seconds to 0.9. Hosting costs fell by 28% compared with renting peak capacity, about $640,000 over the year. The on-sale team no longer books extra servers months ahead; capacity now scales on the day.',
      when: '2024-04',
      company: 'Atlas Ticketing',
      role: 'Senior Technical Program Manager',
      project: 'Checkout platform migration',
      tags: ['infrastructure', 'migration'],
      principles: [
        { principleId: 'deliver-results', strength: 'primary' },
        { principleId: 'bias-for-action', strength: 'secondary' },
      ],
      followUps: [
        {
          id: 'atlas-fu-1',
          question: 'What was the biggest risk you did not see coming?',
          answer:
            "The processor's IP allow-list. Nobody on the team knew it existed; I now ask every external provider for their network requirements at the start of a migration.",
        },
      ],
    },
  },
  {
    kind: 'sound',
    note: 'Plain sound story: hiring as an engineering manager, time-to-hire and acceptance outcomes.',
    story: {
      title: 'Rebuilding our engineering hiring loop',
      status: 'ready',
      headline:
        "I redesigned Kestrel Analytics' engineering hiring loop and cut time-to-hire from 71 days to 38 while raising offer acceptance to 80%.",
      situation:
        'Kestrel Analytics had funding to grow my data platform team from five engineers to eleven in one quarter. The hiring loop took ten weeks, and candidates often accepted other offers before a decision.',
      task: 'I owned the hiring plan for my team, and I wanted to move faster without lowering the bar.',
      action:
        'I reviewed our last twenty candidates from first call to decision and found the delays: interviewers scheduled one at a time, debriefs a week later, and a take-home task that cost candidates a whole weekend. I replaced the take-home with a ninety-minute paired exercise on a real bug from our codebase, and I wrote a scoring guide so interviewers judged the same things. I grouped the interviews into a single half-day and reserved standing interview slots in the calendars of six engineers. I trained those six myself, with two shadowed interviews each before they led one. I moved the debrief to the same day and set a rule that every decision is made within 48 hours. I called each candidate personally after the loop, whether they got an offer or not, and asked those who declined why. Two said the salary band was unclear, so I worked with HR to share bands in the first call. Every two weeks I reviewed the scoring guide with the interviewers to check we were still calibrated.',
      result:
        'Over the quarter I hired six engineers, and median time-to-hire dropped from 71 days to 38. Offer acceptance rose from 55% to 80%, and all six were still on the team a year later, two of them now leading projects. Other teams at Kestrel adopted the paired exercise the following half.',
      when: '2024-10',
      company: 'Kestrel Analytics',
      role: 'Engineering Manager',
      project: 'Data platform team hiring',
      tags: ['hiring'],
      principles: [
        { principleId: 'hire-and-develop-the-best', strength: 'primary' },
        { principleId: 'insist-on-the-highest-standards', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'sound',
    note: 'Plain sound story: compliance program, audit findings closed and response time before → after.',
    story: {
      title: 'Bringing claims data retention into compliance',
      status: 'ready',
      headline:
        "I led Pinewood Insurance's claims data retention program, closing all seven audit findings and cutting access-request response time from 21 days to 3.",
      situation:
        "Pinewood Insurance kept every claim document forever, across four systems. An internal audit raised seven findings on data retention and on how slowly customers' requests to see their data were answered.",
      task: 'I was asked to own the fix across product and engineering, with a regulator check-in due in six months.',
      action:
        'I mapped where claims data lived with one engineer from each system and built an inventory of forty-two data types, each with its legal basis and owner. I met the legal team every week to agree a retention period per type, and I pushed back whenever "keep it all to be safe" came up, because that was exactly the finding. I wrote the requirements for an automated deletion job with a hold flag for claims in litigation, and I insisted on a dry run that listed what would be deleted before anything was. For access requests, I designed a single search across the four systems that a privacy analyst could run and export as one file. I ran a tabletop exercise with the privacy team using ten real requests, fixed the gaps they found, and wrote the process guide myself. When the marketing team objected that deleting old claims would hurt their churn models, I met their lead, showed that anonymized aggregates met their needs, and had the data team build that extract. I reported progress to the audit committee every month.',
      result:
        "All seven audit findings were closed before the regulator check-in. Access requests are now answered in 3 days on average instead of 21, and deleting data past its retention period cut claims storage by 19%, about $210,000 a year. The regulator's check-in closed with no further actions, and the deletion job and search tool became the template for the motor and home insurance lines.",
      when: '2026-02',
      company: 'Pinewood Insurance',
      role: 'Senior Product Manager',
      project: 'Claims data retention',
      tags: ['compliance', 'privacy'],
      principles: [
        { principleId: 'success-and-scale-bring-broad-responsibility', strength: 'primary' },
        { principleId: 'have-backbone-disagree-and-commit', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'sound',
    note: 'Plain sound story: partnership negotiated and launched, bookings and attach rate as outcomes.',
    story: {
      title: 'Adding rail tickets through a partnership',
      status: 'ready',
      headline:
        "I negotiated and launched Solace Travel's rail partnership, which sold 48,000 train bookings in its first six months.",
      situation:
        'Solace Travel sold flights and hotels across Europe, but a growing share of its customers took trains for short trips and booked them elsewhere. Our own survey showed that four in ten city-break customers travelled by train at least once a year.',
      task: 'I was asked to add rail tickets within two quarters, through a partner rather than a build of our own.',
      action:
        'I shortlisted three rail aggregators and scored them on coverage, API quality and commission, booking real tickets myself through a test account with each. I chose the one with the best coverage in France and Italy, where our customers travelled most, even though a rival offered more commission. I led the commercial talks with their partnerships director and traded a longer contract term for a higher commission and a shared support process. I wrote the integration spec and ran weekly calls with their engineers. When their seat-map API turned out to be unreliable, I cut seat selection from the first version rather than delay the launch. I designed the placement myself: a rail option shown next to flights on routes under five hours. I also wrote a joint support playbook for cancellations and strikes, which I expected to be the hardest moments for customers. In the month before launch, I ran a beta with 2% of traffic on three routes, read every support contact myself, and fixed the confusing ticket-collection message before opening it up.',
      result:
        'In its first six months, the partnership sold 48,000 rail bookings worth $2.1M in gross bookings, and 9% of customers searching those routes booked a train. Customers who booked rail came back to book again 15% more often than flight-only customers. The partner extended the contract to Spain and Germany in the second year on the same terms.',
      when: '2025-09',
      company: 'Solace Travel',
      role: 'Product Manager, Partnerships',
      project: 'Rail booking integration',
      tags: ['partnership', 'travel'],
      principles: [
        { principleId: 'think-big', strength: 'primary' },
        { principleId: 'customer-obsession', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'sound',
    note: 'Plain sound story: dive-deep root cause by an analyst, metric recovered before → after.',
    story: {
      title: 'Tracing a retention drop to a login loop',
      status: 'ready',
      headline:
        "I traced a sudden drop in Juniper Games' day-1 retention to a login loop on older Android phones and got it back from 31% to 38%.",
      situation:
        'Juniper Games publishes a mobile puzzle game with about 900,000 daily players. One Monday, day-1 retention for new players dropped from 38% to 31%, and nobody knew why.',
      task: 'As the analyst for the game, I was asked to find the cause before the leadership review on Friday.',
      action:
        "I first ruled out the obvious: the marketing mix had not changed, and the drop appeared in every country. I split retention by platform and saw it came entirely from Android. Splitting further by OS version and device, I found it sat in phones running Android 10 and older. I then followed individual sessions in the event logs and saw the same pattern again and again: the player finished the tutorial, was asked to sign in, and was sent back to the sign-in screen in a loop. I matched the timing to a release that had updated our login library the previous Thursday. I reproduced the loop on an old test phone from the QA cabinet, recorded a video, and wrote up the evidence for the engineering lead with the share of players affected. I also proposed a quick fix: skip the sign-in prompt on affected versions until the library was patched. I presented all of this at Friday's review with a one-slide summary and a timeline, so the decision took five minutes.",
      result:
        "Engineering shipped the fix on Wednesday, and day-1 retention was back at 38% within a week. By my estimate that kept about 12,000 new players a week who would otherwise have dropped out. I added a retention alert by platform and OS version, so a drop like this is now caught within a day. Leadership made that alert part of the release checklist for the studio's other two games.",
      when: '2026-06',
      company: 'Juniper Games',
      role: 'Senior Product Analyst',
      project: 'Player retention, mobile puzzle game',
      tags: ['gaming', 'analytics'],
      principles: [
        { principleId: 'dive-deep', strength: 'primary' },
        { principleId: 'bias-for-action', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'sound',
    note: 'Plain sound story: disagree-and-commit with a VP, test results and savings as outcomes.',
    story: {
      title: 'Pushing back on ending free returns',
      status: 'ready',
      headline:
        'I challenged a plan to end free returns at Harbor Retail and proposed a targeted fix that cut return shipping costs by 14% without hurting repeat purchases.',
      situation:
        'Harbor Retail sells clothing online. Returns were running at 28% of orders, high even for fashion. Return shipping costs had grown by a third in a year, and the VP of operations proposed charging every customer for returns.',
      task: 'I owned the returns experience, and I was convinced a blanket fee would cost more in lost loyal customers than it saved.',
      action:
        "I pulled the returns data by customer and found that 6% of customers caused 40% of return costs, mostly by ordering several sizes of the same item, while loyal customers returned less than average. I modelled the VP's plan against repeat purchase data and estimated it would cut repeat orders by about 8%. I asked the VP for thirty minutes, walked her through the analysis, and told her directly that I disagreed with the blanket fee. I proposed an alternative: a size-recommendation prompt when someone adds two sizes of one item to the basket, and a fee only for customers above a return-rate threshold. She was not fully convinced and asked for a test before any rollout. I committed to her six-week timeline, designed the test across two regions, and shared the results every week, including the parts that were weaker than I had hoped. When the first week showed the size prompt annoying some shoppers, I changed its wording and trigger with the designer instead of defending the first version.",
      result:
        'The targeted approach cut return shipping costs by 14% in the test regions, against 17% for the blanket fee, while the repeat purchase rate held at 41% instead of dropping to 37% under the fee. The VP chose my approach for all regions, and it saved about $1.6M in its first year.',
      when: '2024-11',
      company: 'Harbor Retail',
      role: 'Senior Product Manager',
      project: 'Returns policy and flow',
      tags: ['e-commerce', 'conflict'],
      principles: [
        { principleId: 'have-backbone-disagree-and-commit', strength: 'primary' },
        { principleId: 'are-right-a-lot', strength: 'secondary' },
      ],
      followUps: [
        {
          id: 'harbor-fu-1',
          question: 'What if the test had favoured the fee?',
          answer:
            'I had agreed with the VP up front that the data would decide, so I would have helped roll out the fee and designed the messaging to soften it for loyal customers.',
        },
      ],
    },
  },
  {
    kind: 'sound',
    note: 'Plain sound story: healthcare rollout by a program manager, time and error-rate outcomes.',
    story: {
      title: 'Rolling out bedside charting across twelve hospitals',
      status: 'ready',
      headline:
        "I ran CareLoop's bedside charting rollout across 12 hospitals, giving nurses back 25 minutes a shift and cutting medication reconciliation errors from 3.2% to 1.1%.",
      situation:
        'CareLoop makes nursing software for hospitals. Its tablet charting tool had worked well at two pilot hospitals, and a regional health system signed up to deploy it in twelve more.',
      task: 'I was the program manager for that deployment, accountable for the schedule and for nurses adopting the tool rather than working around it.',
      action:
        "I visited the first three hospitals before planning anything and worked night shifts on the wards, because that is when charting falls behind. I saw that Wi-Fi dropped in some rooms and that nurses shared tablets, which slowed everyone down. I wrote a readiness checklist for every hospital, covering Wi-Fi coverage maps, a tablet per nurse on shift and a named super-user per ward, and I refused to start a go-live until the checklist was complete. I recruited and trained forty super-users myself, and I ran a daily fifteen-minute huddle during each go-live week to log issues. When two hospitals pushed to go live together to save time, I kept them a week apart so the support team would not be split. When one hospital's IT team could not fix its Wi-Fi in time, I moved its go-live back a month and brought the next hospital forward, so the overall plan held. I sent the chief nursing officer a weekly one-page report with adoption by ward, not only dates.",
      result:
        "All twelve hospitals went live within the planned nine months. Nurses' charting time dropped by about 25 minutes per shift, and medication reconciliation errors fell from 3.2% to 1.1% of admissions. The health system renewed for five years and added its four remaining hospitals. Two other health systems signed after visiting wards where the tool was running.",
      when: '2024-01',
      company: 'CareLoop',
      role: 'Program Manager',
      project: 'Bedside charting rollout',
      tags: ['healthcare', 'rollout'],
      principles: [
        { principleId: 'deliver-results', strength: 'primary' },
        { principleId: 'insist-on-the-highest-standards', strength: 'secondary' },
        { principleId: 'customer-obsession', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'sound',
    note: 'Tricky: the Situation describes a faulty release by others ("calculated sales tax wrongly"); the story is the candidate\'s recovery, not a failure of theirs.',
    story: {
      title: 'Winning back accountants after a bad release',
      status: 'ready',
      headline:
        "I rebuilt Tally Books' relationship with partner accountants after a faulty tax release, taking partner NPS from -12 to +24.",
      situation:
        "Tally Books is bookkeeping software for small businesses, and most new customers come through partner accountants. A release had calculated sales tax wrongly for a week, and partners spent hours correcting their clients' books.",
      task: 'I joined as PM for the partner program a month later, and my job was to win their trust back before the year-end rush.',
      action:
        "I called thirty of the most active partners one by one and listened without defending the product. I wrote down every complaint and published the full list back to them, with what would be fixed, when, and what would not. I set up an advisory group of ten accountants and showed them designs before anything went to engineering. I pushed internally for a partner preview channel that gave accountants release notes and a test workspace two weeks before each release, and I wrote the first notes myself. When the next tax update was ready, I asked three advisory partners to check it against their own clients' data first; they found an edge case, and I held the release for four days to fix it. I also arranged a credit for every client affected by the bad release and sent each partner a personal note with the amount. Every month, I reported back to the advisory group on what had shipped from their list, so they could hold me to it.",
      result:
        'Partner NPS rose from -12 to +24 within six months. Referrals from accountants grew by 40% in the following year-end season, and no partner left the program after the incident, where sales had feared losing a fifth of them. Through the preview channel, partners also caught issues in two later releases before any customer saw them.',
      when: '2025-09',
      company: 'Tally Books',
      role: 'Product Manager, Partner Program',
      project: 'Accountant partner channel',
      tags: ['B2B SaaS', 'partners'],
      principles: [
        { principleId: 'earn-trust', strength: 'primary' },
        { principleId: 'customer-obsession', strength: 'secondary' },
      ],
    },
  },
  // Planted defect: output-not-outcome.
  {
    kind: 'output-not-outcome',
    note: 'Planted: the Result counts only research activity (32 interviews, 1,450 responses, a 45-page report, 40 executives); no effect on customers or the business.',
    story: {
      title: 'Researching a gear rental subscription',
      status: 'ready',
      headline:
        "I led the customer research for Wayfarer Outdoors' proposed gear rental subscription across five customer segments.",
      situation:
        'Wayfarer Outdoors sells camping and climbing gear through its website and eighteen stores. Leadership was considering a rental subscription for expensive items like tents and skis, but nobody knew who would pay for it.',
      task: 'I was asked to lead discovery and bring a clear picture of demand to the quarterly planning review.',
      action:
        'I defined five customer segments from purchase data, from weekend families to alpine climbers, and wrote a screener for each. I recruited participants through store staff and the email list, and I ran the interviews myself, in stores and on video calls. I built the discussion guide around the last trip each person had taken: what they owned, what they borrowed, and what they had considered buying but did not. I visited three stores to watch how rental questions came up at the counter and spoke with the staff who fielded them. I set up a short survey to size each segment and wrote the analysis plan before the answers came in. I synthesized the notes with two designers in a two-day workshop, grouping needs by trip type. Then I wrote the report, with a chapter per segment, customer quotes, and the open questions on pricing. Before the review, I walked the heads of merchandising and stores through the draft one to one, so the session could focus on decisions rather than surprises.',
      result:
        'I completed 32 interviews across the five segments, collected 1,450 survey responses, and wrote a 45-page report with 12 recommendations. I presented it to 40 executives at the quarterly planning review, and it was added to the planning pack for the next cycle.',
      when: '2025-05',
      company: 'Wayfarer Outdoors',
      role: 'Senior Product Manager',
      project: 'Gear rental subscription discovery',
      tags: ['research', 'retail'],
      principles: [
        { principleId: 'customer-obsession', strength: 'primary' },
        { principleId: 'learn-and-be-curious', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'output-not-outcome',
    note: 'Planted: the Result reports delivery on the planned dates and activity counts (212 services, nine waves, 63 stand-ups, 1,140 tasks); no effect on customers or cost.',
    story: {
      title: 'Migrating 212 services to a new data center',
      status: 'ready',
      headline:
        "I ran the program that moved all of Rivet Cloud's internal services to a new data center in nine waves.",
      situation:
        'Rivet Cloud hosts websites for small businesses. The lease on its oldest data center ended in September, and every internal service had to move to the new site in Frankfurt before then.',
      task: 'As the TPM, I owned the migration plan, the schedule, and the coordination of fourteen engineering teams.',
      action:
        "I built an inventory of every service with its owner, dependencies and data size, and used it to group services into waves so nothing moved before what it depended on. I agreed each wave's date with the team leads in a single planning session, so the schedule was theirs as much as mine. I wrote a cutover checklist that every team used, and I ran a rehearsal of the first wave on a Saturday with three volunteer teams. I held a daily fifteen-minute stand-up during each wave week and kept a shared tracker showing each service's status. When the storage team fell behind on replicating the largest databases, I moved two of their services to a later wave and pulled two small ones forward, which kept the overall plan intact. I escalated a network capacity gap to the VP early, and she approved extra links within a week. After each wave I ran a short review with the teams involved and fed what they learned into the checklist for the next wave.",
      result:
        'All 212 services moved across in nine waves, each on its planned date, and the program closed two weeks before the lease ended. Along the way I ran 63 stand-ups, tracked 1,140 tasks, and wrote nine wave reports for leadership.',
      when: '2024-09',
      company: 'Rivet Cloud',
      role: 'Technical Program Manager',
      project: 'Data center exit',
      tags: ['infrastructure', 'migration'],
      principles: [
        { principleId: 'deliver-results', strength: 'primary' },
        { principleId: 'ownership', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'output-not-outcome',
    note: 'Planted: the Result lists delivery only (14 features in 3 sprints, 96 bugs closed, live on the planned day); nothing on usage, retention or revenue.',
    story: {
      title: 'Shipping the pet health tracker release',
      status: 'ready',
      headline:
        'I led the Pebble Pets 5.0 release, which added a health tracker and reminders to the pet care app.',
      situation:
        'Pebble Pets is a mobile app for dog and cat owners to book vets and groomers. Owners kept asking for a way to track vaccinations, weight and medication in the same app.',
      task: 'I was the PM for the 5.0 release and had to deliver the health tracker before the holiday season.',
      action:
        "I interviewed ten pet owners and two vets to decide what the tracker had to hold, and I cut the list down to vaccinations, weight, medication and vet notes. I wrote user stories with acceptance criteria for each, and I ordered the backlog so vaccination reminders came first, because owners mentioned them most. I worked with the designer on a timeline view that showed each pet's history at a glance, and I tested the prototype with six owners in a coffee shop near the office. I set up sprint reviews with the vet partnerships team so they could check the medical wording. When the iOS and Android builds drifted apart, I introduced a shared checklist per feature so both platforms shipped the same behaviour. I wrote the release notes and the store listing myself and coordinated the launch date with marketing. In the final sprint, I ran a bug bash with the support team, who knew better than anyone which edge cases owners would hit first.",
      result:
        'The team shipped 14 features in 3 sprints, closed 96 bugs before release, and version 5.0 went live on both app stores on the planned day, November 18. I published 3 sets of release notes and ran a launch demo for the whole company.',
      when: '2025-11',
      company: 'Pebble Pets',
      role: 'Product Manager',
      project: 'Pebble Pets app 5.0',
      tags: ['mobile app', 'launch'],
      principles: [
        { principleId: 'deliver-results', strength: 'primary' },
        { principleId: 'bias-for-action', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'output-not-outcome',
    note: 'Planted: the Result counts training activity and an on-time switch-over (180 nurses, 22 sessions, 6 videos, 100% completion); no effect on patients or waiting times.',
    story: {
      title: 'Rolling out a new triage protocol',
      status: 'ready',
      headline:
        "I ran the rollout of Crestline Health's new emergency triage protocol across four hospitals.",
      situation:
        'Crestline Health runs four hospitals with emergency departments. Each used its own triage scale, and a state review had asked the group to move to a single standard protocol within the year.',
      task: 'I was responsible for the rollout: training the nursing staff, updating the triage screens, and making sure every site switched on the same day.',
      action:
        'I formed a working group with a lead triage nurse from each hospital and met them every week. I asked each lead to list the cases their staff found hardest to score, and I used those cases to build the training scenarios. I worked with the education team to turn the protocol into short video modules and a one-page pocket card. I scheduled training around shift patterns, including night sessions, so nobody had to come in on a day off. I wrote the requirements for the triage screen changes with the records team and tested them with nurses at each site before sign-off. I arranged a help line staffed by the lead nurses for the first two weeks, and I visited every emergency department on switch-over day to answer questions in person. When one site was short of staff, I arranged agency cover so its training could go ahead. I kept a single tracker of training by nurse and site, and I reviewed it with the chief nursing officer every Friday.',
      result:
        'I trained 180 nurses in 22 sessions, produced 6 video modules, and printed 400 pocket cards. All four hospitals switched to the new protocol on the planned date, and training completion reached 100% by the deadline.',
      when: '2024-04',
      company: 'Crestline Health',
      role: 'Clinical Program Manager',
      project: 'Emergency department triage protocol',
      tags: ['healthcare', 'rollout'],
      principles: [
        { principleId: 'deliver-results', strength: 'primary' },
        { principleId: 'earn-trust', strength: 'secondary' },
      ],
    },
  },
  // Planted defect: no-measure.
  {
    kind: 'no-measure',
    note: 'Planted: the Result has no number at all, only praise ("customers loved the new flow", "tickets all but stopped", "the team was proud").',
    story: {
      title: 'Simplifying leave requests for managers',
      status: 'ready',
      headline:
        "I redesigned Trellis HR's leave request flow so employees and managers could handle time off without going through HR.",
      situation:
        'Trellis HR makes HR software for companies of 50 to 500 people. Leave requests were the top reason customers contacted support: employees could not see their balance, and managers approved requests from a cluttered inbox.',
      task: 'I owned the time-off area and was asked to make leave requests self-service for employees and managers.',
      action:
        "I read six months of support tickets tagged time off and sorted them into themes. Most came from three problems: balances that did not match the payroll system, requests that clashed with a team's busy period, and approvals buried in email. I interviewed eight HR admins and twelve managers at customer companies and watched them approve requests over screen share. I designed a new request screen that showed the live balance and the team calendar side by side, so an employee could see who else was off before asking. I wrote the spec for a sync with the three payroll systems our customers used most and worked with the engineers on how to show a balance that was still syncing. For managers, I proposed approving from a single weekly view or straight from a mobile notification. I ran a beta with fifteen customers and met their admins every fortnight. When the beta showed that part-time staff saw incorrect balances, I held the release for a sprint and worked with the engineers on the accrual rules until the numbers matched payroll.",
      result:
        'Customers loved the new flow, and the support team told me the time-off tickets all but stopped. Managers said approvals felt effortless, HR admins no longer had to chase anyone, and the sales team started showing the feature in every demo. The team was proud of it.',
      when: '2025-02',
      company: 'Trellis HR',
      role: 'Product Manager',
      project: 'Leave requests',
      tags: ['B2B SaaS', 'HR tech'],
      principles: [
        { principleId: 'customer-obsession', strength: 'primary' },
        { principleId: 'invent-and-simplify', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'no-measure',
    note: 'Planted: the Result claims an effect but gives no number ("escalations became rare", "far more confident").',
    story: {
      title: 'Making dashboard numbers trustworthy',
      status: 'ready',
      headline:
        'I introduced data quality checks at Driftwood Data so customers stopped finding broken numbers in their dashboards before the company did.',
      situation:
        'Driftwood Data provides analytics dashboards to retail chains. Customers regularly spotted incorrect figures before the company did, usually after a supplier feed changed format overnight.',
      task: 'As the manager of the data platform team, I owned pipeline reliability and had to stop bad data from reaching customer dashboards.',
      action:
        "I listed every customer escalation about incorrect numbers from the previous two quarters and traced each one back to its source. Nearly all started in one of four supplier feeds. I wrote a proposal for checks at the point where each feed entered the platform: row counts against the previous day, required columns, and value ranges for prices and quantities. I ran a design review with the team and the account managers, because they would be the ones telling customers when a feed was held back. I set the rule that a feed which does not pass its checks is quarantined, and customers see yesterday's data with a clear banner instead of today's broken figures. I paired with two engineers on the first checks, then handed ownership to them and reviewed the alerts with them every Monday. I also called the supplier contacts for the four feeds and agreed they would warn us before changing a format. Finally, I wrote a short runbook for the support team explaining what the banner meant and how to answer a customer who asked about it.",
      result:
        'Customers stopped finding broken numbers before we did, and account managers said escalations about data quality became rare. The team felt far more confident shipping changes, and our largest customer told us the dashboards were now the figures they trusted in board meetings.',
      when: '2024-06',
      company: 'Driftwood Data',
      role: 'Engineering Manager, Data Platform',
      project: 'Pipeline data quality checks',
      tags: ['data', 'reliability'],
      principles: [
        { principleId: 'insist-on-the-highest-standards', strength: 'primary' },
        { principleId: 'ownership', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'no-measure',
    note: 'Planted: the Result has no measure at all ("finally made sense", "wrote in to thank us", "far fewer complaints").',
    story: {
      title: 'Redesigning the seller dashboard for florists',
      status: 'ready',
      headline:
        "I redesigned Petalpost's seller dashboard so independent florists could manage orders on their phones between deliveries.",
      situation:
        'Petalpost is a marketplace where independent florists sell bouquets for local delivery. Most florists ran their shop from a phone, but the seller dashboard was built for desktop and took ages to load.',
      task: 'I was the designer for the seller side, and my brief was to make the dashboard usable on a phone during a busy day.',
      action:
        "I visited four florists on the morning before Mother's Day, their busiest day of the year, and watched how they handled orders. They checked new orders between arrangements, with wet hands, and mostly needed three things: what to make, by when, and where it was going. I redesigned the dashboard around a single order queue sorted by delivery time, with the bouquet photo, the card message and the address on one card. I moved settings, payouts and reports behind a menu, because florists opened them rarely. I tested paper sketches and then a clickable prototype with eight florists, and I changed the order card three times based on what they tapped first. I worked with the engineers so the queue loaded before the rest of the page. I also wrote the help article and recorded a short walkthrough video for sellers. I rolled the new dashboard out to a group of volunteer florists first and sat in on their support calls during the first weekend to catch anything we had not seen in testing.",
      result:
        'Sellers said the dashboard finally made sense on a phone, and several of our biggest florists wrote in to thank us. Support heard far fewer complaints about confusing order details, and leadership asked me to use the same approach for the payouts and reviews screens.',
      when: '2025-08',
      company: 'Petalpost',
      role: 'Product Designer',
      project: 'Seller dashboard',
      tags: ['marketplace', 'design'],
      principles: [
        { principleId: 'customer-obsession', strength: 'primary' },
        { principleId: 'invent-and-simplify', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'no-measure',
    note: 'Planted: the Result has no number ("relied on it every day", "much faster", "the most useful report").',
    story: {
      title: 'Giving sales a live view of freight margins',
      status: 'ready',
      headline:
        "I built Tidewater Shipping's margin dashboard so the sales team could quote container freight with live cost data.",
      situation:
        'Tidewater Shipping books ocean container freight for importers. Sales quoted prices from a spreadsheet updated once a month, while carrier rates changed every week.',
      task: 'I was asked to give the sales team a view of current costs and margins per lane, so they could quote with confidence.',
      action:
        "I spent two days at the sales desk to see how a quote was put together and where people guessed. The largest unknowns were fuel surcharges and port fees, which sat in carrier emails rather than in any system. I wrote scripts to pull the weekly rate sheets from our five main carriers into one table, and I worked with the operations team to log port fees as they came in. I built a dashboard showing the current cost, a suggested price and the margin for each lane and container size, with a warning when the margin fell below the floor set by finance. I ran two training sessions for the sales team and sat with each account executive while they quoted their next deals. I kept their requests in a shared list and shipped improvements every week, such as a view of competitors' published rates. When finance questioned how I calculated the margin floor, I walked their controller through the formulas line by line and adjusted the treatment of currency costs.",
      result:
        'The sales team relied on the dashboard every day, quoting became much faster, and account executives stopped asking finance to check their prices. My director called it the most useful report in the commercial department and asked me to extend it to air freight.',
      when: '2026-03',
      company: 'Tidewater Shipping',
      role: 'Pricing Analyst',
      project: 'Freight quote margin dashboard',
      tags: ['logistics', 'pricing'],
      principles: [
        { principleId: 'dive-deep', strength: 'primary' },
        { principleId: 'bias-for-action', strength: 'secondary' },
      ],
    },
  },
  // Planted defect: we-not-i.
  {
    kind: 'we-not-i',
    note: 'Planted: the Action is told entirely as "we" and "our team" with no "I"; the candidate\'s own part is unclear.',
    story: {
      title: 'Reducing late deliveries in the dinner rush',
      status: 'ready',
      headline:
        'At Saffron Foods, our team cut late dinner deliveries from 21% to 9% by changing how orders were batched for couriers.',
      situation:
        'Saffron Foods is a meal delivery app in five cities. During the dinner rush, more than a fifth of orders arrived late, and late orders drove most refunds and bad reviews.',
      task: 'I was the PM for courier dispatch, responsible for on-time delivery.',
      action:
        'We started by looking at a month of delivery data together and saw that most late orders had been batched with a second order from a restaurant that was slow to prepare food. We decided to stop batching orders from restaurants whose preparation time varied a lot. Our data scientist built a model of preparation time per restaurant and hour, and we used it to hold courier assignment until the food was nearly ready. We ran the change as an experiment in two cities, and we met every morning to go through the numbers. When we saw couriers waiting idle at some restaurants, we adjusted the hold time and added a notification telling couriers exactly when to arrive. Our team also worked with the restaurant success team to share preparation data with the slowest restaurants. We also reviewed the refund data weekly with customer support so we could see whether the change was working for customers. After four weeks we rolled the change out to all five cities, and our team kept a dashboard of late orders by restaurant for the city managers.',
      result:
        'Late dinner deliveries fell from 21% to 9%, refunds for late orders dropped by 38%, and couriers completed 7% more deliveries per hour because they waited less at restaurants. Ratings for dinner orders rose from 4.2 to 4.6.',
      when: '2025-01',
      company: 'Saffron Foods',
      role: 'Senior Product Manager',
      project: 'Courier dispatch',
      tags: ['delivery', 'marketplace'],
      principles: [
        { principleId: 'customer-obsession', strength: 'primary' },
        { principleId: 'dive-deep', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'we-not-i',
    note: 'Planted: the Action is told as "we" and "our team" throughout; the PM\'s own decisions cannot be told apart from the team\'s.',
    story: {
      title: 'Getting SOC 2 certified to unblock enterprise deals',
      status: 'ready',
      headline:
        'Ironvale Security earned its SOC 2 Type II report in seven months, unblocking enterprise deals worth $4.2M.',
      situation:
        'Ironvale Security sells a password manager for teams. Enterprise buyers increasingly required a SOC 2 Type II report, and without one, eleven deals were stuck in procurement.',
      task: 'I was the senior PM for the enterprise product, and leadership asked me to drive the certification alongside the security lead.',
      action:
        'We began with a readiness assessment from an outside auditor, which gave us a list of sixty-three control gaps. We grouped them by owner and set up a weekly compliance stand-up with engineering, IT and HR. Our team wrote the policies we lacked first, since many controls depended on them, and then we moved on to the technical work: we turned on centralized logging, enforced single sign-on for every internal tool, and automated access reviews. We chose a compliance automation platform to collect evidence instead of screenshots, which saved our engineers a lot of time. When the auditor flagged that our vendor reviews were incomplete, we reviewed all forty vendors in two weeks. We also ran a mock audit a month before the observation window started. Throughout, our team kept sales updated so they could give buyers a credible date. We also prepared a security overview for the sales engineers, and our team answered the most common questionnaire items in a shared library.',
      result:
        'The SOC 2 Type II report was issued seven months after kickoff with no exceptions. Nine of the eleven stuck deals closed within the following quarter, worth $4.2M in annual contract value, and the security review stage in new deals shrank from six weeks to about two.',
      when: '2024-11',
      company: 'Ironvale Security',
      role: 'Senior Product Manager',
      project: 'SOC 2 Type II certification',
      tags: ['compliance', 'B2B SaaS'],
      principles: [
        { principleId: 'deliver-results', strength: 'primary' },
        { principleId: 'earn-trust', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'we-not-i',
    note: 'Planted: the Action is all "we" and "our engineers"; the TPM\'s own part in the migration is unclear.',
    story: {
      title: 'Retiring the legacy billing mediation system',
      status: 'ready',
      headline:
        'At Copperline Telecom, the move off our legacy billing mediation system removed a recurring source of billing errors and $900,000 a year in licence fees.',
      situation:
        "Copperline Telecom's mobile billing relied on a mediation system from 2009 that turned network usage records into billable events. It was expensive to license, and every few months a glitch double-charged thousands of customers.",
      task: 'I was the TPM for replacing it with a cloud-based mediation service before the licence renewal in June.',
      action:
        "We mapped every usage record type and every downstream system that depended on the old platform. Our team then built the new pipeline in parallel, and we ran both systems side by side for three months, comparing outputs record by record. Whenever the totals differed, we traced the cause with the billing analysts and fixed the rule in the new system. We agreed with finance that we would not switch until a full billing cycle matched to within 0.01%. Our engineers wrote automated reconciliation reports, and we reviewed them every morning in a short call. When a roaming partner's file format turned out to be undocumented, we worked with their team to reverse-engineer it from samples. We planned the cutover for a quiet Sunday night and kept the old system on standby for two weeks afterwards. We also trained the billing support team on the new error codes, and our engineers wrote runbooks for the edge cases we had seen during the parallel run.",
      result:
        'The cutover finished two weeks before the licence renewal date. Billing disputes caused by mediation errors dropped from about 3,000 a quarter to under 200, and ending the licence saved $900,000 a year. Calls to customer care about billing fell by 18% in the first quarter after cutover.',
      when: '2025-06',
      company: 'Copperline Telecom',
      role: 'Technical Program Manager',
      project: 'Billing mediation migration',
      tags: ['telecom', 'migration'],
      principles: [
        { principleId: 'insist-on-the-highest-standards', strength: 'primary' },
        { principleId: 'frugality', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'we-not-i',
    note: 'Planted: the designer tells the Action as "we" and "our team" from start to finish, with no "I".',
    story: {
      title: 'Making venue booking requests easier to complete',
      status: 'ready',
      headline:
        'At Gather, our redesign of the venue booking request raised completed requests from 18% to 29% of those started.',
      situation:
        'Gather is a marketplace for booking private event venues, from restaurant back rooms to rooftop terraces. Planners started booking requests but rarely finished them, because the form asked for everything up front. Venues paid Gather a commission only on confirmed bookings, so every abandoned request was lost revenue.',
      task: 'As the designer on the booking team, I was responsible for the request flow.',
      action:
        'We ran a round of usability sessions with party planners and saw them stall on questions about catering, equipment and budget before they even knew whether the date was free. We decided to split the request into two steps: date, guests and budget first, and the details only once the venue confirmed availability. Our team sketched several versions, and we tested them with planners every week. We added a price estimate that updated as guests were added, because planners kept asking what the total would be. We also redesigned the messages venues received, so venue managers could reply with one tap. Together with engineering we built the new flow behind a flag and ran an A/B test for four weeks. We shared the results with the venue partnerships team so they could coach venues on replying faster. Before the full launch we reviewed session recordings of the new flow, and our team fixed two confusing fields we had not caught in testing.',
      result:
        'Completed booking requests rose from 18% to 29% of those started, and the share of requests venues answered within a day went from 52% to 74%. Bookings per month grew by 16% in the test markets.',
      when: '2024-03',
      company: 'Gather',
      role: 'Product Designer',
      project: 'Venue booking request flow',
      tags: ['marketplace', 'design'],
      principles: [
        { principleId: 'invent-and-simplify', strength: 'primary' },
        { principleId: 'customer-obsession', strength: 'secondary' },
      ],
    },
  },
  // Planted defect: hedging.
  {
    kind: 'hedging',
    note: 'Planted: six hedges and fillers spread through the story ("I think", "basically", "kind of", "probably", "you know", "I guess").',
    story: {
      title: 'Improving mobile check deposit approvals',
      status: 'ready',
      headline:
        "I reworked Evergreen Credit Union's mobile check deposit so fewer checks were rejected, raising first-try approvals from 71% to 89%.",
      situation:
        'Evergreen Credit Union has about 120,000 members, and mobile check deposit was, I think, the feature members complained about most. A lot of deposits basically got rejected for blurry images, and members then drove to a branch anyway.',
      task: 'I was the PM for the mobile app, and my job was kind of to get rejections down before tax refund season.',
      action:
        "I pulled three months of rejected deposits and went through a sample of 500 images with the back-office team. Most rejections came from glare, cropped corners and no endorsement on the back. I worked with the mobile developers to add live edge detection, so the app took the photo automatically once all four corners were in frame. I wrote the copy for a short checklist shown before a member's first deposit, which was probably the simplest change but, you know, it mattered. I also proposed that the back office review borderline images instead of rejecting them, and I set up a weekly review with their supervisor to tune the threshold. I tested the new capture flow with fifteen members at two branches, including several older members who rarely used the app, and rewrote the guidance text after watching them. I also asked the contact centre to log every deposit complaint for a month, so I could see if anything new came up after launch.",
      result:
        'First-try approvals rose from 71% to 89% within two months, and branch visits for check deposits dropped by about 23%. I guess the best sign was that deposit complaints in app reviews fell from the top issue to the sixth.',
      when: '2024-10',
      company: 'Evergreen Credit Union',
      role: 'Product Manager, Digital Banking',
      project: 'Mobile check deposit',
      tags: ['banking', 'mobile app'],
      principles: [
        { principleId: 'customer-obsession', strength: 'primary' },
        { principleId: 'dive-deep', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'hedging',
    note: 'Planted: five hedges and fillers across Situation, Task, Action and Result ("sort of", "maybe", "more or less", "literally", "I guess").',
    story: {
      title: 'Cutting temperature excursions in vaccine shipments',
      status: 'ready',
      headline:
        "I found why Polar Cold Chain's vaccine shipments were going out of temperature range and helped cut excursions from 4.8% to 1.2%.",
      situation:
        'Polar Cold Chain ships vaccines and biologics for pharmaceutical clients. Around 5% of shipments were sort of drifting out of their temperature range, and each one meant a claim and maybe a lost client.',
      task: 'I was the analyst on the quality team, and I was asked to find the root cause, more or less on my own, within a month.',
      action:
        'I collected the logger data from every shipment in the previous six months, about 9,000 in all, and lined it up with routes, carriers and packaging types. The excursions clustered in two places: the handover at one hub airport, and shipments packed in the smaller insulated box. I visited the hub and watched the handover; pallets literally sat on the tarmac for forty minutes while paperwork was checked. I mapped the delay with timestamps, showed it to the hub operations manager, and proposed clearing the paperwork before the plane landed. For the smaller box, I ran a lab test with the packaging engineer and found that its gel packs lasted less than their rated time in summer heat. I recommended the larger box for summer routes longer than 36 hours and wrote the cost comparison for the client managers. I presented both findings to the head of quality and the two largest clients, and I set up a weekly excursion report by route so the hub team could see the effect.',
      result:
        'Temperature excursions fell from 4.8% to 1.2% of shipments over the next quarter, and claims paid out dropped by about $310,000. I guess the client renewals were the real outcome: our two largest clients extended their contracts.',
      when: '2025-09',
      company: 'Polar Cold Chain',
      role: 'Logistics Analyst',
      project: 'Cold chain temperature compliance',
      tags: ['logistics', 'healthcare'],
      principles: [
        { principleId: 'dive-deep', strength: 'primary' },
        { principleId: 'insist-on-the-highest-standards', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'hedging',
    note: 'Planted: five hedges spread through the story ("kind of", "I think", "basically", "sort of", "probably").',
    story: {
      title: 'Getting patients into video visits on time',
      status: 'ready',
      headline:
        "I fixed the waiting-room flow for Nova Clinic's video visits, cutting late starts from 34% to 12%.",
      situation:
        'Nova Clinic offers primary care video visits in three states. Doctors were kind of frustrated because a third of visits started late, mostly while patients struggled with cameras and links.',
      task: 'I owned the patient side of the telehealth product, and I think my goal was basically to get visits starting on time.',
      action:
        "I listened to twenty support calls from patients who could not join and sat in on a morning of visits with two doctors. The problems were device checks, expired links, and patients joining from a browser the product did not support. I designed a pre-visit check that patients could run the evening before, testing camera, microphone and connection, with a clear fix for each problem. I moved the join link into a text message that stayed valid all day instead of expiring after an hour. I sort of pushed the care team to open the virtual waiting room ten minutes early, so a medical assistant could help patients who were stuck. I wrote the support scripts with the patient support lead and ran a three-week pilot with one state's clinics, reviewing every late start with the operations lead. After the pilot, I wrote a rollout plan for the other two states and trained their support leads myself, using recordings of real calls from the pilot.",
      result:
        'Late starts dropped from 34% to 12%, and doctors got back about eleven minutes per half-day session. Patient satisfaction with video visits probably rose because of it too, from 4.1 to 4.5 out of five.',
      when: '2026-01',
      company: 'Nova Clinic',
      role: 'Product Manager',
      project: 'Telehealth visits',
      tags: ['healthcare', 'telehealth'],
      principles: [
        { principleId: 'customer-obsession', strength: 'primary' },
        { principleId: 'bias-for-action', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'hedging',
    note: 'Planted: five hedges and fillers across the story ("basically", "you know", "I guess", "maybe", "literally").',
    story: {
      title: 'Getting new engineers productive in their first month',
      status: 'ready',
      headline:
        "I rebuilt Ridgeway Software's engineering onboarding and cut the time to a new hire's first merged change from 19 days to 4.",
      situation:
        'Ridgeway Software was hiring about eight engineers a quarter, and new hires basically spent their first weeks waiting for access and reading stale wiki pages.',
      task: 'As an engineering manager, I volunteered to own onboarding because, you know, my own new hires kept telling me they felt lost.',
      action:
        "I interviewed the last twelve hires about their first month and wrote down every point where they got stuck. Access requests were the biggest delay, so I worked with IT to create a single request that granted all standard access on day one. I replaced the wiki reading list with a starter project: a small, real bug fix prepared in advance by each team, with a buddy assigned to review it. I wrote a checklist for buddies, and I guess I ran the first few pairings myself to see where they stalled. I maybe set up too many feedback surveys at first, so I cut them to one at the end of week two. I also started a monthly session where new hires walked through the architecture with a senior engineer and asked the questions they would not post in the team channel. I tracked every new hire's first month in a simple sheet and shared it with the other managers each quarter.",
      result:
        'The time from start date to first merged change fell from 19 days to 4, and new hires rated their first month 4.6 out of 5, up from 3.2. Their managers literally said they got useful work from new engineers a month earlier than before.',
      when: '2025-04',
      company: 'Ridgeway Software',
      role: 'Engineering Manager',
      project: 'Engineer onboarding program',
      tags: ['onboarding', 'people'],
      principles: [
        { principleId: 'hire-and-develop-the-best', strength: 'primary' },
        { principleId: 'ownership', strength: 'secondary' },
      ],
    },
  },
  // Planted defect: failure-without-lesson.
  {
    kind: 'failure-without-lesson',
    note: 'Planted: tagged failure, but the story ends on the shutdown and write-off with no lesson, no learnings, nothing about what the candidate does differently now.',
    story: {
      title: 'Launching an e-bike subscription that did not take off',
      status: 'ready',
      headline:
        "I launched Sprocket Bikes' monthly e-bike subscription, which reached 140 subscribers against a target of 2,000 and was shut down after five months.",
      situation:
        'Sprocket Bikes sells e-bikes online and through partner shops. Its e-bikes cost over $2,000, and leadership believed a monthly subscription with servicing included would open the market to commuters who could not pay up front.',
      task: 'I owned the subscription from business case to launch, with a target of 2,000 subscribers in the first six months.',
      action:
        'I built the business case on a survey of newsletter readers, where 38% said they would consider a subscription. I set the price at $79 a month, including servicing and theft insurance, and I negotiated servicing terms with twelve partner shops. I wrote the requirements for the sign-up flow, the credit check and delivery scheduling, and I worked with finance on the leasing structure. I ran the launch campaign with marketing in three cities. When sign-ups came in slowly, I added a first-month discount and a longer trial, and I asked partner shops to promote the subscription at the counter. After three months I presented the numbers to leadership and recommended a final push at a lower price. Leadership agreed to a price of $59 for new subscribers, and I reworked the landing page and the shop materials within a week. The subscription ran for two more months before leadership closed it, and I managed the wind-down with existing subscribers, offering each one a buy-out price for their bike.',
      result:
        'The subscription reached 140 subscribers against the target of 2,000. Acquisition cost was about $610 per subscriber, more than the first seven months of fees. Leadership shut it down after five months, and the company wrote off about $260,000 in bikes and setup costs.',
      learnings: '',
      when: '2024-07',
      company: 'Sprocket Bikes',
      role: 'Senior Product Manager',
      project: 'E-bike subscription',
      tags: ['failure', 'subscription'],
      principles: [
        { principleId: 'think-big', strength: 'primary' },
        { principleId: 'ownership', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'failure-without-lesson',
    note: 'Planted: tagged failure (a launch seven weeks late that cost renewals), with no lesson anywhere and learnings empty.',
    story: {
      title: 'The warehouse migration that slipped seven weeks',
      status: 'ready',
      headline:
        "I led Beacon Analytics' move to a new data warehouse, which went live seven weeks late and delayed two customer renewals.",
      situation:
        'Beacon Analytics provides reporting for subscription businesses. Its data warehouse was reaching its limits, and queries for the largest customers were timing out during month-end closing.',
      task: "I was the TPM for moving every customer's data and reports to a new warehouse, with a go-live date promised to customers for the start of the quarter.",
      action:
        "I split the work into three streams, data loading, query translation and report validation, each with an engineering lead. I set the schedule from the leads' estimates and gave the date to the customer success team, who told customers. I tracked progress in a weekly status report to the VP of engineering. Query translation turned out far larger than estimated: many customers had custom SQL that did not run on the new warehouse. I pulled two engineers from the loading stream to help, and I set up a triage board to sort reports by customer size. I negotiated with the VP to move the date once, by three weeks, and then again by four. I wrote the updates to customer success each time and joined the calls with the three largest customers to explain the delay. In the last month, I ran a daily stand-up across all three streams and personally checked the validation results for the ten largest customers before sign-off.",
      result:
        'The migration went live seven weeks after the promised date. Two customers, worth $540,000 a year together, held back their renewals until after go-live, and one cut its contract by 20%. Query times for large customers did improve, from about 90 seconds to 8.',
      learnings: '',
      when: '2025-10',
      company: 'Beacon Analytics',
      role: 'Technical Program Manager',
      project: 'Data warehouse migration',
      tags: ['failure', 'data platform'],
      principles: [
        { principleId: 'deliver-results', strength: 'primary' },
        { principleId: 'earn-trust', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'failure-without-lesson',
    note: 'Planted: untagged but plainly a failure ("My mistake was…", "I missed the deadline"), with no lesson anywhere.',
    story: {
      title: 'Late launch of same-day delivery slots',
      status: 'ready',
      headline:
        "I launched Harvest's same-day delivery slots a month after the date I had committed to, and the spring campaign ran without them.",
      situation:
        "Harvest is an online grocer in two metro areas. Competitors offered same-day delivery, and the marketing team had booked a spring campaign around Harvest's own same-day slots. Same-day delivery was the top request in the customer survey that winter.",
      task: 'I was the PM for delivery scheduling, responsible for launching same-day slots in time for the campaign on April 1.',
      action:
        'I wrote the requirements for the slot picker, the cut-off times and picking priority in the warehouse. I agreed the scope with engineering and committed to the April date in the planning meeting. My mistake was assuming the warehouse system could re-order picking lists in real time; I did not check with the warehouse software vendor until six weeks before launch. Their answer was that re-ordering needed a paid upgrade with a five-week lead time. I got budget approval for the upgrade within two days and pushed the vendor to start early. I also cut the scope to one metro area to save time and sent marketing a daily update. In the last week, warehouse tests showed pickers receiving orders out of sequence, and I decided to hold the launch rather than risk late deliveries. I told marketing and the head of operations the same afternoon and set a new date with the vendor.',
      result:
        'I missed the deadline: same-day slots launched on May 2, a month late. Marketing ran the spring campaign without its main message, and campaign sign-ups came in at 4,100 against a forecast of 9,000. The upgrade cost $72,000 that had not been budgeted.',
      when: '2024-05',
      company: 'Harvest',
      role: 'Product Manager',
      project: 'Same-day delivery slots',
      tags: ['logistics', 'launch'],
      principles: [
        { principleId: 'ownership', strength: 'primary' },
        { principleId: 'bias-for-action', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'failure-without-lesson',
    note: 'Planted: untagged but plainly a failure ("It failed.": churn up, premium income down), with no lesson anywhere.',
    story: {
      title: 'Repricing renters insurance in the Midwest',
      status: 'ready',
      headline:
        "I led a repricing of Clearwater Insurance's renters policies in the Midwest that failed: renewals fell and premium income dropped.",
      situation:
        'Clearwater Insurance sells renters insurance online. Its Midwest prices had not changed in three years, and the actuarial team showed that claims costs had risen by 11% in that time.',
      task: 'I owned pricing for the renters product and was asked to restore margin in the region within one renewal cycle.',
      action:
        "I worked with two actuaries to model new rates by zip code and coverage level, and I chose an option that raised premiums by 9% on average, with larger increases in high-claim areas. I presented the plan to the pricing committee and got approval. I wrote the renewal notice and decided to send it by email only, to keep costs down. I built a dashboard to watch renewal rates week by week and briefed the support team on the questions to expect. When early renewals came in below plan, I proposed a retention discount for customers who called to cancel, and I worked with support to offer it on calls. I also asked the data team to compare the new prices with competitors' quotes in the zip codes with the highest churn. In the second quarter, I cut the increase in the three worst zip codes and sent a follow-up letter to customers whose renewal was still pending.",
      result:
        'It failed. Renewal rates in the Midwest fell from 82% to 69% within two quarters, and because so many customers left, premium income in the region dropped by 6% instead of rising. The retention discount saved about 400 policies out of roughly 5,200 that lapsed.',
      when: '2025-12',
      company: 'Clearwater Insurance',
      role: 'Senior Product Manager, Pricing',
      project: 'Renters insurance repricing',
      tags: ['pricing', 'insurance'],
      principles: [
        { principleId: 'are-right-a-lot', strength: 'primary' },
        { principleId: 'ownership', strength: 'secondary' },
      ],
    },
  },
  // Planted defect: failure-untagged.
  {
    kind: 'failure-untagged',
    note: 'Planted: plainly a failure ("My mistake was…") but not tagged failure; the lesson is stated in learnings.',
    story: {
      title: 'A rental application launch that broke on older phones',
      status: 'ready',
      headline:
        "I launched Skyline Properties' online rental application without testing on older Android phones, saw completions drop within days, and recovered them within two weeks.",
      situation:
        'Skyline Properties manages about 14,000 apartments. Its paper rental application took a week to process, so the company built an online version with document upload and ID checks.',
      task: 'I was the PM for the online application and owned its launch across all buildings.',
      action:
        'I scoped the flow with the leasing team, wrote the requirements for document upload and the ID check, and ran usability sessions with ten recent applicants. My mistake was in testing: I signed off the release after testing on current iPhones and recent Android devices, and skipped older Android phones because analytics showed them as a small share of website visits. Three days after launch, I saw on the funnel dashboard that completions on Android were far below iPhone. I pulled the error logs and found that camera upload crashed on Android versions older than 11. I paused the launch announcement to new buildings, put a link to the paper form on the error screen, and called the leasing offices to warn them. I worked with the engineers on a fallback that let applicants pick a photo from their gallery, and I tested it on six borrowed older phones. Once it worked, I restarted the announcement and emailed every applicant who had dropped out with a link to resume.',
      result:
        'In the first week, Android completion was 38% against 81% on iPhone. After the fix shipped on day ten, Android completion rose to 78%, and average processing time for an application dropped from seven days to two. About 60 applicants had to fall back to paper in the meantime.',
      learnings:
        'I now test on the devices our applicants use, not the devices our website visitors use: before any launch I check the device mix of the target users and include the oldest tenth in the test plan. I also watch the funnel by platform every day in the first week.',
      when: '2024-08',
      company: 'Skyline Properties',
      role: 'Product Manager',
      project: 'Online rental application',
      tags: ['mobile', 'launch'],
      principles: [
        { principleId: 'ownership', strength: 'primary' },
        { principleId: 'insist-on-the-highest-standards', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'failure-untagged',
    note: 'Planted: plainly a failure ("I was wrong about that", top tutors lost) but not tagged failure; the lesson is at the end of the Result.',
    story: {
      title: 'Raising tutor commissions too fast',
      status: 'ready',
      headline:
        "I raised Pathway Tutors' commission on new bookings, lost a tenth of our top tutors, and replaced it with a tiered model that restored bookings and margin.",
      situation:
        'Pathway Tutors connects students with private tutors for exam preparation. It took a flat 15% commission, and the business needed higher margins to fund a new exam-prep product.',
      task: 'I owned the marketplace economics and proposed raising the commission to 22% on all new student bookings.',
      action:
        "I modelled the change on booking data and assumed tutors would absorb it, because most of them had few other platforms to choose from. I was wrong about that. I announced the change by email with four weeks' notice and an FAQ, and I set up a dashboard for tutor activity. Within a month I saw that the top-rated tutors, who had the most options, were listing fewer hours, and some were moving students off the platform. I called twenty of them to understand why. They were clear: the increase came with nothing in return. I took the data to the leadership team and recommended a tiered model: 15% for tutors with high ratings and repeat students, 22% for the rest, and faster payouts for everyone. I rewrote the announcement myself and called the top tutors again before it went out.",
      result:
        'In the first two months, 11% of our top-rated tutors left or sharply cut their hours, and booked hours fell by 7%. After the tiered model, booked hours recovered to within 2% of the earlier level, and margin rose by 4 points overall. What I learned is to test a price change on a small group first and to talk to the supply side before deciding, not after. Since then I have run every fee change as a regional test with tutor interviews before it goes wide.',
      learnings: '',
      when: '2025-07',
      company: 'Pathway Tutors',
      role: 'Senior Product Manager, Marketplace',
      project: 'Tutor commission model',
      tags: ['marketplace', 'pricing'],
      principles: [
        { principleId: 'are-right-a-lot', strength: 'primary' },
        { principleId: 'earn-trust', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'failure-untagged',
    note: 'Planted: plainly a failure ("The rollout failed within three weeks") but not tagged failure; the lesson is stated in learnings.',
    story: {
      title: 'Digitizing quality checks on the shop floor',
      status: 'ready',
      headline:
        'My first rollout of tablet quality checks at Keystone Manufacturing collapsed on the night shift; the second, rebuilt with operators, cut defects reaching customers by 35%.',
      situation:
        'Keystone Manufacturing makes hydraulic valves in two plants. Quality checks were recorded on paper, so defects were found days later, when the sheets were typed up.',
      task: 'I was the TPM for moving quality checks to tablets at every station, starting with the larger plant.',
      action:
        'I ran the first rollout by the book: I worked with the quality engineers to convert the paper checklists, set up the tablets, and trained the day-shift supervisors, who were to train their own teams. The rollout failed within three weeks. On the night shift, operators went back to paper, because the checklists took twice as long on a tablet and no supervisor had shown them the shortcuts. I stopped the rollout and spent four nights on the floor with the operators. They showed me which checks repeated and which fields they could never fill in at the station. I rebuilt the checklists with three operators from each shift, cut the fields by half, and added barcode scanning for part numbers. For the second rollout I trained every shift myself, with an operator from that shift as co-trainer, and I stayed on the floor for the first night of each. I also set up a weekly review with the plant manager of the checks that were still done on paper, and the reasons for each.',
      result:
        'In the second rollout, tablets recorded 97% of checks on all shifts within a month. Defects were caught at the station instead of days later, and defects reaching customers fell by 35% over the next two quarters, saving about $420,000 in returns and rework.',
      learnings:
        'I train the people who will use a tool on every shift, with one of their own peers, instead of relying on supervisors to pass it on. And I design the tool with its users before the first rollout rather than after it goes wrong.',
      when: '2026-01',
      company: 'Keystone Manufacturing',
      role: 'Technical Program Manager',
      project: 'Digital quality inspection',
      tags: ['manufacturing', 'operations'],
      principles: [
        { principleId: 'learn-and-be-curious', strength: 'primary' },
        { principleId: 'insist-on-the-highest-standards', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'failure-untagged',
    note: 'Planted: plainly a failure ("I missed a data error", nine days out of stock) but not tagged failure; the lesson is at the end of the Result.',
    story: {
      title: 'A holiday demand forecast that ran short',
      status: 'ready',
      headline:
        "I missed a data error in Emberly Coffee's holiday forecast, which left our bestselling gift box out of stock for nine days.",
      situation:
        "Emberly Coffee sells specialty coffee online, and holiday gift boxes bring in about a third of the year's revenue. A co-packer packs the boxes and needs orders eight weeks ahead.",
      task: 'I owned the holiday forecast, which set how many gift boxes the company ordered for November and December.',
      action:
        "I built the forecast from the previous two holiday seasons, adjusted for this year's marketing plan and the site traffic trend. I missed that last year's sales data for the top gift box was incomplete: a website migration had dropped two weeks of orders from the export I used. I did not compare my totals with finance's revenue figures, which would have shown the gap, and the forecast came out about 30% too low for that box. When it sold out on December 4, I reworked the numbers the same day, found the missing weeks, and called the co-packer to ask for a rush batch. I negotiated a smaller run at a higher price, delivered in nine days, and worked with marketing to move ads and emails to the boxes still in stock. I also set up a daily stock alert for the rest of the season.",
      result:
        "The bestselling box was out of stock for nine days at peak, which cost about $95,000 in lost sales, and the rush batch added $8,000 in costs. Shifting promotion to other boxes won back about a third of that revenue. What I learned is that a forecast is only as good as its inputs: I now reconcile every input dataset with finance's figures before I build anything, and I ask a second analyst to review the data sources, not only the model.",
      learnings: '',
      when: '2024-12',
      company: 'Emberly Coffee',
      role: 'Demand Planning Analyst',
      project: 'Holiday gift box forecast',
      tags: ['forecasting', 'e-commerce'],
      principles: [
        { principleId: 'dive-deep', strength: 'primary' },
        { principleId: 'ownership', strength: 'secondary' },
      ],
    },
  },
];
