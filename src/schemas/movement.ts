import { z } from 'astro/zod';
import { kebabId } from './section';
import { provenanceFields, refId, text } from './fields';
import { forceSide } from './position';

/** Where a movement is on the map's date: the id of a movement status in the story's vocabulary.yaml, e.g. "under-way". */
export const movementStatus = kebabId;

/** One end of a movement. Without `position` the end has no coordinate and is not plotted. */
const endpointSchema = z
  .object({
    /** Name of the place, e.g. "Fort Bragg, North Carolina". */
    label: text,
    /** Id of the position (positions.yaml) that plots this end. Leave out when the brief gives no coordinate. */
    position: refId.optional(),
  })
  .strict();

/** Forces moving from one place to another (`content/stories/<slug>/data/movements.yaml`). */
export const movementSchema = z
  .object({
    /** Permanent kebab-case id, e.g. "us-2cr-vilseck-to-mk". */
    id: kebabId,
    /** Short name for the map and tables. */
    label: text,
    /** Whose forces are moving: a side of vocabulary.yaml. */
    side: forceSide,
    /** Where the movement stands on the map's date. */
    status: movementStatus,
    /** Which units and what equipment are moving. */
    what: text,
    /** Where they come from. */
    from: endpointSchema,
    /** Where they are going. */
    to: endpointSchema,
    /** How many, in words, as published. */
    strength: text.optional(),
    ...provenanceFields,
  })
  .strict();

export type Movement = z.infer<typeof movementSchema>;
export type MovementStatus = z.infer<typeof movementStatus>;
