import type { LabelledStory } from './types';

/**
 * Shape defects: length, balance of parts, age, headline, title, an empty part. Each planted
 * story carries exactly one defect and is otherwise sound; the 'sound' ones sit at the edges a
 * coach would still accept.
 */
export const SHAPE: LabelledStory[] = [
  // ---------------------------------------------------------------- too-short
  {
    kind: 'too-short',
    note: 'About 40 STAR words: all four parts present but the whole story lasts under 20 seconds.',
    story: {
      title: 'Invoice reminders that got paid',
      status: 'ready',
      headline: 'I added automated payment reminders and cut late invoices by a third.',
      situation: "Ledgerly's small-business customers chased late invoices manually.",
      task: 'I owned receivables.',
      action:
        'I interviewed twelve owners, designed three reminder emails with a pay link, and shipped them first to 10% of accounts.',
      result: 'Late invoices fell from 31% to 20% in six weeks.',
      when: '2025-08',
      company: 'Ledgerly',
      role: 'Product Manager',
      project: 'Payment reminders',
      principles: [
        { principleId: 'customer-obsession', strength: 'primary' },
        { principleId: 'bias-for-action', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'too-short',
    note: 'About 60 STAR words: a complete arc squeezed into under 30 seconds.',
    story: {
      title: 'Teacher onboarding in one sitting',
      status: 'ready',
      headline:
        'I cut teacher setup from nine screens to four and lifted first-class creation to 57%.',
      situation: 'Only 38% of new Brightpath Learning teachers created a first class.',
      task: 'As senior PM, I had to fix activation.',
      action:
        'I watched twenty session recordings, found the roster import lost most people, and replaced it with a simple paste-from-spreadsheet box. I cut setup from nine screens to four and A/B tested it.',
      result: 'First-class creation rose to 57%, and setup tickets halved.',
      when: '2025-02',
      company: 'Brightpath Learning',
      role: 'Senior Product Manager',
      project: 'Teacher onboarding',
      principles: [
        { principleId: 'invent-and-simplify', strength: 'primary' },
        { principleId: 'customer-obsession', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'too-short',
    note: 'About 80 STAR words: well built and measured, but told in about 35 seconds.',
    story: {
      title: 'Dock slots instead of phone calls',
      status: 'ready',
      headline:
        'I replaced phone bookings with fixed dock slots and cut truck waiting from hours to minutes.',
      situation:
        "At Cargoline's Leeds warehouse, trucks queued up to three hours because carriers booked dock slots by phone.",
      task: 'As operations lead, I owned inbound throughput.',
      action:
        'I mapped a week of arrivals, set up a shared booking calendar with fixed thirty-minute slots, and called our eight largest carriers myself to move them onto it. I added a rule that late trucks drop to the next free slot.',
      result:
        'Average wait fell from 2.4 hours to 40 minutes, and detention fees dropped by £18,000 a quarter.',
      when: '2024-09',
      company: 'Cargoline',
      role: 'Operations Lead',
      project: 'Inbound dock scheduling',
      principles: [
        { principleId: 'bias-for-action', strength: 'primary' },
        { principleId: 'frugality', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'too-short',
    note: 'About 95 STAR words: the longest of the short ones, still well under 45 seconds spoken.',
    story: {
      title: 'Fewer empty clinic slots',
      status: 'ready',
      headline:
        'I found which patients skipped appointments, and a second reminder freed 420 slots a month.',
      situation:
        "Meridian Health's outpatient clinics lost one appointment in six to no-shows, lengthening waiting lists.",
      task: "As the access team's analyst, I had to find who did not attend and why.",
      action:
        'I joined two years of booking data with reminder logs and found that patients booked more than three weeks ahead skipped twice as often. I built a simple risk score, proposed a second text reminder for high-risk bookings, and piloted it in two clinics first.',
      result:
        'No-shows in pilot clinics fell from 16% to 11%, freeing 420 slots a month, and all nine clinics then adopted it.',
      when: '2025-06',
      company: 'Meridian Health',
      role: 'Data Analyst',
      project: 'Appointment no-shows',
      principles: [
        { principleId: 'dive-deep', strength: 'primary' },
        { principleId: 'customer-obsession', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'too-short',
    note: 'About 70 STAR words: a designer story that ends before the listener has the picture.',
    story: {
      title: 'One-tap address at checkout',
      status: 'ready',
      headline:
        'I designed a one-tap address picker that lifted mobile checkout completion by 11 points.',
      situation: "Tiller's mobile grocery checkout lost 40% of users at the delivery address step.",
      task: 'As the product designer, I owned the checkout flow.',
      action:
        'I ran five hallway tests, saw people retyping saved addresses, and designed a one-tap address picker with postcode lookup. I paired with an engineer to ship it within two sprints behind an experiment flag.',
      result: 'Checkout completion rose from 60% to 71%, worth $90,000 a month in extra orders.',
      when: '2024-04',
      company: 'Tiller',
      role: 'Product Designer',
      project: 'Mobile checkout',
      principles: [
        { principleId: 'invent-and-simplify', strength: 'primary' },
        { principleId: 'deliver-results', strength: 'secondary' },
      ],
    },
  },

  // ---------------------------------------------------------------- too-long
  {
    kind: 'too-long',
    note: 'About 650 STAR words on a database migration: balanced parts, but close to five minutes spoken.',
    story: {
      title: 'Moving the core database with three minutes of downtime',
      status: 'ready',
      headline:
        'I led the migration of our main database to a managed two-region setup with three minutes of downtime.',
      situation:
        'Northwind Cloud sells a scheduling product to about 4,000 mid-sized companies. In early 2025 our primary Postgres cluster still ran on self-managed virtual machines in a single data centre. It had grown to eleven terabytes, nightly backups took nine hours, and twice in the previous quarter a disk fault had forced a failover that took the product down for over an hour. Enterprise customers had started asking about our recovery guarantees during renewals. The platform team of three spent most of its week on database maintenance.',
      task: 'I was the technical program manager asked to move the cluster to a managed database service in two regions within six months, with no more than five minutes of total downtime, while four product teams kept shipping on top of it. I was accountable for the plan, the cutover and the communication to customers.',
      action:
        'I started by building an inventory. I went through every service that touched the database and found 63 of them, including nine that nobody on the current teams owned. I assigned an owner to each and asked them to fill in a one-page sheet: connection method, write volume, and whether it could tolerate read-only mode for ten minutes.\n\nWith that data I split the migration into three waves, ordered by risk. The first wave was internal reporting jobs, which could stop safely. I used it to rehearse the replication setup and the rollback, and I timed every step. The rehearsal showed that our connection pooler could not switch targets without restarts, so I worked with the platform lead to replace it with one that could reroute traffic from a config change.\n\nFor the second wave I set up logical replication from the old cluster to the new one and ran both in parallel for three weeks. I wrote a comparison job that sampled a thousand rows per table every hour and flagged any mismatch. It caught two tables with triggers that the replication did not copy, and I had those fixed before going further.\n\nI ran the final cutover as a drill twice on a staging copy with full production volume. Each drill had a written runbook, a named person for each step, and a clear rollback point. After the second drill I cut three steps that added risk without saving time.\n\nI also handled the people side. I met the four product teams every Monday with a one-page status and the list of blocking items, and I negotiated a two-week feature freeze around the cutover with their managers in exchange for moving two of their deadlines. I drafted the customer notice with our support lead and sent it ten days ahead to the enterprise accounts.\n\nOn the night, I ran the bridge call. Writes paused at 01:00, replication caught up in 90 seconds, and I flipped the pooler at 01:03. I stayed on until 03:00 to watch error rates, then handed over to the morning on-call with a written summary.',
      result:
        'Total write downtime was three minutes and ten seconds, and no customer opened a ticket about it. Nine-hour nightly backups gave way to continuous point-in-time recovery, and our recovery time objective went from over an hour to under five minutes, which the sales team added to the enterprise contract. Database costs fell 18% because the new instances were sized to real load. Both customers who had raised the question at renewal signed again, together worth $1.3 million a year. Engineers on the four product teams stopped losing on-call time to disk alerts, which had paged them eleven times in the previous quarter, and two teams used the freed time to ship a reporting feature customers had requested for a year. In the next security questionnaire from a bank prospect, our answers on resilience passed without follow-up questions, and that deal closed at $400,000 a year. The inventory sheet became the template for the next two migrations.',
      when: '2025-03',
      company: 'Northwind Cloud',
      role: 'Technical Program Manager',
      project: 'Database migration',
      principles: [
        { principleId: 'deliver-results', strength: 'primary' },
        { principleId: 'dive-deep', strength: 'primary' },
        { principleId: 'insist-on-the-highest-standards', strength: 'secondary' },
      ],
      followUps: [
        {
          id: 'fu-northwind-1',
          question: 'What would you have done if replication had not caught up in time?',
          answer:
            'The runbook had a rollback point at five minutes: I would have resumed writes on the old cluster and rescheduled.',
        },
      ],
    },
  },
  {
    kind: 'too-long',
    note: 'About 645 STAR words on marketplace trust: every part sound, far too long to tell.',
    story: {
      title: 'Keeping fakes out of a handmade marketplace',
      status: 'ready',
      headline:
        'I cut counterfeit complaints by 64% with seller verification that kept genuine makers signing up.',
      situation:
        'Stallhub is an online marketplace for handmade goods with about 60,000 active sellers. In 2024 buyer complaints about counterfeit and mass-produced items listed as handmade had tripled in a year. Our trust and safety team of six reviewed reported listings by hand, and the median time to remove a bad listing was eleven days. Repeat purchase rate among buyers who had filed a complaint was half that of other buyers, and two large press articles had named us. Sellers were angry too: genuine makers said they could not compete on price with factory goods posing as handmade, and seller forum posts about it had doubled.',
      task: "As senior PM for marketplace trust, I was asked to bring bad listings under control without driving away genuine makers, who were our whole value proposition. Leadership wanted a plan within a month and a measurable drop in complaints within two quarters. I had two engineers, part of a data scientist's time, and the trust team's existing budget.",
      action:
        "I began with the data rather than the press coverage. I pulled 3,000 complaints from the previous six months and read a random sample of 400 myself, tagging each one. The pattern was sharper than expected: 70% of confirmed bad listings came from sellers less than ninety days old, and most reused product photos found elsewhere on the web.\n\nThat told me the problem sat at the front door. I wrote a one-page proposal for three changes and reviewed it with the head of trust, the seller success lead and our legal counsel. The first change was a maker verification step for new sellers: a short video of their workspace or process, reviewed within 48 hours. The second was automatic reverse image matching on new listings. The third was a faster lane for buyer reports on listings from new sellers.\n\nThe seller success lead pushed back hard on the video step. She expected genuine makers, many of them older and not comfortable on camera, to abandon signup. I took that seriously. I set up a test with 2,000 new sellers, half with the video step and half without, and I added an option to upload three photos of work in progress instead of a video. I also sat in on twelve onboarding calls to hear the objections first hand and rewrote the instructions twice based on what I heard.\n\nFor image matching, I worked with two engineers to integrate an existing vendor instead of building our own, which saved four months. I set the match threshold conservatively and routed matches to human review, not automatic removal, so a false match would never take down a real maker's shop without a person looking.\n\nI redesigned the review queue with the trust team: I ranked reports by seller age and report count, so reviewers saw the riskiest items first. I tracked time to removal weekly on a dashboard that I shared in the company channel.\n\nWhen the test ended, verified signup completion was 6 points lower than the control. I presented that cost openly to leadership next to the benefit and recommended shipping it with the photo option, which had recovered most of the drop.",
      result:
        "Within two quarters, complaints about counterfeit listings fell by 64%, and median time to remove a bad listing went from eleven days to 30 hours. New genuine sellers completed signup at 91% of the previous rate, and their first-90-day sales rose 14% because buyers trusted new shops more. Repeat purchase among buyers who had complained recovered from 21% to 34%. The verification badge became a selling point in our marketing, and the trust team handled twice the report volume without new hires. Genuine sellers' average monthly sales rose 9% over the same period as buyers came back from factory goods to their shops, and forum posts about counterfeits fell by two thirds. Neither press outlet returned to the story.",
      when: '2024-11',
      company: 'Stallhub',
      role: 'Senior Product Manager',
      project: 'Seller verification',
      principles: [
        { principleId: 'customer-obsession', strength: 'primary' },
        { principleId: 'earn-trust', strength: 'primary' },
        { principleId: 'are-right-a-lot', strength: 'secondary' },
      ],
      tags: ['marketplace', 'trust and safety'],
    },
  },
  {
    kind: 'too-long',
    note: 'About 610 STAR words on a hiring push: the shortest of the long ones, still over four minutes.',
    story: {
      title: 'Hiring six engineers in one season',
      status: 'ready',
      headline:
        'I rebuilt our hiring process and hired six engineers in four and a half months, doubling offer acceptance.',
      situation:
        'Quarry Labs builds data pipeline software for retailers. In mid-2024 I took over an engineering team of four after the previous manager left, and the company had recently signed its two largest customers. The roadmap assumed a team of ten by the end of the year. Our hiring process at the time was a loose set of interviews, each interviewer asked whatever they liked, and the offer acceptance rate was under 40%. Two of the four engineers were already stretched across support and delivery, and one had told me in our first one-to-one that she was tired of covering for empty seats.',
      task: 'As the engineering manager, I had to hire six engineers in five months while keeping the existing team shipping, and I wanted a process that would keep the bar high after I stopped running every loop myself. My director gave me a recruiting partner for two days a week and no agency budget.',
      action:
        "I first looked at why candidates declined. I called eight people who had turned down offers in the past year, and five of them gave the same answer: the process took over five weeks and nobody explained the role. So speed and clarity were the first things I fixed.\n\nI wrote a role scorecard with the team: five skills, each with examples of strong, adequate and weak evidence. I then designed four interviews, each assigned to two of those skills so no two interviewers covered the same ground. I wrote the questions and a short rubric for each, and trained six interviewers with two mock interviews each, where I played the candidate.\n\nI set a target of ten working days from first call to offer and tracked every candidate on a simple board. When a stage ran late, I stepped in the same day. I held debriefs within 24 hours and required written feedback before anyone spoke, so the first opinion in the room did not anchor everyone else.\n\nI also changed sourcing. Referrals had given us most of our past hires, and they all came from the same two companies. I posted on two community job boards for data engineers, asked our engineers to give talks at three local meetups, and reviewed every inbound application myself for the first two months so nothing good sat for a week.\n\nI protected the existing team's time. I capped each engineer at two interviews a week and took the overflow myself, and I kept a weekly hour to unblock their project work. At one point a strong candidate needed a decision in two days because of a competing offer; I ran a compressed loop the next morning and had the offer out that afternoon.\n\nFinally, I asked every new hire after their first month what the process had told them accurately and what it had left out, and I updated the scorecard twice from those answers.",
      result:
        "The team hired six engineers in four and a half months, one month ahead of plan. Time from first call to offer fell from 27 working days to 9, and offer acceptance rose from 38% to 75%. Four of the six came from outside the referral network, and two of them were women, compared with none on the previous team. Both customer integrations went live on the dates promised, and a year later all six hires were still with us. The engineer who had been covering empty seats became the tech lead for the second integration. Cost per hire fell by a third because no agencies were involved, and the team's engagement score rose from 61 to 82 in the next survey. Two other managers adopted the scorecard for their own hiring.",
      when: '2024-07',
      company: 'Quarry Labs',
      role: 'Engineering Manager',
      project: 'Team scale-up',
      principles: [
        { principleId: 'hire-and-develop-the-best', strength: 'primary' },
        { principleId: 'insist-on-the-highest-standards', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'too-long',
    note: 'About 740 STAR words on a payments compliance rollout: the longest, over five minutes spoken.',
    story: {
      title: 'Strong authentication before the deadline',
      status: 'ready',
      headline:
        'I brought 600 merchants onto compliant checkout before a regulatory deadline while keeping conversion loss near one point.',
      situation:
        'Tandem Pay processes card payments for around 9,000 online shops across Europe. In 2024 the regulator in two of our largest markets announced that it would stop tolerating payments without strong customer authentication, the two-factor check required under European payment rules, from the following spring. Our checkout still sent 35% of eligible transactions without the check, relying on exemptions that merchants often applied wrongly. If nothing changed, banks would start declining those payments, and our analysis put the exposure at 8% of merchant volume.',
      task: "I was the product manager for checkout compliance. My job was to bring every merchant onto compliant flows before the deadline, eight months away, while keeping the extra friction from cutting conversion, which merchants watched closely and which determined our revenue share. I had no authority over merchants' engineering teams, and a fixed team of four engineers on our side.",
      action:
        "I started by quantifying the problem per merchant. I asked our data team for a breakdown of non-compliant volume by merchant, integration type and country, and I went through it myself over two days. It showed that 80% of the exposure came from 600 merchants on our older API, and that most of them had never updated their integration since onboarding. The newer hosted checkout was already compliant.\n\nThat shaped the plan into two tracks. For merchants on the hosted checkout, I needed only to tighten how exemptions were applied. For the 600 on the older API, I needed them to migrate, which meant engineering work on their side.\n\nFor the first track, I worked with our risk team to move exemption decisions from the merchant into our own engine. Instead of trusting the merchant's flag, the engine scored each transaction and applied the low-value or low-risk exemption only when our model agreed. I wrote the specification, set the acceptance criteria with compliance, and ran it in shadow mode for four weeks to compare our decisions with what merchants had sent. Shadow mode showed our engine would have triggered a challenge on 11% more transactions, so I tuned the thresholds with the risk lead until the extra challenges fell to 4% with no increase in fraud.\n\nFor the second track, I could not force 600 engineering teams to prioritise our deadline. So I made migrating cheap. I had our developer experience team build a drop-in library for the four most common platforms, and I wrote the migration guide myself, testing every step on a sandbox shop I set up. I ranked the 600 merchants by exposure and assigned the top 150 to account managers with a weekly call. For the rest, I designed an email sequence with a personal dashboard showing each merchant what share of their volume was at risk, in euros.\n\nTwo months in, migration was behind plan. I looked at the drop-off and found that merchants stalled at the sandbox testing step, because test cards for the new flow were buried in the documentation. I moved them to the top of the guide and added a one-click test mode. Weekly migrations doubled after that.\n\nI also negotiated with the compliance team, who first wanted to block non-migrated merchants outright on the deadline. I argued that blocking would hurt small merchants who had no developer, and I proposed a fallback instead: route their payments through our hosted page with a banner. Compliance agreed once legal confirmed the fallback met the rules.\n\nEvery two weeks I sent a status to the leadership team with exposure remaining, conversion impact, and the list of merchants at risk.",
      result:
        "By the deadline, 94% of the at-risk merchants had migrated and the rest ran on the fallback, so non-compliant volume went from 35% to under 1%. Banks declined none of our merchants' payments for compliance reasons in the first quarter after the deadline. Checkout conversion on challenged transactions dropped by only 1.2 points, against the 5 points the regulator's own guidance had warned about, and fraud losses fell 22% because the new scoring caught risky transactions that merchants had been exempting. Every one of our top 100 merchants stayed through the change, protecting €40 million a year in processing revenue. The drop-in library is now the default integration for new merchants, and onboarding time for developers fell from three days to one. Support tickets about declined payments, which had spiked at every previous rule change, stayed flat. The compliance team now uses the per-merchant exposure report as its standard tool for rule changes.",
      when: '2025-01',
      company: 'Tandem Pay',
      role: 'Product Manager',
      project: 'Strong customer authentication',
      principles: [
        { principleId: 'deliver-results', strength: 'primary' },
        { principleId: 'have-backbone-disagree-and-commit', strength: 'secondary' },
        { principleId: 'success-and-scale-bring-broad-responsibility', strength: 'secondary' },
      ],
      metrics: 'Non-compliant volume 35% → under 1%; conversion −1.2 pts; fraud losses −22%',
    },
  },
  {
    kind: 'too-long',
    note: 'About 655 STAR words on an airline partnership: well balanced, over four and a half minutes to tell.',
    story: {
      title: 'Booking flights inside a hotel app',
      status: 'ready',
      headline:
        'I negotiated and shipped an in-app airline integration that grew flight bookings eightfold in a quarter.',
      situation:
        'Wayfarer is a travel booking app with two million monthly users, most of them booking hotels. Flights were a small side business for us: we sent users to an airline site through an affiliate link and earned a few euros per booking. In 2025 the largest regional airline in our main market, which I will call Coastair, opened talks about a direct integration that would let users book and pay for flights inside our app. Our own research showed that users left the app to book flights and often did not come back to book the hotel.',
      task: 'I was the product manager who owned the partnership from the product side. I had to agree the scope with the Coastair team, deliver a working integration within four months, in time for their summer schedule, and make the economics work for both companies. The engineering team for the project was four people, shared with the hotel checkout work.',
      action:
        'The first thing I did was sit down with our partnerships director and list what Wayfarer wanted from the deal and what it could give up. Our leverage was audience, but Coastair had a long list of integration requirements, and their draft scope would have taken nine months to build.\n\nI asked for a working session with their product lead and their head of distribution instead of trading documents. In that session I walked through our user research: 68% of our users who booked a hotel in a coastal city had searched for flights elsewhere in the same week. I proposed a first phase that covered only one-way and return economy bookings, with seat selection and bags added in phase two. Their distribution head objected that bags were a major revenue source for them. I offered to show bag options on the confirmation screen, where our data showed the highest upsell rate, if they would accept seat selection in phase two. They agreed.\n\nBack at Wayfarer, I wrote the specification with our lead engineer and mapped every call to the Coastair booking API. I found that their API did not return fare rules in a structured format, which would have forced us to show users a wall of legal text. I drafted a short, plain summary of the three most common fare types, had the Coastair legal team approve it, and used that instead.\n\nI set up a shared channel with their engineers and ran a standing thirty-minute call twice a week. When their sandbox went down for five days, I negotiated access to a staging copy of their production system so our testing did not stop.\n\nI also worked on the commercial side with our director. The affiliate model paid a flat fee; I built a model showing that a commission on bags and a small share of the fare would earn both companies more per booking than the current split, because conversion inside our app would be much higher than through the external link. I presented it to both finance teams myself.\n\nBefore launch, I ran a beta with 5,000 users in one city for three weeks, watched the funnel daily, and fixed a payment step that timed out on slow connections.',
      result:
        "The integration launched two days before the Coastair summer schedule. Flight bookings in our app rose from 1,200 a month through the affiliate link to 9,800 a month in the first quarter, and revenue per flight booking went from €4 to €11. Bag attach rate on our confirmation screen reached 31%, above the airline's own site at 24%. Users who booked a flight and a hotel together had 40% higher twelve-month retention than hotel-only users. Coastair extended the deal to three more countries, and two other airlines approached us for the same integration. Hotel bookings from users who came for a flight added €1.2 million in the first half year, and app store reviews started to mention booking the whole trip in one place.",
      when: '2025-08',
      company: 'Wayfarer',
      role: 'Product Manager',
      project: 'Airline partnership',
      principles: [
        { principleId: 'think-big', strength: 'primary' },
        { principleId: 'earn-trust', strength: 'secondary' },
      ],
      tags: ['partnership'],
    },
  },

  // ---------------------------------------------------------------- thin-action
  {
    kind: 'thin-action',
    note: 'Action about 15% of the story: a long pricing backstory and brief, then two sentences of doing.',
    story: {
      title: 'Repackaging six-year-old price tiers',
      status: 'ready',
      headline:
        'I repackaged our pricing tiers and raised revenue per new account by 19% without extra churn.',
      situation:
        'Kiln Software sells a project planning tool to architecture firms. When I joined the growth team in 2025, the company had used the same three pricing tiers for six years. The cheapest tier included almost everything, so few customers upgraded, and the top tier had a long list of features that most firms never used. Sales had started giving discounts on nearly every deal to close them, and the average discount had crept up to 27%. Finance had flagged that revenue per account was flat for three years while costs had grown, and the board had asked for a pricing review. Two earlier attempts to change pricing had been stopped because the customer success team feared churn among older accounts, who made up more than half of revenue.',
      task: 'I was the product manager asked to lead the review. My brief was to propose new packaging and pricing, test it with new customers, and agree a migration plan for existing accounts with customer success and finance. The CEO wanted a recommendation within one quarter, and the constraints were clear: no rise in logo churn among existing customers above the usual 2% a quarter, and no change that would force current customers to lose features they used.',
      action:
        'I interviewed 20 customers, mapped feature usage across all accounts, and moved three heavily used collaboration features into a new middle tier. I tested the new tiers on new signups for eight weeks and grandfathered existing accounts for a year.',
      result:
        'Revenue per new account rose 19%, the average discount fell from 27% to 12%, and 23% of existing accounts moved to the middle tier by choice within six months. Quarterly logo churn stayed at 2%.',
      when: '2025-04',
      company: 'Kiln Software',
      role: 'Product Manager',
      project: 'Pricing and packaging',
      principles: [
        { principleId: 'customer-obsession', strength: 'primary' },
        { principleId: 'are-right-a-lot', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'thin-action',
    note: 'Action about 17%: the struggling store and the brief take two thirds of the story.',
    story: {
      title: 'Turning around a late-running dark store',
      status: 'ready',
      headline:
        'I took our worst-performing grocery store from 71% to 90% on-time delivery in ten weeks without extra staff.',
      situation:
        "FreshCrate delivers groceries in four cities from small dark stores, each the size of a supermarket back room. In the summer of 2024 our Manchester store had the worst on-time rate in the company, 71% against a target of 92%. The store had opened eight months earlier in a building designed as a furniture showroom, and the layout put chilled goods at the far end from the packing benches. Staff turnover was over 40% a quarter, so most pickers had been there less than two months. Customer complaints about late and incomplete orders had doubled, and the city's rating in the app had dropped from 4.6 to 4.1. The regional director had said openly that the store would close if the numbers did not improve by the end of the year.",
      task: "I was moved in as operations lead for the store, reporting to the regional director. I was responsible for on-time delivery, order accuracy and the shift team of 35 people. I had three months to bring on-time delivery above 88% without extra headcount, because the store's budget was already over plan.",
      action:
        'I timed fifty picks, rearranged the store so the top 200 products sat next to the packing benches, and paired every new picker with an experienced one for their first five shifts. I also moved shift starts thirty minutes earlier to cover the evening peak.',
      result:
        'On-time delivery rose from 71% to 90% in ten weeks, incomplete orders fell by half, and the city rating recovered to 4.5. The store stayed open and became the training site for new pickers in the region.',
      when: '2024-07',
      company: 'FreshCrate',
      role: 'Operations Lead',
      project: 'Store turnaround',
      principles: [
        { principleId: 'ownership', strength: 'primary' },
        { principleId: 'deliver-results', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'thin-action',
    note: 'Action about 12%: one sentence of analysis buried under the claims backstory.',
    story: {
      title: 'Fast-tracking small home claims',
      status: 'ready',
      headline:
        'I showed that a third of home claims could skip the adjuster, cutting settlement time for them from 41 days to 6.',
      situation:
        'Harbor Mutual is a regional insurer selling home and motor policies, mostly through independent brokers. In 2025 the claims department was under pressure: the average time to settle a home claim had risen to 41 days, compared with 25 at the two largest competitors, and complaints to the financial ombudsman had risen by a third in a year. Every claim, however small, went through the same manual review by a loss adjuster, and the adjusters were spending most of their week on claims under £1,500 that almost never turned out to be fraudulent. The head of claims had asked for a proposal to fast-track small claims, but the fraud team was worried that any automation would become an easy target, and the finance team wanted evidence before changing anything that touched reserves.',
      task: 'I was the analyst in the claims operations team, and I was asked to find out which claims could be safely settled without an adjuster and what it would cost in fraud risk. My brief was to bring a recommendation to the claims committee within six weeks, backed by our own historical data, that both the fraud team and finance would sign.',
      action:
        "I analysed 48,000 closed home claims from three years, built a set of simple rules that flagged low-risk small claims, and back-tested them against every confirmed fraud case with the fraud lead's team.",
      result:
        'The committee approved a fast track for 38% of home claims. Average settlement time for those claims fell from 41 days to 6, overall settlement time dropped to 27 days, and ombudsman complaints fell 30% over the next two quarters, with no measurable rise in fraud losses.',
      when: '2025-09',
      company: 'Harbor Mutual',
      role: 'Claims Analyst',
      project: 'Small claims fast track',
      principles: [
        { principleId: 'dive-deep', strength: 'primary' },
        { principleId: 'earn-trust', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'thin-action',
    note: 'Action about 17%: the telehealth context and contract pressure dominate; the design work is a footnote.',
    story: {
      title: 'Getting patients into the video call',
      status: 'ready',
      headline:
        'I designed a booking-time device check that cut late or lost video consultations from 22% to 7%.',
      situation:
        "CareLoop runs video consultations with general practitioners for people who cannot get a same-day appointment at their local practice. Most of our patients book through a partner pharmacy chain, which refers them from its own app. In early 2024, 22% of booked consultations started late or never connected because the patient could not join the call: the camera or microphone was blocked, the browser was unsupported, or the patient opened the link on a laptop without a webcam. Each lost join cost a doctor's slot, and doctors had started to complain about waiting in empty rooms. The pharmacy partner was reviewing its contract with us that summer and had named reliability as its first concern.",
      task: 'I was the product designer for the patient experience, working with one PM and three engineers. I was asked to bring the share of late or lost joins under 10% before the contract review in July, without adding steps that would slow down booking, which was already our biggest drop-off point.',
      action:
        'I watched twenty recorded join attempts, then designed a device check that tests camera, microphone and browser when the patient books, not when the call starts. I added plain fixes for each error and a one-tap switch to a phone call.',
      result:
        'Late or lost joins fell from 22% to 7% in eight weeks, doctors regained 300 slots a month, and booking completion held steady. The pharmacy partner renewed for three years and cited the improvement in its review.',
      when: '2024-05',
      company: 'CareLoop',
      role: 'Product Designer',
      project: 'Video consultation reliability',
      principles: [
        { principleId: 'customer-obsession', strength: 'primary' },
        { principleId: 'invent-and-simplify', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'thin-action',
    note: 'Action about 21%, the upper end of thin: the stability crisis is told at length, the fix in three sentences.',
    story: {
      title: 'Android stability before the holidays',
      status: 'ready',
      headline:
        'I led my Android team from 97.1% to 99.6% crash-free sessions in eleven weeks while shipping the holiday features.',
      situation:
        'Pixelmint makes a photo editing app for iOS and Android with three million monthly users, and it earns most of its revenue from a yearly subscription. Throughout 2025 our Android app had a crash-free session rate of 97.1%, well below the 99.5% that the app stores treat as healthy, and reviews mentioning crashes had pushed the Android rating down to 3.9 stars. The Android team had spent a year adding features to catch up with iOS, and stability work had been postponed quarter after quarter. Two senior engineers had left in the spring, and the remaining team was tired of firefighting user complaints. Product leadership had started to question whether the Android team could deliver at all.',
      task: 'I was the engineering manager for the Android team of seven engineers. I was asked to bring the crash-free rate above 99.5% within one quarter while still shipping the two features already promised to marketing for the holiday campaign.',
      action:
        'I ranked crashes by affected users and found that ten of them caused 80% of lost sessions. I gave each of the ten an owner, set aside a third of every sprint for them, and added a release gate that blocked any build whose crash rate rose in beta.',
      result:
        'The crash-free rate reached 99.6% in eleven weeks, the Android rating rose to 4.5, and subscription conversion on Android grew 9%. Both holiday features shipped on time.',
      when: '2025-11',
      company: 'Pixelmint',
      role: 'Engineering Manager',
      project: 'Android stability',
      principles: [
        { principleId: 'insist-on-the-highest-standards', strength: 'primary' },
        { principleId: 'deliver-results', strength: 'secondary' },
      ],
    },
  },

  // ---------------------------------------------------------------- too-old
  {
    kind: 'too-old',
    note: 'Dated 2015-03, over eleven years before the test date; nothing else is wrong.',
    story: {
      title: 'Fixing search for zero-result queries',
      status: 'ready',
      headline:
        'I cut zero-result searches from 20% to 7% by fixing how our store handled misspellings and synonyms.',
      situation:
        'Bramble & Co was an online home goods store with 40,000 products. One in five searches on the site returned no results, and those visitors left almost immediately. The spring sale, our second-biggest week, was eight weeks away.',
      task: 'As the product manager for search and browse, I was asked to lift search conversion before that sale, with one search engineer and no budget for a new search engine.',
      action:
        "I exported three months of search logs and sorted every zero-result query by volume. I read the top 500 myself and grouped them: misspellings, British and American spellings, and words customers used that our catalogue did not, such as 'throw' for blanket. I wrote a synonym list of 300 entries with the merchandising team, and I worked with our search engineer to turn on fuzzy matching for queries longer than four letters. Before launch, I set up a test that sent half of the traffic to the new search for two weeks. I checked the results daily and found that fuzzy matching sent people searching for 'rug' to mugs, so I added a minimum confidence rule. I also added a fallback for any query that still returned nothing: a short list of popular products in the closest category, instead of an empty page. Finally, I set up a weekly report of new zero-result queries so the merchandising team could keep the synonym list current without me.",
      result:
        'Zero-result searches fell from 20% to 7%. Conversion from search rose by 12%, and during the spring sale search drove £310,000 more revenue than in the same sale the year before. Support emails about products customers could not find fell by 40%. The weekly report was still running two years later.',
      when: '2015-03',
      company: 'Bramble & Co',
      role: 'Product Manager',
      project: 'Site search',
      principles: [
        { principleId: 'customer-obsession', strength: 'primary' },
        { principleId: 'dive-deep', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'too-old',
    note: 'Dated 2018-11, eight years before the test date; a sound payments migration otherwise.',
    story: {
      title: 'Moving salary payments off the nightly batch',
      status: 'ready',
      headline:
        'I led the move of business payroll payments to same-day processing with zero late salaries after the switch.',
      situation:
        'Crestline Bank processed salary payments for 3,000 business clients in a nightly mainframe batch. If a file arrived after 6 p.m., salaries went out a day late, and the business banking team fielded 200 angry calls a month.',
      task: 'As technical program manager, I had to move these payments onto the new real-time payments platform within nine months, without disrupting a single payday.',
      action:
        'I mapped the full flow with the mainframe team, the payments platform team and operations, and found eleven hand-offs, three of them done by email. I broke the program into four releases, each usable on its own, and agreed with the teams that every release would run in parallel with the batch for one full payroll cycle before switching. I wrote the reconciliation checks myself with an analyst: every payment in the new system had to match the batch to the penny, and any difference stopped the switch. During the second parallel run the checks caught a rounding difference on foreign-currency payments, which I escalated and had fixed in a week. I chose the month-end cutover dates with operations to avoid the busiest paydays, and I briefed the 40 largest clients personally with their relationship managers. In the last month I ran a daily fifteen-minute stand-up with all four teams.',
      result:
        'Late salary payments went from 600 a month to zero after the final release. Calls to business banking about payroll fell by 85%, and the bank retired the batch job, saving £420,000 a year in mainframe costs. The two payroll clerks who had fixed late files by hand moved to client onboarding.',
      when: '2018-11',
      company: 'Crestline Bank',
      role: 'Technical Program Manager',
      project: 'Payroll payments migration',
      principles: [
        { principleId: 'deliver-results', strength: 'primary' },
        { principleId: 'insist-on-the-highest-standards', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'too-old',
    note: 'Dated 2019-06, seven years old; a failure story, correctly tagged and with a lesson.',
    story: {
      title: 'Launching group challenges too early',
      status: 'ready',
      headline:
        'I launched a social challenges feature without testing demand, it flopped, and I learned to validate with a fake door first.',
      situation:
        'Lumen Fitness had a workout app with 800,000 monthly users. Retention after the first month was 28%, and the leadership team believed social features would raise it. Competitors had launched similar features that spring.',
      task: 'As the product manager for engagement, I owned the bet: a group challenges feature where friends compete on weekly workout minutes, due in time for a summer marketing campaign.',
      action:
        'I was convinced by competitor launches and a handful of enthusiastic comments in our forum, so I skipped a demand test. I wrote the specification, ran the design reviews, and pushed the team to ship in ten weeks to hit the campaign. Two weeks after launch, only 3% of active users had created a challenge, and most challenges had one member. I went back and did the work I should have done first: I interviewed fifteen users and learned that most of them worked out alone on purpose and did not want friends to see their numbers. I wrote up the failure plainly for leadership, recommended that the company stop investing in the feature, and redirected the team to private streaks and personal goals, which the interviews pointed to. This time I ran a fake-door test before building anything, and 19% of users tapped the streaks entry in a week.',
      result:
        'The challenges feature was retired after two months, having cost ten weeks of a team of five. Personal streaks, built next, raised month-one retention from 28% to 34% within a quarter. The extra retention was worth £240,000 a year in subscriptions.',
      learnings:
        'Before building a feature I now test demand with the cheapest signal available, a fake door or five interviews, and I let a campaign date move rather than skip that step. I also separate what loud users say in forums from what most users do.',
      when: '2019-06',
      company: 'Lumen Fitness',
      role: 'Product Manager',
      project: 'Social challenges',
      principles: [
        { principleId: 'learn-and-be-curious', strength: 'primary' },
        { principleId: 'ownership', strength: 'secondary' },
      ],
      tags: ['failure'],
    },
  },
  {
    kind: 'too-old',
    note: 'Dated 2020-09, six years old; a warehouse returns story that otherwise reads as current.',
    story: {
      title: 'Doubling returns capacity before peak',
      status: 'ready',
      headline:
        'I redesigned our returns line so one warehouse handled twice the volume before the holiday peak without new hires.',
      situation:
        'Parcelpoint ran returns processing for fashion retailers from a warehouse in Rotterdam. Return volumes had jumped 70% as more shopping moved online, and a backlog of 45,000 parcels meant shoppers waited three weeks for refunds.',
      task: 'As operations lead for returns, I had eight weeks before the holiday peak to clear the backlog and handle double the volume with the same team of 60.',
      action:
        'I spent my first three days on the floor, processing returns myself at each station, and timed every step. Inspection took the most time because each item was checked against a paper guide that differed by retailer. I worked with our two largest clients to agree a single grading standard with three grades, and I wrote a one-page visual guide for it. I then split the line: unopened items went straight to restock with a barcode scan, and only opened items went to inspection, which halved the load at the slowest station. I trained the shift leads first and had them train their teams, and I posted the hourly output per station on a board so each shift could see where the queue built up. When the night shift lagged, I moved my own hours to nights for a week to find the cause, which was a scanner shortage, and ordered six more.',
      result:
        'The backlog was cleared in five weeks. Throughput rose from 6,000 to 12,500 returns a day, refund time fell from three weeks to four days, and both clients extended their contracts, worth €2.1 million a year. Refund-related complaints to the two retailers fell by 70%.',
      when: '2020-09',
      company: 'Parcelpoint',
      role: 'Operations Lead',
      project: 'Returns processing',
      principles: [
        { principleId: 'invent-and-simplify', strength: 'primary' },
        { principleId: 'frugality', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'too-old',
    note: 'Dated 2021-05, just over five and a half years old: the nearest of the old ones to the line.',
    story: {
      title: 'A parent report worth opening',
      status: 'ready',
      headline:
        'I turned a weekly parent email nobody read into a monthly progress report that lifted renewals from 52% to 63%.',
      situation:
        'Scholarly sold maths practice subscriptions to parents of primary school children. Parents paid, but children used the product, and at renewal many parents could not say what their child had gained. Renewal was 52%.',
      task: 'As senior PM for the parent experience, I set out to make progress visible to parents and lift renewal above 60% within two school terms.',
      action:
        "I interviewed 25 parents and read 300 cancellation reasons. The weekly email listed minutes practised and badges earned, which parents ignored; they wanted to know whether their child was keeping up with school. I worked with our curriculum lead to map every exercise to the national curriculum objectives for each year group, and I designed a monthly report around one question: where is my child against what school expects this term? I wrote the first version of the copy myself and tested three layouts with twelve parents on video calls. I chose the plainest one, with a single progress bar and two suggested topics to practise together at home. I ran it as an experiment for half of new subscribers over one term, tracked open rates weekly, and added a short note from the child's teacher account when one existed.",
      result:
        'Report open rate went from 9% for the old email to 61%. Renewal in the experiment group rose from 52% to 63%, and the report rolled out to all 40,000 families the next term, adding £700,000 a year in renewals.',
      when: '2021-05',
      company: 'Scholarly',
      role: 'Senior Product Manager',
      project: 'Parent progress reports',
      principles: [
        { principleId: 'customer-obsession', strength: 'primary' },
        { principleId: 'think-big', strength: 'secondary' },
      ],
    },
  },

  // ---------------------------------------------------------------- no-headline
  {
    kind: 'no-headline',
    note: 'Ready, but headline is the empty string; the rest is a full, sound story.',
    story: {
      title: 'Shift swaps without the manager bottleneck',
      status: 'ready',
      headline: '',
      situation:
        'Rosterly sells staff scheduling software to restaurants and shops. Every shift swap needed a manager to approve it by hand, and managers told us they spent four hours a week on swaps alone.',
      task: 'As the PM for the scheduling product, I was asked to cut that time without letting understaffed shifts slip through.',
      action:
        "I shadowed three restaurant managers for a full shift each and logged 140 swap requests. Nine in ten were between people with the same role and similar hours, and managers approved almost all of them without checking anything. I designed auto-approval rules that managers could set once: same role, no overtime created, and at least 24 hours' notice. Anything outside the rules still went to the manager. I reviewed the rules with our legal advisor because overtime laws differ by state, and I added a state-by-state overtime check. I ran a beta with 40 customers for a month and called ten of them at the end of it. Two asked for a way to block specific people from swapping, which I added before the full launch. I also wrote the help article and recorded a two-minute video for managers.",
      result:
        'Managers using auto-approval spent 70% less time on swaps, down from four hours to about one hour a week. 62% of customers turned it on within two months, and it became the feature most cited in sales wins that quarter, helping lift new restaurant sign-ups by 15%.',
      when: '2025-05',
      company: 'Rosterly',
      role: 'Product Manager',
      project: 'Shift swapping',
      principles: [
        { principleId: 'invent-and-simplify', strength: 'primary' },
        { principleId: 'customer-obsession', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'no-headline',
    note: 'Ready, but headline is only spaces: looks filled in a form, says nothing.',
    story: {
      title: 'Predicting cancellations before they happen',
      status: 'ready',
      headline: '   ',
      situation:
        'Reelbox is a streaming service for independent films with 450,000 subscribers. Monthly churn was 7.5%, and the retention team sent the same discount offer to everyone who clicked cancel.',
      task: 'As a senior data analyst, I was asked to identify subscribers at risk early enough to act, and to find out whether the discount helped at all.',
      action:
        'I first tested the discount. I compared subscribers who had received it with a holdout group the team had kept by accident during an email outage, and found the discount kept people for one extra month at most. Then I built a churn model from viewing data: days since last watch, share of films abandoned in the first ten minutes, and searches without a play. I kept it to a logistic regression so the retention team could read every factor. I validated it on three months the model had never seen; it caught 68% of churners in the top fifth of scores. I worked with the retention manager to design two actions for high-risk users: a personal watchlist email built from their history, and a prompt to switch to a cheaper plan instead of cancelling. I set up an A/B test over six weeks to measure both.',
      result:
        "Monthly churn in the treated group fell from 7.5% to 6.1%, worth $380,000 a year. The retention team stopped the blanket discount, saving another $90,000 a quarter. Subscribers kept by the cheaper-plan prompt stayed five months longer on average, and the model now runs every night to feed the retention team's daily list.",
      when: '2024-08',
      company: 'Reelbox',
      role: 'Senior Data Analyst',
      project: 'Churn prediction',
      principles: [
        { principleId: 'dive-deep', strength: 'primary' },
        { principleId: 'are-right-a-lot', strength: 'secondary' },
      ],
      followUps: [
        {
          id: 'fu-reelbox-1',
          question: 'Why not a more accurate model?',
          answer:
            'A gradient-boosted model gained three points of recall, but the retention team could not explain its scores, so I kept the simpler one.',
        },
      ],
    },
  },
  {
    kind: 'no-headline',
    note: 'Ready, headline empty; an insurance claims story with every other field in place.',
    story: {
      title: 'Photo claims for windscreen damage',
      status: 'ready',
      headline: '',
      situation:
        'Claimwise builds claims software for car insurers. Our largest client handled 30,000 windscreen claims a year, and each one needed a phone call and an inspection, which took nine days on average.',
      task: 'As senior PM, I was asked to bring a self-service claim flow to market for that client within one quarter, with their fraud rules intact.',
      action:
        "I ran a workshop with the client's claims and fraud teams to list every question the phone agents asked. Of 27 questions, 19 could be answered from policy data or a photo. I designed a mobile flow where the driver takes two photos, of the windscreen and the number plate, answers five questions, and picks a repair slot. I worked with our machine learning engineer to classify chip versus crack from the photo, and I set the rule that any low-confidence result went to a human within four hours. The fraud lead wanted photo location checks; I agreed and added them, because they cost the driver nothing. I tested the flow with twenty of the client's customers in person before launch and changed the photo guidance after most of them framed the glass too tightly.",
      result:
        "Within four months, 58% of windscreen claims went through the new flow. Time from claim to repair fell from nine days to two, the client's cost per claim dropped 35%, and two more insurers signed for the product. Customer satisfaction for windscreen claims rose from 7.1 to 8.6 out of ten.",
      when: '2025-10',
      company: 'Claimwise',
      role: 'Senior Product Manager',
      project: 'Self-service windscreen claims',
      principles: [
        { principleId: 'customer-obsession', strength: 'primary' },
        { principleId: 'earn-trust', strength: 'secondary' },
        { principleId: 'deliver-results', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'no-headline',
    note: 'Ready, headline empty; a hardware rollout story, sound in length, balance and result.',
    story: {
      title: 'Over-the-air updates for 80,000 chargers',
      status: 'ready',
      headline: '',
      situation:
        'Voltline runs a network of electric vehicle chargers in parking garages. Firmware updates needed a technician on site, so fixing a bug across the network took four months. Drivers reported faulty chargers through the app, and a single known bug caused a third of those reports.',
      task: 'As the technical program manager, I was asked to deliver safe over-the-air updates for 80,000 chargers, coordinating the firmware, cloud and field operations teams.',
      action:
        'I wrote the program plan around one risk: bricking a charger in a garage with no technician nearby. I insisted on a dual-partition design so every charger could fall back to its old firmware, and I got the firmware lead and the hardware vendor to sign off on it. I then defined staged rollouts, 1% of chargers, then 10%, then the rest, with automatic pauses if error rates rose above a threshold I set with the reliability engineer. I ran three internal rollouts on 200 chargers at our test site and traced every error to its root cause. I negotiated update windows with our three largest garage operators, because they did not want chargers rebooting at rush hour. I held a weekly review with the four team leads and kept one shared risk log.',
      result:
        'The first network-wide update reached 99.3% of chargers in nine days instead of four months, with zero chargers needing a site visit. Technician call-outs fell 40% over the year, saving €1.6 million, and charger uptime rose from 96% to 98.8%.',
      when: '2024-03',
      company: 'Voltline',
      role: 'Technical Program Manager',
      project: 'Over-the-air firmware updates',
      principles: [
        { principleId: 'insist-on-the-highest-standards', strength: 'primary' },
        { principleId: 'think-big', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'no-headline',
    note: 'Ready, headline a single space; a public-sector form redesign otherwise ready to tell.',
    story: {
      title: 'Simplifying the building permit form',
      status: 'ready',
      headline: ' ',
      situation:
        'CityServe builds online services for a mid-sized city council. Its building permit application was a 14-page form, and 46% of applications arrived incomplete, which sent them back to residents and added weeks.',
      task: 'As the lead service designer, I was asked to cut incomplete applications in half within six months, without changing the legal requirements.',
      action:
        "I sat with two permit officers for a week and read 200 returned applications to see where applicants stumbled. Most errors came from three questions written in legal language and from drawings without a scale. I rewrote every question in plain language and tested the wording with eighteen residents at the library, including four who did not speak English as a first language. I split the form so a short eligibility check came first, and people learned within two minutes whether they needed a permit at all. I added an upload check for drawings that asks for the scale before submission. I presented the new form to the council's legal team with a side-by-side of every question and its legal source, and they approved it in one session.",
      result:
        'Incomplete applications fell from 46% to 14%. Average time to a permit decision dropped from 11 weeks to 6, and 30% of visitors learned from the eligibility check that they did not need a permit, which cut unnecessary applications by 900 a year. Permit officers got back a day a week each, which the council used to clear its backlog of 400 applications.',
      when: '2025-01',
      company: 'CityServe',
      role: 'Lead Service Designer',
      project: 'Building permit application',
      principles: [
        { principleId: 'invent-and-simplify', strength: 'primary' },
        { principleId: 'customer-obsession', strength: 'secondary' },
      ],
    },
  },

  // ---------------------------------------------------------------- placeholder-title
  {
    kind: 'placeholder-title',
    note: "Title left as 'Untitled story'; headline and STAR are complete.",
    story: {
      title: 'Untitled story',
      status: 'ready',
      headline:
        'I cut sensor setup for farmers from two hours to twenty minutes and raised first-week activation to 91%.',
      situation:
        'FieldSense sells soil moisture sensors and an app to arable farmers. New customers had to pair each sensor in the field by hand, and a typical farm of 30 sensors took two hours to set up.',
      task: 'As the PM for onboarding, I owned activation: the share of sensors sending data within a week of delivery, which stood at 64%.',
      action:
        'I drove out to four farms during setup and watched farmers struggle with Bluetooth pairing while walking across wet fields with a phone in one hand. I proposed pairing at the warehouse instead: each kit shipped pre-linked to the farmer account, and the farmer only had to scan a QR code on each sensor when pushing it into the ground, which also recorded its GPS position. I worked with our warehouse lead to add a pairing station and wrote the test checklist for it. I redesigned the placement screen in the app: a map showing where each sensor was and a green light when data arrived. I tested it with six farmers before the spring planting season and fixed a problem where the QR scanner struggled in bright sun by adding manual code entry.',
      result:
        'Setup time fell from two hours to twenty minutes for a typical farm. Activation within a week rose from 64% to 91%, support calls during the spring season halved, and the sales team used the twenty-minute setup in every demo. Churn after the first season fell from 12% to 7%, because farmers saw data from day one.',
      when: '2024-10',
      company: 'FieldSense',
      role: 'Product Manager',
      project: 'Sensor onboarding',
      principles: [
        { principleId: 'customer-obsession', strength: 'primary' },
        { principleId: 'invent-and-simplify', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'placeholder-title',
    note: "Title left as 'Story 7', a numbered stub; everything else is a sound on-call story.",
    story: {
      title: 'Story 7',
      status: 'ready',
      headline:
        'I cut out-of-hours pages for my team by three quarters and kept two engineers who were ready to leave.',
      situation:
        'Orbit Analytics provides dashboards to e-commerce brands. My team of six engineers owned the data ingestion service, and the person on call was paged an average of 22 times a week, many of them at night.',
      task: 'As engineering manager, I had to make on-call sustainable after two engineers told me they were considering leaving because of it.',
      action:
        'I exported three months of pages and labelled each one with the team in a one-hour session: real incident, noise, or duplicate. Sixty percent were noise, mostly alerts on retries that recovered by themselves. I deleted or downgraded every alert that had never led to action, and I rewrote the rest so each one linked to a runbook. I set up a weekly thirty-minute review where the person coming off call walked through every page, and I committed to fixing the top cause each week, taking the first two fixes myself. I moved the rota from weekly shifts to a follow-the-sun split with our colleagues in Singapore, which I negotiated with their manager by offering to cover their weekend peak. I also gave every on-call engineer a day off after a night with more than two pages.',
      result:
        'Pages fell from 22 a week to 5 within two months, and night pages from nine to one. Mean time to resolve real incidents dropped from 48 to 20 minutes, and both engineers stayed; team attrition that year was zero. The two of them each led one of the alert clean-ups the following quarter.',
      when: '2025-07',
      company: 'Orbit Analytics',
      role: 'Engineering Manager',
      project: 'On-call health',
      principles: [
        { principleId: 'strive-to-be-earths-best-employer', strength: 'primary' },
        { principleId: 'ownership', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'placeholder-title',
    note: "Title left as the app's default 'New story'; an airport baggage story otherwise sound.",
    story: {
      title: 'New story',
      status: 'ready',
      headline:
        'I cut mishandled bags at our airport hub by 38% by fixing the transfer handoff between terminals.',
      situation:
        'SkyPort Services handles baggage for six airlines at a regional hub airport. Our mishandled bag rate was 9 per thousand passengers, and most problems happened on short connections between terminals. Each mishandled bag cost us a penalty of €60 under our airline contracts.',
      task: 'As operations lead for the baggage hall, I was given one season to bring the rate under six, before two airline contracts came up for renewal.',
      action:
        "I followed transfer bags for three shifts with a tablet and a stopwatch, from aircraft to belt. The biggest delay was the handoff between terminals: bags waited for a full cart before a tractor left. I changed the rule so a tractor left every twelve minutes, full or not, for any bag with a connection under an hour. I negotiated two extra tractor drivers at peak times with the finance manager, paid for by the penalties I expected to avoid. I also worked with the airlines' station managers to get connection times printed on the bag tags, so handlers could prioritise by sight. I briefed every shift myself and set up a daily report of mishandled bags by flight, which I reviewed each morning with the shift leads.",
      result:
        'The mishandled rate fell from 9 to 5.6 per thousand passengers in four months. Airline penalties dropped by €310,000 over the season, and both airlines renewed their contracts for three years. Passenger complaints about late bags at the hub fell by 45%.',
      when: '2024-02',
      company: 'SkyPort Services',
      role: 'Operations Lead',
      project: 'Transfer baggage',
      principles: [
        { principleId: 'dive-deep', strength: 'primary' },
        { principleId: 'frugality', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'placeholder-title',
    note: "Title left as lowercase 'draft' although the story is marked ready and complete.",
    story: {
      title: 'draft',
      status: 'ready',
      headline:
        'I shipped a clause comparison view that cut contract review time for in-house lawyers by 40%.',
      situation:
        'Clausebook sells contract management software to in-house legal teams. Our customers reviewed supplier contracts line by line against their own standard terms, and a typical review took three hours. Legal teams were the buyers, and they measured our value in hours saved.',
      task: 'As senior PM, I was asked to cut review time, the main complaint in our renewal calls, within two quarters.',
      action:
        'I interviewed fourteen in-house lawyers and sat in on six live reviews. They did not want a tool to judge clauses for them; they wanted to see quickly where a supplier contract departed from their standard. I scoped a comparison view that matched each clause to the closest standard clause and highlighted the differences, leaving every decision to the lawyer. I set the accuracy bar with our design partners: the right standard clause had to be matched 95% of the time. I ran weekly sessions with five design partners on their real contracts, under their confidentiality terms, and kept a log of every mismatch for the engineers. When accuracy stalled at 89%, I narrowed the first release to the eight clause types that carried most of the risk, such as liability and termination, and matched those at 97%.',
      result:
        'Average review time for supplier contracts fell from three hours to 1.8 hours. 70% of customers used the comparison view within three months, and the renewal rate rose from 86% to 93% over the next two quarters. Two design partners became paying customers before general release.',
      when: '2025-12',
      company: 'Clausebook',
      role: 'Senior Product Manager',
      project: 'Clause comparison',
      principles: [
        { principleId: 'customer-obsession', strength: 'primary' },
        { principleId: 'insist-on-the-highest-standards', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'placeholder-title',
    note: "Title left as 'TBD'; a charity volunteer-scheduling story with tags and a follow-up.",
    story: {
      title: 'TBD',
      status: 'ready',
      headline:
        'I rebuilt volunteer scheduling for a reading charity and doubled the sessions children received each week.',
      situation:
        'ReadAhead is a charity that pairs volunteer tutors with primary school children who struggle to read. Volunteers booked sessions through a shared spreadsheet, and a third of sessions were cancelled at short notice.',
      task: "As the charity's only product manager, I was asked to raise the number of sessions delivered without any budget for new staff.",
      action:
        'I called thirty volunteers who had stopped coming and heard the same thing: they never knew whether a session was still on, and rebooking meant emailing a coordinator. I chose an existing booking tool that the charity could use for free, rather than building one, and configured it with recurring weekly slots per school. I added automatic reminders the day before and a one-tap way to swap a session with another volunteer. I ran the switch in two schools first, trained the coordinators there myself, and wrote a one-page guide for teachers. I asked the head teachers to name one contact each for timetable changes, so volunteers heard about school trips before they arrived. After a month I moved the rest of the twelve schools across, one per week, and reviewed cancellations with each coordinator every Friday.',
      result:
        'Short-notice cancellations fell from 33% to 9%. Sessions delivered each week rose from 140 to 290, and the charity used the numbers in a grant application that brought in £60,000 to expand to five more schools. Tutored children in the pilot schools gained five months more reading age over the year than their classmates.',
      when: '2024-06',
      company: 'ReadAhead',
      role: 'Product Manager',
      project: 'Volunteer scheduling',
      principles: [
        { principleId: 'frugality', strength: 'primary' },
        { principleId: 'ownership', strength: 'secondary' },
      ],
      tags: ['nonprofit', 'education'],
      followUps: [
        {
          id: 'fu-readahead-1',
          question: 'Why not build your own booking tool?',
          answer:
            'The charity had no developers to maintain it; a free tool that did 90% of the job was live in three weeks.',
        },
      ],
    },
  },

  // ---------------------------------------------------------------- missing-part
  {
    kind: 'missing-part',
    note: 'Situation empty; the Task carries the company context and the story is otherwise full length.',
    story: {
      title: 'Split bills at the table',
      status: 'ready',
      headline:
        'I launched split payments on the handheld terminal and our restaurants turned tables 12% faster at weekends.',
      situation: '',
      task: 'As the product manager for payments at Tablestack, which sells point-of-sale systems to restaurants, I was asked to cut the time guests spent waiting to pay, the top complaint in our customer survey for two quarters running.',
      action:
        "I spent three evenings in two busy restaurants with a stopwatch. Paying took eleven minutes from the moment a table asked for the bill, and most of that was splitting it: servers carried the handheld terminal back and forth, typed amounts for each person and often mistyped them. I designed a split flow on the handheld itself: the server taps the items each guest had or splits evenly, and each guest pays on the same device in turn. I tested paper prototypes with eight servers and learned that tips had to be split too, which I added. I worked with our payments engineer to keep every card transaction separate for the card schemes, and I reviewed the flow with our compliance lead. I ran a pilot in fifteen restaurants for a month and sat with the pilot servers on two Friday nights to watch the busiest hours. Based on what I saw, I moved the 'split evenly' button to the first screen, because it covered most tables.",
      result:
        'Time to pay fell from eleven minutes to four. Pilot restaurants turned tables 12% faster on Friday and Saturday nights, and errors in split payments dropped by 80%. Within six months, 2,400 restaurants had switched on the feature, and it helped win three restaurant chains worth $1.1 million a year in new contracts.',
      when: '2025-03',
      company: 'Tablestack',
      role: 'Product Manager',
      project: 'Split payments',
      principles: [
        { principleId: 'customer-obsession', strength: 'primary' },
        { principleId: 'dive-deep', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'missing-part',
    note: 'Task empty; the Situation hints at the goal but the candidate never says what was theirs.',
    story: {
      title: 'Bringing silent smart meters back online',
      status: 'ready',
      headline:
        'I ran the firmware rollout that brought 1.14 million smart meters back online and ended most estimated bills.',
      situation:
        'Gridwise Energy supplies electricity to 2.5 million homes. About 1.2 million of our smart meters had stopped sending readings after a mobile network change, so those customers received estimated bills, and complaints about inaccurate bills had doubled in a year. The regulator had asked us for a recovery plan.',
      task: '',
      action:
        "I set up the program with three teams: the meter vendor's firmware engineers, our data platform team, and field operations. I insisted on starting with 1,000 meters in one region, and I set pass criteria with the vendor before the trial: 98% of meters back online within 48 hours and no meter left unable to record usage. The first trial reached 93%. I traced the rest with the vendor and found that older meter models needed a two-step update, which I added to the plan. I built the rollout schedule in weekly waves of 100,000 meters, avoiding the evening hours when meters send most data. I agreed with the contact centre to brief agents before each wave and gave them a script for customers whose bills would change. I reported progress every two weeks to the regulator's team myself, with the number of meters recovered and any open risk.",
      result:
        'Within five months, 1.14 million meters were sending readings again. Estimated bills fell from 24% of all bills to 3%, billing complaints fell 58%, and the regulator closed its review without a penalty. Avoiding meter replacement saved £9 million in field visits.',
      when: '2024-12',
      company: 'Gridwise Energy',
      role: 'Technical Program Manager',
      project: 'Smart meter firmware recovery',
      principles: [
        { principleId: 'ownership', strength: 'primary' },
        { principleId: 'success-and-scale-bring-broad-responsibility', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'missing-part',
    note: 'Action empty: long Situation, Task and Result, nothing about what the candidate did.',
    story: {
      title: 'Verified listings for rentals',
      status: 'ready',
      headline:
        'I introduced verified rental listings that cut scam reports by 80% and raised enquiries on genuine homes.',
      situation:
        'Nestfinder is a property marketplace where landlords and agents list homes to rent. In 2025 scam listings had become the top topic in our app reviews: fake landlords copied photos from real listings, asked renters for a deposit before a viewing, and disappeared. Reports of scams had grown from 300 to 1,100 a month in a year. Our trust team removed listings only after renters reported them, often after money had been lost. Genuine agents were also unhappy, because renters had started to distrust every listing and sent fewer enquiries, and two large agencies had threatened to move their listings to a competitor. Renters in our survey named scams as the main reason they used other sites.',
      task: 'As senior PM for the renter experience, I was asked to cut scam reports sharply within two quarters, restore renter confidence, and do it without adding so much friction for landlords that genuine listings dropped. I also had to agree any new rules with our legal team, because verification involved identity data and property ownership records.',
      action: '',
      result:
        'Within two quarters, scam reports fell from 1,100 to 210 a month. Verified listings received 35% more enquiries than unverified ones, and 78% of active listings became verified within four months, because agents asked for the badge. Both large agencies stayed, and the share of renters who said they trusted listings in our quarterly survey rose from 54% to 77%. Deposit losses reported to us dropped from an estimated £400,000 a quarter to under £60,000.',
      when: '2025-06',
      company: 'Nestfinder',
      role: 'Senior Product Manager',
      project: 'Listing verification',
      principles: [
        { principleId: 'earn-trust', strength: 'primary' },
        { principleId: 'customer-obsession', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'missing-part',
    note: 'Result empty: the forecasting work is told in full and then the story stops.',
    story: {
      title: 'Store-level forecasts for fresh food',
      status: 'ready',
      headline:
        'I built store-level forecasts for fresh food so store managers could order to demand instead of by habit.',
      situation:
        'Cartwheel is a chain of 180 convenience stores. Fresh food, such as sandwiches and salads, was ordered by each store manager from memory, and the chain wrote off a large share of it at the end of each day while other stores ran out by lunchtime.',
      task: 'As a senior analyst in the supply chain team, I was asked to build a forecast that store managers would trust and use for their daily fresh order.',
      action:
        "I started with the store managers, not the data. I visited six stores and watched managers place their orders at six in the morning, on a handheld, in under ten minutes. That told me the forecast had to appear as a suggested quantity in the ordering screen, not in a separate report. I then built the model from two years of sales at product and store level, adding weather, school holidays and local events. I compared three methods and chose a gradient boosting model, but I also kept a simple moving average as a benchmark so I could show managers how much better it was. I ran a silent trial in twenty stores for four weeks, comparing suggested quantities with what managers ordered and what sold. I met the twenty managers at the end of the trial, walked through each store's numbers with them, and changed the model to round quantities to case sizes, which they had asked for. I then agreed a rollout plan with the head of operations, in three waves of sixty stores.",
      result: '',
      when: '2024-09',
      company: 'Cartwheel',
      role: 'Senior Analyst',
      project: 'Fresh food forecasting',
      principles: [
        { principleId: 'dive-deep', strength: 'primary' },
        { principleId: 'earn-trust', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'missing-part',
    note: 'Task empty (the commonest gap), on a designer story; the other parts are full.',
    story: {
      title: 'Making the first therapy session less daunting',
      status: 'ready',
      headline:
        'I redesigned the first-session flow of a therapy app and raised first-session completion from 48% to 69%.',
      situation:
        "Wellnest is a mental health app that connects people with licensed therapists by video. Fewer than half of the people who booked a first session completed it; many cancelled in the last hour or did not show up. Each empty session still cost us the therapist's fee.",
      task: '',
      action:
        'I read 150 cancellation messages and interviewed twelve people who had booked and not attended. The pattern was fear of the unknown: they did not know what the therapist would ask, whether their camera had to be on, or what happened if they cried. I designed a short preparation screen shown after booking: a 60-second video from a real therapist explaining the first session, a list of three questions they would be asked, and a clear note that the camera could stay off. I added a check-in the day before, where the person could write one thing they wanted the therapist to know, which therapists then saw. I reviewed the wording with our clinical lead to make sure nothing overpromised. I tested two versions of the preparation screen with 3,000 bookings over four weeks and kept the version with the therapist video.',
      result:
        'First-session completion rose from 48% to 69%. Therapists reported that check-in notes saved them the first ten minutes of most sessions, and people who completed a first session booked a second at the same rate as before, so the gain carried into revenue: $1.9 million a year.',
      when: '2025-04',
      company: 'Wellnest',
      role: 'Product Designer',
      project: 'First session experience',
      principles: [
        { principleId: 'customer-obsession', strength: 'primary' },
        { principleId: 'learn-and-be-curious', strength: 'secondary' },
      ],
    },
  },

  // ---------------------------------------------------------------- sound (edges)
  {
    kind: 'sound',
    note: 'Edge: about 205 STAR words, roughly 88 seconds spoken; short but complete and balanced.',
    story: {
      title: 'Sales tax setup in five minutes',
      status: 'ready',
      headline:
        'I rebuilt sales tax setup for small online shops and cut tax-related support tickets by 60%.',
      situation:
        'Shopfront hosts online stores for 50,000 small sellers in the US. Sales tax setup was a page of 40 fields, and it drove more support tickets than any other setting.',
      task: 'As PM for merchant settings, I owned reducing those tickets before the holiday season, when tax questions peak.',
      action:
        'I read 200 tax tickets and found three questions behind most of them: where do I owe tax, at what rate, and does shipping count. I replaced the 40 fields with a short wizard that asks where the seller has a warehouse or staff and fills in the rates from a tax rate service the company already licensed. I tested the wizard with eight sellers of different sizes on video calls and rewrote two questions they misread. I launched it as an experiment for new stores for three weeks, compared tickets against the control group, then moved existing stores over with an email explaining what had changed and a link to review their rates.',
      result:
        'Tax-related support tickets fell 60%, from 1,900 to 760 a month, saving $45,000 a quarter in support costs. Setup completion for new stores rose from 71% to 88%, and sellers who finished the wizard opened their store two days sooner on average.',
      when: '2025-09',
      company: 'Shopfront',
      role: 'Product Manager',
      project: 'Sales tax settings',
      principles: [
        { principleId: 'invent-and-simplify', strength: 'primary' },
        { principleId: 'customer-obsession', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'sound',
    note: 'Edge: about 410 STAR words, close to three minutes at 140 wpm; long but within what coaches accept.',
    story: {
      title: 'Automated route planning with the dispatchers on board',
      status: 'ready',
      headline:
        'I introduced automated route planning that raised van utilisation from 61% to 79% and took 110 vans off the road.',
      situation:
        'Atlas Freight runs 900 delivery vans for business customers across the Midlands. Routes were planned each evening by twelve dispatchers using spreadsheets and local knowledge. Vans averaged 61% of their capacity, and fuel was our second-largest cost after wages. Customers complained about wide delivery windows.',
      task: 'As senior PM for the planning platform, I was asked to introduce automated route planning, raise van utilisation above 75% within a year and the existing platform budget, and bring the dispatchers with us rather than replace their judgement.',
      action:
        'I spent my first two weeks in the dispatch office, planning routes alongside the dispatchers. Their spreadsheets held knowledge no system had: which loading bays closed early, which customers refused deliveries before nine, which roads flooded after heavy rain. I wrote all of it down, and it became 140 constraints in the requirements.\n\nI evaluated three routing engines on a month of our real orders. The cheapest one produced the shortest routes but ignored delivery windows; I chose the second, which met 98% of the windows, and negotiated its price down by 20% with a two-year commitment.\n\nI did not switch everything at once. I ran the engine in parallel with the dispatchers for four weeks in one depot, and each evening the dispatcher compared both plans and could override the engine. I logged every override and its reason. Most overrides in the first week were constraints I had not captured, so I added them; by the fourth week overrides fell from 30% of routes to 6%.\n\nI then rolled out depot by depot over five months. In each depot I picked the most sceptical dispatcher as the local lead for the trial, because a plan that convinced them would convince the rest. I held a fortnightly review with the operations director, showing utilisation, on-time delivery and overrides by depot, and I paused the rollout once for two weeks when one depot fell behind on time windows.',
      result:
        'Within ten months, van utilisation rose from 61% to 79%. The company took 110 vans off the road, cutting fuel and lease costs by £3.4 million a year, and on-time delivery improved from 91% to 96%. Evening planning time dropped from three hours to forty minutes, and all twelve dispatchers stayed, now working on exceptions and customer calls instead of spreadsheets. Carbon emissions from the fleet fell 17%, which the sales team used in two public sector tenders that the company then won. Dispatcher overtime fell by half.',
      when: '2025-02',
      company: 'Atlas Freight',
      role: 'Senior Product Manager',
      project: 'Route optimisation',
      principles: [
        { principleId: 'earn-trust', strength: 'primary' },
        { principleId: 'frugality', strength: 'primary' },
        { principleId: 'think-big', strength: 'secondary' },
      ],
      metrics: 'Utilisation 61% → 79%; 110 vans retired; £3.4M a year saved',
    },
  },
  {
    kind: 'sound',
    note: 'Edge: Action about 45% with brief context; a long Result carries the rest. Below the ideal share, not thin.',
    story: {
      title: 'Growing a junior engineer into a tech lead',
      status: 'ready',
      headline:
        'I coached a junior engineer into leading our payments team, which moved us to weekly releases and saved an external hire.',
      situation:
        'At Helio Bank, my mobile payments team of eight had one senior engineer, who was leaving for another company in three months. Hiring a replacement externally was taking five months on average.',
      task: 'As engineering manager, I decided to grow a lead from within instead of waiting for a hire.',
      action:
        'I picked Dana, an engineer with two years of experience who asked the best questions in design reviews, and asked her whether she wanted the role. She did, but she was nervous about running meetings. I wrote a twelve-week plan with her: she shadowed the departing senior for four weeks, led design reviews from week five with me in the room, and ran them alone from week nine. I met her for thirty minutes every week and gave her one piece of specific feedback each time. I handed her the release process end to end, which the senior had owned, and let her redesign it. When a release in week seven needed a rollback, I backed her call in front of the team and reviewed it with her privately afterwards.',
      result:
        'Dana took over as tech lead on the planned date, and the team did not lose a sprint during the handover. Her redesigned release process moved the team from monthly to weekly releases, and the time from a fix being ready to reaching customers dropped from 18 days to 4. Payment errors reported by customers fell 30% over the next two quarters, because fixes shipped faster. The bank saved five months and £25,000 of recruiting fees that an external hire would have cost. A year later Dana was promoted to senior engineer, and I reused the twelve-week plan to grow two more leads in other teams.',
      when: '2024-11',
      company: 'Helio Bank',
      role: 'Engineering Manager',
      project: 'Tech lead succession',
      principles: [
        { principleId: 'hire-and-develop-the-best', strength: 'primary' },
        { principleId: 'earn-trust', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'sound',
    note: 'Edge: dated 2023-10, exactly three years and two months before the test date; recent enough.',
    story: {
      title: 'Repeat prescriptions without the phone queue',
      status: 'ready',
      headline:
        'I launched one-tap repeat prescriptions that moved 40% of refill requests into the app and cut phone waits from 25 minutes to 7.',
      situation:
        'Medly is an online pharmacy that dispenses repeat prescriptions for people with long-term conditions. Most patients still phoned to order refills, and the phone queue averaged 25 minutes in the first week of each month.',
      task: 'As PM for the patient app, I was asked to move refill requests into the app and cut the queue before winter.',
      action:
        "I listened to forty recorded refill calls and found that most were routine: the same medicines, the same doctor, no changes. The app already allowed refills, but it took eight screens and asked patients to type medicine names, which many could not spell. I redesigned it around the patient's existing prescriptions: one screen listing their medicines with a tick box each and a single confirm button. I worked with our pharmacist lead to keep the safety check, so any request outside the normal interval still went to a pharmacist. I added a reminder notification a week before each medicine was due to run out, timed from the last dispensing date. I tested the new flow with ten patients over sixty, our largest group, in our Leeds branch, and enlarged the text after watching them use it. I launched to 10% of patients, compared refill timing with the control group for a month, then rolled out to everyone.",
      result:
        'Within three months, 40% of refill requests came through the app, up from 12%. The average phone wait in the first week of the month fell from 25 minutes to 7, and patients who used reminders ran out of medicine 45% less often. Call centre overtime costs fell by £28,000 a quarter.',
      when: '2023-10',
      company: 'Medly',
      role: 'Product Manager',
      project: 'Repeat prescriptions',
      principles: [
        { principleId: 'customer-obsession', strength: 'primary' },
        { principleId: 'invent-and-simplify', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'sound',
    note: 'Edge: the Task is a single short sentence; context is minimal but present, the Action carries the story.',
    story: {
      title: 'Halving video delivery costs',
      status: 'ready',
      headline:
        'I cut our video delivery bill by 46% by moving to several CDNs with cost-aware routing, with no loss in playback quality.',
      situation:
        'Streamwell hosts video courses for 600 training companies, and content delivery was our largest infrastructure cost at $310,000 a month on a single provider. Our contract came up for renewal in six months.',
      task: 'As TPM for the video platform, I had to cut delivery cost by a third without raising buffering.',
      action:
        'I broke the bill down by region and found that 70% of it came from traffic in Europe and Southeast Asia, where our provider charged the most. I asked four other providers for quotes on our real traffic profile and ran a two-week test with two of them, serving 5% of traffic each and measuring start-up time and buffering per region. I built the case for a multi-provider setup with a routing layer that sends each viewer to the cheapest provider meeting our quality bar. I worked with two platform engineers to build the routing on top of our existing player, and I wrote the rollback rule: if buffering rose above 1% in any region for ten minutes, traffic moved back automatically. I used the test results in the renewal negotiation with our main provider, who lowered their rates by 25% to keep the European traffic.',
      result:
        'Monthly delivery cost fell from $310,000 to $167,000, a 46% cut worth $1.7 million a year. Buffering stayed at 0.6% of viewing time, and video start-up time improved by 200 milliseconds in Southeast Asia because the new provider had servers closer to viewers there. Two months later, when one provider had a regional outage, traffic moved to the other with no viewer-facing impact.',
      when: '2025-05',
      company: 'Streamwell',
      role: 'Technical Program Manager',
      project: 'CDN cost reduction',
      principles: [
        { principleId: 'frugality', strength: 'primary' },
        { principleId: 'dive-deep', strength: 'secondary' },
      ],
    },
  },
  {
    kind: 'sound',
    note: 'Edge: about 213 STAR words (about 91 s) with Action just over half; a failure story, tagged, with its lesson.',
    story: {
      title: 'A price rise that drove away small customers',
      status: 'ready',
      headline:
        'I raised our starter price without testing it, lost small customers, and won a third of them back with a plan built for them.',
      situation:
        'Gatherly sells event registration software to organisers of every size. In 2024 I raised the price of our starter plan by 40% to push customers toward the team plan, which had better margins.',
      task: 'As the PM for pricing, I owned the change and a quarterly revenue target of 10% growth.',
      action:
        'I relied on a survey of forty customers instead of a live test, and I announced the change with two weeks of notice. Within a month, cancellations on the starter plan tripled. I took responsibility in the leadership meeting, paused the change, and called twenty of the customers who had left. Most were small charities and clubs running one event a year, for whom the new price doubled the cost of that event. I proposed a new annual plan for occasional organisers, priced at the old monthly rate, and grandfathered existing starter customers for twelve months. I emailed everyone who had cancelled with the new option and an apology I wrote myself.',
      result:
        'Cancellations returned to their usual 3% a month within six weeks, and 31% of the customers who had left came back on the annual plan. Team plan upgrades still rose 18%, so revenue ended the quarter 7% above plan. The annual plan became our fastest-growing plan that year, at 1,100 sign-ups.',
      learnings:
        "I now test any price change on a slice of new customers before touching existing ones, and I give existing customers at least a quarter's notice.",
      when: '2024-06',
      company: 'Gatherly',
      role: 'Product Manager',
      project: 'Starter plan pricing',
      principles: [
        { principleId: 'ownership', strength: 'primary' },
        { principleId: 'earn-trust', strength: 'secondary' },
      ],
      tags: ['failure'],
    },
  },
];
