import { Link, useSearchParams } from 'react-router';
import { BackLink, useDocumentTitle } from '@/components/page';
import { FeedbackForm } from '@/features/feedback/components/feedback-form';
import { useOrganisations } from '@/features/organisations/api/organisations';
import { usePartnershipOptions } from '@/features/partnerships/api/partnerships';
import { usePeople } from '@/features/people/api/people';
import { usePersonResolver } from '@/features/people/api/resolve-person';
import { useCurrentUser } from '@/lib/auth/use-current-user';

/** Record feedback, one item after another, from the keyboard. */
export function FeedbackNewPage() {
  useDocumentTitle('Record feedback');
  const [search] = useSearchParams();
  const partnerships = usePartnershipOptions();
  const user = useCurrentUser();
  // Staff choose who said it from their directory; others can only give an address.
  const staff = Boolean(user?.canManage);
  const people = usePeople('', staff);
  const resolvePerson = usePersonResolver('contributorPersonId');
  const options = (partnerships.data?.items ?? []).map((p) => ({ value: p.id ?? '', label: p.name ?? '' }));
  const organisations = useOrganisations();
  const organisationOptions = (organisations.data?.items ?? []).map((o) => ({
    value: o.id ?? '',
    label: o.name ?? '',
  }));
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
            partnerships={options}
            people={staff ? (people.data?.items ?? []) : undefined}
            resolvePerson={resolvePerson}
            initialPartnershipId={search.get('partnershipId') ?? undefined}
            organisations={organisationOptions}
          />
        </div>
      </div>
    </>
  );
}
