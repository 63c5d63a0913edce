import { describe, expect, it } from "vitest";
import { findFurniture, mergeRanges } from "../../src/pipeline/read/furniture.js";
import { furnitureCues } from "../../src/pipeline/read/furniture-cues.js";

const body = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `Absatz ${i + 1}: Nordkorea und Russland vertiefen ihre Zusammenarbeit.`,
  ).join("\n\n");

function marked(text: string, lang: "de" | "en" | "other") {
  return findFurniture(text, furnitureCues(lang)).map((r) => ({
    rule: r.rule,
    text: text.slice(r.start, r.end),
  }));
}

describe("findFurniture (German)", () => {
  it("marks a trailing block from its heading to the end", () => {
    const tail =
      "Über die Autorin\n\n  • Erika Beispiel schreibt seit Jahren über Ostasien.\n\nJTI zertifiziert";
    const text = `${body(6)}\n\n${tail}`;
    expect(marked(text, "de")).toEqual([{ rule: "de.furniture.ueber-den-autor", text: tail }]);
  });

  it("does not let a block heading in the first half swallow the article", () => {
    const text = `Verwendete Quellen\n\n${body(6)}`;
    expect(marked(text, "de")).toEqual([]);
  });

  it("takes a bare teaser heading in the last part for a line, not for the start of a trailing block", () => {
    const text = `${body(4)}\n\nLesen Sie auch\n\nWas Pjöngjang liefert\n\n${body(2)}`;
    expect(marked(text, "de")).toEqual([{ rule: "de.furniture.teaser-heading", text: "Lesen Sie auch" }]);
  });

  it("marks single furniture lines anywhere, trimmed, and leaves sentences alone", () => {
    const text = [
      body(2),
      "  Mehr Nachrichten über Nordkorea  ",
      body(2),
      "Sendung: Beispielradio, Morgenmagazin, 06.11.2024",
      "Lesen Sie auch: Was Pjöngjang von Moskau bekommt",
      "Mehr News zum Krieg sind nach Angaben der Redaktion in Vorbereitung, sagte ein Sprecher am Dienstag vor Journalisten in Berlin, und zwar deutlich mehr als bisher angekündigt worden war.",
      body(1),
    ].join("\n\n");
    expect(marked(text, "de")).toEqual([
      { rule: "de.furniture.mehr-news", text: "Mehr Nachrichten über Nordkorea" },
      { rule: "de.furniture.sendung", text: "Sendung: Beispielradio, Morgenmagazin, 06.11.2024" },
      { rule: "de.furniture.lesen-sie-auch", text: "Lesen Sie auch: Was Pjöngjang von Moskau bekommt" },
    ]);
  });

  it("marks badge and editorial-policy lines", () => {
    const text = `${body(2)}\n\nJTI zertifiziert JTI zertifiziert\n\n„So arbeitet die Redaktion“ erklärt unsere Regeln.`;
    expect(marked(text, "de").map((m) => m.rule)).toEqual([
      "de.furniture.jti",
      "de.furniture.so-arbeitet-die-redaktion",
    ]);
  });
});

describe("findFurniture (English)", () => {
  it("marks an about-the-author block and read-more lines", () => {
    const en = (n: number) =>
      Array.from({ length: n }, () => "North Korea has shipped more shells to Russia, officials said.").join(
        "\n\n",
      );
    const text = `${en(2)}\n\nRead more: How the shipments reach the front\n\n${en(4)}\n\nAbout the author\n\nJane Example covers East Asia.`;
    expect(marked(text, "en")).toEqual([
      { rule: "en.furniture.read-more", text: "Read more: How the shipments reach the front" },
      { rule: "en.furniture.about-the-author", text: "About the author\n\nJane Example covers East Asia." },
    ]);
  });

  it("does not take an article sentence that begins like a credit for furniture", () => {
    const text =
      "Published figures suggest that 10,000 soldiers were sent.\n\nUpdated: 12 December 2024, 09:14";
    expect(marked(text, "en")).toEqual([
      { rule: "en.furniture.updated", text: "Updated: 12 December 2024, 09:14" },
    ]);
  });

  it("takes 'Read more:' above a list of links near the end for a trailing block, earlier for a line", () => {
    const en = (n: number) =>
      Array.from({ length: n }, () => "Seoul says more North Korean troops have arrived in Russia.").join(
        "\n\n",
      );
    const list = "Read more:\nWhy Pyongyang needs Moscow\nThe treaty, explained";
    expect(marked(`${en(8)}\n\n${list}`, "en")).toEqual([
      { rule: "en.furniture.read-more-list", text: list },
    ]);
    expect(marked(`${en(2)}\n\n${list}\n\n${en(2)}`, "en")).toEqual([
      { rule: "en.furniture.read-more", text: "Read more:" },
    ]);
  });

  it("applies both lists when the language is unknown", () => {
    const text = `${body(1)}\n\nRead more: x\n\nMehr News zum Thema Korea`;
    expect(marked(text, "other").map((m) => m.rule)).toEqual([
      "en.furniture.read-more",
      "de.furniture.mehr-news",
    ]);
  });
});

describe("mergeRanges", () => {
  it("sorts and merges overlapping ranges, keeping the earlier rule", () => {
    expect(
      mergeRanges(
        [{ start: 10, end: 50, rule: "b" }],
        [
          { start: 0, end: 5, rule: "a" },
          { start: 40, end: 60, rule: "c" },
        ],
      ),
    ).toEqual([
      { start: 0, end: 5, rule: "a" },
      { start: 10, end: 60, rule: "b" },
    ]);
  });
});
