import { Tag } from '@/components/page';
import type { OutcomeStatus } from '../api/outcomes';
import { STATUS_COLOURS, STATUS_LABELS } from './outcome-labels';

export function OutcomeStatusTag({ status }: { status: OutcomeStatus | undefined }) {
  if (!status) return null;
  return <Tag colour={STATUS_COLOURS[status]}>{STATUS_LABELS[status]}</Tag>;
}

export function PublishedTag({ published }: { published: boolean | undefined }) {
  return published ? <Tag colour="green">Published</Tag> : <Tag colour="white">Not published</Tag>;
}
