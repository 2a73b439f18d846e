import { Link, useLocation } from 'react-router';
import type { Page } from '@/lib/api/paging';

interface PaginationProps {
  /** A list as the API answers it (pages are zero-based). */
  data: Page<unknown>;
  noun: string;
  /** When it is not the noun and an s: "policies". */
  plural?: string;
  /** The query parameter of the page (1-based): another one for each list of a page that has several. */
  param?: string;
}

/** The count, and previous/next links that keep the rest of the query string and change `page`. */
export function Pagination({ data, noun, plural = `${noun}s`, param = 'page' }: PaginationProps) {
  const { page = 0, totalPages = 0, totalItems = 0 } = data;
  const location = useLocation();
  const hrefFor = (zeroBased: number) => {
    const params = new URLSearchParams(location.search);
    if (zeroBased === 0) params.delete(param);
    else params.set(param, String(zeroBased + 1));
    const query = params.toString();
    return `${location.pathname}${query ? `?${query}` : ''}`;
  };
  return (
    <>
      <p className="nhsuk-body-s" aria-live="polite">
        {totalItems} {totalItems === 1 ? noun : plural}
        {totalPages > 1 ? `, page ${page + 1} of ${totalPages}` : ''}
      </p>
      {totalPages > 1 && (
        <nav className="nhsuk-pagination" role="navigation" aria-label="Pagination">
          <ul className="nhsuk-list nhsuk-pagination__list">
            {page > 0 && (
              <li className="nhsuk-pagination-item--previous">
                <Link className="nhsuk-pagination__link nhsuk-pagination__link--prev" to={hrefFor(page - 1)}>
                  <span className="nhsuk-pagination__title">Previous</span>
                  <span className="nhsuk-u-visually-hidden">:</span>
                  <span className="nhsuk-pagination__page">Page {page}</span>
                </Link>
              </li>
            )}
            {page + 1 < totalPages && (
              <li className="nhsuk-pagination-item--next">
                <Link className="nhsuk-pagination__link nhsuk-pagination__link--next" to={hrefFor(page + 1)}>
                  <span className="nhsuk-pagination__title">Next</span>
                  <span className="nhsuk-u-visually-hidden">:</span>
                  <span className="nhsuk-pagination__page">Page {page + 2}</span>
                </Link>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}
