// What each statement's own page (/statements/ID/) shows: the sidebar's view of the statement, the
// paragraph it comes from, links to its words in the section and in the story, and its JSON-LD.
import { getSourceIndex, getSpeakers, getStatements } from './story-data';
import { getPageText, getWhoSaidWhat } from './who-said-what';
import { passageOf, locate, type Passage } from '../lib/text/passages';
import { quotationsJsonLd } from '../lib/statements/quotation-json-ld';
import type { StatementView } from '../lib/statements/view';
import { fragmentWithText } from '../lib/text-fragment';
import { sectionPath, statementPath, withBase } from '../lib/urls';

export interface StatementPage {
  statement: StatementView;
  passage: Passage;
  /** The words on their section's page: "/SECTION/#quote-ID:~:text=…". */
  sectionHref: string;
  /** The words in the full story: "/#quote-ID:~:text=…". */
  storyHref: string;
  /** The section's own page. */
  sectionPage: string;
  /** The statement as a schema.org Quotation, with its speaker and sources: @graph nodes for the page's JSON-LD. */
  quotationGraph: Record<string, unknown>[];
}

/** `base` is the story's base (src/queries/stories.ts). */
export async function getStatementPages(slug: string, site: URL, base: string): Promise<StatementPage[]> {
  const [view, statements, speakers, sources] = await Promise.all([getWhoSaidWhat(slug, base), getStatements(slug), getSpeakers(slug), getSourceIndex(slug)]);
  const storyUrl = new URL(withBase(base), site).href;
  return Promise.all(view.statements.map(async (statement) => {
    const own = await getPageText(slug, statement.section.id);
    const data = statements.find((s) => s.id === statement.id)!;
    const pageUrl = new URL(statementPath(statement.id), storyUrl).href;
    const quotation = quotationsJsonLd([data], speakers, sources, { storyUrl, pageUrl: () => pageUrl, ownPage: true });
    return {
      statement,
      passage: passageOf(own, statement.id),
      sectionHref: withBase(base, sectionPath(statement.section.id)) + fragmentWithText(statement.ids.passage, locate(own, statement.id)),
      storyHref: withBase(base) + statement.toText,
      sectionPage: withBase(base, sectionPath(statement.section.id)),
      quotationGraph: quotation['@graph'] as Record<string, unknown>[],
    };
  }));
}
