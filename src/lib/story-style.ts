// The one small stylesheet a page carries inline (src/layouts/Base.astro): the map's palette and its
// story's side colours, as CSS custom properties. The sides are the story's (vocabulary.yaml), so no
// CSS file names one: an element of a side says data-side="ID" (or class wsw-side--ID), and the
// rules here give it --side, in the light or the dark colour. The CSP allows the block by its hash.
import { createHash } from 'node:crypto';
import type { Vocabulary } from '../schemas/vocabulary';
import { MAP_PALETTE, paletteProperties } from './map/palette';

/** The sides' rules for one colour scheme: `[data-side="us"],.wsw-side--us{--side:#1f5fae}`. */
const sideRules = (v: Pick<Vocabulary, 'sides'>, scheme: 'light' | 'dark'): string =>
  v.sides
    .flatMap((s) => (s.speakers ? [`[data-side="${s.id}"],.wsw-side--${s.id}{--side:${s.speakers.colour[scheme]}}`] : []))
    .join('');

/** The page's inline CSS: the map palette, and the story's side colours when the page belongs to a story. */
export function storyStyle(v?: Pick<Vocabulary, 'sides'>): string {
  const light = `:root{${paletteProperties(MAP_PALETTE.light)}}${v ? sideRules(v, 'light') : ''}`;
  const dark = `:root{${paletteProperties(MAP_PALETTE.dark)}}${v ? sideRules(v, 'dark') : ''}`;
  return `${light}@media (prefers-color-scheme:dark){${dark}}`;
}

/** The CSP source that allows exactly this <style> block: 'sha256-…'. */
export const styleHash = (css: string): `sha256-${string}` => `sha256-${createHash('sha256').update(css).digest('base64')}`;
