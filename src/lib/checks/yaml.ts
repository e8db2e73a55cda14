// YAML reading shared by the content collections (as the file loader's parser) and the validator,
// so both see exactly the same values. YAML 1.2: an unquoted 2022-02-07 stays text, never a Date.
import { parseDocument } from 'yaml';

export type YamlResult = { ok: true; value: unknown } | { ok: false; message: string };

/** Parses YAML text; on failure, a one-line reason with the line and column. */
export function parseYaml(text: string): YamlResult {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const firstLine = error.message.split('\n')[0]!.replace(/:$/, '');
    return { ok: false, message: `is not valid YAML: ${firstLine}` };
  }
  return { ok: true, value: doc.toJS() };
}

/** Parser for Astro's file() loader: throws on invalid YAML (the validator has already named the problem). */
export function yamlLoaderParser(text: string): Array<Record<string, unknown>> {
  const result = parseYaml(text);
  if (!result.ok) throw new Error(result.message);
  return result.value as Array<Record<string, unknown>>;
}
