// @vitest-environment happy-dom
// The live map's state on its frame: data-live, the note's words, and what a failure does.
import { beforeEach, describe, expect, it } from 'vitest';
import { failLive, liveFrame, setLiveState } from '../../../src/lib/map/live-state';

beforeEach(() => {
  document.body.innerHTML = `
    <section class="positions-map" data-live="idle"><div class="stage">
      <button data-live-explore>Explore the map</button>
      <p data-live-note role="status" data-loading="Loading the live map…" data-failed="The live map could not load."></p>
      <div id="island"></div>
    </div></section>`;
});

const frame = () => liveFrame(document.getElementById('island'))!;
const note = () => document.querySelector<HTMLElement>('[data-live-note]')!;

describe('setLiveState', () => {
  it('finds the frame from inside it and writes each state’s words into the note (none when idle or ready)', () => {
    expect(frame().classList.contains('positions-map')).toBe(true);
    setLiveState(frame(), 'loading');
    expect(frame().dataset.live).toBe('loading');
    expect(note().textContent).toBe('Loading the live map…');
    setLiveState(frame(), 'ready');
    expect(note().textContent).toBe('');
  });
});

describe('failLive', () => {
  it('says so, removes the button, and gives its focus to the note', () => {
    const button = document.querySelector<HTMLButtonElement>('[data-live-explore]')!;
    button.focus();
    failLive(frame());
    expect(frame().dataset.live).toBe('failed');
    expect(note().textContent).toBe('The live map could not load.');
    expect(button.hidden).toBe(true);
    expect(document.activeElement).toBe(note());
  });

  it('leaves the focus alone when the button did not have it', () => {
    failLive(frame());
    expect(document.activeElement).toBe(document.body);
    expect(note().hasAttribute('tabindex')).toBe(false);
  });
});
