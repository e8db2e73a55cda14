// "What the map shows" for one view, generated from the data. Rendered to static HTML by
// PositionsMap.astro (no JavaScript), and re-rendered by the island as the view changes.
import { outOfFrame } from '../../lib/embed/links';
import type { ViewDescription } from '../../lib/map/describe';
import { positionDomId } from '../../lib/contracts';

interface Props {
  d: ViewDescription;
  /** The page holding the positions table ("" on the story page itself). */
  tablePage: string;
  /** In the embed: links open in a new tab, outside the frame. */
  newTab?: boolean;
}

export default function ViewText({ d, tablePage, newTab = false }: Props) {
  return (
    <>
      <p>{d.summary}</p>
      {d.highlighted.length > 0 && (
        <>
          <p>Highlighted in this view:</p>
          <ul>
            {d.highlighted.map((h) => (
              <li key={h.id}>
                <a href={`${tablePage}#${positionDomId(h.id)}`} {...outOfFrame(newTab)}>{h.text}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {d.movements.map((m) => (
        <p key={m}>{m}.</p>
      ))}
    </>
  );
}
