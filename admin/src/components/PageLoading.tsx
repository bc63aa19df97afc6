/**
 * What shows while a page or the sign-in check loads. Plain markup and CSS (global.css), no antd: it is
 * on the login page's path, which stays light.
 */
export default function PageLoading({ tip = '加载中…' }: { tip?: string }) {
  return (
    <div className="wy-page-loading" role="status" aria-live="polite">
      <span className="wy-page-loading__dot" />
      <span>{tip}</span>
    </div>
  );
}
