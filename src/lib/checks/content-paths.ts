// Where the stories' content lives. One place, shared by src/content.config.ts and the build-time
// validator, so both always read the same files.
//
//   content/                  the content root (EXPLAINER_CONTENT_DIR points tests at a fixture root)
//     site.yaml               what every story shares
//     stories/<slug>/         one story: story/ (metadata, article, sections) and data/ (the data files)

/** The content root, relative to the project root, unless EXPLAINER_CONTENT_DIR says otherwise (tests build fixture roots with it). */
export const DEFAULT_CONTENT_DIR = './content';

/** The site-wide settings file, inside the content root. */
export const SITE_FILE = 'site.yaml';

/** The folder of story folders, inside the content root. */
export const STORIES_DIR = 'stories';

/** The data files inside a story folder, by collection name. */
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
  /** The story's own words and colours: sides, statuses, areas, the map's title and countries. */
  vocabulary: 'data/vocabulary.yaml',
} as const;

/** Data files a story may leave out: a missing one reads as an empty list. */
export const OPTIONAL_DATA_FILES: ReadonlySet<DataFileKey> = new Set(['known']);

/** Data files that hold one group of fields (name: value) rather than a list of entries. */
export const SINGLE_DATA_FILES: ReadonlySet<DataFileKey> = new Set(['vocabulary']);

export type DataFileKey = keyof typeof DATA_FILES;

/** The story metadata file and the folder of section MDX files, inside a story folder. */
export const STORY_FILE = 'story/story.yaml';
export const SECTIONS_DIR = 'story/sections';
/** The article exactly as received, one paragraph per line: the source of truth the sections must match. */
export const ARTICLE_FILE = 'story/article.txt';

/** The content root to use: EXPLAINER_CONTENT_DIR when set, else ./content. No trailing slash. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  const value = env.EXPLAINER_CONTENT_DIR?.trim();
  return (value ? value : DEFAULT_CONTENT_DIR).replace(/\/+$/, '');
}

/** A path inside a folder, e.g. contentPath('./content', SITE_FILE). */
export const contentPath = (dir: string, path: string): string => `${dir}/${path}`;

/** A story's folder inside the content root, e.g. storyDir('./content', 'macron-moscow'). */
export const storyDir = (dir: string, slug: string): string => `${dir}/${STORIES_DIR}/${slug}`;
