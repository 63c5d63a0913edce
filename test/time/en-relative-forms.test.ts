/** English relative date forms: compound durations, bounded offsets, spans from a day, units of the reference, weeks. */
import { describe, expect, it } from "vitest";
import type { TimeAnnotation } from "../../src/core/annotations.js";
import { findTimes } from "../../src/pipeline/time/index.js";

// a Tuesday
const REF = { date: "2024-10-15" };

/** The one annotation of a text, or fails. */
function only(text: string, ref = REF): TimeAnnotation {
  const found = findTimes(text, "en", ref);
  expect(found.map((t) => t.text)).toHaveLength(1);
  return found[0]!;
}

function range(text: string, ref = REF): [string | null, string | null, string] {
  const t = only(text, ref);
  return [t.from, t.to, t.text];
}

describe("compound durations", () => {
  it("counts several units back or forward from the reference", () => {
    expect(range("The convoy left 1 month and 10 days ago.")).toEqual([
      "2024-09-05",
      "2024-09-05",
      "1 month and 10 days ago",
    ]);
    expect(range("It was built 3 years, 2 months ago")).toEqual([
      "2021-08-15",
      "2021-08-15",
      "3 years, 2 months ago",
    ]);
    expect(range("The lease ends 1 year 6 months later")).toEqual([
      "2026-04-15",
      "2026-04-15",
      "1 year 6 months later",
    ]);
    expect(range("The law takes effect in 2 weeks and 3 days.")).toEqual([
      "2024-11-01",
      "2024-11-01",
      "in 2 weeks and 3 days",
    ]);
  });
  it("reads within and the next as a span from the reference", () => {
    expect(range("Deliveries are due within 2 years 3 months.")).toEqual([
      "2024-10-15",
      "2027-01-15",
      "within 2 years 3 months",
    ]);
    expect(range("They will arrive within next 6 months.")).toEqual([
      "2024-10-15",
      "2025-04-15",
      "within next 6 months",
    ]);
    expect(range("Prices rose over the past 2 months and 5 days")).toEqual([
      "2024-08-10",
      "2024-10-14",
      "past 2 months and 5 days",
    ]);
  });
  it("reads hence and in the future as the coming days", () => {
    expect(range("The vote falls 3 days hence.")).toEqual(["2024-10-16", "2024-10-18", "3 days hence"]);
    expect(range("It opens 2 weeks in the future.")).toEqual([
      "2024-10-16",
      "2024-10-29",
      "2 weeks in the future",
    ]);
  });
  it("reads number words as counts", () => {
    expect(range("within the next sixty days")).toEqual([
      "2024-10-15",
      "2024-12-14",
      "within the next sixty days",
    ]);
  });
  it("leaves durations without a direction and a duration before `ago` alone", () => {
    expect(findTimes("He served 2 years 6 months in prison.", "en", REF)).toEqual([]);
    const war = findTimes("In 2 years and 3 months of war, the town changed hands.", "en", REF);
    expect(war.some((t) => t.rule.startsWith("en.relative.compound"))).toBe(false);
    // `for 5 months` is how long; `2 days ago` is when
    expect(range("They fought for 5 months and 2 days ago signed a truce.")).toEqual([
      "2024-10-13",
      "2024-10-13",
      "2 days ago",
    ]);
    // one count before `later` counts from a narrated day, not from the article's
    expect(findTimes("Three days later, the ministry confirmed it.", "en", REF)).toEqual([]);
  });
});

describe("bounded offsets from a deictic day", () => {
  it("leaves the interval open beyond the offset day with `more than`", () => {
    const before = only("It was agreed more than 3 weeks before today.");
    expect([before.from, before.to, before.mod]).toEqual([null, "2024-09-24", "before"]);
    const after = only("It starts more than 10 days after tomorrow.");
    expect([after.from, after.to, after.mod]).toEqual(["2024-10-26", null, "after"]);
  });
  it("spans the days between with `less than` and `within`", () => {
    expect(range("due less than 4 days after tomorrow")).toEqual([
      "2024-10-16",
      "2024-10-20",
      "less than 4 days after tomorrow",
    ]);
    expect(range("done within 1 week from today")).toEqual([
      "2024-10-15",
      "2024-10-22",
      "within 1 week from today",
    ]);
  });
  it("needs a deictic day", () => {
    expect(findTimes("The treaty took effect more than 2 weeks after the signing.", "en", REF)).toEqual([]);
  });
});

describe("spans that start on a day", () => {
  it("counts a duration from a deictic day, a weekday or a date", () => {
    expect(range("The office is closed for 4 days from today.")).toEqual([
      "2024-10-15",
      "2024-10-18",
      "for 4 days from today",
    ]);
    expect(range("Exercises run for two weeks starting next Monday.")).toEqual([
      "2024-10-21",
      "2024-11-03",
      "for two weeks starting next Monday",
    ]);
    expect(range("They shelled the town over 3 days starting October 1.")).toEqual([
      "2024-10-01",
      "2024-10-03",
      "over 3 days starting October 1",
    ]);
  });
  it("opens the interval at a stated start", () => {
    const t = only("Flights resume beginning on March 3, 2025.");
    expect([t.from, t.to, t.mod]).toEqual(["2025-03-03", null, "since"]);
    const u = only("The rule applies starting on Sep 2025.");
    expect([u.from, u.to, u.mod]).toEqual(["2025-09", null, "since"]);
  });
  it("bounds by `as late as` and `as early as`", () => {
    const t = only("Talks could continue as late as tomorrow.");
    expect([t.from, t.to, t.mod]).toEqual([null, "2024-10-16", "until"]);
    const u = only("Troops may leave as early as next week.");
    expect([u.from, u.mod]).toEqual(["2024-10-21", "since"]);
  });
});

describe("a weekday beside a counted day", () => {
  it("is that weekday in the week of the counted day", () => {
    // two weeks from Tuesday 15 October is Tuesday 29 October; Monday of that week is the 28th
    expect(range("The summit opens Monday two weeks from now.")).toEqual([
      "2024-10-28",
      "2024-10-28",
      "Monday two weeks from now",
    ]);
    expect(range("Voting ends in 4 days on Friday.")).toEqual([
      "2024-10-18",
      "2024-10-18",
      "in 4 days on Friday",
    ]);
  });
  it("keeps `two months after next Friday` a count from that Friday", () => {
    expect(range("The mandate ends two months after next Friday.")).toEqual([
      "2024-12-25",
      "2024-12-25",
      "two months after next Friday",
    ]);
  });
  it("reads counted weekdays and the coming weekday", () => {
    expect(range("Polls close three Saturdays from now.")).toEqual([
      "2024-11-02",
      "2024-11-02",
      "three Saturdays from now",
    ]);
    expect(range("See you this upcoming Tuesday")).toEqual([
      "2024-10-22",
      "2024-10-22",
      "this upcoming Tuesday",
    ]);
  });
});

describe("the reference's unit and its parts", () => {
  it("reads the unit at the end of a clause", () => {
    expect(range("The border stays shut for the day.")).toEqual(["2024-10-15", "2024-10-15", "for the day"]);
    expect(range("It was the largest strike of the year.")).toEqual(["2024", "2024", "of the year"]);
    expect(range("Markets are closed on the weekend.")).toEqual([
      "2024-10-19",
      "2024-10-20",
      "on the weekend",
    ]);
    expect(range("The guns were silent the fortnight")).toEqual([
      "2024-10-14",
      "2024-10-27",
      "the fortnight",
    ]);
  });
  it("leaves idioms and anaphora alone", () => {
    expect(findTimes("At the end of the day, the talks failed.", "en", REF)).toEqual([]);
    expect(findTimes("He had arrived the day before the vote.", "en", REF)).toEqual([]);
    expect(findTimes("It was the year of the snake.", "en", REF)).toEqual([]);
    expect(findTimes("The ministry spoke of the year's losses.", "en", REF)).toEqual([]);
    expect(findTimes("Payments fall due on a day of the month.", "en", REF)).toEqual([]);
  });
  it("reads `to date` up to the reference", () => {
    const t = only("No deal has been reached to date.");
    expect([t.from, t.to, t.mod]).toEqual([null, "2024-10-15", "before"]);
    expect(range("Exports are up 4% year to date.")).toEqual(["2024-01-01", "2024-10-15", "year to date"]);
    expect(findTimes("The registry is kept up to date.", "en", REF)).toEqual([]);
    // the end of a range stays the range's
    expect(range("Shipments from March to date")).toEqual(["2024-03-01", "2024-10-15", "from March to date"]);
  });
  it("reads `later this year` from the unit's middle at the earliest", () => {
    expect(range("Elections follow later this year.", { date: "2024-03-10" })).toEqual([
      "2024-07-01",
      "2024-12-31",
      "later this year",
    ]);
    expect(range("Elections follow later this year.")).toEqual([
      "2024-10-15",
      "2024-12-31",
      "later this year",
    ]);
    // Monday → from Thursday
    expect(range("more talks later this week", { date: "2024-10-14" })).toEqual([
      "2024-10-17",
      "2024-10-20",
      "later this week",
    ]);
  });
  it("reads the rest of a week", () => {
    expect(range("She is away the rest of my week.")).toEqual([
      "2024-10-15",
      "2024-10-20",
      "rest of my week",
    ]);
  });
});

describe("weeks, weekdays and days of a month", () => {
  it("finds the nth and the last week of a relative month or year", () => {
    // October 2024 begins on a Tuesday: its first Thursday is the 3rd
    expect(range("talks in the second week of this month")).toEqual([
      "2024-10-07",
      "2024-10-13",
      "the second week of this month",
    ]);
    expect(range("the last week of this month")).toEqual([
      "2024-10-28",
      "2024-11-03",
      "the last week of this month",
    ]);
    expect(range("the first week of next year")).toEqual([
      "2024-12-30",
      "2025-01-05",
      "the first week of next year",
    ]);
  });
  it("finds days of a relative week", () => {
    expect(range("Drills run next week from Tue to Thu.")).toEqual([
      "2024-10-22",
      "2024-10-24",
      "next week from Tue to Thu",
    ]);
  });
  it("reads a weekday with a day number in the reference's month first", () => {
    expect(range("They meet on Thursday the 31st.")).toEqual([
      "2024-10-31",
      "2024-10-31",
      "Thursday the 31st",
    ]);
  });
  it("reads an ordinal day in words at a clause end, not a rank", () => {
    expect(range("The talks resumed on the twelfth.")).toEqual(["2024-10-12", "2024-10-12", "the twelfth"]);
    expect(range("The talks resumed on the twentieth.")).toEqual([
      "2024-09-20",
      "2024-09-20",
      "the twentieth",
    ]);
    const until = only("The ceasefire holds until the twentieth.");
    expect([until.from, until.to, until.mod]).toEqual([null, "2024-09-20", "until"]);
    expect(findTimes("Kim visited for the first time and Putin for the second.", "en", REF)).toEqual([]);
    expect(findTimes("It came second for the second time.", "en", REF)).toEqual([]);
  });
  it("counts business days", () => {
    // Tuesday: the next 3 working days are Wednesday to Friday; 4 working days on is Monday
    expect(range("over the next 3 business days")).toEqual([
      "2024-10-16",
      "2024-10-18",
      "next 3 business days",
    ]);
    expect(range("a ruling in four working days")).toEqual([
      "2024-10-21",
      "2024-10-21",
      "in four working days",
    ]);
    expect(range("the previous 2 business days")).toEqual([
      "2024-10-11",
      "2024-10-14",
      "previous 2 business days",
    ]);
  });
  it("reads the first or last units of a month or year", () => {
    expect(range("Strikes grew in the last 10 days of March.")).toEqual([
      "2024-03-22",
      "2024-03-31",
      "the last 10 days of March",
    ]);
    // whole weeks inside the month: October 2024 ends on a Thursday
    expect(range("in the final two weeks of October")).toEqual([
      "2024-10-14",
      "2024-10-27",
      "the final two weeks of October",
    ]);
    // months of a year stay at month grain
    expect(range("the first 2 months of next year")).toEqual([
      "2025-01",
      "2025-02",
      "the first 2 months of next year",
    ]);
    // a count that does not fit the period is no part of it
    const year = findTimes("the last 20 months of 2023", "en", REF).find((t) => t.text === "2023");
    expect([year?.from, year?.to]).toEqual(["2023", "2023"]);
  });
});

describe("ordinals and counts that name no date", () => {
  it("reads an ordinal before a noun as an adjective, a bare ordinal day as a date", () => {
    for (const text of [
      "Soldiers of the 11th Corps were moved to the border.",
      "It was the 3rd week of the offensive.",
      "Pyongyang marked the 20th anniversary of the treaty.",
    ])
      expect(findTimes(text, "en", REF), text).toEqual([]);
    expect(range("The ship docked on the 3rd, officials said.")).toEqual([
      "2024-10-03",
      "2024-10-03",
      "the 3rd",
    ]);
    expect(findTimes("Talks were held on the 7th and the 9th.", "en", REF).map((t) => t.from)).toEqual([
      "2024-10-07",
      "2024-10-09",
    ]);
  });

  it("reads `in N units of` as a length, `in N units` alone as a date ahead", () => {
    expect(findTimes("In two years of war, the front barely moved.", "en", REF)).toEqual([]);
    expect(range("The bridge should open in two years.")).toEqual([
      "2026-10-15",
      "2026-10-15",
      "in two years",
    ]);
  });
});
