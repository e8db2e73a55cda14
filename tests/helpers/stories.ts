// The stories of a content root as the tests need them, read straight from the files (no Astro):
// each story's metadata, section ids and statement ids, so multi-story checks loop over whatever
// stories content/stories/ holds.
import { cpSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES, STORY_FILE, storyDir } from '../../src/lib/checks/content-paths';
import { readContent, readStoryFlags } from '../../src/lib/checks/read-content';
import { readSectionText } from '../../src/lib/text/section-text';
import { parseYaml } from '../../src/lib/checks/yaml';
import { FICTIONAL_STORIES, ROOT, STORIES_CONTENT } from './paths';

export interface StoryInfo {
  slug: string;
  headline: string;
  dek: string;
  published: string;
  draft: boolean;
  /** Section ids in reading order. */
  sections: string[];
  statements: string[];
}

const yaml = (path: string): unknown => {
  const r = parseYaml(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(`${path} ${r.message}`);
  return r.value;
};

/** Every story of the content root `contentRoot` (relative to the project root), drafts included, in folder order. */
export function storiesIn(contentRoot = 'content'): StoryInfo[] {
  return readStoryFlags(contentRoot, ROOT).map(({ slug, draft }) => {
    const dir = storyDir(contentRoot, slug);
    const meta = (yaml(join(ROOT, dir, STORY_FILE)) as Record<string, { headline: string; dek: string; published: string }>)[slug]!;
    const sections = readContent(dir, ROOT)
      .sections.map((s) => readSectionText(s.text))
      .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
      .map((s) => s.id!);
    const statements = ((yaml(join(ROOT, dir, DATA_FILES.statements)) ?? []) as { id: string }[]).map((s) => s.id);
    return { slug, headline: meta.headline, dek: meta.dek, published: meta.published, draft, sections, statements };
  });
}

/** Writes the stories build's content root: content/site.yaml, content/stories/* and the fictional stories. */
export function assembleStoriesContent(): void {
  const target = join(ROOT, STORIES_CONTENT);
  rmSync(target, { recursive: true, force: true });
  cpSync(join(ROOT, 'content', 'site.yaml'), join(target, 'site.yaml'));
  for (const from of [join(ROOT, 'content', 'stories'), join(ROOT, FICTIONAL_STORIES)]) {
    for (const slug of readdirSync(from)) cpSync(join(from, slug), join(target, 'stories', slug), { recursive: true });
  }
}

/** The published stories, as the index lists them: newest first, then by slug. */
export const publishedStories = (contentRoot = 'content'): StoryInfo[] =>
  storiesIn(contentRoot)
    .filter((s) => !s.draft)
    .sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug));
