import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proseOf } from '../../../src/lib/text/section-text';
import { locate, markedParagraphs, passageOf } from '../../../src/lib/text/passages';
import { CONTENT_DIR } from '../../helpers/paths';

const body = `import X from 'y';

Macron said he was “<Quote id="optimistic">reasonably optimistic</Quote>” about <Place id="moscow">Moscow</Place>.

{/* a comment */}

<p><Quote id="whole">The whole paragraph is the statement.</Quote></p>

Two in one: <Quote id="a">first</Quote> and
<Quote id="b">second</Quote> words.`;

describe('markedParagraphs', () => {
  const paragraphs = markedParagraphs(body);

  it('reads the same paragraphs as proseOf, each with its marked words', () => {
    expect(paragraphs.map((p) => p.text)).toEqual(proseOf(body).split('\n\n'));
    expect(paragraphs.map((p) => p.marks.map((m) => [m.id, p.text.slice(m.start, m.end)]))).toEqual([
      [['optimistic', 'reasonably optimistic']],
      [['whole', 'The whole paragraph is the statement.']],
      [
        ['a', 'first'],
        ['b', 'second'],
      ],
    ]);
  });

  it('splits a paragraph around a statement, and locates it for a text fragment', () => {
    expect(passageOf(paragraphs, 'b')).toEqual({ before: 'Two in one: first and ', words: 'second', after: ' words.' });
    expect(locate(paragraphs, 'optimistic')).toMatchObject({ paragraph: 0, start: 'Macron said he was “'.length, text: 'reasonably optimistic' });
    expect(() => passageOf(paragraphs, 'missing')).toThrow(/not marked with <Quote id="missing">/);
    expect(() => locate(paragraphs, 'missing')).toThrow(/not marked/);
  });

  it('matches proseOf on every section of the real story', () => {
    const dir = join(CONTENT_DIR, 'sections');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
      const mdx = readFileSync(join(dir, file), 'utf8');
      const sectionBody = mdx.replace(/^---[\s\S]*?\n---\n?/, '');
      const marked = markedParagraphs(sectionBody);
      expect(marked.map((p) => p.text), file).toEqual(proseOf(sectionBody).split('\n\n'));
      expect(marked.flatMap((p) => p.marks).length, file).toBe((sectionBody.match(/<Quote /g) ?? []).length);
    }
  });
});
