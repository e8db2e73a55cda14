// The pre-publish checklist of a story, read from its data: what an editor must look at before
// publishing. Each item names the file and the entry, like the validator's problems; none of them
// fails the build (a low-confidence point may be right), they ask a person to look.
import { PLACEHOLDER_MARK, placeholderFields } from '../data/check-placeholders';
import { MAX_TITLE_LENGTH } from '../page-meta';

export interface ChecklistItem {
  file: string;
  /** The entry's id, or a section's id. */
  entry: string;
  /** What to look at, in plain words. */
  note: string;
}

export interface ChecklistGroup {
  title: string;
  items: ChecklistItem[];
}

type Entry = Record<string, unknown>;

/** What the checklist reads of a story: each data file's entries, the sections and the share titles. */
export interface ChecklistInput {
  positions: { file: string; entries: Entry[] };
  movements: { file: string; entries: Entry[] };
  statements: { file: string; entries: Entry[] };
  corrections: { file: string; entries: Entry[] };
  /** Every YAML data file's entries (and story.yaml's story), for placeholder text. */
  all: { file: string; entries: Entry[] }[];
  sections: { file: string; id: string; body: string }[];
  /** The titles pages and share cards carry: the story's headline, each section's heading… */
  shareTitles: { file: string; entry: string; title: string }[];
  /** Today, YYYY-MM-DD. */
  today: string;
}

const id = (e: Entry) => String(e.id ?? '?');

/** A statement's words that may read as a fragment: a quote of a few words or one that is not a whole sentence, given without our `sense`. */
export function mayNeedSense(s: Entry): boolean {
  if (s.sense || s.kind !== 'quote' || typeof s.text !== 'string') return false;
  const words = s.text.trim().split(/\s+/).length;
  return words < 6 || !/^[\p{Lu}“‘"]/u.test(s.text.trim());
}

/** Markdown or HTML images in a section without a text alternative. */
const imagesWithoutAlt = (body: string): string[] => [
  ...[...body.matchAll(/!\[\s*\]\(([^)]*)\)/g)].map((m) => m[1]!),
  ...[...body.matchAll(/<img\b(?![^>]*\balt\s*=\s*["'][^"']+["'])[^>]*>/g)].map((m) => m[0]),
];

/** The checklist, one group per kind of check, in the order an editor works through them. */
export function checklist(c: ChecklistInput): ChecklistGroup[] {
  const mapEntries = [c.positions, c.movements];
  return [
    {
      title: 'Positions without an as-of date',
      items: c.positions.entries.filter((e) => !e.asOf).map((e) => ({ file: c.positions.file, entry: id(e), note: e.asOfNote ? `no asOf; asOfNote says: ${String(e.asOfNote)}` : 'no asOf and no asOfNote' })),
    },
    {
      title: 'Low-confidence points',
      items: mapEntries.flatMap((f) => f.entries.filter((e) => e.confidence === 'low').map((e) => ({ file: f.file, entry: id(e), note: e.confidenceNote ? String(e.confidenceNote) : 'confidence: low' }))),
    },
    {
      title: 'Quoted fragments that may need a sense line',
      items: c.statements.entries.filter(mayNeedSense).map((e) => ({ file: c.statements.file, entry: id(e), note: `“${String(e.text)}” has no sense line` })),
    },
    {
      title: 'Corrections dated today',
      items: c.corrections.entries.filter((e) => e.date === c.today).map((e) => ({ file: c.corrections.file, entry: id(e), note: `dated ${c.today}: check its wording before it goes out` })),
    },
    {
      title: 'Placeholder text left',
      items: [
        ...c.all.flatMap((f) => f.entries.flatMap((e) => placeholderFields(e).map((field) => ({ file: f.file, entry: id(e), note: `field "${field}"` })))),
        ...c.sections.filter((s) => s.body.includes(PLACEHOLDER_MARK)).map((s) => ({ file: s.file, entry: s.id, note: `the text still holds ${PLACEHOLDER_MARK}` })),
      ],
    },
    {
      title: `Share titles over ${MAX_TITLE_LENGTH} characters (cut with “…” on cards and in search results)`,
      items: c.shareTitles.filter((t) => t.title.length > MAX_TITLE_LENGTH).map((t) => ({ file: t.file, entry: t.entry, note: `${t.title.length} characters: “${t.title}”` })),
    },
    {
      title: 'Images without alt text',
      items: c.sections.flatMap((s) => imagesWithoutAlt(s.body).map((img) => ({ file: s.file, entry: s.id, note: img }))),
    },
  ];
}
