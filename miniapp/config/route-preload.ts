/**
 * H5: fetch the opened page's own chunks together with the app's, not after it.
 *
 * Taro's H5 router loads each page with `import()`, so a page's script and CSS were asked for only once the
 * app's ~300 KB entry had downloaded and run: two rounds on a slow network, and 首页 / the sign-in page drew
 * nothing until the second came back. The build knows which files each page needs; this writes them into
 * index.html as a small map, and a few lines there (run before the app's scripts) read the hash route and
 * add `<link rel="preload">` for that page's files — the browser fetches them beside the entry and webpack
 * later finds them in its cache. One index.html serves every route (hash routing), hence the map.
 */
import type { Compilation, Compiler } from 'webpack';

type Files = string[];

/** route ('pages/index/index') → its page's JS and CSS files, from the chunk groups of `import()` calls. */
export function routeFiles(compilation: Compilation, publicPath: string): Record<string, Files> {
  const map: Record<string, Files> = {};
  for (const group of compilation.chunkGroups) {
    for (const origin of group.origins) {
      const route = /^\.\/(.+\/index)$/.exec(origin.request ?? '')?.[1];
      if (!route) continue;
      const files = group.chunks.flatMap((c) => [...c.files]).filter((f) => /\.(js|css)$/.test(f));
      map[route] = [...new Set(files)].map((f) => publicPath + f);
    }
  }
  return map;
}

/**
 * The inline script: the route is the hash (`#/pkg-auth/login/index?x=1`), or the first page when there is
 * none. Files are shared between pages, so each name is written once and routes list indexes.
 */
export function preloadScript(map: Record<string, Files>, firstPage: string): string {
  const names: string[] = [];
  const index = new Map<string, number>();
  const routes: Record<string, number[]> = {};
  for (const [route, files] of Object.entries(map))
    routes[route] = files.map((f) => {
      if (!index.has(f)) index.set(f, names.push(f) - 1);
      return index.get(f)!;
    });
  return (
    `!function(n,r){var p=location.hash.replace(/^#\\/?/,'').split('?')[0]||${JSON.stringify(firstPage)};` +
    `(r[p]||[]).forEach(function(i){var l=document.createElement('link'),f=n[i];` +
    `l.rel='preload';l.as=/\\.css$/.test(f)?'style':'script';l.href=f;document.head.appendChild(l)})}` +
    `(${JSON.stringify(names)},${JSON.stringify(routes)})`
  );
}

export class RoutePreloadPlugin {
  constructor(private readonly opts: { firstPage: string; publicPath: string; html?: string }) {}

  apply(compiler: Compiler): void {
    const { Compilation: C } = compiler.webpack;
    const html = this.opts.html ?? 'index.html';
    compiler.hooks.thisCompilation.tap('RoutePreloadPlugin', (compilation) => {
      // after html-webpack-plugin wrote index.html (OPTIMIZE_INLINE) and before real content hashes are
      // settled (OPTIMIZE_HASH), which rewrites the file names everywhere, this map included
      compilation.hooks.processAssets.tap({ name: 'RoutePreloadPlugin', stage: C.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const asset = compilation.getAsset(html);
        if (!asset) return;
        const source = asset.source.source().toString();
        const script = `<script>${preloadScript(routeFiles(compilation, this.opts.publicPath), this.opts.firstPage)}</script>`;
        // before the app's own scripts: the preloads go out first
        const at = source.search(/<script[^>]*\ssrc=/);
        const out = at < 0 ? source.replace('</head>', `${script}</head>`) : source.slice(0, at) + script + source.slice(at);
        compilation.updateAsset(html, new compiler.webpack.sources.RawSource(out));
      });
    });
  }
}
