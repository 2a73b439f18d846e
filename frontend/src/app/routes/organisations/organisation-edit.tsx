import { useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { FormPage, PageError } from '@/components/page';
import { useVersionedForm } from '@/components/use-versioned-form';
import { useOrganisation, useSaveOrganisation } from '@/features/organisations/api/organisations';
import {
  EMPTY_ORGANISATION,
  ORGANISATION_LABELS,
  OrganisationForm,
  organisationRequest,
  organisationToValues,
} from '@/features/organisations/components/organisation-form';
import { ApiError } from '@/lib/api/problem';
import { canEditOrganisation } from '@/lib/auth/roles';
import { useCurrentUser } from '@/lib/auth/use-current-user';
import { HistorySection } from '@/features/history/components/history-section';

const NOT_YOURS = new ApiError(403, {
  status: 403,
  detail:
    'Platform administrators register organisations; an organisation’s administrators change only its own record.',
});

/** Register (/organisations/new, platform administrators) or edit (/organisations/:id/edit) an organisation. */
export function OrganisationEditPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const organisation = useOrganisation(id);
  const save = useSaveOrganisation(id);
  const form = useVersionedForm({
    record: organisation.data,
    empty: EMPTY_ORGANISATION,
    toValues: organisationToValues,
    versionOf: (o) => o.version,
    reload: async () => (await organisation.refetch()).data,
    labels: ORGANISATION_LABELS,
  });

  if (id && organisation.isPending) return <Loading what="Loading the organisation" />;
  if (id && organisation.isError) return <PageError error={organisation.error} />;
  const allowed = id
    ? user !== undefined && canEditOrganisation(user, organisation.data?.code)
    : Boolean(user?.roles.includes('platform-admin'));
  if (!allowed) return <PageError error={NOT_YOURS} />;

  const submit = (version: number | undefined) =>
    save.mutate(
      organisationRequest(form.values, version, organisation.data),
      form.handlers((saved) => navigate(`/organisations?q=${encodeURIComponent(saved.code ?? '')}`)),
    );

  return (
    <FormPage
      backTo="/organisations"
      title={id ? `Edit ${organisation.data?.name ?? 'organisation'}` : 'Register an organisation'}
    >
      <OrganisationForm {...form.bind(save, submit)} editing={Boolean(id)} />
      {id && <HistorySection entityType="organisation" entityId={id} />}
    </FormPage>
  );
}
