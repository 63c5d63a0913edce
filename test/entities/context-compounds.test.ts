/**
 * @module Context names (`the North` in a text about North Korea), institution nouns inside German role
 * compounds (`des russischen Sicherheitsratssekretärs`), and the gazetteer additions behind them.
 * Sentences are the test's own.
 */
import { describe, expect, it } from "vitest";
import type { Mention } from "../../src/core/annotations.js";
import { findMentions } from "../../src/pipeline/entities/index.js";

const names = (text: string, lang: "de" | "en") =>
  findMentions(text, { lang }).map((m: Mention) => [text.slice(m.start, m.end), m.name]);

describe("context names", () => {
  it("en: `the North` names North Korea in a text that names it", () => {
    const t = "North Korea fired two missiles. The North also shipped shells to Russia.";
    expect(names(t, "en")).toContainEqual(["The North", "North Korea"]);
  });

  it("en: not without North Korea in the text, nor before a name or `of`", () => {
    expect(names("The North won the war in 1865.", "en")).toEqual([]);
    const t = "North Korea sent troops. The North Atlantic alliance and the North of Ukraine were alarmed.";
    expect(names(t, "en").filter(([, n]) => n === "North Korea")).toEqual([["North Korea", "North Korea"]]);
  });

  it("de: `der Norden`, but not `der Norden des Landes`", () => {
    const t =
      "Nordkorea liefert Granaten. Dafür erhalte der Norden Öl, während der Norden des Landes leidet.";
    expect(names(t, "de").filter(([, n]) => n === "North Korea")).toEqual([
      ["Nordkorea", "North Korea"],
      ["der Norden", "North Korea"],
    ]);
  });

  it("de: a bare `Arbeiterpartei` is the Workers' Party only in a text about North Korea", () => {
    expect(names("Die Arbeiterpartei tagte in Pjöngjang.", "de")).toContainEqual([
      "Arbeiterpartei",
      "Workers' Party of Korea",
    ]);
    expect(names("Die Arbeiterpartei gewann die Wahl in Brasilien.", "de")).toEqual([]);
  });

  it("de: an `Expertengruppe` is the UN panel only beside the Security Council", () => {
    expect(names("Im UN-Sicherheitsrat scheiterte das Mandat der Expertengruppe.", "de")).toContainEqual([
      "Expertengruppe",
      "UN Panel of Experts",
    ]);
    expect(names("Eine Expertengruppe der Universität Kiel legte ihren Bericht vor.", "de")).toEqual([]);
  });
});

describe("institution nouns in German role compounds", () => {
  it("the country before the compound picks the institution", () => {
    const t = "Der Besuch des russischen Sicherheitsratssekretärs dauerte zwei Tage.";
    expect(names(t, "de")).toEqual([
      ["russischen", "Russia"],
      ["Sicherheitsrat", "Security Council of Russia"],
    ]);
    const u = "Der südkoreanische Geheimdienstchef sprach vor dem Ausschuss.";
    expect(names(u, "de")).toContainEqual(["Geheimdienst", "National Intelligence Service"]);
  });

  it("no institution without a country, or where the country has no such noun", () => {
    expect(names("Der Sicherheitsratssekretär kam nach Pjöngjang.", "de").map(([, n]) => n)).toEqual([
      "Pyongyang",
    ]);
    expect(names("Der russische Generalstabschef sprach.", "de")).toEqual([["russische", "Russia"]]);
  });
});

describe("gazetteer additions", () => {
  it("names the Russian drone apart from its Iranian model", () => {
    const t = "Russia builds the Shahed-136 under the name Geran-2.";
    expect(names(t, "en").map(([, n]) => n)).toEqual(["Russia", "Shahed", "Geran-2"]);
  });

  it("a country's `military` alone is no particular institution", () => {
    expect(names("South Korea's military said on Monday that the launch failed.", "en")).toEqual([
      ["South Korea", "South Korea"],
    ]);
  });

  it("spelling variants and the British defence ministry", () => {
    expect(names("Generalstaatsanwalt Andrij Kostin sprach in Kiew.", "de")).toContainEqual([
      "Andrij Kostin",
      "Andriy Kostin",
    ]);
    expect(names("Das britische Verteidigungsministerium widersprach.", "de")).toContainEqual([
      "britische Verteidigungsministerium",
      "UK Ministry of Defence",
    ]);
  });
});
