import { Tag } from '@/components/page';
import type { ClaimStatus } from '../api/claims';
import { STATUS_LABELS } from './claim-labels';

const COLOURS = {
  DRAFT: 'grey',
  SUBMITTED: 'blue',
  APPROVED: 'aqua-green',
  REJECTED: 'red',
  PAID: 'green',
  WITHDRAWN: 'white',
} as const;

export function ClaimStatusTag({ status }: { status: ClaimStatus | undefined }) {
  if (!status) return null;
  return <Tag colour={COLOURS[status]}>{STATUS_LABELS[status]}</Tag>;
}
