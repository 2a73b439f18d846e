export interface DeliveryListParams {
  status?: DeliveryStatusFilter;
  page?: number;
}

export type DeliveryStatusFilter = 'PENDING' | 'DELIVERED' | 'FAILED';

/** Query keys of the webhooks feature. */
export const webhookKeys = {
  all: ['webhooks'] as const,
  eventTypes: () => [...webhookKeys.all, 'event-types'] as const,
  lists: () => [...webhookKeys.all, 'list'] as const,
  list: (page: number) => [...webhookKeys.lists(), page] as const,
  detail: (id: string) => [...webhookKeys.all, 'detail', id] as const,
  deliveries: (id: string) => [...webhookKeys.all, 'deliveries', id] as const,
  deliveryList: (id: string, params: DeliveryListParams) => [...webhookKeys.deliveries(id), params] as const,
};
