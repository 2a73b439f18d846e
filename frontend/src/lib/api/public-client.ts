import createClient from 'openapi-fetch';
import { config } from '@/config';
import type { paths } from './schema';

/**
 * The client for the public views under /api/v1/public: no bearer token, ever. Residents reading
 * a partnership's public page are not signed in, and a signed-in visitor's token must not turn a
 * public read into one scoped to their organisation.
 */
export const publicApi = createClient<paths>({ baseUrl: config.apiUrl });
