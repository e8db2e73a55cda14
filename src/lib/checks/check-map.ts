// Everything plotted must sit inside the story map's frame and belong to the map's date.
import type { LoadedContent } from './loaded';
import type { DataProblem } from './problems';
import { startsAfter } from '../format/dates';

/** Positions outside the map bounds, and positions or movements dated after the map's date. */
export function mapProblems(c: LoadedContent): DataProblem[] {
  const map = c.map.entries[0]?.data;
  if (!map || c.map.entries.length !== 1) return [];
  const { south, west, north, east } = map.bounds;
  const mapFile = c.map.file;
  const problems: DataProblem[] = [];
  for (const { entry, data } of c.positions.entries) {
    const where = { file: c.positions.file, entry };
    if (data.lat < south) problems.push({ ...where, field: 'lat', message: `${data.lat} lies south of the story map (its southern edge is ${south}, set in ${mapFile})` });
    if (data.lat > north) problems.push({ ...where, field: 'lat', message: `${data.lat} lies north of the story map (its northern edge is ${north}, set in ${mapFile})` });
    if (data.lng < west) problems.push({ ...where, field: 'lng', message: `${data.lng} lies west of the story map (its western edge is ${west}, set in ${mapFile})` });
    if (data.lng > east) problems.push({ ...where, field: 'lng', message: `${data.lng} lies east of the story map (its eastern edge is ${east}, set in ${mapFile})` });
  }
  for (const file of [c.positions, c.movements]) {
    for (const { entry, data } of file.entries) {
      if (data.asOf !== undefined && startsAfter(data.asOf, map.asOf)) {
        problems.push({
          file: file.file,
          entry,
          field: 'asOf',
          message: `${data.asOf} is after the map's date (${map.asOf}, set in ${mapFile}); later events do not belong on this map`,
        });
      }
    }
  }
  return problems;
}

/** The map file must hold exactly one entry. */
export function mapCountProblems(c: LoadedContent): DataProblem[] {
  const count = c.map.entries.length;
  return count === 1 || !c.map.complete ? [] : [{ file: c.map.file, message: `must hold exactly one entry (the story map), found ${count}` }];
}
