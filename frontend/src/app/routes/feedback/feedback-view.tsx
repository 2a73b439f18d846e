import { Link, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { BackLink, PageError, Paragraphs, SummaryList, useDocumentTitle } from '@/components/page';
import { useFeedback, type FeedbackContributor } from '@/features/feedback/api/feedback';
import { useOrganisation } from '@/features/organisations/api/organisations';
import { usePartnership } from '@/features/partnerships/api/partnerships';
import { formatDate } from '@/lib/dates';

function consentText(c: FeedbackContributor): string {
  return c.consentedAt
    ? `Agreed on ${formatDate(c.consentedAt)} to be contacted about what happens next`
    : 'Did not agree to be contacted: they will not be told what happens next';
}

/** Who said it, to staff who may see people's contacts (the API sends it to nobody else). */
function ContributorSection({ contributor }: { contributor: FeedbackContributor }) {
  const rows = [
    ...(contributor.name ? [{ key: 'Name', value: contributor.name }] : []),
    ...(contributor.email ? [{ key: 'Email', value: contributor.email }] : []),
    { key: 'Contact', value: consentText(contributor) },
  ];
  return (
    <section aria-labelledby="contributor-heading">
      <h2 id="contributor-heading">Who said this</h2>
      <SummaryList rows={rows} />
    </section>
  );
}

/** One feedback item: what was said, when and where, its themes, and who said it when you may see that. */
export function FeedbackPage() {
  const { id = '' } = useParams();
  const feedback = useFeedback(id);
  const partnership = usePartnership(feedback.data?.partnershipId);
  const origin = useOrganisation(feedback.data?.originOrganisationId ?? undefined);
  useDocumentTitle('Feedback');

  if (feedback.isPending) return <Loading what="Loading the feedback" />;
  if (feedback.isError) return <PageError error={feedback.error} />;
  const f = feedback.data;
  const themes = (f.themes ?? []).map((t) => t.name ?? 'A theme');
  return (
    <>
      <BackLink to="/feedback">Back to feedback</BackLink>
      <span className="nhsuk-caption-l">{partnership.data?.name}</span>
      <h1>Feedback</h1>
      <h2>What was said</h2>
      <Paragraphs text={f.text} />
      <SummaryList
        rows={[
          { key: 'Received', value: formatDate(f.receivedOn) },
          ...(f.area ? [{ key: 'Area', value: f.area }] : []),
          ...(f.originOrganisationId
            ? [
                {
                  key: 'Came from',
                  value: (
                    <Link to={`/organisations/${f.originOrganisationId}`}>
                      {origin.data?.name ?? 'An organisation'}
                    </Link>
                  ),
                },
              ]
            : f.originOrganisationName
              ? [{ key: 'Came from', value: f.originOrganisationName }]
              : []),
          { key: 'Themes', value: themes.length > 0 ? themes.join(', ') : 'Not tagged yet' },
        ]}
      />
      {f.contributor && <ContributorSection contributor={f.contributor} />}
    </>
  );
}
