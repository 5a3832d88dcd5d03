import { leaderboardWindows, type LeaderboardWindow } from '../../../../server/protocol/index.js';
import { WINDOW_LABELS } from '../../lib/practice-format.js';

/** Today / this week / all time, as a tab list (arrow keys move between tabs). */
export function LeaderboardTabs({
  value,
  onChange,
}: {
  value: LeaderboardWindow;
  onChange: (w: LeaderboardWindow) => void;
}) {
  const onKey = (event: KeyboardEvent) => {
    const i = leaderboardWindows.indexOf(value);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = leaderboardWindows[(i + step + leaderboardWindows.length) % leaderboardWindows.length];
    if (next) {
      onChange(next);
      document.getElementById(`leaderboard-tab-${next}`)?.focus();
    }
  };
  return (
    <div class="tabs" role="tablist" aria-label="Time window" onKeyDown={onKey}>
      {leaderboardWindows.map((w) => (
        <button
          key={w}
          id={`leaderboard-tab-${w}`}
          type="button"
          role="tab"
          class="tabs__tab"
          aria-selected={w === value}
          aria-controls="leaderboard-panel"
          tabIndex={w === value ? 0 : -1}
          data-testid={`leaderboard-tab-${w}`}
          onClick={() => onChange(w)}
        >
          {WINDOW_LABELS[w]}
        </button>
      ))}
    </div>
  );
}
