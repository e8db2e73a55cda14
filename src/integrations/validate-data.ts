// Fails `astro build` (and `astro sync` / `astro check`) when any story's data is wrong, or when
// STORY names a story that cannot be built. Astro's own
// content layer only logs some errors (malformed YAML, unknown references) and may reuse stale
// cached data, so this reads the raw files itself, before Astro loads any content, and checks them
// with the same schemas plus the cross-checks. In `astro dev` it logs instead, and re-checks on save.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_CONTENT_DIR, contentDir } from '../lib/checks/content-paths';
import { problemsReport } from '../lib/checks/problems';
import { readBuildPlan } from '../lib/checks/read-content';
import { validateStories } from '../lib/checks/validate-stories';

/** "1 story at the root: macron-moscow" or "2 stories under /<slug>/: a, b", for the build log. */
function describePlan(dir: string, root: string): string {
  const plan = readBuildPlan(dir, process.env, root);
  const where = plan.single ? 'at the root' : 'under /<slug>/';
  return `${plan.slugs.length} ${plan.slugs.length === 1 ? 'story' : 'stories'} ${where}${plan.drafts ? ', drafts included' : ''}: ${plan.slugs.join(', ')}`;
}

export default function validateData(): AstroIntegration {
  let root = process.cwd();
  const dir = contentDir();
  // The plan (which stories this build holds) is read on every check, so a story whose `draft`
  // flag changes during `astro dev` is picked up. STORY naming a missing or draft story throws here.
  const check = () => validateStories(dir, readBuildPlan(dir, process.env, root), root);

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
        // `astro dev` (npm start) always shows drafts, with their banner; the content loaders and the
        // pages read the same variable (src/lib/stories/plan.ts).
        if (command === 'dev' && process.env.DRAFTS === undefined) process.env.DRAFTS = '1';
        const problems = check();
        if (problems.length === 0) {
          logger.info(`story data checked: no problems (${describePlan(dir, root)})`);
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
