import { describe, expect, it } from 'vitest';
import { preloadScript } from '../config/route-preload';

const MAP = {
  'pages/index/index': ['/css/page-common.1.css', '/js/page-common.1.js', '/js/239.a.js'],
  'pkg-auth/login/index': ['/css/page-common.1.css', '/js/page-common.1.js', '/js/8238.b.js'],
};

/** Runs the inline script of index.html at `hash`: the preload links it adds to <head>. */
function linksAt(hash: string): { rel: string; as: string; href: string }[] {
  const added: { rel: string; as: string; href: string }[] = [];
  const document = {
    createElement: () => ({ rel: '', as: '', href: '' }),
    head: { appendChild: (l: { rel: string; as: string; href: string }) => added.push(l) },
  };
  new Function('location', 'document', preloadScript(MAP, 'pages/index/index'))({ hash }, document);
  return added;
}

describe('index.html fetches the opened page’s files beside the app’s', () => {
  it('no hash is the first page; a hash with a query is its page', () => {
    expect(linksAt('').map((l) => l.href)).toEqual(MAP['pages/index/index']);
    expect(linksAt('#/pkg-auth/login/index?from=%2Fpages%2Fme%2Findex').map((l) => l.href)).toEqual(MAP['pkg-auth/login/index']);
  });

  it('scripts as script, stylesheets as style; a route the build does not know adds nothing', () => {
    expect(linksAt('').map((l) => [l.rel, l.as])).toEqual([
      ['preload', 'style'],
      ['preload', 'script'],
      ['preload', 'script'],
    ]);
    expect(linksAt('#/pkg-gone/index')).toEqual([]);
  });

  it('a file shared by pages is named once in the page', () => {
    const script = preloadScript(MAP, 'pages/index/index');
    expect(script.split('/js/page-common.1.js').length - 1).toBe(1);
  });
});
