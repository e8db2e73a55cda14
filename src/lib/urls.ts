/** Joins the deploy base ("/" or "/sub/path/") and a site-relative path ("troop-buildup/"). */
export function withBase(base: string, path = ''): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  return cleanBase + path.replace(/^\/+/, '');
}

/** The absolute URL of a site-relative path, for canonical links and share tags. */
export function absoluteUrl(site: string | URL, base: string, path = ''): string {
  return new URL(withBase(base, path), site).href;
}

/** The path of a section's own page, relative to the base. */
export const sectionPath = (id: string): string => `${id}/`;

/** The page with every position in a table (the map's full text equivalent), relative to the base. */
export const POSITIONS_PATH = 'positions/';

/** The path of a section's share image, relative to the base. */
export const shareImagePath = (id: string): string => `share/${id}.png`;

/** The path of a statement's own page, relative to the base. */
export const statementPath = (id: string): string => `statements/${id}/`;

/** The path of a statement's share image, relative to the base. */
export const statementImagePath = (id: string): string => `share/statements/${id}.png`;

/** The path of a map view's static SVG or PNG (the PNG is the SVG at 2×), relative to the base. */
export const staticMapPath = (view: string, format: 'svg' | 'png'): string => `map/static/${view}.${format}`;

/** The path of a page's oEmbed JSON ("story", a section id, or "embed-map"), relative to the base. */
export const oembedPath = (id: string): string => `oembed/${id}.json`;

/**
 * Where a story's pages start, relative to the base: "" when the build holds one story at its root
 * (STORY=<slug>), "<slug>/" when it holds every story. Every story path above joins this prefix.
 */
export const storyPrefix = (routeSlug: string | undefined): string => (routeSlug ? `${routeSlug}/` : '');

/** The base a story's own paths join: the deploy base plus the story's prefix, e.g. "/kit/macron-moscow/". */
export const storyBase = (base: string, routeSlug: string | undefined): string => withBase(base, storyPrefix(routeSlug));

/** The path of the index of stories' share image (a build holding every story), relative to the base. */
export const INDEX_SHARE_IMAGE = 'share/index.png';
/** The "How we made this" page (method, confidence, quote checks, corrections policy), relative to the base. */
export const METHOD_PATH = 'how-we-made-this/';

/** Google's three image shapes for articles (16:9, 4:3, 1:1), each 1200 px wide; the 1200×630 card stays the og:image. */
export const SHARE_SHAPES = {
  '16x9': { width: 1200, height: 675 },
  '4x3': { width: 1200, height: 900 },
  '1x1': { width: 1200, height: 1200 },
} as const;
export type ShareShape = keyof typeof SHARE_SHAPES;

/** The path of a story or section share image in one of SHARE_SHAPES, relative to the base. */
export const shareShapePath = (id: string, shape: ShareShape): string => `share/${shape}/${id}.png`;

/**
 * A link to the feedback address in story.yaml: mailto: for an email address, the page itself for
 * an https:// address.
 */
export const feedbackHref = (feedback: string): string => (isWebAddress(feedback) ? feedback : `mailto:${feedback}`);

/** Whether story.yaml's feedback address is a web page (else it is an email address). */
export const isWebAddress = (address: string): boolean => /^https?:\/\//.test(address);

/** The absolute URLs and sizes of a story or section card in SHARE_SHAPES, for the JSON-LD `image`. */
export const shareShapeImages = (site: string | URL, base: string, id: string): { url: string; width: number; height: number }[] =>
  (Object.keys(SHARE_SHAPES) as ShareShape[]).map((shape) => ({ url: absoluteUrl(site, base, shareShapePath(id, shape)), ...SHARE_SHAPES[shape] }));
