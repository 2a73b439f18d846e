export interface MeetingListParams {
  partnershipId?: string;
  boardId?: string;
  from?: string;
  to?: string;
  status?: 'PLANNED' | 'HELD' | 'CANCELLED';
  page?: number;
  size?: number;
  sort?: string;
}

export interface ActionListParams {
  meetingId?: string;
  partnershipId?: string;
  status?: ('OPEN' | 'DONE' | 'DROPPED')[];
  page?: number;
  size?: number;
}

export interface MyListParams {
  page?: number;
  size?: number;
}

/** Query keys of the meetings feature (meetings, their agenda, register, actions, documents). */
export const meetingKeys = {
  all: ['meetings'] as const,
  lists: () => [...meetingKeys.all, 'list'] as const,
  list: (params: MeetingListParams) => [...meetingKeys.lists(), params] as const,
  detail: (id: string) => [...meetingKeys.all, 'detail', id] as const,
  actions: () => [...meetingKeys.all, 'actions'] as const,
  actionList: (params: ActionListParams) => [...meetingKeys.actions(), params] as const,
  /** The signed-in person's own meetings and actions ("My meetings", "My actions"). */
  mine: () => [...meetingKeys.all, 'mine'] as const,
  myMeetings: (params: MyListParams) => [...meetingKeys.mine(), 'meetings', params] as const,
  myActions: (params: MyListParams) => [...meetingKeys.mine(), 'actions', params] as const,
  /** A partnership's published notes, as the public page reads them. */
  publicNotes: (partnershipId: string) => [...meetingKeys.all, 'public', partnershipId] as const,
  /** One meeting's notes as the public page shows them, or would once published. */
  publicPreview: (meetingId: string) => [...meetingKeys.all, 'public-preview', meetingId] as const,
};
