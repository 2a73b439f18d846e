import { Link, useSearchParams } from 'react-router';
import { BackLink, useDocumentTitle } from '@/components/page';
import { FeedbackForm } from '@/features/feedback/components/feedback-form';
import { usePersonResolver } from '@/features/people/api/resolve-person';
import { useCurrentUser } from '@/lib/auth/use-current-user';

/** Record feedback, one item after another, from the keyboard. */
export function FeedbackNewPage() {
  useDocumentTitle('Record feedback');
  const [search] = useSearchParams();
  const user = useCurrentUser();
  // Staff choose who said it from their directory; others can only give an address.
  const staff = Boolean(user?.canManage);
  const resolvePerson = usePersonResolver('contributorPersonId');
  return (
    <>
      <BackLink to="/feedback">Back to feedback</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>Record feedback</h1>
          <p>
            One point per item. Did it come from a workshop or survey?{' '}
            <Link to="/activities/new">Add the activity</Link> first, so you can choose it.
          </p>
          <FeedbackForm
            canChoosePerson={staff}
            resolvePerson={resolvePerson}
            initialPartnershipId={search.get('partnershipId') ?? undefined}
          />
        </div>
      </div>
    </>
  );
}
