// The JSDoc written on each field of the zod schemas (src/schemas), read from their source with
// TypeScript's parser, so the editor's JSON Schemas carry the same words as the code without
// a second copy to keep in step.
import ts from 'typescript';

/** The documented fields of one object literal in a schema file (`z.object({ … })`, or a shared group of fields). */
export interface FieldGroup {
  /** Every field name the literal declares itself (spread groups are separate). */
  keys: Set<string>;
  /** Field name → its JSDoc, whitespace collapsed. */
  docs: Map<string, string>;
}

const docOf = (node: ts.Node): string | undefined => {
  const text = ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((d) => ts.getTextOfJSDocComment(d.comment) ?? '')
    .join(' ');
  return text.trim() ? text.replace(/\s+/g, ' ').trim() : undefined;
};

/** Every object literal of a TypeScript source with at least one documented field. */
export function fieldGroups(source: string, fileName = 'schema.ts'): FieldGroup[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const groups: FieldGroup[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const group: FieldGroup = { keys: new Set(), docs: new Map() };
      for (const prop of node.properties) {
        if (!(ts.isPropertyAssignment(prop) || ts.isShorthandPropertyAssignment(prop)) || !prop.name) continue;
        const key = ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name) ? prop.name.text : undefined;
        if (key === undefined) continue;
        group.keys.add(key);
        const doc = docOf(prop);
        if (doc) group.docs.set(key, doc);
      }
      if (group.docs.size) groups.push(group);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return groups;
}

/**
 * The doc for `key` in an object whose fields are `keys`: from the largest group of fields that the
 * object holds entirely (a schema's own literal, or a shared group spread into it). Matching by the
 * whole set keeps a `note` of one schema from describing the `note` of another.
 */
export function docFor(groups: FieldGroup[], keys: Set<string>, key: string): string | undefined {
  const fits = groups.filter((g) => g.docs.has(key) && [...g.keys].every((k) => keys.has(k)));
  fits.sort((a, b) => b.keys.size - a.keys.size);
  return fits[0]?.docs.get(key);
}
