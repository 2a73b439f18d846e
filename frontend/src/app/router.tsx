import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { ActionsPage } from './routes/actions';
import { ActivityEditPage } from './routes/activities/activity-edit';
import { ActivityListPage } from './routes/activities/activity-list';
import { BoardEditPage } from './routes/boards/board-edit';
import { CalendarSubscriptionsPage } from './routes/calendar-subscriptions';
import { BoardListPage } from './routes/boards/board-list';
import { BoardPage } from './routes/boards/board-view';
import { ClaimListPage } from './routes/claims/claim-list';
import { ClaimNewPage } from './routes/claims/claim-new';
import { ClaimPage } from './routes/claims/claim-view';
import { FeedbackListPage } from './routes/feedback/feedback-list';
import { FeedbackNewPage } from './routes/feedback/feedback-new';
import { FeedbackPage } from './routes/feedback/feedback-view';
import { HomePage } from './routes/home';
import { MeetingEditPage } from './routes/meetings/meeting-edit';
import { MeetingListPage } from './routes/meetings/meeting-list';
import { MeetingPrintPage } from './routes/meetings/meeting-print';
import { MeetingRegisterPage } from './routes/meetings/meeting-register';
import { MeetingPage } from './routes/meetings/meeting-view';
import { MessageListPage } from './routes/messages/message-list';
import { MyActionsPage } from './routes/my/my-actions';
import { MyMeetingsPage } from './routes/my/my-meetings';
import { NotFoundPage } from './routes/not-found';
import { NotificationCentrePage } from './routes/notifications/notification-centre';
import { NotificationPreferencesPage } from './routes/notifications/notification-preferences';
import { OrganisationEditPage } from './routes/organisations/organisation-edit';
import { OrganisationPage } from './routes/organisations/organisation-view';
import { OrganisationListPage } from './routes/organisations/organisation-list';
import { OutcomeAllPage } from './routes/outcomes/outcome-all';
import { PeopleListPage } from './routes/people/people-list';
import { OutcomeBoardPage } from './routes/outcomes/outcome-board';
import { OutcomeEditPage } from './routes/outcomes/outcome-edit';
import { OutcomePage } from './routes/outcomes/outcome-view';
import { PartnershipEditPage } from './routes/partnerships/partnership-edit';
import { PartnershipListPage } from './routes/partnerships/partnership-list';
import { PartnershipPage } from './routes/partnerships/partnership-view';
import { ThemeListPage } from './routes/themes/theme-list';
import { ThemePage } from './routes/themes/theme-view';

/** A page only finance or admins open: loaded when first visited, outside the initial bundle. */
function onDemand(load: () => Promise<ComponentType>) {
  return async () => ({ Component: await load() });
}

export const router = createBrowserRouter([
  // Residents read published material here without signing in: outside AppLayout, loaded on demand.
  {
    path: 'public',
    lazy: async () => ({ Component: (await import('./layout/public-layout')).PublicLayout }),
    children: [
      {
        path: 'partnerships/:id',
        lazy: async () => ({ Component: (await import('./routes/public/public-partnership')).PublicPartnershipPage }),
      },
    ],
  },
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'partnerships', element: <PartnershipListPage /> },
      { path: 'partnerships/new', element: <PartnershipEditPage /> },
      { path: 'partnerships/:id', element: <PartnershipPage /> },
      { path: 'partnerships/:id/edit', element: <PartnershipEditPage /> },
      { path: 'boards', element: <BoardListPage /> },
      { path: 'boards/new', element: <BoardEditPage /> },
      { path: 'boards/:id', element: <BoardPage /> },
      { path: 'boards/:id/edit', element: <BoardEditPage /> },
      { path: 'meetings', element: <MeetingListPage /> },
      { path: 'meetings/new', element: <MeetingEditPage /> },
      { path: 'meetings/:id', element: <MeetingPage /> },
      { path: 'meetings/:id/edit', element: <MeetingEditPage /> },
      { path: 'meetings/:id/register', element: <MeetingRegisterPage /> },
      { path: 'meetings/:id/print', element: <MeetingPrintPage /> },
      { path: 'actions', element: <ActionsPage /> },
      { path: 'my/meetings', element: <MyMeetingsPage /> },
      { path: 'my/actions', element: <MyActionsPage /> },
      { path: 'outcomes', element: <OutcomeBoardPage /> },
      { path: 'outcomes/new', element: <OutcomeEditPage /> },
      { path: 'outcomes/all', element: <OutcomeAllPage /> },
      { path: 'outcomes/:id', element: <OutcomePage /> },
      { path: 'outcomes/:id/edit', element: <OutcomeEditPage /> },
      { path: 'claims', element: <ClaimListPage /> },
      { path: 'claims/new', element: <ClaimNewPage /> },
      { path: 'claims/finance', lazy: onDemand(async () => (await import('./routes/claims/finance')).FinancePage) },
      {
        path: 'claims/policies',
        lazy: onDemand(async () => (await import('./routes/claims/policies-budgets')).PoliciesBudgetsPage),
      },
      {
        path: 'claims/policies/new',
        lazy: onDemand(async () => (await import('./routes/claims/policy-edit')).PolicyEditPage),
      },
      {
        path: 'claims/policies/:id/edit',
        lazy: onDemand(async () => (await import('./routes/claims/policy-edit')).PolicyEditPage),
      },
      {
        path: 'claims/budgets/new',
        lazy: onDemand(async () => (await import('./routes/claims/budget-edit')).BudgetEditPage),
      },
      {
        path: 'claims/budgets/:id/edit',
        lazy: onDemand(async () => (await import('./routes/claims/budget-edit')).BudgetEditPage),
      },
      { path: 'claims/:id', element: <ClaimPage /> },
      { path: 'feedback', element: <FeedbackListPage key="all" /> },
      { path: 'feedback/new', element: <FeedbackNewPage /> },
      { path: 'feedback/untagged', element: <FeedbackListPage key="queue" queue /> },
      { path: 'feedback/:id', element: <FeedbackPage /> },
      { path: 'activities', element: <ActivityListPage /> },
      { path: 'activities/new', element: <ActivityEditPage key="new" /> },
      { path: 'activities/:id/edit', element: <ActivityEditPage /> },
      { path: 'themes', element: <ThemeListPage /> },
      { path: 'themes/:id', element: <ThemePage /> },
      { path: 'organisations', element: <OrganisationListPage /> },
      { path: 'people', element: <PeopleListPage /> },
      { path: 'organisations/new', element: <OrganisationEditPage /> },
      { path: 'organisations/:id/edit', element: <OrganisationEditPage /> },
      { path: 'organisations/:id', element: <OrganisationPage /> },
      { path: 'audit', lazy: onDemand(async () => (await import('./routes/audit/audit-page')).AuditPage) },
      { path: 'calendar-subscriptions', element: <CalendarSubscriptionsPage /> },
      { path: 'messages', element: <MessageListPage /> },
      {
        path: 'webhooks',
        lazy: onDemand(async () => (await import('./routes/webhooks/webhook-list')).WebhookListPage),
      },
      {
        path: 'webhooks/:id',
        lazy: onDemand(async () => (await import('./routes/webhooks/webhook-view')).WebhookPage),
      },
      { path: 'notifications', element: <NotificationCentrePage /> },
      { path: 'notifications/preferences', element: <NotificationPreferencesPage /> },
      // Only analysts and admins export: their pages load on demand.
      {
        path: 'exports',
        lazy: async () => ({ Component: (await import('./routes/exports/exports-page')).ExportsPage }),
      },
      {
        path: 'exports/dictionary',
        lazy: async () => ({
          Component: (await import('./routes/exports/data-dictionary-page')).DataDictionaryPage,
        }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
