// The live map's state on its frame, shared by the client:intent directive (which starts loading)
// and the island (which finishes or fails): `data-live` on the frame, and the short note on it.
//   idle     static maps only (before intent)       loading  intent shown, the live map's files on the way
//   ready    the live map has drawn                 failed   it could not load: the static map stays
import { LIVE_ATTR, LIVE_EXPLORE_ATTR, LIVE_NOTE_ATTR } from '../contracts';

export type LiveState = 'idle' | 'loading' | 'ready' | 'failed';

/** The frame carrying the state: the closest ancestor with data-live. */
export const liveFrame = (el: Element | null | undefined): HTMLElement | null => el?.closest<HTMLElement>(`[${LIVE_ATTR}]`) ?? null;

/**
 * Sets the state and the note's text. Each state's wording is a data attribute on the note (the words
 * live in the markup); idle and ready have none. The note is a live region that is always there
 * (CSS hides it while empty), so screen readers announce what is written into it.
 */
export function setLiveState(frame: HTMLElement, state: LiveState): void {
  if (frame.getAttribute(LIVE_ATTR) === state) return;
  frame.setAttribute(LIVE_ATTR, state);
  const note = frame.querySelector<HTMLElement>(`[${LIVE_NOTE_ATTR}]`);
  if (note) note.textContent = note.dataset[state] ?? '';
}

/**
 * The live map could not load: the static map stays, the note says so, and the "Explore the map"
 * button, which can do no more, goes; if it had the keyboard's focus, the note takes it.
 */
export function failLive(frame: HTMLElement): void {
  const explore = frame.querySelector<HTMLElement>(`[${LIVE_EXPLORE_ATTR}]`);
  const focused = explore !== null && document.activeElement === explore;
  setLiveState(frame, 'failed');
  if (explore) explore.hidden = true;
  const note = frame.querySelector<HTMLElement>(`[${LIVE_NOTE_ATTR}]`);
  if (focused && note) {
    note.tabIndex = -1;
    note.focus({ preventScroll: true });
  }
}
