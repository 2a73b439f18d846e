import { Fragment } from 'react';
import { ResponsiveTable } from '@/components/responsive-table';
import { SummaryList } from '@/components/page';
import type { DataPackage, PackageField, PackageForeignKey, PackageResource } from '../api/data-package';

/** The id of a dataset's section, for links from a foreign key (and from the exports page). */
export function datasetAnchor(name: string): string {
  return `dataset-${name}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'Text',
  integer: 'Whole number',
  number: 'Number',
  boolean: 'True or false',
  date: 'Date (YYYY-MM-DD)',
  datetime: 'Date and time (ISO 8601, with offset)',
};

function typeOf(field: PackageField): string {
  if (field.type === 'string' && field.format === 'uuid') return 'Id (UUID)';
  const words = TYPE_WORDS[field.type] ?? field.type;
  return field.format && field.format !== 'default' ? `${words}, ${field.format}` : words;
}

function allowedValues(field: PackageField) {
  if (field.allowed.length > 0) {
    return (
      <ul className="nhsuk-list tandem-compact-list">
        {field.allowed.map((value) => (
          <li key={value}>
            <code>{value}</code>
          </li>
        ))}
      </ul>
    );
  }
  if (field.minimum !== undefined) return `${field.minimum} or more`;
  return null;
}

function Names({ names }: { names: readonly string[] }) {
  return (
    <>
      {names.map((name, i) => (
        <Fragment key={name}>
          {i > 0 && ', '}
          <code>{name}</code>
        </Fragment>
      ))}
    </>
  );
}

function ForeignKey({
  foreignKey,
  from,
  titles,
}: {
  foreignKey: PackageForeignKey;
  from: PackageResource;
  titles: Map<string, string>;
}) {
  const target = foreignKey.resource === '' ? from.name : foreignKey.resource;
  const title = titles.get(target);
  return (
    <li>
      <Names names={foreignKey.fields} /> is the <Names names={foreignKey.referenceFields} /> of{' '}
      {foreignKey.resource === '' ? (
        <>another row of this dataset</>
      ) : title ? (
        <a href={`#${datasetAnchor(target)}`}>{title}</a>
      ) : (
        // A dataset you may not export (the audit trail is for admins): named, but no section to link to.
        <>
          <code>{target}</code> (not one you may export)
        </>
      )}
    </li>
  );
}

function DatasetSection({ resource, titles }: { resource: PackageResource; titles: Map<string, string> }) {
  const anchor = datasetAnchor(resource.name);
  return (
    <section id={anchor} aria-labelledby={`${anchor}-heading`} className="tandem-dictionary-dataset" tabIndex={-1}>
      <h2 id={`${anchor}-heading`}>
        {resource.title ?? resource.name}
        <span className="nhsuk-caption-m">
          <span className="nhsuk-u-visually-hidden">, exported as </span>
          <code>{resource.name}</code>
        </span>
      </h2>
      {resource.description && <p>{resource.description}</p>}
      <SummaryList
        rows={[
          {
            key: 'Dates',
            value: resource.dateFilter ? `From and to filter on ${resource.dateFilter}` : 'It takes no dates',
          },
          { key: 'Partnership filter', value: resource.partnershipFilter ? 'Yes' : 'No' },
          {
            key: 'Change feed',
            value: resource.changeFeed ? (
              <>
                Yes: <code className="tandem-break-all">{resource.changeFeed}</code>
              </>
            ) : (
              'No: it is a summary, export it whole'
            ),
          },
          { key: 'Who may export it', value: resource.adminsOnly ? 'Admins only' : 'Analysts and admins' },
          {
            key: 'Primary key',
            value: resource.primaryKey.length > 0 ? <Names names={resource.primaryKey} /> : 'None',
          },
          ...(resource.path ? [{ key: 'In the zip', value: <code>{resource.path}</code> }] : []),
        ]}
      />
      <ResponsiveTable
        caption={`Fields of ${resource.title ?? resource.name}`}
        rows={resource.fields}
        rowKey={(f) => f.name}
        columns={[
          { header: 'Field', cell: (f) => <code>{f.name}</code> },
          { header: 'Type', cell: typeOf },
          { header: 'Required', cell: (f) => (f.required ? 'Yes' : 'No') },
          { header: 'Allowed values', cell: allowedValues },
          { header: 'Description', cell: (f) => f.description ?? '' },
        ]}
      />
      {resource.foreignKeys.length > 0 && (
        <>
          <h3>What its ids point to</h3>
          <ul>
            {resource.foreignKeys.map((k) => (
              <ForeignKey key={k.fields.join(',')} foreignKey={k} from={resource} titles={titles} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * datapackage.json for people: the package's terms (version, small numbers), a contents list,
 * then per dataset its filters, change feed, keys and a table of its fields.
 */
export function DataDictionary({ dataPackage }: { dataPackage: DataPackage }) {
  const titles = new Map(dataPackage.resources.map((r) => [r.name, r.title ?? r.name]));
  const threshold = dataPackage.smallNumberThreshold;
  return (
    <>
      {dataPackage.description && <p>{dataPackage.description}</p>}
      <SummaryList
        rows={[
          { key: 'Version', value: dataPackage.version ?? 'Not stated' },
          {
            key: 'Small numbers',
            value:
              threshold === undefined
                ? 'Not stated'
                : threshold > 1
                  ? `Counts of people from 1 to ${threshold - 1} are withheld: left empty, with a flag saying so. Zero is shown.`
                  : 'No counts are withheld.',
          },
          { key: 'Datasets', value: String(dataPackage.resources.length) },
        ]}
      />
      <nav aria-labelledby="dictionary-contents-heading" className="nhsuk-contents-list">
        <h2 id="dictionary-contents-heading" className="nhsuk-heading-s">
          Datasets
        </h2>
        <ul className="nhsuk-contents-list__list">
          {dataPackage.resources.map((r) => (
            <li className="nhsuk-contents-list__item" key={r.name}>
              <a className="nhsuk-contents-list__link" href={`#${datasetAnchor(r.name)}`}>
                {r.title ?? r.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {dataPackage.resources.map((r) => (
        <DatasetSection key={r.name} resource={r} titles={titles} />
      ))}
    </>
  );
}
