// One broken fixture per rule, and the exact message an editor gets for it.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/checks/problems';
import { validateContent } from '../../../src/lib/checks/validate';
import { RULES, loadFixture } from './fixtures';

const messages = (rule?: string) => validateContent(loadFixture(rule)).map(formatProblem);

const EXPECTED: Record<string, string[]> = {
  'bad-coordinate': [
    'content/data/positions.yaml: entry "fx-north", field "lat": 154.6 is not a latitude (must be between -90 and 90)',
  ],
  'out-of-bounds': [
    'content/data/positions.yaml: entry "fx-south", field "lng": 45.5 lies east of the story map (its eastern edge is 40, set in content/data/map.yaml)',
  ],
  'unknown-speaker': [
    'content/data/statements.yaml: entry "minister-ready", field "speaker": "fixture-president" is not a speaker id in content/data/speakers.yaml',
  ],
  'unknown-source': [
    'content/data/positions.yaml: entry "fx-south", field "sources": "s99" is not a source id in content/data/sources.yaml',
  ],
  'unknown-section': [
    'content/data/statements.yaml: entry "minister-ready", field "section": "second-section" is not a section id (the "id" in the frontmatter of a file in content/story/sections/)',
  ],
  'quote-not-in-text': [
    'content/data/statements.yaml: entry "minister-ready", field "text": “we are steady” does not appear word for word in section "first-section" (content/story/sections/01-first-section.mdx); copy it from the article exactly, with its curly quotes and apostrophes (’ “ ”)',
  ],
  'quote-without-marks': [
    'content/data/statements.yaml: entry "agency-denies", field "text": is marked as a quote but is not inside quotation marks (“…”) in section "first-section" (content/story/sections/01-first-section.mdx); use the words inside the marks, or kind: paraphrase',
  ],
  'duplicate-id': [
    'content/data/positions.yaml: entry "fx-north", field "id": "fx-north" is used by 2 entries (#1, #3); each id must be unique in this file',
  ],
  'missing-source': ['content/data/statements.yaml: entry "agency-denies", field "sources": is missing (required)'],
  'invalid-date': [
    'content/data/timeline.yaml: entry "minister-speaks", field "date": "2022-02-30" is not a valid date (write YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known)',
  ],
  'unknown-key': [
    'content/data/speakers.yaml: entry "fixture-minister", field "twitter": is not a field of this entry; check the spelling (the fields are: id, name, kind, role, affiliation, side, cues, note)',
  ],
  'malformed-yaml': [
    'content/data/positions.yaml: is not valid YAML: Missing closing "quote at line 2, column 24',
  ],
  'after-map-date': [
    'content/data/positions.yaml: entry "fx-north", field "asOf": 2022-02-10 is after the map\'s date (2022-02-07, set in content/data/map.yaml); later events do not belong on this map',
  ],
  'quote-unmarked': [
    'content/data/statements.yaml: entry "minister-wire", field "text": is not marked in the article: wrap its words in section "first-section" (content/story/sections/01-first-section.mdx) in <Quote id="minister-wire">…</Quote>',
  ],
  'quote-mark-unknown': [
    'content/data/statements.yaml: entry "minister-ready", field "text": is not marked in the article: wrap its words in section "first-section" (content/story/sections/01-first-section.mdx) in <Quote id="minister-ready">…</Quote>',
    'content/story/sections/01-first-section.mdx: <Quote id="minister-steady"> names no statement in content/data/statements.yaml; use a statement\'s id, or remove the tag and keep its words',
  ],
  'quote-mark-words': [
    'content/story/sections/01-first-section.mdx: <Quote id="minister-ready"> wraps “we are ready,” but the statement’s text is “we are ready”; wrap exactly its words (for a quote, the words inside the quotation marks, without the comma or full stop)',
  ],
  'unknown-highlight': [
    'content/story/sections/01-first-section.mdx: entry "first-section", field "map.highlight" (item 2): "fx-east" is not a position id in content/data/positions.yaml',
  ],
  'view-outside-map': [
    'content/story/sections/01-first-section.mdx: entry "first-section", field "map.bounds": [[42, -5], [58, 35]] reaches outside the story map ([[40, 0], [60, 40]], set in content/data/map.yaml); keep each view inside it',
  ],
  'article-altered': [
    'content/story/sections/02-closing-section.mdx: paragraph 1 differs from paragraph 3 of content/story/article.txt: this file has “North on Wednesday.” where the article has “North on Tuesday.”; copy the article’s words exactly (only <Quote>/<Place> tags may be added)',
  ],
  'article-missing': [
    'content/story/sections/01-first-section.mdx: paragraph 3 of content/story/article.txt (“The Fixture Wire published the remarks …”) is missing; it belongs after paragraph 2 of content/story/sections/01-first-section.mdx',
  ],
  'article-duplicated': [
    'content/story/sections/02-closing-section.mdx: paragraph 3 (“Nobody else commented.”) repeats paragraph 4 of content/story/article.txt, already at paragraph 2 of content/story/sections/02-closing-section.mdx; keep it once',
  ],
  'article-out-of-order': [
    'content/story/sections/02-closing-section.mdx: paragraph 2 (“The Fixture Wire published the remarks …”) is paragraph 3 of content/story/article.txt but comes after paragraph 1 of content/story/sections/02-closing-section.mdx, which is paragraph 4; keep the article’s order',
  ],
  'statement-misattributed': [
    'content/data/statements.yaml: entry "agency-denies", field "speaker": "fixture-minister" is not named in the statement’s paragraph (paragraph 2 of content/story/sections/01-first-section.mdx, “The Fixture Agency denied the claim.”): none of the speaker’s cues (“The Fixture Minister”) appears there. Check who the article says this, or add the article’s word for them to "cues" in content/data/speakers.yaml',
  ],
  'place-unknown': [
    'content/story/sections/02-closing-section.mdx: <Place id="fx-nowhere"> names no position in content/data/positions.yaml; use a position\'s id, or remove the tag and keep its words',
  ],
  'correction-unknown-id': [
    'content/data/corrections.yaml: entry "north-date", field "touches.positions" (item 2): "fx-nowhere" is not a position id in content/data/positions.yaml',
  ],
  'crimea-without-area': [
    'content/data/positions.yaml: entry "fx-north", field "area": is missing: the label or point places it in Crimea; add area: crimea, so the map says “Russian forces in Crimea, annexed by Russia in 2014” rather than “Russian forces in Russia”',
  ],
  // The schemas take any id; the story's vocabulary.yaml decides which sides, statuses and areas exist.
  'unknown-side': [
    'content/data/positions.yaml: entry "fx-south", field "side": "navy" is not a side in content/data/vocabulary.yaml (its sides: russia, russia-in-belarus, us, nato)',
    'content/data/movements.yaml: entry "fx-north-to-south", field "side": "navy" is not a side in content/data/vocabulary.yaml (its sides: russia, russia-in-belarus, us, nato)',
  ],
  'unknown-status': [
    'content/data/positions.yaml: entry "fx-south", field "status": "stationed" is not a status in content/data/vocabulary.yaml (its statuses: present, arriving, announced, drawn-down, exercise-area, unconfirmed)',
    'content/data/movements.yaml: entry "fx-north-to-south", field "status": "halted" is not a movement status in content/data/vocabulary.yaml (its movement statuses: announced, under-way, arriving, arrived)',
  ],
  'unknown-area': [
    'content/data/positions.yaml: entry "fx-north", field "area": "tavria" is not an area in content/data/vocabulary.yaml (its areas: crimea)',
  ],
  'speaker-side-unnamed': [
    'content/data/speakers.yaml: entry "fixture-agency", field "side": "russia-in-belarus" has no "speakers" words in content/data/vocabulary.yaml, so its speakers cannot be tagged (sides with them: russia, us, nato)',
  ],
  'reader-text': [
    'content/data/positions.yaml: entry "fx-north", field "what": has a straight double quote (") in “Fixture units (the "north group").”: use typographic ones (“ ” ‘ ’)',
    'content/data/positions.yaml: entry "fx-south", field "note": shows readers the id “fx-north”: name the place, movement, statement or source in words (its label) instead',
  ],
  // Natural Earth draws Crimea inside Russia; without map.yaml's `recognised` rule the build must fail.
  'crimea-on-basemap': [
    'content/data/positions.yaml: entry "fx-north", field "area": is "crimea", but the basemap draws this point (45.2009, 33.3665) inside Russia; a map must never show it as part of Russia: add a rule for "crimea" under "recognised" in content/data/map.yaml that gives the land to the country it is recognised as part of',
  ],
  'uncited-source': [
    'content/data/sources.yaml: entry "s03", field "id": is not cited by any position, movement, statement, timeline or known.yaml entry; cite it or remove it',
  ],
  'known-agreed-low': [
    'content/data/known.yaml: entry "fixture-total", field "confidence": is "low": an entry in the "agreed" list (What the sources agree on) needs high confidence; put it in list: reported instead',
  ],
  'known-no-source': [
    'content/data/known.yaml: entry "fixture-total", field "sources": is missing (required)',
    'content/data/known.yaml: entry "fixture-later", field "sources": needs at least one source id from sources.yaml',
  ],
  'known-date-side': [
    "content/data/known.yaml: entry \"fixture-claim\", field \"date\": 2022-02-10 is after the map's date (2022-02-07, set in content/data/map.yaml); what was not known by then belongs in list: later",
    "content/data/known.yaml: entry \"fixture-later\", field \"date\": 2022-02-07 is not after the map's date (2022-02-07, set in content/data/map.yaml); the \"later\" list (Came later) holds only what was reported after it. Known by then: use list: reported",
  ],
  'known-unknown-about': [
    'content/data/known.yaml: entry "fixture-later", field "about": give exactly one of position, statement or section, e.g. about: { section: SECTION-ID }',
    'content/data/known.yaml: entry "fixture-claim", field "sources" (item 2): "s09" is not a source id in content/data/sources.yaml',
    'content/data/known.yaml: entry "fixture-claim", field "about.position": "fx-nowhere" is not a position id in content/data/positions.yaml',
  ],
  'known-box-twice': [
    'content/story/sections/02-closing-section.mdx: places <WhatWeKnow /> again (it is already in content/story/sections/01-first-section.mdx); the box appears once in the story, so keep one tag',
  ],
};

describe('story data checks', () => {
  it('the valid fixture has no problems', () => {
    expect(messages()).toEqual([]);
  });

  it('every rule folder has an expected message, and every expected message a folder', () => {
    expect([...RULES].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (rule, expected) => {
    expect(messages(rule)).toEqual(expected);
  });
});
