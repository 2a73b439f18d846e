import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { LoadError } from '@/components/error-summary';
import { Checkbox } from '@/components/form-fields';
import { Loading } from '@/components/loading';
import { Details, useDocumentTitle } from '@/components/page';
import { useThemes } from '@/features/feedback/api/themes';
import { AddThemeForm } from '@/features/feedback/components/theme-forms';
import { ThemePeriodCounts } from '@/features/feedback/components/theme-period-counts';
import { ThemeTree } from '@/features/feedback/components/theme-tree';
import type { Role } from '@/lib/auth/roles';
import { useCurrentUser } from '@/lib/auth/use-current-user';

/** The roles that may count feedback over a period (GET /api/v1/themes/insights/tree). */
const COUNTING_ROLES: readonly Role[] = ['admin', 'staff', 'analyst'];

/** The theme tree with its feedback counts; staff add to it here and change a theme on its page. */
export function ThemeListPage() {
  useDocumentTitle('Themes');
  const user = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  // Held here too: the address changes in a transition, and the tick must follow at once.
  const [includeRetired, setIncludeRetired] = useState(search.get('retired') === 'true');
  const themes = useThemes({ includeRetired });
  const [added, setAdded] = useState('');
  return (
    <>
      <h1>Themes</h1>
      <p>
        What feedback is about: the strategy’s focus areas, their ambitions and the themes under them. Open one to see
        its feedback and trend{user?.canManage ? ', rename, merge or retire it' : ''}.
      </p>
      {user?.canManage && themes.data && (
        <Details summary="Add a focus area, ambition or theme">
          <AddThemeForm themes={themes.data} onAdded={(t) => setAdded(`Added “${t.name ?? ''}” to the tree.`)} />
        </Details>
      )}
      <div role="status" aria-live="polite">
        {added && <p className="tandem-success">{added}</p>}
      </div>
      <Checkbox
        id="show-retired"
        label="Show retired and merged themes"
        checked={includeRetired}
        onChange={(v) => {
          setIncludeRetired(v);
          setSearch(v ? { retired: 'true' } : {}, { replace: true });
        }}
      />
      {themes.isPending && <Loading what="Loading themes" />}
      {themes.isError && <LoadError error={themes.error} what="themes" />}
      {themes.data && <ThemeTree themes={themes.data} />}
      {user?.roles.some((r) => COUNTING_ROLES.includes(r)) && <ThemePeriodCounts />}
    </>
  );
}
