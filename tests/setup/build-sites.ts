// globalSetup of the `build` and `e2e` projects: builds the site twice, once per `vitest run`
// (the first project to need it builds; the other reuses the result within the same process):
//   dist/          SITE_URL=https://explainer.test, served at /
//   dist-subpath/  the same SITE_URL with BASE_PATH=/deep/sub/path/
// Set TEST_REUSE_BUILD=1 to skip the builds when both folders exist (for quick local re-runs).
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { astroBuild } from '../helpers/astro-build';
import { BUILDS, ROOT, type TestBuild } from '../helpers/paths';

const KEY = Symbol.for('explainer.tests.builds');
type Memo = { [KEY]?: Promise<void> };

async function build({ dir, base, name }: TestBuild): Promise<void> {
  const { code, log, ms } = await astroBuild(relative(ROOT, dir), { BASE_PATH: base });
  if (code !== 0) throw new Error(`astro build for the ${name} test build exited with ${code}:\n${log}`);
  console.log(`[build-sites] ${name} build (BASE_PATH=${base}) -> ${relative(ROOT, dir)}/ in ${ms} ms`);
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
