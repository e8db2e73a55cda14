// client:intent: hydrates an island only when the reader reaches for it. Until then its JavaScript,
// CSS and data stay on the server. Astro inlines this file (bundled by esbuild) into each page that
// uses the directive, and hashes it into the page's CSP like its own directives.
// Intent, inside the element with data-intent around the island (the map's stage):
//   the pointer over it (mouse or pen: a finger scrolling the page past it is not intent),
//   focus inside it (its "Explore the map" button), or a click or tap on it;
// and, anywhere on the page, activating a <Place> link (a[data-place]): the island then focuses that
// marker once it is ready (the id waits in data-focus-place on the frame).
// The frame (data-live) shows the state; a failed load leaves the static map and a plain note.
import type { ClientDirective } from 'astro';
import { FOCUS_PLACE_ATTR, LIVE_ATTR, LIVE_EXPLORE_ATTR } from '../../lib/contracts';
import { failLive, liveFrame, setLiveState } from '../../lib/map/live-state';

const intent: ClientDirective = (load, _options, el) => {
  const frame = liveFrame(el);
  const stage = el.closest<HTMLElement>('[data-intent]') ?? el;
  const waiting = new AbortController();
  let started = false;

  // Astro reports a failed import (after its one retry) with this event; it only logs to the console
  // when nobody handles it. The failed request is all the reader's console should show.
  el.addEventListener(
    'astro:hydration-error',
    (e) => {
      e.preventDefault();
      if (!frame) return;
      failLive(frame);
      // A place link that asked for the map goes where it goes without JavaScript: the positions table.
      const place = frame.getAttribute(FOCUS_PLACE_ATTR);
      const link = place ? document.querySelector<HTMLAnchorElement>(`a[data-place="${CSS.escape(place)}"]`) : null;
      if (link) location.assign(link.href);
    },
    { once: true },
  );

  const start = () => {
    if (started) return;
    started = true;
    waiting.abort();
    if (frame) setLiveState(frame, 'loading');
    load()
      .then((hydrate) => hydrate())
      .catch(() => frame && failLive(frame));
  };

  const on = { signal: waiting.signal };
  stage.addEventListener('pointerenter', (e) => e.pointerType !== 'touch' && start(), on);
  stage.addEventListener('focusin', start, on);
  stage.addEventListener('click', start, on);

  // Until the live map is ready, a place link loads it instead of leaving the page (then the
  // island's own handler takes over; after a failure the link is a plain link again).
  document.addEventListener('click', (e) => {
    const link = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-place]');
    const state = frame?.getAttribute(LIVE_ATTR);
    if (!link || !frame || state === 'ready' || state === 'failed') return;
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return; // new tab or window
    e.preventDefault();
    frame.setAttribute(FOCUS_PLACE_ATTR, link.dataset.place!);
    start();
  });

  // The button is hidden in the HTML: without JavaScript it could do nothing.
  for (const button of frame?.querySelectorAll<HTMLButtonElement>(`[${LIVE_EXPLORE_ATTR}]`) ?? []) button.hidden = false;
  if (frame) setLiveState(frame, 'idle');
};

export default intent;
