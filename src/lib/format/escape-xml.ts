// Text made safe to write into XML or HTML markup: the sitemap, the static SVG maps and the live
// map's Leaflet labels (which take an HTML string).
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
