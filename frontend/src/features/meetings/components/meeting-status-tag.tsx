import { Tag } from '@/components/page';
import type { MeetingStatus } from '../api/meetings';
import { STATUS_LABELS } from './meeting-labels';

const COLOURS = { PLANNED: 'blue', HELD: 'green', CANCELLED: 'red' } as const;

export function MeetingStatusTag({ status }: { status: MeetingStatus | undefined }) {
  if (!status) return null;
  return <Tag colour={COLOURS[status]}>{STATUS_LABELS[status]}</Tag>;
}
