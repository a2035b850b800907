import { emptyStoryContent, newBank } from '../../../src/core/model/bank';
import type { Bank, Story } from '../../../src/core/model/schema';
import type { PrepPackOptions } from '../../../src/core/export';

type Extra = Partial<Story> & { map?: [string, 'primary' | 'secondary'][] };

function story(id: string, title: string, { map = [], ...rest }: Extra): Story {
  // Built here rather than with tests/helpers, which needs a running vitest: the bench and
  // scratch scripts use this bank too.
  return {
    ...emptyStoryContent(title),
    id,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    deletedAt: null,
    status: 'ready',
    principles: map.map(([principleId, strength]) => ({ principleId, strength })),
    ...rest,
  };
}

/**
 * Six stories of a PM across the Amazon set (plus an unmapped draft and a trashed one):
 * Customer Obsession, Ownership and Deliver Results covered, Dive Deep thin, Frugality a gap.
 */
export function sampleBank(): Bank {
  const bank = newBank();
  bank.settings = {
    ...bank.settings,
    candidateName: 'Jordan Rivera',
    targetRole: 'Senior Product Manager',
    targetCompany: 'Amazon',
    confidentialTerms: ['Acme Corp.', '$4.2M'],
  };
  bank.stories = [
    story('billing', 'Rescued the billing migration', {
      headline:
        'Took over a slipping billing migration and moved 40,000 accounts with zero lost invoices.',
      situation:
        'At Acme Corp. the move off our legacy billing system was six weeks late.\nFinance had frozen all pricing changes until it landed.',
      task: 'I owned the migration plan after the previous lead left, with a hard quarter-end date.',
      action:
        'I re-ran the reconciliation myself and found 3% of accounts with mismatched tax codes.\n\nI split the cut-over into five waves by region, wrote the rollback runbook, and held a daily 15-minute check-in with finance and support.\tOwners were named per wave.',
      result:
        'All 40,000 accounts moved in four weeks with zero lost invoices; $4.2M of annual revenue kept billing on time.',
      learnings: 'Reconcile before you plan: the data told me where the risk was.',
      metrics: '40,000 accounts; 0 lost invoices; 4 weeks instead of 10',
      company: 'Acme Corp.',
      role: 'Product Manager',
      when: '2024-05',
      project: 'billing-migration',
      followUps: [
        {
          id: 'f1',
          question: 'What would you do differently?',
          answer: 'Start the reconciliation in week one, not week six.',
        },
        {
          id: 'f2',
          question: 'Who pushed back?',
          answer:
            'The finance controller wanted a single cut-over.\nI showed her the wave plan and the rollback.',
        },
      ],
      map: [
        ['ownership', 'primary'],
        ['deliver-results', 'primary'],
        ['dive-deep', 'secondary'],
      ],
    }),
    story('latency', 'Cut checkout latency before the EU launch', {
      headline: 'Halved p95 checkout latency in six weeks so the EU launch could go ahead.',
      situation: 'Checkout p95 was 2.4 s in the EU region, above the 1.2 s launch bar.',
      task: 'Get under the bar without delaying the launch date.',
      action:
        'I ranked the slow calls with the on-call engineer and cut two synchronous fraud checks.',
      result: 'p95 dropped to 1.1 s; conversion rose 3.1% in the first month.',
      company: 'Northwind',
      role: 'Product Manager',
      when: '2025-02',
      project: 'eu-launch',
      map: [
        ['customer-obsession', 'primary'],
        ['bias-for-action', 'secondary'],
        ['deliver-results', 'secondary'],
      ],
    }),
    story('pricing', 'Disagreed with the VP on pricing tiers', {
      headline:
        'Pushed back on a third pricing tier with cohort data, lost, committed and shipped on time.',
      situation: 'Our VP wanted a premium tier for the spring release.',
      action: 'I brought churn cohorts to the review, argued once, then committed fully.',
      result: 'Shipped on the date; the tier reached 8% of new sign-ups.',
      status: 'draft',
      company: 'Northwind',
      when: '2025-04',
      project: 'pricing',
      map: [
        ['have-backbone-disagree-and-commit', 'primary'],
        ['earn-trust', 'secondary'],
      ],
    }),
    story('beta', 'Killed my own feature after the beta data', {
      headline:
        'Stopped a feature I had championed when beta usage showed customers did not need it.',
      situation: 'I had sold a saved-carts feature to leadership.',
      task: 'Decide whether to launch after a four-week beta.',
      action: 'I read every beta session log and called twelve customers myself.',
      result: 'We dropped it and moved two engineers to search, which lifted conversion 2%.',
      learnings: 'Write down the kill criteria before the beta starts.',
      tags: ['failure'],
      when: '2023-10',
      project: 'saved-carts',
      map: [
        ['are-right-a-lot', 'primary'],
        ['customer-obsession', 'secondary'],
        ['learn-and-be-curious', 'secondary'],
      ],
    }),
    story('hiring', 'Hired and coached two junior analysts', {
      headline: 'Built a two-person analytics bench from scratch in one quarter.',
      situation: 'My team had no analyst and every question waited on a central team.',
      action: 'I wrote the role, ran the loops, and paired with each hire weekly for a quarter.',
      result: 'Both ran their own experiments within three months; one was promoted a year later.',
      when: '2024-01',
      project: 'analytics-bench',
      map: [
        ['hire-and-develop-the-best', 'primary'],
        ['ownership', 'secondary'],
      ],
    }),
    story('onboarding', 'Simplified onboarding from nine steps to four', {
      headline: 'Cut onboarding from nine steps to four and raised activation by 18%.',
      situation: 'New sellers dropped off during a nine-step onboarding.',
      action: 'I mapped each step to the data it collected and removed the five nobody used.',
      result: 'Activation rose from 41% to 59% in eight weeks.',
      when: '2025-06',
      project: 'onboarding',
      map: [
        ['invent-and-simplify', 'primary'],
        ['customer-obsession', 'primary'],
      ],
    }),
    story('vendor', 'Renegotiated the data vendor contract', {
      situation: 'Our data vendor raised prices by 40%.',
      status: 'draft',
    }),
    story('trashed', 'A trashed story nobody should see', {
      deletedAt: '2026-01-02T10:00:00.000Z',
      map: [['frugality', 'primary']],
    }),
  ];
  return bank;
}

export const ALL_SECTIONS = {
  cover: true,
  matrix: true,
  cheatSheet: true,
  storyCards: true,
  questionBank: true,
};

export function packOptions(overrides: Partial<PrepPackOptions> = {}): PrepPackOptions {
  return {
    setId: 'amazon-lp',
    stories: 'all',
    sections: { ...ALL_SECTIONS },
    redact: false,
    today: new Date(2026, 2, 14, 12),
    ...overrides,
  };
}
