// Where the story's content lives. One place, shared by src/content.config.ts and the build-time
// validator, so both always read the same files.

/** The content folder, relative to the project root, unless EXPLAINER_CONTENT_DIR says otherwise (tests build fixture stories with it). */
export const DEFAULT_CONTENT_DIR = './content';

/** The data files inside the content folder, by collection name. */
export const DATA_FILES = {
  sources: 'data/sources.yaml',
  positions: 'data/positions.yaml',
  movements: 'data/movements.yaml',
  speakers: 'data/speakers.yaml',
  statements: 'data/statements.yaml',
  timeline: 'data/timeline.yaml',
  map: 'data/map.yaml',
  corrections: 'data/corrections.yaml',
  /** Optional: the "What we know, and what we don't" box's totals and later developments. */
  known: 'data/known.yaml',
} as const;

/** Data files a story may leave out: a missing one reads as an empty list. */
export const OPTIONAL_DATA_FILES: ReadonlySet<DataFileKey> = new Set(['known']);

export type DataFileKey = keyof typeof DATA_FILES;

/** The story metadata file and the folder of section MDX files, inside the content folder. */
export const STORY_FILE = 'story/story.yaml';
export const SECTIONS_DIR = 'story/sections';
/** The article exactly as received, one paragraph per line: the source of truth the sections must match. */
export const ARTICLE_FILE = 'story/article.txt';

/** The content folder to use: EXPLAINER_CONTENT_DIR when set, else ./content. No trailing slash. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  const value = env.EXPLAINER_CONTENT_DIR?.trim();
  return (value ? value : DEFAULT_CONTENT_DIR).replace(/\/+$/, '');
}

/** A path inside the content folder, e.g. contentPath('./content', DATA_FILES.positions). */
export const contentPath = (dir: string, path: string): string => `${dir}/${path}`;
