// The article text of one section MDX file, for checking that quoted words really are the article's.
import { parseYaml } from './yaml';

export interface SectionText {
  /** The frontmatter `id`, or undefined when it is missing. */
  id: string | undefined;
  /** The section's prose paragraphs (markup blocks left out), whitespace collapsed, joined by blank lines. */
  prose: string;
}

/** A block that is markup, not article text: an MDX comment, import/export, or a JSX element. */
const isMarkupBlock = (block: string) =>
  /^\{\/\*[\s\S]*\*\/\}$/.test(block) || /^(import|export)\s/.test(block) || /^<[\s\S]*>$/.test(block);

/** Collapses runs of whitespace, so a line break inside a paragraph does not defeat a match. */
export const collapseSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Splits an MDX file into its frontmatter id and its prose. */
export function readSectionText(mdx: string): SectionText {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(mdx);
  if (!match) return { id: undefined, prose: collapseSpace(mdx) };
  const [, frontmatter, body] = match as unknown as [string, string, string];
  const parsed = parseYaml(frontmatter);
  const id = parsed.ok && parsed.value && typeof parsed.value === 'object' ? (parsed.value as { id?: unknown }).id : undefined;
  return { id: typeof id === 'string' ? id : undefined, prose: proseOf(body) };
}

/** The prose of an MDX body (below the frontmatter): paragraphs only, whitespace collapsed. */
export function proseOf(body: string): string {
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !isMarkupBlock(block))
    .map(collapseSpace)
    .join('\n\n');
}

/** True when the article puts `words` inside quotation marks: “words” (a comma or full stop may sit before ”). */
export function isQuotedIn(prose: string, words: string): boolean {
  const text = collapseSpace(words);
  return [`“${text}”`, `“${text},”`, `“${text}.”`].some((quoted) => prose.includes(quoted));
}
