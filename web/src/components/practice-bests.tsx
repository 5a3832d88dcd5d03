import type { PersonalBest } from '../../../server/protocol/index.js';
import { formatScore } from '../lib/format.js';
import { formatAccuracy, formatDate, formatDuration } from '../lib/practice-format.js';
import { Link } from './link.js';

/** All-time best per set and mode: the learner's own "personal best" board. */
export function PracticeBests({ bests }: { bests: PersonalBest[] }) {
  if (bests.length === 0) {
    return <p class="muted">Finish a run to see your personal bests here.</p>;
  }
  return (
    <div class="table-scroll">
      <table class="ranking">
        <caption>Personal bests</caption>
        <thead>
          <tr>
            <th scope="col">Set</th>
            <th scope="col">Mode</th>
            <th scope="col" class="num">
              Score
            </th>
            <th scope="col" class="num">
              Accuracy
            </th>
            <th scope="col" class="num col-time">
              Time
            </th>
            <th scope="col" class="col-time">
              When
            </th>
          </tr>
        </thead>
        <tbody>
          {bests.map((b) => (
            <tr
              key={`${b.setId}:${b.mode}`}
              data-testid="personal-best-row"
              data-set-id={b.setId}
              data-mode={b.mode}
              data-score={b.score}
            >
              <th scope="row">
                <Link href={`/leaderboards/${encodeURIComponent(b.setId)}`}>{b.setTitle}</Link>
              </th>
              <td>{b.mode}</td>
              <td class="num">{formatScore(b.score)}</td>
              <td class="num">{formatAccuracy(b.accuracy)}</td>
              <td class="num col-time">{formatDuration(b.durationMs)}</td>
              <td class="col-time">{formatDate(b.finishedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
