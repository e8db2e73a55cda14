// Headless Chromium for the e2e tests, never downloaded:
//   1. the browser CHROME_PATH names (a system Chromium or Chrome, e.g. /usr/bin/chromium);
//   2. otherwise the Chromium inside the npm package @sparticuz/chromium.
// The npm one is a headless shell: the same engine without the desktop browser around it, about
// twice as fast on the whole e2e run (8 min against 12 on two cores). It does not follow text
// directives itself; the one test that needs that uses the polyfill there, and CI runs that file in
// Debian's full Chromium too (.ci/run).
// Under vitest's e2e project one such browser serves every test file (tests/setup/shared-browser.ts):
// launchBrowser() connects to it.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type BrowserServer, type Page } from 'playwright-core';

const COMMON_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--hide-scrollbars',
];

/**
 * The Chromium inside the npm package @sparticuz/chromium (a headless shell: no text directives), with
 * our flags only: the package's own, made for cloud functions, turn off web security and site
 * isolation, which would let through the very mistakes (CSP, CORS, sandboxing) our tests look for.
 */
export async function npmChromium(): Promise<{ path: string; args: string[] }> {
  const { default: sparticuz } = await import('@sparticuz/chromium');
  sparticuz.setGraphicsMode = false;
  return { path: await sparticuz.executablePath(), args: COMMON_ARGS };
}

/** The browser to run and its flags, resolved as above (shared with the benchmark and Lighthouse). */
export async function chromeExecutable(): Promise<{ path: string; args: string[] }> {
  const explicit = process.env.CHROME_PATH;
  if (explicit) return { path: explicit, args: COMMON_ARGS };
  return npmChromium();
}

/** The browser resolved as above, started as a server that test files connect to (see shared-browser.ts). */
export async function launchBrowserServer(): Promise<BrowserServer> {
  const { path, args } = await chromeExecutable();
  return chromium.launchServer({ executablePath: path, headless: true, args });
}

/** The shared browser's endpoint, when vitest's e2e globalSetup started one. */
async function sharedEndpoint(): Promise<string | undefined> {
  if (!process.env.VITEST) return undefined;
  const { inject } = await import('vitest');
  return inject('browserWsEndpoint');
}

/**
 * The browser resolved as above: under the e2e project a connection to the run's shared browser
 * (its close() closes this file's contexts and disconnects), elsewhere a browser of its own.
 * `which: 'npm'` launches the npm-shipped one even where a system Chromium exists.
 */
export async function launchBrowser(which: 'default' | 'npm' = 'default'): Promise<Browser> {
  const endpoint = which === 'default' ? await sharedEndpoint() : undefined;
  if (endpoint) return chromium.connect(endpoint);
  const { path, args } = which === 'npm' ? await npmChromium() : await chromeExecutable();
  return chromium.launch({ executablePath: path, headless: true, args });
}

/** What a context saw: requests to other hosts (blocked), console errors, page errors and 4xx/5xx responses. */
export interface Observed {
  external: string[];
  consoleErrors: string[];
  badResponses: string[];
}

export interface TestContext {
  context: BrowserContext;
  observed: Observed;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * A fresh context on a closed network: every request to a host other than 127.0.0.1 is recorded
 * and aborted. `origin` is granted clipboard access.
 */
export async function openContext(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<TestContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  if (options.javaScriptEnabled !== false) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  }
  const observed: Observed = { external: [], consoleErrors: [], badResponses: [] };
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      observed.external.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') observed.consoleErrors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => observed.consoleErrors.push(`${page.url()}: uncaught ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400) observed.badResponses.push(`${r.status()} ${r.url()}`);
    });
  };
  context.on('page', watch);
  return {
    context,
    observed,
    newPage: () => context.newPage(),
    close: () => context.close(),
  };
}
