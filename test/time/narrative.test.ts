/** Narrative times (`three days later`, `am Tag darauf`): counted from the day the story last named, not the article's date. */
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/core/document.js";
import { findTimes } from "../../src/pipeline/time/index.js";

// a Friday
const REF = { date: "2024-11-22" };

const dated = (text: string, lang: Lang) =>
  findTimes(text, lang, REF).map((t) => [t.text, t.from, t.to, t.rule.split(".").slice(1, 2)[0]]);

describe("narrative shifts from the last date named", () => {
  it("en: a count of units later or earlier, and a chain of them", () => {
    expect(
      dated(
        "The barges left port on Sept. 12. Three days later they docked, and the next day the cargo was gone. A week earlier, crews had been trained.",
        "en",
      ),
    ).toEqual([
      ["Sept. 12", "2024-09-12", "2024-09-12", "date"],
      ["Three days later", "2024-09-15", "2024-09-15", "narrative"],
      ["the next day", "2024-09-16", "2024-09-16", "narrative"],
      ["A week earlier", "2024-09-09", "2024-09-09", "narrative"],
    ]);
  });

  it("de: `Tage später`, `am Tag darauf`, `tags zuvor`", () => {
    expect(
      dated(
        "Am 4. März erreichte der Zug die Grenze. Zwei Tage später wurde er entladen. Am Tag darauf fuhr er zurück. Tags zuvor hatte es geschneit.",
        "de",
      ),
    ).toEqual([
      ["4. März", "2024-03-04", "2024-03-04", "date"],
      ["Zwei Tage später", "2024-03-06", "2024-03-06", "narrative"],
      ["Am Tag darauf", "2024-03-07", "2024-03-07", "narrative"],
      ["Tags zuvor", "2024-03-06", "2024-03-06", "narrative"],
    ]);
  });

  it("an anchor coarser than the shift keeps its own grain", () => {
    expect(dated("Im Mai begannen die Lieferungen; zwei Monate später endeten sie.", "de")).toEqual([
      ["Mai", "2024-05", "2024-05", "date"],
      ["zwei Monate später", "2024-07", "2024-07", "narrative"],
    ]);
  });

  it("without an earlier date: `the next day` counts from the reference, `two days later` names nothing", () => {
    expect(dated("The next day the talks resumed.", "en")).toEqual([
      ["The next day", "2024-11-23", "2024-11-23", "narrative"],
    ]);
    expect(dated("Two days later the talks resumed.", "en")).toEqual([]);
  });
});

describe("English spans of the recent past", () => {
  it("`the past year` is the twelve months up to the reference, `last year` the calendar year", () => {
    expect(dated("Exports doubled over the past year.", "en")).toEqual([
      ["past year", "2023-11", "2024-11", "relative"],
    ]);
    expect(dated("Exports doubled last year.", "en")).toEqual([["last year", "2023", "2023", "relative"]]);
  });

  it("`the weekend` with a past verb beside it is the one just gone; a present or future one the next", () => {
    const monday = { date: "2024-11-25" };
    const w = (t: string) => findTimes(t, "en", monday).map((x) => [x.from, x.to]);
    expect(w("Two depots burned over the weekend.")).toEqual([["2024-11-23", "2024-11-24"]]);
    expect(w("Shops are shut on the weekend.")).toEqual([["2024-11-30", "2024-12-01"]]);
    expect(w("Talks will go on over the weekend.")).toEqual([["2024-11-30", "2024-12-01"]]);
  });
});
