// The engine names no story: outside comments, nothing under src/ mentions a person, place, date,
// side, view or section of the main story. Its words live in content/stories/macron-moscow/ (the
// vocabulary, the sections, the data), so a second story needs no code. Comments may still use the
// story as an example.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { storiesIn } from '../helpers/stories';
import { MAIN_VOCABULARY } from '../helpers/vocabulary';

const SRC = join(ROOT, 'src');
const CODE = /\.(ts|tsx|mts|mjs|js|astro|css)$/;

/** The text of a source file with its comments blanked out, line numbers kept. */
export function withoutComments(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return text
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank) // MDX/JSX comments in .astro and .tsx
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/(^|[\s(,;{}=])\/\*[\s\S]*?\*\//g, (m, lead: string) => lead + blank(m.slice(lead.length)))
    .replace(/(^|[\s(,;{}])\/\/.*$/gm, (m, lead: string) => lead + blank(m.slice(lead.length)));
}

const main = storiesIn().find((s) => s.slug === 'macron-moscow')!;
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What counts as the story's words, each with the pattern that finds it in code. */
const PATTERNS: { word: string; pattern: RegExp }[] = [
  // People, places and dates of the story.
  ...['Russia', 'Russian', 'Ukraine', 'Ukrainian', 'Crimea', 'NATO', 'Macron', 'Putin', 'Biden', 'Belarus', 'Kyiv', 'Moscow', '2022'].map((word) => ({
    word,
    pattern: new RegExp(`\\b${word}\\b`),
  })),
  // Its slug, and its section ids, which are also its map's view ids.
  { word: main.slug, pattern: new RegExp(`\\b${main.slug}\\b`) },
  ...main.sections.map((id) => ({ word: id, pattern: new RegExp(`(?<![\\w-])${escape(id)}(?![\\w-])`) })),
  // Its side ids, as code would write them: a string, a data-side value, a class or property suffix.
  ...MAIN_VOCABULARY.sides.map(({ id }) => ({
    word: id,
    pattern: new RegExp(`(['"\`])${escape(id)}\\1|data-side=['"]?${escape(id)}\\b|--${escape(id)}(?![\\w-])`),
  })),
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : CODE.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Every "file:line: word" where src/ names the story outside a comment. */
export function storyWordsIn(files: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const lines = withoutComments(readFileSync(file, 'utf8')).split('\n');
    lines.forEach((line, i) => {
      for (const { word, pattern } of PATTERNS) if (pattern.test(line)) found.push(`${relative(ROOT, file)}:${i + 1}: ${word}`);
    });
  }
  return found;
}

describe('the engine names no story', () => {
  it('finds the story’s words where code uses them, and not in comments', () => {
    expect(main.sections.length).toBeGreaterThan(3);
    const sample = [
      '// Russia in a comment',
      '/* NATO',
      '   in a block */',
      "const side = 'nato';",
      "const x = 'https://example.org/x'; // Putin",
      '{/* Crimea in JSX */}',
      '<p>Troops in Ukraine</p>',
      `const view = '${main.sections[1]}';`,
      '.wsw-side--russia { color: red; }',
      'const glob = "story/sections/*.mdx"; const y = 2;',
    ].join('\n');
    const lines = withoutComments(sample).split('\n');
    const hits = lines.flatMap((line, i) => PATTERNS.filter((p) => p.pattern.test(line)).map((p) => `${i + 1}: ${p.word}`));
    expect(hits).toEqual(['4: nato', '7: Ukraine', `8: ${main.sections[1]}`, '9: russia']);
  });

  it('src/ holds none of the main story’s words outside comments', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(100);
    expect(storyWordsIn(files)).toEqual([]);
  });
});
