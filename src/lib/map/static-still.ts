// The still a newsletter, an app or an oEmbed consumer takes away (/map/static/VIEW.png): the static
// map with what it needs once out of the page, drawn in. A band above says what the view shows and
// the map's date (a map of 7 Feb 2022 must not read as current); a band below holds a compact key
// and the credit. The page's own SVG map has these in its figure, so only the still carries them.
import { escapeXml } from '../format/escape-xml';
import { STATIC_ASPECT, STATIC_WIDTH } from './framing';
import { labelWidth } from './labels';
import { KEY_SHAPE, NEUTRAL, symbolShapes } from './symbols';
import type { MapWords } from './words';

/** Heights of the bands above and below the map, in the map's pixels (fixed: every still has one size). */
export const STILL_HEADER = 70;
export const STILL_FOOTER = 104;

/** Every still's size in the map's pixels (the PNG is this at STATIC_PNG_SCALE). */
export const STILL_SIZE = { width: STATIC_WIDTH, height: STILL_HEADER + Math.round(STATIC_WIDTH * STATIC_ASPECT) + STILL_FOOTER };

export interface StillInput {
  /** The static map's SVG document (staticMapSvg) and its size. */
  mapSvg: string;
  width: number;
  mapHeight: number;
  /** The view's caption, e.g. "Russian forces reported around Ukraine’s borders". */
  caption: string;
  /** The map's date in words, e.g. "7 Feb 2022". */
  asOf: string;
  /** Whose explainer, e.g. "“Macron in Moscow” explainer". */
  credit: string;
  /** Where the sources are listed, e.g. "https://example.org/positions/". */
  sourcesUrl: string;
  /** The story's map vocabulary: the map's title and the key's sides and statuses. */
  words: MapWords;
}

const STYLE = `
.st-bg{fill:#fbfaf7}.st-rule{fill:#9c2b23}
.st-title{font-family:system-ui,sans-serif;font-size:16px;font-weight:700;fill:#1b1b1f}
.st-date{font:400 13px system-ui,sans-serif;fill:#45454d}
.st-key{font:400 12px system-ui,sans-serif;fill:#1b1b1f}
.st-credit{font:400 11px system-ui,sans-serif;fill:#5b5b66}
`.replace(/\n/g, '');

/** Words into lines no wider than `max` pixels at `size` (at most `lines` lines; the last ends with … if cut). */
export function wrapText(text: string, max: number, size: number, lines = 2): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && labelWidth(next, size) > max) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1]!.replace(/[,;:]?$/, '')} …`;
  return kept;
}

/** Key items laid out left to right, wrapping onto a new row when the next would not fit. */
function keyRows(items: { svg: string; text: string }[], width: number, top: number, rowHeight: number): { markup: string; bottom: number } {
  const pad = 12;
  let x = pad;
  let y = top;
  const parts: string[] = [];
  for (const item of items) {
    const w = 18 + labelWidth(item.text, 12) + 10;
    if (x > pad && x + w > width - pad) {
      x = pad;
      y += rowHeight;
    }
    parts.push(`<g transform="translate(${x} ${y})"><g transform="scale(0.667)">${item.svg}</g><text class="st-key" x="20" y="12">${escapeXml(item.text)}</text></g>`);
    x += w;
  }
  return { markup: parts.join(''), bottom: y + rowHeight };
}

/** The still's SVG: header band, the map, key and credit band. Same width as the map; taller by the bands. */
export function staticStillSvg({ mapSvg, width, mapHeight, caption, asOf, credit, sourcesUrl, words }: StillInput): string {
  const height = STILL_HEADER + mapHeight + STILL_FOOTER;
  const title = wrapText(caption, width - 24, 16, 2);
  // One caption line leaves room to set the date a little lower; two push it to the band's foot.
  const titleTexts = title.map((line, i) => `<text class="st-title" x="12" y="${22 + i * 19}">${escapeXml(line)}</text>`).join('');
  const dateY = 22 + title.length * 19;
  const header = `${titleTexts}<text class="st-date" x="12" y="${dateY}">${escapeXml(`${words.map.title} as of ${asOf}. Most points mark a nearby town, not the site itself.`)}</text>`;

  const sides = words.sideIds.map((id) => ({ svg: symbolShapes(words.sideSymbol(id)), text: words.side(id).name }));
  const statuses = words.statusIds.map((id) => ({
    svg: symbolShapes({ shape: KEY_SHAPE, colour: NEUTRAL, mark: words.status(id).mark, confidence: 'high' }),
    text: words.status(id).name,
  }));
  const top = STILL_HEADER + mapHeight;
  const sideRows = keyRows(sides, width, top + 8, 20);
  const statusRows = keyRows(statuses, width, sideRows.bottom, 20);
  const creditLines = wrapText(`${credit}. Sources: the public sources cited for each point, at ${sourcesUrl}`, width - 24, 11, 2);
  const credits = creditLines
    .map((line, i) => `<text class="st-credit" x="12" y="${statusRows.bottom + 10 + i * 14}">${escapeXml(line)}</text>`)
    .join('');

  // The map's own markup (its styles included), moved down between the bands. Not clipped (resvg
  // panics on a clip-path or nested <svg> around some of these maps): the bands are drawn after it,
  // on their own background, and cover whatever the map draws past its edges.
  const map = `<g transform="translate(0 ${STILL_HEADER})">${mapSvg.replace(/^<svg [^>]*>/, '').replace(/<\/svg>$/, '')}</g>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `<style>${STYLE}</style>`,
    map,
    `<rect class="st-bg" width="${width}" height="${STILL_HEADER}"/><rect class="st-rule" width="${width}" height="4"/>`,
    `<g>${header}</g>`,
    `<rect class="st-bg" y="${top}" width="${width}" height="${STILL_FOOTER}"/>`,
    `<g>${sideRows.markup}${statusRows.markup}</g>`,
    credits,
    '</svg>',
  ].join('');
}
