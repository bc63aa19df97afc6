/**
 * The one module that talks to the API. Built on openapi-fetch with the generated `paths` type;
 * adds the bearer token, refreshes it once on 401 TOKEN_INVALID, and turns `{code,message,details}`
 * answers into ApiError.
 */
import type { MessageInstance } from 'antd/es/message/interface';
import { DEFAULT_PAGE_SIZE, type BillStatus, type BindingStatus, type RepairAction } from '@wy/shared';
import { createApiClient, type paths } from '@wy/shared/api';
import type {
  ActionBody,
  Bill,
  Binding,
  CatalogueItem,
  CreateCatalogueItem,
  DeskCounts,
  DeskPayment,
  Extension,
  PutSlaSettings,
  Receipt,
  RepairKpis,
  RequestExtension,
  SlaSettings,
  UpdateCatalogueItem,
  CallbackItem,
  CreateRequest,
  DutyEntry,
  LinkReport,
  Notification,
  RepairCategory,
  RequestDetail,
  RequestSummary,
  ShiftHandoverList,
  Technician,
  UploadBody,
  Uploaded,
  Building,
  Cluster,
  CreateBuilding,
  CreateCluster,
  CreateOwner,
  CreateProject,
  CreateRoom,
  CreateStaff,
  CreateVehicle,
  ImportResult,
  Me,
  PersonDetail,
  PersonSummary,
  Project,
  Reveal,
  Room,
  RoomDetail,
  StaffMember,
  TokenPair,
  UpdateBuilding,
  UpdateOwner,
  UpdateProject,
  UpdateRoom,
  UpdateStaff,
  Vehicle,
} from './models';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
}

/* ------------------------------------------------------------------ tokens */
const ACCESS_KEY = 'wy.admin.accessToken';
const REFRESH_KEY = 'wy.admin.refreshToken';
const ME_KEY = 'wy.admin.me';

export const session = {
  get accessToken(): string | null {
    return localStorage.getItem(ACCESS_KEY);
  },
  get refreshToken(): string | null {
    return localStorage.getItem(REFRESH_KEY);
  },
  get me(): Me | null {
    try {
      const raw = localStorage.getItem(ME_KEY);
      return raw ? (JSON.parse(raw) as Me) : null;
    } catch {
      return null;
    }
  },
  save(pair: Pick<TokenPair, 'accessToken' | 'refreshToken'> & { me?: Me }) {
    localStorage.setItem(ACCESS_KEY, pair.accessToken);
    localStorage.setItem(REFRESH_KEY, pair.refreshToken);
    if (pair.me) localStorage.setItem(ME_KEY, JSON.stringify(pair.me));
  },
  saveMe(me: Me) {
    localStorage.setItem(ME_KEY, JSON.stringify(me));
  },
  clear() {
    localStorage.removeItem(ACCESS_KEY);
    localStorage.removeItem(REFRESH_KEY);
    localStorage.removeItem(ME_KEY);
  },
};

/* ------------------------------------------------------------------ errors */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: '提交的内容有误',
  401: '请先登录',
  403: '没有权限执行此操作',
  404: '记录不存在',
  409: '数据冲突，请刷新后重试',
  423: '账号已被锁定，请稍后再试',
  429: '操作过于频繁，请稍后再试',
};

function toApiError(body: unknown, response: Response | undefined): ApiError {
  const status = response?.status ?? 0;
  if (body && typeof body === 'object' && 'message' in body) {
    const b = body as { code?: string; message?: string; details?: unknown };
    return new ApiError(status, b.code ?? 'UNKNOWN', b.message || STATUS_TEXT[status] || '请求失败', b.details);
  }
  if (!response) return new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后重试');
  const fallback =
    status === 502 || status === 503 || status === 504
      ? '服务暂时不可用，请稍后再试'
      : status >= 500
        ? '系统繁忙，请稍后再试'
        : '请求失败';
  return new ApiError(status, 'HTTP_' + status, STATUS_TEXT[status] ?? fallback);
}

export function errorText(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof TypeError) return '网络连接失败，请检查网络后重试';
  if (e instanceof Error && e.message) return e.message;
  return '操作失败，请稍后再试';
}

let messageApi: MessageInstance | null = null;
/** Called once from inside antd <App> so messages follow the theme and locale. */
export function bindMessageApi(m: MessageInstance) {
  messageApi = m;
}
/** Shows the API's Chinese `message` (or a generic one) as a toast. */
export function showError(e: unknown) {
  if (e instanceof ApiError && e.status === 401 && e.code !== 'AUTH_BAD_CREDENTIALS') return; // sent to login already
  void messageApi?.error(errorText(e));
}
export function showSuccess(text: string) {
  void messageApi?.success(text);
}

/* ------------------------------------------------------------------ fetch with auth + refresh */
let onAuthLost: () => void = () => {
  if (!location.pathname.startsWith('/login')) location.assign('/login?expired=1');
};
export function setAuthLostHandler(fn: () => void) {
  onAuthLost = fn;
}

const NO_REFRESH = ['/api/v1/auth/staff/login', '/api/v1/auth/refresh', '/api/v1/auth/logout'];

function withToken(req: Request): Request {
  const token = session.accessToken;
  if (token) req.headers.set('Authorization', `Bearer ${token}`);
  return req;
}

let refreshing: Promise<boolean> | null = null;
function refreshOnce(): Promise<boolean> {
  refreshing ??= (async () => {
    const refreshToken = session.refreshToken;
    if (!refreshToken) return false;
    try {
      const res = await fetch('/api/v1/auth/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken }),
      });
      if (!res.ok) return false;
      const pair = (await res.json()) as TokenPair;
      session.save(pair);
      return true;
    } catch {
      return false;
    }
  })().finally(() => {
    setTimeout(() => (refreshing = null), 0);
  });
  return refreshing;
}

async function authFetch(input: Request): Promise<Response> {
  const retry = input.clone();
  const res = await fetch(withToken(input));
  if (res.status !== 401) return res;
  if (NO_REFRESH.some((p) => new URL(input.url, location.origin).pathname === p)) return res;
  const body = (await res
    .clone()
    .json()
    .catch(() => null)) as { code?: string } | null;
  if (body?.code === 'TOKEN_INVALID' && (await refreshOnce())) {
    const again = await fetch(withToken(retry));
    if (again.status !== 401) return again;
  }
  session.clear();
  onAuthLost();
  return res;
}

export const client = createApiClient({ baseUrl: '', fetch: authFetch });

type Result<T> = { data?: T; error?: unknown; response: Response };
async function call<T>(p: Promise<Result<T>>): Promise<T> {
  let r: Result<T>;
  try {
    r = await p;
  } catch (e) {
    throw e instanceof ApiError ? e : toApiError(undefined, undefined);
  }
  if (!r.response.ok || r.error !== undefined) throw toApiError(r.error, r.response);
  return r.data as T;
}

const PAGE = DEFAULT_PAGE_SIZE;

/* ------------------------------------------------------------------ auth */
export async function login(username: string, password: string): Promise<TokenPair> {
  const pair = await call(client.POST('/api/v1/auth/staff/login', { body: { username, password } }));
  session.save(pair);
  return pair;
}
export async function logout(): Promise<void> {
  try {
    if (session.accessToken) await call(client.POST('/api/v1/auth/logout'));
  } catch {
    /* leaving anyway */
  } finally {
    session.clear();
  }
}
export async function fetchMe(): Promise<Me> {
  const me = await call(client.GET('/api/v1/auth/me'));
  session.saveMe(me);
  return me;
}

/* ------------------------------------------------------------------ organisation */
export const listProjects = (): Promise<Project[]> => call(client.GET('/api/v1/projects'));
export const createProject = (body: CreateProject): Promise<Project> => call(client.POST('/api/v1/projects', { body }));
export const updateProject = (id: number, body: UpdateProject): Promise<Project> =>
  call(client.PATCH('/api/v1/projects/{id}', { params: { path: { id } }, body }));

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
export const getRoom = (id: number): Promise<RoomDetail> => call(client.GET('/api/v1/rooms/{id}', { params: { path: { id } } }));
export const createRoom = (body: CreateRoom): Promise<Room> => call(client.POST('/api/v1/rooms', { body }));
export const updateRoom = (id: number, body: UpdateRoom): Promise<Room> =>
  call(client.PATCH('/api/v1/rooms/{id}', { params: { path: { id } }, body }));

export async function downloadImportTemplate(): Promise<Blob> {
  const r = await client.GET('/api/v1/import-template', { parseAs: 'blob' });
  if (!r.response.ok) throw toApiError(await r.response.json().catch(() => undefined), r.response);
  return r.data as Blob;
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
export const rejectBinding = (id: number, reason: string): Promise<Binding> =>
  call(client.POST('/api/v1/bindings/{id}/reject', { params: { path: { id } }, body: { reason } }));
export const revokeBinding = (id: number, reason: string): Promise<Binding> =>
  call(client.POST('/api/v1/bindings/{id}/revoke', { params: { path: { id } }, body: { reason } }));

export const listVehicles = (
  q: { projectId: number; keyword?: string },
  cursor?: string | null,
  limit = PAGE,
): Promise<Page<Vehicle>> =>
  call(client.GET('/api/v1/vehicles', { params: { query: { ...clean(q), cursor: cursor ?? undefined, limit } } }));
export const createVehicle = (body: CreateVehicle): Promise<Vehicle> => call(client.POST('/api/v1/vehicles', { body }));
export const removeVehicle = (id: number): Promise<unknown> =>
  call(client.DELETE('/api/v1/vehicles/{id}', { params: { path: { id } } }));

/* ------------------------------------------------------------------ staff */
export const listStaff = (projectId?: number): Promise<StaffMember[]> =>
  call(client.GET('/api/v1/staff', { params: { query: clean({ projectId }) } }));
export const createStaff = (body: CreateStaff): Promise<StaffMember> => call(client.POST('/api/v1/staff', { body }));
export const updateStaff = (id: number, body: UpdateStaff): Promise<StaffMember> =>
  call(client.PATCH('/api/v1/staff/{id}', { params: { path: { id } }, body }));
export const unlockStaff = (id: number): Promise<StaffMember> =>
  call(client.POST('/api/v1/staff/{id}/unlock', { params: { path: { id } } }));

/* ------------------------------------------------------------------ service requests / repairs */
/** The list's filters, as the API declares them (paging is added by listRequests). */
export type RequestQuery = Omit<NonNullable<paths['/api/v1/service-requests']['get']['parameters']['query']>, 'cursor' | 'limit'>;
export const listRepairCategories = (projectId: number): Promise<RepairCategory[]> =>
  call(client.GET('/api/v1/repair-categories', { params: { query: { projectId } } }));
export const listRequests = (q: RequestQuery, cursor?: string | null, limit = PAGE): Promise<Page<RequestSummary>> =>
  call(
    client.GET('/api/v1/service-requests', {
      params: { query: { ...clean(q), overdue: q.overdue ? true : undefined, cursor: cursor ?? undefined, limit } },
    }),
  );
export const getRequest = (id: number): Promise<RequestDetail> =>
  call(client.GET('/api/v1/service-requests/{id}', { params: { path: { id } } }));
export const findDuplicates = (q: {
  projectId: number;
  categoryId: number;
  roomId?: number;
  location?: string;
}): Promise<RequestSummary[]> => call(client.GET('/api/v1/service-requests/duplicates', { params: { query: clean(q) } }));
export const createRequest = (body: CreateRequest): Promise<RequestDetail> =>
  call(client.POST('/api/v1/service-requests', { body }));
export const linkReport = (id: number, body: LinkReport): Promise<RequestDetail> =>
  call(client.POST('/api/v1/service-requests/{id}/link-report', { params: { path: { id } }, body }));
export const actOnRequest = (id: number, action: RepairAction, body: ActionBody): Promise<RequestDetail> =>
  call(client.POST('/api/v1/service-requests/{id}/actions/{action}', { params: { path: { id, action } }, body }));
/** R-REP-10 second callback for important requests (does not change the status). */
export const secondCallback = (id: number, body: ActionBody): Promise<RequestDetail> =>
  call(client.POST('/api/v1/service-requests/{id}/second-callback', { params: { path: { id } }, body }));
export const handoverRequest = (id: number, toStaffId: number, note?: string): Promise<RequestDetail> =>
  call(client.POST('/api/v1/service-requests/{id}/handover', { params: { path: { id } }, body: { toStaffId, note } }));
export const listTechnicians = (projectId: number): Promise<Technician[]> =>
  call(client.GET('/api/v1/staff/technicians', { params: { query: { projectId } } }));
export const listCallbacks = (projectId: number, due: 'soon' | 'overdue' | 'all'): Promise<CallbackItem[]> =>
  call(client.GET('/api/v1/callbacks', { params: { query: { projectId, due } } }));
export const listDutyLog = (projectId: number, date: string): Promise<DutyEntry[]> =>
  call(client.GET('/api/v1/duty-log', { params: { query: { projectId, date } } }));
export const addDutyNote = (projectId: number, content: string): Promise<DutyEntry> =>
  call(client.POST('/api/v1/duty-log', { body: { projectId, content } }));
export const getShiftHandoverList = (projectId: number): Promise<ShiftHandoverList> =>
  call(client.GET('/api/v1/shift-handover', { params: { query: { projectId } } }));
export const createShiftHandover = (projectId: number, toStaffId: number, note?: string): Promise<DutyEntry> =>
  call(client.POST('/api/v1/shift-handovers', { body: { projectId, toStaffId, note } }));
export const listNotifications = (): Promise<Notification[]> => call(client.GET('/api/v1/notifications'));
export const markNotificationRead = (id: number): Promise<unknown> =>
  call(client.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }));
export const uploadImage = (body: UploadBody): Promise<Uploaded> => call(client.POST('/api/v1/uploads', { body }));
/** Photos are served to signed-in users only, so <img> gets a blob: URL fetched with the token. */
export async function fetchImageBlob(url: string): Promise<Blob> {
  const res = await authFetch(new Request(new URL(url, location.origin)));
  if (!res.ok) throw toApiError(await res.json().catch(() => undefined), res);
  return res.blob();
}

/* ------------------------------------------------------------------ desk counts and KPIs */
/** 工作台: what waits at the service desk of one project. */
export const getDeskCounts = (projectId: number): Promise<DeskCounts> =>
  call(client.GET('/api/v1/service-requests/counts', { params: { query: { projectId } } }));
/** R-REP-12 monthly repair KPIs; month = YYYY-MM in the project zone (default: this month). */
export const getRepairKpis = (projectId: number, month?: string): Promise<RepairKpis> =>
  call(client.GET('/api/v1/reports/repair-kpis', { params: { query: clean({ projectId, month }) } }));

/* ------------------------------------------------------------------ repair catalogue and rota */
export const listCatalogue = (projectId: number): Promise<CatalogueItem[]> =>
  call(client.GET('/api/v1/repair-catalogue', { params: { query: { projectId } } }));
export const createCatalogueItem = (body: CreateCatalogueItem): Promise<CatalogueItem> =>
  call(client.POST('/api/v1/repair-catalogue', { body }));
export const updateCatalogueItem = (id: number, body: UpdateCatalogueItem): Promise<CatalogueItem> =>
  call(client.PUT('/api/v1/repair-catalogue/{id}', { params: { path: { id } }, body }));

/* ------------------------------------------------------------------ bills, desk payments, receipts */
export const listBills = (
  q: { projectId: number; status?: BillStatus; roomId?: number },
  cursor?: string | null,
  limit = PAGE,
): Promise<Page<Bill>> =>
  call(client.GET('/api/v1/bills', { params: { query: { ...clean(q), cursor: cursor ?? undefined, limit } } }));
/** R-FEE-02 take a bill's payment at the desk; the answer is the receipt. */
export const payBillAtDesk = (billId: number, body: DeskPayment): Promise<Receipt> =>
  call(client.POST('/api/v1/bills/{id}/desk-payments', { params: { path: { id: billId } }, body }));
export const getReceipt = (paymentId: number): Promise<Receipt> =>
  call(client.GET('/api/v1/receipts/{id}', { params: { path: { id: paymentId } } }));

/* ------------------------------------------------------------------ SLA settings and extensions */
export const getSlaSettings = (projectId: number): Promise<SlaSettings> =>
  call(client.GET('/api/v1/projects/{id}/sla-settings', { params: { path: { id: projectId } } }));
export const putSlaSettings = (projectId: number, body: PutSlaSettings): Promise<SlaSettings> =>
  call(client.PUT('/api/v1/projects/{id}/sla-settings', { params: { path: { id: projectId } }, body }));
export const requestExtension = (requestId: number, body: RequestExtension): Promise<Extension> =>
  call(client.POST('/api/v1/service-requests/{id}/extensions', { params: { path: { id: requestId } }, body }));
export const listExtensions = (projectId: number, status?: Extension['status'], requestId?: number): Promise<Extension[]> =>
  call(client.GET('/api/v1/sla-extensions', { params: { query: clean({ projectId, status, requestId }) } }));
export const approveExtension = (id: number, note?: string): Promise<Extension> =>
  call(client.POST('/api/v1/sla-extensions/{id}/approve', { params: { path: { id } }, body: clean({ note }) }));
export const rejectExtension = (id: number, note?: string): Promise<Extension> =>
  call(client.POST('/api/v1/sla-extensions/{id}/reject', { params: { path: { id } }, body: clean({ note }) }));

/** Drops empty strings / undefined so filters do not send `keyword=`. */
function clean<T extends object>(q: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === null || v === '') continue;
    out[k] = typeof v === 'string' ? v.trim() : v;
  }
  return out as T;
}
