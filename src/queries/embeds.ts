// The map embed as other sites take it: the iframe address per view, the snippet under "Get the
// data", and the oEmbed responses of the story, the sections and /embed/map/.
import { getSections, getStory } from './story';
import { getVocabulary } from './story-data';
import { atStart } from '../lib/map/words';
import { STATIC_PNG_SCALE } from '../lib/map/static-png';
import { STILL_SIZE } from '../lib/map/static-still';
import { OVERVIEW_ID } from '../lib/map/views';
import { oembedResponse } from '../lib/oembed';
import { absoluteUrl, staticMapPath } from '../lib/urls';

/** The embed's suggested size: the iframe's height when nothing resizes it. */
export const EMBED_WIDTH = 640;
export const EMBED_HEIGHT = 560;

/** The id of /embed/map/'s own oEmbed file (the others are "story" and the section ids). */
export const EMBED_OEMBED_ID = 'embed-map';

/** Size of the static map PNGs (/map/static/VIEW.png): the map with its caption, key and credit bands. */
export const STATIC_PNG_SIZE = { width: STILL_SIZE.width * STATIC_PNG_SCALE, height: STILL_SIZE.height * STATIC_PNG_SCALE };

/** Absolute address of the embed showing a view; `base` is the story's base (src/queries/stories.ts). */
export const embedUrl = (site: URL, base: string, view: string = OVERVIEW_ID): string =>
  absoluteUrl(site, base, view === OVERVIEW_ID ? 'embed/map/' : `embed/map/?view=${encodeURIComponent(view)}`);

/** Every oEmbed response of a story, by file id; `base` is the story's base. */
export async function getOEmbeds(slug: string, site: URL, base: string): Promise<{ id: string; json: Record<string, string | number> }[]> {
  const [story, sections, vocabulary] = await Promise.all([getStory(slug), getSections(slug), getVocabulary(slug)]);
  const provider = { name: `${story.shortTitle} explainer`, url: absoluteUrl(site, base) };
  const response = (title: string, view: string) =>
    oembedResponse({
      title,
      embedUrl: embedUrl(site, base, view),
      width: EMBED_WIDTH,
      height: EMBED_HEIGHT,
      provider,
      thumbnail: { url: absoluteUrl(site, base, staticMapPath(view, 'png')), ...STATIC_PNG_SIZE },
    });
  const mapTitle = `${atStart(vocabulary.map.name)}: ${story.shortTitle}`;
  const ids = new Set(['story', EMBED_OEMBED_ID]);
  for (const s of sections) if (ids.has(s.id)) throw new Error(`oEmbed: section id "${s.id}" clashes with the story's or the embed's oEmbed file`);
  return [
    { id: 'story', json: response(mapTitle, OVERVIEW_ID) },
    { id: EMBED_OEMBED_ID, json: response(mapTitle, OVERVIEW_ID) },
    ...sections.map((s) => ({ id: s.id, json: response(`${s.data.heading} · ${vocabulary.map.name}: ${story.shortTitle}`, s.id) })),
  ];
}
