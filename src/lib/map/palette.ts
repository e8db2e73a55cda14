// The map's own colours (sea, land, borders, names), one copy for the page's live map (as CSS custom
// properties, src/lib/story-style.ts) and the static SVG maps (their <style>), so the two cannot drift.
// The sides' colours are the story's (vocabulary.yaml), never these.

export interface MapPalette {
  sea: string;
  land: string;
  border: string;
  /** The focus country's land (vocabulary.yaml map.focusCountry). */
  focusLand: string;
  /** Country names. */
  country: string;
  /** Position labels, and the halo around them. */
  label: string;
  halo: string;
}

export const MAP_PALETTE: { light: MapPalette; dark: MapPalette } = {
  light: { sea: '#dfe8ee', land: '#f4f1ea', border: '#a9a499', focusLand: '#fbe9c6', country: '#5f5e66', label: '#1b1b1f', halo: '#ffffff' },
  dark: { sea: '#1b2430', land: '#34343c', border: '#6c6c78', focusLand: '#4a4333', country: '#b9b8c0', label: '#f2f1ee', halo: '#16161a' },
};

/** "--map-sea:#dfe8ee;…": the palette as CSS custom properties (--map-focus-land for focusLand). */
export const paletteProperties = (p: MapPalette): string =>
  Object.entries(p)
    .map(([name, colour]) => `--map-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${colour}`)
    .join(';');
