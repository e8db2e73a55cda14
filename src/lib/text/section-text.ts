// The article text of one section MDX file, for checking that quoted words really are the article's.
import { parseYaml } from '../checks/yaml';

export interface SectionText {
  /** The frontmatter `id`, or undefined when it is missing. */
  id: string | undefined;
  /** The section's prose paragraphs (markup blocks left out), whitespace collapsed, joined by blank lines. */
  prose: string;
  /** The MDX body below the frontmatter, as written (for finding the component tags in it). */
  body: string;
  /** The frontmatter's `map` (the map's view) as written, unchecked; undefined when absent. */
  map?: unknown;
  /** The frontmatter `order`, when it is a number. */
  order?: number;
  /**
   * The body's article paragraphs in order, wrapper tags removed and nothing else changed (a line
   * break inside a paragraph reads as one space), for comparing with article.txt character by character.
   */
  paragraphs: string[];
}

/**
 * Tags that wrap the article's own words: their tags are markup, the words between them are article
 * text. <Quote> marks a statement, <Place> a place on the map (src/components/mdx). An explicit <p>
 * is needed where such a tag wraps a whole paragraph: MDX turns a line made only of JSX into a block
 * without a paragraph.
 */
export const TEXT_WRAPPERS = ['Quote', 'Place', 'p'] as const;

/** A regular expression for the tags of these wrappers. */
const wrapperTags = (names: readonly string[]) => new RegExp(`</?(?:${names.join('|')})(?:\\s[^<>]*)?>`, 'g');

const WRAPPER_TAG = wrapperTags(TEXT_WRAPPERS);
const WRAPPER_TAG_BUT_QUOTE = wrapperTags(TEXT_WRAPPERS.filter((name) => name !== 'Quote'));

/** The text with the tags of the word-wrapping components removed and their words kept. */
export const stripTextWrappers = (text: string): string => text.replace(WRAPPER_TAG, '');

/** As stripTextWrappers, but keeping the <Quote> tags, for finding where statements sit in a paragraph. */
export const stripTextWrappersButQuote = (text: string): string => text.replace(WRAPPER_TAG_BUT_QUOTE, '');

/** A block that is markup, not article text: an MDX comment, import/export, or a JSX element. */
const isMarkupBlock = (block: string) =>
  /^\{\/\*[\s\S]*\*\/\}$/.test(block) || /^(import|export)\s/.test(block) || /^<[\s\S]*>$/.test(block);

/** Collapses runs of whitespace, so a line break inside a paragraph does not defeat a match. */
export const collapseSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** An MDX file's frontmatter (the YAML between the `---` lines) and its body; undefined frontmatter when there is none. */
export function splitFrontmatter(mdx: string): { frontmatter: string | undefined; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(mdx);
  return match ? { frontmatter: match[1]!, body: match[2]! } : { frontmatter: undefined, body: mdx };
}

/** Splits an MDX file into its frontmatter id and its prose. */
export function readSectionText(mdx: string): SectionText {
  const { frontmatter, body } = splitFrontmatter(mdx);
  if (frontmatter === undefined) return { id: undefined, prose: collapseSpace(stripTextWrappers(mdx)), body: mdx, paragraphs: paragraphsOf(mdx) };
  const parsed = parseYaml(frontmatter);
  const fields = parsed.ok && parsed.value && typeof parsed.value === 'object' ? (parsed.value as { id?: unknown; map?: unknown; order?: unknown }) : {};
  const id = fields.id;
  return {
    id: typeof id === 'string' ? id : undefined,
    order: typeof fields.order === 'number' ? fields.order : undefined,
    prose: proseOf(body),
    body,
    map: fields.map,
    paragraphs: paragraphsOf(body),
  };
}

/** The article paragraphs of an MDX body: markup blocks left out, wrapper tags removed, exact otherwise. */
export function paragraphsOf(body: string): string[] {
  return body
    .split(/\r?\n[ \t]*\r?\n/)
    .map((block) => stripTextWrappers(block).replace(/^[ \t]*\r?\n|\r?\n[ \t]*$/g, '').replace(/\r?\n/g, ' '))
    .filter((block) => block.trim() !== '' && !isMarkupBlock(block.trim()));
}

/** The prose of an MDX body (below the frontmatter): its paragraphs (as paragraphsOf), whitespace collapsed. */
export function proseOf(body: string): string {
  return paragraphsOf(body).map(collapseSpace).join('\n\n');
}

/** True when the article puts `words` inside quotation marks: “words” (a comma or full stop may sit before ”). */
export function isQuotedIn(prose: string, words: string): boolean {
  const text = collapseSpace(words);
  return [`“${text}”`, `“${text},”`, `“${text}.”`].some((quoted) => prose.includes(quoted));
}
