import { z } from 'astro/zod';
import { kebabId } from './section';
import { latitude, longitude, provenanceFields, refId, text } from './fields';

/** Whose forces (not whose land): Russian forces in Russia and Crimea, Russian forces in Belarus, US forces, NATO battlegroups. */
export const forceSide = z.enum(['russia', 'russia-in-belarus', 'us', 'nato']);

/**
 * Where a point lies, when its side's name alone would mislead: `crimea` for Crimea (annexed by
 * Russia in 2014; FACTS §5, item 13). map.yaml's `recognised` rules use the same names.
 */
export const positionArea = z.enum(['crimea']);

/**
 * What the map shows about the forces at this place on the map's date (see `asOf` in map.yaml):
 * present (reported there by a dated source; `asOf` gives the date), drawn-down (reported largely vacated),
 * announced (ordered, not yet arrived), arriving, exercise-area (a named exercise venue, no imagery
 * found), unconfirmed (named in coverage, no source places forces there around the map's date).
 */
export const positionStatus = z.enum(['present', 'drawn-down', 'announced', 'arriving', 'exercise-area', 'unconfirmed']);

/** Published strength: always in words; as numbers only where a troop figure is published. */
const strengthSchema = z
  .object({
    /** The strength in words, as the sources give it, e.g. "~300", "none published". */
    text,
    /** Lowest published troop number: "~300" gives 300; ">1,000" gives 1000. Leave out when none is published. */
    min: z.number().int().nonnegative().optional(),
    /** Highest published troop number: "~300" gives 300; leave out for ">1,000". */
    max: z.number().int().nonnegative().optional(),
  })
  .strict()
  .refine((s) => s.min === undefined || s.max === undefined || s.min <= s.max, {
    error: 'min must not be more than max',
    path: ['min'],
  });

/** One place on the troop map (`content/stories/<slug>/data/positions.yaml`). */
export const positionSchema = z
  .object({
    /** Permanent kebab-case id, e.g. "ru-yelnya". Links and the map refer to it: never change a published one. */
    id: kebabId,
    /** Short name on the map and in tables, e.g. "Yelnya (Smolensk oblast)". */
    label: text,
    /** Whose forces are there. */
    side: forceSide,
    /**
     * Where the point lies, when the side's name alone would mislead: `crimea` for a point in
     * Crimea (annexed by Russia in 2014; FACTS §5, item 13). The map then says "Russian forces in
     * Crimea, annexed by Russia in 2014", never "in Russia".
     */
    area: positionArea.optional(),
    /** What the map says about them on the map's date. */
    status: positionStatus,
    /** What is there: units and equipment, as reported. */
    what: text,
    /** Latitude of the plotted point, decimal degrees (WGS84), 4 decimals. */
    lat: latitude,
    /** Longitude of the plotted point, decimal degrees (WGS84), 4 decimals. */
    lng: longitude,
    /**
     * What the coordinate marks. Most points are a town centre near the site, not the site itself:
     * say so, e.g. "Klintsy town centre" or "Airport reference point".
     */
    marks: text,
    /** The source of the coordinate itself: "s31" (GeoNames) for town centres, otherwise the reference cited. */
    coordinateSource: refId,
    /** How many troops or how much equipment, as published. */
    strength: strengthSchema,
    ...provenanceFields,
  })
  .strict();

export type Position = z.infer<typeof positionSchema>;
export type PositionArea = z.infer<typeof positionArea>;
export type ForceSide = z.infer<typeof forceSide>;
export type PositionStatus = z.infer<typeof positionStatus>;
