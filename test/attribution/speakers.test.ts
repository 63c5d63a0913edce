/**
 * @module Who speaks, in the test's own sentences: a person and the institution they speak for, joined by
 * titles or an appositive on either side; honorifics that introduce unknown names; adverbs between subject
 * and verb; a name after a preposition that is no subject; a titled appositive before a verb-final clause;
 * and a person named again who keeps the institution stated with them.
 */
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/core/document.js";
import { findAttributions } from "../../src/pipeline/attribution/index.js";
import { findMentions } from "../../src/pipeline/entities/index.js";
import { segment } from "../../src/pipeline/segment/index.js";

function attribute(text: string, lang: Lang = "de", date = "2024-05") {
  const sentences = segment(text, lang);
  const mentions = findMentions(text, { lang, date, sentences });
  return findAttributions(text, sentences, mentions, { lang }).map((a) => ({
    cue: text.slice(a.start, a.end),
    ...a.source,
    carried: a.carried,
    rule: a.rule,
  }));
}

describe("a person with the institution they speak for", () => {
  it("en: an inverted speaker with the institution and a title before the name", () => {
    const [a] = attribute("Supplies were running low, said Pentagon spokesman John Kirby.", "en");
    expect(a).toMatchObject({ country: "US", org: "Department of Defense", person: "John Kirby" });
  });

  it("en: an honorific with its dot introduces a name the gazetteer does not know", () => {
    const [a] = attribute("Adm. Rosalind Featherstone said the convoy had turned back.", "en");
    expect(a).toMatchObject({ person: "Rosalind Featherstone" });
  });

  it("en: a name with a title of an institution between commas, before or after the verb", () => {
    const before = attribute(
      "The depots are full, Gen. Miles Okonkwo, commander of U.S. Forces Korea, told senators.",
      "en",
    );
    expect(before[0]).toMatchObject({
      person: "Miles Okonkwo",
      org: "United States Forces Korea",
      country: "US",
    });
    const after = attribute(
      "The depots are full, said Gen. Miles Okonkwo, the commander of U.S. Forces Korea.",
      "en",
    );
    expect(after[0]).toMatchObject({ person: "Miles Okonkwo", org: "United States Forces Korea" });
  });

  it("en: a person named again as a speaker keeps the institution stated with them before", () => {
    const found = attribute(
      "The line held, Gen. Miles Okonkwo, commander of U.S. Forces Korea, told senators. Two bridges fell, Okonkwo said.",
      "en",
    );
    expect(found[1]).toMatchObject({
      cue: "Okonkwo said",
      person: "Miles Okonkwo",
      org: "United States Forces Korea",
      country: "US",
    });
  });

  it("de: a titled appositive before the clause of a verb at its end", () => {
    const [a] = attribute(
      "Der Sekretär des russischen Sicherheitsrats, Sergej Schoigu, hatte nach Gesprächen in Pjöngjang angekündigt, es kämen weitere Helfer.",
    );
    expect(a).toMatchObject({ country: "RU", org: "Security Council of Russia", person: "Sergei Shoigu" });
  });
});

describe("the subject of a speech verb", () => {
  it("en: adverbs and auxiliaries may stand between the subject and its verb", () => {
    expect(
      attribute("Boris Pistorius separately told reporters the plan had failed.", "en")[0],
    ).toMatchObject({
      person: "Boris Pistorius",
      country: "DE",
    });
    expect(attribute("The Pentagon has also said the trains kept running.", "en")[0]).toMatchObject({
      org: "Department of Defense",
    });
  });

  it("en: a possessive joins the country to its institution when the clause opens with them", () => {
    const [a] = attribute("Japan's defense ministry has said the launches could go on for weeks.", "en");
    expect(a).toMatchObject({ country: "JP", org: "Ministry of Defense of Japan" });
  });

  it("en: `was quoted as saying` has the subject before it as speaker", () => {
    const [a] = attribute("Fuel deliveries doubled, the Kremlin was quoted as saying.", "en");
    expect(a).toMatchObject({ country: "RU" });
  });

  it("de: a name after a preposition is no subject of a verb at the clause end", () => {
    const found = attribute("Nach Gesprächen hatte man in Peking bestätigt, dass die Grenze offen sei.");
    expect(found.some((a) => a.country === "CN")).toBe(false);
  });

  it("de: announcing and pledging name their subject", () => {
    expect(attribute("Japan hatte angekündigt, die Hilfe auszuweiten.")[0]).toMatchObject({ country: "JP" });
    expect(attribute("Zuletzt hatte Nordkorea zugesagt, Arbeiter zu schicken.")[0]).toMatchObject({
      country: "KP",
    });
    expect(
      attribute("Der japanische Geheimdienst geht davon aus, dass die Lager voll sind.")[0],
    ).toMatchObject({ country: "JP" });
  });
});
