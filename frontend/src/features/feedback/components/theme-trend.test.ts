import type { Theme } from '../api/themes';
import { changeText, monthlySeries, monthsBetween } from './theme-trend';
import { buildThemeTree, pathOf, subtreeIds, themeOptions } from '@/lib/theme-tree';
import { aTheme } from '@/testing/fixtures';

describe('the trend', () => {
  it('lists every month of the range, with 0 where nothing was said', () => {
    expect(monthsBetween('2024-11-24', '2025-02-03')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    const series = monthlySeries({ months: [{ month: '2024-12', count: 3 }] }, '2024-11-24', '2025-01-10');
    expect(series).toEqual([
      { month: '2024-11', label: 'Nov 2024', count: 0 },
      { month: '2024-12', label: 'Dec 2024', count: 3 },
      { month: '2025-01', label: 'Jan 2025', count: 0 },
    ]);
  });

  it('says the change against the period before', () => {
    expect(changeText({ count: 6, previousCount: 4, change: 2, changePercent: 50 })).toBe(
      'up 2 (50%) on the 4 of the period before',
    );
    expect(changeText({ count: 3, previousCount: 0, change: 3 })).toBe('up 3 on the 0 of the period before');
    expect(changeText({ count: 1, previousCount: 1, change: 0 })).toBe('no change on the 1 of the period before');
  });
});

describe('the theme tree', () => {
  const themes: Theme[] = [
    aTheme({ id: 't1', kind: 'THEME', name: 'Access', parentId: 'a1' }),
    aTheme({ id: 'a1', kind: 'AMBITION', name: 'Best services', parentId: 'f1' }),
    aTheme({ id: 'f1', kind: 'FOCUS_AREA', name: 'Healthy partnerships' }),
    aTheme({ id: 'old', kind: 'THEME', name: 'Old', parentId: 'a1', status: 'RETIRED' }),
  ];

  it('builds the tree from parentId and names the path of each node', () => {
    const tree = buildThemeTree(themes);
    expect(tree.map((n) => n.theme.id)).toEqual(['f1']);
    expect(tree[0]?.children[0]?.children.map((n) => n.theme.id)).toEqual(['t1', 'old']);
    expect(pathOf(themes, 't1')).toBe('Healthy partnerships › Best services');
    expect(themeOptions(themes).map((o) => [o.id, o.kind, o.path])).toEqual([
      ['f1', 'Focus area', ''],
      ['a1', 'Ambition', 'Healthy partnerships'],
      ['t1', 'Theme', 'Healthy partnerships › Best services'],
    ]);
    expect([...subtreeIds(themes, 'a1')].sort()).toEqual(['a1', 'old', 't1']);
  });
});
