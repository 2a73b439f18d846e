import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/testing/render';
import { Pagination } from './pagination';

describe('Pagination', () => {
  it('pages one list of several by its own parameter, keeping the others’ pages and filters', () => {
    renderWithProviders(
      <Pagination
        data={{ items: [], page: 1, size: 20, totalItems: 45, totalPages: 3 }}
        noun="policy"
        plural="policies"
        param="policiesPage"
      />,
      { route: '/claims/policies?policiesPage=2&budgetsPage=4' },
    );
    expect(screen.getByText('45 policies, page 2 of 3')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', '/claims/policies?budgetsPage=4');
    expect(screen.getByRole('link', { name: /Next/ })).toHaveAttribute(
      'href',
      '/claims/policies?policiesPage=3&budgetsPage=4',
    );
  });
});
