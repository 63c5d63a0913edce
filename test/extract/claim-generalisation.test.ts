/**
 * @module End-to-end checks (annotate + extract) of general claim rules found missing on unseen articles:
 * round four-digit counts, several figures in one sentence, figure nouns and parts of a set said before,
 * prepositions that rule a name out as subject, times in front of a name, civilians' casualties by place,
 * casualties of a party counted as soldiers before, and nouns that count what their `of` phrase names.
 * Sentences are the test's own (positive and negative cases).
 */
import { describe, expect, it } from "vitest";
import type { ClaimRecord } from "../../src/core/records.js";
import { extractDocument } from "../../src/extract/index.js";
import { findNumbers } from "../../src/pipeline/numbers/index.js";
import { documentFromText } from "../../src/pipeline/read/index.js";

function claims(date: string, body: string): ClaimRecord[] {
  const doc = documentFromText(` date ${date}\n${body}\n`, "t.txt");
  return extractDocument(doc, "t.txt").claims.filter((c) => c.value ?? c.min ?? c.max ?? c.vague);
}

describe("a four-digit figure with a count modifier is a count, not a year", () => {
  it("de: `knapp 2100 russische Soldaten` (an adjective before the noun)", () => {
    const [n] = findNumbers("Dort kämpfen knapp 2100 russische Soldaten.", "de");
    expect(n).toMatchObject({ value: 2100, approx: true });
    const [c] = claims(
      "2025-03-01",
      "An der Front sind nach Angaben aus Kiew knapp 1950 russische Soldaten gefallen.",
    );
    expect(c).toMatchObject({ kind: "casualties", item: "soldier", value: 1950, actor: "RU" });
  });

  it("en: `some 2000 North Korean workers`", () => {
    const [n] = findNumbers("Some 2000 North Korean workers arrived.", "en");
    expect(n).toMatchObject({ value: 2000, approx: true });
  });

  it("stays a year after a year cue or without a modifier", () => {
    expect(findNumbers("Seit etwa 2005 verkauft Russland Öl an Pjöngjang.", "de")).toHaveLength(0);
    expect(findNumbers("2014 annektierte Russland die Krim.", "de")).toHaveLength(0);
    expect(findNumbers("Around 2010 North Korea began new tests.", "en")).toHaveLength(0);
  });
});

describe("several figures in one sentence", () => {
  it("each figure of a coordination keeps its own noun: `millions of shells and dozens of missiles`", () => {
    const cs = claims(
      "2025-02-01",
      "Iran has shipped thousands of drones and hundreds of ballistic missiles to Russia, officials say.",
    );
    expect(cs.map((c) => [c.item, c.vague])).toEqual([
      ["weapon_system", "thousands"],
      ["missile", "hundreds"],
    ]);
  });

  it("each figure takes the time of its own part", () => {
    const cs = claims(
      "2025-08-01",
      "Officials believe Pyongyang sent about 4,000 workers there in the spring of 2024 and roughly 2,500 workers early this year.",
    );
    expect(cs.map((c) => [c.value, c.time.start?.slice(0, 4)])).toEqual([
      [4000, "2024"],
      [2500, "2025"],
    ]);
  });
});

describe("nouns that count what their `of` phrase names", () => {
  it("`rounds of talks` counts nothing", () => {
    expect(claims("2025-05-01", "The two ministers held three rounds of talks in Moscow.")).toHaveLength(0);
  });

  it("`rounds of artillery and mortar ammunition` counts shells", () => {
    const [c] = claims(
      "2025-05-01",
      "North Korea shipped 2 million rounds of artillery and mortar ammunition to Russia.",
    );
    expect(c).toMatchObject({ item: "shell", value: 2_000_000, actor: "KP", recipient: "RU" });
  });
});

describe("item nouns", () => {
  it("reinforcements and military engineers are troops; engineers alone are workers", () => {
    const [a] = claims("2025-05-01", "Russia sent 1,800 reinforcements to the front.");
    expect(a).toMatchObject({ item: "soldier", value: 1800 });
    const [b] = claims("2025-05-01", "Pyongyang will send 900 military engineers to Russia.");
    expect(b).toMatchObject({ item: "soldier", value: 900 });
    const [c] = claims("2025-05-01", "Pyongyang will send 900 engineers to Russia to build a bridge.");
    expect(c).toMatchObject({ item: "worker", value: 900 });
  });

  it("de: `Militärbauarbeiter` are troops, `Bauarbeiter` workers", () => {
    const [a] = claims("2025-05-01", "Nordkorea will 800 Militärbauarbeiter nach Russland schicken.");
    expect(a).toMatchObject({ item: "soldier", value: 800, actor: "KP", recipient: "RU" });
    const [b] = claims("2025-05-01", "Nordkorea will 800 Bauarbeiter nach Russland schicken.");
    expect(b).toMatchObject({ item: "worker", value: 800 });
  });

  it("de: people who fell (`gefallen`) are soldiers", () => {
    const [c] = claims("2025-05-01", "Seit Januar sind rund 400 Nordkoreaner an der Front gefallen.");
    expect(c).toMatchObject({ kind: "casualties", item: "soldier", value: 400, actor: "KP" });
  });

  it("dead and wounded of a party whose dead were soldiers before are soldiers; civilians stay persons", () => {
    const cs = claims(
      "2025-05-01",
      "Nach Angaben aus Kiew sind bislang etwa 1200 russische Soldaten in der Region getötet worden.\n\nDas ukrainische Militär bezifferte die Verluste Russlands in der Region später auf mehr als 3000 Tote und Verwundete.",
    );
    expect(cs.map((c) => [c.item, c.actor])).toEqual([
      ["soldier", "RU"],
      ["soldier", "RU"],
    ]);
    const [civ] = claims(
      "2025-05-01",
      "Bei dem Angriff wurden mehr als 3000 Zivilisten getötet oder verletzt.",
    );
    expect(civ?.item).toBe("person");
  });
});

describe("figure nouns and parts of a set said before", () => {
  it("en: `X put the figure at N` stands for the figure said before, on X's word", () => {
    const cs = claims(
      "2025-03-20",
      "The Pentagon said on Monday that about 14,000 North Korean troops were in Russia. Ukraine's defence minister put the figure at 15,000 this week.",
    );
    expect(cs).toHaveLength(2);
    expect(cs[1]).toMatchObject({
      kind: "deployment",
      item: "soldier",
      value: 15000,
      actor: "KP",
      recipient: "RU",
    });
    expect(cs[1]!.source.country).toBe("UA");
  });

  it("de: `die Zahl der Soldaten auf N` names its noun before the figure", () => {
    const [c] = claims(
      "2025-03-20",
      "Kiew bezifferte die Zahl der nordkoreanischen Soldaten in Russland auf 14.000.",
    );
    expect(c).toMatchObject({ item: "soldier", value: 14000 });
  });

  it("de: `zwei der Geschosse` a sentence after `30 Raketen abgefeuert` is a part of those missiles", () => {
    const cs = claims(
      "2025-03-20",
      "Russland hat im Januar nach ukrainischen Angaben 30 ballistische Raketen auf die Ukraine abgefeuert. Nur drei der Geschosse hätten ihr Ziel verfehlt.",
    );
    expect(cs).toHaveLength(2);
    expect(cs[1]).toMatchObject({ kind: "launch", item: "missile", value: 3, actor: "RU", recipient: "UA" });
  });

  it("a figure noun whose `of` phrase names no item counts nothing, even after a counted figure", () => {
    const cs = claims(
      "2025-03-20",
      "About 14,000 North Korean troops are in Russia. The new members raised the number of signatory states to 30.",
    );
    expect(cs.map((c) => c.value)).toEqual([14000]);
    const de = claims(
      "2025-03-20",
      "In Russland sind etwa 14.000 nordkoreanische Soldaten. Die Zahl der Mitgliedstaaten stieg auf 30.",
    );
    expect(de.map((c) => c.value)).toEqual([14000]);
  });

  it("a part of a set not counted before is no claim: `one of the soldiers said`", () => {
    expect(
      claims("2025-03-20", "One of the soldiers said he had been told he was going to an exercise."),
    ).toHaveLength(0);
  });
});

describe("roles", () => {
  it("a name after another preposition is no subject: `in an interview with a US magazine`", () => {
    const cs = claims(
      "2025-03-20",
      "Nordkorea liefert Russland weitere Artillerie.\n\nÜbergeben worden seien 40 Haubitzen, sagte ein Offizier in einem Gespräch mit einem US-Magazin.",
    );
    expect(cs[0]).toMatchObject({ item: "weapon_system", value: 40 });
    expect(cs[0]!.actor).not.toBe("US");
  });

  it("the preposition of a time before a name is not the name's: `Im Mai hatte Nordkorea …`", () => {
    const [c] = claims(
      "2025-08-01",
      "Im Mai hatte Nordkorea zugesagt, 2500 Pioniere nach Russland zu schicken.",
    );
    expect(c).toMatchObject({ item: "soldier", value: 2500, actor: "KP", recipient: "RU" });
  });

  it("personnel sent to work in a place after the figure go to its country", () => {
    const [c] = claims(
      "2025-08-01",
      "Nordkorea will 700 Minenräumer für die Räumung des Gebiets Kursk schicken.",
    );
    expect(c).toMatchObject({
      kind: "deployment",
      item: "soldier",
      value: 700,
      actor: "KP",
      recipient: "RU",
    });
    const [d] = claims("2025-08-01", "Nordkorea hat nach einem Treffen in Pjöngjang 700 Pioniere entsandt.");
    expect(d).toMatchObject({ actor: "KP", recipient: null });
  });

  it("civilians killed in a named place belong to its country; soldiers do not", () => {
    const [a] = claims("2025-03-20", "Bei Angriffen auf Odessa seien Dutzende Zivilisten verletzt worden.");
    expect(a).toMatchObject({ kind: "casualties", item: "person", vague: "dozens", actor: "UA" });
    const [b] = claims("2025-03-20", "In Charkiw seien 20 russische Soldaten getötet worden.");
    expect(b).toMatchObject({ item: "soldier", actor: "RU" });
  });

  it("the nationality of the source is not the actor: `Der ukrainische Geheimdienst hatte geschätzt, dass …`", () => {
    const [c] = claims(
      "2025-03-20",
      "Der ukrainische Militärgeheimdienst HUR hatte im Oktober geschätzt, dass Nordkorea drei Millionen Granaten an Russland geliefert habe.",
    );
    expect(c).toMatchObject({ item: "shell", value: 3_000_000, actor: "KP", recipient: "RU" });
    expect(c!.source.country).toBe("UA");
  });
});

describe("a headline figure repeated in the body", () => {
  function claimsOf(text: string): ClaimRecord[] {
    const doc = documentFromText(text, "t.txt");
    return extractDocument(doc, "t.txt").claims.filter((c) => c.value ?? c.min ?? c.max ?? c.vague);
  }

  it("is one claim, with the kind the body names", () => {
    const cs = claimsOf(
      " date 2025-05-02\nKiew: Rund 1800 russische Soldaten bei Charkiw\n\nBei Kämpfen nahe Charkiw sind nach ukrainischen Angaben rund 1800 russische Soldaten getötet worden.\n",
    );
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ kind: "casualties", item: "soldier", value: 1800, actor: "RU" });
  });

  it("two body figures of different kinds stay two", () => {
    const cs = claimsOf(
      " date 2025-05-02\nLage an der Front\n\nRussland hat 1800 Soldaten nach Kursk verlegt.\n\nIm April sind 1800 Soldaten getötet worden.\n",
    );
    expect(cs).toHaveLength(2);
  });
});
