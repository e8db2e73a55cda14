// The section files, read in story order without their <Quote>/<Place> wrappers, must be
// content/stories/<slug>/story/article.txt paragraph for paragraph, character for character: nothing altered,
// missing, repeated or out of order. Editors deploy with `npm run build`, so the build checks this.
import type { LoadedContent } from './loaded';
import type { DataProblem } from './problems';
import type { RawFile } from './validate';

/** One paragraph of the section files, where it is. */
interface SectionParagraph {
  file: string;
  /** 1-based place in its file. */
  number: number;
  text: string;
}

/** The article's paragraphs: one per non-blank line of article.txt. */
export const articleParagraphsOf = (text: string): string[] => text.split(/\r?\n/).filter((line) => line.trim() !== '');

/** Up to `count` words of `text` from character `at`, started `lead` words before the word `at` falls in. */
function wordsFrom(text: string, at: number, count = 8, lead = 0): string {
  let start = at;
  for (let word = 0; word <= lead && start > 0; word += 1) {
    if (word > 0) while (start > 0 && /\s/.test(text[start - 1]!)) start -= 1;
    while (start > 0 && !/\s/.test(text[start - 1]!)) start -= 1;
  }
  const words = text.slice(start).split(/\s+/).filter(Boolean);
  const shown = words.slice(0, count).join(' ');
  if (shown === '') return '(the paragraph ends here)';
  return words.length > count ? `${shown} …` : shown;
}

/** “first differing words” on both sides, from the first character that differs. */
export function firstDifference(mine: string, theirs: string): { mine: string; theirs: string } {
  let i = 0;
  while (i < mine.length && i < theirs.length && mine[i] === theirs[i]) i += 1;
  // Two words of the shared text before the difference, so the editor can find the place.
  return { mine: wordsFrom(mine, i, 8, 2), theirs: wordsFrom(theirs, i, 8, 2) };
}

/** How alike two paragraphs are (0…1): the share of words in common. */
function likeness(a: string, b: string): number {
  const wa = a.split(/\s+/);
  const wb = new Set(b.split(/\s+/));
  return wa.filter((w) => wb.has(w)).length / Math.max(wa.length, wb.size, 1);
}

const opening = (text: string) => wordsFrom(text, 0, 6);

/** Sections in story order (frontmatter `order`, then file name), each with its paragraphs. */
function sectionParagraphs(c: LoadedContent): SectionParagraph[] {
  const sections = [...c.sections.values()].sort(
    (a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.file.localeCompare(b.file),
  );
  return sections.flatMap((s) => s.paragraphs.map((text, i) => ({ file: s.file, number: i + 1, text })));
}

/** Every way the section files differ from article.txt, each naming the .mdx file and the paragraph. */
export function articleParagraphProblems(c: LoadedContent, article: RawFile): DataProblem[] {
  if (article.text === null) {
    return [{ file: article.path, message: 'is missing: the build compares every section file with the article as received, one paragraph per line' }];
  }
  const source = articleParagraphsOf(article.text);
  const found = sectionParagraphs(c);
  const problems: DataProblem[] = [];
  const articleRef = (n: number) => `paragraph ${n + 1} of ${article.path}`;

  // 1. Exact matches, first come first served; a repeat of a matched paragraph is a duplicate.
  const match = new Array<number | undefined>(found.length).fill(undefined);
  const taken = new Map<number, SectionParagraph>();
  found.forEach((p, i) => {
    const candidates = source.flatMap((text, n) => (text === p.text ? [n] : []));
    const free = candidates.find((n) => !taken.has(n));
    if (free !== undefined) {
      match[i] = free;
      taken.set(free, p);
    } else if (candidates.length > 0) {
      const first = taken.get(candidates[0]!)!;
      problems.push({
        file: p.file,
        message: `paragraph ${p.number} (“${opening(p.text)}”) repeats ${articleRef(candidates[0]!)}, already at paragraph ${first.number} of ${first.file}; keep it once`,
      });
      match[i] = -1;
    }
  });

  // 2. A paragraph with no exact match is an altered one: pair it with the most alike article paragraph not yet used.
  found.forEach((p, i) => {
    if (match[i] !== undefined) return;
    let best: number | undefined;
    let bestScore = 0;
    source.forEach((text, n) => {
      if (taken.has(n)) return;
      const score = likeness(p.text, text) + (n === i ? 0.01 : 0);
      if (score > bestScore) [best, bestScore] = [n, score];
    });
    if (best === undefined || bestScore < 0.3) {
      problems.push({
        file: p.file,
        message: `paragraph ${p.number} (“${opening(p.text)}”) is not a paragraph of ${article.path}; the sections may hold only the article’s own paragraphs`,
      });
      match[i] = -1;
      return;
    }
    const diff = firstDifference(p.text, source[best]!);
    problems.push({
      file: p.file,
      message: `paragraph ${p.number} differs from ${articleRef(best)}: this file has “${diff.mine}” where the article has “${diff.theirs}”; copy the article’s words exactly (only <Quote>/<Place> tags may be added)`,
    });
    match[i] = best;
    taken.set(best, p);
  });

  // 3. Article paragraphs no section holds.
  source.forEach((text, n) => {
    if (taken.has(n)) return;
    const before = found.findLast((_, i) => match[i] !== undefined && match[i]! >= 0 && match[i]! < n);
    const where = before ? `after paragraph ${before.number} of ${before.file}` : found[0] ? `before paragraph 1 of ${found[0].file}` : 'in a section file';
    problems.push({
      file: before?.file ?? found[0]?.file ?? article.path,
      message: `${articleRef(n)} (“${opening(text)}”) is missing; it belongs ${where}`,
    });
  });

  // 4. Order: each paragraph must come after the one before it in the article.
  let previous: { n: number; p: SectionParagraph } | undefined;
  found.forEach((p, i) => {
    const n = match[i];
    if (n === undefined || n < 0) return;
    if (previous && n < previous.n) {
      problems.push({
        file: p.file,
        message: `paragraph ${p.number} (“${opening(p.text)}”) is ${articleRef(n)} but comes after paragraph ${previous.p.number} of ${previous.p.file}, which is paragraph ${previous.n + 1}; keep the article’s order`,
      });
    }
    previous = { n, p };
  });
  return problems;
}
