// A story made by `npm run new-story` starts as a copy of templates/story/, whose every text says
// "[Placeholder] …". Publishing one of those words would put the template in front of readers, so
// a story that is not a draft fails the build while any file still holds one, naming the file, the
// entry and the field. Drafts may hold them: that is how a new story builds at once.
import { SINGLE_DATA_FILES, type DataFileKey } from './content-paths';
import type { DataProblem } from './problems';
import { entryLabel } from './problems';
import { paragraphsOf, splitFrontmatter } from '../text/section-text';
import type { RawContent, RawFile } from './validate';
import { parseYaml } from './yaml';

/** The mark every placeholder text of templates/story/ carries. */
export const PLACEHOLDER_MARK = '[Placeholder]';
/** The ids the template's entries carry ("placeholder-position", …): a kept one is a kept placeholder. */
export const PLACEHOLDER_ID = /^placeholder(?:-|$)/;

const isPlaceholder = (value: string): boolean => value.includes(PLACEHOLDER_MARK) || PLACEHOLDER_ID.test(value);

const MESSAGE = `still holds the template's placeholder text: replace it before publishing (or keep "draft: true" in story/story.yaml)`;

/** Every field under `value` whose text is a placeholder, as dotted paths ("strength.text", "cues.1"). */
export function placeholderFields(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return isPlaceholder(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => placeholderFields(item, `${path}${path ? '.' : ''}${i + 1}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => placeholderFields(item, `${path}${path ? '.' : ''}${key}`));
  }
  return [];
}

/**
 * One problem per placeholder field of a YAML file: a list of entries, one mapping (story.yaml)
 * keyed by the story, or (`single`) one group of fields, named by their paths (vocabulary.yaml).
 */
function yamlProblems(raw: RawFile, single = false): DataProblem[] {
  if (raw.text === null) return [];
  const parsed = parseYaml(raw.text);
  if (!parsed.ok) return []; // the schema check already names the file
  if (single) return placeholderFields(parsed.value).map((field) => ({ file: raw.path, field, message: MESSAGE }));
  const entries: [string, unknown][] = Array.isArray(parsed.value)
    ? parsed.value.map((item, i) => [entryLabel(item, i), item])
    : parsed.value && typeof parsed.value === 'object'
      ? Object.entries(parsed.value).map(([key, item]) => [`"${key}"`, item])
      : [];
  return entries.flatMap(([entry, item]) => placeholderFields(item).map((field) => ({ file: raw.path, entry, field, message: MESSAGE })));
}

/** A section's frontmatter fields, then its paragraphs ("paragraph 2"). */
function sectionProblems(path: string, text: string): DataProblem[] {
  const { frontmatter, body } = splitFrontmatter(text);
  const parsed = frontmatter === undefined ? undefined : parseYaml(frontmatter);
  const fields = parsed?.ok ? parsed.value : undefined;
  const id = fields && typeof fields === 'object' ? (fields as { id?: unknown }).id : undefined;
  const entry = typeof id === 'string' ? `"${id}"` : undefined;
  const inFrontmatter = placeholderFields(fields).map((field) => ({ file: path, entry, field, message: MESSAGE }));
  const inBody = paragraphsOf(body).flatMap((paragraph, i) =>
    paragraph.includes(PLACEHOLDER_MARK) ? [{ file: path, entry, field: `paragraph ${i + 1}`, message: MESSAGE }] : [],
  );
  return [...inFrontmatter, ...inBody];
}

/** Placeholder text left anywhere in a story folder: story.yaml, the article, the sections and the data files. */
export function placeholderProblems(storyFile: RawFile, content: RawContent): DataProblem[] {
  const article = (content.article.text ?? '')
    .split(/\r?\n/)
    .flatMap((line, i) => (line.includes(PLACEHOLDER_MARK) ? [{ file: content.article.path, field: `line ${i + 1}`, message: MESSAGE }] : []));
  return [
    ...yamlProblems(storyFile),
    ...article,
    ...content.sections.flatMap((s) => sectionProblems(s.path, s.text)),
    ...(Object.keys(content.files) as DataFileKey[]).flatMap((key) => yamlProblems(content.files[key], SINGLE_DATA_FILES.has(key))),
  ];
}
