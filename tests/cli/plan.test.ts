import { describe, expect, it } from 'vitest';
import { newLoop } from '../../src/core/loops/loops';
import { amazonPrincipleSet } from '../../src/core/principles/amazon-set';
import { testStory } from '../helpers';
import { bankFolder, cli, goodStory } from './cli-helpers';

const mapped = (id: string, principleId: string) =>
  goodStory(id, { id, principles: [{ principleId, strength: 'primary' }] });

describe('storybank plan', () => {
  it('plans an ad-hoc loop without storing it, in the stable JSON shape', async () => {
    const dir = await bankFolder([
      mapped('Own it', 'ownership'),
      mapped('Own it again', 'ownership'),
      mapped('Deep', 'dive-deep'),
    ]);
    const result = await cli(
      'plan',
      '--round',
      'Hiring manager=ownership',
      '--round',
      'Bar Raiser=dive-deep,ownership',
      '--json',
      '--data',
      dir,
    );
    const report = JSON.parse(result.stdout);
    expect(report.loop).toEqual({ name: 'Ad-hoc loop' });
    expect(report.rounds.map((r: { name: string }) => r.name)).toEqual([
      'Hiring manager',
      'Bar Raiser',
    ]);
    expect(report.rounds[1].assignments[0]).toEqual({
      principleId: 'dive-deep',
      principle: 'Dive Deep',
      main: { id: 'Deep', title: 'Deep' },
      backup: null,
    });
    const ownershipMains = [
      report.rounds[0].assignments[0].main.id,
      report.rounds[1].assignments[1].main.id,
    ];
    expect(ownershipMains.sort()).toEqual(['Own it', 'Own it again']);
    expect(report.unassigned.map((u: { role: string }) => u.role)).toEqual(['backup']);
    expect(typeof report.score).toBe('number');
    expect(result.code).toBe(0); // every principle has a main; backups are only advice
  });

  it('exits 1 when a principle of a round has no main, saying what is missing', async () => {
    const dir = await bankFolder([mapped('Own it', 'ownership')]);
    const result = await cli(
      'plan',
      '--round',
      'A=ownership',
      '--round',
      'B=ownership',
      '--data',
      dir,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /needs one more Ownership story: every Ownership story is already a main/,
    );
  });

  it('refuses an unknown principle id as wrong usage, naming it', async () => {
    const dir = await bankFolder([testStory('x')]);
    const result = await cli('plan', '--round', 'A=ownership,not-a-principle', '--data', dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '"not-a-principle" is not a principle of “Amazon Leadership Principles”',
    );
    expect((await cli('plan', '--data', dir)).code).toBe(2);
    expect((await cli('plan', '--loop', 'nope', '--data', dir)).code).toBe(2);
  });

  it('plans a stored loop, its empty rounds taking the most-asked principles left over', async () => {
    let n = 0;
    const set = amazonPrincipleSet();
    const loop = newLoop(
      { name: 'Amazon PM', template: 'amazon-pm' },
      set,
      'loop-1',
      '2026-11-01T10:00:00.000Z',
      () => `round-${++n}`,
    );
    loop.rounds.push({ ...loop.rounds[0]!, id: 'unknown', principleIds: [] });
    const dir = await bankFolder(
      [mapped('Own it', 'ownership')],
      (bank) => void bank.loops.push(loop),
    );
    const result = await cli('plan', '--loop', 'loop-1', '--json', '--data', dir);
    const report = JSON.parse(result.stdout);
    expect(report.loop).toEqual({ id: 'loop-1', name: 'Amazon PM' });
    expect(report.rounds).toHaveLength(6);
    expect(report.rounds[0].assignments.map((a: { principleId: string }) => a.principleId)).toEqual(
      ['customer-obsession', 'ownership', 'deliver-results'],
    );
    expect(report.rounds[5].assignments).toEqual([]); // every principle is taken by the template
    expect(result.code).toBe(1);
  });
});
