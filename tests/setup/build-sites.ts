// globalSetup of the `build` and `e2e` projects: builds the site three times, once per `vitest run`
// (the first project to need it builds; the other reuses the result within the same process):
//   dist/          STORY=macron-moscow, SITE_URL=https://explainer.test, served at /
//   dist-subpath/  the same with BASE_PATH=/deep/sub/path/
//   dist-stories/  every published story (no STORY) with BASE_PATH=/kit/: the index at /kit/,
//                  each story under /kit/<slug>/; the stories of content/stories/ and the
//                  fictional fixture story, from the content root dist-stories-content/
// Set TEST_REUSE_BUILD=1 to skip the builds when all folders exist (for quick local re-runs).
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { astroBuild } from '../helpers/astro-build';
import { ALL_BUILDS, ROOT, buildEnvOf, type TestBuild } from '../helpers/paths';
import { assembleStoriesContent } from '../helpers/stories';

const KEY = Symbol.for('explainer.tests.builds');
type Memo = { [KEY]?: Promise<void> };

async function build(b: TestBuild): Promise<void> {
  const env = buildEnvOf(b);
  const { code, log, ms } = await astroBuild(relative(ROOT, b.dir), env);
  if (code !== 0) throw new Error(`astro build for the ${b.name} test build exited with ${code}:\n${log}`);
  const vars = Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ');
  console.log(`[build-sites] ${b.name} build (${vars}) -> ${relative(ROOT, b.dir)}/ in ${ms} ms`);
}

async function buildAll() {
  // The stories build's content root (and what its tests read): always current, even when reusing builds.
  assembleStoriesContent();
  if (process.env.TEST_REUSE_BUILD === '1' && ALL_BUILDS.every((b) => existsSync(join(b.dir, 'index.html')))) {
    console.log('[build-sites] TEST_REUSE_BUILD=1: reusing dist/, dist-subpath/ and dist-stories/');
    return;
  }
  // One after the other: the builds share the content-layer cache that --force clears.
  for (const b of ALL_BUILDS) await build(b);
}

export default async function setup() {
  const memo = globalThis as Memo;
  memo[KEY] ??= buildAll();
  await memo[KEY];
}
