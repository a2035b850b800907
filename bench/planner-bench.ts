import { planLoop } from '../src/core/loops/planner';
import { generateBank } from './generate';

const RUNS = 15;

/** 6 rounds × 3 principles over a bank of 1,000 stories: the planner's median time. */
export function benchPlanner(): { ms: number; filled: number; places: number } {
  const bank = generateBank(1000);
  const principles = bank.principleSets[0]!.principles.map((p) => p.id);
  const rounds = Array.from({ length: 6 }, (_, r) => ({
    id: `r${r}`,
    name: `Round ${r + 1}`,
    principleIds: [0, 1, 2].map((k) => principles[(r * 3 + k) % principles.length]!),
  }));
  const input = {
    rounds,
    stories: bank.stories,
    settings: bank.settings,
    today: new Date('2026-06-01T00:00:00Z'),
    principleName: (id: string) => id,
  };
  const times: number[] = [];
  let filled = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const plan = planLoop(input);
    times.push(performance.now() - start);
    filled = plan.slots.filter((slot) => slot.main && slot.backup).length;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)]!, filled, places: 18 };
}
