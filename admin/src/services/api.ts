/**
 * The console's data layer: the typed client (services/client.ts: tokens, refresh, ApiError, sign-in) with
 * TanStack Query hooks over it ($api) and the calls pages still make directly.
 */
import {
  DEFAULT_PAGE_SIZE,
  type BillStatus,
  type BindingStatus,
} from '@wy/shared';
import type { paths } from '@wy/shared/api';
import createQueryHooks from 'openapi-react-query';
import { useQueryClient } from '@tanstack/react-query';
import { authFetch, call, client, toApiError, type Page } from './client';

export * from './client';

import type {
  Bill,
  Binding,
  RequestSummary,
  UploadBody,
  Uploaded,
  Building,
  Cluster,
  CreateBuilding,
  CreateCluster,
  CreateOwner,
  CreateRoom,
  CreateVehicle,
  ImportResult,
  PersonDetail,
  PersonSummary,
  Project,
  Reveal,
  Room,
  UpdateBuilding,
  UpdateOwner,
  UpdateRoom,
  Vehicle,
} from './models';

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

const PAGE = DEFAULT_PAGE_SIZE;

/* ------------------------------------------------------------------ organisation */
export const listProjects = (): Promise<Project[]> => call(client.GET('/api/v1/projects'));

export const listClusters = (projectId: number): Promise<Cluster[]> =>
  call(client.GET('/api/v1/projects/{projectId}/clusters', { params: { path: { projectId } } }));
export const createCluster = (projectId: number, body: CreateCluster): Promise<Cluster> =>
  call(client.POST('/api/v1/projects/{projectId}/clusters', { params: { path: { projectId } }, body }));
export const listBuildings = (projectId: number): Promise<Building[]> =>
  call(client.GET('/api/v1/projects/{projectId}/buildings', { params: { path: { projectId } } }));
export const createBuilding = (projectId: number, body: CreateBuilding): Promise<Building> =>
  call(client.POST('/api/v1/projects/{projectId}/buildings', { params: { path: { projectId } }, body }));
export const updateBuilding = (id: number, body: UpdateBuilding): Promise<Building> =>
  call(client.PATCH('/api/v1/buildings/{id}', { params: { path: { id } }, body }));

export const listRooms = (
  q: { projectId: number; buildingId?: number; keyword?: string },
  cursor?: string | null,
  limit = PAGE,
): Promise<Page<Room>> =>
  call(client.GET('/api/v1/rooms', { params: { query: { ...clean(q), cursor: cursor ?? undefined, limit } } }));
export const createRoom = (body: CreateRoom): Promise<Room> => call(client.POST('/api/v1/rooms', { body }));
export const updateRoom = (id: number, body: UpdateRoom): Promise<Room> =>
  call(client.PATCH('/api/v1/rooms/{id}', { params: { path: { id } }, body }));

export async function downloadImportTemplate(): Promise<Blob> {
  return (await client.GET('/api/v1/import-template', { parseAs: 'blob' })).data as Blob;
}
export const importOrg = (projectId: number, fileName: string, contentBase64: string): Promise<ImportResult> =>
  call(
    client.POST('/api/v1/projects/{projectId}/import', {
      params: { path: { projectId } },
      body: { fileName, contentBase64 },
    }),
  );

/* ------------------------------------------------------------------ people */
export const listOwners = (
  q: { projectId: number; keyword?: string },
  cursor?: string | null,
  limit = PAGE,
): Promise<Page<PersonSummary>> =>
  call(client.GET('/api/v1/owners', { params: { query: { ...clean(q), cursor: cursor ?? undefined, limit } } }));
export const getOwner = (id: number): Promise<PersonDetail> =>
  call(client.GET('/api/v1/owners/{id}', { params: { path: { id } } }));
export const createOwner = (body: CreateOwner): Promise<PersonDetail> => call(client.POST('/api/v1/owners', { body }));
export const updateOwner = (id: number, body: UpdateOwner): Promise<PersonDetail> =>
  call(client.PATCH('/api/v1/owners/{id}', { params: { path: { id } }, body }));
export const revealOwner = (id: number): Promise<Reveal> =>
  call(client.POST('/api/v1/owners/{id}/reveal', { params: { path: { id } } }));
export const archiveOwner = (id: number, reason: string): Promise<unknown> =>
  call(client.POST('/api/v1/owners/{id}/archive', { params: { path: { id } }, body: { reason } }));

export const listBindings = (
  q: { projectId: number; status?: BindingStatus },
  cursor?: string | null,
  limit = PAGE,
): Promise<Page<Binding>> =>
  call(client.GET('/api/v1/bindings', { params: { query: { ...clean(q), cursor: cursor ?? undefined, limit } } }));
export const approveBinding = (id: number): Promise<Binding> =>
  call(client.POST('/api/v1/bindings/{id}/approve', { params: { path: { id } } }));

export const listVehicles = (
  q: { projectId: number; keyword?: string },
  cursor?: string | null,
  limit = PAGE,
): Promise<Page<Vehicle>> =>
  call(client.GET('/api/v1/vehicles', { params: { query: { ...clean(q), cursor: cursor ?? undefined, limit } } }));
export const createVehicle = (body: CreateVehicle): Promise<Vehicle> => call(client.POST('/api/v1/vehicles', { body }));
export const removeVehicle = (id: number): Promise<unknown> =>
  call(client.DELETE('/api/v1/vehicles/{id}', { params: { path: { id } } }));

/* ------------------------------------------------------------------ service requests / repairs */
/** The list's filters, as the API declares them (paging is added by listRequests). */
export type RequestQuery = Omit<NonNullable<paths['/api/v1/service-requests']['get']['parameters']['query']>, 'cursor' | 'limit'>;
export const listRequests = (q: RequestQuery, cursor?: string | null, limit = PAGE): Promise<Page<RequestSummary>> =>
  call(
    client.GET('/api/v1/service-requests', {
      params: { query: { ...clean(q), overdue: q.overdue ? true : undefined, cursor: cursor ?? undefined, limit } },
    }),
  );
export const uploadImage = (body: UploadBody): Promise<Uploaded> => call(client.POST('/api/v1/uploads', { body }));
/** Photos are served to signed-in users only, so <img> gets a blob: URL fetched with the token. */
export async function fetchImageBlob(url: string): Promise<Blob> {
  const res = await authFetch(new Request(new URL(url, location.origin)));
  if (!res.ok) throw toApiError(await res.json().catch(() => undefined), res);
  return res.blob();
}

/* ------------------------------------------------------------------ bills, desk payments, receipts */
export const listBills = (
  q: { projectId: number; status?: BillStatus; roomId?: number; period?: string },
  cursor?: string | null,
  limit = PAGE,
): Promise<Page<Bill>> =>
  call(client.GET('/api/v1/bills', { params: { query: { ...clean(q), cursor: cursor ?? undefined, limit } } }));
/** Drops empty strings / undefined so filters do not send `keyword=`. */
function clean<T extends object>(q: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === null || v === '') continue;
    out[k] = typeof v === 'string' ? v.trim() : v;
  }
  return out as T;
}
