// Runs `astro build` on another content folder (EXPLAINER_CONTENT_DIR) into its own output folder,
// for the data tests' fixture builds. Never touches dist/ or the real story's content cache.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths';

/** vitest's variables must not reach the build (see tests/setup/build-sites.ts). */
const VITEST_ENV = /^(TEST|VITEST|VITEST_.*|NODE_ENV|SITE|BASE_URL|MODE|DEV|PROD|SSR|ASSETS_PREFIX|BASE_PATH)$/;

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, colour codes removed. */
  log: string;
}

/** Builds the site from `contentDir` into `outDir`; resolves with the exit code and the log. */
export function buildWithContent(contentDir: string, outDir: string): Promise<BuildResult> {
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.test(key))),
    NODE_ENV: 'production',
    SITE_URL: 'https://explainer.test',
    EXPLAINER_CONTENT_DIR: contentDir,
  };
  const args = [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', outDir];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d));
    child.stderr.on('data', (d: Buffer) => (log += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, log: log.replace(/\u001b\[[0-9;]*m/g, '') }));
  });
}
