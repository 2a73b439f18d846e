import { useState } from 'react';

/** Rows chosen with ticks: id -> the group it belongs to (e.g. its partnership). Kept across pages. */
export type Selection = ReadonlyMap<string, string>;

export interface SelectableRow {
  id: string;
  group: string;
}

export function toggleRow(selection: Selection, row: SelectableRow, checked: boolean): Selection {
  const next = new Map(selection);
  if (checked) next.set(row.id, row.group);
  else next.delete(row.id);
  return next;
}

/** Ticks or unticks every row of the page, keeping rows chosen on other pages. */
export function toggleRows(selection: Selection, rows: readonly SelectableRow[], checked: boolean): Selection {
  return rows.reduce((current, row) => toggleRow(current, row, checked), selection);
}

export function allRowsSelected(selection: Selection, rows: readonly SelectableRow[]): boolean {
  return rows.length > 0 && rows.every((r) => selection.has(r.id));
}

/** The one group every chosen row shares; undefined when nothing is chosen or the groups differ. */
export function sharedGroup(selection: Selection): string | undefined {
  const groups = new Set(selection.values());
  return groups.size === 1 ? [...groups][0] : undefined;
}

/** Selection state for a list with ticks, a "select all on this page" tick and actions on the chosen. */
export function useSelection() {
  const [selection, setSelection] = useState<Selection>(new Map());
  return {
    selection,
    ids: [...selection.keys()],
    count: selection.size,
    isSelected: (id: string) => selection.has(id),
    toggle: (row: SelectableRow, checked: boolean) => setSelection((s) => toggleRow(s, row, checked)),
    toggleAll: (rows: readonly SelectableRow[], checked: boolean) => setSelection((s) => toggleRows(s, rows, checked)),
    allSelected: (rows: readonly SelectableRow[]) => allRowsSelected(selection, rows),
    sharedGroup: sharedGroup(selection),
    clear: () => setSelection(new Map()),
  };
}
