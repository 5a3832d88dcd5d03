import { useEffect, useState } from 'preact/hooks';

/** Typing in the search box waits this long before asking the server. */
const SEARCH_DELAY_MS = 250;

/**
 * The box's text (`search`) and the settled query sent to the server (`q`), which follows the box after
 * a pause; `onSettle` runs when it does (back to page 1).
 */
export function useDebouncedSearch(initial: string, onSettle: () => void) {
  const [search, setSearch] = useState(initial);
  const [q, setQ] = useState(initial);

  useEffect(() => {
    // Nothing to settle: also keeps "clear the search" buttons from being undone by a late timer.
    if (search.trim() === q) return;
    const id = setTimeout(() => {
      setQ(search.trim());
      onSettle();
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(id);
    // onSettle is a fresh closure every render; only the text decides when to wait again.
  }, [search, q]);

  return { search, setSearch, q, setQ };
}

/** The nickname search box above a leaderboard. */
export function LeaderboardSearch({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  return (
    <label class="inline-field">
      <span>Search</span>
      <input
        class="input input--small"
        type="search"
        data-testid="leaderboard-search"
        value={value}
        maxLength={40}
        placeholder="Nickname"
        onInput={(e) => onChange(e.currentTarget.value)}
      />
    </label>
  );
}
