// What the review page (/_review/, preview builds and `npm start` only) reads beyond the collections:
// each story's raw files for the checklist, and the same files at a git ref for "what changed".
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { DATA_FILES, STORY_FILE, contentDir, storyDir, type DataFileKey } from '../lib/data/content-paths';
import { readContent, readRawFile } from '../lib/data/read-content';
import { readSectionText } from '../lib/data/section-text';
import { parseYaml } from '../lib/data/yaml';
import { entryChanges, type EntryChange } from '../lib/review/changes';
import { checklist, type ChecklistGroup } from '../lib/review/checklist';

/** The data files whose changes a copy editor reads, in the order the page shows them. */
export const REVIEWED_FILES: DataFileKey[] = ['statements', 'positions', 'movements', 'timeline', 'known', 'sources', 'speakers', 'corrections'];

const git = (args: string[]): string => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

/** The ref to compare with: REVIEW_SINCE, else the latest tag, else the first commit; or why there is none. */
export function reviewSince(env = process.env, content = resolve(contentDir())): { ref: string; how: string } | { error: string } {
  try {
    git(['--version']);
  } catch {
    return { error: 'git is not installed here, so changes since the last release cannot be shown.' };
  }
  try {
    if (relative(git(['rev-parse', '--show-toplevel']), content).startsWith('..')) {
      return { error: `the content folder (${content}) is not in this git repository, so changes cannot be shown.` };
    }
  } catch {
    return { error: 'this folder is not a git repository, so changes cannot be shown.' };
  }
  if (env.REVIEW_SINCE) {
    try {
      git(['rev-parse', '--verify', `${env.REVIEW_SINCE}^{commit}`]);
      return { ref: env.REVIEW_SINCE, how: 'REVIEW_SINCE' };
    } catch {
      return { error: `REVIEW_SINCE=${env.REVIEW_SINCE} is not a commit, tag or branch of this repository.` };
    }
  }
  try {
    return { ref: git(['describe', '--tags', '--abbrev=0']), how: 'the latest tag' };
  } catch {
    // No tag yet: compare with the first commit.
  }
  try {
    const first = git(['rev-list', '--max-parents=0', 'HEAD']).split('\n')[0]!;
    return { ref: first.slice(0, 12), how: 'the first commit (there is no tag yet)' };
  } catch {
    return { error: 'this folder is not a git repository, so changes cannot be shown.' };
  }
}

/** A file's text at `ref`, or null when it did not exist there (or lies outside the repository). */
function fileAt(ref: string, absolute: string): string | null {
  try {
    const top = git(['rev-parse', '--show-toplevel']);
    const path = relative(top, absolute).split('\\').join('/');
    if (path.startsWith('..')) return null;
    return execFileSync('git', ['show', `${ref}:${path}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 });
  } catch {
    return null;
  }
}

export interface FileChanges {
  file: string;
  changes: EntryChange[];
}

/** Each reviewed data file of a story with its entries changed since `ref`. */
export function storyChanges(slug: string, ref: string): FileChanges[] {
  const dir = storyDir(contentDir(), slug);
  const content = readContent(dir);
  return REVIEWED_FILES.map((key) => ({
    file: content.files[key].path,
    changes: entryChanges(fileAt(ref, resolve(dir, DATA_FILES[key])), content.files[key].text),
  }));
}

const entriesOf = (text: string | null): Record<string, unknown>[] => {
  const parsed = text === null ? undefined : parseYaml(text);
  return parsed?.ok && Array.isArray(parsed.value) ? (parsed.value as Record<string, unknown>[]) : [];
};

/** The story's pre-publish checklist (src/lib/review/checklist.ts), read from its files. */
export function storyChecklist(slug: string, today = new Date().toISOString().slice(0, 10)): ChecklistGroup[] {
  const dir = storyDir(contentDir(), slug);
  const content = readContent(dir);
  const file = (key: DataFileKey) => ({ file: content.files[key].path, entries: entriesOf(content.files[key].text) });
  const storyFile = readRawFile(dir, STORY_FILE);
  const parsedStory = storyFile.text === null ? undefined : parseYaml(storyFile.text);
  const story = (parsedStory?.ok ? (parsedStory.value as Record<string, Record<string, unknown>>)?.[slug] : undefined) ?? {};
  const sections = content.sections.map((s) => {
    const { id, body } = readSectionText(s.text);
    const heading = /^heading:\s*["']?(.*?)["']?\s*$/m.exec(s.text)?.[1] ?? '';
    return { file: s.path, id: id ?? s.path, body, heading };
  });
  return checklist({
    positions: file('positions'),
    movements: file('movements'),
    statements: file('statements'),
    corrections: file('corrections'),
    all: [{ file: storyFile.path, entries: [{ id: slug, ...story }] }, ...(Object.keys(DATA_FILES) as DataFileKey[]).map(file)],
    sections,
    shareTitles: [
      { file: storyFile.path, entry: slug, title: String(story.headline ?? '') },
      ...sections.map((s) => ({ file: s.file, entry: s.id, title: s.heading })),
    ].filter((t) => t.title),
    today,
  });
}
