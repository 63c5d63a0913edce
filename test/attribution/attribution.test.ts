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
    scope: text.slice(a.scope.start, a.scope.end),
    ...a.source,
    publisher: a.publisher,
    carried: a.carried,
    rule: a.rule,
  }));
}

describe("direct attribution", () => {
  it("laut + institution: org and its country", () => {
    const [a] = attribute("Laut dem japanischen Verteidigungsministerium starteten zwei Raketen.");
    expect(a).toMatchObject({
      cue: "Laut dem japanischen Verteidigungsministerium",
      country: "JP",
      org: "Ministry of Defense of Japan",
      person: null,
      rule: "de.attribution.source-after",
    });
  });

  it("nach Angaben des … minister + name: person and country", () => {
    const [a] = attribute("Nach Angaben des russischen Außenministers Sergej Lawrow läuft alles nach Plan.");
    expect(a).toMatchObject({ country: "RU", person: "Sergei Lavrov", org: null });
  });

  it("X zufolge", () => {
    const [a] = attribute("Dem Pentagon zufolge sind die Vorräte erschöpft.");
    expect(a).toMatchObject({ cue: "Pentagon zufolge", country: "US", org: "Department of Defense" });
  });

  it("speech verb with the subject before, after (inverted) and after a comma", () => {
    expect(attribute("Der chinesische Präsident erklärte seine Haltung.")[0]).toMatchObject({
      country: "CN",
      person: "Xi Jinping",
    });
    expect(attribute("Am Montag meldete Japan neue Starts.")[0]).toMatchObject({
      cue: "meldete Japan",
      country: "JP",
    });
    expect(attribute("Die Lage sei ernst, sagte Verteidigungsminister Pistorius.")[0]).toMatchObject({
      person: "Boris Pistorius",
      country: "DE",
    });
  });

  it("keeps the outlet apart from the claimant", () => {
    const [a] = attribute(
      'Die Ukraine habe 40 Ziele getroffen, sagte Selenskyj, wie "Kyiv Independent" berichtet.',
    );
    expect(a).toMatchObject({ person: "Volodymyr Zelensky", country: "UA", publisher: "Kyiv Independent" });
  });

  it("an outlet alone is the claimant and the publisher, with its country", () => {
    const [a] = attribute("Laut Reuters liegen die Zahlen höher.");
    expect(a).toMatchObject({ org: "Reuters", country: "GB", publisher: "Reuters" });
  });

  it("a speech verb with a speaker outside the gazetteer", () => {
    const [a] = attribute("Dort gebe es Engpässe, sagt Analystin Petra Vogelsang.");
    expect(a).toMatchObject({ person: "Petra Vogelsang", country: null });
  });

  it("English: according to, said, citing", () => {
    expect(attribute("According to South Korea's spy agency, the troops moved.", "en")[0]).toMatchObject({
      country: "KR",
      org: "National Intelligence Service",
    });
    expect(attribute("The Kremlin said nothing had changed.", "en")[0]).toMatchObject({ country: "RU" });
    expect(
      attribute("The troops arrived, Yonhap reported, citing the Joint Chiefs of Staff.", "en")[0],
    ).toMatchObject({
      org: "Joint Chiefs of Staff",
      country: "KR",
      publisher: "Yonhap",
    });
  });

  it("a mention inside the cue is the source: nach südkoreanischen Angaben, nach NIS-Angaben", () => {
    expect(attribute("Nordkorea hat nach japanischen Angaben Raketen gestartet.")[0]).toMatchObject({
      cue: "nach japanischen Angaben",
      country: "JP",
    });
    expect(attribute("Nach NIS-Angaben ist die Zahl gestiegen.")[0]).toMatchObject({
      cue: "Nach NIS-Angaben",
      org: "National Intelligence Service",
      country: "KR",
    });
  });

  it("hieß es in … names the source a few words later", () => {
    const [a] = attribute(
      "Die Zahl sei gestiegen, hieß es in einem am Montag verbreiteten Papier des Pentagons.",
    );
    expect(a).toMatchObject({
      org: "Department of Defense",
      country: "US",
      rule: "de.attribution.source-later",
    });
  });

  it("a subject pronoun stands for the latest fitting mention", () => {
    const t = "Der japanische Regierungschef traf Soldaten. Er erklärte, die Lage sei stabil.";
    expect(attribute(t, "de", "2024-02")[0]).toMatchObject({
      cue: "Er erklärte",
      person: "Fumio Kishida",
      country: "JP",
    });
    const en = "The Pentagon changed its estimate, and it said 500 more had arrived.";
    expect(attribute(en, "en")[0]).toMatchObject({ cue: "it said", org: "Department of Defense" });
  });

  it("the subject of a clause-final verb is the first mention that can speak, not a place", () => {
    const t =
      "Der ukrainische Präsident hatte am Montag die Festnahme von Soldaten in der Region Kursk bestätigt.";
    expect(attribute(t, "de", "2025-01")[0]).toMatchObject({ person: "Volodymyr Zelensky", country: "UA" });
  });

  it("an appositive between commas names the English speaker", () => {
    const t = "South Korea's spy agency, the NIS, said the troops were moving.";
    expect(attribute(t, "en")[0]).toMatchObject({ org: "National Intelligence Service", country: "KR" });
  });

  it("English subjects after the verb, across abbreviation dots, and an outlet citing a source", () => {
    expect(attribute("Kim sent more troops, U.S. officials said on Monday.", "en")[0]).toMatchObject({
      cue: "U.S. officials said",
      country: "US",
    });
    expect(attribute("The troops moved north, said a spokesman for the Pentagon.", "en")[0]).toMatchObject({
      org: "Department of Defense",
    });
    expect(
      attribute("Pyongyang shipped shells, Reuters reported, citing officials in Seoul.", "en")[0],
    ).toMatchObject({
      cue: "citing officials in Seoul",
      country: "KR",
      publisher: "Reuters",
    });
    expect(attribute("The Pentagon changed its estimate of the numbers.", "en")).toEqual([]);
  });

  it("finds nothing without a cue or without a source", () => {
    expect(attribute("Die Schiffe liefen am Morgen aus.")).toEqual([]);
    expect(attribute("Er sagte, es gebe keine Pläne.")).toEqual([]);
  });
});

describe("carried attribution", () => {
  it("Der Bericht zufolge / demnach refer back to the last report in the same or previous paragraph", () => {
    const t =
      "Der japanische Geheimdienst veröffentlichte am Montag einen Bericht.\n\nDem Bericht zufolge wurden Raketen getestet. Demnach gab es drei Starts.";
    const as = attribute(t);
    expect(as.map((a) => [a.cue, a.country, a.carried, a.rule])).toEqual([
      ["japanische Geheimdienst veröffentlichte", "JP", false, "de.attribution.speech-verb"],
      ["Dem Bericht zufolge", "JP", true, "de.attribution.carry"],
      ["Demnach", "JP", true, "de.attribution.carry"],
    ]);
  });

  it("nach seinen Worten refers back to the speaker before", () => {
    const t =
      "Die Raketen seien präziser geworden, sagte Budanow. Russland habe nach seinen Worten 50 erhalten.";
    expect(attribute(t).map((a) => [a.cue, a.person, a.rule])).toEqual([
      ["sagte Budanow", "Kyrylo Budanov", "de.attribution.speech-verb"],
      ["nach seinen Worten", "Kyrylo Budanov", "de.attribution.carry"],
    ]);
  });

  it("a report cue with no report before carries nothing", () => {
    expect(attribute("Berichten zufolge wurden Raketen getestet.")).toEqual([]);
  });

  it("reported speech continues the previous sentence's source, into the next paragraph only with Konjunktiv I", () => {
    const t =
      "Laut Kiew wurden Lager getroffen. Dabei seien Depots zerstört worden.\n\nDort gebe es Brände. Das sei neu.";
    expect(attribute(t).map((a) => [a.cue, a.country, a.carried])).toEqual([
      ["Laut Kiew", "UA", false],
      ["seien", "UA", true],
      ["gebe", "UA", true],
      ["sei", "UA", true],
    ]);
    const weak = "Laut Kiew wurden Lager getroffen. Angeblich brannten Depots.\n\nDort wären Brände.";
    expect(attribute(weak).map((a) => a.cue)).toEqual(["Laut Kiew", "Angeblich"]);
    const gap = "Laut Kiew wurden Lager getroffen.\n\nDas Wetter war gut.\n\nDort seien Brände.";
    expect(attribute(gap).map((a) => a.cue)).toEqual(["Laut Kiew"]);
  });

  it("a demonstrative repeating the previous sentence's noun continues its report", () => {
    const t = "Laut Seoul feuerte der Norden Marschflugkörper ab. Diese Marschflugkörper flogen tief.";
    expect(attribute(t)[1]).toMatchObject({ cue: "Diese Marschflugkörper", country: "KR", carried: true });
    expect(
      attribute("Laut Seoul feuerte der Norden Marschflugkörper ab. Diese Woche blieb es ruhig."),
    ).toHaveLength(1);
  });
});

describe("speech verbs: passive, genitive owner, apposition", () => {
  it("a verb after a passive auxiliary names no speaker: `Russia is estimated to …`", () => {
    const list = attribute(
      "Russia is estimated to hold 4,000 tanks in reserve, British officials said.",
      "en",
    );
    expect(list.some((a) => a.country === "RU")).toBe(false);
    expect(list.some((a) => a.country === "GB")).toBe(true);
  });

  it("the owner in an English genitive is part of the source: `Japan's Ministry of Defense said`", () => {
    const [a] = attribute(
      "Japan's Ministry of Defense said on Monday that two missiles fell into the sea.",
      "en",
    );
    expect(a?.cue.startsWith("Japan's")).toBe(true);
    expect(a).toMatchObject({ country: "JP" });
  });

  it("a person set off by commas after an institution is its speaker", () => {
    const [a] = attribute(
      "Die Lieferungen gingen weiter, sagte der Sprecher des Nationalen Sicherheitsrats, John Kirby, vor Journalisten.",
    );
    expect(a).toMatchObject({
      cue: "sagte der Sprecher des Nationalen Sicherheitsrats, John Kirby",
      person: "John Kirby",
      org: "National Security Council",
    });
  });

  it("English puts the speaker after its verb only after a comma or quote", () => {
    expect(
      attribute("Satellite images show North Korea shipped 300 containers to Russia.", "en"),
    ).toHaveLength(0);
    const [a] = attribute("The shipments continue, said a spokesman for the Pentagon.", "en");
    expect(a).toMatchObject({ country: "US", org: "Department of Defense" });
  });
});

describe("gaps between the words of a cue", () => {
  it("any whitespace joins the words of a cue (no-break space, tab); a hyphen does not", () => {
    const tail = " des japanischen Verteidigungsministeriums starteten zwei Raketen.";
    for (const gap of ["\u00a0", "\t", "  "]) {
      const [a] = attribute(`Nach${gap}Angaben${tail}`);
      expect(a).toMatchObject({
        cue: `Nach${gap}Angaben des japanischen Verteidigungsministeriums`,
        country: "JP",
      });
    }
    expect(attribute(`Nach-Angaben${tail}`)).toEqual([]);
  });

  it("`so` is a cue only after a comma, with any whitespace after the comma", () => {
    const tail = "so das japanische Verteidigungsministerium.";
    for (const gap of [", ", " ,\u00a0"]) {
      const [a] = attribute(`Zwei Raketen wurden gestartet${gap}${tail}`);
      expect(a).toMatchObject({ cue: "so das japanische Verteidigungsministerium", country: "JP" });
    }
    expect(attribute(`Zwei Raketen wurden gestartet ${tail}`)).toEqual([]);
  });
});

describe("a report named between the speech verb and what is said", () => {
  it("keeps the speaker when a phrase stands between the verb and `that`/`dass`", () => {
    const [en] = attribute(
      "Japan's Defence Ministry said in its annual white paper that Pyongyang had shipped munitions to Moscow.",
      "en",
    );
    expect(en).toMatchObject({ country: "JP", org: "Ministry of Defense of Japan" });
    const [de] = attribute(
      "Das japanische Verteidigungsministerium erklärte in seinem Weißbuch, dass Pjöngjang Munition nach Moskau verschifft habe.",
    );
    expect(de).toMatchObject({ country: "JP", org: "Ministry of Defense of Japan" });
  });

  it("finds the source a few words after an impersonal cue, and a later sentence about the paper keeps it", () => {
    const [a] = attribute("Es hieß in einem Bericht des Pentagons, Nordkorea habe Soldaten geschickt.");
    expect(a).toMatchObject({ country: "US", org: "Department of Defense" });
    const carried = attribute(
      "Japan's Defence Ministry said in its white paper that Pyongyang had shipped shells. The paper also said Moscow had sent air-defence systems.",
      "en",
    );
    expect(carried.at(-1)).toMatchObject({ country: "JP", org: "Ministry of Defense of Japan" });
  });
});

describe("titles between an institution and a person", () => {
  it("joins the institution, one or two titles and the person into one source", () => {
    const [en] = attribute("USFK commander Gen. Paul Brunson said Pyongyang had sent more troops.", "en");
    expect(en).toMatchObject({ country: "US", org: "United States Forces Korea", person: "Paul Brunson" });
    const [de] = attribute("US-Kommandeur Paul Brunson sagte, Pjöngjang habe weitere Soldaten geschickt.");
    expect(de).toMatchObject({ country: "US", person: "Paul Brunson" });
  });
});

describe("report nouns and pronouns as subjects, names after a verb of saying", () => {
  it("continues the last report when the paper or `it` says something", () => {
    const found = attribute(
      "Tokyo's government said on Tuesday that the ties were a threat. The report runs to 400 pages. It says Pyongyang has sent more troops. More missiles were supplied, the paper said.",
      "en",
    );
    expect(found.map((a) => [a.cue, a.country, a.carried])).toEqual([
      ["Tokyo's government said", "JP", false],
      ["It says", "JP", true],
      ["the paper said", "JP", true],
    ]);
  });
  it("does not make the subject of what is said its speaker", () => {
    const found = attribute(
      "The commander, who arrived in May, said North Korea was sending more shells to Russia.",
      "en",
    );
    expect(found.some((a) => a.country === "KP")).toBe(false);
    const [a] = attribute("North Korea has sent more troops, said a spokesman for the Pentagon.", "en");
    expect(a).toMatchObject({ country: "US", org: "Department of Defense" });
  });
});
