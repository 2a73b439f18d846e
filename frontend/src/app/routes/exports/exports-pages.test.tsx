import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fetchMock, json, problem } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { DataDictionaryPage } from './data-dictionary-page';
import { ExportsPage } from './exports-page';

const CATALOGUE = {
  version: '1.4.0',
  smallNumberThreshold: 5,
  datasets: [
    {
      name: 'feedback',
      title: 'Feedback',
      description: 'One thing people said each.',
      adminsOnly: false,
      partnershipFilter: true,
      dateFilter: 'the day it was received (receivedOn)',
      changeFeed: true,
      fields: ['id'],
    },
  ],
};

function answerByPath(answers: Record<string, Response>) {
  fetchMock.mockImplementation(async (request) => {
    const path = new URL(request.url).pathname;
    return answers[path]?.clone() ?? json(404, {});
  });
}

describe('ExportsPage', () => {
  it('offers the datasets the person may export, a partnership to filter on, and the data dictionary', async () => {
    answerByPath({
      '/api/v1/exports': json(200, CATALOGUE),
      '/api/v1/partnerships': json(200, { items: [{ id: 'p-1', name: "Lewisham People's Partnership" }] }),
    });
    renderWithProviders(<ExportsPage />, { route: '/exports' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Exports' })).toBeInTheDocument();
    expect(screen.getByText(/counts of people from 1 to 4 are withheld/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Data dictionary' })).toHaveAttribute('href', '/exports/dictionary');
    expect(screen.getByRole('option', { name: 'Feedback' })).toBeInTheDocument();
    await userEvent.type(screen.getByRole('combobox', { name: 'Partnership' }), 'Lewisham');
    expect(await screen.findByRole('option', { name: "Lewisham People's Partnership" })).toBeInTheDocument();
  });

  it('explains a 403 rather than showing an empty form', async () => {
    answerByPath({ '/api/v1/exports': problem(403, { title: 'Forbidden' }) });
    renderWithProviders(<ExportsPage />, { route: '/exports' });
    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot do this' })).toBeInTheDocument();
  });
});

describe('DataDictionaryPage', () => {
  it('loads datapackage.json and renders a section per dataset', async () => {
    answerByPath({
      '/api/v1/exports/datapackage.json': json(200, {
        profile: 'tabular-data-package',
        version: '1.4.0',
        smallNumberThreshold: 5,
        resources: [
          {
            name: 'feedback',
            title: 'Feedback',
            schema: { fields: [{ name: 'id', type: 'string', format: 'uuid' }], primaryKey: ['id'], foreignKeys: [] },
            tandem: { dateFilter: 'the day it was received (receivedOn)' },
          },
        ],
      }),
    });
    renderWithProviders(<DataDictionaryPage />, { route: '/exports/dictionary' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Data dictionary' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /^Feedback/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Fields of Feedback' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download datapackage.json' })).toBeInTheDocument();
  });

  it('says so when what came is not a data package', async () => {
    answerByPath({ '/api/v1/exports/datapackage.json': json(200, { title: 'not one' }) });
    renderWithProviders(<DataDictionaryPage />, { route: '/exports/dictionary' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
  });
});
