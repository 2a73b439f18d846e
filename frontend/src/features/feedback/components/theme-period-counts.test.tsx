import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fetchMock, json, sentRequests } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { ThemePeriodCounts } from './theme-period-counts';
import { typeDate } from '@/testing/dates';

const node = (
  themeId: string,
  parentId: string | null,
  name: string,
  kind: string,
  depth: number,
  count: number,
  all: number,
) => ({
  themeId,
  parentId,
  name,
  kind,
  status: 'ACTIVE',
  depth,
  count,
  countWithDescendants: all,
});

describe('ThemePeriodCounts', () => {
  it('asks for the period chosen and nests the counts as the tree, each parent with its rolled-up count', async () => {
    fetchMock.mockImplementation(async () =>
      json(200, {
        from: '2024-04-01',
        to: '2025-03-31',
        taggedFeedback: 3,
        themes: [
          node('f', null, 'Physical wellbeing', 'FOCUS_AREA', 0, 0, 3),
          node('a', 'f', 'Good care close to home', 'AMBITION', 1, 1, 3),
          node('t', 'a', 'Access to primary care', 'THEME', 2, 2, 2),
        ],
      }),
    );
    renderWithProviders(<ThemePeriodCounts />);
    await typeDate('From', '2024-04-01');
    await typeDate('To', '2025-03-31');
    await userEvent.click(screen.getByRole('button', { name: 'Count feedback' }));

    expect(
      await screen.findByText('3 feedback items tagged, received between 1 Apr 2024 and 31 Mar 2025.'),
    ).toBeInTheDocument();
    const tree = screen.getByRole('list', { name: 'Feedback per theme in the period' });
    const [top] = within(tree).getAllByRole('listitem');
    if (!top) throw new Error('no theme listed');
    expect(top).toHaveTextContent(/^Physical wellbeing Focus area, 3 feedback items \(0 tagged with it directly\)/);
    expect(within(top).getByRole('link', { name: 'Access to primary care' })).toHaveAttribute('href', '/themes/t');
    expect(within(top).getByText('Theme, 2 feedback items')).toBeInTheDocument();
    const asked = (await sentRequests()).filter((r) => r.path === '/api/v1/themes/insights/tree').at(-1);
    expect(asked?.query.get('from')).toBe('2024-04-01');
    expect(asked?.query.get('to')).toBe('2025-03-31');
  });
});
