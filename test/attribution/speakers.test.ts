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

describe("speakers named by a description or a pronoun", () => {
  it("en: `the general said` stands for the person introduced with that title", () => {
    const found = attribute(
      "Gen. Paula Reyes toured the border on Friday. Kim Jong Un watched a parade. The general said 500 soldiers had crossed.",
      "en",
    );
    expect(found.at(-1)).toMatchObject({ cue: "The general said", person: "Paula Reyes" });
  });

  it("en: a description before an appositive between commas", () => {
    const found = attribute(
      "Gen. Paula Reyes toured the border. The 61-year-old general, who took over in March, said the guns were silent.",
      "en",
    );
    expect(found.at(-1)).toMatchObject({ person: "Paula Reyes" });
  });

  it("en: `the agency said` stands for the latest institution; `a spokesman` for nobody known", () => {
    const found = attribute(
      "South Korea's National Intelligence Service briefed lawmakers. The agency said the camps were empty.",
      "en",
    );
    expect(found.at(-1)).toMatchObject({ org: "National Intelligence Service", country: "KR" });
    const indefinite = attribute(
      "Gen. Paula Reyes toured the border. Later a general said the guns were silent.",
      "en",
    );
    expect(indefinite.some((a) => a.person === "Paula Reyes")).toBe(false);
  });

  it("de: `der Minister sagte` and `teilte das Ministerium mit`, also for a compound introduced before", () => {
    const found = attribute(
      "Der russische Verteidigungsminister Andrej Beloussow reiste ab. Der Minister sagte, die Lager seien voll. Das japanische Verteidigungsministerium zählte Starts. Es seien 30 gewesen, teilte das Ministerium mit.",
    );
    expect(found.map((a) => [a.cue, a.person ?? a.org])).toEqual([
      ["Der Minister sagte", "Andrei Belousov"],
      ["teilte das Ministerium", "Ministry of Defense of Japan"],
    ]);
  });

  it("en: `it said` continues the last named speaker rather than the latest country", () => {
    const found = attribute(
      "The NIS estimated that more troops had gone to Russia. Some of them were hurt, it said.",
      "en",
    );
    expect(found.at(-1)).toMatchObject({
      cue: "it said",
      org: "National Intelligence Service",
      country: "KR",
    });
  });
});

describe("an outlet as the claimant", () => {
  it("de: `nach einem Bericht des …` names the outlet and its country", () => {
    const [a] = attribute('Nach einem Bericht der "New York Times" sollen 40 Züge gefahren sein.');
    expect(a).toMatchObject({ org: "The New York Times", country: "US" });
  });
});

describe("a speaker that commits itself", () => {
  it("de/en: `zugesagt`, `pledged` make the subject the source and leave it the actor", async () => {
    const { extractDocument } = await import("../../src/extract/index.js");
    const { documentFromText } = await import("../../src/pipeline/read/index.js");
    const claimOf = (body: string) => {
      const doc = documentFromText(` date 2025-05-02\nTitel\n\n${body}\n`, "t.txt");
      return extractDocument(doc, "t.txt").claims[0];
    };
    expect(
      claimOf("Im April hatte Nordkorea zugesagt, 800 Pioniere nach Russland zu schicken."),
    ).toMatchObject({
      value: 800,
      actor: "KP",
      source: { country: "KP" },
    });
    expect(claimOf("In April, North Korea pledged to send 800 engineers to Russia.")).toMatchObject({
      value: 800,
      actor: "KP",
      source: { country: "KP" },
    });
  });
});
