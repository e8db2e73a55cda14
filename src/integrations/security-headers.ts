// After the build, writes dist/_headers with the pages' own Content-Security-Policy plus the usual
// security and caching headers, for static hosts that read that file.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies, readMetaCsp } from '../lib/security/headers';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'explainer:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const policies = [];
        for (const file of await htmlFiles(outDir)) {
          const policy = readMetaCsp(await readFile(file, 'utf8'));
          if (!policy) throw new Error(`${file}: no Content-Security-Policy <meta>; is security.csp on?`);
          policies.push(policy);
        }
        await writeFile(join(outDir, '_headers'), headersFile(base, mergePolicies(policies)));
        logger.info(`_headers written with the CSP of ${policies.length} pages`);
      },
    },
  };
}
