import { useId, useState } from 'react';
import { TextInput } from '@/components/form-fields';
import type { Theme } from '../api/outcomes';

interface Node {
  theme: Theme;
  depth: number;
  path: string[];
}

/** The flat list as a tree, depth first, by name within each parent (the list's own order is not relied on). */
export function themeTree(themes: readonly Theme[]): { root: Theme; nodes: Node[] }[] {
  const ids = new Set(themes.map((t) => t.id));
  const children = new Map<string, Theme[]>();
  const roots: Theme[] = [];
  for (const t of themes) {
    if (t.parentId && ids.has(t.parentId)) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t]);
    else roots.push(t);
  }
  const byName = (a: Theme, b: Theme) => (a.name ?? '').localeCompare(b.name ?? '');
  const walk = (parent: Theme, depth: number, path: string[]): Node[] =>
    [...(children.get(parent.id ?? '') ?? [])]
      .sort(byName)
      .flatMap((t) => [{ theme: t, depth, path }, ...walk(t, depth + 1, [...path, t.name ?? ''])]);
  return roots.sort(byName).map((root) => ({ root, nodes: walk(root, 0, [root.name ?? '']) }));
}

interface ThemeChooserProps {
  themes: readonly Theme[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}

/**
 * Checkboxes for the partnership owner's themes, grouped under each focus area and indented by
 * level, with a box to narrow the list by name. (A small chooser of the outcomes feature's own;
 * a shared theme picker may replace it.)
 */
export function ThemeChooser({ themes, selected, onChange, error }: ThemeChooserProps) {
  const [filter, setFilter] = useState('');
  const prefix = `theme${useId().replace(/:/g, '')}`;
  const chosen = new Set(selected);
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected.filter((s) => s !== id), id] : selected.filter((s) => s !== id));
  const needle = filter.trim().toLowerCase();
  const matches = (t: Theme) => !needle || (t.name ?? '').toLowerCase().includes(needle) || chosen.has(t.id ?? '');
  const tree = themeTree(themes);
  const loose = tree.filter((g) => g.nodes.length === 0).map((g) => ({ theme: g.root, depth: 0, path: [] }));
  const groups = [
    ...tree.filter((g) => g.nodes.length > 0).map((g) => ({ legend: g.root.name ?? '', nodes: g.nodes })),
    ...(loose.length > 0 ? [{ legend: 'Other themes', nodes: loose }] : []),
  ]
    .map((g) => ({ ...g, nodes: g.nodes.filter((n) => matches(n.theme)) }))
    .filter((g) => g.nodes.length > 0);

  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`} id="outcome-themes">
      <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">Themes</h2>
      <p className="nhsuk-hint">
        {selected.length === 0 ? 'None chosen yet.' : `${selected.length} chosen.`} Choose the themes this is about.
      </p>
      {error && (
        <span className="nhsuk-error-message">
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      )}
      {themes.length > 8 && (
        <TextInput
          id={`${prefix}-filter`}
          label="Find a theme"
          labelClass=""
          value={filter}
          onChange={setFilter}
          type="search"
          width="20"
        />
      )}
      {groups.length === 0 && <p>{themes.length === 0 ? 'The partnership has no themes yet.' : 'No theme matches.'}</p>}
      {groups.map((g) => (
        <fieldset className="nhsuk-fieldset tandem-theme-group" key={g.legend}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{g.legend}</legend>
          <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
            {g.nodes.map(({ theme, depth }) => {
              const id = `${prefix}-${theme.id ?? ''}`;
              return (
                <div
                  className="nhsuk-checkboxes__item"
                  key={theme.id}
                  style={needle ? undefined : { marginLeft: `${depth * 24}px` }}
                >
                  <input
                    className="nhsuk-checkboxes__input"
                    id={id}
                    type="checkbox"
                    checked={chosen.has(theme.id ?? '')}
                    onChange={(e) => toggle(theme.id ?? '', e.target.checked)}
                  />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
                    {theme.name}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
