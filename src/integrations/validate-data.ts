// Fails `astro build` (and `astro sync` / `astro check`) when the story data is wrong. Astro's own
// content layer only logs some errors (malformed YAML, unknown references) and may reuse stale
// cached data, so this reads the raw files itself, before Astro loads any content, and checks them
// with the same schemas plus the cross-checks. In `astro dev` it logs instead, and re-checks on save.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_CONTENT_DIR, contentDir } from '../lib/data/content-paths';
import { problemsReport } from '../lib/data/problems';
import { readContent } from '../lib/data/read-content';
import { validateContent } from '../lib/data/validate';

export default function validateData(): AstroIntegration {
  let root = process.cwd();
  const dir = contentDir();
  const check = () => validateContent(readContent(dir, root));

  return {
    name: 'explainer:validate-data',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        if (resolve(root, dir) !== resolve(root, DEFAULT_CONTENT_DIR)) {
          // A fixture story gets its own cache, so its build never reuses or overwrites the real story's.
          const key = createHash('sha256').update(resolve(root, dir)).digest('hex').slice(0, 12);
          updateConfig({ cacheDir: new URL(`node_modules/.astro-content/${key}/`, config.root) });
          logger.info(`content folder: ${dir}`);
        }
        if (command === 'preview') return;
        const problems = check();
        if (problems.length === 0) {
          logger.info('story data checked: no problems');
        } else if (command === 'dev') {
          logger.error(problemsReport(problems));
        } else {
          throw new Error(problemsReport(problems));
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const watched = resolve(root, dir);
        server.watcher.on('change', (path) => {
          if (!path.startsWith(watched)) return;
          const problems = check();
          if (problems.length) logger.error(problemsReport(problems));
          else logger.info('story data checked: no problems');
        });
      },
    },
  };
}
