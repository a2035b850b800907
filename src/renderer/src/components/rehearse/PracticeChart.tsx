import { formatDuration } from '../../../../core/quality';
import type { PracticeDay } from '../../../../core/rehearsal/practice-log';
import type { Band } from '../../../../core/rehearsal/timing';

interface PracticeChartProps {
  days: PracticeDay[];
  band: Band;
}

const WIDTH = 320;
const BARS = 44;
const DOTS = 70;
/** Room below the lowest dot and above the highest, so none is cut. */
const PAD = 4;
const GAP = 10;

const dayName = (day: string) =>
  new Date(`${day}T12:00:00`).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });

/**
 * Two small pictures of the last two weeks: rehearsals per day, and each telling's length
 * against the band. Drawn for the eye only; the same figures are a table for screen readers.
 */
export function PracticeChart({ days, band }: PracticeChartProps) {
  const step = WIDTH / days.length;
  const most = Math.max(1, ...days.map((day) => day.count));
  const longest = Math.max(band.max * 1.25, ...days.flatMap((day) => day.seconds));
  const y = (seconds: number) =>
    BARS + GAP + PAD + (DOTS - 2 * PAD) * (1 - Math.min(1, seconds / longest));
  return (
    <figure className="practice-chart">
      <figcaption>Last {days.length} days</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${BARS + GAP + DOTS}`}
        aria-hidden="true"
        className="practice-chart__svg"
      >
        {days.map((day, index) => {
          const height = (day.count / most) * BARS;
          return (
            <rect
              key={day.day}
              className="practice-chart__bar"
              x={index * step + 2}
              y={BARS - height}
              width={step - 4}
              height={height}
            />
          );
        })}
        <rect
          className="practice-chart__band"
          x={0}
          y={y(band.max)}
          width={WIDTH}
          height={y(band.min) - y(band.max)}
        />
        {days.flatMap((day, index) =>
          day.seconds.map((seconds, n) => (
            <circle
              key={`${day.day}-${n}`}
              className="practice-chart__dot"
              cx={index * step + step / 2}
              cy={y(seconds)}
              r={2.5}
            />
          )),
        )}
      </svg>
      <p className="practice-chart__legend" aria-hidden="true">
        Bars: rehearsals a day · dots: each telling, against the {formatDuration(band.min)}–
        {formatDuration(band.max)} band
      </p>
      {/* In a wrapper: a table grows to its content whatever width it is given. */}
      <div className="visually-hidden">
        <table>
          <caption>Rehearsals per day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Rehearsals</th>
              <th scope="col">Lengths</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.day}>
                <th scope="row">{dayName(day.day)}</th>
                <td>{day.count}</td>
                <td>{day.seconds.map((seconds) => formatDuration(seconds)).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
