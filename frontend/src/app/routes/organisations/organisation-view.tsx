import { Link, useParams, useSearchParams } from 'react-router';
import { Loading } from '@/components/loading';
import { BackLink, PageError, SummaryList, useDocumentTitle } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { useFeedbackList } from '@/features/feedback/api/feedback';
import { FeedbackTable } from '@/features/feedback/components/feedback-table';
import { useOrganisation } from '@/features/organisations/api/organisations';
import { ORGANISATION_KIND_LABELS } from '@/features/organisations/components/organisation-labels';
import { OutcomeLinks } from '@/features/outcomes/components/outcome-links';
import { pageFromSearch } from '@/lib/api/paging';
import { canEditOrganisation } from '@/lib/auth/roles';
import { useCurrentUser } from '@/lib/auth/use-current-user';

/**
 * An organisation (/organisations/:id) and its part in the story: the feedback that came from
 * it and the outcomes it is responsible for, in the partnerships the reader can see.
 */
export function OrganisationPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const user = useCurrentUser();
  const organisation = useOrganisation(id);
  useDocumentTitle(organisation.data?.name ?? 'Organisation');
  const canReadFeedback = Boolean(user?.roles.some((r) => r === 'admin' || r === 'staff' || r === 'analyst'));
  const feedback = useFeedbackList(
    { originOrganisationId: id, page: pageFromSearch(search.get('page')) },
    canReadFeedback && Boolean(id),
  );
  if (organisation.isPending) return <Loading what="Loading the organisation" />;
  if (organisation.isError) return <PageError error={organisation.error} />;
  const o = organisation.data;
  return (
    <>
      <BackLink to="/organisations">Organisations</BackLink>
      <h1>{o.name}</h1>
      <SummaryList
        rows={[
          { key: 'Code', value: <code>{o.code}</code> },
          { key: 'Kind', value: o.kind ? ORGANISATION_KIND_LABELS[o.kind] : '' },
          { key: 'Website', value: o.website ? <a href={o.website}>{o.website}</a> : 'Not recorded' },
        ]}
      />
      {user !== undefined && canEditOrganisation(user, o.code) && (
        <Link className="nhsuk-button nhsuk-button--secondary" to={`/organisations/${id}/edit`}>
          Edit details
        </Link>
      )}
      {canReadFeedback && (
        <section aria-labelledby="origin-feedback-heading">
          <h2 id="origin-feedback-heading">Feedback from it</h2>
          <FeedbackTable
            query={feedback}
            caption={`Feedback from ${o.name ?? ''}`}
            empty="No feedback you can see came from it."
          />
          {feedback.data && <Pagination data={feedback.data} noun="feedback item" />}
        </section>
      )}
      <section aria-labelledby="responsible-outcomes-heading">
        <h2 id="responsible-outcomes-heading">Outcomes it is responsible for</h2>
        <OutcomeLinks
          params={{ responsibleOrganisationId: id }}
          empty="It is responsible for no outcome you can see."
          label={`Outcomes ${o.name ?? ''} is responsible for`}
        />
      </section>
    </>
  );
}
