import type { ReactNode } from 'react';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** Right-aligned, for money. */
  numeric?: boolean;
}

interface ResponsiveTableProps<T> {
  caption: string;
  rows: readonly T[];
  rowKey: (row: T) => string;
  columns: readonly Column<T>[];
  busy?: boolean;
}

/** An NHS.UK responsive table: a table on a wide screen, each row a card with its headings on a phone. */
export function ResponsiveTable<T>({ caption, rows, rowKey, columns, busy }: ResponsiveTableProps<T>) {
  return (
    <table className="nhsuk-table-responsive" aria-busy={busy}>
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          {columns.map((c) => (
            <th
              scope="col"
              key={c.header}
              className={`nhsuk-table__header${c.numeric ? ' nhsuk-table__header--numeric' : ''}`}
            >
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr className="nhsuk-table__row" key={rowKey(row)}>
            {columns.map((c) => (
              <td className={`nhsuk-table__cell${c.numeric ? ' nhsuk-table__cell--numeric' : ''}`} key={c.header}>
                <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                  {c.header}{' '}
                </span>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
