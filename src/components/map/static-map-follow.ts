// Before the live map: the story's static map follows the reader (and the embed's shows its ?view=). Each section's view waits in a
// <template data-static-view> (its static SVG, caption and "What the map shows"); on the section event
// the frame crossfades to it (no fade under prefers-reduced-motion) and data-view names it.
// As the reader approaches a section, its image is created ahead of time, so it has downloaded by
// then; every image is created once and kept, so going back never downloads it again.
// data-reader-view names the reader's view at once, before its image has arrived, so a live map
// loading meanwhile opens where the reader is. Once the live map is ready (data-live="ready") it
// follows the reader itself, and this stops.
import { LIVE_ATTR, READER_VIEW_ATTR, SECTION_EVENT, VIEW_ATTR } from '../../lib/contracts';

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
const saveData = () => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

/** Resolves once the image can be drawn (a broken one too: the crossfade must not wait forever). */
const loaded = (img: HTMLImageElement) =>
  img.complete
    ? Promise.resolve()
    : new Promise<void>((resolve) => {
        img.addEventListener('load', () => resolve(), { once: true });
        img.addEventListener('error', () => resolve(), { once: true });
      });

export function followStaticMaps(frame: HTMLElement): void {
  const stage = frame.querySelector<HTMLElement>('.positions-map__stage');
  const first = stage?.querySelector<HTMLImageElement>('img[data-static-map]');
  const templates = new Map([...frame.querySelectorAll<HTMLTemplateElement>('template[data-static-view]')].map((t) => [t.dataset.staticView!, t]));
  if (!stage || !first || templates.size === 0) return;
  // The views come in buildViews' order, the overview first (src/lib/map/views.ts). Read here rather
  // than imported: importing OVERVIEW_ID would load the views module's shared chunk before intent.
  const overview = templates.keys().next().value!;
  const caption = frame.querySelector('[data-map-caption]');
  const text = frame.querySelector('[data-map-text]');
  // Each view's image, created (and so downloaded) once; the page's own image is the first view's.
  const images = new Map<string, HTMLImageElement>([[frame.getAttribute(VIEW_ATTR)!, first]]);
  let current = first;
  let wanted = frame.getAttribute(VIEW_ATTR)!;
  const live = () => frame.getAttribute(LIVE_ATTR) === 'ready';

  function image(id: string): HTMLImageElement | undefined {
    const known = images.get(id);
    if (known) return known;
    const inert = templates.get(id)?.content.querySelector('img');
    if (!inert) return undefined;
    const img = document.importNode(inert, true); // an image in the document: it downloads now
    images.set(id, img);
    return img;
  }

  /** Ends any crossfade at once: only the current image stays in the stage. */
  function settle() {
    for (const img of stage!.querySelectorAll<HTMLImageElement>('img[data-static-map]')) if (img !== current) img.remove();
    current.classList.remove('positions-map__static--incoming', 'positions-map__static--in');
  }

  async function show(id: string) {
    wanted = id;
    frame.setAttribute(READER_VIEW_ATTR, id);
    const img = image(id);
    if (!img || live()) return;
    await loaded(img);
    if (wanted !== id || live() || img === current) return;
    settle();
    const previous = current;
    current = img;
    frame.setAttribute(VIEW_ATTR, id);
    const content = templates.get(id)!.content;
    if (caption) caption.textContent = content.querySelector('[data-caption]')?.textContent ?? '';
    const words = content.querySelector('[data-text]');
    if (text && words) text.replaceChildren(...document.importNode(words, true).childNodes);
    if (reducedMotion()) {
      previous.replaceWith(img);
      return;
    }
    img.classList.add('positions-map__static--incoming');
    previous.after(img);
    img.getBoundingClientRect(); // lay it out at opacity 0 first, so the fade runs
    img.classList.add('positions-map__static--in');
    const done = () => img === current && settle();
    img.addEventListener('transitionend', done, { once: true });
    setTimeout(done, 600); // in case no transition ran
  }

  document.addEventListener(SECTION_EVENT, (e) => {
    const id = e.detail.id;
    void show(id && templates.has(id) ? id : overview);
  });

  // Opening /#SECTION-ID starts in that section's view; so does /embed/map/?view=SECTION-ID (data-view-query).
  const fromQuery = 'viewQuery' in frame.dataset ? new URLSearchParams(location.search).get('view') : null;
  const asked = fromQuery ?? decodeURIComponent(location.hash.slice(1));
  if (templates.has(asked) && asked !== wanted) void show(asked);

  // Ahead of the reader, once they start scrolling: sections within half a screen of the viewport
  // get their image now. Save-Data readers download a view only when they reach it.
  if (!saveData() && 'IntersectionObserver' in window) addEventListener('scroll', lookAhead, { once: true, passive: true });

  function lookAhead() {
    const ahead = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          image((entry.target as HTMLElement).id);
          ahead.unobserve(entry.target);
        }
      },
      { rootMargin: '50% 0px 50% 0px' },
    );
    for (const section of document.querySelectorAll<HTMLElement>('[data-section]')) if (templates.has(section.id)) ahead.observe(section);
  }
}
