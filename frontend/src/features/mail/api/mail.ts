import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { PAGE_SIZE } from '@/lib/api/paging';
import { mailKeys, type MailListParams } from './keys';

export type MailMessage = Schemas['MailMessage'];

/** One page of the mail sent to the organisation's people, newest first, optionally of one status only. */
export function useMailMessages(params: MailListParams) {
  return useQuery({
    queryKey: mailKeys.list(params),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/mail-messages', {
          params: { query: { page: params.page, size: PAGE_SIZE, sort: 'createdAt,desc', status: params.status } },
          signal,
        }),
      ),
    placeholderData: (previous) => previous,
  });
}

/** Queues a failed mail again; the list shows it queued until it is sent. */
export function useRetryMail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mail: MailMessage) =>
      unwrap(
        api.POST('/api/v1/mail-messages/{id}/retry', {
          params: { path: { id: mail.id ?? '' }, header: ifMatch(mail.version) },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mailKeys.lists() }),
  });
}
