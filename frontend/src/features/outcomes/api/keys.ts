export type OutcomeStatus = 'UNDER_CONSIDERATION' | 'IN_PROGRESS' | 'DONE' | 'NOT_POSSIBLE';

export interface OutcomeListParams {
  partnershipId?: string;
  status?: OutcomeStatus;
  themeId?: string;
  published?: boolean;
  responsibleOrganisationId?: string;
  meetingId?: string;
  /** Recorded on or after this day (Europe/London). */
  from?: string;
  /** Recorded on or before this day (Europe/London). */
  to?: string;
  page?: number;
  size?: number;
  sort?: string;
}

/**
 * Query keys of the outcomes feature: outcomes, and what their pages read from elsewhere (the
 * partnership owner's themes, linked feedback by id, the public page), kept here because
 * features do not import each other.
 */
export interface OutcomeTotalsParams {
  partnershipId?: string;
  from?: string;
  to?: string;
}

export const outcomeKeys = {
  all: ['outcomes'] as const,
  lists: () => [...outcomeKeys.all, 'list'] as const,
  list: (params: OutcomeListParams) => [...outcomeKeys.lists(), params] as const,
  allTotals: () => [...outcomeKeys.all, 'totals'] as const,
  totals: (params: OutcomeTotalsParams) => [...outcomeKeys.allTotals(), params] as const,
  detail: (id: string) => [...outcomeKeys.all, 'detail', id] as const,
  themes: (partnershipId: string) => [...outcomeKeys.all, 'themes', partnershipId] as const,
  feedback: (id: string) => [...outcomeKeys.all, 'feedback', id] as const,
  public: (partnershipId: string) => [...outcomeKeys.all, 'public', partnershipId] as const,
};
