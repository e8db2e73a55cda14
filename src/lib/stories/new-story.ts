// The pure half of `npm run new-story -- <slug>` (scripts/new-story.mjs does the disk work): whether
// a slug can be a new story, which template files go where, and what the editor edits next.
// Imported by a plain Node script, so imports name their .ts files.
import { slugProblem } from './plan.ts';

/** The key of templates/story/story/story.yaml: the copy writes the new slug in its place. */
export const TEMPLATE_SLUG = 'story-slug';

/** The story metadata file inside a story folder (as in src/lib/checks/content-paths.ts). */
const STORY_YAML = 'story/story.yaml';

/** Why `slug` cannot start a new story (naming it), or undefined when it can. `taken`: the existing story folders. */
export function newSlugProblem(slug: string, taken: readonly string[]): string | undefined {
  if (slug === '') return 'give the new story a slug: npm run new-story -- <slug>, e.g. npm run new-story -- budget-vote';
  const why = slugProblem(slug);
  if (why) return `"${slug}" cannot be a story's slug: it ${why}`;
  if (taken.includes(slug)) return `"${slug}" is taken: there is already a story folder with that name. Choose another slug`;
  return undefined;
}

export interface CopyStep {
  /** The template file, relative to the template folder, with / separators. */
  from: string;
  /** The new file, relative to the new story's folder (the same path). */
  to: string;
  /** True for story.yaml, whose key becomes the slug. */
  rename: boolean;
}

/** Every template file to copy, in a stable order. Throws when the template has no story.yaml. */
export function copyPlan(templateFiles: readonly string[]): CopyStep[] {
  const files = [...templateFiles].map((f) => f.split('\\').join('/')).sort();
  if (!files.includes(STORY_YAML)) throw new Error(`the story template has no ${STORY_YAML}`);
  return files.map((file) => ({ from: file, to: file, rename: file === STORY_YAML }));
}

/** story.yaml's text with its one key, `from` (the template's slug), replaced by the new story's slug. */
export function renameStoryKey(text: string, slug: string, from: string = TEMPLATE_SLUG): string {
  const key = new RegExp(`^${from}:`, 'm');
  if (!key.test(text)) throw new Error(`${STORY_YAML} must start its entry with "${from}:"`);
  return text.replace(key, `${slug}:`);
}

/** What to edit next, file by file, in the order that keeps the story building at every step. */
export function nextSteps(slug: string, folder: string): string[] {
  return [
    `Created ${folder}/ (a draft: it builds with "npm start" and "DRAFTS=1 npm run build", at /${slug}/).`,
    'Edit next, in this order (content/README.md explains every field):',
    `  1. ${folder}/story/story.yaml        headline, standfirst (dek), date, outlet`,
    `  2. ${folder}/story/article.txt       the article exactly as received, one paragraph per line`,
    `  3. ${folder}/story/sections/*.mdx    the same paragraphs split into sections; rename the files and ids`,
    `  4. ${folder}/data/vocabulary.yaml    the story's sides, statuses and areas, their words and colours, the kicker`,
    `  5. ${folder}/data/sources.yaml       every source the other files cite`,
    `  6. ${folder}/data/speakers.yaml      the people quoted, with the article's words for them (cues)`,
    `  7. ${folder}/data/statements.yaml    who said what, marked in the sections with <Quote id="…">`,
    `  8. ${folder}/data/map.yaml           the map's date and frame; then positions.yaml and movements.yaml`,
    `  9. ${folder}/data/timeline.yaml      the article's relative dates, resolved (optional)`,
    `Preview: npm start (http://127.0.0.1:4321/${slug}/). Publish: remove "draft: true" once no "[Placeholder]" text is left;`,
    `the build names every file and field that still holds one. Build it alone with STORY=${slug} npm run build.`,
  ];
}
