// The components story MDX files may use, handed to <Content components={…} /> so section files need
// no import lines. Each must wrap the article's existing words, never add words of its own.
import Place from '../map/Place.astro';
import Quote from '../statements/Quote.astro';

export const mdxComponents = { Place, Quote };
