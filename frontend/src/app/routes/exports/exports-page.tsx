import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { PageError, useDocumentTitle } from '@/components/page';
import { useExportCatalogue } from '@/features/exports/api/exports';
import { ExportForm } from '@/features/exports/components/export-form';

/**
 * Exports (/exports, for analysts and admins): a dataset, its filters and a format, downloaded
 * with progress and saved under the server's file name; or everything as one zip.
 */
export function ExportsPage() {
  useDocumentTitle('Exports');
  const catalogue = useExportCatalogue();
  if (catalogue.isPending) return <Loading what="Loading the datasets" />;
  if (catalogue.isError) return <PageError error={catalogue.error} />;
  const threshold = catalogue.data.smallNumberThreshold;
  const datasets = catalogue.data.datasets ?? [];
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Exports</h1>
        <p>
          Complete datasets of your organisation’s records, for analysis, without personal data: people appear only as
          pseudonyms and as counts
          {threshold !== undefined && threshold > 1
            ? `, and counts of people from 1 to ${threshold - 1} are withheld`
            : ''}
          . Every export is recorded in the audit trail.
        </p>
        <p>
          <Link to="/exports/dictionary">Data dictionary</Link>: what every dataset holds, its fields, keys and filters
          {catalogue.data.version ? ` (version ${catalogue.data.version})` : ''}.
        </p>
        {datasets.length === 0 ? <p>There are no datasets you may export.</p> : <ExportForm datasets={datasets} />}
      </div>
    </div>
  );
}
