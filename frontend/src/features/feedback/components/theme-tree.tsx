import { Link } from 'react-router';
import { Tag } from '@/components/page';
import type { Theme } from '../api/themes';
import { THEME_KIND_LABELS } from './labels';
import { buildThemeTree, type ThemeNode } from '@/lib/theme-tree';

function countText(n: number | undefined): string {
  const count = n ?? 0;
  return `${count} feedback ${count === 1 ? 'item' : 'items'}`;
}

function Node({ node, names }: { node: ThemeNode; names: Map<string | undefined, string | undefined> }) {
  const { theme, children } = node;
  return (
    <li>
      <Link to={`/themes/${theme.id}`}>{theme.name}</Link>{' '}
      <span className="tandem-theme-tree__count">
        {THEME_KIND_LABELS[theme.kind ?? 'THEME']}, {countText(theme.feedbackCount)}
      </span>
      {theme.status === 'RETIRED' && (
        <>
          {' '}
          <Tag colour="grey">
            {theme.mergedIntoId ? `Merged into ${names.get(theme.mergedIntoId) ?? 'another'}` : 'Retired'}
          </Tag>
        </>
      )}
      {children.length > 0 && (
        <ul>
          {children.map((c) => (
            <Node key={c.theme.id} node={c} names={names} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The theme tree as nested lists: focus areas, their ambitions, their themes; each with its feedback count. */
export function ThemeTree({ themes }: { themes: readonly Theme[] }) {
  const tree = buildThemeTree(themes);
  const names = new Map(themes.map((t) => [t.id, t.name]));
  if (tree.length === 0) return <p>There are no themes yet.</p>;
  return (
    <ul className="tandem-theme-tree" aria-label="Theme tree">
      {tree.map((n) => (
        <Node key={n.theme.id} node={n} names={names} />
      ))}
    </ul>
  );
}
