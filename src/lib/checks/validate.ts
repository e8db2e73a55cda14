// The whole data check: read each file as YAML, check every entry against its schema, then check
// the files against each other and against the article. Pure: it gets file texts, returns problems.
import type { z } from 'astro/zod';
import { OPTIONAL_DATA_FILES, SINGLE_DATA_FILES, type DataFileKey } from './content-paths';
import { areaProblems } from './check-areas';
import { vocabularyProblems } from './check-vocabulary';
import { basemapProblems, type WorldFile } from './check-basemap';
import { articleParagraphProblems } from './check-article-paragraphs';
import { articleTextProblems } from './check-article-text';
import { correctionProblems } from './check-corrections';
import { duplicateIdProblems } from './check-ids';
import { knownProblems } from './check-known';
import { mapCountProblems, mapProblems } from './check-map';
import { placeMarkProblems } from './check-place-marks';
import { quoteMarkProblems } from './check-quote-marks';
import { readerTextProblems } from './check-reader-text';
import { referenceProblems } from './check-references';
import { sectionMapProblems } from './check-section-maps';
import { speakerCueProblems } from './check-speaker-cues';
import type { LoadedContent, LoadedFile, LoadedSection } from './loaded';
import { entryLabel, type DataProblem } from './problems';
import { checkEntry } from './schema-problems';
import { DATA_SCHEMAS } from './schemas';
import { readSectionText } from '../text/section-text';
import { parseYaml } from './yaml';

export interface RawFile {
  /** Path as shown to the editor, e.g. "content/data/positions.yaml". */
  path: string;
  /** The file's text, or null when it does not exist. */
  text: string | null;
}

/** Everything the check reads, as text: the data files and the section MDX files. */
export interface RawContent {
  files: Record<DataFileKey, RawFile>;
  /** content/story/article.txt: the article as received, one paragraph per line. */
  article: RawFile;
  /** Path of the sections folder as shown to the editor. */
  sectionsDir: string;
  sections: { path: string; text: string }[];
  /** The world's country shapes the basemap is cut from (world-atlas), parsed. */
  world: WorldFile;
}

/** A file's YAML value, or undefined (with the problem noted) when the file is missing or not valid YAML. */
export function parseRawFile(raw: RawFile, problems: DataProblem[]): { value: unknown } | undefined {
  if (raw.text === null) {
    problems.push({ file: raw.path, message: 'is missing' });
    return undefined;
  }
  const parsed = parseYaml(raw.text);
  if (!parsed.ok) {
    problems.push({ file: raw.path, message: parsed.message });
    return undefined;
  }
  return { value: parsed.value };
}

function loadFile<S extends z.ZodType>(raw: RawFile, schema: S, problems: DataProblem[], optional = false): LoadedFile<z.infer<S>> {
  const loaded: LoadedFile<z.infer<S>> = { file: raw.path, entries: [], ids: new Set(), readable: false, complete: false };
  // A story may leave an optional file out: it reads as an empty list.
  if (raw.text === null && optional) return { ...loaded, readable: true, complete: true };
  const parsed = parseRawFile(raw, problems);
  if (!parsed) return loaded;
  const items = parsed.value ?? [];
  if (!Array.isArray(items)) {
    problems.push({ file: raw.path, message: 'must be a list of entries, each starting with "- id: …"' });
    return loaded;
  }
  loaded.readable = true;
  const rawIds = items.map((item) => {
    const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? id : undefined;
  });
  for (const id of rawIds) if (id !== undefined) loaded.ids.add(id);
  const before = problems.length;
  problems.push(...duplicateIdProblems(raw.path, rawIds));
  items.forEach((item, index) => {
    const where = { file: raw.path, entry: entryLabel(item, index) };
    const { data, problems: found } = checkEntry(schema, item, where);
    problems.push(...found);
    if (data !== undefined) loaded.entries.push({ entry: where.entry, data });
  });
  loaded.complete = problems.length === before;
  return loaded;
}

/** The entry label of a file that holds one group of fields (vocabulary.yaml). */
export const SINGLE_ENTRY = 'vocabulary';

/** A file of one group of fields (name: value), loaded as one entry labelled SINGLE_ENTRY. */
function loadSingle<S extends z.ZodType>(raw: RawFile, schema: S, problems: DataProblem[]): LoadedFile<z.infer<S>> {
  const loaded: LoadedFile<z.infer<S>> = { file: raw.path, entries: [], ids: new Set(), readable: false, complete: false };
  const parsed = parseRawFile(raw, problems);
  if (!parsed) return loaded;
  if (!parsed.value || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    problems.push({ file: raw.path, message: 'must be a group of fields (name: value), not a list' });
    return loaded;
  }
  loaded.readable = true;
  const { data, problems: found } = checkEntry(schema, parsed.value, { file: raw.path });
  problems.push(...found);
  if (data !== undefined) loaded.entries.push({ entry: SINGLE_ENTRY, data });
  loaded.complete = found.length === 0;
  return loaded;
}

function loadSections(raw: RawContent, problems: DataProblem[]): Map<string, LoadedSection> {
  const sections = new Map<string, LoadedSection>();
  for (const { path, text } of raw.sections) {
    const { id, order, prose, body, map, paragraphs } = readSectionText(text);
    if (id === undefined) problems.push({ file: path, message: 'has no frontmatter "id", so statements cannot point to it' });
    else sections.set(id, { file: path, order, prose, body, map, paragraphs });
  }
  return sections;
}

/** Every problem in the story data, in file order; an empty list means the data is good. */
export function validateContent(raw: RawContent): DataProblem[] {
  const problems: DataProblem[] = [];
  const load = <S extends z.ZodType>(key: DataFileKey, schema: S) =>
    SINGLE_DATA_FILES.has(key) ? loadSingle(raw.files[key], schema, problems) : loadFile(raw.files[key], schema, problems, OPTIONAL_DATA_FILES.has(key));
  const content: LoadedContent = {
    sources: load('sources', DATA_SCHEMAS.sources),
    positions: load('positions', DATA_SCHEMAS.positions),
    movements: load('movements', DATA_SCHEMAS.movements),
    speakers: load('speakers', DATA_SCHEMAS.speakers),
    statements: load('statements', DATA_SCHEMAS.statements),
    timeline: load('timeline', DATA_SCHEMAS.timeline),
    map: load('map', DATA_SCHEMAS.map),
    corrections: load('corrections', DATA_SCHEMAS.corrections),
    known: load('known', DATA_SCHEMAS.known),
    vocabulary: load('vocabulary', DATA_SCHEMAS.vocabulary),
    sections: loadSections(raw, problems),
    sectionsDir: raw.sectionsDir,
  };
  const all = [
    ...problems,
    ...mapCountProblems(content),
    ...vocabularyProblems(content),
    ...referenceProblems(content),
    ...mapProblems(content),
    ...areaProblems(content),
    ...basemapProblems(content, raw.world),
    ...sectionMapProblems(content),
    ...articleTextProblems(content),
    ...quoteMarkProblems(content),
    ...placeMarkProblems(content),
    ...articleParagraphProblems(content, raw.article),
    ...speakerCueProblems(content),
    ...correctionProblems(content),
    ...knownProblems(content),
    ...readerTextProblems(content),
  ];
  // Grouped by file (a stable sort keeps each file's problems in the order they were found).
  const order = [...Object.values(raw.files).map((f) => f.path), raw.article.path, ...raw.sections.map((s) => s.path), raw.world.path];
  const rank = (file: string) => (order.includes(file) ? order.indexOf(file) : order.length);
  return all.sort((a, b) => rank(a.file) - rank(b.file));
}
