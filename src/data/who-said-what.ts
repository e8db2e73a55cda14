// The "Who said what" sidebar's content and the statements' JSON-LD, from the story data.
import { getSourceIndex, getSpeakers, getStatements } from './story-data';
import { getSections } from './story';
import { markedParagraphs, type MarkedParagraph } from '../lib/statements/passages';
import { quotationsJsonLd } from '../lib/statements/quotation-json-ld';
import { whoSaidWhatView, type WhoSaidWhatView } from '../lib/statements/view';
import { statementPath } from '../lib/urls';

/** Every statement for the story page, or one section's statements for that section's page. */
export async function getWhoSaidWhat(sectionPage?: string): Promise<WhoSaidWhatView> {
  const [statements, speakers, sources, sections] = await Promise.all([getStatements(), getSpeakers(), getSourceIndex(), getSections()]);
  return whoSaidWhatView({
    statements,
    speakers,
    sources,
    sections: sections.map((s) => ({ id: s.id, heading: s.data.heading })),
    base: import.meta.env.BASE_URL,
    sectionPage,
    paragraphs: await getMarkedParagraphs(),
  });
}

/** Each section's paragraphs with the statements' words marked, by section id. */
export async function getMarkedParagraphs(): Promise<Map<string, MarkedParagraph[]>> {
  return new Map((await getSections()).map((s) => [s.id, markedParagraphs(s.body ?? '')]));
}

/** The story page's Quotation JSON-LD (not yet serialised). */
export async function getQuotationsJsonLd(storyUrl: string): Promise<Record<string, unknown>> {
  const [statements, speakers, sources] = await Promise.all([getStatements(), getSpeakers(), getSourceIndex()]);
  return quotationsJsonLd(statements, speakers, sources, { storyUrl, pageUrl: (id) => new URL(statementPath(id), storyUrl).href });
}
