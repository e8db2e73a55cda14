/** Byte budgets (gzip) for the built site, checked by tests/build/budgets.test.ts and shown by `npm run bench`. */
export const BUDGETS = {
  /**
   * The story page's HTML (inline scripts included) plus its stylesheets. Leaflet's CSS is not
   * counted: the map island loads it with the map. The full positions table lives on /positions/.
   * Raised from 30 KB when the page took on the corrections log, each view's static map text (for
   * the maps that follow the reader) and the cards beside the text, then from 38 KB when it took on
   * the "What we know" box (about 2.4 KB, its lists folded); the first view as a whole is held to
   * storyFirstView. The statements' Quotations and the corrections' words are not repeated in the
   * page's JSON-LD (they are on the statements' pages and in the page's own list): 38.3 KB on 3 Dec 2026.
   */
  storyHtmlAndCss: 40 * 1024,
  /**
   * The story's first view: HTML, CSS, JavaScript before intent and the images it shows (the
   * current view's static map). The live map waits for the reader's intent. 57.8 KB on 3 Dec 2026.
   */
  storyFirstView: 60 * 1024,
  /**
   * JavaScript any page with the map runs before the reader reaches for the live map: its scripts
   * plus the inline ones (Astro's island runtime and client:intent). Scrolling adds none.
   * 9,804 bytes on 3 Dec 2026.
   */
  jsBeforeIntent: 10 * 1024,
  /**
   * Every JavaScript file the story page can load, the live map on intent and dynamic imports included.
   * Raised from 128 KB on 3 Dec 2026 (measured 128.6 KB) when the live map took on details in the
   * text with Back, two-finger panning, arrow keys between markers and measured labels (about
   * 2.6 KB, all after intent).
   */
  storyAllJs: 132 * 1024,
  /** JavaScript a section page loads, not counting the map island's own code. */
  sectionJsWithoutMap: 10 * 1024,
} as const;
