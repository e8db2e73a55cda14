/** Byte budgets (gzip) for the built site, checked by tests/build/budgets.test.ts and shown by `npm run bench`. */
export const BUDGETS = {
  /**
   * The story page's HTML (inline scripts included) plus its stylesheets. Includes the full positions
   * table (27 sourced rows, about 9 KB) that the troop map's text equivalent needs on the page;
   * Leaflet's CSS is not counted: the map island loads it with the map.
   */
  storyHtmlAndCss: 40 * 1024,
  /** Every JavaScript file the story page can load, dynamic imports included. */
  storyAllJs: 130 * 1024,
  /** JavaScript a section page loads, not counting the map island's own code. */
  sectionJsWithoutMap: 10 * 1024,
} as const;
