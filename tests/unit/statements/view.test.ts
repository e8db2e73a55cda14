import { describe, expect, it } from 'vitest';
import { sourceIndex } from '../../../src/lib/format/citations';
import { sideLabels } from '../../../src/lib/statements/sides';
import { VALID_VOCABULARY } from '../../helpers/vocabulary';
import { firstWords, sourceView, statementLabel, statementPermalink, whoSaidWhatView } from '../../../src/lib/statements/view';
import { quotationsJsonLd } from '../../../src/lib/statements/quotation-json-ld';
import { serialiseJsonLd } from '../../../src/lib/json-ld';
import type { Source } from '../../../src/schemas/source';
import type { Speaker } from '../../../src/schemas/speaker';
import type { Statement } from '../../../src/schemas/statement';

const speakers: Speaker[] = [
  { id: 'macron', name: 'Emmanuel Macron', kind: 'person', role: 'President of France', affiliation: 'France', side: 'nato', cues: ['Macron'] },
  { id: 'russia', name: 'Russian government', kind: 'institution', role: 'Government of Russia', affiliation: 'Russia', side: 'russia', cues: ['Russia'] },
  { id: 'nobody', name: 'Silent', kind: 'person', role: 'None', affiliation: 'None', side: 'us', cues: ['Silent'] },
];
const sources: Source[] = [
  { id: 's01', outlet: 'The Hill', title: 'Macron visiting Russia', date: '2022-02-07', copyUrls: ['https://www.copy.example/a', 'https://copy.example/b'] },
  { id: 's02', outlet: 'Reuters', title: '(A wire story)', dateNote: 'late Jan 2022', url: 'https://reuters.example/x' },
];
const statements: Statement[] = [
  { id: 'optimistic', speaker: 'macron', kind: 'quote', text: 'reasonably optimistic', section: 'one', date: '2022-02-07', via: 'AP', sources: ['s01', 's02'], note: 'A note.' },
  { id: 'denies', speaker: 'russia', kind: 'paraphrase', text: 'Russia, however, has denied having any such plans at all today.', section: 'two', dateNote: 'Standing position.', via: 'Kremlin', sources: ['s01'] },
  { id: 'miracles', speaker: 'macron', kind: 'quote', text: 'no miracles', section: 'two', date: '2022-02', via: 'AP', sources: ['s02'] },
];
const sections = [
  { id: 'one', heading: 'First' },
  { id: 'two', heading: 'Second' },
];
const input = { statements, speakers, sources: sourceIndex(sources), sections, base: '/sub/', sides: sideLabels(VALID_VOCABULARY) };

describe('whoSaidWhatView on the story page', () => {
  const view = whoSaidWhatView(input);

  it('keeps reading order and prints quotes in curly marks, paraphrases as they are', () => {
    expect(view.statements.map((s) => [s.id, s.reading, s.words])).toEqual([
      ['optimistic', 0, '“reasonably optimistic”'],
      ['denies', 1, 'Russia, however, has denied having any such plans at all today.'],
      ['miracles', 2, '“no miracles”'],
    ]);
  });

  it('carries the speaker, side, dates, section, ids and permalink', () => {
    const [first, second] = view.statements;
    expect(first).toMatchObject({
      speaker: { name: 'Emmanuel Macron', role: 'President of France', sideLabel: 'NATO and European allies' },
      dateLabel: '7 Feb 2022',
      section: { id: 'one', heading: 'First', position: 1 },
      ids: { entry: 'statement-optimistic', passage: 'quote-optimistic', speaker: 'statement-optimistic-speaker' },
      permalink: '/sub/#statement-optimistic',
      label: 'Emmanuel Macron: “reasonably optimistic”',
      note: 'A note.',
    });
    expect(second).toMatchObject({ dateLabel: undefined, dateNote: 'Standing position.', label: 'Russian government, paraphrase: Russia, however, has denied having any such plans…' });
  });

  it('lists the speakers who have statements, each with all of theirs', () => {
    expect(view.speakers.map((s) => [s.id, s.statements.map((x) => [x.href, x.excerpt, x.dateLabel, x.onPage])])).toEqual([
      ['macron', [['#statement-optimistic', '“reasonably optimistic”', '7 Feb 2022', true], ['#statement-miracles', '“no miracles”', 'Feb 2022', true]]],
      ['russia', [['#statement-denies', 'paraphrase: Russia, however, has denied having any such plans…', undefined, true]]],
    ]);
  });
});

describe('whoSaidWhatView on a section page', () => {
  const view = whoSaidWhatView({ ...input, sectionPage: 'two' });

  it('shows only that section’s statements, with the section page’s permalinks', () => {
    expect(view.statements.map((s) => [s.id, s.permalink])).toEqual([
      ['denies', '/sub/two/#statement-denies'],
      ['miracles', '/sub/two/#statement-miracles'],
    ]);
  });

  it('still lists all of a speaker’s statements, linking the others on the story page', () => {
    const macron = view.speakers.find((s) => s.id === 'macron')!;
    expect(macron.statements.map((s) => [s.href, s.onPage])).toEqual([
      ['/sub/#statement-optimistic', false],
      ['#statement-miracles', true],
    ]);
  });
});

describe('helpers', () => {
  it('cuts long words with an ellipsis', () => {
    expect(firstWords('one two three', 8)).toBe('one two three');
    expect(firstWords('one two three, four five', 3)).toBe('one two three…');
  });

  it('labels statements for links', () => {
    expect(statementLabel({ kind: 'quote', text: 'any day now' }, 'Jake Sullivan')).toBe('Jake Sullivan: “any day now”');
  });

  it('builds permalinks with the base', () => {
    expect(statementPermalink('/', 'x')).toBe('/#statement-x');
    expect(statementPermalink('/deep/sub/path/', 'x', 'sec')).toBe('/deep/sub/path/sec/#statement-x');
  });

  it('shows sources with a link only to the outlet’s own page, copies by host, bracketed titles unquoted', () => {
    expect(sourceView(sources[0]!)).toEqual({
      id: 's01', outlet: 'The Hill', title: '“Macron visiting Russia”', date: '2022-02-07', dateLabel: '7 Feb 2022', url: undefined, copyHosts: ['copy.example'],
    });
    expect(sourceView(sources[1]!)).toMatchObject({ title: '(A wire story)', dateLabel: 'late Jan 2022', url: 'https://reuters.example/x' });
  });

  it('fails loudly on an unknown speaker or section', () => {
    expect(() => whoSaidWhatView({ ...input, statements: [{ ...statements[0]!, speaker: 'ghost' }] })).toThrow(/unknown speaker "ghost"/);
    expect(() => whoSaidWhatView({ ...input, statements: [{ ...statements[0]!, section: 'nine' }] })).toThrow(/unknown section "nine"/);
  });
});

describe('quotationsJsonLd', () => {
  const data = quotationsJsonLd(statements, speakers, sourceIndex(sources), { storyUrl: 'https://x.test/' }) as {
    '@context': string;
    '@graph': Record<string, unknown>[];
  };
  const graph = data['@graph'];
  const byId = new Map(graph.map((n) => [n['@id'], n]));

  it('has one Quotation per statement with text, speaker, date and citations', () => {
    expect(data['@context']).toBe('https://schema.org');
    const quotations = graph.filter((n) => n['@type'] === 'Quotation');
    expect(quotations.map((q) => q['@id'])).toEqual(statements.map((s) => `https://x.test/#statement-${s.id}`));
    expect(quotations[0]).toMatchObject({
      text: 'reasonably optimistic',
      dateCreated: '2022-02-07',
      spokenByCharacter: { '@id': 'https://x.test/#speaker-macron' },
      citation: [{ '@id': 'https://x.test/#source-s01' }, { '@id': 'https://x.test/#source-s02' }],
    });
    expect(quotations[0]).not.toHaveProperty('description');
    expect(quotations[1]).not.toHaveProperty('dateCreated');
    expect(quotations[1]!.description).toMatch(/paraphrase/);
  });

  it('describes each speaker and cited source once, and every reference resolves', () => {
    expect(byId.get('https://x.test/#speaker-macron')).toEqual({
      '@type': 'Person', '@id': 'https://x.test/#speaker-macron', name: 'Emmanuel Macron', jobTitle: 'President of France',
      affiliation: { '@type': 'Organization', name: 'France' },
    });
    expect(byId.get('https://x.test/#speaker-russia')).toMatchObject({ '@type': 'Organization', name: 'Russian government' });
    expect(byId.has('https://x.test/#speaker-nobody')).toBe(false);
    expect(byId.get('https://x.test/#source-s02')).toMatchObject({ '@type': 'CreativeWork', url: 'https://reuters.example/x', publisher: { name: 'Reuters' } });
    expect(byId.get('https://x.test/#source-s01')).not.toHaveProperty('url');
    const quotations = graph.filter((n) => n['@type'] === 'Quotation');
    // Each is part of the story's own NewsArticle (its own JSON-LD block on the story page), by @id.
    for (const q of quotations) expect(q.isPartOf).toEqual({ '@id': 'https://x.test/#article', url: 'https://x.test/' });
    const refs = JSON.stringify(quotations).matchAll(/"@id":"([^"]+)"/g);
    for (const [, id] of refs) if (id !== 'https://x.test/#article') expect(byId.has(id), id).toBe(true);
  });

  it('serialises safely: markup in the data never ends the script block', () => {
    const json = serialiseJsonLd(quotationsJsonLd([{ ...statements[0]!, text: '</script><img src=x>' }], speakers, sourceIndex(sources), { storyUrl: 'https://x.test/' }));
    expect(json).not.toContain('<');
    expect(JSON.stringify(JSON.parse(json))).toContain('</script><img src=x>');
  });
});

describe('whoSaidWhatView: links to the exact words and to the statement pages', () => {
  const pageText = [
    { text: 'A heading that says reasonably optimistic', marks: [] },
    { text: 'Macron was “reasonably optimistic” on Monday.', marks: [{ id: 'optimistic', start: 12, end: 33 }] },
  ];

  it('adds a text fragment to "Find in the text", with context when our own text repeats the words', () => {
    const view = whoSaidWhatView({ ...input, statements: [statements[0]!], pageText });
    expect(view.statements[0]!.toText).toBe('#quote-optimistic:~:text=was%20%E2%80%9C-,reasonably%20optimistic');
    expect(view.statements[0]!.page).toBe('/sub/statements/optimistic/');
  });

  it('keeps the plain id link when no page text is given', () => {
    expect(whoSaidWhatView(input).statements[0]!.toText).toBe('#quote-optimistic');
  });

  it('fails the build when a statement on the page is not marked in its text', () => {
    expect(() => whoSaidWhatView({ ...input, pageText })).toThrow(/"denies": its words are not marked/);
  });
});

describe('quotationsJsonLd with statement pages', () => {
  it('gives each Quotation the URL of its own page', () => {
    const data = quotationsJsonLd(statements, speakers, sourceIndex(sources), { storyUrl: 'https://x.test/', pageUrl: (id) => `https://x.test/statements/${id}/` }) as {
      '@graph': Record<string, unknown>[];
    };
    const quotations = data['@graph'].filter((n) => n['@type'] === 'Quotation');
    expect(quotations.map((q) => q.url)).toEqual(statements.map((s) => `https://x.test/statements/${s.id}/`));
    expect(quotations[0]!['@id']).toBe('https://x.test/#statement-optimistic');
  });
});
