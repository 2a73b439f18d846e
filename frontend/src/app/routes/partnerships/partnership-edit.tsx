import { useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { FormPage, PageError } from '@/components/page';
import { useVersionedForm } from '@/components/use-versioned-form';
import { usePartnership, useSavePartnership } from '@/features/partnerships/api/partnerships';
import {
  EMPTY_PARTNERSHIP,
  PARTNERSHIP_LABELS,
  PartnershipForm,
  partnershipRequest,
  partnershipToValues,
} from '@/features/partnerships/components/partnership-form';

/** Create (/partnerships/new) or edit (/partnerships/:id/edit) a partnership. */
export function PartnershipEditPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const partnership = usePartnership(id);
  const save = useSavePartnership(id);
  const form = useVersionedForm({
    record: partnership.data,
    empty: EMPTY_PARTNERSHIP,
    toValues: partnershipToValues,
    versionOf: (p) => p.version,
    reload: async () => (await partnership.refetch()).data,
    labels: PARTNERSHIP_LABELS,
  });
  const title = id ? `Edit ${partnership.data?.name ?? 'partnership'}` : 'Create a partnership';

  if (id && partnership.isPending) return <Loading what="Loading the partnership" />;
  if (id && partnership.isError) return <PageError error={partnership.error} />;

  const submit = (version: number | undefined) =>
    save.mutate(
      partnershipRequest(form.values, version, partnership.data),
      form.handlers((saved) => navigate(`/partnerships/${saved.id}`)),
    );

  return (
    <FormPage backTo={id ? `/partnerships/${id}` : '/partnerships'} title={title}>
      <PartnershipForm
        {...form.bind(save, submit)}
        partnershipId={id}
        submitLabel={id ? 'Save changes' : 'Create partnership'}
        editing={Boolean(id)}
      />
    </FormPage>
  );
}
