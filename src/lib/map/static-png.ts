// The static map views as PNG, for places that take no SVG (newsletters, apps, AMP and Apple News,
// oEmbed thumbnails): the same SVG as /map/static/VIEW.svg, rasterised by resvg at 2×, then
// reduced to a 256-colour palette by sharp (libimagequant) so each stays well under 150 KB.
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';

/** Pixel density of the PNGs: sharp on phone screens. */
export const STATIC_PNG_SCALE = 2;

/**
 * Renders an SVG map at STATIC_PNG_SCALE. Its labels use the system's sans-serif face (the SVG asks
 * for system-ui, sans-serif; DejaVu Sans on our build machines); resvg ignores the SVG's dark-mode
 * colours and its text-transform, so country names are not in capitals as they are in the SVG.
 */
export function staticMapPng(svg: string, width: number): Promise<Uint8Array> {
  // Views without a map of their own draw the same SVG as the overview: render it once.
  const key = `${width}:${svg}`;
  let png = rendered.get(key);
  if (!png) rendered.set(key, (png = render(svg, width)));
  return png;
}

const rendered = new Map<string, Promise<Uint8Array>>();

const FONT = { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' };

let fontChecked = false;
/** Fails the build when no font can draw the labels (resvg would leave them out without a word). */
function checkFont() {
  if (fontChecked) return;
  const probe = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><text x="2" y="16" font-family="system-ui,sans-serif" font-size="16">Label</text></svg>', { font: FONT });
  const pixels = probe.render().pixels;
  if (!pixels.some((value, i) => i % 4 === 3 && value > 0)) {
    throw new Error('static map PNGs: no sans-serif font found to draw the map labels (install fonts-dejavu-core, or another sans-serif font)');
  }
  fontChecked = true;
}

async function render(svg: string, width: number): Promise<Uint8Array> {
  checkFont();
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: width * STATIC_PNG_SCALE }, font: FONT });
  const rgba = resvg.render().asPng();
  return sharp(rgba).png({ palette: true, colours: 256, quality: 90, compressionLevel: 9, effort: 8 }).toBuffer();
}
