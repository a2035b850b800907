/** Seed text of the built-in set; written in Storybank's own words, not Amazon's. */
export interface PrincipleSeed {
  /** stable kebab-case id, e.g. 'customer-obsession' */
  id: string;
  /** Amazon's own name of the principle, exactly as Amazon spells it */
  name: string;
  /** 1–2 sentences, our own words, what an interviewer is looking for */
  description: string;
  /** how often PM loops probe it: 3 = very often, 2 = often, 1 = now and then */
  frequency: 1 | 2 | 3;
  /** at least 4 behavioral questions ("Tell me about a time…"), our own wording */
  questions: string[];
}

export const AMAZON_SET_ID = 'amazon-lp';
export const AMAZON_SET_NAME = 'Amazon Leadership Principles';
export const AMAZON_PRINCIPLES: readonly PrincipleSeed[] = [
  {
    id: 'customer-obsession',
    name: 'Customer Obsession',
    description:
      "Wants proof that the customer's real problem drives your choices: you seek out their feedback and behavior and let it shape decisions, even when that is costly for your team.",
    frequency: 3,
    questions: [
      'Tell me about a time you changed a product decision because of what you learned directly from customers.',
      'Describe a situation where what customers asked for differed from what they actually needed, and how you handled it.',
      'Tell me about a time you used customer data to find a problem nobody on your team had noticed.',
      'Give an example of when you pushed back on a stakeholder to protect the customer experience.',
      'Tell me about a customer-facing launch that disappointed users and what you did afterwards.',
    ],
  },
  {
    id: 'ownership',
    name: 'Ownership',
    description:
      'Wants to hear that you treat outcomes as your own, think about the long term, and step in to fix problems beyond your formal scope instead of waiting for someone else.',
    frequency: 3,
    questions: [
      'Tell me about a time you took charge of a problem that sat outside your formal responsibilities.',
      'Describe a decision where you gave up a short-term win to protect a long-term result for the product.',
      'Tell me about a time a project you owned failed, and how you took responsibility for it.',
      'Give an example of when you noticed a gap between teams and stepped in to close it.',
      'Tell me about a time you kept supporting a feature long after launch because nobody else would.',
    ],
  },
  {
    id: 'invent-and-simplify',
    name: 'Invent and Simplify',
    description:
      'Tests whether you find fresh solutions, borrow good ideas wherever they come from, and make things simpler for users and teams, even when the idea is unpopular at first.',
    frequency: 2,
    questions: [
      'Tell me about a time you simplified a product or process that had grown too complicated.',
      'Describe a new idea you brought to a product, and how you got others to back it.',
      'Tell me about a time you reused an idea from another team or industry to solve your own problem.',
      "Give an example of an innovation you tried that didn't work, and what you learned from it.",
      "Tell me about a time you removed features or steps to make the customer's job easier.",
    ],
  },
  {
    id: 'are-right-a-lot',
    name: 'Are Right, A Lot',
    description:
      'Probes your judgment: how you make sound calls with gaps in the data, invite people to poke holes in your thinking, and update your view when the evidence shifts.',
    frequency: 3,
    questions: [
      'Tell me about a time you made an important decision without all the data you wanted.',
      'Describe a situation where your instinct contradicted the data, and how you decided which to trust.',
      'Tell me about a time you were wrong about a product bet, and how you realized it.',
      'Give an example of when you actively looked for opinions that disagreed with yours before deciding.',
      'Tell me about a time you had to choose between two strong options proposed by people you respected.',
    ],
  },
  {
    id: 'learn-and-be-curious',
    name: 'Learn and Be Curious',
    description:
      'Looks for genuine curiosity: you keep picking up new skills and domains on your own initiative and turn what you learn into better product decisions.',
    frequency: 2,
    questions: [
      'Tell me about a time you taught yourself a new skill or domain to do your job better.',
      'Describe a situation where curiosity led you to a product insight that others had missed.',
      'Tell me about something you learned from a failed experiment and how it changed your approach.',
      'Give an example of when you sought feedback that was hard to hear and acted on it.',
      'Tell me about the last time you dug into a technology or market just because it interested you.',
    ],
  },
  {
    id: 'hire-and-develop-the-best',
    name: 'Hire and Develop the Best',
    description:
      'Checks whether you help build strong teams: you judge talent carefully, give honest coaching, and invest in the growth of the people around you, reports or not.',
    frequency: 1,
    questions: [
      'Tell me about a time you helped someone on your team grow into a bigger role.',
      'Describe a hiring decision you influenced, and how you judged whether the candidate raised the bar.',
      'Tell me about a time you gave difficult feedback to a colleague and what came of it.',
      'Give an example of when you mentored someone outside your reporting line.',
      "Tell me about a hire or team placement that didn't work out and what you did about it.",
    ],
  },
  {
    id: 'insist-on-the-highest-standards',
    name: 'Insist on the Highest Standards',
    description:
      "Looks for a demanding sense of quality: you won't ship work you know is weak, you fix issues at their source, and you pull your team's quality upward over time.",
    frequency: 2,
    questions: [
      "Tell me about a time you delayed a launch because the quality wasn't good enough.",
      'Describe a situation where you raised the standard of work your team produced.',
      'Tell me about a time you were not satisfied with a result that others considered finished.',
      'Give an example of when you found the root cause of a recurring problem and fixed it for good.',
      'Tell me about a time you compromised on quality and later regretted it.',
    ],
  },
  {
    id: 'think-big',
    name: 'Think Big',
    description:
      'Tests whether you can see past the obvious next step, describe an ambitious future for customers, and get people excited enough to work toward it.',
    frequency: 2,
    questions: [
      'Tell me about a time you proposed a vision that was much bigger than what your team was planning.',
      'Describe how you convinced leadership to invest in an ambitious, long-term product bet.',
      'Tell me about a time you turned a small feature request into a broader opportunity.',
      "Give an example of a bold goal you set that you didn't fully reach, and what you learned.",
      'Tell me about a time you used market data to argue for a larger opportunity than people expected.',
    ],
  },
  {
    id: 'bias-for-action',
    name: 'Bias for Action',
    description:
      'Looks for speed paired with judgment: you act quickly when a decision can be undone, accept sensible risk, and keep things moving rather than waiting for certainty.',
    frequency: 3,
    questions: [
      'Tell me about a time you made a fast decision that turned out to be the right call.',
      'Describe a situation where you acted without full information, and how you managed the risk.',
      "Tell me about a time you moved too quickly and made a mistake, and what you'd do differently.",
      'Give an example of when you unblocked a stalled project by taking the first step yourself.',
      'Tell me about a time you ran a quick experiment instead of waiting for a long analysis.',
    ],
  },
  {
    id: 'frugality',
    name: 'Frugality',
    description:
      "Checks whether you stretch limited time, people, and money, see tight resources as a reason to get creative, and avoid spending that doesn't help customers.",
    frequency: 1,
    questions: [
      'Tell me about a time you delivered a meaningful result with very limited resources.',
      'Describe a situation where you cut costs without hurting the customer experience.',
      'Tell me about a time a tight budget forced you to find a more creative solution.',
      'Give an example of when you decided not to spend money or headcount, and why.',
      "Tell me about a time you used data to show that an expensive project wasn't worth it.",
    ],
  },
  {
    id: 'earn-trust',
    name: 'Earn Trust',
    description:
      "Probes how people come to rely on you: you pay real attention to others, are honest even when it's awkward, and own up to your mistakes instead of covering them.",
    frequency: 3,
    questions: [
      'Tell me about a time you had to rebuild trust with a stakeholder after something went wrong.',
      'Describe a situation where you admitted a mistake to your team or leadership.',
      'Tell me about a time you delivered bad news to a partner team or customer.',
      'Give an example of how you built a working relationship with a skeptical engineering lead.',
      'Tell me about a time you resolved a conflict between two teams that depended on you.',
    ],
  },
  {
    id: 'dive-deep',
    name: 'Dive Deep',
    description:
      "Looks for someone who knows the details, gets suspicious when numbers and anecdotes don't match, and personally digs into data to find root causes.",
    frequency: 3,
    questions: [
      "Tell me about a time you dug into data and found something that changed your team's plan.",
      'Describe a situation where a metric looked healthy but you suspected a deeper problem.',
      'Tell me about a time you had to find the root cause of a difficult product issue.',
      "Give an example of when you challenged a report or dashboard because the numbers didn't make sense.",
      'Tell me about a time you missed an important detail, and how you caught it afterwards.',
    ],
  },
  {
    id: 'have-backbone-disagree-and-commit',
    name: 'Have Backbone; Disagree and Commit',
    description:
      'Tests whether you speak up with conviction when you think a call is wrong, argue with evidence rather than volume, and then back the final decision without reservation.',
    frequency: 3,
    questions: [
      "Tell me about a time you disagreed with your manager's product direction and how you raised it.",
      'Describe a situation where you pushed back on a senior leader using data.',
      'Tell me about a time you committed to a decision you disagreed with, and how it turned out.',
      'Give an example of when you stood your ground on a product decision despite strong pressure.',
      'Tell me about a time you were persuaded to change your position during a disagreement.',
    ],
  },
  {
    id: 'deliver-results',
    name: 'Deliver Results',
    description:
      'Looks for a record of shipping the outcomes that matter most, choosing the right inputs to focus on, and finding a way forward when obstacles appear.',
    frequency: 3,
    questions: [
      'Tell me about a time you delivered an important project under a tight deadline.',
      'Describe a situation where you had to overcome a major obstacle to hit a goal.',
      'Tell me about a time you missed a goal, and what you did about it.',
      'Give an example of how you chose which metrics to focus on to drive a product outcome.',
      'Tell me about a time you had to reprioritize scope to ship something valuable on time.',
    ],
  },
  {
    id: 'strive-to-be-earths-best-employer',
    name: "Strive to be Earth's Best Employer",
    description:
      'Checks whether you make work better for the people around you: fair, inclusive, supportive of growth, and a place where people can do their best work.',
    frequency: 1,
    questions: [
      'Tell me about a time you made your team a better place to work.',
      'Describe a situation where you noticed a teammate struggling and helped them.',
      'Tell me about a time you made sure quieter voices on your team were heard.',
      'Give an example of when you protected your team from burnout during a demanding project.',
      'Tell me about a time you handled a conflict within your team in a fair way.',
    ],
  },
  {
    id: 'success-and-scale-bring-broad-responsibility',
    name: 'Success and Scale Bring Broad Responsibility',
    description:
      'Probes whether you weigh the wider effects of your product on communities, society, and the environment, and act on them rather than focusing only on growth.',
    frequency: 1,
    questions: [
      'Tell me about a time you considered the broader social impact of a product decision.',
      'Describe a situation where you changed a feature to reduce harm to users or the community.',
      'Tell me about a time you weighed business growth against a possible negative side effect.',
      'Give an example of when you raised an ethical or privacy concern about a product.',
      'Tell me about a time you used data to understand how your product affected people beyond its direct users.',
    ],
  },
];
