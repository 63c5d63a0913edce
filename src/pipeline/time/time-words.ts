/** @module The shape of a language's time vocabulary: `src/lang/<lang>/time.ts` fills it in with data. */

export type TimeUnit =
  | "day"
  | "week"
  | "fortnight"
  | "workweek"
  | "weekend"
  | "month"
  | "quarter"
  | "half"
  | "year"
  | "decade";
export type TimeMod = "since" | "until" | "before" | "after" | "start" | "mid" | "end" | "approx";

/**
 * How a holiday's date is found in a year: a fixed day `[month, day]`; days after Easter Sunday;
 * the n-th weekday of a month `[month, isoWeekday, n]`; the n-th Sunday of Advent (0 = the Sunday
 * before the first, -1 the one before that); or days after the first Sunday of Advent.
 */
export type HolidayRule =
  | { fixed: [number, number] }
  | { easter: number }
  /** the n-th weekday of a month, `plus` days after it (Black Friday: the day after the fourth Thursday) */
  | { nthWeekday: [number, number, number]; plus?: number }
  | { advent: number }
  | { adventOffset: number };

/** Number words for years written out (`nineteen ninety six`); a language without them reads digit years only. */
export interface YearNumberWords {
  units: Record<string, number>;
  teens: Record<string, number>;
  tens: Record<string, number>;
  hundred: string[];
  thousand: string[];
  and: string[];
  /** `nineteen oh one` */
  zero: string[];
}

export interface TimeWords {
  yearNumberWords?: YearNumberWords;
  months: Record<string, number>;
  weakMonths: string[];
  weekdays: Record<string, number>;
  weakWeekdays: string[];
  seasons: Record<string, [number, number]>;
  ordinals: Record<string, number>;
  ordinalEndings: string[];
  counts: Record<string, number | null>;
  units: Record<string, TimeUnit>;
  shifts: Record<string, number>;
  days: Record<string, number>;
  lowerCaseOnlyDays: string[];
  articles: string[];
  yearWords: string[];
  mods: Record<string, TimeMod>;
  /** part words after a relative unit: `dieses Jahr früher` */
  postMods?: Record<string, TimeMod>;
  openers: Record<string, TimeMod>;
  notOpeners: string[];
  rangeStarts: string[];
  rangeJoins: string[];
  listJoins: string[];
  notYearAfter: string[];
  yearCues: string[];
  countCues: string[];
  yearFollowers: string[];
  nounsCapitalised: boolean;
  decadeWords: Record<string, number>;
  decadeSuffix: string[];
  centuryWords: string[];
  quarterWords: string[];
  halfWords: string[];
  weekendWords: string[];
  futureCues: string[];
  /**
   * Past cues next to a date without a year or a weekday: they win over a future cue elsewhere in the
   * sentence (`said on Thursday that troops will…` → the last Thursday). Before: a verb up to two words
   * before the date (`said`, `hatte am Dienstag`); suffixes: endings of such a verb (`arrived on Friday`);
   * after: a participle up to three words after it (`am Samstag in Moskau bekanntgegeben`).
   */
  pastCuesBefore?: string[];
  /**
   * Future cues that in news mostly report hearsay (`soll` in `Bilder sollen zeigen, dass …`): dating a
   * document ignores them; resolving a date without a year still reads them as future.
   */
  hearsayFutureCues?: string[];
  pastSuffixesBefore?: string[];
  pastCuesAfter?: string[];
  /** words right before a past cue that make it no past (`will be held on Friday`, `to be signed on Monday`) */
  pastCueBlockers?: string[];
  agoBefore: string[];
  agoAfter: string[];
  laterBefore: string[];
  /** a word after `in N units` that makes it a length, no date (`in 2 years of war`) */
  laterBlockedBy?: string[];
  laterAfter: string[];
  /** before a count: from the reference to the end of the count (`within 10 months`, `binnen drei Wochen`) */
  withinBefore?: string[];
  spanShifts: Record<string, number>;
  /** between a relative week and a weekday: `nächste Woche am Freitag`, `tuesday of last week` */
  weekdayInWeekJoins?: string[];
  /** before a day, the week it names: `the week of March 4` (the week containing it), `the week starting March 4` */
  weekOf?: Record<string, "containing" | "starting">;
  /** after a unit, two units ahead: `the week after next` */
  afterNext?: string[];
  /** `3 weeks from tomorrow`, `two days before yesterday`: the direction of a count from a deictic day */
  offsetJoins?: Record<string, number>;
  /** a span of units from a stated day: `for 2 weeks starting May 20th` (leads before the count, starts before the day) */
  durationLeads?: string[];
  durationStarts?: string[];
  /** before a count of units and `of` a month or year: its first or last units (`the last 3 weeks of 2019`) */
  edgeCounts?: Record<string, "first" | "last">;
  /**
   * Words for the present that end or start a range only (`between Jan 22 and now`, `from March to date`);
   * a present word outside a range is dropped.
   */
  nowWords?: string[];
  /** idioms that end in a present word and are no date: `up to date` */
  notNowPhrases?: string[];
  /** words after a date that leave its interval open: `2012 or later` (since), `1/1/2016 and after` */
  postOpeners?: Record<string, TimeMod>;
  /** shift words that name the latest such weekday before the reference, not last week's (`this past Wednesday`) */
  recentWeekdayShifts?: string[];
  /**
   * Elapsed time that dates the text when the same event's year is stated too (`seit 24 Jahren` … `im Jahr
   * 2000` → 2024): words before a count of years (`seit`, `first time in`) or after it (`ago`).
   */
  elapsedBefore?: string[];
  elapsedAfter?: string[];
  restWords: string[];
  /** before a unit: from its start up to the reference (`earlier this year`, `earlier in the week`) */
  soFarWords?: string[];
  /** before an ISO week number: `KW 31`, `week 10` */
  weekNumberWords?: string[];
  /** after a day number: `13th` (a weekday before it makes a date: `Mon 13th`) */
  dayNumberSuffixes?: string[];
  /** the week noun in `the first week of 2015` */
  weekWords?: string[];
  /** between a week number and its year: `week 3 of 2027`; in `the last week of July` */
  weekNumberYearJoins?: string[];
  holidays: Record<string, HolidayRule>;
  /**
   * After a count of units, a shift from the day the story last named (`two days later`, `zwei Tage
   * später`) or back from it (`a week earlier`, `eine Woche zuvor`).
   */
  narrativeAfter?: string[];
  /** shift words that name the span up to the reference, not the last calendar unit (`the past year`) */
  trailingShifts?: string[];
  narrativeBefore?: string[];
  /** phrases that shift from the day the story last named: `the next day` → [1, "day"], `am Vortag` → [-1, "day"] */
  narrativePhrases?: Record<string, [number, TimeUnit]>;
}
