// Turns zod's findings into plain-words problems that name the file, the entry and the field.
import type { z } from 'astro/zod';
import type { DataProblem } from './problems';

type Issue = z.core.$ZodIssue & { input?: unknown };
interface SchemaDef {
  type: string;
  shape?: Record<string, { def: SchemaDef }>;
  innerType?: { def: SchemaDef };
  element?: { def: SchemaDef };
}

/** The field names allowed at `path` in a schema, for "did you mean" hints on unknown fields. */
function fieldsAt(def: SchemaDef, path: PropertyKey[]): string[] {
  let current: SchemaDef | undefined = def;
  for (const key of path) {
    while (current && (current.type === 'optional' || current.type === 'default') && current.innerType) current = current.innerType.def;
    if (!current) return [];
    current = typeof key === 'number' ? current.element?.def : current.shape?.[String(key)]?.def;
  }
  while (current && (current.type === 'optional' || current.type === 'default') && current.innerType) current = current.innerType.def;
  return current?.shape ? Object.keys(current.shape) : [];
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  string: 'text',
  array: 'a list',
  object: 'a group of fields',
  boolean: 'true or false',
};

/** How a YAML value reads to an editor: the text "abc", the number 5, a list… */
function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a group of fields';
}

/** Where a path points: dotted field names plus the 1-based place in a list. */
function locate(path: PropertyKey[]): { field?: string; item?: number } {
  const keys = path.filter((k) => typeof k !== 'number').map(String);
  const last = [...path].reverse().find((k) => typeof k === 'number');
  return { field: keys.length ? keys.join('.') : undefined, item: typeof last === 'number' ? last + 1 : undefined };
}

function wording(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'is missing (required)'
        : `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describe(issue.input)}`;
    case 'invalid_value':
      return `${JSON.stringify(issue.input)} is not allowed; use one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format': {
      const quoted = JSON.stringify(issue.input);
      return typeof issue.input === 'string' && !issue.message.includes(quoted) ? `${quoted} ${issue.message}` : issue.message;
    }
    default:
      return issue.message;
  }
}

/** Checks one entry against its schema and words every finding for the editor. */
export function checkEntry<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  where: { file: string; entry?: string },
): { data?: z.infer<S>; problems: DataProblem[] } {
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const def = (schema as unknown as { def: SchemaDef }).def;
  const problems: DataProblem[] = [];
  for (const issue of result.error.issues as Issue[]) {
    if (issue.code === 'unrecognized_keys') {
      const known = fieldsAt(def, issue.path);
      for (const key of issue.keys) {
        problems.push({
          ...where,
          ...locate([...issue.path, key]),
          message: `is not a field of this entry; check the spelling${known.length ? ` (the fields are: ${known.join(', ')})` : ''}`,
        });
      }
      continue;
    }
    problems.push({ ...where, ...locate(issue.path), message: wording(issue) });
  }
  return { problems };
}
