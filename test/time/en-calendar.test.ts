/**
 * English calendar forms (src/pipeline/time/en/en-calendar.ts): compact month-day forms, year-month orders,
 * decades, year comparisons, month and day ranges, holiday weekends, n-th weeks and months, ends of a period —
 * and the news text that must not turn into dates.
 */
import { describe, expect, it } from "vitest";
import { enTime } from "../../src/lang/en/time.js";
import { holidayDay } from "../../src/pipeline/time/absolute.js";
import { isoDay } from "../../src/pipeline/time/calendar.js";
import { findTimes } from "../../src/pipeline/time/index.js";

const REF = "2021-03-10";

/** the annotations of a text as `[text, from, to, mod]` */
function times(
  text: string,
  ref: string | null = REF,
): [string, string | null, string | null, string | null][] {
  return findTimes(text, "en", { date: ref }).map((t) => [t.text, t.from, t.to, t.mod]);
}

/** the one annotation of a text as `from..to` */
function one(text: string, ref: string | null = REF): string {
  const found = findTimes(text, "en", { date: ref });
  expect(found).toHaveLength(1);
  return `${found[0]!.from}..${found[0]!.to}`;
}

describe("compact month-day forms", () => {
  it("reads a month glued to its day, with or without a year", () => {
    expect(one("The talks resumed Sep/14.")).toBe("2020-09-14..2020-09-14");
    expect(one("Deliveries began Jun3 according to officials.")).toBe("2020-06-03..2020-06-03");
    expect(one("The deal was signed Apr-27-2018 in Panmunjom.")).toBe("2018-04-27..2018-04-27");
    expect(one("The treaty dates from Jul19 , 2024.")).toBe("2024-07-19..2024-07-19");
  });
  it("reads day, month name and year joined by dashes or slashes", () => {
    expect(one("Filed 11-Mar-2019 in Seoul.")).toBe("2019-03-11..2019-03-11");
    expect(one("Filed 30/Jun/2022 in Seoul.")).toBe("2022-06-30..2022-06-30");
    expect(one("Filed 2022/30/Jun in Seoul.")).toBe("2022-06-30..2022-06-30");
  });
  it("reads a day with a dot before a month and a year", () => {
    expect(one("Dated 3. Feb. 2020 in the log.")).toBe("2020-02-03..2020-02-03");
  });
  it("reads month/day with a comma before the year", () => {
    expect(one("Posted 03/04,2017 by the ministry.")).toBe("2017-03-04..2017-03-04");
  });
  it("reads month.day only after a date cue and at the end of a clause", () => {
    // `due`: the next 18 June after the reference
    expect(one("The vote is due on 6.18.")).toBe("2021-06-18..2021-06-18");
    expect(one("The vote was held on 6.18.")).toBe("2020-06-18..2020-06-18");
    expect(times("The teams were tied on 1-1.")).toEqual([]);
    expect(times("Shares rose 4.22 percent.")).toEqual([]);
    expect(times("She won the race in 9.58.")).toEqual([]);
    expect(times("Prices rose by 1.25.")).toEqual([]);
    expect(times("Forces were cut by 2-10.")).toEqual([]);
  });
  it("reads `October, 1st` and keeps `may` a verb", () => {
    expect(one("They plan to meet November, 3rd.")).toBe("2021-11-03..2021-11-03");
    expect(times("Officials may3 hmm")).toEqual([]);
  });
  it("leaves an impossible day unresolved instead of falling back to its year", () => {
    expect(times("It was dated feb 31 2019")).toEqual([["feb 31 2019", null, null, null]]);
    expect(times("The record says 2018-2-29")).toEqual([["2018-2-29", null, null, null]]);
  });
  it("does not read the decimals of a number as a day", () => {
    expect(times("a total of 6,107.31 August 2019")).toEqual([["August 2019", "2019-08", "2019-08", null]]);
  });
  it("reads eight digits as a date only when they form a valid day", () => {
    expect(one("See archive/report-20190415.pdf")).toBe("2019-04-15..2019-04-15");
    expect(times("Order 20241399 was placed.")).toEqual([]);
  });
});

describe("year and month", () => {
  it("reads a year before its month at the end of a clause", () => {
    expect(one("The plant reopened in 2019 june.")).toBe("2019-06..2019-06");
    expect(one("Output fell, 2020, oct.")).toBe("2020-10..2020-10");
    expect(times("In 2016 May elections were held.")).toEqual([["2016", "2016", "2016", null]]);
  });
  it("reads a year with a one-digit month, but not a vote tally", () => {
    expect(one("Exports peaked 2019/7")).toBe("2019-07..2019-07");
    expect(times("The motion passed 2015-3 in favour.").some((t) => t[1] === "2015-03")).toBe(false);
  });
});

describe("decades", () => {
  it("reads decades with a space, an apostrophe or in words", () => {
    expect(one("Prices of the 1980 s returned.")).toBe("1980..1989");
    expect(one("It was built in the 60s.")).toBe("1960..1969");
    expect(one("It was built during 80's reforms.")).toBe("1980..1989");
    expect(one("Growth slowed in the twenty-tens.")).toBe("2010..2019");
    expect(one("Growth slowed in the two thousands.")).toBe("2000..2009");
  });
  it("does not read an age or seconds as a decade", () => {
    expect(times("He is in his 70s.")).toEqual([]);
  });
});

describe("year comparisons", () => {
  it("opens the interval of a compared year", () => {
    expect(times("Deliveries later than 2022.")).toEqual([["later than 2022", "2022", null, "after"]]);
    expect(times("No later than 2030, the plan says.")).toEqual([
      ["No later than 2030", null, "2030", "until"],
    ]);
    expect(times("Rows where the year is greater than 2014.")).toEqual([
      ["the year is greater than 2014", "2014", null, "after"],
    ]);
    expect(times("Anything sooner than 2019.")).toEqual([["sooner than 2019", null, "2019", "before"]]);
    expect(times("Any model from 2017 or later.")[0]).toEqual(["2017 or later", "2017", null, "since"]);
    expect(times("Show rows >= 2020")).toEqual([[">= 2020", "2020", null, "since"]]);
    expect(times("Show rows < 2020")).toEqual([["< 2020", null, "2020", "before"]]);
  });
  it("keeps counts after `more than` and `greater than` counts", () => {
    expect(times("More than 2000 troops crossed.")).toEqual([]);
    expect(times("A force greater than 2000 men.")).toEqual([]);
  });
});

describe("month and day ranges", () => {
  it("takes the range of the reference's year that contains the reference month", () => {
    expect(one("Drills will run from Feb to Apr.")).toBe("2021-02..2021-04");
    expect(one("Drills will run Nov to Apr.")).toBe("2020-11..2021-04");
    expect(one("Drills ran between june and august.")).toBe("2020-06..2020-08");
  });
  it("carries a stated year and a final day", () => {
    expect(one("Shipments Oct-Jan 2019 rose.")).toBe("2018-10..2019-01");
    expect(one("Shipments Oct-Jan 12th, 2019 rose.")).toBe("2018-10-01..2019-01-12");
    expect(one("Shipments from april to June in 2017 rose.")).toBe("2017-04..2017-06");
  });
  it("reads numeric day ranges with a year after them", () => {
    expect(one("closed 6/1-6/9, 2019")).toBe("2019-06-01..2019-06-09");
    expect(times("closed 2/30-3/2/2019")).toEqual([["2/30-3/2/2019", null, null, null]]);
  });
  it("reads day ranges of a month near the reference", () => {
    expect(one("Closed from 3 to 9 next month.")).toBe("2021-04-03..2021-04-09");
    expect(one("Closed between 12 and 15 this month.")).toBe("2021-03-12..2021-03-15");
    expect(one("Closed March between 2 and 5")).toBe("2021-03-02..2021-03-05");
    expect(one("Closed from 6 to May 9, 2019")).toBe("2019-05-06..2019-05-09");
  });
  it("reads both days of a pair", () => {
    expect(times("Strikes hit on 2 and 3 March.").map((t) => t[1])).toEqual(["2021-03-02", "2021-03-03"]);
  });
  it("does not read a count range as days", () => {
    expect(times("The price went from 4 to 22 dollars.")).toEqual([]);
  });
});

describe("open intervals at a part of a unit", () => {
  it("starts `since the end of` at the part, `after mid` after it", () => {
    expect(times("Troops have stayed since the end of 2019.")).toEqual([
      ["since the end of 2019", "2019-09", null, "since"],
    ]);
    expect(times("Prices fell after mid January.")).toEqual([
      ["after mid January", "2021-01-20", null, "after"],
    ]);
  });
  it("reads parts of units as instants when they end a range", () => {
    expect(one("Troop numbers doubled between the end of 2019 and the end of 2020.")).toBe(
      "2020-01-01..2020-12-31",
    );
    expect(one("Troop numbers doubled from the middle of 2019 to the end of 2020.")).toBe(
      "2019-07-02..2020-12-31",
    );
    expect(one("Output rose from early 2019 to the end of 2020.")).toBe("2019..2020");
  });
  it("keeps the unit's own start for `since early`", () => {
    expect(times("Troops have stayed since early 2019.")).toEqual([
      ["since early 2019", "2019", null, "since"],
    ]);
  });
});

describe("more forms", () => {
  it("reads an ordinal day after `on` at the end of a clause, and a weekday's day in the reference month", () => {
    expect(one("The vote took place on 5th.")).toBe("2021-03-05..2021-03-05");
    expect(one("They met on 28th - in Moscow")).toBe("2021-02-28..2021-02-28");
    expect(times("The bill passed on 3rd reading.")).toEqual([]);
    expect(one("Talks resume on Friday the 12th.")).toBe("2021-03-12..2021-03-12");
  });
  it("reads a two-digit year after `of`, and `calendar year`", () => {
    expect(one("She was born on 2 May of 91.")).toBe("1991-05-02..1991-05-02");
    expect(one("Gains this calendar year were small.")).toBe("2021..2021");
  });
});

describe("holidays", () => {
  it("places Black Friday and Cyber Monday after Thanksgiving", () => {
    const day = (name: string, y: number) => isoDay(holidayDay(enTime.holidays[name]!, y)!);
    expect(day("thanksgiving", 2020)).toBe("2020-11-26");
    expect(day("black friday", 2020)).toBe("2020-11-27");
    expect(day("cyber monday", 2020)).toBe("2020-11-30");
  });
  it("reads the weekend of a holiday, the holiday included", () => {
    expect(one("Traffic peaked over labour day weekend 2020.")).toBe("2020-09-05..2020-09-07");
    expect(one("Traffic peaked the weekend of thanksgiving 2020.")).toBe("2020-11-26..2020-11-29");
  });
  it("reads the last, next or this year's occurrence of a holiday", () => {
    expect(one("Talks stalled last Christmas.")).toBe("2020-12-25..2020-12-25");
    expect(one("Talks resume the following Easter.")).toBe("2021-04-04..2021-04-04");
    expect(one("Talks resume this Thanksgiving.")).toBe("2021-11-25..2021-11-25");
  });
  it("reads more spellings", () => {
    expect(one("Rallies on International Workers' Day 2019.")).toBe("2019-05-01..2019-05-01");
    expect(one("Parades on saint patrick's day 2019.")).toBe("2019-03-17..2019-03-17");
  });
});

describe("n-th weeks and months, ends of a period", () => {
  it("reads the n-th week or month of a period", () => {
    expect(one("Talks in the 2nd week of 2021.")).toBe("2021-01-11..2021-01-17");
    expect(one("Talks in the 2nd week of Feb 2021.")).toBe("2021-02-08..2021-02-14");
    expect(one("Talks in the second week of next month.")).toBe("2021-04-05..2021-04-11");
    expect(one("Talks in the 4th month of 2022.")).toBe("2022-04..2022-04");
    expect(one("Talks in week 10 of last year.")).toBe("2020-03-02..2020-03-08");
    expect(one("Talks in the 1st week of June 2021 on Tuesday.")).toBe("2021-06-01..2021-06-01");
  });
  it("reads the first or last units of a year", () => {
    expect(one("Sales in the first 3 weeks of 2021.")).toBe("2021-01-04..2021-01-24");
    expect(one("Sales in the last two months of 2020.")).toBe("2020-11..2020-12");
    expect(one("Sales in the first five days of this year.")).toBe("2021-01-01..2021-01-05");
  });
  it("reads a three-digit year only after `year`", () => {
    expect(one("Founded in the year 711.")).toBe("0711..0711");
    expect(times("Route 711 was closed.")).toEqual([]);
    expect(one("It fell in the year nine hundred and twelve.")).toBe("0912..0912");
  });
  it("carries a lower second day into the next month", () => {
    expect(one("Closed from March 28 to the 2nd.")).toBe("2020-03-28..2020-04-02");
  });
});
