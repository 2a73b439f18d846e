import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorSummary, fieldError } from '@/components/error-summary';
import { PartnershipChooser } from '@/components/choosers';
import { DateInput, dateInputId } from '@/components/date-input';
import { Radios, Select } from '@/components/form-fields';
import { optionsOf, type Labels } from '@/lib/labels';
import { isDatasetName, type ExportDataset, type ExportFilters } from '../api/exports';
import type { ExportFormat } from '../api/stream';
import { useExportDownload } from '../api/use-export-download';
import { DownloadStatus } from './download-status';

const FORMATS: Labels<ExportFormat> = {
  csv: 'CSV, for Excel',
  ndjson: 'NDJSON: one JSON object per line, for data tools',
  json: 'JSON: an array of objects',
};

/** Request field -> the input that edits it, so the error summary links there. */
const FIELD_INPUTS: Record<string, string> = {
  partnershipId: 'export-partnership',
  from: dateInputId('export-from'),
  to: dateInputId('export-to'),
  updatedSince: dateInputId('export-updated-since'),
  format: 'export-format',
  dataset: 'export-dataset',
};

type FilterValues = Required<ExportFilters>;
const NO_FILTERS: FilterValues = { partnershipId: '', from: '', to: '', updatedSince: '' };

/** The filters the dataset takes, of those filled in (a hidden filter is never sent). */
function filtersFor(dataset: ExportDataset | undefined, values: FilterValues): ExportFilters {
  return {
    partnershipId: dataset?.partnershipFilter ? values.partnershipId : undefined,
    from: dataset?.dateFilter ? values.from : undefined,
    to: dataset?.dateFilter ? values.to : undefined,
    // Every dataset takes updatedSince (the catalogue has no flag for it).
    updatedSince: values.updatedSince,
  };
}

interface ExportFormProps {
  /** The datasets the person may export (listExportDatasets). */
  datasets: readonly ExportDataset[];
}

/**
 * Choose a dataset, the filters it takes and a format, then download it with progress; or
 * download every dataset as one zip. Errors from the server show in an error summary that links
 * to the field they name.
 */
export function ExportForm({ datasets }: ExportFormProps) {
  const exportable = datasets.filter((d) => isDatasetName(d.name));
  const [name, setName] = useState(exportable[0]?.name ?? '');
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [values, setValues] = useState<FilterValues>(NO_FILTERS);
  const download = useExportDownload();
  const dataset = exportable.find((d) => d.name === name);
  const filters = filtersFor(dataset, values);
  const set = (key: keyof FilterValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const errorOn = (field: string) => (download.pending ? undefined : fieldError(download.error, field));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const chosen = dataset?.name;
    if (!isDatasetName(chosen)) return;
    download.start({ kind: 'dataset', dataset: chosen, format, filters });
  };

  return (
    <>
      {!download.pending && <ErrorSummary error={download.error} fields={FIELD_INPUTS} />}
      <form onSubmit={submit} noValidate aria-label="Export a dataset">
        <Select
          id="export-dataset"
          label="Dataset"
          value={name}
          onChange={setName}
          disabled={download.pending}
          options={exportable.map((d) => ({ value: d.name ?? '', label: d.title ?? d.name ?? '' }))}
          hint={
            dataset && (
              <>
                {dataset.description}
                {dataset.adminsOnly && ' Only admins may export it.'}{' '}
                <Link to={`/exports/dictionary#dataset-${dataset.name}`}>
                  What its fields mean<span className="nhsuk-u-visually-hidden"> ({dataset.title})</span>
                </Link>
              </>
            )
          }
        />

        <fieldset className="nhsuk-fieldset" disabled={download.pending}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            <h2 className="nhsuk-fieldset__heading">Filters (optional)</h2>
          </legend>
          {dataset?.partnershipFilter && (
            <PartnershipChooser
              id="export-partnership"
              label="Partnership"
              hint="Leave it empty for all partnerships."
              value={values.partnershipId}
              onChange={set('partnershipId')}
              error={errorOn('partnershipId')}
              disabled={download.pending}
            />
          )}
          {dataset?.dateFilter && (
            <div className="tandem-time-pair">
              <DateInput
                id="export-from"
                legend="From"
                hint={`On ${dataset.dateFilter}`}
                value={values.from}
                onChange={set('from')}
                error={errorOn('from')}
              />
              <DateInput
                id="export-to"
                legend="To"
                hint="Inclusive"
                value={values.to}
                onChange={set('to')}
                error={errorOn('to')}
              />
            </div>
          )}
          <DateInput
            id="export-updated-since"
            legend="Changed since"
            hint="Only rows created or changed on or after this day (London time)"
            value={values.updatedSince}
            onChange={set('updatedSince')}
            error={errorOn('updatedSince')}
          />
          {dataset && !dataset.partnershipFilter && !dataset.dateFilter && (
            <p className="nhsuk-body-s">This dataset has no partnership or date filters.</p>
          )}
        </fieldset>

        <Radios
          id="export-format"
          legend="Format"
          name="export-format"
          value={format}
          onChange={setFormat}
          error={errorOn('format')}
          options={optionsOf(FORMATS)}
        />

        <div className="nhsuk-button-group">
          <button type="submit" className="nhsuk-button" disabled={download.pending || !dataset}>
            Download
          </button>
          {download.pending && (
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={download.cancel}>
              Cancel download
            </button>
          )}
        </div>
      </form>

      <DownloadStatus
        pending={download.pending}
        progress={download.progress}
        result={download.result}
        cancelled={download.cancelled}
      />

      <section aria-labelledby="export-everything-heading">
        <h2 id="export-everything-heading">Download everything</h2>
        <p>
          A zip of every dataset you may export, as CSV, with <code>datapackage.json</code> describing them, all as they
          were at one moment. The filters above that a dataset takes apply to it.
        </p>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          disabled={download.pending}
          onClick={() => download.start({ kind: 'everything', filters })}
        >
          Download everything (zip)
        </button>
      </section>
    </>
  );
}
