// Until openapi.yaml holds the notification paths (then `npm run generate:api` and this file goes): the
// contract's shapes as the brief states them, in the form openapi-typescript generates, so the hooks are typed.
import createClient from 'openapi-fetch';
import { config } from '@/config';
import { currentAccessToken } from '@/lib/auth/user-manager';
import type { components } from '@/lib/api/schema';

type Json<T> = { content: { 'application/json': T } };
type NoContent = { content?: never };
type Op<Params, Body, Answer> = {
  parameters: Params & { cookie?: never };
  requestBody?: Body extends never ? never : Json<Body>;
  responses: Answer;
};
type Problem = { content: { 'application/problem+json': components['schemas']['Problem'] } };

export interface NotificationView {
  id?: string;
  kind?: string;
  kindLabel?: string;
  title?: string;
  body?: string;
  link?: string | null;
  partnershipId?: string | null;
  partnershipName?: string | null;
  createdAt?: string;
  readAt?: string | null;
}

export type Delivery = 'NONE' | 'IMMEDIATE' | 'DIGEST';

export interface NotificationPreferencesView {
  version?: number;
  email?: string | null;
  canEmail?: boolean;
  kinds?: { kind?: string; label?: string; description?: string; delivery?: Delivery }[];
}

export interface NotificationPreferencesRequest {
  version?: number;
  kinds: { kind: string; delivery: Delivery }[];
}

interface NotificationPage {
  items?: NotificationView[];
  page?: number;
  size?: number;
  totalItems?: number;
  totalPages?: number;
  nextCursor?: string | null;
}

type PathItem<Ops> = {
  parameters: { query?: never; header?: never; path?: never; cookie?: never };
} & Ops;

export interface NotificationPaths {
  '/api/v1/notifications': PathItem<{
    get: Op<
      { query?: { unread?: boolean; page?: number; size?: number }; header?: never; path?: never },
      never,
      { 200: Json<NotificationPage>; default: Problem }
    >;
  }>;
  '/api/v1/notifications/unread-count': PathItem<{
    get: Op<
      { query?: never; header?: never; path?: never },
      never,
      { 200: Json<{ count?: number }>; default: Problem }
    >;
  }>;
  '/api/v1/notifications/{id}/read': PathItem<{
    post: Op<{ query?: never; header?: never; path: { id: string } }, never, { 204: NoContent; default: Problem }>;
  }>;
  '/api/v1/notifications/read-all': PathItem<{
    post: Op<{ query?: never; header?: never; path?: never }, never, { 204: NoContent; default: Problem }>;
  }>;
  '/api/v1/notification-preferences': PathItem<{
    get: Op<
      { query?: never; header?: never; path?: never },
      never,
      { 200: Json<NotificationPreferencesView>; default: Problem }
    >;
    put: Op<
      { query?: never; header?: { 'If-Match'?: string }; path?: never },
      NotificationPreferencesRequest,
      { 200: Json<NotificationPreferencesView>; default: Problem }
    >;
  }>;
}

/** The API client for these paths, signed in as lib/api/client's is (If-Match is set by the calls themselves). */
export const notificationClient = createClient<NotificationPaths>({ baseUrl: config.apiUrl });
notificationClient.use({
  async onRequest({ request }) {
    const token = await currentAccessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
});
