import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { PAGE_SIZE } from '@/lib/api/paging';
import { boardKeys, type BoardListParams } from './keys';

export type Board = Schemas['Board'];
export type BoardRequest = Schemas['BoardRequest'];

export function useBoards(params: BoardListParams) {
  return useQuery({
    queryKey: boardKeys.list(params),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/boards', {
          params: { query: { sort: 'name', size: PAGE_SIZE, ...params, q: params.q || undefined } },
          signal,
        }),
      ),
    placeholderData: (previous) => previous,
  });
}

export function useBoard(id: string | null | undefined) {
  return useQuery({
    queryKey: boardKeys.detail(id ?? ''),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/boards/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: Boolean(id),
  });
}

export function useSaveBoard(id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BoardRequest) =>
      id
        ? unwrap(api.PUT('/api/v1/boards/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/boards', { body })),
    onSuccess: (saved) => {
      if (saved.id) queryClient.setQueryData(boardKeys.detail(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: boardKeys.lists() });
    },
  });
}
