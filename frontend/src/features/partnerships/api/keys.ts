export interface PartnershipListParams {
  q?: string;
  page?: number;
  status?: 'ACTIVE' | 'ARCHIVED';
  size?: number;
  boardId?: string;
}

/** Query keys of the partnerships feature: invalidate a prefix to refresh what lies under it. */
export const partnershipKeys = {
  all: ['partnerships'] as const,
  lists: () => [...partnershipKeys.all, 'list'] as const,
  list: (params: PartnershipListParams) => [...partnershipKeys.lists(), params] as const,
  details: () => [...partnershipKeys.all, 'detail'] as const,
  detail: (id: string) => [...partnershipKeys.details(), id] as const,
};
