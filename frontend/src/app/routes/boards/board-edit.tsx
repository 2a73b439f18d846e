import { useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { FormPage, PageError } from '@/components/page';
import { useVersionedForm } from '@/components/use-versioned-form';
import { useBoard, useSaveBoard } from '@/features/boards/api/boards';
import {
  BOARD_LABELS,
  BoardForm,
  boardRequest,
  boardToValues,
  EMPTY_BOARD,
} from '@/features/boards/components/board-form';

/** Create (/boards/new) or edit (/boards/:id/edit) a board. */
export function BoardEditPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const board = useBoard(id);
  const save = useSaveBoard(id);
  const form = useVersionedForm({
    record: board.data,
    empty: EMPTY_BOARD,
    toValues: boardToValues,
    versionOf: (b) => b.version,
    reload: async () => (await board.refetch()).data,
    labels: BOARD_LABELS,
  });
  const title = id ? `Edit ${board.data?.name ?? 'board'}` : 'Create a board';

  if (id && board.isPending) return <Loading what="Loading the board" />;
  if (id && board.isError) return <PageError error={board.error} />;

  const submit = (version: number | undefined) =>
    save.mutate(
      boardRequest(form.values, version, board.data),
      form.handlers((saved) => navigate(`/boards/${saved.id}`)),
    );

  return (
    <FormPage backTo={id ? `/boards/${id}` : '/boards'} title={title}>
      <BoardForm {...form.bind(save, submit)} editing={Boolean(id)} />
    </FormPage>
  );
}
