// Where a position's details open. On the story and section pages: in the text column, where the
// reader's eyes are (under the paragraph of a place name that opened them, else at the reading
// line, just below the map where it sticks on phones), as wide as the text, read whole with the
// page's own scrolling and never over the map (src/lib/map/panel-place.ts). Back closes them, like
// Close and Escape: opening adds one history entry, closing takes it away again. On the embed,
// which has no text, they stay over the map (PositionPanel's overlay form), and history is the parent's.
import { useEffect, useRef, useState } from 'react';
import { blockAtReadingLine, scrollToShow } from '../../lib/map/panel-place';
import { scrollBehavior } from '../../lib/motion';
import { STICKY_MAP_PROPERTY } from '../../lib/contracts';

export interface OpenDetails {
  id: string;
  /** A place name in the text that opened them: they open under its paragraph. */
  place?: HTMLElement;
}

/** The top of the window below whatever sticks over it (the map on phones, measured by map-toggle.ts). */
const readingLine = () => parseFloat(getComputedStyle(document.documentElement).getPropertyValue(STICKY_MAP_PROPERTY)) || 0;

const STATE_KEY = 'tmDetails';
/** The island has gone back to take its entry away, and the popstate has not come yet. */
let takingAway = false;

/**
 * Going back to an address with a fragment (the section the reader is in) can make Chromium set its
 * focus starting point there and drop the focus, a moment after popstate: the focus the details gave
 * back (to the marker or the place name) is put back once, if it goes that way.
 */
function holdFocus() {
  const el = document.activeElement;
  const restore = (e: FocusEvent) => {
    if (e.relatedTarget === null && el instanceof HTMLElement && el.isConnected) el.focus({ preventScroll: true });
  };
  el?.addEventListener('blur', restore as EventListener, { once: true });
  requestAnimationFrame(() =>
    requestAnimationFrame(() =>
      setTimeout(() => el?.removeEventListener('blur', restore as EventListener), 0),
    ),
  );
}

/** Places a host for the details in the text, before the block at the reading line or after the place's paragraph. */
function placeHost(text: HTMLElement, open: OpenDetails): HTMLElement {
  const host = document.createElement('div');
  host.className = 'tm-panel-host';
  const paragraph = open.place?.closest('p, li, blockquote');
  if (paragraph && text.contains(paragraph)) {
    paragraph.after(host);
    return host;
  }
  const blocks = [...text.querySelectorAll<HTMLElement>('.section-head, .article-text > *')];
  const i = blockAtReadingLine(
    blocks.map((b) => b.getBoundingClientRect().top),
    readingLine(),
  );
  if (i < blocks.length) blocks[i]!.before(host);
  else if (blocks.length > 0) blocks[blocks.length - 1]!.after(host);
  else text.append(host);
  return host;
}

/** Takes the host away; if the reader had scrolled into or past it, the text after it stays where it is on screen. */
function removeHost(host: HTMLElement) {
  const next = host.nextElementSibling;
  const above = host.getBoundingClientRect().top < readingLine();
  const before = next?.getBoundingClientRect().top ?? 0;
  host.remove();
  if (above && next) window.scrollBy({ top: next.getBoundingClientRect().top - before, behavior: 'instant' });
}

/**
 * Whether details open in the text (`flow`: the page has a text column) and, while they are open
 * there, the host element to render them into, kept in step with `open`. `onBack` runs when the
 * reader goes back while they are open.
 */
export function usePanelHost(root: HTMLElement | null, open: OpenDetails | null, onBack: () => void): { flow: boolean; host: HTMLElement | null } {
  const [host, setHost] = useState<HTMLElement | null>(null);
  const onBackRef = useRef(onBack);
  onBackRef.current = onBack;
  const text = root ? document.querySelector<HTMLElement>('.story-grid__text') : null;

  useEffect(
    function hostDetails() {
      if (!open || !text) return;
      const el = placeHost(text, open);
      setHost(el);
      return function unhostDetails() {
        removeHost(el);
        setHost(null);
      };
    },
    [open, text],
  );

  useEffect(
    function showDetails() {
      if (!host) return;
      const by = scrollToShow(host.getBoundingClientRect().top, readingLine(), window.innerHeight);
      if (by !== 0) window.scrollBy({ top: by, behavior: scrollBehavior() });
    },
    [host],
  );

  const isOpen = open !== null;
  useEffect(
    function backCloses() {
      if (!isOpen || !text) return;
      // One entry while details are open (another marker's replace them in place), so Back (a
      // gesture, a button) closes them and goes no further.
      let alive = true;
      const addEntry = () => {
        // Back restores the page's scroll to where it was when they opened (the browser's own
        // restoration): the reader returns to the text they were reading.
        if (alive && !history.state?.[STATE_KEY]) history.pushState({ ...history.state, [STATE_KEY]: true }, '');
      };
      // Just closed and opened again: the last entry is still on its way out.
      if (takingAway) window.addEventListener('popstate', () => setTimeout(addEntry, 0), { once: true });
      else addEntry();
      let wentBack = false;
      const onPop = () => {
        if (takingAway) return;
        wentBack = true;
        onBackRef.current();
        holdFocus();
      };
      window.addEventListener('popstate', onPop);
      return function forgetEntry() {
        alive = false;
        window.removeEventListener('popstate', onPop);
        if (wentBack || !history.state?.[STATE_KEY]) return; // Back took it away
        // Closed another way: take the entry away again, quietly.
        takingAway = true;
        window.addEventListener(
          'popstate',
          () => {
            setTimeout(() => (takingAway = false), 0);
            holdFocus();
          },
          { once: true },
        );
        history.back();
      };
    },
    [isOpen, text],
  );

  return { flow: text !== null, host };
}
