// Every sentence a template builds about a statement, for every real statement: the rule that a
// fragment carries its sense, that a paraphrase is never given as the speaker's own words, that who
// said it is unambiguous, that relative dates get their day, and that parentheses never nest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatShortDate } from '../../../src/lib/format/dates';
import { parseYaml } from '../../../src/lib/checks/yaml';
import { quotationDescription } from '../../../src/lib/statements/quotation-json-ld';
import {
  endSentence,
  shareText,
  speakerLine,
  speakerWithRole,
  statementDescription,
  statementImageAlt,
  wordsAlone,
  type StatementWords,
} from '../../../src/lib/statements/sentences';
import { statementExcerpt, statementLabel } from '../../../src/lib/statements/view';
import type { Speaker } from '../../../src/schemas/speaker';
import type { Statement } from '../../../src/schemas/statement';
import type { TimelineEntry } from '../../../src/schemas/timeline';
import { ROOT } from '../checks/fixtures';
import { nestsParentheses } from '../../helpers/text';

const read = <T>(file: string): T => {
  const parsed = parseYaml(readFileSync(join(ROOT, 'content/stories/macron-moscow/data', file), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value as T;
};
const statements = read<Statement[]>('statements.yaml');
const speakers = new Map(read<Speaker[]>('speakers.yaml').map((s) => [s.id, s]));
const timeline = read<TimelineEntry[]>('timeline.yaml');
const words = (s: Statement): StatementWords => ({
  ...s,
  speaker: speakers.get(s.speaker)!,
  ...(s.date ? { dateLabel: formatShortDate(s.date) } : {}),
});
const STORY = 'Macron in Moscow explainer';

/** Every sentence built about `s`, by the name of the place it goes. */
const built = (s: Statement) => {
  const w = words(s);
  const label = statementLabel(s, w.speaker.name);
  return {
    'card and list': wordsAlone(s).line,
    'speaker list': statementExcerpt(s),
    'title, og:title, twitter:title': `${label} · Macron in Moscow explainer`,
    'meta description': statementDescription(w),
    'share text': shareText(w),
    'og:image:alt': statementImageAlt(w, STORY),
    'share image speaker line': speakerLine(w.speaker),
    ...(quotationDescription(s) ? { 'Quotation JSON-LD description': quotationDescription(s)! } : {}),
  };
};


describe('the sentences built about every real statement', () => {
  it('covers all 16 statements (printed for reading by eye with PRINT_SENTENCES=1)', () => {
    expect(statements).toHaveLength(16);
    if (process.env.PRINT_SENTENCES) {
      for (const s of statements) console.log(`\n## ${s.id} (${s.kind})\n${Object.entries(built(s)).map(([k, v]) => `- ${k}: ${v}`).join('\n')}`);
    }
  });

  it.each(statements.map((s) => [s.id, s] as const))('%s: no nested parentheses, no ".:" or "..", no "undefined", no capitalised "The" after a comma', (_, s) => {
    for (const [place, text] of Object.entries(built(s))) {
      expect(nestsParentheses(text), `${place}: ${text}`).toBe(false);
      expect(text, place).not.toMatch(/\.:|\.\.(?!\.)|undefined|\[object/);
      // "The claim The Kremlin, The office of …": a name or role mid-sentence takes a lower-case article.
      expect(text, place).not.toMatch(/[,–] The (?!Associated Press|New York Times)/);
      expect(text, place).not.toMatch(/\b(What|claim) The\b/);
    }
  });

  it('a fragment with a sense never appears without it', () => {
    const withSense = statements.filter((s) => s.sense);
    expect(withSense.length).toBeGreaterThan(0);
    for (const s of withSense) {
      const sense = s.sense!.replace(/\.$/, '');
      for (const [place, text] of Object.entries(built(s))) {
        if (place === 'share image speaker line') continue;
        expect(text, `${s.id}, ${place}`).toContain(sense);
        expect(text.toLowerCase(), `${s.id}, ${place}: labelled as ours`).toContain('in our words');
      }
    }
  });

  it('a statement without a sense adds no words of ours to its words', () => {
    for (const s of statements.filter((x) => !x.sense)) {
      expect(wordsAlone(s)).toEqual({ words: s.kind === 'quote' ? `“${s.text}”` : s.text, line: s.kind === 'quote' ? `“${s.text}”` : s.text });
    }
  });

  it('a paraphrase is shared as the article’s words, never as the speaker’s; a quote as the speaker’s', () => {
    for (const s of statements) {
      const share = shareText(words(s));
      expect(share, s.id).toContain(s.text);
      if (s.kind === 'paraphrase') {
        expect(share, s.id).toMatch(/in the article’s words: /);
        expect(share, s.id).not.toContain(`“${s.text}”`);
      } else {
        expect(share, s.id).toMatch(/ said( on [^:]+)?: “/);
      }
    }
  });

  it('names who said it, with the role in its own clause, and the date when there is one', () => {
    for (const s of statements) {
      const w = words(s);
      const share = shareText(w);
      expect(share.toLowerCase(), s.id).toContain(w.speaker.name.replace(/^The /, '').toLowerCase());
      if (w.dateLabel) expect(share, s.id).toContain(`on ${w.dateLabel}`);
      // A role holding a comma and a name ("the office of Russia’s president, Vladimir Putin") is set off by dashes.
      if (w.speaker.role.includes(',')) expect(share, s.id).toContain(`– ${w.speaker.role.replace(/^The /, 'the ')} –`);
    }
  });

  it('a relative date in the words ("last week", "a few weeks ago") comes with its day, or the day it was said', () => {
    let relative = 0;
    for (const s of statements) {
      for (const t of timeline.filter((e) => e.section === s.section && s.text.includes(e.phrase))) {
        relative += 1;
        // A resolved phrase's own day; an unresolved one ("a few weeks ago") is anchored by the day it was said.
        const day = t.resolved ? formatShortDate(t.date) : `on ${formatShortDate(s.date!)}`;
        for (const [place, text] of Object.entries(built(s)).filter(([p]) => ['meta description', 'share text', 'og:image:alt'].includes(p))) {
          expect(text, `${s.id}, ${place}: “${t.phrase}”`).toContain(day);
        }
      }
    }
    expect(relative).toBeGreaterThan(0);
  });
});

describe('sentence helpers', () => {
  const kremlin = { name: 'The Kremlin', role: 'The office of Russia’s president, Vladimir Putin', kind: 'institution' as const };

  it('sets a role with a name in it off by dashes, and lower-cases the articles mid-sentence', () => {
    expect(speakerWithRole(kremlin)).toBe('the Kremlin – the office of Russia’s president, Vladimir Putin –');
    expect(speakerLine(kremlin)).toBe('The Kremlin – the office of Russia’s president, Vladimir Putin');
    expect(speakerWithRole({ name: 'Jake Sullivan', role: 'U.S. National Security Advisor', kind: 'person' })).toBe('Jake Sullivan, U.S. National Security Advisor,');
  });

  it('leaves out a role that only restates the name, and gives an institution its article', () => {
    expect(speakerWithRole({ name: 'Russian government', role: 'Government of Russia', kind: 'institution' })).toBe('the Russian government');
  });

  it('builds the share text of a quote, a paraphrase and a fragment with a sense', () => {
    const sullivan = { name: 'Jake Sullivan', role: 'U.S. National Security Advisor', kind: 'person' as const };
    expect(shareText({ kind: 'quote', text: 'any day now', speaker: sullivan, dateLabel: '6 Feb 2022' })).toBe(
      'Jake Sullivan, U.S. National Security Advisor, said on 6 Feb 2022: “any day now”.',
    );
    expect(shareText({ kind: 'paraphrase', text: 'The Kremlin believes it is unlikely.', speaker: kremlin, dateLabel: '7 Feb 2022' })).toBe(
      'What the Kremlin – the office of Russia’s president, Vladimir Putin – said on 7 Feb 2022, in the article’s words: The Kremlin believes it is unlikely.',
    );
    expect(shareText({ kind: 'quote', text: 'victories', sense: 'He does not expect victories.', speaker: sullivan })).toBe(
      'Jake Sullivan, U.S. National Security Advisor, said: “victories”. In our words: He does not expect victories.',
    );
  });

  it('ends a sentence once', () => {
    expect(endSentence('plans.')).toBe('plans.');
    expect(endSentence('“now”')).toBe('“now”.');
    expect(endSentence('“now?”')).toBe('“now?”');
  });
});
