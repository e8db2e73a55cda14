import { z } from 'astro/zod';
import { kebabId } from './section';
import { latitude, longitude, provenanceFields, refId, text } from './fields';

/** Whose forces (not whose land): the id of a side the story declares in its vocabulary.yaml, e.g. "us". */
export const forceSide = kebabId;

/**
 * Where a point lies, when its side's name alone would mislead: the id of an area in the story's
 * vocabulary.yaml (e.g. "crimea"). map.yaml's `recognised` rules use the same ids.
 */
export const positionArea = kebabId;

/**
 * What the map shows about the forces at this place on the map's date (see `asOf` in map.yaml): the
 * id of a status in the story's vocabulary.yaml, e.g. "present" or "announced".
 */
export const positionStatus = kebabId;

/** Published strength: always in words; as numbers only where a figure is published. */
const strengthSchema = z
  .object({
    /** The strength in words, as the sources give it, e.g. "~300", "none published". */
    text,
    /** Lowest published number: "~300" gives 300; ">1,000" gives 1000. Leave out when none is published. */
    min: z.number().int().nonnegative().optional(),
    /** Highest published number: "~300" gives 300; leave out for ">1,000". */
    max: z.number().int().nonnegative().optional(),
  })
  .strict()
  .refine((s) => s.min === undefined || s.max === undefined || s.min <= s.max, {
    error: 'min must not be more than max',
    path: ['min'],
  });

/** One place on the map (`content/stories/<slug>/data/positions.yaml`). */
export const positionSchema = z
  .object({
    /** Permanent kebab-case id, e.g. "ru-yelnya". Links and the map refer to it: never change a published one. */
    id: kebabId,
    /** Short name on the map and in tables, e.g. "Yelnya (Smolensk oblast)". */
    label: text,
    /** Whose forces are there: a side of vocabulary.yaml. */
    side: forceSide,
    /**
     * Where the point lies, when the side's name alone would mislead: an area of vocabulary.yaml,
     * e.g. `crimea` for a point in Crimea. The map then says "Russian forces in Crimea, annexed by
     * Russia in 2014", never "in Russia".
     */
    area: positionArea.optional(),
    /** What the map says about them on the map's date: a status of vocabulary.yaml. */
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
