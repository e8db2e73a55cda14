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

async function render(svg: string, width: number): Promise<Uint8Array> {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width * STATIC_PNG_SCALE },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  const rgba = resvg.render().asPng();
  return sharp(rgba).png({ palette: true, colours: 256, quality: 90, compressionLevel: 9, effort: 8 }).toBuffer();
}
