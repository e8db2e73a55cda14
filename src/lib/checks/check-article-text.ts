// Statements and timeline phrases quote the article: their words must be in their section, exactly.
import type { LoadedContent, LoadedSection } from './loaded';
import type { DataProblem } from './problems';
import { collapseSpace, isQuotedIn } from '../text/section-text';

/** The start of a long text, for messages. */
const excerpt = (text: string) => (text.length > 70 ? `${text.slice(0, 70)}…` : text);

const HINT = 'copy it from the article exactly, with its curly quotes and apostrophes (’ “ ”)';

function notInSection(words: string, sectionId: string, section: LoadedSection): string {
  return `“${excerpt(words)}” does not appear word for word in section "${sectionId}" (${section.file}); ${HINT}`;
}

/** Words that are not the article's, quotes not in quotation marks, contexts that do not hold their text. */
export function articleTextProblems(c: LoadedContent): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const { entry, data } of c.statements.entries) {
    const section = c.sections.get(data.section);
    if (!section) continue; // reported as an unknown section
    const where = { file: c.statements.file, entry };
    const text = collapseSpace(data.text);
    if (!section.prose.includes(text)) {
      problems.push({ ...where, field: 'text', message: notInSection(text, data.section, section) });
    } else if (data.kind === 'quote' && !isQuotedIn(section.prose, text)) {
      problems.push({
        ...where,
        field: 'text',
        message: `is marked as a quote but is not inside quotation marks (“…”) in section "${data.section}" (${section.file}); use the words inside the marks, or kind: paraphrase`,
      });
    }
    if (data.context !== undefined) {
      const context = collapseSpace(data.context);
      if (!section.prose.includes(context)) {
        problems.push({ ...where, field: 'context', message: notInSection(context, data.section, section) });
      } else if (section.prose.includes(text) && !context.includes(text)) {
        problems.push({ ...where, field: 'context', message: 'does not contain the statement’s text; it must be the sentence the text comes from' });
      }
    }
  }
  for (const { entry, data } of c.timeline.entries) {
    const section = c.sections.get(data.section);
    if (section && !section.prose.includes(collapseSpace(data.phrase))) {
      problems.push({ file: c.timeline.file, entry, field: 'phrase', message: notInSection(data.phrase, data.section, section) });
    }
  }
  return problems;
}
