import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '@/testing/render';
import { toDataPackage } from '../api/data-package';
import { DataDictionary } from './data-dictionary';

// As the server writes it (DataPackage.java): a foreign key's fields as one name, '' for the dataset itself.
const PACKAGE = {
  profile: 'tabular-data-package',
  name: 'tandem-exports',
  title: 'Tandem: co-production records for analysts',
  description: 'The datasets analysts export from Tandem, without personal data.',
  version: '1.4.0',
  smallNumberThreshold: 5,
  resources: [
    {
      name: 'feedback',
      path: 'data/feedback.csv',
      title: 'Feedback',
      description: 'One thing people said each.',
      schema: {
        fields: [
          {
            name: 'id',
            type: 'string',
            format: 'uuid',
            description: 'The feedback item’s id.',
            constraints: { required: true },
          },
          {
            name: 'partnershipId',
            type: 'string',
            format: 'uuid',
            description: 'The partnership it was given to.',
            constraints: { required: true },
          },
          {
            name: 'channel',
            type: 'string',
            description: 'How it came.',
            constraints: { enum: ['EMAIL', 'WORKSHOP'] },
          },
          {
            name: 'version',
            type: 'integer',
            description: 'Its version.',
            constraints: { required: true, minimum: 0 },
          },
          { name: 'receivedOn', type: 'date', description: 'The day it was received.' },
          { type: 'string', description: 'A field with no name is left out.' },
        ],
        missingValues: [''],
        primaryKey: ['id'],
        foreignKeys: [
          { fields: 'partnershipId', reference: { resource: 'partnerships', fields: 'id' } },
          { fields: 'id', reference: { resource: '', fields: 'id' } },
          { fields: 'auditId', reference: { resource: 'audit-trail', fields: 'id' } },
        ],
      },
      tandem: {
        url: '/api/v1/exports/feedback',
        formats: ['ndjson', 'csv', 'json'],
        adminsOnly: false,
        partnershipFilter: true,
        dateFilter: 'the day it was received (receivedOn)',
        changeFeed: '/api/v1/exports/feedback/changes',
      },
    },
    {
      name: 'partnerships',
      path: 'data/partnerships.csv',
      title: 'Partnerships',
      description: 'The partnerships your organisation takes part in.',
      schema: { fields: [{ name: 'id', type: 'string', format: 'uuid' }], primaryKey: 'id', foreignKeys: [] },
      tandem: { adminsOnly: false, partnershipFilter: true, dateFilter: null, changeFeed: null },
    },
    { title: 'A resource with no name is left out' },
  ],
};

describe('toDataPackage', () => {
  it('reads what it needs, field by field, and leaves out what is not there', () => {
    const read = toDataPackage(PACKAGE);
    expect(read.version).toBe('1.4.0');
    expect(read.smallNumberThreshold).toBe(5);
    expect(read.resources.map((r) => r.name)).toEqual(['feedback', 'partnerships']);
    const [feedback, partnerships] = read.resources;
    expect(feedback?.fields.map((f) => f.name)).toEqual(['id', 'partnershipId', 'channel', 'version', 'receivedOn']);
    expect(feedback?.fields[2]).toMatchObject({ allowed: ['EMAIL', 'WORKSHOP'], required: false });
    expect(feedback?.fields[3]).toMatchObject({ minimum: 0, required: true });
    expect(feedback?.foreignKeys[0]).toEqual({
      fields: ['partnershipId'],
      resource: 'partnerships',
      referenceFields: ['id'],
    });
    expect(feedback?.changeFeed).toBe('/api/v1/exports/feedback/changes');
    expect(partnerships).toMatchObject({ primaryKey: ['id'], dateFilter: undefined, changeFeed: undefined });
  });

  it('refuses what is not a data package', () => {
    expect(() => toDataPackage({ title: 'No resources' })).toThrow('not a data package');
    expect(() => toDataPackage([])).toThrow();
    expect(() => toDataPackage(null)).toThrow();
  });
});

describe('DataDictionary', () => {
  it('gives the package’s notes, and a section per dataset with its filters, change feed and keys', () => {
    renderWithProviders(<DataDictionary dataPackage={toDataPackage(PACKAGE)} />);
    expect(screen.getByText('1.4.0')).toBeInTheDocument();
    expect(screen.getByText(/Counts of people from 1 to 4 are withheld/)).toBeInTheDocument();
    const contents = screen.getByRole('navigation', { name: 'Datasets' });
    expect(within(contents).getByRole('link', { name: 'Feedback' })).toHaveAttribute('href', '#dataset-feedback');

    const feedback = screen.getByRole('region', { name: /^Feedback/ });
    expect(feedback).toHaveAttribute('id', 'dataset-feedback');
    expect(within(feedback).getByText('One thing people said each.')).toBeInTheDocument();
    expect(
      within(feedback).getByText('From and to filter on the day it was received (receivedOn)'),
    ).toBeInTheDocument();
    expect(within(feedback).getByText('/api/v1/exports/feedback/changes')).toBeInTheDocument();
    expect(within(feedback).getByText('data/feedback.csv')).toBeInTheDocument();

    const partnerships = screen.getByRole('region', { name: /^Partnerships/ });
    expect(within(partnerships).getByText('It takes no dates')).toBeInTheDocument();
    expect(within(partnerships).getByText('No: it is a summary, export it whole')).toBeInTheDocument();
  });

  it('lists the fields in a table: name, type, required, allowed values, description', () => {
    renderWithProviders(<DataDictionary dataPackage={toDataPackage(PACKAGE)} />);
    const feedback = screen.getByRole('region', { name: /^Feedback/ });
    const table = within(feedback).getByRole('table', { name: 'Fields of Feedback' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Field', 'Type', 'Required', 'Allowed values', 'Description']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    const cells = (i: number) =>
      within(rows[i] ?? table)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells(0)).toEqual([
      'Field id',
      'Type Id (UUID)',
      'Required Yes',
      'Allowed values ',
      'Description The feedback item’s id.',
    ]);
    expect(cells(2)).toEqual([
      'Field channel',
      'Type Text',
      'Required No',
      'Allowed values EMAILWORKSHOP',
      'Description How it came.',
    ]);
    expect(
      within(rows[2] ?? table)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['EMAIL', 'WORKSHOP']);
    expect(cells(3)[3]).toBe('Allowed values 0 or more');
    expect(cells(4)[1]).toBe('Type Date (YYYY-MM-DD)');
  });

  it('says what each foreign key points to, linking to that dataset’s section', () => {
    renderWithProviders(<DataDictionary dataPackage={toDataPackage(PACKAGE)} />);
    const feedback = screen.getByRole('region', { name: /^Feedback/ });
    expect(within(feedback).getByText('Primary key').nextElementSibling).toHaveTextContent('id');
    const keys = within(feedback).getByRole('heading', { name: 'What its ids point to' }).nextElementSibling;
    const items = within(keys instanceof HTMLElement ? keys : feedback).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'partnershipId is the id of Partnerships',
      'id is the id of another row of this dataset',
      'auditId is the id of audit-trail (not one you may export)',
    ]);
    expect(within(items[0] ?? feedback).getByRole('link', { name: 'Partnerships' })).toHaveAttribute(
      'href',
      '#dataset-partnerships',
    );
    expect(document.getElementById('dataset-partnerships')).toBeInTheDocument();
  });
});
