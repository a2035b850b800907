import { describe, expect, it } from 'vitest';
import { newBank } from '../../src/core/model/bank';
import type { Loop } from '../../src/core/model/loop-schema';
import {
  initialChoices,
  nextLoopId,
  packRequest,
} from '../../src/renderer/src/components/export/pack-options';
import { testStory } from '../story-factory';

const loop = (id: string, at: string | null): Loop => ({
  id,
  name: id,
  company: '',
  role: '',
  at,
  setId: 'amazon-lp',
  rounds: [],
  pins: [],
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
});

describe('the prep pack’s loop', () => {
  it('starts as the soonest loop still to come, and none when all are past or undated', () => {
    const today = new Date('2026-12-01T08:00:00Z');
    const loops = [
      loop('past', '2026-11-20T09:00'),
      loop('later', '2027-01-10T09:00'),
      loop('next', '2026-12-14T09:30'),
      loop('undated', null),
    ];
    expect(nextLoopId(loops, today)).toBe('next');
    expect(nextLoopId([loops[0]!, loops[3]!], today)).toBeNull();
  });

  it('is sent only while the bank still has it', () => {
    const bank = {
      ...newBank(),
      stories: [testStory('a', { status: 'ready' })],
      loops: [loop('next', null)],
    };
    const choices = initialChoices(bank.stories, 'next');
    expect(packRequest(choices, bank).input.loopId).toBe('next');
    expect(packRequest(choices, { ...bank, loops: [] }).input.loopId).toBeNull();
  });
});
