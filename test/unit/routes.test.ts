import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { MOVED_PAGES, movedPageUrl } from '../../client/src/movedPages';

/**
 * Page routes are strings in many places — navigations in the client, the page a subscription
 * message or a poster's code opens (cloud functions), addresses the browser tests visit — and a
 * page moved into a subpackage changes its route. Each of them must name a page the app declares.
 */
const root = path.resolve(__dirname, '../..');

interface AppConfig {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
  tabBar?: { list: { pagePath: string }[] };
  preloadRule?: Record<string, { packages: string[] }>;
}

function appConfig(): AppConfig {
  // app.config.ts calls Taro's compile-time global; here it only has to hand the object back.
  (globalThis as { defineAppConfig?: (c: AppConfig) => AppConfig }).defineAppConfig = (c) => c;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../../client/src/app.config').default as AppConfig;
}

const config = appConfig();
const declared = new Set([...config.pages, ...(config.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

/** A route as the code writes it: `a/b/index` after a quote, a slash or a hash, before a query or the quote's end. */
const ROUTE = /['"`#]\/?([a-z][a-z0-9-]*\/[a-z][a-z0-9-]*\/index)(?=[?'"`])/g;

/** The old paths movedPages.ts redirects from (and this file's examples of them) are meant to name no page any more. */
const skipped = new Set([path.join(root, 'client/src/movedPages.ts'), __filename]);

function routesIn(dirs: string[]): { file: string; route: string }[] {
  return dirs
    .flatMap((d) => sources(path.join(root, d)))
    .filter((f) => !skipped.has(f))
    .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(ROUTE)].map((m) => ({ file: path.relative(root, file), route: m[1] })));
}

describe('page routes', () => {
  it('finds routes where they are written (the scan itself works)', () => {
    const routes = routesIn(['client/src', 'cloudfunctions']).map((r) => r.route);
    expect(routes).toEqual(expect.arrayContaining(['consultation/detail/index', 'committee/draft/index', 'vote/index/index', 'pages/me/index']));
  });

  it('every route in the client, the cloud functions, shared code and the tests names a declared page', () => {
    // A test may name a page's old route: it checks that the route still leads to the page.
    const testsARedirect = (r: { file: string; route: string }) => r.file.startsWith('test/') && r.route in MOVED_PAGES;
    const unknown = routesIn(['client/src', 'cloudfunctions', 'shared/src', 'test']).filter((r) => !declared.has(r.route) && !testsARedirect(r));
    expect(unknown).toEqual([]);
  });

  it('keeps only the tab pages in the main package, and preloads only packages that exist', () => {
    expect(config.pages.sort()).toEqual((config.tabBar?.list ?? []).map((t) => t.pagePath).sort());
    const roots = new Set((config.subPackages ?? []).map((s) => s.root));
    for (const [page, rule] of Object.entries(config.preloadRule ?? {})) {
      expect(declared.has(page)).toBe(true);
      for (const p of rule.packages) expect(roots.has(p)).toBe(true);
    }
  });
});

describe('pages that moved', () => {
  it('each old path leads to a declared page, and names none itself', () => {
    for (const [from, to] of Object.entries(MOVED_PAGES)) {
      expect(declared.has(to)).toBe(true);
      expect(declared.has(from)).toBe(false);
    }
  });

  it('an old link opens the page where it is now, its query as it came (a code’s scene still encoded)', () => {
    expect(movedPageUrl('pages/consultation/index', { id: 'c1f2' })).toBe('/consultation/detail/index?id=c1f2');
    expect(movedPageUrl('/pages/consultation/index', { scene: 'c%2D1' })).toBe('/consultation/detail/index?scene=c%2D1');
    expect(movedPageUrl('pages/my-opinions/index')).toBe('/consultation/my-opinions/index');
    expect(movedPageUrl('pages/join/index', {})).toBe('/join/index/index');
  });

  it('leaves any other missing page to the platform', () => {
    expect(movedPageUrl('pages/nowhere/index', { id: 'x' })).toBeUndefined();
    expect(movedPageUrl('consultation/detail/index')).toBeUndefined();
  });
});
