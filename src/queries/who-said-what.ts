// The "Who said what" sidebar's content, from the story data.
import { getSourceIndex, getSpeakers, getStatements, getVocabulary } from './story-data';
import { getCorrections } from './corrections';
import { getMapViews } from './map';
import { getSections, getStory } from './story';
import { collapseSpace } from '../lib/text/section-text';
import { captionText } from '../lib/map/views';
import { markedParagraphs, type MarkedParagraph } from '../lib/text/passages';
import { sideLabels } from '../lib/statements/sides';
import { whoSaidWhatView, type WhoSaidWhatView } from '../lib/statements/view';

/** Every statement for the story page, or one section's statements for that section's page; `base` is the story's base. */
export async function getWhoSaidWhat(slug: string, base: string, sectionPage?: string): Promise<WhoSaidWhatView> {
  const [statements, speakers, sources, sections, corrections, vocabulary] = await Promise.all([
    getStatements(slug),
    getSpeakers(slug),
    getSourceIndex(slug),
    getSections(slug),
    getCorrections(slug),
    getVocabulary(slug),
  ]);
  return whoSaidWhatView({
    statements,
    speakers,
    sources,
    sections: sections.map((s) => ({ id: s.id, heading: s.data.heading })),
    base,
    sectionPage,
    corrections,
    pageText: await getPageText(slug, sectionPage),
    sides: sideLabels(vocabulary),
  });
}

/**
 * The text a browser searches for a statement's words on the story page, or on a section's page:
 * our headline, standfirst, headings, summaries and map captions (which may repeat the words and
 * come first on the page) and, on the story page, the cards beside the text (StatementCards.astro,
 * before the text in the page), then the article's paragraphs with the statements marked.
 */
export async function getPageText(slug: string, sectionPage?: string): Promise<MarkedParagraph[]> {
  const [story, sections, views, statements] = await Promise.all([getStory(slug), getSections(slug), getMapViews(slug), getStatements(slug)]);
  const cards = sectionPage ? [] : statements.map((s) => (s.kind === 'quote' ? `“${s.text}”` : s.text));
  const ours = [story.headline, story.dek, ...sections.flatMap((s) => [s.data.heading, s.data.summary]), ...views.map(captionText), ...cards];
  return [
    ...ours.map((text) => ({ text: collapseSpace(text), marks: [] })),
    ...sections.filter((s) => !sectionPage || s.id === sectionPage).flatMap((s) => markedParagraphs(s.body ?? '')),
  ];
}
