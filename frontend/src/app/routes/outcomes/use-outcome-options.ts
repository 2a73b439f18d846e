import { useBoardOptions } from '@/features/boards/api/boards';
import { useOrganisations } from '@/features/organisations/api/organisations';
import { usePartnershipOptions } from '@/features/partnerships/api/partnerships';

/** What the outcome pages name by id: partnerships, and the organisations and boards that can be responsible. */
export function useOutcomeOptions() {
  const partnerships = usePartnershipOptions();
  const organisations = useOrganisations();
  const boards = useBoardOptions();
  const partnershipOptions = (partnerships.data?.items ?? []).map((p) => ({ value: p.id ?? '', label: p.name ?? '' }));
  const responsibleOptions = [
    ...(organisations.data?.items ?? []).map((o) => ({ value: `organisation:${o.id ?? ''}`, label: o.name ?? '' })),
    ...(boards.data?.items ?? []).map((b) => ({ value: `board:${b.id ?? ''}`, label: `${b.name ?? ''} (board)` })),
  ];
  const organisationName = (id: string | undefined) =>
    organisations.data?.items?.find((o) => o.id === id)?.name ?? undefined;
  const boardName = (id: string | undefined) => boards.data?.items?.find((b) => b.id === id)?.name ?? undefined;
  return { partnershipOptions, responsibleOptions, organisationName, boardName };
}
