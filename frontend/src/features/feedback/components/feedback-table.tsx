import { Link } from 'react-router';
import { ActivityName, PartnershipName } from '@/components/choosers';
import { LoadError } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import { ResponsiveTable, type Column } from '@/components/responsive-table';
import type { useSelection } from '@/components/use-selection';
import { formatShortDate } from '@/lib/dates';
import type { Feedback, useFeedbackList } from '../api/feedback';

interface FeedbackTableProps {
  query: ReturnType<typeof useFeedbackList>;
  caption: string;
  empty: string;
  /** Ticks to choose items (bulk tagging, an outcome from them). */
  selection?: ReturnType<typeof useSelection>;
}

const rowOf = (f: Feedback) => ({ id: f.id ?? '', group: f.partnershipId ?? '' });

/** Feedback: when, what was said, where it came from, its themes; optionally with ticks. */
export function FeedbackTable({ query, caption, empty, selection }: FeedbackTableProps) {
  if (query.isPending) return <Loading what="Loading feedback" />;
  if (query.isError) return <LoadError error={query.error} what="feedback" />;
  const items = query.data.items ?? [];
  if (items.length === 0) return <p>{empty}</p>;
  const columns: Column<Feedback>[] = [
    ...(selection
      ? [
          {
            header: 'Select',
            cell: (f: Feedback) => (
              <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
                <div className="nhsuk-checkboxes__item">
                  <input
                    className="nhsuk-checkboxes__input"
                    id={`select-${f.id}`}
                    type="checkbox"
                    checked={selection.isSelected(f.id ?? '')}
                    onChange={(e) => selection.toggle(rowOf(f), e.target.checked)}
                  />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`select-${f.id}`}>
                    <span className="nhsuk-u-visually-hidden">
                      Select feedback of {formatShortDate(f.receivedOn)}:{' '}
                    </span>
                    <span className="nhsuk-u-visually-hidden">{(f.text ?? '').slice(0, 80)}</span>
                  </label>
                </div>
              </div>
            ),
          },
        ]
      : []),
    { header: 'Received', cell: (f) => formatShortDate(f.receivedOn) },
    { header: 'What was said', cell: (f) => <span className="tandem-pre-line">{f.text}</span> },
    {
      header: 'Source',
      cell: (f) => (
        <span className="nhsuk-body-s">
          <PartnershipName id={f.partnershipId} />
          {f.activityId && (
            <>
              <br />
              <ActivityName id={f.activityId} />
            </>
          )}
          {f.area && (
            <>
              <br />
              {f.area}
            </>
          )}
        </span>
      ),
    },
    {
      header: 'Themes',
      cell: (f) =>
        (f.themes ?? []).length === 0 ? (
          <strong className="nhsuk-tag nhsuk-tag--yellow">Untagged</strong>
        ) : (
          <ul className="nhsuk-list nhsuk-body-s nhsuk-u-margin-bottom-0">
            {(f.themes ?? []).map((t) => (
              <li key={t.id} className="nhsuk-u-margin-bottom-1">
                <Link to={`/themes/${t.id}`}>{t.name}</Link>
              </li>
            ))}
          </ul>
        ),
    },
  ];
  const rows = items.map(rowOf);
  return (
    <>
      {selection && (
        <div className="nhsuk-checkboxes nhsuk-checkboxes--small nhsuk-u-margin-bottom-3">
          <div className="nhsuk-checkboxes__item">
            <input
              className="nhsuk-checkboxes__input"
              id="select-all"
              type="checkbox"
              checked={selection.allSelected(rows)}
              onChange={(e) => selection.toggleAll(rows, e.target.checked)}
            />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="select-all">
              Select all {items.length} on this page
            </label>
          </div>
        </div>
      )}
      <ResponsiveTable
        caption={caption}
        rows={items}
        rowKey={(f) => f.id ?? ''}
        columns={columns}
        busy={query.isFetching}
      />
    </>
  );
}
