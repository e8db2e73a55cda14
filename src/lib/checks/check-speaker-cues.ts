// A statement must sit where the article names its speaker: one of the speaker's `cues`
// (speakers.yaml) in the statement's own paragraph, or, when that paragraph only says "He said…",
// in the paragraph before. A statement moved to the wrong speaker then fails the build.
import type { LoadedContent } from './loaded';
import type { DataProblem } from './problems';
import { collapseSpace } from '../text/section-text';

/** True when `cue` appears in `text` as whole words (case matters: "The Kremlin", "Russia"). */
export function hasCue(text: string, cue: string): boolean {
  const escaped = collapseSpace(cue).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(collapseSpace(text));
}

/** A paragraph that names its speaker only by a pronoun: "He said …", "she added". */
const PRONOUN = /(?<![\p{L}])(?:he|she|they|He|She|They)(?![\p{L}])/u;

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** Statements whose paragraph (or, for "He said…", the one before) names someone other than their speaker. */
export function speakerCueProblems(c: LoadedContent): DataProblem[] {
  const speakers = new Map(c.speakers.entries.map((e) => [e.data.id, e.data]));
  const sections = [...c.sections.entries()].sort(([, a], [, b]) => (a.order ?? 0) - (b.order ?? 0) || a.file.localeCompare(b.file));
  // Every paragraph of the story in order, so "the paragraph before" may be the last of the previous section.
  const all = sections.flatMap(([id, s]) => s.paragraphs.map((text, i) => ({ section: id, file: s.file, number: i + 1, text: collapseSpace(text) })));
  const problems: DataProblem[] = [];
  for (const { entry, data } of c.statements.entries) {
    const speaker = speakers.get(data.speaker);
    if (!speaker) continue; // reported as an unknown speaker
    const words = collapseSpace(data.context ?? data.text);
    const at = all.findIndex((p) => p.section === data.section && p.text.includes(words));
    if (at === -1) continue; // reported by the text check
    const own = all[at]!;
    const before = at > 0 ? all[at - 1] : undefined;
    if (speaker.cues.some((cue) => hasCue(own.text, cue))) continue;
    if (before && PRONOUN.test(own.text) && speaker.cues.some((cue) => hasCue(before.text, cue))) continue;
    const cues = speaker.cues.map((cue) => `“${cue}”`).join(', ');
    problems.push({
      file: c.statements.file,
      entry,
      field: 'speaker',
      message: `"${data.speaker}" is not named in the statement’s paragraph (paragraph ${own.number} of ${own.file}, “${excerpt(own.text)}”)${PRONOUN.test(own.text) && before ? ' or the paragraph before it' : ''}: none of the speaker’s cues (${cues}) appears there. Check who the article says this, or add the article’s word for them to "cues" in ${c.speakers.file}`,
    });
  }
  return problems;
}
