// The statements as schema.org Quotation items, for each statement page's JSON-LD (the story's
// NewsArticle refers to them by @id, src/lib/json-ld.ts). Speakers and sources are listed once and
// referred to by @id. Serialise the result with serialiseJsonLd
// (src/lib/json-ld.ts), which makes text such as "</script>" safe.
import type { Source } from '../../schemas/source';
import type { Speaker } from '../../schemas/speaker';
import type { Statement } from '../../schemas/statement';
import { articleId } from '../json-ld';
import { statementDomIds } from '../contracts';
import { wordsAlone } from './sentences';

type Node = Record<string, unknown>;

/** Canonical URL of the story page; every @id is this plus a fragment. */
export interface QuotationLinks {
  storyUrl: string;
  /** The absolute URL of a statement's own page (/statements/ID/), given as each Quotation's url. */
  pageUrl?: (id: string) => string;
  /** On a statement's own page the Quotation is the page's main entity (mainEntityOfPage: its page). */
  ownPage?: boolean;
}

/** The @id of a statement's Quotation: its entry on the story page. */
export const quotationId = (storyUrl: string, statementId: string): string => `${storyUrl}#${statementDomIds(statementId).entry}`;

const speakerNode = (speaker: Speaker, id: string): Node =>
  speaker.kind === 'person'
    ? { '@type': 'Person', '@id': id, name: speaker.name, jobTitle: speaker.role, affiliation: { '@type': 'Organization', name: speaker.affiliation } }
    : { '@type': 'Organization', '@id': id, name: speaker.name, description: speaker.role };

const sourceNode = (source: Source, id: string): Node => ({
  '@type': 'CreativeWork',
  '@id': id,
  name: source.title,
  publisher: { '@type': 'Organization', name: source.outlet },
  ...(source.date ? { datePublished: source.date } : {}),
  ...(source.url ? { url: source.url } : {}),
});

/** A Quotation's description: that a paraphrase is the article's, and a fragment's sense, in our words. */
export function quotationDescription(statement: Pick<Statement, 'kind' | 'text' | 'sense'>): string | undefined {
  const lines = [statement.kind === 'paraphrase' ? 'The article’s paraphrase, not the speaker’s own words.' : undefined, wordsAlone(statement).sense];
  return lines.filter(Boolean).join(' ') || undefined;
}

/**
 * A schema.org @graph: one Quotation per statement (in the order given) with its speaker
 * (spokenByCharacter), date (dateCreated), words (text) and sources (citation), plus the speakers
 * and sources they cite. Paraphrases say so in `description`, and words with a sense carry it there.
 */
export function quotationsJsonLd(statements: Statement[], speakers: Speaker[], sources: Map<string, Source>, links: QuotationLinks): Node {
  const speakerId = (id: string) => `${links.storyUrl}#speaker-${id}`;
  const sourceId = (id: string) => `${links.storyUrl}#source-${id}`;
  const spoken = new Set(statements.map((s) => s.speaker));
  const cited = [...new Set(statements.flatMap((s) => s.sources))];
  const speakerNodes = speakers.filter((s) => spoken.has(s.id)).map((s) => speakerNode(s, speakerId(s.id)));
  if (speakerNodes.length !== spoken.size) throw new Error('a statement names an unknown speaker');
  const sourceNodes = cited.map((id) => {
    const source = sources.get(id);
    if (!source) throw new Error(`unknown source "${id}"`);
    return sourceNode(source, sourceId(id));
  });
  const quotations = statements.map((statement) => ({
    '@type': 'Quotation',
    '@id': quotationId(links.storyUrl, statement.id),
    ...(links.pageUrl ? { url: links.pageUrl(statement.id) } : {}),
    ...(links.pageUrl && links.ownPage ? { mainEntityOfPage: links.pageUrl(statement.id) } : {}),
    text: statement.text,
    ...(quotationDescription(statement) ? { description: quotationDescription(statement) } : {}),
    spokenByCharacter: { '@id': speakerId(statement.speaker) },
    ...(statement.date ? { dateCreated: statement.date } : {}),
    citation: statement.sources.map((id) => ({ '@id': sourceId(id) })),
    // The story's own NewsArticle, by its @id (src/lib/json-ld.ts), never a second, empty one.
    isPartOf: { '@id': articleId(links.storyUrl), url: links.storyUrl },
  }));
  return { '@context': 'https://schema.org', '@graph': [...quotations, ...speakerNodes, ...sourceNodes] };
}
