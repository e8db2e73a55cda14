// The page's one inline stylesheet: the map's palette and the story's side colours as custom
// properties, allowed by the CSP through its hash.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAP_PALETTE } from '../../src/lib/map/palette';
import { storyStyle, styleHash } from '../../src/lib/story-style';
import { MAIN_VOCABULARY, readVocabulary } from '../helpers/vocabulary';

describe('storyStyle', () => {
  it('gives each side with speakers its light colour, and its dark one in dark mode', () => {
    const css = storyStyle(MAIN_VOCABULARY);
    const [light, dark] = css.split('@media (prefers-color-scheme:dark)');
    for (const side of MAIN_VOCABULARY.sides) {
      if (!side.speakers) {
        expect(css).not.toContain(`"${side.id}"`);
        continue;
      }
      expect(light).toContain(`[data-side="${side.id}"],.wsw-side--${side.id}{--side:${side.speakers.colour.light}}`);
      expect(dark).toContain(`[data-side="${side.id}"],.wsw-side--${side.id}{--side:${side.speakers.colour.dark}}`);
    }
    expect(light).toContain(`--map-sea:${MAP_PALETTE.light.sea}`);
    expect(light).toContain(`--map-focus-land:${MAP_PALETTE.light.focusLand}`);
    expect(dark).toContain(`--map-sea:${MAP_PALETTE.dark.sea}`);
  });

  it('follows the story: another story’s sides, and none on a page of no story', () => {
    const fictional = storyStyle(readVocabulary('tests/fixtures/fictional-story/stories/harbour-strike'));
    expect(fictional).toContain('[data-side="union"],.wsw-side--union{--side:#9a4700}');
    expect(fictional).not.toContain('russia');
    expect(storyStyle()).not.toContain('data-side');
  });

  it('hashes the block as the CSP expects', () => {
    const css = storyStyle(MAIN_VOCABULARY);
    expect(styleHash(css)).toBe(`sha256-${createHash('sha256').update(css).digest('base64')}`);
  });
});
