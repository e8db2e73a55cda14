// The "Who said what" sidebar's content and the statements' JSON-LD, from the story data.
import { getSourceIndex, getSpeakers, getStatements } from './story-data';
import { getSections } from './story';
import { getCorrections } from './corrections';
import { quotationsJsonLd } from '../lib/statements/quotation-json-ld';
import { whoSaidWhatView, type WhoSaidWhatView } from '../lib/statements/view';

/** Every statement for the story page, or one section's statements for that section's page. */
export async function getWhoSaidWhat(sectionPage?: string): Promise<WhoSaidWhatView> {
  const [statements, speakers, sources, sections, corrections] = await Promise.all([
    getStatements(),
    getSpeakers(),
    getSourceIndex(),
    getSections(),
    getCorrections(),
  ]);
  return whoSaidWhatView({
    statements,
    speakers,
    sources,
    sections: sections.map((s) => ({ id: s.id, heading: s.data.heading })),
    base: import.meta.env.BASE_URL,
    sectionPage,
    corrections,
  });
}

/** The story page's Quotation JSON-LD (not yet serialised). */
export async function getQuotationsJsonLd(storyUrl: string): Promise<Record<string, unknown>> {
  const [statements, speakers, sources] = await Promise.all([getStatements(), getSpeakers(), getSourceIndex()]);
  return quotationsJsonLd(statements, speakers, sources, { storyUrl });
}
