import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LoadError } from '@/components/error-summary';
import { PartnershipChooser } from '@/components/choosers';
import { Loading } from '@/components/loading';
import { useDocumentTitle } from '@/components/page';
import { BOARD_SIZE, useOutcomes, useOutcomeThemes } from '@/features/outcomes/api/outcomes';
import { OutcomeBoard } from '@/features/outcomes/components/outcome-board';
import { usePartnership, usePartnerships } from '@/features/partnerships/api/partnerships';
import { useCurrentUser } from '@/lib/auth/use-current-user';

/** "You said, we did" of one partnership, by status; staff of the owning organisation move them on. */
export function OutcomeBoardPage() {
  useDocumentTitle('Outcomes');
  const user = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  // Without a choice in the address, the board shows the first partnership by name.
  const partnerships = usePartnerships({ status: 'ACTIVE', size: 1 });
  const partnershipId = search.get('partnershipId') ?? partnerships.data?.items?.[0]?.id ?? '';
  const [choice, setChoice] = useState<string | undefined>(undefined);
  const partnership = usePartnership(partnershipId || undefined);
  const outcomes = useOutcomes({ partnershipId, size: BOARD_SIZE, sort: 'createdAt,desc' }, Boolean(partnershipId));
  const themes = useOutcomeThemes(partnershipId || undefined);
  const themeNames = new Map((themes.data ?? []).map((t) => [t.id ?? '', t.name ?? '']));
  const canEdit = Boolean(user?.canManage && partnership.data?.canEdit);

  const show = (e: FormEvent) => {
    e.preventDefault();
    setSearch(choice ? { partnershipId: choice } : {});
  };
  const total = outcomes.data?.totalItems ?? 0;

  return (
    <>
      <h1>Outcomes</h1>
      <p>
        “You said, we did”: what people told us, what changed because of it, and where each one stands. Published
        outcomes appear on the partnership’s public page.
      </p>
      <p>
        <Link to="/outcomes/all">All outcomes across partnerships, with totals for a period</Link>
      </p>
      <form className="tandem-filters" onSubmit={show} aria-label="Choose a partnership">
        <PartnershipChooser
          id="outcomes-partnership"
          label="Partnership"
          value={choice ?? partnershipId}
          onChange={setChoice}
        />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          Show
        </button>
      </form>
      {partnershipId && (
        <div className="nhsuk-button-group">
          {canEdit && (
            <Link className="nhsuk-button" to={`/outcomes/new?partnershipId=${partnershipId}`}>
              Record an outcome
            </Link>
          )}
          <Link className="nhsuk-link" to={`/public/partnerships/${partnershipId}`}>
            See the public “you said, we did” page
          </Link>
        </div>
      )}
      {partnerships.isError && <LoadError error={partnerships.error} what="the partnerships" />}
      {!partnershipId && partnerships.isSuccess && <p>You cannot see any partnership yet.</p>}
      {outcomes.isPending && partnershipId && <Loading what="Loading the outcomes" />}
      {outcomes.isError && <LoadError error={outcomes.error} what="the outcomes" />}
      {outcomes.data && (
        <>
          <p className="nhsuk-body-s" aria-live="polite">
            {total === 1 ? '1 outcome' : `${total} outcomes`}
            {partnership.data?.name ? ` of ${partnership.data.name}` : ''}
            {total > BOARD_SIZE ? `; the newest ${BOARD_SIZE} are shown` : ''}.
          </p>
          <OutcomeBoard outcomes={outcomes.data.items ?? []} themeName={(id) => themeNames.get(id)} canEdit={canEdit} />
        </>
      )}
    </>
  );
}
