// globalSetup of the `build` and `e2e` projects: builds the site twice, once per `vitest run`
// (the first project to need it builds; the other reuses the result within the same process):
//   dist/          SITE_URL=https://explainer.test, served at /
//   dist-subpath/  the same SITE_URL with BASE_PATH=/deep/sub/path/
// Set TEST_REUSE_BUILD=1 to skip the builds when both folders exist (for quick local re-runs).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUILDS, ROOT, SITE_URL, type TestBuild } from '../helpers/paths';

/**
 * Variables vitest puts in process.env for import.meta.env. They must not reach the build: Astro
 * lets process.env.BASE_URL (set to "/" by vitest) override import.meta.env.BASE_URL in pages,
 * which silently drops the sub-path from every link while assets keep it.
 */
const VITEST_ENV = /^(TEST|VITEST|VITEST_.*|NODE_ENV|SITE|BASE_URL|MODE|DEV|PROD|SSR|ASSETS_PREFIX)$/;

const KEY = Symbol.for('explainer.tests.builds');
type Memo = { [KEY]?: Promise<void> };

function build({ dir, base, name }: TestBuild): Promise<void> {
  const args = [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', relative(ROOT, dir)];
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.test(key))),
    // vitest sets NODE_ENV=test, which would ship React's development bundle.
    NODE_ENV: 'production',
    SITE_URL,
    BASE_PATH: base,
  };
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d));
    child.stderr.on('data', (d: Buffer) => (log += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        console.log(`[build-sites] ${name} build (BASE_PATH=${base}) -> ${relative(ROOT, dir)}/ in ${Date.now() - started} ms`);
        resolve();
      } else {
        reject(new Error(`astro build for the ${name} test build exited with ${code}:\n${log}`));
      }
    });
  });
}

async function buildAll() {
  if (process.env.TEST_REUSE_BUILD === '1' && BUILDS.every((b) => existsSync(join(b.dir, 'index.html')))) {
    console.log('[build-sites] TEST_REUSE_BUILD=1: reusing dist/ and dist-subpath/');
    return;
  }
  // One after the other: both builds share the content-layer cache that --force clears.
  for (const b of BUILDS) await build(b);
}

export default async function setup() {
  const memo = globalThis as Memo;
  memo[KEY] ??= buildAll();
  await memo[KEY];
}
