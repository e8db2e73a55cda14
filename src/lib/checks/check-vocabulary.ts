// The story's vocabulary (vocabulary.yaml) against the files that use it: every side, status and
// area a position, movement, speaker or map.yaml names must be one the story declares, with the
// words the site needs to say it. The schemas take any kebab-case id; this is where an unknown
// one stops the build, naming the file, the entry and the field.
import type { Vocabulary } from '../../schemas/vocabulary';
import type { LoadedContent, LoadedFile } from './loaded';
import type { DataProblem } from './problems';

/** "russia, us, nato" for a message, or "none". */
const listed = (ids: string[]): string => (ids.length ? ids.join(', ') : 'none');

/** Ids declared twice in one of the vocabulary's lists. */
function duplicateProblems(file: string, v: Vocabulary): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const key of ['sides', 'statuses', 'movementStatuses', 'areas'] as const) {
    const seen = new Set<string>();
    v[key].forEach(({ id }, i) => {
      if (seen.has(id)) problems.push({ file, field: `${key}.id`, item: i + 1, message: `"${id}" is declared twice; each id must be unique` });
      seen.add(id);
    });
  }
  return problems;
}

/** Each use of an id the vocabulary does not declare (or declares without the words it needs). */
export function vocabularyProblems(c: LoadedContent): DataProblem[] {
  const v = c.vocabulary.entries[0]?.data;
  if (!v) return [];
  const file = c.vocabulary.file;
  const problems = duplicateProblems(file, v);
  const sides = new Map(v.sides.map((s) => [s.id, s]));
  const mapSides = v.sides.filter((s) => s.map).map((s) => s.id);
  const speakerSides = v.sides.filter((s) => s.speakers).map((s) => s.id);
  const statuses = v.statuses.map((s) => s.id);
  const movementStatuses = v.movementStatuses.map((s) => s.id);
  const areas = v.areas.map((a) => a.id);

  /** A side that must carry a `map` block (positions, movements). */
  const mapSide = <T extends { side: string }>(f: LoadedFile<T>) =>
    f.entries.forEach(({ entry, data }) => {
      if (!sides.has(data.side)) problems.push({ file: f.file, entry, field: 'side', message: `"${data.side}" is not a side in ${file} (its sides: ${listed(v.sides.map((s) => s.id))})` });
      else if (!sides.get(data.side)!.map) problems.push({ file: f.file, entry, field: 'side', message: `"${data.side}" has no "map" words in ${file}, so the map cannot draw it (sides with them: ${listed(mapSides)})` });
    });
  mapSide(c.positions);
  mapSide(c.movements);

  for (const { entry, data } of c.positions.entries) {
    const where = { file: c.positions.file, entry };
    if (!statuses.includes(data.status)) problems.push({ ...where, field: 'status', message: `"${data.status}" is not a status in ${file} (its statuses: ${listed(statuses)})` });
    if (data.area === undefined) continue;
    if (!areas.includes(data.area)) problems.push({ ...where, field: 'area', message: `"${data.area}" is not an area in ${file} (its areas: ${listed(areas)})` });
    else if (sides.get(data.side)?.map && !sides.get(data.side)!.map!.forces) {
      problems.push({ ...where, field: 'area', message: `needs the side's "forces" words (map.forces of side "${data.side}" in ${file}) to name a point in an area` });
    }
  }
  for (const { entry, data } of c.movements.entries) {
    if (!movementStatuses.includes(data.status)) {
      problems.push({ file: c.movements.file, entry, field: 'status', message: `"${data.status}" is not a movement status in ${file} (its movement statuses: ${listed(movementStatuses)})` });
    }
  }
  for (const { entry, data } of c.speakers.entries) {
    const where = { file: c.speakers.file, entry, field: 'side' };
    if (!sides.has(data.side)) problems.push({ ...where, message: `"${data.side}" is not a side in ${file} (its sides: ${listed(v.sides.map((s) => s.id))})` });
    else if (!sides.get(data.side)!.speakers) problems.push({ ...where, message: `"${data.side}" has no "speakers" words in ${file}, so its speakers cannot be tagged (sides with them: ${listed(speakerSides)})` });
  }
  const map = c.map.entries[0];
  map?.data.recognised?.forEach((rule, i) => {
    if (!areas.includes(rule.area)) {
      problems.push({ file: c.map.file, entry: map.entry, field: `recognised.${i + 1}.area`, message: `"${rule.area}" is not an area in ${file} (its areas: ${listed(areas)})` });
    }
  });
  return problems;
}
