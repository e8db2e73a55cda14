// Fails `astro build` (and `astro sync` / `astro check`) when any story's data is wrong, or when
// STORY names a story that cannot be built. Astro's own
// content layer only logs some errors (malformed YAML, unknown references) and may reuse stale
// cached data, so this reads the raw files itself, before Astro loads any content, and checks them
// with the same schemas plus the cross-checks. In `astro dev` it logs instead, re-checks on save, and
// shows the problems in the browser's error overlay at the data file and line (see devOverlay).
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ErrorPayload, ViteDevServer } from 'vite';
import { overlayError } from '../lib/data/overlay-error';
import { DEFAULT_CONTENT_DIR, contentDir } from '../lib/data/content-paths';
import { problemsReport, type DataProblem } from '../lib/data/problems';
import { readBuildPlan } from '../lib/data/read-content';
import { validateStories } from '../lib/data/validate-stories';
import { buildEnv } from '../lib/stories/plan';
import { SCHEMAS_DIR, writeEditorSchemas } from '../lib/editor-schemas/write-schemas';

/** "1 story at the root: macron-moscow" or "2 stories under /<slug>/: a, b", for the build log. */
function describePlan(dir: string, root: string): string {
  const plan = readBuildPlan(dir, process.env, root);
  const where = plan.single ? 'at the root' : 'under /<slug>/';
  return `${plan.slugs.length} ${plan.slugs.length === 1 ? 'story' : 'stories'} ${where}${plan.drafts ? ', drafts included' : ''}: ${plan.slugs.join(', ')}`;
}

/** A browser asking for a page (not a module, an asset or the dev server's own endpoints). */
const isPageRequest = (method = '', url = '', accept = '') =>
  method === 'GET' && accept.includes('text/html') && !/^\/(@|__|node_modules\/)/.test(url);

/**
 * In `astro dev`, while the story data has problems, every page answers with the overlay naming
 * the data file and line, before Astro renders it: rendering would fail further on, in code
 * (a statement's unknown speaker), and the overlay would then point there instead.
 */
function devOverlay(server: ViteDevServer, root: string, current: () => DataProblem[]) {
  const hot = server.environments.client.hot;
  const showProblems = () => {
    const problems = current();
    // Astro's overlay reads these fields (title, hint, loc…); a line is known for nearly every problem.
    if (problems.length) hot.send({ type: 'error', err: { ...overlayError(problems, root) } } as ErrorPayload);
  };
  // A page opened while the data is wrong: its dev client connects, then gets the error.
  hot.on('vite:client:connect', showProblems);
  server.middlewares.use((req, res, next) => {
    if (current().length === 0 || !isPageRequest(req.method, req.url, req.headers.accept)) return next();
    const html = `<!doctype html><html lang="en"><title>The story data has a problem</title><script type="module" src="${server.config.base}@vite/client"></script></html>`;
    res.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  return showProblems;
}

export default function validateData(): AstroIntegration {
  let root = process.cwd();
  const dir = contentDir();
  // The plan (which stories this build holds) is read on every check, so a story whose `draft`
  // flag changes during `astro dev` is picked up. STORY naming a missing or draft story throws here.
  const check = () => validateStories(dir, readBuildPlan(dir, process.env, root), root);
  // The last check's problems, for the dev server's overlay.
  let problems: DataProblem[] = [];
  // The editor's JSON Schemas follow the stories' ids (a new speaker becomes a valid `speaker:`).
  const writeSchemas = (logger: { warn(message: string): void }) => {
    try {
      writeEditorSchemas(dir, root, resolve(root, 'src/schemas'));
    } catch (error) {
      // Editor help only: a failure here must never stop a build.
      logger.warn(`could not write the editor's JSON Schemas: ${(error as Error).message}`);
    }
  };

  return {
    name: 'explainer:validate-data',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig, injectRoute }) => {
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
        writeSchemas(logger);
        // The desk's review page: in `npm start` and preview builds (DRAFTS=1), never in production.
        if (buildEnv(process.env).drafts) {
          injectRoute({ pattern: '/_review', entrypoint: './src/review/index.astro', prerender: true });
          injectRoute({ pattern: '/_review/host/[...story]', entrypoint: './src/review/host.astro', prerender: true });
        }
        problems = check();
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
        const showProblems = devOverlay(server, root, () => problems);
        const recheck = (path: string) => {
          if (!path.startsWith(watched) || path.includes(`/${SCHEMAS_DIR}/`)) return;
          writeSchemas(logger);
          const before = problems.length;
          problems = check();
          if (problems.length) {
            logger.error(problemsReport(problems));
            showProblems();
          } else {
            logger.info('story data checked: no problems');
            // The overlay goes once the data is fixed: the page reloads with the new content.
            if (before) server.environments.client.hot.send({ type: 'full-reload', path: '*' });
          }
        };
        for (const event of ['change', 'add', 'unlink'] as const) server.watcher.on(event, recheck);
      },
    },
  };
}
