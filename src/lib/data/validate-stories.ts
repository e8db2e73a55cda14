// The whole content root's check: site.yaml, every story folder's name, and each story the build
// holds (its story.yaml, then validateContent on its data and sections). Every problem names the
// story's own file, so an editor with several stories knows which one to fix.
import { siteSchema } from '../../schemas/site';
import { storySchema } from '../../schemas/story';
import { slugProblem, type BuildPlan } from '../stories/plan';
import { placeholderProblems } from './check-placeholders';
import { SITE_FILE, STORIES_DIR, STORY_FILE, contentPath, storyDir } from './content-paths';
import { locateProblem } from './locate';
import type { DataProblem } from './problems';
import { displayDir, isDraft, listStories, readContent, readRawFile } from './read-content';
import { checkEntry } from './schema-problems';
import { parseRawFile, validateContent, type RawFile } from './validate';

/** A YAML file that must hold one mapping; a problem otherwise. */
function readMapping(raw: RawFile, problems: DataProblem[]): Record<string, unknown> | undefined {
  const parsed = parseRawFile(raw, problems);
  if (!parsed) return undefined;
  if (!parsed.value || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    problems.push({ file: raw.path, message: 'must be a group of fields (name: value), not a list' });
    return undefined;
  }
  return parsed.value as Record<string, unknown>;
}

/** site.yaml: the site's shared settings. */
export function siteProblems(site: RawFile): DataProblem[] {
  const problems: DataProblem[] = [];
  const value = readMapping(site, problems);
  if (value) problems.push(...checkEntry(siteSchema, value, { file: site.path, entry: 'site' }).problems);
  return problems;
}

/** story.yaml: one entry, keyed by the story's folder name. */
export function storyFileProblems(slug: string, file: RawFile): DataProblem[] {
  const problems: DataProblem[] = [];
  const value = readMapping(file, problems);
  if (!value) return problems;
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== slug) {
    problems.push({ file: file.path, message: `must hold exactly one story, keyed by its folder name "${slug}:" (found ${keys.map((k) => `"${k}"`).join(', ') || 'none'})` });
    return problems;
  }
  problems.push(...checkEntry(storySchema, value[slug], { file: file.path, entry: `"${slug}"` }).problems);
  return problems;
}

/** Every problem in the content root for the stories `plan` builds; an empty list means the content is good. */
export function validateStories(contentRoot: string, plan: BuildPlan, root: string = process.cwd()): DataProblem[] {
  const site = readRawFile(contentRoot, SITE_FILE, root);
  const problems = siteProblems(site);
  // Every file's text by its displayed path, so each problem can be given its line.
  const texts = new Map<string, string | null>([[site.path, site.text]]);
  const slugs = listStories(contentRoot, root);
  if (slugs.length === 0) {
    problems.push({ file: displayDir(contentPath(contentRoot, STORIES_DIR), root), message: 'holds no story folder' });
  }
  const badNames = new Set<string>();
  for (const slug of slugs) {
    const why = slugProblem(slug);
    if (!why) continue;
    badNames.add(slug);
    problems.push({ file: displayDir(storyDir(contentRoot, slug), root), message: `folder name "${slug}" ${why}` });
  }
  // A folder with a bad name is reported once, above, rather than once per file it lacks.
  for (const slug of plan.slugs.filter((s) => !badNames.has(s))) {
    const dir = storyDir(contentRoot, slug);
    const storyFile = readRawFile(dir, STORY_FILE, root);
    const content = readContent(dir, root);
    for (const f of [storyFile, content.article, ...Object.values(content.files), ...content.sections]) texts.set(f.path, f.text);
    problems.push(...storyFileProblems(slug, storyFile));
    problems.push(...validateContent(content));
    if (!isDraft(slug, storyFile.text)) problems.push(...placeholderProblems(storyFile, content));
  }
  if (plan.single === undefined && plan.slugs.length === 0) {
    problems.push({ file: displayDir(contentPath(contentRoot, STORIES_DIR), root), message: 'holds no published story (every story is a draft: build with DRAFTS=1 to preview them)' });
  }
  return problems.map((p) => locateProblem(p, texts));
}
