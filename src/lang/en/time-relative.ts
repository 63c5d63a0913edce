/**
 * @module English words of relative date forms read by the English-only parsers of
 * `pipeline/time/en/en-relative.ts` (data only): compound durations (`2 years 1 month ago`), bounded
 * offsets from a deictic day (`more than 2 weeks before today`), business days, the later part of a unit.
 */

export interface EnRelativeWords {
  /** after a compound duration: its direction from the reference (`1 month 21 days ago`, `… later`) */
  compoundDirections: Record<string, number>;
  /** between the parts of a compound duration, besides a plain space */
  compoundJoins: string[];
  /** before a compound duration: from the reference to its end (`within 5 years 1 month`) */
  compoundWithin: string[];
  /** after a count of units: the span of the next units (`4 weeks in the future`, `2 days hence`) */
  futureSpanAfter: string[];
  /**
   * before a count of units from a deictic day: `outside` leaves the interval open beyond the offset day
   * (`more than 2 weeks before today`), `inside` is the span between the day and the offset day
   * (`less than 3 days after tomorrow`, `within 2 weeks from today`)
   */
  boundCues: Record<string, "outside" | "inside">;
  /** the unit of a count of working days (`4 business days`) */
  businessDays: string[];
  /** before a count and a span of days (`for 3 days from today`) */
  durationLeads: string[];
  /** between a duration and the day it starts on (`for 3 days starting from next Monday`) */
  durationStarts: string[];
  /**
   * before `the`/`my` and a unit at the end of a clause, naming the unit of the reference: `for the day`,
   * `partner of the month`, `sales in the year`, `on the weekend`
   */
  unitPreps: string[];
  /** prepositions that name the reference's unit only before these units (`on the weekend`, not `on the day`) */
  unitPrepsOnly: Record<string, string[]>;
  /** determiners of such a unit: `the week`, `my weekend` */
  unitDeterminers: string[];
  /** words before the preposition that make the unit part of an idiom or a part (`the end of the day`) */
  unitBlockers: string[];
  /** after a unit: from its start to the reference (`year to date`); alone: up to the reference (`to date`) */
  toDateWords: string[];
  notToDate: string[];
  /** before a weekday: its next occurrence after the reference (`this upcoming Friday`) */
  upcomingWeekdayShifts: string[];
  /** after a count of weekdays: the nth such day after the reference (`two Sundays from now`) */
  weekdayCountAfter: string[];
  /** before an ordinal day at the end of a clause: a day of the reference's month (`until the second`) */
  ordinalDayPreps: string[];
  /** before a unit: its part after the reference, from its middle at the earliest (`later this year`) */
  laterWords: string[];
}

export const enRelativeWords: EnRelativeWords = {
  compoundDirections: {
    ago: -1,
    earlier: -1,
    before: -1,
    later: 1,
    "from now": 1,
    "from today": 1,
  },
  compoundJoins: [",", "and", ", and"],
  compoundWithin: ["within", "within the next", "within the upcoming", "within the coming", "within next"],
  futureSpanAfter: ["hence", "in the future"],
  boundCues: {
    "more than": "outside",
    over: "outside",
    "less than": "inside",
    within: "inside",
  },
  businessDays: ["business day", "business days", "working day", "working days", "workday", "workdays"],
  durationLeads: ["for"],
  durationStarts: ["starting", "starting from", "starting on", "beginning", "beginning on", "from"],
  unitPreps: ["for", "of", "in", "on", "during"],
  unitPrepsOnly: { on: ["weekend"], during: ["week", "weekend"] },
  unitDeterminers: ["the", "my"],
  unitBlockers: [
    "end",
    "start",
    "beginning",
    "middle",
    "rest",
    "remainder",
    "balance",
    "part",
    "half",
    "course",
    "time",
    "hour",
    "order",
    "turn",
    "height",
    "same",
    // `a day of the month`, `the week of the year`: a unit of a unit is a calendar position, no date
    "day",
    "days",
    "week",
    "weeks",
    "weekend",
    "month",
    "months",
    "quarter",
    "season",
    "times",
  ],
  toDateWords: ["to date"],
  /** words before `to date` that make it an idiom (`up to date`) */
  notToDate: ["up", "out"],
  upcomingWeekdayShifts: ["this upcoming", "this coming"],
  weekdayCountAfter: ["from now", "from today"],
  ordinalDayPreps: ["on", "by", "until", "till"],
  laterWords: ["later this", "later in the", "later in this"],
};
