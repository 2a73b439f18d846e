export interface BoardListParams {
  q?: string;
  page?: number;
  status?: 'ACTIVE' | 'ARCHIVED';
  size?: number;
}

/** Query keys of the boards feature. */
export const boardKeys = {
  all: ['boards'] as const,
  lists: () => [...boardKeys.all, 'list'] as const,
  list: (params: BoardListParams) => [...boardKeys.lists(), params] as const,
  detail: (id: string) => [...boardKeys.all, 'detail', id] as const,
};
