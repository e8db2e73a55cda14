import { z } from 'astro/zod';
import { kebabId } from './section';
import { isoDate, latitude, longitude } from './fields';

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
 * The story map's settings (`content/data/map.yaml`, exactly one entry). The build checks every
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
  })
  .strict();

export type MapConfig = z.infer<typeof mapSchema>;
export type MapBounds = MapConfig['bounds'];
