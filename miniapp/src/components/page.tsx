/**
 * The one page hook: load when the page shows, pull-to-refresh, and the three ways a load fails (offline,
 * server error, not found) each with its way on — 重试 or 返回. A page reads like a table of contents:
 *
 *   const page = usePage(() => api.get('/me/service-requests', { silent: true }), { guard: requireOwner });
 *   return <PageState page={page}>{(items) => <RepairList items={items} />}</PageState>;
 *
 * Loaders call the API with `silent: true`: a failed first load shows its state in the page; a failed
 * refresh of a page already shown keeps what it shows and says why in a toast.
 */
import { View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { asApiError, toast, type ApiError } from '../services/request';
import { Empty, Skeleton } from './ui';

export interface Page<T> {
  /** What the last successful load returned (kept while a refresh runs or fails). */
  data: T | undefined;
  /** The failure to show instead of the page (none while the page has data to show, unless it is gone). */
  error: ApiError | null;
  /** Loads again now (the 重试 button); resolves when done. */
  reload: () => Promise<void>;
  /** Replaces the data after an action answered with the new record. */
  set: (data: T) => void;
}

export interface PageOptions {
  /**
   * Runs before each load; false stops it (e.g. it sent the user to the login page). Default: always load.
   */
  guard?: () => boolean;
  /** Load on the first show only (forms that must not lose what was typed when the page shows again). */
  once?: boolean;
}

export function usePage<T>(load: () => Promise<T>, opts: PageOptions = {}): Page<T> {
  const [state, setState] = useState<{ data: T | undefined; error: ApiError | null }>({ data: undefined, error: null });
  const live = useRef(state);
  live.current = state;
  const loader = useRef(load);
  loader.current = load;
  const guard = useRef(opts.guard);
  guard.current = opts.guard;
  const seq = useRef(0);
  const loaded = useRef(false);

  const run = useCallback(async () => {
    if (guard.current && !guard.current()) return;
    const mine = ++seq.current;
    try {
      const data = await loader.current();
      if (mine !== seq.current) return;
      loaded.current = true;
      setState({ data, error: null });
    } catch (e) {
      if (mine !== seq.current) return;
      const err = asApiError(e);
      if (err.kind === 'auth') return; // the login page is opening
      // a page already shown stays, and says why it could not refresh — unless its record is gone
      if (live.current.data !== undefined && err.kind !== 'notfound') toast(err.message);
      else setState({ data: undefined, error: err });
    }
  }, []);

  useDidShow(() => {
    if (opts.once && loaded.current) return;
    void run();
  });
  usePullDownRefresh(() => {
    void run().finally(() => Taro.stopPullDownRefresh());
  });

  const reload = useCallback(async () => {
    setState((s) => ({ ...s, error: null }));
    await run();
  }, [run]);
  const set = useCallback((data: T) => setState({ data, error: null }), []);
  return { data: state.data, error: state.error, reload, set };
}

/** What "not found" says on this page (the record the page is about). */
/**
 * A keyset-paged list page's next pages: scrolled to the end, `next(cursor)` loads the page after the last one
 * shown and appends it (once at a time; a failure says why in a toast and may be tried again by scrolling).
 * True while a page loads (the list's "加载中…").
 */
export function useMorePages<I>(
  page: Page<{ items: I[]; nextCursor: string | null }>,
  next: (cursor: string) => Promise<{ items: I[]; nextCursor: string | null }>,
): boolean {
  const [loading, setLoading] = useState(false);
  const busy = useRef(false);
  useReachBottom(() => {
    const d = page.data;
    if (!d?.nextCursor || busy.current) return;
    busy.current = true;
    setLoading(true);
    next(d.nextCursor)
      .then((more) => page.set({ items: [...d.items, ...more.items], nextCursor: more.nextCursor }))
      .catch((e: unknown) => toast(asApiError(e).message))
      .finally(() => {
        busy.current = false;
        setLoading(false);
      });
  });
  return loading;
}

export interface NotFoundText {
  title: string;
  desc?: string;
  actionText?: string;
}

function goBack(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.switchTab({ url: '/pages/index/index' });
}

/** The state of a page that could not load: offline or server error with 重试, not found with 返回. */
export function ErrorState(props: { error: ApiError; onRetry: () => void; notFound?: NotFoundText }) {
  const e = props.error;
  if (e.kind === 'offline' || e.kind === 'server') {
    const offline = e.kind === 'offline';
    return (
      <View className={`ui-state t-state t-state-${e.kind}`}>
        <Empty
          icon={offline ? '网' : '忙'}
          title={offline ? '网络连接失败' : '服务暂时不可用'}
          desc={offline ? '请检查手机网络后重试' : '物业服务系统繁忙，请稍后重试'}
          actionText="重试"
          onAction={props.onRetry}
        />
      </View>
    );
  }
  const nf = e.kind === 'notfound' ? props.notFound : undefined;
  return (
    <View className={`ui-state t-state t-state-${e.kind}`}>
      <Empty
        icon={e.kind === 'notfound' ? '无' : '！'}
        title={nf?.title ?? (e.kind === 'notfound' ? '内容不存在或已删除' : e.message)}
        desc={nf?.desc}
        actionText={nf?.actionText ?? '返回'}
        onAction={goBack}
      />
    </View>
  );
}

/**
 * The page's body once it has its data; a skeleton before, the failure's state instead. `children`
 * renders the data.
 */
export function PageState<T>(props: { page: Page<T>; children: (data: T) => ReactNode; notFound?: NotFoundText; rows?: number }) {
  const { page } = props;
  if (page.error) return <ErrorState error={page.error} onRetry={() => void page.reload()} notFound={props.notFound} />;
  if (page.data === undefined)
    return (
      <View className="pad">
        <Skeleton rows={props.rows ?? 3} />
      </View>
    );
  return <>{props.children(page.data)}</>;
}
