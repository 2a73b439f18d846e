import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { useClaims, useMyClaimant } from '@/features/claims/api/claims';
import { ClaimTable } from '@/features/claims/components/claim-table';
import { pageFromSearch } from '@/lib/api/paging';
import { useCurrentUser } from '@/lib/auth/use-current-user';

/** Members see their own claims; staff, finance and admins see their organisation's. */
export function ClaimListPage() {
  const user = useCurrentUser();
  const ownOnly = user?.roles.includes('member') && !user.canManage && !user.roles.includes('finance');
  const title = ownOnly ? 'My claims' : 'Claims';
  useDocumentTitle(title);
  const [search] = useSearchParams();
  const page = pageFromSearch(search.get('page'));
  const list = useClaims({ page, sort: 'createdAt,desc' });
  const me = useMyClaimant();
  return (
    <>
      <h1>{title}</h1>
      <p>Claim an involvement payment for your time, and your expenses, for a meeting you took part in.</p>
      {me.data?.linked && (
        <Link className="nhsuk-button" to="/claims/new">
          Make a claim
        </Link>
      )}
      {me.data && !me.data.linked && ownOnly && (
        <div className="nhsuk-inset-text">
          <p>Your sign-in is not linked to your record yet. Ask the engagement team to link it so you can claim.</p>
        </div>
      )}
      <ClaimTable query={list} caption={title} showClaimant={!ownOnly} empty="There are no claims yet." />
      {list.data && <Pagination data={list.data} noun="claim" />}
    </>
  );
}
