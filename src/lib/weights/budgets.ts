/** Byte budgets (gzip) for the built site, checked by tests/build/budgets.test.ts and shown by `npm run bench`. */
export const BUDGETS = {
  /**
   * The story page's HTML (inline scripts included) plus its stylesheets. Leaflet's CSS is not
   * counted: the map island loads it with the map. The full positions table lives on /positions/.
   */
  storyHtmlAndCss: 30 * 1024,
  /** Every JavaScript file the story page can load, dynamic imports included. */
  storyAllJs: 130 * 1024,
  /** JavaScript a section page loads, not counting the map island's own code. */
  sectionJsWithoutMap: 10 * 1024,
} as const;
