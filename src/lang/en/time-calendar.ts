/**
 * @module English words for calendar forms beyond the core list (data only): decades spelled out,
 * comparisons that open a year's interval, the words around a holiday's weekend, parts of a period.
 */

/** `the two thousands`, `the twenty-tens`: decades named in words, by their first year (after `the`) */
export const enDecadeYearWords: Record<string, number> = {
  "two thousands": 2000,
  "two thousand and tens": 2010,
  "two thousand tens": 2010,
  "twenty-tens": 2010,
  "twenty tens": 2010,
  "twenty-twenties": 2020,
  "twenty twenties": 2020,
};

/**
 * `later than 2018`, `no later than 2030`, `year greater than 2012`: a comparison word before `than`
 * and the interval it opens (`or in` / `or on` after `than` includes the year itself)
 */
export const enYearComparisons: Record<string, "after" | "before"> = {
  later: "after",
  greater: "after",
  sooner: "before",
  earlier: "before",
};

/** comparisons that need the word `year` before them (`year greater than 2012`), being counts otherwise */
export const enYearOnlyComparisons: string[] = ["greater"];

/** `no later than`: negations that turn `after` into `until` and `before` into `since` */
export const enComparisonNegations: string[] = ["no", "not"];

/** `2018 or later`, `2012 and after`: words after a year that open its interval */
export const enYearPostComparisons: Record<string, "since" | "until"> = {
  later: "since",
  after: "since",
  earlier: "until",
  before: "until",
};

/** `the first 2 weeks of 2021`, `the last four months of this year`: the ends of a period */
export const enPeriodEnds: Record<string, 1 | -1> = { first: 1, last: -1 };

/** `the third week of this month`, `the first 2 weeks of next year`: the shifts of a period named after a count */
export const enPeriodShifts: Record<string, number> = {
  this: 0,
  current: 0,
  the: 0,
  next: 1,
  last: -1,
  previous: -1,
};

/** `on 4.22`, `until 5-12`, `on 2016 10 16`, `on 29th`: the cues before a bare numeric or ordinal date */
export const enNumericDateCues: string[] = ["on", "until", "till"];

/** `in 70's`: the cues before a two-digit decade without `the` */
export const enDecadeCues: string[] = ["in", "during", "since"];

/** range joins inside a compact range (`Jan-Feb`, `from Sep to Nov`, `4 till 23`) */
export const enRangeJoins: string[] = ["-", "–", "to", "through", "thru", "until", "till"];

/** `the EOY`, `by EOM`: abbreviations of the part of the current unit they name */
export const enPartAbbreviations: Record<string, { mod: "start" | "mid" | "end"; unit: "year" | "month" }> = {
  eoy: { mod: "end", unit: "year" },
  eom: { mod: "end", unit: "month" },
};

/**
 * The words that may follow a bare ordinal day (`on the 23rd and …`, `the 3rd at dawn`). Any other word
 * makes the ordinal an adjective of a noun, no date: `the 11th Corps`, `the 3rd week of the offensive`,
 * `the 20th anniversary`.
 */
export const enOrdinalDayFollowers: string[] = [
  "and",
  "or",
  "but",
  "at",
  "in",
  "on",
  "of",
  "to",
  "until",
  "till",
  "through",
  "from",
  "for",
  "with",
  "when",
  "while",
  "before",
  "after",
  "as",
  "so",
  "then",
  "this",
  "that",
  "next",
  "last",
  "we",
  "i",
  "he",
  "she",
  "they",
  "it",
  "was",
  "is",
  "will",
  "would",
  "morning",
  "evening",
  "night",
];
