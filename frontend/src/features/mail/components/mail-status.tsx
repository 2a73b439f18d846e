import { Tag } from '@/components/page';
import type { MailStatusFilter } from '../api/keys';
import type { MailMessage } from '../api/mail';

const MAIL_STATUS = {
  QUEUED: { label: 'Queued', colour: 'blue' },
  SENDING: { label: 'Sending', colour: 'blue' },
  SENT: { label: 'Sent', colour: 'green' },
  FAILED: { label: 'Failed', colour: 'red' },
} as const;

export function mailStatusFilter(value: string | null): MailStatusFilter | undefined {
  return value === 'QUEUED' || value === 'SENDING' || value === 'SENT' || value === 'FAILED' ? value : undefined;
}

export function MailStatusTag({ mail }: { mail: MailMessage }) {
  const status = MAIL_STATUS[mail.status ?? 'QUEUED'];
  return <Tag colour={status.colour}>{status.label}</Tag>;
}

export const MAIL_STATUS_OPTIONS = [
  { value: '', label: 'Any status' },
  ...Object.entries(MAIL_STATUS).map(([value, { label }]) => ({ value, label })),
];
