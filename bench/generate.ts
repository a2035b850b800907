import { emptyStoryContent, newBank } from '../src/core/model/bank';
import type { Bank, Story } from '../src/core/model/schema';

const WORDS = (
  'customer churn billing migration launch roadmap stakeholder metric latency onboarding ' +
  'experiment pricing retention backlog escalation vendor forecast compliance dashboard ' +
  'conversion support ticket partner prototype interview research rollout incident'
).split(' ');

/** Deterministic text, so every run measures the same bytes. */
function sentence(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 31 + i * 17) % WORDS.length]!);
  return `I ${out.join(' ')}, which moved the number by ${(seed % 40) + 5}%.`;
}

const paragraph = (seed: number, sentences: number, words = 6) =>
  Array.from({ length: sentences }, (_, i) => sentence(seed + i, words)).join(' ');

/** A bank of `count` full stories, about 2.5 KB each, mapped across the Amazon set. */
export function generateBank(count: number): Bank {
  const bank = newBank();
  const principles = bank.principleSets[0]!.principles;
  for (let i = 0; i < count; i++) {
    const at = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString();
    const story: Story = {
      ...emptyStoryContent(
        `Story ${i + 1}: ${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]}`,
      ),
      id: `story-${i}`,
      headline: sentence(i, 12),
      situation: paragraph(i, 3),
      task: paragraph(i + 1, 2),
      action: paragraph(i + 2, 6),
      result: paragraph(i + 3, 3),
      learnings: paragraph(i + 4, 2),
      metrics: `${i % 90}% faster; $${i * 3}k saved`,
      company: `Company ${i % 7}`,
      role: 'Product Manager',
      when: `20${20 + (i % 6)}-${String((i % 12) + 1).padStart(2, '0')}`,
      project: `project-${i % 40}`,
      tags: i % 9 === 0 ? ['failure', 'launch'] : ['launch'],
      principles: [0, 1, 2].map((k) => ({
        principleId: principles[(i + k * 5) % principles.length]!.id,
        strength: k === 0 ? ('primary' as const) : ('secondary' as const),
      })),
      followUps: [0, 1].map((k) => ({
        id: `f-${i}-${k}`,
        question: `What would you do differently about the ${WORDS[(i + k) % WORDS.length]}?`,
        answer: paragraph(i + k, 2),
      })),
      status: i % 3 === 0 ? 'draft' : 'ready',
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    };
    bank.stories.push(story);
  }
  return bank;
}
