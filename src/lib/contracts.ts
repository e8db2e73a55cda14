// The client-side contracts: the names that the HTML built by the components and the scripts that
// run in the browser must agree on, kept in one place so neither side can drift from the other.
// Every value is public in some way: ids are URL fragments readers share and link to, and the
// attributes are CSS hooks and what the tests select on. Rename a constant freely; never change a
// value. CSS cannot import this module: the stylesheets that select on an attribute say so beside it
// (positions-map-stage.css: data-live; global.css: --sticky-map).

// ---- The section being read ---------------------------------------------------------------------

/**
 * The event SectionTracker.astro dispatches on `document` when the section in the reading zone
 * changes; the static maps, the live map, the cards beside the text, the rail and the full list follow it.
 */
export const SECTION_EVENT = 'story:section';

/** The event's detail: the section's id, or null above the first section and below the last. */
export interface SectionEventDetail {
  id: string | null;
}

/** The event itself: `new CustomEvent<SectionEventDetail>(SECTION_EVENT, { detail: { id } })`. */
export type SectionEvent = CustomEvent<SectionEventDetail>;

// Types document.addEventListener(SECTION_EVENT, …): the listener gets a CustomEvent whose detail is
// checked, with no cast. A typed listen/dispatch helper would be shared code, which the bundler puts
// in a chunk of its own that every early script imports (measured: +644 bytes gzip of JavaScript
// before intent); the names below are constants, which the build inlines (astro.config.mjs), so
// naming them here costs the reader nothing.
declare global {
  interface DocumentEventMap {
    [SECTION_EVENT]: SectionEvent;
  }
}

// ---- The map's frame (PositionsMap.astro's <section class="positions-map">) -------------------------------
// Attribute names on the frame and inside it. Plain string constants, not an object, so the build
// can inline them (see above).

/** The live map's state on the frame: idle, loading, ready or failed (src/lib/map/live-state.ts). */
export const LIVE_ATTR = 'data-live';
/** The "Explore the map" button, shown once client:intent runs. */
export const LIVE_EXPLORE_ATTR = 'data-live-explore';
/** The live region that says the live map is loading or could not load. */
export const LIVE_NOTE_ATTR = 'data-live-note';
/** The view whose map is on screen (on the frame; the live map's container carries it too). */
export const VIEW_ATTR = 'data-view';
/** The reader's view, set at once, before its static image has arrived (static-map-follow.ts). */
export const READER_VIEW_ATTR = 'data-reader-view';
/** A <Place> id waiting for the live map to load, which then focuses its marker. */
export const FOCUS_PLACE_ATTR = 'data-focus-place';

/** The height the sticky map covers at the top of the window on phones (map-toggle.ts sets it on <html>). */
export const STICKY_MAP_PROPERTY = '--sticky-map';

// ---- Ids more than one file links to ------------------------------------------------------------

/** Element ids that links, scripts and the tests name from other files (for server-rendered markup). */
export const DOM_IDS = {
  /** The story's text (each layout's <main>): the skip link and "Back to the start of the text". */
  main: 'main',
  /** The full "Who said what" list. */
  whoSaidWhat: 'who-said-what',
  /** The story's corrections log (a section page links to the story's). */
  corrections: 'corrections',
  /** The table of every position on /positions/. */
  positionsTable: 'positions-table',
} as const;

/** A position's row in the positions table (/positions/#position-ID). */
export const positionDomId = (id: string): string => `position-${id}`;

/** A timeline entry on the story page (#timeline-ID). */
export const timelineDomId = (id: string): string => `timeline-${id}`;

/** The HTML ids a statement uses on a page. They are public (permalinks): never change the scheme. */
export interface StatementDomIds {
  /** The sidebar entry: "statement-ID", the permalink target. */
  entry: string;
  /** The marked words in the article: "quote-ID". */
  passage: string;
  /** The entry's speaker line, which describes the passage's link. */
  speaker: string;
}

/** The prefixes of a statement's entry and passage ids, for browser scripts (constants inline; a function would not). */
export const STATEMENT_ID_PREFIX = 'statement-';
export const QUOTE_ID_PREFIX = 'quote-';

export const statementDomIds = (id: string): StatementDomIds => ({
  entry: `${STATEMENT_ID_PREFIX}${id}`,
  passage: `${QUOTE_ID_PREFIX}${id}`,
  speaker: `${STATEMENT_ID_PREFIX}${id}-speaker`,
});
