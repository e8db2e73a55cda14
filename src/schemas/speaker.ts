import { z } from 'astro/zod';
import { kebabId } from './section';
import { text } from './fields';

/** A person or institution the article quotes or paraphrases (`content/stories/<slug>/data/speakers.yaml`). */
export const speakerSchema = z
  .object({
    /** Permanent kebab-case id, cited by statements, e.g. "jake-sullivan". */
    id: kebabId,
    /** Name as readers should see it: "Jake Sullivan", "The Pentagon". */
    name: text,
    /** `person`, or `institution` for a government, office or alliance speaking as a body. */
    kind: z.enum(['person', 'institution']),
    /** Their job on 7 Feb 2022, e.g. "U.S. National Security Advisor". For institutions, what the body is. */
    role: text,
    /** Country or organisation they speak for, e.g. "France", "United States", "Russia". */
    affiliation: text,
    /** Which side, for colour and grouping: a side of vocabulary.yaml with `speakers` words, e.g. "nato". */
    side: kebabId,
    /**
     * The words the article uses to name them, exactly as printed (case matters), e.g. "Sullivan",
     * "Putin spokesman Dmitry Peskov", "The Kremlin", "Biden administration officials". The build
     * fails when a statement's paragraph (or, for a "He said…", the paragraph before) holds none of
     * its speaker's cues: a statement moved to the wrong speaker cannot ship.
     */
    cues: z.array(text).min(1, 'needs at least one cue: a word the article uses to name this speaker'),
    /** Context a reader needs about the speaker, e.g. who actually issued an institution's words. */
    note: text.optional(),
  })
  .strict();

export type Speaker = z.infer<typeof speakerSchema>;
