import { emptyStoryContent, newBank } from '../src/core/model/bank';
import { CARD_KINDS, type PracticeEntry } from '../src/core/model/practice-schema';
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

const DAY_MS = 86_400_000;

/** A well-mixed 32-bit hash of `n`: the generator's dice, the same on every run. */
function mix(n: number): number {
  let h = Math.imul(n ^ (n >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

const hex = (n: number, width: number) => (n % 16 ** width).toString(16).padStart(width, '0');

/** A deterministic id shaped like the app's (randomUUID), so the bytes match a real log. */
function uuidLike(seed: number): string {
  const [a, b, c] = [mix(seed * 3 + 1), mix(seed * 3 + 2), mix(seed * 3 + 3)];
  return `${hex(a, 8)}-${hex(b, 4)}-4${hex(b >>> 16, 3)}-a${hex(c, 3)}-${hex(c >>> 12, 4)}${hex((a ^ b) >>> 0, 8)}`;
}

const RATINGS = [1, 2, 3, 4] as const;

/** The parts of a telling of `seconds`: a fifth setting the scene, half on the Action. */
function partsOf(seconds: number): [number, number, number, number] {
  const [s, t, a] = [0.2, 0.1, 0.5].map((share) => Math.round(seconds * share)) as [
    number,
    number,
    number,
  ];
  return [s, t, a, seconds - s - t - a];
}

/**
 * `count` rehearsals over the year from 2024-01-01, spread over `stories`, in the order they
 * were logged: about 1/3 with the parts marked, 1/5 with a note of a sentence, 1/10 with a
 * recording; the question only on 'question' cards, as the app records them.
 */
export function generatePractice(
  stories: readonly Pick<Story, 'id'>[],
  count: number,
): PracticeEntry[] {
  if (stories.length === 0) return [];
  const start = Date.UTC(2024, 0, 1, 7);
  const step = (365 * DAY_MS) / count;
  return Array.from({ length: count }, (_, i): PracticeEntry => {
    const dice = mix(i + 1_000_003);
    const id = uuidLike(i);
    const card = CARD_KINDS[dice % CARD_KINDS.length]!;
    const seconds = card === 'short-30' ? 25 + (dice % 15) : 60 + (dice % 150);
    const question = `Tell me about a time you handled a ${WORDS[i % WORDS.length]} problem.`;
    return {
      id,
      storyId: stories[mix(i) % stories.length]!.id,
      card,
      ...(card === 'question' ? { question } : {}),
      at: new Date(start + Math.floor(i * step + (dice % 1000) * (step / 2000))).toISOString(),
      seconds,
      ...((dice >>> 4) % 3 === 0 ? { parts: partsOf(seconds) } : {}),
      rating: RATINGS[(dice >>> 8) % 4]!,
      ...((dice >>> 12) % 5 === 0 ? { note: sentence(i, 8) } : {}),
      ...((dice >>> 20) % 10 === 0 ? { recording: `${id}.webm` } : {}),
    };
  });
}
