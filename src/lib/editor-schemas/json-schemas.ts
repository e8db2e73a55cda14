// JSON Schemas for the editor (VS Code's YAML extension and any yaml-language-server client): one per
// data file kind, from the same zod schemas the build checks with, with each field's description
// and, for one story, the ids a reference may take (a speaker, a source, a section…) as enums.
import { z } from 'astro/zod';
import { docFor, type FieldGroup } from './field-docs';

type JsonSchema = { [key: string]: unknown };

/** The ids of one story that references may point to, by what they name. */
export interface StoryIds {
  sources: string[];
  speakers: string[];
  sections: string[];
  positions: string[];
  movements: string[];
  statements: string[];
  timeline: string[];
}

/** Which ids a field names, by field name: `speaker: x`, `sources: [x]`, `from: { position: x }`, `touches.positions: [x]`. */
export const REFERENCE_FIELDS: Readonly<Record<string, keyof StoryIds>> = {
  speaker: 'speakers',
  source: 'sources',
  sources: 'sources',
  coordinateSource: 'sources',
  section: 'sections',
  sections: 'sections',
  position: 'positions',
  positions: 'positions',
  movements: 'movements',
  statement: 'statements',
  statements: 'statements',
  timeline: 'timeline',
};

const isObject = (v: unknown): v is JsonSchema => !!v && typeof v === 'object' && !Array.isArray(v);

/** A plain-text id field (a pattern, no closed list) turned into the story's list of ids. */
function withIds(schema: JsonSchema, ids: string[]): JsonSchema {
  if (schema.type === 'string' && !schema.enum && ids.length) return { ...schema, enum: [...ids].sort() };
  if (schema.type === 'array' && isObject(schema.items)) return { ...schema, items: withIds(schema.items, ids) };
  return schema;
}

/** Walks a JSON Schema, giving every property its field doc and, with `ids`, its reference enum. */
function annotate(schema: unknown, groups: FieldGroup[], ids: StoryIds | undefined): unknown {
  if (Array.isArray(schema)) return schema.map((s) => annotate(s, groups, ids));
  if (!isObject(schema)) return schema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) out[key] = key === 'properties' ? value : annotate(value, groups, ids);
  if (isObject(schema.properties)) {
    const keys = new Set(Object.keys(schema.properties));
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([key, value]) => {
        let prop = annotate(value, groups, ids) as JsonSchema;
        const doc = docFor(groups, keys, key);
        if (doc && !prop.description) prop = { ...prop, description: doc, markdownDescription: doc };
        const target = REFERENCE_FIELDS[key];
        if (ids && target) prop = withIds(prop, ids[target]);
        return [key, prop];
      }),
    );
  }
  return out;
}

/**
 * The JSON Schema of a data file (a list of entries checked by `entry`), or of a mapping file
 * (`shape: 'keyed'`: story.yaml, one entry keyed by the story's slug; `'single'`: site.yaml).
 * With `ids`, reference fields list the story's ids (an entry's own `id` is never a reference).
 */
export function editorSchema(entry: z.ZodType, groups: FieldGroup[], options: { shape?: 'list' | 'keyed' | 'single'; ids?: StoryIds; title: string }): JsonSchema {
  const shape = options.shape ?? 'list';
  const wrapped = shape === 'list' ? z.array(entry) : shape === 'keyed' ? z.record(z.string(), entry) : entry;
  const base = z.toJSONSchema(wrapped, { io: 'input', target: 'draft-7', unrepresentable: 'any' }) as JsonSchema;
  return { ...(annotate(base, groups, options.ids) as JsonSchema), title: options.title };
}
