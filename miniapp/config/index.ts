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
import devConfig from './dev';
import prodConfig from './prod';

// npm installs @tarojs/plugin-framework-react under miniapp/node_modules (the root override pins its vite
// peer), where @tarojs/taro-h5 in the root node_modules cannot find it; point webpack at it explicitly.
const frameworkReact = path.dirname(
  require.resolve('@tarojs/plugin-framework-react/package.json', { paths: [path.join(__dirname, '..')] }),
);

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
        quietProgressInLogs(chain);
        // Taro splits only initial chunks on H5, so every lazily loaded page carried its own copy of the
        // component library (~80 KB each); share modules between async page chunks too.
        const split = chain.optimization.get('splitChunks');
        if (split) chain.optimization.splitChunks({ ...split, chunks: 'all' });
        // The entry (Taro runtime + React ≈ 300 KB) is over webpack's generic 244 KB hint by design.
        chain.performance.hints(false);
      },
    },
  };

  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
