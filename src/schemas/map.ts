import { z } from 'astro/zod';
import { kebabId } from './section';
import { isoDate, latitude, longitude, text } from './fields';
import { positionArea } from './position';

/** The map's frame: the box every plotted position must fall inside. */
const boundsSchema = z
  .object({
    /** Southern edge, a latitude in decimal degrees. */
    south: latitude,
    /** Western edge, a longitude in decimal degrees. */
    west: longitude,
    /** Northern edge, a latitude in decimal degrees. */
    north: latitude,
    /** Eastern edge, a longitude in decimal degrees. */
    east: longitude,
  })
  .strict()
  .refine((b) => b.south < b.north, { error: 'south must be less than north', path: ['south'] })
  .refine((b) => b.west < b.east, { error: 'west must be less than east', path: ['west'] });

/**
 * Land the basemap (Natural Earth, through world-atlas) draws inside one country that is
 * internationally recognised as another's: the build gives every shape of `drawnIn` lying wholly
 * inside `region` to `country`, dissolving the border between them, and fails if a position of
 * `area` still falls in any shape but `country`'s (src/lib/map/recognised.ts, check-basemap.ts).
 */
const recognisedSchema = z
  .object({
    /** The positions' `area` this land holds, an area of vocabulary.yaml, e.g. "crimea". */
    area: positionArea,
    /** The basemap's name for the country it wrongly draws the land in, e.g. "Russia". */
    drawnIn: text,
    /** The basemap's name for the country the land is recognised as part of, e.g. "Ukraine". */
    country: text,
    /** Our own frame around the land, as [longitude, latitude] corners (not a border: it only picks the shapes). */
    region: z.array(z.tuple([longitude, latitude])).min(3, 'needs at least 3 corners'),
  })
  .strict();

/**
 * The story map's settings (`content/stories/<slug>/data/map.yaml`, exactly one entry). The build checks every
 * position against them, and the map uses them as its initial view.
 */
export const mapSchema = z
  .object({
    /** Always "story-map". */
    id: kebabId,
    /** The day the map shows. A position whose `asOf` is later than this does not belong on the map. */
    asOf: isoDate,
    /** Our editorial frame around every plotted position (with a margin); not a fact from the brief. */
    bounds: boundsSchema,
    /** Where the basemap's borders are not the recognised ones, and whose land it is. */
    recognised: z.array(recognisedSchema).optional(),
  })
  .strict();

export type MapConfig = z.infer<typeof mapSchema>;
export type MapBounds = MapConfig['bounds'];
export type RecognisedArea = z.infer<typeof recognisedSchema>;
