// Which schema checks which data file. content.config.ts and the validator both use this table.
import { correctionSchema } from '../../schemas/correction';
import { knownEntrySchema } from '../../schemas/known';
import { mapSchema } from '../../schemas/map';
import { movementSchema } from '../../schemas/movement';
import { positionSchema } from '../../schemas/position';
import { sourceSchema } from '../../schemas/source';
import { speakerSchema } from '../../schemas/speaker';
import { statementSchema } from '../../schemas/statement';
import { timelineEntrySchema } from '../../schemas/timeline';
import { vocabularySchema } from '../../schemas/vocabulary';
import type { DataFileKey } from './content-paths';

export const DATA_SCHEMAS = {
  sources: sourceSchema,
  positions: positionSchema,
  movements: movementSchema,
  speakers: speakerSchema,
  statements: statementSchema,
  timeline: timelineEntrySchema,
  map: mapSchema,
  corrections: correctionSchema,
  known: knownEntrySchema,
  vocabulary: vocabularySchema,
} as const satisfies Record<DataFileKey, unknown>;
