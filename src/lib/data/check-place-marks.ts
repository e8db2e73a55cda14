// Every <Place id="…"> in a section file must name a plotted position, or the built page would
// link a place name to nothing. Checked here, before Astro renders, so the message names the .mdx file.
import type { LoadedContent } from './loaded';
import type { DataProblem } from './problems';

const PLACE_TAG = /<Place(\s[^<>]*?)?\s*\/?>/g;
const ID_ATTRIBUTE = /(?:^|\s)id\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/** The `id` of every <Place> opening tag in `body`, in the order written (undefined when it has none). */
export const placeIdsIn = (body: string): (string | undefined)[] => placeTagsIn(body).map((t) => t.id);

/** Every <Place> opening tag in `body`, as written, with its `id` (undefined when it has none). */
const placeTagsIn = (body: string): { tag: string; id: string | undefined }[] =>
  [...body.matchAll(PLACE_TAG)].map(([tag, attributes = '']) => {
    const id = ID_ATTRIBUTE.exec(attributes);
    return { tag, id: id ? (id[1] ?? id[2]) : undefined };
  });

/** <Place> tags without an id, or naming no position in positions.yaml. */
export function placeMarkProblems(c: LoadedContent): DataProblem[] {
  if (!c.positions.readable) return [];
  const problems: DataProblem[] = [];
  for (const { file, body } of c.sections.values()) {
    for (const { tag: snippet, id } of placeTagsIn(body)) {
      if (id === undefined) {
        problems.push({ file, snippet, message: 'a <Place> has no id="…"; give it the id of a position in ' + c.positions.file });
      } else if (!c.positions.ids.has(id)) {
        problems.push({
          file,
          snippet,
          message: `<Place id="${id}"> names no position in ${c.positions.file}; use a position's id, or remove the tag and keep its words`,
        });
      }
    }
  }
  return problems;
}
