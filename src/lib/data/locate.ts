// Finds the line (and column) a problem is about, so an editor's tools (the terminal, the dev
// overlay's "Open in editor") land on the entry and field rather than on the top of the file.
// YAML positions come from the `yaml` package's node ranges; MDX problems from their frontmatter
// field or from the snippet of the body they quote.
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import { splitFrontmatter } from './section-text';
import type { DataProblem } from './problems';

export interface Location {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

type Path = (string | number)[];

/** The path of keys and list indexes a problem's entry, field and item point to, in a parsed YAML value. */
function pathOf(root: unknown, p: Pick<DataProblem, 'entry' | 'field' | 'item'>): Path {
  const path: Path = [];
  const entry = p.entry;
  let here: unknown = root;
  if (entry !== undefined) {
    if (Array.isArray(root)) {
      const place = /^#(\d+)$/.exec(entry);
      const id = /^"(.*)"$/.exec(entry)?.[1];
      const index = place ? Number(place[1]) - 1 : root.findIndex((item) => item && typeof item === 'object' && (item as { id?: unknown }).id === id);
      if (index < 0 || index >= root.length) return path;
      path.push(index);
      here = root[index];
    } else if (root && typeof root === 'object') {
      const key = /^"(.*)"$/.exec(entry)?.[1];
      // story.yaml is keyed by the story; site.yaml's single entry ("site") is the file itself.
      if (key !== undefined && key in root) {
        path.push(key);
        here = (root as Record<string, unknown>)[key];
      }
    }
  }
  if (p.field === undefined) return path;
  // "recognised.2" counts list items from 1, as the messages do; "paragraph 3" is not a YAML key.
  for (const part of p.field.split('.')) {
    if (Array.isArray(here) && /^\d+$/.test(part)) {
      path.push(Number(part) - 1);
      here = here[Number(part) - 1];
    } else if (here && typeof here === 'object' && !Array.isArray(here) && part in here) {
      path.push(part);
      here = (here as Record<string, unknown>)[part];
    } else {
      return path;
    }
  }
  if (p.item !== undefined && Array.isArray(here) && p.item <= here.length) path.push(p.item - 1);
  return path;
}

/** The offset of the deepest node `path` reaches: a key's own position for a field, an item's for a list item. */
function offsetOf(doc: ReturnType<typeof parseDocument>, path: Path): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((it: Pair) => isScalar(it.key) && it.key.value === step);
      if (!pair || !isScalar(pair.key)) break;
      offset = pair.key.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | Pair | undefined;
      if (!item || isPair(item)) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

/** Where in a YAML text the problem's entry and field are written; undefined when the text is not YAML. */
export function locateInYaml(text: string, p: Pick<DataProblem, 'entry' | 'field' | 'item'>, firstLine = 1): Location | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  if (doc.errors.length) {
    const pos = doc.errors[0]!.linePos?.[0];
    return pos ? { line: pos.line + firstLine - 1, column: pos.col } : undefined;
  }
  const { line, col } = lines.linePos(offsetOf(doc, pathOf(doc.toJS(), p)));
  return { line: line + firstLine - 1, column: col };
}

/** Where in a YAML text a path of keys and 0-based list indexes points (a JSON Schema validator's instance path). */
export function locatePath(text: string, path: (string | number)[]): Location {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  const { line, col } = lines.linePos(offsetOf(doc, path));
  return { line, column: col };
}

/** Where in a section's MDX text the problem is: its snippet in the body, else its frontmatter field. */
export function locateInMdx(text: string, p: Pick<DataProblem, 'field' | 'snippet'>): Location | undefined {
  if (p.snippet) {
    const at = text.indexOf(p.snippet);
    if (at >= 0) {
      const before = text.slice(0, at).split('\n');
      return { line: before.length, column: before.at(-1)!.length + 1 };
    }
  }
  const { frontmatter } = splitFrontmatter(text);
  // The frontmatter starts on line 2, below the opening `---`.
  if (frontmatter !== undefined && p.field && !p.field.startsWith('paragraph ')) return locateInYaml(frontmatter, { field: p.field }, 2);
  return undefined;
}

/** The problem with its line and column filled in from the text of its file (`texts`, by displayed path). */
export function locateProblem(p: DataProblem, texts: ReadonlyMap<string, string | null>): DataProblem {
  if (p.line !== undefined) return p;
  const text = texts.get(p.file);
  if (!text) return p;
  const where = p.file.endsWith('.mdx') ? locateInMdx(text, p) : /\.ya?ml$/.test(p.file) ? locateInYaml(text, p) : undefined;
  return where ? { ...p, ...where } : p;
}
