/** Tense of weekdays and bare months in news: reported speech and past verbs pick the last such day, future cues the next. */
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/core/document.js";
import { findTimes } from "../../src/pipeline/time/index.js";

/** a Tuesday */
const REF = { date: "2024-11-05" };

function first(text: string, lang: Lang, word: string): string | null {
  const t = findTimes(text, lang, REF).find((a) => a.text.includes(word));
  expect(t, `${word} in ${text}`).toBeDefined();
  return t!.from;
}

describe("weekday tense", () => {
  it("reported speech resolves to the last such day, even with a future cue later in the sentence", () => {
    expect(first("The spokesman said on Thursday that the convoy will leave soon.", "en", "Thursday")).toBe(
      "2024-10-31",
    );
    expect(first("Officials told journalists on Monday that more units will follow.", "en", "Monday")).toBe(
      "2024-11-04",
    );
    expect(first("Die Sprecherin sagte am Montag, man werde bald verhandeln.", "de", "Montag")).toBe(
      "2024-11-04",
    );
    expect(first("Er hatte am Dienstag angekündigt, dass er kommen wird.", "de", "Dienstag")).toBe(
      "2024-11-05",
    );
  });
  it("a past verb before the day or a participle after it is past", () => {
    expect(first("The shipment arrived on Friday and will be unloaded next week.", "en", "Friday")).toBe(
      "2024-11-01",
    );
    expect(first("Das Amt hat am Samstag in Berlin bekanntgegeben, es werde prüfen.", "de", "Samstag")).toBe(
      "2024-11-02",
    );
  });
  it("a dateline weekday is the last such day", () => {
    expect(first("BERLIN, Friday (dpa) - The ministry will publish figures.", "en", "Friday")).toBe(
      "2024-11-01",
    );
  });
  it("future cues without a past cue beside the day keep the next such day", () => {
    expect(first("The talks will be held on Thursday.", "en", "Thursday")).toBe("2024-11-07");
    expect(first("Die Gespräche sollen am Donnerstag beginnen.", "de", "Donnerstag")).toBe("2024-11-07");
  });
  it("bare months follow the same cues", () => {
    expect(first("The envoy said in March that a visit will come.", "en", "March")).toBe("2024-03");
    expect(first("Another visit is planned in March.", "en", "March")).toBe("2025-03");
  });
});
