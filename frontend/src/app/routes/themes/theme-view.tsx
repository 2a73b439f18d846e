import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Loading } from '@/components/loading';
import { BackLink, Details, PageError, Paragraphs, SummaryList, Tag, useDocumentTitle } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { useVersionedForm } from '@/components/use-versioned-form';
import { useFeedbackList } from '@/features/feedback/api/feedback';
import { useSaveTheme, useTheme, useThemes } from '@/features/feedback/api/themes';
import { FeedbackTable } from '@/features/feedback/components/feedback-table';
import { THEME_KIND_LABELS } from '@/features/feedback/components/labels';
import { MergeTheme, RetireTheme } from '@/features/feedback/components/theme-actions';
import {
  EMPTY_THEME,
  THEME_LABELS,
  ThemeEditForm,
  themeRequest,
  themeToValues,
} from '@/features/feedback/components/theme-forms';
import { pathOf } from '@/lib/theme-tree';
import { ThemeTrend } from '@/features/feedback/components/theme-trend';
import { pageFromSearch } from '@/lib/api/paging';
import { useCurrentUser } from '@/lib/auth/use-current-user';
import { HistorySection } from '@/features/history/components/history-section';
import { OutcomeLinks } from '@/features/outcomes/components/outcome-links';
import { allows } from '@/lib/allowed';

/** One theme: where it sits, its trend over time, its feedback; staff rename, merge or retire it. */
export function ThemePage() {
  const { id = '' } = useParams();
  // A new theme (after a merge, a link in the tree) starts a fresh edit form.
  return <ThemeView key={id} id={id} />;
}

function ThemeView({ id }: { id: string }) {
  const navigate = useNavigate();
  const user = useCurrentUser();
  const [search] = useSearchParams();
  const theme = useTheme(id);
  const themes = useThemes({ includeRetired: true });
  const feedback = useFeedbackList({ themeId: id, page: pageFromSearch(search.get('page')) });
  const save = useSaveTheme(id);
  const form = useVersionedForm({
    record: theme.data,
    empty: EMPTY_THEME,
    toValues: themeToValues,
    versionOf: (t) => t.version,
    reload: async () => (await theme.refetch()).data,
    labels: THEME_LABELS,
  });
  useDocumentTitle(theme.data?.name ?? 'Theme');

  if (theme.isPending) return <Loading what="Loading the theme" />;
  if (theme.isError) return <PageError error={theme.error} />;
  const t = theme.data;
  const all = themes.data ?? [];
  const names = new Map(all.map((x) => [x.id, x.name]));
  const active = t.status !== 'RETIRED';
  const path = pathOf(all, t.id);

  const submit = (version: number | undefined) =>
    save.mutate(
      themeRequest(form.values, t, version),
      form.handlers(() => {}),
    );

  return (
    <>
      <BackLink to="/themes">Back to themes</BackLink>
      <h1>
        {t.name} {!active && <Tag colour="grey">{t.mergedIntoId ? 'Merged' : 'Retired'}</Tag>}
      </h1>
      <SummaryList
        rows={[
          { key: 'Kind', value: THEME_KIND_LABELS[t.kind ?? 'THEME'] },
          ...(path ? [{ key: 'In', value: path }] : []),
          { key: 'Feedback tagged', value: String(t.feedbackCount ?? 0) },
          ...(t.mergedIntoId
            ? [
                {
                  key: 'Merged into',
                  value: <Link to={`/themes/${t.mergedIntoId}`}>{names.get(t.mergedIntoId) ?? 'another theme'}</Link>,
                },
              ]
            : []),
        ]}
      />
      <Paragraphs text={t.description} />
      {user?.canManage && active && (
        <>
          <Details summary="Rename or describe">
            <ThemeEditForm {...form.bind(save, submit)} />
          </Details>
          {allows(t.allowedActions, 'MERGE', true) && (
            <Details summary="Merge into another theme">
              <MergeTheme theme={t} themes={all} onMerged={(target) => navigate(`/themes/${target.id}`)} />
            </Details>
          )}
          <Details summary="Retire">
            {allows(t.allowedActions, 'RETIRE', true) ? (
              <RetireTheme theme={t} />
            ) : (
              <p>
                It cannot be retired while active ambitions or themes sit under it: retire them, or merge them into
                another theme, first.
              </p>
            )}
          </Details>
        </>
      )}
      <section aria-labelledby="trend-heading">
        <h2 id="trend-heading">Trend</h2>
        <ThemeTrend themeId={id} themeName={t.name ?? ''} />
      </section>
      <section aria-labelledby="feedback-heading">
        <h2 id="feedback-heading">Feedback</h2>
        <FeedbackTable
          query={feedback}
          caption={`Feedback tagged ${t.name ?? ''}`}
          empty="No feedback is tagged with it."
        />
        {feedback.data && <Pagination data={feedback.data} noun="feedback item" />}
      </section>
      <section aria-labelledby="theme-outcomes-heading">
        <h2 id="theme-outcomes-heading">Outcomes about it</h2>
        <OutcomeLinks
          params={{ themeId: id }}
          empty="No outcome is about this theme yet."
          label={`Outcomes about ${t.name ?? ''}`}
        />
      </section>
      <HistorySection entityType="theme" entityId={id} />
    </>
  );
}
