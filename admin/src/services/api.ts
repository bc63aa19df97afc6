/**
 * The console's data layer: the typed client (services/client.ts: tokens, refresh, ApiError, sign-in) with
 * TanStack Query hooks over it ($api) and the calls pages still make directly.
 */
import type { paths } from '@wy/shared/api';
import createQueryHooks from 'openapi-react-query';
import { useQueryClient } from '@tanstack/react-query';
import { authFetch, client, toApiError } from './client';

export * from './client';

/**
 * The console's one data-fetching hook (TanStack Query over the typed client):
 * `$api.useQuery('get', '/api/v1/callbacks', { params: { query: { projectId } } })`,
 * `$api.useMutation('post', '/api/v1/service-requests/{id}/reveal-phone')`.
 * Errors are shown once, by the QueryClient (main.tsx).
 */
export const $api = createQueryHooks(client);

type GetPath = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths];
/**
 * After a write: read these lists again wherever they are shown (every query of each GET path, any params).
 * `const refresh = useRefresh(); refresh('/api/v1/duty-log', '/api/v1/shift-handover')`.
 */
export function useRefresh() {
  const queryClient = useQueryClient();
  return (...paths: GetPath[]) =>
    Promise.all(paths.map((p) => queryClient.invalidateQueries({ queryKey: ['get', p] }))).then(() => undefined);
}

/** A typed call's data (its errors were thrown as ApiError): `await got(client.GET('/api/v1/projects'))`. */
export async function got<T>(p: Promise<{ data?: T }>): Promise<T> {
  return (await p).data as T;
}

/** Photos are served to signed-in users only, so <img> gets a blob: URL fetched with the token. */
export async function fetchImageBlob(url: string): Promise<Blob> {
  const res = await authFetch(new Request(new URL(url, location.origin)));
  if (!res.ok) throw toApiError(await res.json().catch(() => undefined), res);
  return res.blob();
}
