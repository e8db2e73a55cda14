// oEmbed (https://oembed.com) responses, published as static JSON beside the pages they describe and
// announced by a <link rel="alternate" type="application/json+oembed"> in each page's head.

export interface OEmbedInput {
  title: string;
  /** Absolute URL of the page to show in the iframe (/embed/map/ or /embed/map/?view=…). */
  embedUrl: string;
  /** The iframe's suggested size. */
  width: number;
  height: number;
  provider: { name: string; url: string };
  thumbnail: { url: string; width: number; height: number };
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
const escapeAttribute = (text: string) => text.replace(/[&"<>]/g, (c) => ATTRIBUTE_ESCAPES[c]!);

/** The iframe a consumer puts in its page: plain, so it works where scripts are stripped. */
export const embedIframe = (src: string, title: string, width: number | string, height: number, id?: string): string =>
  `<iframe${id ? ` id="${escapeAttribute(id)}"` : ''} src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${width}" height="${height}" loading="lazy"></iframe>`;

/** A `rich` oEmbed response for a map embed. */
export function oembedResponse(input: OEmbedInput): Record<string, string | number> {
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: input.provider.name,
    provider_url: input.provider.url,
    html: embedIframe(input.embedUrl, input.title, input.width, input.height),
    width: input.width,
    height: input.height,
    thumbnail_url: input.thumbnail.url,
    thumbnail_width: input.thumbnail.width,
    thumbnail_height: input.thumbnail.height,
  };
}
