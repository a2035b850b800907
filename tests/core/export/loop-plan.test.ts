import { describe, expect, it } from 'vitest';
import { buildPrepPack, prepPackSummary } from '../../../src/core/export';
import { newLoop, planOfLoop } from '../../../src/core/loops/loops';
import type { Bank } from '../../../src/core/model/schema';
import { docxPart, xmllint } from './docx-tools';
import { ALL_SECTIONS, packOptions, sampleBank } from './sample-bank';

function bankWithLoop(): Bank {
  const bank = sampleBank();
  let n = 0;
  const loop = newLoop(
    {
      name: 'Amazon PM, December',
      template: 'amazon-pm',
      at: '2026-12-14T09:30',
      role: 'Senior PM',
    },
    bank.principleSets[0]!,
    'loop-1',
    '2026-11-01T10:00:00.000Z',
    () => `round-${++n}`,
  );
  loop.rounds[0] = { ...loop.rounds[0]!, interviewer: 'Priya' };
  bank.loops.push(loop);
  return bank;
}

describe('the Loop plan section of the prep pack', () => {
  it('prints a page a round with the story to tell and the backup, and the cover names the loop', async () => {
    const bank = bankWithLoop();
    const options = packOptions({
      sections: { ...ALL_SECTIONS, loopPlan: true },
      loopId: 'loop-1',
    });
    expect(prepPackSummary(bank, options).sections[1]).toBe('Loop plan');
    const xml = docxPart(await buildPrepPack(bank, options));
    expect(xmllint(xml).ok).toBe(true);
    expect(xml).toContain('For Amazon PM, December · 14 December 2026, 09:30');
    expect(xml).toContain('Loop plan: Amazon PM, December');
    expect(xml).toContain('Round 1 · Hiring manager (Priya)');
    expect(xml).toContain('Tell: ');
    expect(xml.match(/w:pageBreakBefore/g)!.length).toBeGreaterThanOrEqual(5);
  });

  it('is left out without a loop, and masks confidential terms like the rest', async () => {
    const bank = bankWithLoop();
    const without = prepPackSummary(
      bank,
      packOptions({ sections: { ...ALL_SECTIONS, loopPlan: true } }),
    );
    expect(without.sections).not.toContain('Loop plan');
    const plan = planOfLoop(bank, bank.loops[0]!, new Date(2026, 2, 14));
    const told = bank.stories.find((story) => story.id === plan.slots.find((s) => s.main)!.main)!;
    const term = told.title.split(' ').find((word) => /^[A-Za-z]{5,}$/.test(word))!;
    bank.settings.confidentialTerms = [term];
    const only = { sections: { loopPlan: true }, loopId: 'loop-1' };
    const plain = docxPart(await buildPrepPack(bank, packOptions({ ...only, redact: false })));
    expect(plain).toContain(term);
    const masked = docxPart(await buildPrepPack(bank, packOptions({ ...only, redact: true })));
    expect(masked).not.toContain(term);
    expect(masked).toContain('[redacted]');
  });
});
