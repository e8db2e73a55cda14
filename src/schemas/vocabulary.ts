import { z } from 'astro/zod';
import { kebabId } from './section';
import { text } from './fields';

// A story's own words and colours (`content/stories/<slug>/data/vocabulary.yaml`): who its sides
// are, what its statuses and areas are called, which countries its map names. The engine knows
// none of them; positions, movements, speakers and map.yaml may only use the ids declared here.

/** A colour as #rrggbb, e.g. "#1f5fbf". */
const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb, e.g. "#1f5fbf"');

/** The marker shapes the map can draw: each side has its own, so colour is never the only cue. */
export const SHAPES = ['square', 'diamond', 'triangle', 'circle'] as const;

/**
 * How the map draws a point of a status: solid; outline with a dot; dashed outline; struck through;
 * dotted outline; dotted outline with a question mark.
 */
export const MARKS = ['solid', 'dot', 'dashed', 'struck', 'dotted', 'question'] as const;

/** "1 position of US forces", "2 positions of US forces": the words after the number. */
const countWords = z.object({ one: text, other: text }).strict();

/** How the map draws and names a side's points. A side without it cannot have positions or movements. */
const sideMapSchema = z
  .object({
    /** The side in the map's key and the table's groups; it may span places: "Russian forces in Russia and Crimea". */
    name: text,
    /** One point of the side, in one place: "Russian forces in Russia". */
    point: text,
    /**
     * The side's forces without a place, for a point in one of `areas`: "Russian forces" gives
     * "Russian forces in Crimea, annexed by Russia in 2014". Needed only when a point of the side has an `area`.
     */
    forces: text.optional(),
    /** The words after a count: { one: "position of US forces", other: "positions of US forces" }. */
    count: countWords,
    /** The marker's shape: square, diamond, triangle or circle. */
    shape: z.enum(SHAPES),
    /** The marker's and the arrows' colour on the map (light and dark maps alike). */
    colour: hexColour,
  })
  .strict();

/** How a side's speakers are tagged in "Who said what". A side without it cannot have speakers. */
const sideSpeakersSchema = z
  .object({
    /** The side in a word or a few, as the statements' tags and filter show it: "United States". */
    name: text,
    /** The tags' and cards' colour on a light page and on a dark page; both must read as text. */
    colour: z.object({ light: hexColour, dark: hexColour }).strict(),
  })
  .strict();

/** One side of the story (whose forces, whose words). The list's order is the key's and the filter's order. */
const sideSchema = z
  .object({
    /** Permanent kebab-case id, used by positions, movements and speakers: "us". */
    id: kebabId,
    map: sideMapSchema.optional(),
    speakers: sideSpeakersSchema.optional(),
  })
  .strict();

/** What the map says about the forces at a place on the map's date. The list's order is the key's order. */
const statusSchema = z
  .object({
    /** Permanent kebab-case id, used by positions: "present". */
    id: kebabId,
    /** The status in a word or two, in the table and the map's text: "drawn down". */
    name: text,
    /** Its plural where counting changes it: "exercise areas". */
    plural: text.optional(),
    /** How the map draws it (see MARKS). */
    mark: z.enum(MARKS),
    /** The key's line for it: "Dashed outline: ordered, not yet there". */
    key: text,
    /** True when a point with this status is reported but not confirmed ("What we know": "Reported, not confirmed"). */
    unsettled: z.boolean().default(false),
  })
  .strict();

/** Where a movement stands on the map's date. */
const movementStatusSchema = z
  .object({
    /** Permanent kebab-case id, used by movements: "under-way". */
    id: kebabId,
    /** In words: "under way". */
    name: text,
    /** What a dashed arrow means, for the key, when this status is drawn dashed: "announced, not yet under way". */
    dashed: text.optional(),
  })
  .strict();

/** A place a point may lie in when its side's name alone would mislead (positions' `area`). */
const areaSchema = z
  .object({
    /** Permanent kebab-case id, used by positions and map.yaml's `recognised`: "crimea". */
    id: kebabId,
    /** The place as readers read it after the side's `forces`: "Crimea, annexed by Russia in 2014". */
    name: text,
    /**
     * Words that place a point here: a position whose label or `marks` holds one of them must say
     * `area: <id>`, or the build stops.
     */
    words: z.array(text).min(1, 'needs at least one word that places a point in the area, e.g. its name'),
    /** One sentence for "How we made this" on how such points are labelled. */
    method: text.optional(),
  })
  .strict();

/** The map's own words, and which countries it names. */
const vocabularyMapSchema = z
  .object({
    /** The map's title, before its date: "Troop positions" gives "Troop positions as of 7 Feb 2022". */
    title: text,
    /** The map's name inside a sentence, lower-case: "troop map" (the site capitalises it at a sentence's start). */
    name: text,
    /** One point of the map inside a sentence, lower-case: { one: "troop position", other: "troop positions" }. */
    point: countWords,
    /** The whole map's caption: "Every plotted position, from Germany to Russia". */
    overviewCaption: z.string().min(3).max(80),
    /** The country the story is about, drawn with its own tint; its name as in world-atlas ("Ukraine"). */
    focusCountry: text.optional(),
    /** Countries whose names the map shows, as spelled in world-atlas. */
    labelledCountries: z.array(text).default([]),
  })
  .strict();

/** The story's vocabulary (`content/stories/<slug>/data/vocabulary.yaml`). */
export const vocabularySchema = z
  .object({
    /** The line above the headline, after "Explainer ·": what the story is about, e.g. "Russia, Ukraine and the West". */
    kicker: text,
    map: vocabularyMapSchema,
    sides: z.array(sideSchema).min(1, 'needs at least one side'),
    statuses: z.array(statusSchema).min(1, 'needs at least one status'),
    movementStatuses: z.array(movementStatusSchema).default([]),
    areas: z.array(areaSchema).default([]),
  })
  .strict();

export type Vocabulary = z.infer<typeof vocabularySchema>;
export type VocabularySide = Vocabulary['sides'][number];
export type VocabularyStatus = Vocabulary['statuses'][number];
export type VocabularyArea = Vocabulary['areas'][number];
export type Shape = (typeof SHAPES)[number];
export type Mark = (typeof MARKS)[number];
