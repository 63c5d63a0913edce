/**
 * @module Reading a run of digits with grouping and decimal separators, by the language's convention:
 * German `1.500` and `13 000` are 1500, `1,3` is 1.3; English `1,500` is 1500, `1.3` is 1.3;
 * `1.000.000,00` is a million in either.
 */

/**
 * Digits with separators, as one match: grouped thousands (`1.500`, `13 000`, `10'000`, `1 234 567,89`)
 * or plain digits with an optional decimal part (`1,3`, `4.800`). The grouping separator is captured
 * so that every group uses the same one (`1.000,5` is not `1.000.5`).
 */
export const DIGITS_SOURCE =
  "\\d{1,3}(?:([.,'’\\u00a0\\u202f ])\\d{3}(?![\\d]))(?:\\1\\d{3}(?!\\d))*(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?";

export interface DigitsReading {
  value: number;
  /** the separator used for grouping thousands, if any */
  group: string | null;
  /** whether the reading has a fractional part */
  decimal: boolean;
}

/**
 * Reads a string matched by DIGITS_SOURCE. `decimal` is the language's decimal separator.
 * Returns null when the separators contradict each other (`1.000.5`).
 *
 * Rules: a separator followed by exactly three digits and used for grouping before is grouping; where
 * both `.` and `,` occur the last one is the decimal separator (`1.111,11`, `1,111.11`); a single `.` or `,`
 * followed by three digits is grouping unless it is the language's decimal separator (German `4,800` is 4.8,
 * English `4.800` is 4.8); any other single separator is a decimal point (`1,3` and `1.3`).
 */
export function readDigits(s: string, decimal: "," | "."): DigitsReading | null {
  const seps: { ch: string; at: number }[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) seps.push({ ch: s[i]!, at: i });
  }
  if (seps.length === 0) {
    const value = Number(s);
    return Number.isFinite(value) ? { value, group: null, decimal: false } : null;
  }
  const last = seps[seps.length - 1]!;
  const distinct = new Set(seps.map((x) => x.ch));
  let groupSep: string | null = null;
  let decimalAt = -1;
  if (distinct.size > 1) {
    // `1.000.000,00`: the last separator is the decimal one, the others must all be one grouping separator
    decimalAt = last.at;
    const groups = new Set(seps.slice(0, -1).map((x) => x.ch));
    if (groups.size !== 1 || groups.has(last.ch)) return null;
    groupSep = [...groups][0]!;
    if (last.ch !== "." && last.ch !== ",") return null;
  } else if (seps.length > 1) {
    // `1 234 567` or `1.000.000`: all grouping, every group of three (`1.000.5` is no number)
    if (s.length - last.at - 1 !== 3) return null;
    groupSep = last.ch;
  } else {
    const tail = s.length - last.at - 1;
    const isSpaceLike = last.ch !== "." && last.ch !== ",";
    if (isSpaceLike) groupSep = last.ch;
    else if (tail === 3 && last.ch !== decimal && s.indexOf(last.ch) > 0 && last.at <= 3) groupSep = last.ch;
    else decimalAt = last.at;
  }
  let digits = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += s[i];
    else if (i === decimalAt) digits += ".";
    else if (s[i] !== groupSep) return null;
  }
  const value = Number(digits);
  if (!Number.isFinite(value)) return null;
  return { value, group: groupSep, decimal: decimalAt >= 0 };
}
