// The text a reader sees on a built page, one block per line: what the pre-refactor comparison
// (tests/build/pre-kit-site.test.ts) and a by-hand diff of two builds compare.

/** The bits of a parsed document this needs (happy-dom's, from tests/helpers/html.ts or a script's own parser). */
interface Doc {
  querySelectorAll(selector: string): ArrayLike<{ remove(): void }>;
  body: unknown;
}

const BLOCKS = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DETAILS|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|SECTION|SUMMARY|TABLE|TD|TH|TR|UL|CAPTION|BUTTON)$/;

/** The page's visible text: no scripts, styles or templates; one line per block, spaces collapsed. */
export function visibleText(doc: Doc): string[] {
  for (const el of Array.from(doc.querySelectorAll('script, style, template, noscript, [hidden], head'))) el.remove();
  const out: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
    line = '';
  };
  const walk = (node: { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<unknown> }) => {
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const block = BLOCKS.test(node.nodeName);
    if (block) flush();
    for (const child of Array.from(node.childNodes) as (typeof node)[]) walk(child);
    if (block) flush();
  };
  walk(doc.body as unknown as Parameters<typeof walk>[0]);
  flush();
  return out;
}
