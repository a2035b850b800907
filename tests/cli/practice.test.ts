import { describe, expect, it } from 'vitest';
import { testClient } from '../dispatch-client';
import { tempDir } from '../helpers';
import { TODAY, cli, cliAt } from './cli-helpers';

const DAY = 86_400_000;
const TITLE = 'Checkout latency';

/** A bank made through the real handlers, its clock at TODAY unless moved. */
async function practiceBank() {
  let now = TODAY;
  const client = await testClient({ now: () => now });
  const story = await client.call('stories:create', {
    title: TITLE,
    action: 'I profiled every call on the checkout path and cached the three slow ones.',
  });
  const idea = await client.call('stories:create', { title: 'Half an idea' });
  return { ...client, story, idea, setNow: (date: Date) => void (now = date) };
}

async function report(dataDir: string, now = TODAY) {
  const result = await cliAt(now, 'practice', '--json', '--data', dataDir);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

describe('storybank practice', () => {
  it('lists a new story with an Action written as due to tell, in the stable JSON shape', async () => {
    const { dataDir, story, idea } = await practiceBank();
    const json = await report(dataDir);
    expect(Object.keys(json)).toEqual(['due', 'stories']);
    // Never practised: due from now. A story with nothing done written is no card yet.
    expect(json.due).toEqual([
      { kind: 'story', storyId: story.id, storyTitle: TITLE, dueAt: TODAY.toISOString() },
    ]);
    expect(json.stories).toEqual([
      { id: story.id, title: TITLE, rehearsals: 0, lastAt: null, medianSeconds: null },
      { id: idea.id, title: 'Half an idea', rehearsals: 0, lastAt: null, medianSeconds: null },
    ]);

    const text = await cli('practice', '--data', dataDir);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n').slice(0, 2)).toEqual([
      'Due today: 1 card',
      `  Full story — ${TITLE}`,
    ]);
    expect(text.stdout).toMatch(/Story\s+Told\s+Last\s+Median \(1 min 30 s–3 min\)\s+Trend/);
    expect(text.stdout).toMatch(/Half an idea\s+0\s+never\s+—\s+—/);
  });

  it('once told and rated Good, the story is not due today and its log shows it', async () => {
    const { dataDir, story, call } = await practiceBank();
    await call('practice:record', { storyId: story.id, card: 'story', seconds: 100, rating: 3 });

    const json = await report(dataDir);
    expect(json.due.filter((card: { kind: string }) => card.kind === 'story')).toEqual([]);
    // Told in full once, its shorter versions and the drill join the deck as new cards.
    expect(json.due.map((card: { kind: string }) => card.kind)).toEqual([
      'short-90',
      'short-30',
      'follow-ups',
    ]);
    expect(json.stories[0]).toEqual({
      id: story.id,
      title: TITLE,
      rehearsals: 1,
      lastAt: TODAY.toISOString(),
      medianSeconds: 100,
    });

    const text = (await cli('practice', '--data', dataDir)).stdout;
    expect(text).not.toContain('Full story');
    expect(text).toContain(`  90-second version — ${TITLE}`);
    expect(text).toContain(`  30-second version — ${TITLE}`);
    expect(text).toContain(`  Follow-up drill — ${TITLE}`);
    expect(text).toMatch(new RegExp(`${TITLE}\\s+1\\s+2026-11-27 Good\\s+1 min 40 s\\s+—`));

    // A week on it is due again, dated by its schedule rather than by the day it is asked.
    const later = new Date(TODAY.getTime() + 7 * DAY);
    const again = (await report(dataDir, later)).due.find(
      (card: { kind: string }) => card.kind === 'story',
    );
    expect(again).toBeDefined();
    expect(Date.parse(again.dueAt)).toBeGreaterThan(TODAY.getTime());
    expect(Date.parse(again.dueAt)).toBeLessThan(later.getTime());
  });

  it('marks a median outside the speaking band, and shows the trend in words', async () => {
    const { dataDir, story, call, setNow } = await practiceBank();
    await call('practice:record', { storyId: story.id, card: 'story', seconds: 240, rating: 1 });
    setNow(new Date(TODAY.getTime() + DAY));
    await call('practice:record', { storyId: story.id, card: 'story', seconds: 250, rating: 4 });
    const text = (await cliAt(new Date(TODAY.getTime() + DAY), 'practice', '--data', dataDir))
      .stdout;
    expect(text).toMatch(
      new RegExp(`${TITLE}\\s+2\\s+2026-11-28 Easy\\s+4 min 5 s \\(long\\)\\s+better`),
    );
  });

  it('never prints the hidden story of a question card, though the JSON names it', async () => {
    const { dataDir, story, call } = await practiceBank();
    const question = 'Tell me about a time you shipped under pressure.';
    await call('stories:update', { id: story.id, changes: { targetQuestions: [question] } });
    await call('stories:setMapping', {
      storyId: story.id,
      principleId: 'ownership',
      strength: 'primary',
    });
    await call('loops:create', {
      name: 'Amazon PM',
      template: 'amazon-pm',
      at: '2026-12-06T10:00',
    });

    const json = await report(dataDir);
    const questions = json.due.filter((card: { kind: string }) => card.kind === 'question');
    expect(questions.length).toBeGreaterThan(1); // the loop's round, the target, the question bank
    expect(questions).toContainEqual({
      kind: 'question',
      storyId: story.id,
      storyTitle: TITLE,
      question,
      dueAt: TODAY.toISOString(),
    });

    const text = await cli('practice', '--due', '--data', dataDir);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toBe(`Due today: ${json.due.length} cards · loop in 9 days`);
    const asked = lines.filter((line) => line.startsWith('  Question — '));
    expect(asked).toHaveLength(questions.length);
    expect(asked).toContain(`  Question — ${question}`);
    for (const line of asked) expect(line).not.toContain(TITLE);
    // --due: the cards only, no table of stories.
    expect(text.stdout).not.toContain('Median');
    expect(text.stdout).not.toContain('Half an idea');
    expect(
      Object.keys(JSON.parse((await cli('practice', '--due', '--json', '--data', dataDir)).stdout)),
    ).toEqual(['due', 'stories']);
  });

  it('refuses wrong usage with exit 2, and says when there is no bank', async () => {
    const { dataDir } = await practiceBank();
    const bogus = await cli('practice', '--bogus', '--data', dataDir);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('Unknown option --bogus.');
    expect(bogus.stderr).toContain('Usage: storybank practice [--due] [--json] [--data DIR]');
    expect((await cli('--help')).stdout).toMatch(/ {2}practice {2}the cards due/);
    expect(await cli('practice', '--data', await tempDir())).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('there is no bank'),
    });
  });
});
