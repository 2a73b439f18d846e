import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '@/testing/render';
import { Combobox, type ComboboxSearch } from './combobox';

const PEOPLE = Array.from({ length: 1000 }, (_, i) => `Seeded Person ${String(i + 1).padStart(4, '0')}`);

/** Like the server: the first 10 names holding the text, and how many hold it in all. */
const search = vi.fn<ComboboxSearch>(async (text) => {
  const all = PEOPLE.filter((name) => name.toLowerCase().includes(text.toLowerCase()));
  return { options: all.slice(0, 10).map((name) => ({ value: name, label: name })), total: all.length };
});

function Harness({ onSubmit = () => {} }: { onSubmit?: () => void }) {
  const [value, setValue] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <Combobox
        id="person"
        label="Person"
        queryKey={['test', 'people']}
        search={search}
        value={value}
        valueLabel={value || undefined}
        onChange={setValue}
      />
      <output data-testid="chosen">{value}</output>
    </form>
  );
}

describe('Combobox', () => {
  it('searches as you type and says how many match when only the first few are shown', async () => {
    renderWithProviders(<Harness />);
    const input = screen.getByRole('combobox', { name: 'Person' });
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await userEvent.type(input, 'seeded person 0');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-controls', 'person-listbox');
    expect(await screen.findByText(/999 matches, showing the first 10/)).toBeInTheDocument();
    expect(search).toHaveBeenLastCalledWith('seeded person 0', expect.anything());
    expect(screen.getAllByRole('option')).toHaveLength(10);
  });

  it('picks with the arrow keys and Enter, without submitting the form, and finds the 1,000th', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<Harness onSubmit={onSubmit} />);
    const input = screen.getByRole('combobox', { name: 'Person' });
    await userEvent.type(input, 'Person 1000');
    await screen.findByRole('option', { name: 'Seeded Person 1000' });
    await userEvent.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', 'person-option-0');
    expect(screen.getByRole('option', { name: 'Seeded Person 1000' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByTestId('chosen')).toHaveTextContent('Seeded Person 1000');
    expect(input).toHaveValue('Seeded Person 1000');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes with Escape, and typing again clears the choice until a match is chosen', async () => {
    renderWithProviders(<Harness />);
    const input = screen.getByRole('combobox', { name: 'Person' });
    await userEvent.type(input, 'Person 0002');
    await userEvent.click(await screen.findByRole('option', { name: 'Seeded Person 0002' }));
    expect(screen.getByTestId('chosen')).toHaveTextContent('Seeded Person 0002');
    await userEvent.type(input, 'x');
    expect(screen.getByTestId('chosen')).toHaveTextContent('');
    await userEvent.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });
});
