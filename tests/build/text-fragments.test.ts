// The links to the exact words: every "#quote-ID:~:text=…" link in both builds leads, in the page
// it points to, to the marked words themselves. Checked the way a browser finds a text directive:
// the first case-insensitive match of [prefix-,]start[,end][,-suffix] in the page's text, in order.
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHtml, type HtmlDocument } from '../helpers/html';
import { BUILDS, SITE_URL, type TestBuild } from '../helpers/paths';

interface Directive {
  prefix: string;
  start: string;
  end: string;
  suffix: string;
}

/** Parses "text=[prefix-,]start[,end][,-suffix]" (each part percent-decoded). */
function parseDirective(directive: string): Directive {
  const parts = directive.replace(/^text=/, '').split(',');
  const d: Directive = { prefix: '', start: '', end: '', suffix: '' };
  if (parts[0]!.endsWith('-')) d.prefix = decodeURIComponent(parts.shift()!.slice(0, -1));
  if (parts.at(-1)!.startsWith('-')) d.suffix = decodeURIComponent(parts.pop()!.slice(1));
  d.start = decodeURIComponent(parts[0]!);
  d.end = parts[1] ? decodeURIComponent(parts[1]) : '';
  return d;
}

/** The text a browser searches (script, style and template left out), and where an element's text is in it. */
function pageText(doc: HtmlDocument, target: Element): { text: string; from: number; to: number } {
  let text = '';
  let from = -1;
  let to = -1;
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      text += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (['script', 'style', 'template', 'noscript'].includes(tag)) return;
    if (node === (target as unknown as Node)) from = text.length;
    for (const child of Array.from(node.childNodes)) walk(child as Node);
    if (node === (target as unknown as Node)) to = text.length;
    // A block ends a run of text; inline elements (a, mark, time…) do not.
    if (BLOCKS.has(tag)) text += ' ';
  };
  walk(doc.body as unknown as Node);
  return { text, from, to };
}

const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article', 'aside', 'main', 'header', 'footer', 'nav', 'figure', 'figcaption', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'details', 'summary', 'table', 'tr', 'td', 'th', 'caption', 'form', 'fieldset', 'label', 'select', 'option', 'pre', 'br', 'img']);

const pattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** Where the browser's first match of the directive starts and ends in `text`, or null. */
function firstMatch(text: string, d: Directive): { start: number; end: number } | null {
  const re = new RegExp(
    `${d.prefix ? `(${pattern(d.prefix)}\\s*)` : '()'}(${pattern(d.start)}${d.end ? `[\\s\\S]*?${pattern(d.end)}` : ''})${d.suffix ? `\\s*${pattern(d.suffix)}` : ''}`,
    'i',
  );
  const m = re.exec(text);
  return m ? { start: m.index + m[1]!.length, end: m.index + m[1]!.length + m[2]!.length } : null;
}

function htmlFiles(build: TestBuild, docPaths: string[]): [string, HtmlDocument][] {
  return docPaths.map((p) => [p, readHtml(join(build.dir, p, 'index.html'))]);
}

describe.each(BUILDS)('$name build: links to the exact words', (build) => {
  const statements = readHtml(join(build.dir, 'index.html'));
  const sectionIds = Array.from(statements.querySelectorAll('section[data-section]'), (s) => s.id);
  const statementIds = Array.from(statements.querySelectorAll('#who-said-what li[id^="statement-"]'), (li) => li.id.replace(/^statement-/, ''));
  const pages = htmlFiles(build, ['', ...sectionIds.map((id) => `${id}/`), ...statementIds.map((id) => `statements/${id}/`)]);

  it('every statement has a "Find in the text" link with a text fragment, on / and on its section page', () => {
    expect(statementIds.length).toBeGreaterThan(0);
    for (const [path, doc] of pages.filter(([p]) => !p.startsWith('statements/'))) {
      for (const link of Array.from(doc.querySelectorAll('.wsw-entry__to-text'))) {
        const href = link.getAttribute('href') ?? '';
        if (/^#quote-[a-z0-9-]+$/.test(href)) {
          // The id alone only where no context can exist: the words are their whole paragraph, and
          // they also stand earlier on the page (a card beside the text).
          const words = doc.getElementById(href.slice(1));
          const norm = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
          expect(norm(words?.closest('p')?.textContent), `${path}: ${href}`).toBe(norm(words?.textContent));
          continue;
        }
        expect(href, `${path}: ${href}`).toMatch(/^#quote-[a-z0-9-]+:~:text=[^\s#]+$/);
      }
      expect(doc.querySelectorAll('.wsw-entry__to-text').length, path).toBeGreaterThan(0);
    }
  });

  it('each text fragment’s first match in its target page is the marked words', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const [path, doc] of pages) {
      for (const a of Array.from(doc.querySelectorAll('a[href*=":~:text="]'))) {
        const href = a.getAttribute('href')!;
        const url = new URL(href, `${SITE_URL}${build.base}${path}`);
        const [id, directive] = url.hash.slice(1).split(':~:') as [string, string];
        const targetPath = url.pathname.slice(build.base.length);
        const file = join(build.dir, targetPath, 'index.html');
        if (!existsSync(file)) {
          problems.push(`${path}: ${href} points to a missing page`);
          continue;
        }
        const target = readHtml(file);
        const mark = target.getElementById(id);
        if (!mark) {
          problems.push(`${path}: ${href}: no #${id} in /${targetPath}`);
          continue;
        }
        const { text, from, to } = pageText(target, mark as unknown as Element);
        const d = parseDirective(directive);
        // Every part is encoded: no raw comma, dash or space inside a part.
        expect(directive, href).not.toMatch(/[\s]/);
        const match = firstMatch(text, d);
        if (!match || match.start !== from || match.end !== to) {
          problems.push(`${path}: ${href}: first match ${match ? `“${text.slice(match.start, match.end)}” at ${match.start}` : 'none'}, marked words at ${from}–${to}`);
        }
        checked++;
      }
    }
    expect(problems).toEqual([]);
    // "Find in the text" on / and on each section page, plus two links on every statement page; links
    // into / go by the id alone where no context can single the words out (checked above).
    const idOnly = Array.from(statements.querySelectorAll('.wsw-entry__to-text')).filter((a) => !a.getAttribute('href')?.includes(':~:text=')).length;
    expect(idOnly).toBeLessThanOrEqual(1);
    expect(checked).toBe(statementIds.length * 2 + statementIds.length * 2 - 2 * idOnly);
  });
});
