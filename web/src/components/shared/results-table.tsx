import type { ComponentChildren } from 'preact';

/** One column of a results table: the same class goes on its header and on every cell. */
export interface Column<R> {
  label: ComponentChildren;
  /** `num`, `col-time` (hidden on narrow phones) or both. */
  class?: string;
  /** The cell that names the row: a `<th scope="row">`, with `rowHeaderClass` on it. */
  rowHeader?: boolean;
  rowHeaderClass?: string;
  cell: (row: R) => ComponentChildren;
}

interface Props<R> {
  rows: readonly R[];
  columns: readonly Column<R>[];
  rowKey: (row: R) => string;
  /** Class, aria and data-* attributes of a row (the Playwright tests read the data-* ones). */
  rowProps: (row: R) => Record<string, string | number | undefined>;
  caption?: string;
  /** Extra class next to `ranking`. */
  variant?: string;
}

/**
 * Every ranking and results list (game podium, practice boards, personal bests, run history) is the
 * same scrollable table; only the columns and the row attributes differ.
 */
export function ResultsTable<R>({ rows, columns, rowKey, rowProps, caption, variant }: Props<R>) {
  return (
    <div class="table-scroll">
      <table class={variant ? `ranking ${variant}` : 'ranking'}>
        {caption !== undefined && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" class={c.class}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)} {...rowProps(r)}>
              {columns.map((c, i) =>
                c.rowHeader ? (
                  <th key={i} scope="row" class={c.rowHeaderClass}>
                    {c.cell(r)}
                  </th>
                ) : (
                  <td key={i} class={c.class}>
                    {c.cell(r)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
