// The theme tree of an organisation, built from the flat list GET /api/v1/themes returns: shared
// by the feedback screens and the outcome form, which both choose themes.
import type { ThemeOption } from '@/components/theme-picker';
import type { Schemas } from '@/lib/api/client';
import type { Labels } from '@/lib/labels';

type Theme = Schemas['Theme'];

export const THEME_KIND_LABELS: Labels<Schemas['ThemeKind']> = {
  FOCUS_AREA: 'Focus area',
  AMBITION: 'Ambition',
  THEME: 'Theme',
};

export interface ThemeNode {
  theme: Theme;
  children: ThemeNode[];
}

const KIND_ORDER = { FOCUS_AREA: 0, AMBITION: 1, THEME: 2 };

function compare(a: Theme, b: Theme): number {
  const kind = KIND_ORDER[a.kind ?? 'THEME'] - KIND_ORDER[b.kind ?? 'THEME'];
  return kind !== 0 ? kind : (a.name ?? '').localeCompare(b.name ?? '', 'en-GB');
}

/** The tree from the flat list: parentId links children (a parent not in the list makes a root). */
export function buildThemeTree(themes: readonly Theme[]): ThemeNode[] {
  const nodes = new Map<string, ThemeNode>(themes.map((t) => [t.id ?? '', { theme: t, children: [] }]));
  const roots: ThemeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.theme.parentId ? nodes.get(node.theme.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: ThemeNode[]) => {
    list.sort((a, b) => compare(a.theme, b.theme));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

/** Every node in tree order (depth first), with the names of its ancestors. */
export function flattenTree(nodes: readonly ThemeNode[], ancestors: string[] = []): { theme: Theme; path: string[] }[] {
  return nodes.flatMap((n) => [
    { theme: n.theme, path: ancestors },
    ...flattenTree(n.children, [...ancestors, n.theme.name ?? '']),
  ]);
}

/** The names above a theme: "Focus area › Ambition". */
export function pathOf(themes: readonly Theme[], id: string | undefined): string {
  const byId = new Map(themes.map((t) => [t.id, t]));
  const names: string[] = [];
  let parent = id === undefined ? undefined : byId.get(id)?.parentId;
  while (parent && names.length < 10) {
    const t = byId.get(parent);
    if (!t) break;
    names.unshift(t.name ?? '');
    parent = t.parentId;
  }
  return names.join(' › ');
}

/** The theme picker's options: active nodes in tree order, with their path. */
export function themeOptions(themes: readonly Theme[]): ThemeOption[] {
  return flattenTree(buildThemeTree(themes.filter((t) => t.status !== 'RETIRED'))).map(({ theme, path }) => ({
    id: theme.id ?? '',
    name: theme.name ?? '',
    kind: THEME_KIND_LABELS[theme.kind ?? 'THEME'],
    path: path.join(' › '),
  }));
}

/** The ids of a theme and everything under it (a theme cannot be merged into its own subtree). */
export function subtreeIds(themes: readonly Theme[], id: string): Set<string> {
  const ids = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of themes) {
      if (t.id && t.parentId && ids.has(t.parentId) && !ids.has(t.id)) {
        ids.add(t.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** A theme in a select: indented by its depth in the tree, so the list reads as the tree. */
export function indentedLabel(option: ThemeOption): string {
  const depth = option.path ? option.path.split(' › ').length : 0;
  return `${'\u00a0\u00a0'.repeat(depth)}${option.name}`;
}
