/** The HTML ids a statement uses on a page. They are public (permalinks): never change the scheme. */
export interface StatementDomIds {
  /** The sidebar entry: "statement-ID", the permalink target. */
  entry: string;
  /** The marked words in the article: "quote-ID". */
  passage: string;
  /** The entry's speaker line, which describes the passage's link. */
  speaker: string;
}

export const statementDomIds = (id: string): StatementDomIds => ({
  entry: `statement-${id}`,
  passage: `quote-${id}`,
  speaker: `statement-${id}-speaker`,
});
