export interface ActivityListParams {
  partnershipId?: string;
  kind?: 'WORKSHOP' | 'WEBINAR' | 'SURVEY' | 'DROP_IN' | 'MEETING' | 'SOCIAL_MEDIA' | 'OTHER';
  from?: string;
  to?: string;
  meetingId?: string;
  page?: number;
  size?: number;
  sort?: string;
}

export interface FeedbackListParams {
  partnershipId?: string;
  activityId?: string;
  themeId?: string;
  area?: string;
  from?: string;
  to?: string;
  untagged?: boolean;
  originOrganisationId?: string;
  page?: number;
  size?: number;
  sort?: string;
}

export interface ThemeTreeParams {
  includeRetired?: boolean;
  partnershipId?: string;
}

/** A period of whole days (both inclusive; empty: open), of one partnership or all you can see. */
export interface PeriodParams {
  from?: string;
  to?: string;
  partnershipId?: string;
}

export interface InsightParams {
  from?: string;
  to?: string;
  partnershipId?: string;
  themeId?: string;
}

/** Query keys of the feedback feature: engagement activities, feedback, the theme tree and its insights. */
export const feedbackKeys = {
  all: ['feedback'] as const,
  activities: () => [...feedbackKeys.all, 'activities'] as const,
  activityList: (params: ActivityListParams) => [...feedbackKeys.activities(), 'list', params] as const,
  activity: (id: string) => [...feedbackKeys.activities(), 'detail', id] as const,
  items: () => [...feedbackKeys.all, 'items'] as const,
  itemList: (params: FeedbackListParams) => [...feedbackKeys.items(), params] as const,
  item: (id: string) => [...feedbackKeys.items(), 'detail', id] as const,
  themes: () => [...feedbackKeys.all, 'themes'] as const,
  themeTree: (params: ThemeTreeParams) => [...feedbackKeys.themes(), 'tree', params] as const,
  theme: (id: string) => [...feedbackKeys.themes(), 'detail', id] as const,
  insights: (params: InsightParams) => [...feedbackKeys.themes(), 'insights', params] as const,
  activityTotals: (params: PeriodParams) => [...feedbackKeys.activities(), 'totals', params] as const,
  insightTree: (params: PeriodParams) => [...feedbackKeys.themes(), 'insight-tree', params] as const,
};
