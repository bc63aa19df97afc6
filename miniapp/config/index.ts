/**
 * Taro build config for the owner mini-program (weapp) and its H5 twin.
 * Both builds co-exist: weapp → dist/, h5 → dist-h5/ (override with TARO_OUTPUT_ROOT).
 * API base: H5 calls same-origin /api/v1; weapp calls TARO_APP_API_BASE (default http://127.0.0.1:3000/api/v1).
 * A production weapp build takes its appid, https API base and template ids from the environment and refuses
 * the development defaults (build-env.ts).
 */
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin';
import { buildEnv } from './build-env';
import { RoutePreloadPlugin } from './route-preload';
import devConfig from './dev';
import prodConfig from './prod';

// npm installs @tarojs/plugin-framework-react under miniapp/node_modules (the root override pins its vite
// peer), where @tarojs/taro-h5 in the root node_modules cannot find it; point webpack at it explicitly.
const frameworkReact = path.dirname(
  require.resolve('@tarojs/plugin-framework-react/package.json', { paths: [path.join(__dirname, '..')] }),
);

// The pages an owner opens first: the four tabs and the sign-in page.
const FIRST_PAGES = /(^|\/)(pages\/\w+|pkg-auth\/login)\/index$/;
interface ChunkGraph {
  getModuleChunksIterable(m: unknown): Iterable<{ groupsIterable: Iterable<{ origins: { request?: string }[] }> }>;
}
/** Whether one of the first pages loads this module. */
function firstPagesNeed(m: unknown, chunkGraph: ChunkGraph): boolean {
  for (const c of chunkGraph.getModuleChunksIterable(m))
    for (const g of c.groupsIterable) if (g.origins.some((o) => FIRST_PAGES.test(o.request ?? ''))) return true;
  return false;
}

/**
 * In a log (stdout not a terminal) webpackbar's animated bar prints as screens of escape codes: keep its
 * one-line start/done report and the warnings and errors, drop the bar.
 */
function quietProgressInLogs(chain: {
  plugins: { has(n: string): boolean };
  plugin(n: string): { tap(f: (args: unknown[]) => unknown[]): unknown };
}) {
  if (process.stdout.isTTY || !chain.plugins.has('webpackbar')) return;
  chain.plugin('webpackbar').tap(([opts]) => {
    const o = (opts ?? {}) as { reporters?: unknown[] };
    return [{ ...o, fancy: false, reporters: (o.reporters ?? []).filter((r) => r !== 'fancy') }];
  });
}

export default defineConfig<'webpack5'>(async (merge) => {
  const isH5 = process.env.TARO_ENV === 'h5';
  const { apiBase, appId, subscribe } = buildEnv(process.env, isH5 ? 'h5' : 'weapp');

  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'wuye-owner',
    date: '2026-11-23',
    designWidth: 375,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: process.env.TARO_OUTPUT_ROOT || (isH5 ? 'dist-h5' : 'dist'),
    plugins: isH5 ? [] : [[path.join(__dirname, 'appid-plugin.js'), { appId }]],
    env: {
      TARO_APP_API_BASE: JSON.stringify(apiBase),
      // weapp subscribe-message template ids, "accepted:ID,dispatched:ID,finished:ID" (none → no prompt)
      TARO_APP_SUBSCRIBE_TMPL: JSON.stringify(subscribe),
    },
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin);
        quietProgressInLogs(chain);
      },
    },
    h5: {
      publicPath: '/',
      // React components, not Stencil custom elements (see src/components/h5-components.tsx)
      useHtmlComponents: true,
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin);
        chain.resolve.alias.set('@tarojs/plugin-framework-react', frameworkReact);
        // Taro's React components in place of its Stencil elements, Input kept in its wrapper (h5-components.tsx)
        const h5Components = path.join(__dirname, '../src/components/h5-components.tsx');
        chain.resolve.alias.set('@tarojs/components$', h5Components);
        // only re-exports and a component: the app's entry, which takes PullDownRefresh from it, need not carry the rest
        chain.module.rule('h5-components').test(h5Components).set('sideEffects', false);
        // Taro's request API imports polyfills for fetch and AbortController, which every browser the H5 build
        // targets has (browserslist: full ES modules), and a JSONP client the app never asks for (false: an empty module)
        const alias = chain.resolve.alias as unknown as { set(name: string, to: false): void };
        for (const dropped of ['whatwg-fetch', 'abortcontroller-polyfill/dist/abortcontroller-polyfill-only', 'jsonp-retry'])
          alias.set(dropped, false);
        quietProgressInLogs(chain);
        // Taro splits only initial chunks on H5, so every lazily loaded page carried its own copy of the
        // component library (~80 KB each); share modules between async page chunks too. What the first pages
        // (tabs, sign-in) share is one chunk: with Taro's minSize 0, 首页 was 17 small files, fetched six at a
        // time on HTTP/1.1, each a round trip on a phone's network; now it is page-common and its own.
        const split = chain.optimization.get('splitChunks');
        if (split)
          chain.optimization.splitChunks({
            ...split,
            chunks: 'all',
            cacheGroups: {
              ...split.cacheGroups,
              pageCommon: {
                chunks: 'async',
                name: 'page-common',
                minChunks: 2,
                priority: 200,
                test: (m: unknown, { chunkGraph }: { chunkGraph: ChunkGraph }) => firstPagesNeed(m, chunkGraph),
              },
            },
          });
        // the opened page's chunks are fetched beside the entry, not after it ran (route-preload.ts)
        chain.plugin('route-preload').use(RoutePreloadPlugin, [{ firstPage: 'pages/index/index', publicPath: '/' }]);
        // The entry (Taro runtime + React ≈ 300 KB) is over webpack's generic 244 KB hint by design.
        chain.performance.hints(false);
      },
    },
  };

  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
