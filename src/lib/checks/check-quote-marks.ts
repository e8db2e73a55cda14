// Every statement is marked in its section's text exactly once, around exactly its words, and
// every mark names a statement of that section: the sidebar and the text link to each other by it.
import { quoteMarksIn, type QuoteMark } from '../text/quote-marks';
import type { LoadedContent } from './loaded';
import type { DataProblem } from './problems';
import { collapseSpace } from '../text/section-text';

const excerpt = (text: string) => (text.length > 50 ? `${text.slice(0, 50)}…` : text);

/** Problems with the <Quote id="…"> marks in the section files. */
export function quoteMarkProblems(c: LoadedContent): DataProblem[] {
  if (!c.statements.readable) return [];
  const problems: DataProblem[] = [];
  const statements = new Map(c.statements.entries.map((e) => [e.data.id, e]));
  const marks: { section: string; file: string; mark: QuoteMark }[] = [];
  for (const [section, { file, body }] of c.sections) {
    for (const mark of quoteMarksIn(body)) marks.push({ section, file, mark });
  }

  for (const { section, file, mark } of marks) {
    if (mark.id === undefined) {
      problems.push({ file, message: `a <Quote> has no id="…"; give it the id of its statement in ${c.statements.file}` });
      continue;
    }
    const tag = `<Quote id="${mark.id}">`;
    if (!c.statements.ids.has(mark.id)) {
      problems.push({ file, message: `${tag} names no statement in ${c.statements.file}; use a statement's id, or remove the tag and keep its words` });
      continue;
    }
    const statement = statements.get(mark.id);
    if (!statement || !c.sections.has(statement.data.section)) continue; // the statement's own problem is reported
    if (statement.data.section !== section) {
      problems.push({
        file,
        message: `${tag} is in section "${section}", but the statement's section is "${statement.data.section}"; mark its words there instead`,
      });
      continue;
    }
    const text = collapseSpace(statement.data.text);
    if (mark.words !== text && c.sections.get(section)!.prose.includes(text)) {
      problems.push({
        file,
        message: `${tag} wraps “${excerpt(mark.words)}” but the statement’s text is “${excerpt(text)}”; wrap exactly its words (for a quote, the words inside the quotation marks, without the comma or full stop)`,
      });
    }
  }

  for (const { entry, data } of c.statements.entries) {
    const section = c.sections.get(data.section);
    if (!section || !section.prose.includes(collapseSpace(data.text))) continue; // reported by the text check
    const count = marks.filter((m) => m.mark.id === data.id).length;
    const where = { file: c.statements.file, entry, field: 'text' };
    if (count === 0) {
      problems.push({
        ...where,
        message: `is not marked in the article: wrap its words in section "${data.section}" (${section.file}) in <Quote id="${data.id}">…</Quote>`,
      });
    } else if (count > 1) {
      problems.push({ ...where, message: `is marked ${count} times in the article; keep exactly one <Quote id="${data.id}">` });
    }
  }
  return problems;
}
