import { Link, useSearchParams } from 'react-router';
import { LoadError } from '@/components/error-summary';
import { Loading } from '@/components/loading';
import { useDocumentTitle } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { ResponsiveTable, type Column } from '@/components/responsive-table';
import { SearchForm } from '@/components/search-form';
import { useOrganisationList, type Organisation } from '@/features/organisations/api/organisations';
import { ORGANISATION_KIND_LABELS } from '@/features/organisations/components/organisation-labels';
import { pageFromSearch } from '@/lib/api/paging';
import { canEditOrganisation } from '@/lib/auth/roles';
import { useCurrentUser } from '@/lib/auth/use-current-user';

/** The directory of organisations: everyone reads it; platform administrators register and edit. */
export function OrganisationListPage() {
  useDocumentTitle('Organisations');
  const user = useCurrentUser();
  const [search] = useSearchParams();
  const q = search.get('q') ?? '';
  const list = useOrganisationList({ q, page: pageFromSearch(search.get('page')) });
  const platformAdmin = Boolean(user?.roles.includes('platform-admin'));
  const mayEdit = (o: Organisation) => user !== undefined && canEditOrganisation(user, o.code);
  const items = list.data?.items ?? [];

  const columns: Column<Organisation>[] = [
    { header: 'Name', cell: (o) => <Link to={`/organisations/${o.id ?? ''}`}>{o.name}</Link> },
    { header: 'Code', cell: (o) => <code>{o.code}</code> },
    { header: 'Kind', cell: (o) => (o.kind ? ORGANISATION_KIND_LABELS[o.kind] : '') },
    { header: 'Website', cell: (o) => (o.website ? <a href={o.website}>{o.website}</a> : 'Not recorded') },
  ];
  if (items.some(mayEdit)) {
    columns.push({
      header: 'Change',
      cell: (o) =>
        mayEdit(o) && (
          <Link to={`/organisations/${o.id}/edit`}>
            Edit<span className="nhsuk-u-visually-hidden"> {o.name}</span>
          </Link>
        ),
    });
  }

  return (
    <>
      <h1>Organisations</h1>
      <p>The NHS bodies, councils, voluntary groups, Healthwatch and GP practices that work together in Tandem.</p>
      {platformAdmin && (
        <Link className="nhsuk-button" to="/organisations/new">
          Register an organisation
        </Link>
      )}
      <SearchForm id="organisation-search" label="Search organisations by name or code" />
      {list.isPending && <Loading what="Loading organisations" />}
      {list.isError && <LoadError error={list.error} what="organisations" />}
      {list.data && (
        <>
          {items.length === 0 ? (
            <p>{q ? `No organisations match “${q}”.` : 'There are no organisations yet.'}</p>
          ) : (
            <ResponsiveTable
              caption="Organisations"
              rows={items}
              rowKey={(o) => o.id ?? ''}
              busy={list.isFetching}
              columns={columns}
            />
          )}
          <Pagination data={list.data} noun="organisation" />
        </>
      )}
    </>
  );
}
