/** What every signed-in page stands in: antd in Chinese with the console's theme, its message API, and React Query. */
import { useEffect, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { bindMessageApi, showError } from '../services/api';

dayjs.locale('zh-cn');

/** Loading, caching and errors of every API call: a failed load or action shows the API's Chinese message once. */
const queryClient = new QueryClient({
  // a query that polls in the background (the bell) says `meta: { quiet: true }`: its failures are not shown
  queryCache: new QueryCache({ onError: (e, q) => (q.meta?.quiet ? undefined : showError(e)) }),
  mutationCache: new MutationCache({ onError: (e, _v, _c, m) => (m.meta?.quiet ? undefined : showError(e)) }),
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

/**
 * The console's antd theme: Ant Design's defaults darkened where they fail WCAG 2.1 AA contrast (4.5:1 for
 * body text on white) — the primary blue #1677ff gives 4.1 with white text, the secondary grey #8c8c8c 3.4.
 */
export const PRIMARY = '#0958d9'; // antd blue-7: 6.0:1 with white (global.css writes it too, for the logo)
/** A figure that asks for attention (待缴, 待派单 …): orange-8, 6.4:1 on white (#fa8c16 was 2.4). */
export const WARN_TEXT = '#ad4e00';
/**
 * Whoever asked their system for less motion (WCAG 2.3.3) gets dialogs, drawers and menus without their zoom and
 * slide; the browser tests ask for it too, so a click never lands on a dialog still growing into place.
 */
const lessMotion = typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
export const THEME: ThemeConfig = {
  token: {
    motion: !lessMotion,
    colorPrimary: PRIMARY,
    colorLink: PRIMARY,
    colorInfo: PRIMARY,
    borderRadius: 6,
    colorError: '#cf1322', // red-7: danger buttons' text 5.6:1 on white (#ff4d4f was 3.3)
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)', // #595959 on white: 7.0:1
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.58)', // #6b6b6b on white: 5.3:1 (table headers' sort hints, form extras)
    // Tags write their text in the palette's 7th shade on its 1st: orange, gold, green, volcano, cyan and lime
    // fail 4.5:1 there (#d46b08 on #fff7e6 is 3.3), so those take a darker shade
    orange7: '#ad4e00',
    gold7: '#874d00',
    green7: '#237804',
    volcano7: '#ad2102',
    cyan7: '#006d75',
    lime7: '#3f6600',
  },
  components: {
    // status tags (success, warning) write their text in the status colour on its lightest shade: the
    // palettes' 8th shades pass 4.5:1 there (#52c41a on #f6ffed was 2.1); icons and alerts keep the defaults
    Tag: { colorSuccess: '#237804', colorWarning: WARN_TEXT },
  },
};

function MessageBinder() {
  const { message } = AntApp.useApp();
  useEffect(() => bindMessageApi(message), [message]);
  return null;
}

export default function ConsoleProviders({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN} theme={THEME}>
      <AntApp>
        <MessageBinder />
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
