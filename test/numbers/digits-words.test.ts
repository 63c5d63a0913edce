/**
 * @module The two readers under the recognisers: digit runs by the language's convention, and
 * number words added up as spoken.
 */
import { describe, expect, it } from "vitest";
import { numbers as de } from "../../src/lang/de/numbers.js";
import { numbers as en } from "../../src/lang/en/numbers.js";
import { readDigits } from "../../src/pipeline/numbers/digits.js";
import { Accumulator, NumberWords, type Step } from "../../src/pipeline/numbers/words.js";

describe("readDigits", () => {
  it.each([
    ["1.500", ",", 1500],
    ["1.500", ".", 1.5],
    ["1,500", ",", 1.5],
    ["1,500", ".", 1500],
    ["13 000", ",", 13000],
    ["10'000", ",", 10000],
    ["1,3", ",", 1.3],
    ["1,3", ".", 1.3],
    ["1.000.000,00", ",", 1000000],
    ["1,000,000.50", ".", 1000000.5],
    ["2.000,352", ",", 2000.352],
    ["1\u202f234\u202f567,89", ",", 1234567.89],
  ] as const)("%s with decimal %s is %d", (s, decimal, value) => {
    expect(readDigits(s, decimal)?.value).toBe(value);
  });

  it("refuses a run whose separators contradict each other", () => {
    expect(readDigits("1.000.5", ",")).toBeNull();
    expect(readDigits("1.000,000.5", ",")).toBeNull();
  });
});

function sum(words: NumberWords, ...tokens: string[]): number | null {
  const acc = new Accumulator(!words.compound);
  for (const t of tokens) {
    const r = words.read(t);
    if (!r || r.kind === "adverb") return null;
    const steps: Step[] =
      r.kind === "cardinal" || r.kind === "ordinal"
        ? [...r.steps]
        : [{ value: r.kind === "fraction" ? r.value : 1, kind: r.kind }];
    for (const s of steps) if (!acc.push(s)) return null;
  }
  return acc.complete ? acc.value : null;
}

describe("number words", () => {
  const deWords = new NumberWords(de);
  const enWords = new NumberWords(en);

  it("splits German compounds and adds them up", () => {
    expect(sum(deWords, "dreihundertfünfzig")).toBe(350);
    expect(sum(deWords, "zweitausend")).toBe(2000);
    expect(sum(deWords, "einhunderteinunddreißig")).toBe(131);
    expect(sum(deWords, "dreieinhalb", "millionen")).toBe(3.5e6);
    expect(sum(deWords, "eine", "halbe", "million")).toBe(5e5);
  });

  it("reads German ordinals with their inflection", () => {
    expect(deWords.read("dritten")).toMatchObject({ kind: "ordinal" });
    expect(sum(deWords, "einundzwanzigsten")).toBe(21);
    expect(sum(deWords, "hundertste")).toBe(100);
  });

  it("rejects words that only look like numbers", () => {
    for (const w of ["einheit", "achtung", "elfmeter", "viertel", "erst", "sieb"]) {
      expect(deWords.read(w)?.kind === "cardinal" || deWords.read(w)?.kind === "ordinal", w).toBe(false);
    }
  });

  it("adds English words as spoken and refuses sequences no one writes", () => {
    expect(sum(enWords, "one", "hundred", "and", "six")).toBe(106);
    expect(sum(enWords, "twenty", "one")).toBe(21);
    expect(sum(enWords, "fifteen", "hundred")).toBe(1500);
    expect(sum(enWords, "two", "hundred", "and", "two", "thousand")).toBe(202000);
    expect(sum(enWords, "a", "dozen")).toBe(12);
    expect(sum(enWords, "twenty", "twenty")).toBeNull();
    expect(sum(enWords, "one", "one")).toBeNull();
    expect(sum(enWords, "a")).toBeNull();
  });
});
