import { z } from 'astro/zod';
import { kebabId } from './section';

// Field types shared by the data schemas, with messages written for the person editing the YAML.

/** True when `value` (YYYY, YYYY-MM or YYYY-MM-DD) names a real year, month or day. */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const month = m === undefined ? 1 : Number(m);
  const day = d === undefined ? 1 : Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(Number(y), month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const quoted = (input: unknown) => JSON.stringify(input);

/** A calendar day written YYYY-MM-DD, e.g. "2024-03-31". */
export const isoDate = z.string().refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(v), {
  error: (iss) => `${quoted(iss.input)} is not a valid date (write a real day as YYYY-MM-DD, e.g. 2024-03-31)`,
});

/**
 * A date as precise as the evidence allows: YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year
 * is known (ISO 8601 reduced precision). Say more in the matching `…Note` field.
 */
export const partialIsoDate = z.string().refine(isRealDate, {
  error: (iss) =>
    `${quoted(iss.input)} is not a valid date (write YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known)`,
});

/** An id of an entry in another file, e.g. a source "s42" or a speaker "jake-sullivan". */
export const refId = kebabId;

/** How sure we are, as defined in the facts brief (high: 2+ independent or official sources…). */
export const confidence = z.enum(['high', 'medium', 'low']);

/** One or more ids from content/stories/<slug>/data/sources.yaml. */
export const sourceIds = z.array(refId).min(1, 'needs at least one source id from sources.yaml');

/** A latitude in decimal degrees (WGS84), north positive. */
export const latitude = z
  .number()
  .min(-90, { error: (iss) => `${iss.input} is not a latitude (must be between -90 and 90)` })
  .max(90, { error: (iss) => `${iss.input} is not a latitude (must be between -90 and 90)` });

/** A longitude in decimal degrees (WGS84), east positive. */
export const longitude = z
  .number()
  .min(-180, { error: (iss) => `${iss.input} is not a longitude (must be between -180 and 180)` })
  .max(180, { error: (iss) => `${iss.input} is not a longitude (must be between -180 and 180)` });

/** A full http(s) address. */
export const webUrl = z.url({
  protocol: /^https?$/,
  error: (iss) => `${quoted(iss.input)} is not a web address (it must start with https:// or http://)`,
});

/** A non-empty line of text. */
export const text = z.string().trim().min(1, 'must not be empty');

export type Confidence = z.infer<typeof confidence>;

/**
 * How a map entry (a position or a movement) is dated, how sure we are and where it comes from:
 * the same fields, with the same rules, on both.
 */
export const provenanceFields = {
  /**
   * The day (or month/year, if that is all that is known) the status is reported for. Must not be
   * later than the map's date. Leave out when no date is known, and say why in `asOfNote`.
   */
  asOf: partialIsoDate.optional(),
  /** The brief's as-of wording when it says more than `asOf`, e.g. "2021-12-25 (image); 2022-02-07 (movement report)". */
  asOfNote: text.optional(),
  /** high, medium or low. When the brief gives a mixed or in-between level, use the lower one and explain in `confidenceNote`. */
  confidence,
  /** The brief's exact confidence wording when it is more nuanced, e.g. "high (drawdown); medium (numbers)". */
  confidenceNote: text.optional(),
  /** Ids of the sources (sources.yaml) for this entry; at least one. */
  sources: sourceIds,
  /** Anything a reader or editor should know: disagreements between sources, later events not shown, why an end is not plotted. */
  note: text.optional(),
};

/**
 * Where readers send corrections and comments: an email address or an https:// page. Optional
 * wherever it appears: the "Send a correction" links show only when it is set, so no placeholder
 * ever reaches readers.
 */
export const feedbackAddress = z.union([z.email({ error: 'must be an email address or an https:// address' }), webUrl]);
