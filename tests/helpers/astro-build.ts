// Runs `astro build --force` in a child process, the way CI and a newsroom would, for the test builds
// (tests/setup/build-sites.ts) and the fixture builds (tests/build/data-build.ts).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, SITE_URL } from './paths';

/**
 * Variables vitest puts in process.env for import.meta.env. They must not reach the build: Astro
 * lets process.env.BASE_URL (set to "/" by vitest) override import.meta.env.BASE_URL in pages,
 * which silently drops the sub-path from every link while assets keep it. STORY and DRAFTS (the
 * build mode) likewise come only from the test that asks for a build.
 */
const VITEST_ENV = /^(TEST|VITEST|VITEST_.*|NODE_ENV|SITE|BASE_URL|MODE|DEV|PROD|SSR|ASSETS_PREFIX|BASE_PATH|EXPLAINER_CONTENT_DIR|STORY|DRAFTS)$/;

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, colour codes removed. */
  log: string;
  ms: number;
}

/** Builds the site into `outDir` with `env` on top of a clean environment (SITE_URL defaults to the test origin). */
export function astroBuild(outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const childEnv: NodeJS.ProcessEnv = {
    ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.test(key))),
    // vitest sets NODE_ENV=test, which would ship React's development bundle.
    NODE_ENV: 'production',
    SITE_URL,
    ...env,
  };
  const args = [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', outDir];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d));
    child.stderr.on('data', (d: Buffer) => (log += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, log: log.replace(/\u001b\[[0-9;]*m/g, ''), ms: Date.now() - started }));
  });
}
