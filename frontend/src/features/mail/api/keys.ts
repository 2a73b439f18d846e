export type MailStatusFilter = 'QUEUED' | 'SENDING' | 'SENT' | 'FAILED';

export interface MailListParams {
  status?: MailStatusFilter;
  page?: number;
}

/** Query keys of the mail feature. */
export const mailKeys = {
  all: ['mail-messages'] as const,
  lists: () => [...mailKeys.all, 'list'] as const,
  list: (params: MailListParams) => [...mailKeys.lists(), params] as const,
};
