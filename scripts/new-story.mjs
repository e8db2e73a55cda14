// `npm run new-story -- <slug>`: starts a story by copying templates/story/ to content/stories/<slug>/.
// The copy is a valid draft, so it builds at once; the pure rules live in src/lib/stories/new-story.ts.
// The content root is ./content, or EXPLAINER_CONTENT_DIR, or `--content <dir>` (the tests use one).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { copyPlan, newSlugProblem, nextSteps, renameStoryKey } from '../src/lib/stories/new-story.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const template = join(root, 'templates', 'story');

const { values, positionals } = parseArgs({ allowPositionals: true, options: { content: { type: 'string' } } });
const contentRoot = resolve(values.content ?? (process.env.EXPLAINER_CONTENT_DIR?.trim() || join(root, 'content')));
const slug = positionals[0] ?? '';

const stories = join(contentRoot, 'stories');
const taken = existsSync(stories) ? readdirSync(stories, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name) : [];
const problem = newSlugProblem(slug, taken);
if (problem) {
  console.error(`new-story: ${problem}.`);
  process.exit(1);
}

/** Every file under `dir`, relative to it. */
const filesUnder = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => relative(dir, join(e.parentPath, e.name)));

const target = join(stories, slug);
for (const step of copyPlan(filesUnder(template))) {
  const to = join(target, step.to);
  mkdirSync(dirname(to), { recursive: true });
  if (step.rename) writeFileSync(to, renameStoryKey(readFileSync(join(template, step.from), 'utf8'), slug));
  else cpSync(join(template, step.from), to);
}

const shown = relative(process.cwd(), target).split('\\').join('/') || '.';
console.log(nextSteps(slug, shown.startsWith('..') ? target : shown).join('\n'));
