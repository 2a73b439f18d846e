import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { filterThemeOptions, ThemePicker, type ThemeOption } from './theme-picker';

const OPTIONS: ThemeOption[] = [
  { id: 'f1', name: 'Healthy partnerships', kind: 'Focus area', path: '' },
  { id: 'a1', name: 'We are cared for by the best people', kind: 'Ambition', path: 'Healthy partnerships' },
  {
    id: 't1',
    name: 'Access to primary care',
    kind: 'Theme',
    path: 'Healthy partnerships › We are cared for by the best people',
  },
  { id: 't2', name: 'Integration of services', kind: 'Theme', path: 'Healthy partnerships' },
  { id: 't3', name: 'Good quality homes', kind: 'Theme', path: 'Healthy places' },
];

function Harness({ initial = [], onSubmit = () => {} }: { initial?: string[]; onSubmit?: () => void }) {
  const [selected, setSelected] = useState<string[]>(initial);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <ThemePicker id="themes" label="Themes" options={OPTIONS} selected={selected} onChange={setSelected} />
      <output data-testid="selected">{selected.join(',')}</output>
    </form>
  );
}

describe('filterThemeOptions', () => {
  it('matches every word typed in the name, path or kind, ignoring case', () => {
    expect(filterThemeOptions(OPTIONS, 'ACCESS').map((o) => o.id)).toEqual(['t1']);
    expect(filterThemeOptions(OPTIONS, 'places').map((o) => o.id)).toEqual(['t3']);
    expect(filterThemeOptions(OPTIONS, 'theme healthy partnerships').map((o) => o.id)).toEqual(['t1', 't2']);
    expect(filterThemeOptions(OPTIONS, '  ')).toHaveLength(5);
  });
});

describe('ThemePicker', () => {
  it('filters as you type and lists the matches in a listbox', async () => {
    render(<Harness />);
    const box = screen.getByRole('combobox', { name: 'Themes' });
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await userEvent.type(box, 'serv');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([expect.stringContaining('Integration of services')]);
    await userEvent.clear(box);
    await userEvent.type(box, 'zzz');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    expect(screen.getByText('No themes match “zzz”.')).toBeInTheDocument();
  });

  it('picks with the arrow keys and Enter, without submitting the form', async () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    const box = screen.getByRole('combobox', { name: 'Themes' });
    await userEvent.type(box, 'theme');
    expect(box).toHaveAttribute('aria-activedescendant', 'themes-option-t1');
    await userEvent.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', 'themes-option-t2');
    expect(screen.getByRole('option', { name: /Integration of services/ })).toHaveClass(
      'tandem-theme-picker__option--active',
    );
    await userEvent.keyboard('{Enter}');
    expect(screen.getByTestId('selected')).toHaveTextContent('t2');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
    // Typing and Enter picks the first match.
    await userEvent.type(box, 'access{Enter}');
    expect(screen.getByTestId('selected')).toHaveTextContent('t2,t1');
    expect(screen.getByRole('button', { name: 'Remove Access to primary care' })).toBeInTheDocument();
  });

  it('opens the whole list with the down arrow and closes it with Escape', async () => {
    render(<Harness />);
    const box = screen.getByRole('combobox', { name: 'Themes' });
    await userEvent.click(box);
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('option')).toHaveLength(5);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });

  it('removes a chosen theme with its button or Backspace in the empty box', async () => {
    render(<Harness initial={['t1', 't3']} />);
    expect(screen.getByRole('list', { name: 'Themes: chosen' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove Access to primary care' }));
    expect(screen.getByTestId('selected')).toHaveTextContent(/^t3$/);
    const box = screen.getByRole('combobox', { name: 'Themes' });
    expect(box).toHaveFocus();
    await userEvent.keyboard('{Backspace}');
    expect(screen.getByTestId('selected')).toHaveTextContent(/^$/);
    expect(screen.queryByRole('list', { name: 'Themes: chosen' })).not.toBeInTheDocument();
  });

  it('marks chosen options selected, and Enter on one unchooses it', async () => {
    render(<Harness initial={['t1']} />);
    const box = screen.getByRole('combobox', { name: 'Themes' });
    await userEvent.type(box, 'access');
    expect(screen.getByRole('option', { name: /Access to primary care/ })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    expect(screen.getByTestId('selected')).toHaveTextContent(/^$/);
  });
});
