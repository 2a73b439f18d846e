import { screen } from '@testing-library/react';
import { ApiError } from '@/lib/api/problem';
import { renderWithProviders } from '@/testing/render';
import {
  EMPTY_ORGANISATION,
  OrganisationForm,
  organisationRequest,
  organisationToValues,
  type OrganisationFormValues,
} from './organisation-form';

const lewisham = {
  id: 'o1',
  code: 'sel-icb-lewisham',
  name: 'NHS South East London ICB (Lewisham)',
  kind: 'NHS_BODY' as const,
  website: 'https://www.selondonics.org',
  version: 3,
};

function renderForm(values: OrganisationFormValues, editing: boolean, error: unknown) {
  renderWithProviders(
    <OrganisationForm
      values={values}
      set={() => {}}
      onSubmit={() => {}}
      error={error}
      busy={false}
      conflict={undefined}
      onKeepMine={() => {}}
      onUseTheirs={() => {}}
      editing={editing}
    />,
  );
}

describe('OrganisationForm', () => {
  it('puts the server’s errors next to the code and the website, and lists them in the summary', () => {
    const error = new ApiError(400, {
      status: 400,
      errors: [
        { field: 'code', message: 'must be 2-63 lower-case letters, digits or hyphens' },
        { field: 'website', message: 'must be an http or https address' },
      ],
    });
    renderForm({ ...EMPTY_ORGANISATION, code: 'Bad Code!', name: 'Healthwatch Lewisham' }, false, error);
    expect(screen.getByLabelText('Code')).toHaveAccessibleDescription(
      expect.stringContaining('Code must be 2-63 lower-case letters'),
    );
    expect(screen.getByLabelText('Website (optional)')).toHaveAccessibleDescription(
      expect.stringContaining('Website must be an http or https address'),
    );
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Code must be/ })).toHaveAttribute('href', '#organisation-code');
    expect(screen.getByRole('link', { name: /Website must be/ })).toHaveAttribute('href', '#organisation-website');
  });

  it('offers every kind by a plain name', () => {
    renderForm(EMPTY_ORGANISATION, false, undefined);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'NHS body',
      'Council',
      'Voluntary, community or social enterprise (VCSE)',
      'Healthwatch',
      'GP practice',
      'Other',
    ]);
  });

  it('shows the code but no input for it when editing, and sends the loaded code with the version', () => {
    const values = organisationToValues(lewisham);
    renderForm(values, true, undefined);
    expect(screen.queryByLabelText('Code')).not.toBeInTheDocument();
    expect(screen.getByText('sel-icb-lewisham')).toBeInTheDocument();
    expect(organisationRequest({ ...values, code: 'changed', website: ' ' }, 3, lewisham)).toEqual({
      code: 'sel-icb-lewisham',
      name: 'NHS South East London ICB (Lewisham)',
      kind: 'NHS_BODY',
      website: undefined,
      version: 3,
    });
  });

  it('explains a version conflict and keeps what was typed', () => {
    renderWithProviders(
      <OrganisationForm
        values={{ ...organisationToValues(lewisham), name: 'My new name' }}
        set={() => {}}
        onSubmit={() => {}}
        error={new ApiError(409, { status: 409, type: 'http://localhost/problems/version-conflict' })}
        busy={false}
        conflict={[{ label: 'Website', theirs: 'https://example.org' }]}
        onKeepMine={() => {}}
        onUseTheirs={() => {}}
        editing
      />,
    );
    expect(
      screen.getByRole('heading', { name: 'Someone else changed this while you were editing' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/https:\/\/example.org/)).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('My new name');
  });
});
