export interface ClaimListParams {
  status?: ('DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'PAID' | 'WITHDRAWN')[];
  partnershipId?: string;
  meetingId?: string;
  /** Part of the claimant's name. */
  claimant?: string;
  submittedFrom?: string;
  submittedTo?: string;
  financialYear?: string;
  page?: number;
  size?: number;
  sort?: string;
}

/** Query keys of the claims feature (claims, the claimant, policies, budgets). */
export const claimKeys = {
  all: ['claims'] as const,
  lists: () => [...claimKeys.all, 'list'] as const,
  list: (params: ClaimListParams) => [...claimKeys.lists(), params] as const,
  detail: (id: string) => [...claimKeys.all, 'detail', id] as const,
  me: () => [...claimKeys.all, 'me'] as const,
  paidTotalsAll: () => [...claimKeys.all, 'paid-totals'] as const,
  paidTotals: (financialYear: string) => [...claimKeys.paidTotalsAll(), financialYear] as const,
  policies: () => [...claimKeys.all, 'policies'] as const,
  policy: (id: string) => [...claimKeys.policies(), id] as const,
  budgets: () => [...claimKeys.all, 'budgets'] as const,
  budget: (id: string) => [...claimKeys.budgets(), id] as const,
};
