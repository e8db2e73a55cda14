// Headless Chromium for the e2e tests, never downloaded:
//   1. CHROME_PATH if set;
//   2. a system Chromium/Chrome at the usual paths;
//   3. the Chromium inside the npm package @sparticuz/chromium (without --single-process, which
//      makes closing one page kill the browser).
// Under vitest's e2e project one such browser serves every test file (tests/setup/shared-browser.ts):
// launchBrowser() connects to it.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type BrowserServer, type Page } from 'playwright-core';

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

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

/** The Chromium inside the npm package @sparticuz/chromium (a headless shell: no text directives). */
export async function npmChromium(): Promise<{ path: string; args: string[] }> {
  const { default: sparticuz } = await import('@sparticuz/chromium');
  sparticuz.setGraphicsMode = false;
  return {
    path: await sparticuz.executablePath(),
    args: [...new Set([...sparticuz.args.filter((a) => a !== '--single-process'), ...COMMON_ARGS])],
  };
}

/** The browser to run and its flags, resolved as above (shared with the benchmark and Lighthouse). */
export async function chromeExecutable(): Promise<{ path: string; args: string[] }> {
  const explicit = process.env.CHROME_PATH || SYSTEM_BROWSERS.find((p) => existsSync(p));
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
