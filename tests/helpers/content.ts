// Reads the story's source text straight from content/, without Astro: the article's paragraphs
// (content/stories/macron-moscow/story/article.txt, one per line) and each section's MDX frontmatter and body.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stripTextWrappers } from '../../src/lib/text/section-text';
import { CONTENT_DIR, MAIN_STORY } from './paths';

/** The 13 paragraphs of the source text, in order. Blank lines are not paragraphs. */
export function articleParagraphs(): string[] {
  return readFileSync(join(CONTENT_DIR, 'article.txt'), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

export interface SourceSection {
  file: string;
  id: string;
  order: number;
  heading: string;
  summary: string;
  /**
   * The body's prose paragraphs: lines of text between blank lines, markup-only blocks left out and
   * the tags of word-wrapping components (<Quote>, <Place>) removed.
   */
  paragraphs: string[];
  /** The raw MDX body below the frontmatter. */
  body: string;
  /** The body with the word-wrapping components' tags removed: the article's characters only. */
  text: string;
}

/** A YAML scalar as written in our frontmatter: plain, 'single' or "double" quoted. */
function yamlScalar(raw: string): string {
  const value = raw.trim();
  if (value.startsWith('"')) return JSON.parse(value) as string;
  if (value.startsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}

function frontmatterField(frontmatter: string, file: string, key: string): string {
  const match = new RegExp(`^${key}:(.*)$`, 'm').exec(frontmatter);
  if (!match) throw new Error(`${file}: frontmatter has no "${key}"`);
  return yamlScalar(match[1]!);
}

/**
 * A body block that is markup, not article text: an MDX comment, an import/export, or a block
 * that is a JSX element (annotations that sit beside the text).
 */
const isMarkupBlock = (block: string) =>
  /^\{\/\*[\s\S]*\*\/\}$/.test(block) || /^(import|export)\s/.test(block) || /^<[\s\S]*>$/.test(block);

export function sourceSections(): SourceSection[] {
  const dir = join(CONTENT_DIR, 'sections');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = `content/stories/${MAIN_STORY}/story/sections/${name}`;
      const text = readFileSync(join(dir, name), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${file}: no frontmatter`);
      const [, frontmatter, body] = match as unknown as [string, string, string];
      const blocks = body
        .split(/\r?\n\s*\r?\n/)
        .map((b) => stripTextWrappers(b).trim())
        .filter(Boolean);
      return {
        file,
        id: frontmatterField(frontmatter, file, 'id'),
        order: Number(frontmatterField(frontmatter, file, 'order')),
        heading: frontmatterField(frontmatter, file, 'heading'),
        summary: frontmatterField(frontmatter, file, 'summary'),
        paragraphs: blocks.filter((b) => !isMarkupBlock(b)),
        body,
        text: stripTextWrappers(body),
      };
    })
    .sort((a, b) => a.order - b.order);
}
