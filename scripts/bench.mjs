// `npm run bench`: builds the site, then measures what a reader downloads and how fast it renders.
// Writes bench-results/report.json and bench-results/report.md, and prints the table.
//   - bytes (gzip -9) of HTML, CSS, JS up front, all JS, fonts, data and images, and the request
//     count, for the story, a section page and the embed page, from a real Chromium page load;
//   - Lighthouse 12.2.3, mobile and desktop, median of 3 runs: scores, LCP, TBT, CLS, total byte weight;
//   - before intent (issue 11): the JavaScript a page runs (gzip, inline scripts included) on load and,
//     on the story, after scrolling through every section, and any request for the live map's files;
//   - the time from intent (the pointer over the map) to a live map with every marker, on the loopback;
//   - build time; and, with --scale, the same for a generated 1,000-position story.
// With --stories it measures instead the build of 1, 5 and 20 stories (scripts/bench-stories.mjs).
// The browser is resolved as for the e2e tests (CHROME_PATH, else the headless shell in @sparticuz/chromium);
// the figures in the README were taken in a full Chromium: CHROME_PATH=/usr/bin/chromium npm run bench.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromeExecutable } from '../tests/e2e/helpers/browser.ts';
import { serveStatic } from '../tests/e2e/helpers/serve.ts';
import { BUDGETS } from '../tests/helpers/budgets.ts';
import { pageAssets } from '../tests/helpers/page-assets.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'bench-results');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PAGES = [
  { name: 'story', path: '' },
  { name: 'section page', path: 'troop-buildup/' },
  { name: 'embed', path: 'embed/map/' },
];

/** Runs a command to completion (async, so an in-process server keeps answering). */
function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${output.slice(-3000)}`))));
  });
}

export async function buildSite(dist, extraEnv = {}) {
  const started = performance.now();
  await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', dist], {
    env: { ...process.env, NODE_ENV: 'production', SITE_URL: 'http://127.0.0.1', ...extraEnv },
  });
  return Math.round(performance.now() - started);
}

const gzip = (body) => gzipSync(body, { level: 9 }).length;

function kind(resourceType, url) {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'font') return 'fonts';
  if (resourceType === 'image' || /\.(png|svg|jpe?g|webp|avif|ico)$/.test(url)) return 'images';
  return 'data';
}

/** Loads a page in Chromium at 1280×800 and sums what it downloaded, by kind (gzip bytes). */
async function pageTransfer(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const responses = [];
  page.on('response', (r) => responses.push(r));
  await page.goto(url, { waitUntil: 'networkidle' });
  const totals = { requests: 0, otherHosts: 0, html: 0, css: 0, js: 0, fonts: 0, data: 0, images: 0 };
  for (const response of responses) {
    const request = response.request();
    totals.requests++;
    if (new URL(request.url()).hostname !== '127.0.0.1') totals.otherHosts++;
    const body = await response.body().catch(() => Buffer.alloc(0));
    totals[kind(request.resourceType(), request.url())] += gzip(body);
  }
  await context.close();
  return totals;
}

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};

async function lighthouseRuns(url, preset, chromePath) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const file = join(outDir, 'lighthouse', `${preset}-${encodeURIComponent(url).slice(-40)}-${i}.json`);
    const args = [
      'node_modules/lighthouse/cli/index.js', url, '--quiet', '--output=json', `--output-path=${file}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --no-zygote --disable-gpu --disable-dev-shm-usage --disable-background-networking',
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    ];
    await run(process.execPath, args, { env: { ...process.env, CHROME_PATH: chromePath } });
    const lhr = JSON.parse(readFileSync(file, 'utf8'));
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    runs.push({
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
      tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
      cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
      totalBytes: Math.round(lhr.audits['total-byte-weight'].numericValue),
    });
  }
  return Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))]));
}

// The live map's own files: none may load before intent.
const LIVE_MAP_FILES = /\/_astro\/(?:PositionsMapIsland|client|react-dom|leaflet)[^/]*\.(?:js|css)$|\/_astro\/positions-map-live[^/]*\.css$|\/map\/(?:data\.json|basemap\.geojson)$/;

/**
 * Before intent, at 1280×800: the JavaScript the page runs (gzip: its script files plus the inline
 * scripts in its HTML) once loaded and, where there are sections, after scrolling through each one
 * until the static map shows its view; and every request for the live map's files meanwhile.
 */
async function beforeIntent(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const scripts = new Map();
  const live = [];
  let inline = 0;
  page.on('response', async (response) => {
    const { pathname } = new URL(response.url());
    if (LIVE_MAP_FILES.test(pathname)) live.push(pathname);
    if (response.request().resourceType() === 'document') {
      inline = gzip(pageAssets(await response.text()).inlineJs);
    } else if (response.request().resourceType() === 'script') {
      scripts.set(pathname, gzip(await response.body().catch(() => Buffer.alloc(0))));
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const jsBytes = () => inline + [...scripts.values()].reduce((a, b) => a + b, 0);
  const onLoad = jsBytes();
  const sections = await page.evaluate(() => [...document.querySelectorAll('[data-section]')].map((e) => e.id));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  for (const id of sections) {
    await page.evaluate((target) => {
      const el = document.getElementById(target);
      window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY + 5, behavior: 'instant' });
    }, id);
    await page.waitForFunction((target) => document.querySelector('.positions-map')?.getAttribute('data-view') === target, id, { timeout: 10_000 });
  }
  await page.waitForLoadState('networkidle');
  const afterScrolling = jsBytes();
  await context.close();
  return { onLoad, afterScrolling, sections: sections.length, liveMapRequests: live };
}

/**
 * Milliseconds from intent (the pointer entering the map) to a live map with one marker per
 * position, at 1280×800 on the loopback; the median of RUNS fresh page loads.
 */
async function intentToLive(browser, url, siteUrl = url) {
  const times = [];
  let markers = 0;
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const expected = (await (await context.request.get(new URL('map/data.json', siteUrl).href)).json()).positions.length;
    await page.evaluate(() => {
      document.querySelector('.positions-map__stage').addEventListener('pointerenter', () => (window.intentAt = performance.now()), { capture: true, once: true });
    });
    const box = await page.locator('.positions-map__stage').boundingBox();
    await page.mouse.move(box.x + 40, box.y + 40);
    await page.waitForFunction(
      (n) => document.querySelector('.tm-map[data-ready]') && document.querySelectorAll('.tm-marker[data-position-id], .tm-cluster').length > 0 &&
        [...document.querySelectorAll('.tm-marker[data-position-id]')].length + [...document.querySelectorAll('.tm-cluster')].reduce((sum, c) => sum + Number(c.textContent), 0) === n,
      expected,
      { polling: 'raf', timeout: 60_000 },
    );
    times.push(await page.evaluate(() => Math.round(performance.now() - window.intentAt)));
    markers = expected;
    await context.close();
  }
  return { ms: median(times), runs: times, markers };
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

function table(report) {
  const lines = [
    `# Benchmark, ${report.date}`,
    '',
    `Build: ${(report.buildMs / 1000).toFixed(1)} s. Bytes are gzip -9 KB. Lighthouse: median of ${RUNS} runs.`,
    '',
    '| page | HTML | CSS | JS up front | all JS | fonts | data | images | requests | other hosts |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...report.pages.map((p) =>
      `| ${p.name} | ${kb(p.bytes.html)} | ${kb(p.bytes.css)} | ${kb(p.bytes.jsUpFront)} | ${kb(p.bytes.jsAll)} | ${kb(p.transfer.fonts)} | ${kb(p.transfer.data)} | ${kb(p.transfer.images)} | ${p.transfer.requests} | ${p.transfer.otherHosts} |`),
    '',
    '| page | Lighthouse | performance | accessibility | best practices | SEO | LCP ms | TBT ms | CLS | total byte weight KB |',
    '| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...report.pages.flatMap((p) =>
      ['mobile', 'desktop'].filter((f) => p.lighthouse[f]).map((f) => {
        const l = p.lighthouse[f];
        return `| ${p.name} | ${f} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${l.lcpMs} | ${l.tbtMs} | ${l.cls} | ${kb(l.totalBytes)} |`;
      })),
    '',
    'Before intent (1280×800; JS gzip KB, inline scripts included) and from intent to the live map (median of the runs):',
    '',
    '| page | JS on load | JS after scrolling every section | live-map requests before intent | intent → live map with every marker |',
    '| --- | --: | --: | --: | --: |',
    ...report.pages.filter((p) => p.intent).map((p) => {
      const { before, toLive } = p.intent;
      return `| ${p.name} | ${kb(before.onLoad)} | ${before.sections ? `${kb(before.afterScrolling)} (${before.sections} sections)` : 'no sections'} | ${before.liveMapRequests.length} | ${toLive.ms} ms (${toLive.markers} markers; runs ${toLive.runs.join(', ')}) |`;
    }),
    '',
    `Budgets (enforced by tests/build/budgets.test.ts): story HTML + CSS ≤ ${kb(BUDGETS.storyHtmlAndCss)} KB ` +
      `(now ${kb(report.pages[0].bytes.html + report.pages[0].bytes.css)}), story first view ≤ ${kb(BUDGETS.storyFirstView)} KB ` +
      `(now ${kb(report.pages[0].bytes.firstView)}), JS before intent ≤ ${kb(BUDGETS.jsBeforeIntent)} KB ` +
      `(now ${kb(report.pages[0].bytes.jsBeforeIntent)}), all story JS ≤ ${kb(BUDGETS.storyAllJs)} KB (now ${kb(report.pages[0].bytes.jsAll)}).`,
  ];
  if (report.scale) {
    const s = report.scale;
    lines.push('', `Scale fixture (${s.positions} positions, ${s.statements} statements): build ${(s.buildMs / 1000).toFixed(1)} s, ` +
      `intent to a live map with all ${s.markersDrawn} positions (markers and clusters) ${s.intentToLiveMs} ms, story HTML ${kb(s.htmlGzip)} KB gzip.`);
  }
  return lines.join('\n') + '\n';
}

async function main() {
  // `npm run bench -- --stories`: the cost of a build of 1, 5 and 20 stories (scripts/bench-stories.mjs).
  if (process.argv.includes('--stories')) return (await import('./bench-stories.mjs')).benchStories();
  const { builtPageWeight } = await import('../tests/helpers/weights.ts');
  mkdirSync(join(outDir, 'lighthouse'), { recursive: true });
  const dist = join(root, 'dist-bench');
  console.log('Building…');
  // The story alone at the root (today's URLs), as a newsroom hosting it at its own path would.
  const buildMs = await buildSite(dist, { STORY: 'macron-moscow' });
  const server = await serveStatic(dist, '/');
  const { path: chromePath, args } = await chromeExecutable();
  const browser = await chromium.launch({ executablePath: chromePath, headless: true, args });
  const report = { date: new Date().toISOString(), runs: RUNS, buildMs, pages: [] };
  try {
    for (const { name, path } of PAGES) {
      console.log(`Measuring ${name}…`);
      const url = server.url + path;
      const weight = builtPageWeight(dist, '/', join(path, 'index.html'));
      const bytes = {
        html: weight.htmlGzip,
        css: weight.cssGzip,
        jsUpFront: weight.jsGzip(weight.upFrontJs),
        jsBeforeIntent: weight.jsBeforeIntentGzip,
        firstView: weight.firstViewGzip,
        jsAll: weight.jsGzip(weight.allJs),
      };
      const transfer = await pageTransfer(browser, url);
      const intent = name === 'embed' ? null : { before: await beforeIntent(browser, url), toLive: await intentToLive(browser, url, server.url) };
      const lighthouse = process.argv.includes('--no-lighthouse')
        ? {}
        : { mobile: await lighthouseRuns(url, 'mobile', chromePath), desktop: await lighthouseRuns(url, 'desktop', chromePath) };
      report.pages.push({ name, path: `/${path}`, bytes, transfer, intent, lighthouse });
    }
    if (process.argv.includes('--scale')) report.scale = await measureScale(browser);
  } finally {
    await browser.close();
    await server.close();
  }
  writeFileSync(join(outDir, 'report.json'), JSON.stringify(report, null, 2));
  const text = table(report);
  writeFileSync(join(outDir, 'report.md'), text);
  console.log(`\n${text}\nWritten to bench-results/report.json and bench-results/report.md`);
}

async function measureScale(browser) {
  const { SCALE_STORY, generateScaleFixture } = await import('../tests/fixtures/scale/generate.mjs');
  const { builtPageWeight } = await import('../tests/helpers/weights.ts');
  const contentDir = join(root, 'tests', 'fixtures', 'scale', 'content');
  const counts = generateScaleFixture(contentDir);
  const dist = join(root, 'dist-scale');
  console.log(`Building the scale fixture (${counts.positions} positions, ${counts.statements} statements)…`);
  const buildMs = await buildSite(dist, { EXPLAINER_CONTENT_DIR: contentDir, STORY: SCALE_STORY });
  const server = await serveStatic(dist, '/');
  try {
    const render = await intentToLive(browser, server.url);
    return {
      ...counts,
      buildMs,
      intentToLiveMs: render.ms,
      markersDrawn: render.markers,
      htmlGzip: builtPageWeight(dist, '/', 'index.html').htmlGzip,
    };
  } finally {
    await server.close();
  }
}

await main();
