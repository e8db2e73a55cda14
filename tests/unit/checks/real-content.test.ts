// The real story's data passes every check, and covers every quotation in the article.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/checks/problems';
import { readBuildPlan, readContent } from '../../../src/lib/checks/read-content';
import { readSectionText } from '../../../src/lib/text/section-text';
import { validateContent } from '../../../src/lib/checks/validate';
import { validateStories } from '../../../src/lib/checks/validate-stories';
import { parseYaml } from '../../../src/lib/checks/yaml';
import { ROOT } from './fixtures';

const raw = readContent('content/stories/macron-moscow', ROOT);

describe('content/', () => {
  // Every story folder, drafts included: site.yaml, the folder names, each story.yaml and its data.
  it('every story has no problems', () => {
    expect(validateStories('content', readBuildPlan('content', { DRAFTS: '1' }, ROOT), ROOT).map(formatProblem)).toEqual([]);
  });
});

describe('content/stories/macron-moscow', () => {
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

describe('the real story, broken on purpose', () => {
  const problems = (edit: (r: typeof raw) => void) => {
    const copy = structuredClone(raw);
    edit(copy);
    return validateContent(copy).map(formatProblem);
  };
  const section = (r: typeof raw, name: string) => r.sections.find((s) => s.path.endsWith(name))!;

  it('one character changed in a paragraph names the file, the paragraph and the words on both sides', () => {
    const found = problems((r) => {
      const s = section(r, '01-macron-in-moscow.mdx');
      s.text = s.text.replace('he does not believe', 'he does believe');
    });
    // (The statement whose context quotes the sentence is reported too.)
    expect(found).toContain(
      'content/stories/macron-moscow/story/sections/01-macron-in-moscow.mdx: paragraph 2 differs from paragraph 2 of content/stories/macron-moscow/story/article.txt: this file has “he does believe “short-term victories” are on the …” where the article has “he does not believe “short-term victories” are on …”; copy the article’s words exactly (only <Quote>/<Place> tags may be added)',
    );
  });

  it('a paragraph moved to another section file is out of order', () => {
    const found = problems((r) => {
      const from = section(r, '05-russias-demands.mdx');
      const to = section(r, '02-troop-buildup.mdx');
      const paragraph = from.text.slice(from.text.indexOf('<p>'));
      from.text = from.text.replace(paragraph, 'Nothing here.\n');
      to.text = `${to.text}\n${paragraph}`;
    });
    expect(found.some((p) => p.startsWith('content/stories/macron-moscow/story/sections/03-kremlin-expectations.mdx: paragraph 1 (“The Kremlin believes that while Putin’s …”) is paragraph 5 of content/stories/macron-moscow/story/article.txt but comes after paragraph 2 of content/stories/macron-moscow/story/sections/02-troop-buildup.mdx, which is paragraph 10'))).toBe(true);
  });

  it('a statement given to the wrong speaker fails, naming the statement, the speaker and the paragraph', () => {
    const found = problems((r) => {
      r.files.statements.text = r.files.statements.text!.replace(
        '- id: peskov-atmosphere-tense\n  speaker: dmitry-peskov',
        '- id: peskov-atmosphere-tense\n  speaker: jake-sullivan',
      );
    });
    expect(found).toEqual([
      'content/stories/macron-moscow/data/statements.yaml: entry "peskov-atmosphere-tense", field "speaker": "jake-sullivan" is not named in the statement’s paragraph (paragraph 3 of content/stories/macron-moscow/story/sections/03-kremlin-expectations.mdx, “He said “the atmosphere has remained tense,” noting that the…”) or the paragraph before it: none of the speaker’s cues (“National security adviser Jake Sullivan”, “Sullivan”) appears there. Check who the article says this, or add the article’s word for them to "cues" in content/stories/macron-moscow/data/speakers.yaml',
    ]);
  });

  it('without map.yaml’s recognised rule, every Crimean position fails: the basemap would draw it in Russia', () => {
    const found = problems((r) => {
      r.files.map.text = r.files.map.text!.slice(0, r.files.map.text!.indexOf('  recognised:'));
    });
    expect(found).toHaveLength(4); // Opuk, on the coast, lies in the sea once the coastline is simplified
    for (const p of found) expect(p).toMatch(/^content\/stories\/macron-moscow\/data\/positions\.yaml: entry "ru-crimea-[a-z]+", field "area": is "crimea", but the basemap draws this point \([\d.]+, [\d.]+\) inside Russia; a map must never show it as part of Russia/);
  });
});
