/**
 * How much of a pasted job ad is read. Apart from the reader itself (proposeRole.ts), so the
 * screens that only check a paste's length do not load the reader and its stemmers.
 */
export interface JobAdInput {
  /** Characters read from the start of the paste (UTF-16 code units, as String.length counts). */
  readLength: number;
  totalLength: number;
  truncated: boolean;
}

/**
 * The longest paste read. A long real posting is about 10,000 characters; past 50,000 it is
 * likely a whole web page, and reading stays under the 50 ms budget of docs/design.md.
 */
export const MAX_JOB_AD_LENGTH = 50_000;
/** How far back from the cap a cut looks for a space, so the last word read is a whole word. */
const CUT_LOOKBACK = 1_000;

/**
 * The part of a paste that is read: all of it up to MAX_JOB_AD_LENGTH characters; past that,
 * the start up to the last space or line break before the cap (or the cap itself when no space
 * is near), never halfway through a character written with two code units.
 */
export function jobAdInput(text: string): JobAdInput {
  if (text.length <= MAX_JOB_AD_LENGTH) return { readLength: text.length, totalLength: text.length, truncated: false };
  let cut = MAX_JOB_AD_LENGTH;
  const space = text.slice(cut - CUT_LOOKBACK, cut + 1).search(/\s\S*$/);
  if (space >= 0) cut = cut - CUT_LOOKBACK + space;
  else if (/[\uD800-\uDBFF]/.test(text[cut - 1])) cut -= 1;
  return { readLength: cut, totalLength: text.length, truncated: true };
}
