// The real story's data passes every check, and covers every quotation in the article.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/data/problems';
import { readContent } from '../../../src/lib/data/read-content';
import { readSectionText } from '../../../src/lib/data/section-text';
import { validateContent } from '../../../src/lib/data/validate';
import { parseYaml } from '../../../src/lib/data/yaml';
import { ROOT } from './fixtures';

const raw = readContent('content', ROOT);

describe('content/data', () => {
  it('has no problems', () => {
    expect(validateContent(raw).map(formatProblem)).toEqual([]);
  });

  it('has a quote statement for every quotation in the sections except the programme title', () => {
    const prose = raw.sections.map((s) => readSectionText(s.text).prose).join('\n');
    const quoted = [...prose.matchAll(/“([^”]+?)[,.]?”/g)].map((m) => m[1]).filter((q) => q !== 'Fox News Sunday');
    const statements = parseYaml(raw.files.statements.text!) as { ok: true; value: { kind: string; text: string }[] };
    const quotes = statements.value.filter((s) => s.kind === 'quote').map((s) => s.text);
    expect(quotes.sort()).toEqual([...quoted].sort());
  });
});
