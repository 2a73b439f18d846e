import { Link } from 'react-router';
import { LoadError } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import { useOutcomes } from '../api/outcomes';
import type { OutcomeListParams } from '../api/keys';
import { OutcomeStatusTag } from './outcome-status-tag';

/** The most a linked list shows: the newest; the board shows them all. */
const LINKED_SIZE = 50;

interface OutcomeLinksProps {
  /** Which outcomes: of a meeting's decisions, of a theme, of a responsible organisation. */
  params: OutcomeListParams;
  empty: string;
  /** Names the list for screen readers. */
  label: string;
}

/** Outcomes linked to a record, each opening its own page. */
export function OutcomeLinks({ params, empty, label }: OutcomeLinksProps) {
  const list = useOutcomes({ sort: 'createdAt,desc', size: LINKED_SIZE, ...params });
  if (list.isPending) return <Loading what="Loading outcomes" />;
  if (list.isError) return <LoadError error={list.error} what="outcomes" />;
  const items = list.data.items ?? [];
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul className="nhsuk-list nhsuk-list--bullet" aria-label={label}>
      {items.map((o) => (
        <li key={o.id}>
          <Link to={`/outcomes/${o.id ?? ''}`}>{o.youSaid}</Link> <OutcomeStatusTag status={o.status} />
        </li>
      ))}
    </ul>
  );
}
