import { useEffect } from 'react';
import { useLocation, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { useDocumentTitle } from '@/components/page';
import { usePublicMeetings } from '@/features/meetings/api/published-notes';
import { PublicMeetingNotes } from '@/features/meetings/components/public-meeting-notes';
import { usePublicOutcomes } from '@/features/outcomes/api/public-outcomes';
import { PublicOutcomeList } from '@/features/outcomes/components/public-outcome-list';
import { describeProblem, isApiError } from '@/lib/api/problem';

function PublicError({ error }: { error: unknown }) {
  const notFound = isApiError(error) && (error.status === 404 || error.status === 400);
  const { title, detail } = describeProblem(error);
  return (
    <>
      <h1>{notFound ? 'Page not found' : title}</h1>
      <p>{notFound ? 'There is no public page at this address. Check the link you were given.' : detail}</p>
    </>
  );
}

/**
 * A partnership's public "you said, we did" page: no sign-in, plain words, readable on a small
 * phone and printable (the address is printed with it).
 */
export function PublicPartnershipPage() {
  const { id = '' } = useParams();
  // Outcomes and meeting notes load side by side; either can fail without hiding the other.
  const outcomes = usePublicOutcomes(id);
  const meetings = usePublicMeetings(id);
  const name = outcomes.data?.partnershipName ?? meetings.data?.partnershipName ?? '';
  useDocumentTitle(name ? `${name}: you said, we did` : 'You said, we did');
  // A link to one outcome (#outcome-{id}, as sent in "you said, we did" updates) is followed once the list is there:
  // the browser looked for the anchor before the outcomes had loaded.
  const { hash } = useLocation();
  const loaded = outcomes.isSuccess;
  useEffect(() => {
    if (!loaded || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView?.();
  }, [loaded, hash]);

  if (outcomes.isPending) return <Loading what="Loading" />;
  if (outcomes.isError) return <PublicError error={outcomes.error} />;
  const list = outcomes.data.outcomes ?? [];

  return (
    <article className="tandem-public">
      <span className="nhsuk-caption-l">{name}</span>
      <h1>You said, we did</h1>
      <p className="nhsuk-lede-text">
        What people told {name || 'the partnership'}, and what has happened because of it.
      </p>
      <div className="tandem-no-print">
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => window.print()}>
          Print this page
        </button>
      </div>

      <section aria-labelledby="outcomes-heading">
        <h2 id="outcomes-heading">What you said and what we did</h2>
        <PublicOutcomeList outcomes={list} />
      </section>

      <section aria-labelledby="meetings-heading">
        <h2 id="meetings-heading">Meeting notes</h2>
        {meetings.isPending && <Loading what="Loading the meeting notes" />}
        {meetings.isError && <p>The meeting notes cannot be shown just now. Please try again later.</p>}
        {meetings.data && <PublicMeetingNotes meetings={meetings.data.meetings ?? []} />}
      </section>

      <p className="tandem-print-only">This page: {window.location.href}</p>
    </article>
  );
}
