import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, unwrapEmpty, type Schemas } from '@/lib/api/client';
import { PAGE_SIZE } from '@/lib/api/paging';
import { webhookKeys, type DeliveryListParams } from './keys';

export type Webhook = Schemas['Webhook'];
export type WebhookRequest = Schemas['WebhookRequest'];
export type WebhookEventType = Schemas['WebhookEventType'];
export type WebhookDelivery = Schemas['WebhookDelivery'];

/** The event types a subscription may name; the catalogue changes only with a release. */
export function useWebhookEventTypes() {
  return useQuery({
    queryKey: webhookKeys.eventTypes(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/webhooks/event-types', { signal })),
    staleTime: 60 * 60_000,
  });
}

/** One page of the organisation's subscriptions, newest first. */
export function useWebhookList(page: number) {
  return useQuery({
    queryKey: webhookKeys.list(page),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/webhooks', { params: { query: { page, size: PAGE_SIZE, sort: 'createdAt,desc' } }, signal }),
      ),
    placeholderData: (previous) => previous,
  });
}

export function useWebhook(id: string | undefined) {
  return useQuery({
    queryKey: webhookKeys.detail(id ?? ''),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/webhooks/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: Boolean(id),
  });
}

/** One page of a subscription's delivery log, optionally of one status only. */
export function useWebhookDeliveries(id: string, params: DeliveryListParams) {
  return useQuery({
    queryKey: webhookKeys.deliveryList(id, params),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/webhooks/{id}/deliveries', {
          params: { path: { id }, query: { page: params.page, size: PAGE_SIZE, status: params.status } },
          signal,
        }),
      ),
    placeholderData: (previous) => previous,
  });
}

/**
 * The answer to creating a subscription or rotating its secret holds the secret, once: it is
 * kept out of the cache (which other pages read) and handed only to the caller.
 */
function withoutSecret(webhook: Webhook): Webhook {
  return { ...webhook, secret: null };
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WebhookRequest) => unwrap(api.POST('/api/v1/webhooks', { body })),
    onSuccess: (created) => {
      if (created.id) queryClient.setQueryData(webhookKeys.detail(created.id), withoutSecret(created));
      return queryClient.invalidateQueries({ queryKey: webhookKeys.lists() });
    },
  });
}

/** Disables or enables a subscription: PUT of all it holds, with the new state and the version loaded. */
export function useSetWebhookActive(webhook: Webhook) {
  const queryClient = useQueryClient();
  const id = webhook.id ?? '';
  return useMutation({
    mutationFn: (active: boolean) =>
      unwrap(
        api.PUT('/api/v1/webhooks/{id}', {
          params: { path: { id }, header: ifMatch(webhook.version) },
          body: {
            url: webhook.url ?? '',
            eventTypes: webhook.eventTypes ?? [],
            description: webhook.description ?? undefined,
            active,
            version: webhook.version,
          },
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(webhookKeys.detail(id), withoutSecret(saved));
      return queryClient.invalidateQueries({ queryKey: webhookKeys.lists() });
    },
  });
}

/** A new signing secret; the answer (with the secret) goes to the caller only. */
export function useRotateWebhookSecret(webhook: Webhook) {
  const queryClient = useQueryClient();
  const id = webhook.id ?? '';
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/webhooks/{id}/rotate-secret', { params: { path: { id }, header: ifMatch(webhook.version) } }),
      ),
    onSuccess: (rotated) => {
      queryClient.setQueryData(webhookKeys.detail(id), withoutSecret(rotated));
    },
  });
}

export function useDeleteWebhook(webhook: Webhook) {
  const queryClient = useQueryClient();
  const id = webhook.id ?? '';
  return useMutation({
    mutationFn: () =>
      unwrapEmpty(
        api.DELETE('/api/v1/webhooks/{id}', {
          params: { path: { id }, query: { version: webhook.version }, header: ifMatch(webhook.version) },
        }),
      ),
    // The lists are dropped, so that the list the page goes back to is fetched afresh rather than shown with the
    // deleted webhook in it; its own record stays (the page still open on it would fetch it again: a 404).
    onSuccess: () => queryClient.removeQueries({ queryKey: webhookKeys.lists() }),
  });
}

/** Sends a delivery again at once; the log shows it pending until the attempt is made. */
export function useReplayDelivery(webhookId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // The contract documents no success body for replay: only that it succeeded matters here.
    mutationFn: (deliveryId: string) =>
      unwrapEmpty(
        api.POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/replay', {
          params: { path: { id: webhookId, deliveryId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(webhookId) }),
  });
}
