import { useMemo, useState } from 'react';
import type { PracticeEntry } from '../../../../core/model/practice-schema';
import type { Bank } from '../../../../core/model/schema';
import { formatDuration } from '../../../../core/quality';
import {
  entriesByStory,
  practiceDays,
  RATING_WORDS,
  storyPractice,
  type Trend,
} from '../../../../core/rehearsal/practice-log';
import { bandFor, placeInBand } from '../../../../core/rehearsal/timing';
import { formatDateTime, formatWhenShort } from '../../lib/format';
import { clock } from '../../../../core/rehearsal/timer';
import { PracticeChart } from './PracticeChart';
import { RecordingPlayer } from './RecordingPlayer';
import { CARD_TITLES } from '../../../../core/rehearsal/card-words';

const TREND_WORDS: Record<Trend, string> = {
  better: '↑ better',
  steady: '→ steady',
  worse: '↓ slipping',
};

const PLACE = { short: 'short', inside: 'in band', long: 'long' };

/** Per story: how often, how lately, how long against the band, and which way it is going. */
export function PracticeLog({ bank, now }: { bank: Bank; now: Date }) {
  const rows = useMemo(() => storyPractice(bank), [bank]);
  const days = useMemo(() => practiceDays(bank.practice, now), [bank.practice, now]);
  const band = bandFor('story', bank.settings);
  const [openId, setOpenId] = useState<string | null>(null);
  const practised = rows.filter((row) => row.rehearsals > 0);
  return (
    <section className="practice-log" aria-labelledby="practice-log-heading">
      <h2 id="practice-log-heading">Practice log</h2>
      {practised.length === 0 ? (
        <p className="practice-log__empty">
          Nothing rehearsed yet. Each rating you give a card is logged here.
        </p>
      ) : (
        <>
          <PracticeChart days={days} band={band} />
          <table className="practice-table">
            <thead>
              <tr>
                <th scope="col">Story</th>
                <th scope="col">Times</th>
                <th scope="col">Last</th>
                <th scope="col">
                  Median<span className="visually-hidden"> full telling</span>
                </th>
                <th scope="col">Trend</th>
              </tr>
            </thead>
            <tbody>
              {practised.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="practice-table__story"
                      aria-expanded={openId === row.id}
                      onClick={() => setOpenId(openId === row.id ? null : row.id)}
                    >
                      {row.title}
                    </button>
                  </th>
                  <td>{row.rehearsals}</td>
                  <td>{row.lastAt ? formatWhenShort(row.lastAt, now) : '—'}</td>
                  <td>
                    {row.medianSeconds === null
                      ? '—'
                      : `${clock(row.medianSeconds)} · ${PLACE[placeInBand(row.medianSeconds, band)]}`}
                  </td>
                  <td>
                    {row.trend ? TREND_WORDS[row.trend] : '—'}
                    <span className="visually-hidden">
                      {' '}
                      (last ratings: {row.ratings.map((r) => RATING_WORDS[r]).join(', ')})
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {openId && (
            <StoryEntries
              title={rows.find((row) => row.id === openId)?.title ?? ''}
              entries={entriesByStory(bank.practice).get(openId) ?? []}
            />
          )}
        </>
      )}
    </section>
  );
}

function StoryEntries({ title, entries }: { title: string; entries: PracticeEntry[] }) {
  return (
    <section className="practice-entries" aria-label={`Rehearsals of ${title}`}>
      <h3>{title}</h3>
      <ol reversed>
        {[...entries].reverse().map((entry) => (
          <li key={entry.id} className="practice-entries__item">
            <span className="practice-entries__what">
              {formatDateTime(entry.at)} · {CARD_TITLES[entry.card]} ·{' '}
              {formatDuration(entry.seconds)} · {RATING_WORDS[entry.rating]}
            </span>
            {entry.question && <span className="practice-entries__note">{entry.question}</span>}
            {entry.note && <span className="practice-entries__note">{entry.note}</span>}
            {entry.recording && <RecordingPlayer entry={entry} />}
          </li>
        ))}
      </ol>
    </section>
  );
}
