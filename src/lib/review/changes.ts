// What changed in a story's data since a git ref, as a copy editor reads it: entries compared by
// id, each changed field shown old → new in plain text, never as a raw diff. Pure: texts in, changes out.
import { parseYaml } from '../data/yaml';

export interface FieldChange {
  /** Dotted field, e.g. "strength.text"; list items are shown whole. */
  field: string;
  /** The value before, as text; undefined when the field was added. */
  before?: string;
  /** The value now, as text; undefined when the field was removed. */
  after?: string;
}

export interface EntryChange {
  id: string;
  change: 'added' | 'removed' | 'changed';
  /** For a changed entry, each changed field; for an added or removed one, its fields. */
  fields: FieldChange[];
}

/** A value as one line of text: lists joined with "; ", nested fields flattened by the caller. */
function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(show).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** An entry's fields flattened to dotted names (lists stay one value). */
function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) {
      for (const [k, v] of flatten(inner, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  } else if (prefix) {
    out.set(prefix, show(value));
  }
  return out;
}

/** The entries of a YAML list by id (entries without a text id are left out); empty for a missing or broken file. */
function entriesById(text: string | null): Map<string, unknown> {
  const parsed = text === null ? undefined : parseYaml(text);
  const list = parsed?.ok && Array.isArray(parsed.value) ? parsed.value : [];
  const byId = new Map<string, unknown>();
  for (const item of list) {
    const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    if (typeof id === 'string') byId.set(id, item);
  }
  return byId;
}

/** Every entry added, removed or changed between two versions of a data file, in the new file's order (removed ones last). */
export function entryChanges(before: string | null, after: string | null): EntryChange[] {
  const old = entriesById(before);
  const now = entriesById(after);
  const changes: EntryChange[] = [];
  for (const [id, entry] of now) {
    const fields = flatten(entry);
    // The id is the entry's name in the list, not one of its changes.
    fields.delete('id');
    if (!old.has(id)) {
      changes.push({ id, change: 'added', fields: [...fields].map(([field, value]) => ({ field, after: value })) });
      continue;
    }
    const was = flatten(old.get(id));
    was.delete('id');
    const changed: FieldChange[] = [];
    for (const [field, value] of fields) if (was.get(field) !== value) changed.push({ field, before: was.get(field), after: value });
    for (const [field, value] of was) if (!fields.has(field)) changed.push({ field, before: value });
    if (changed.length) changes.push({ id, change: 'changed', fields: changed });
  }
  for (const [id, entry] of old) {
    if (!now.has(id)) changes.push({ id, change: 'removed', fields: [...flatten(entry)].filter(([field]) => field !== 'id').map(([field, value]) => ({ field, before: value })) });
  }
  return changes;
}
