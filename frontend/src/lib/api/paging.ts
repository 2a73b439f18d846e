/** Every list answers `{items, page, size, totalItems, totalPages}`; pages are zero-based. */
export interface Page<T> {
  items?: T[];
  page?: number;
  size?: number;
  totalItems?: number;
  totalPages?: number;
}

export const PAGE_SIZE = 20;

/** A page number read from the address bar: zero-based, never negative. */
export function pageFromSearch(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n - 1 : 0;
}
