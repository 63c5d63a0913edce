/**
 * @module End-to-end checks (annotate + extract) of the rules of extractor 0.6.0: kinds of verbs of
 * firing, dying, buying and producing; no party as its own recipient; the country of an organisation's
 * name plays no role; an adverb of the present dates a figure to the time of writing; a launch in a
 * country named before the figure. Sentences are the test's own.
 */
import { describe, expect, it } from "vitest";
import type { ClaimRecord } from "../../src/core/records.js";
import { extractDocument } from "../../src/extract/index.js";
import { documentFromText } from "../../src/pipeline/read/index.js";

function claims(date: string, body: string): ClaimRecord[] {
  const doc = documentFromText(` date ${date}\n${body}\n`, "t.txt");
  return extractDocument(doc, "t.txt").claims.filter((c) => c.value ?? c.min ?? c.max ?? c.vague);
}

describe("kinds of claims by their verb", () => {
  it("de: `verschießt` is a launch, dated by `derzeit`, in the country named before the figure", () => {
    const [c] = claims(
      "2024-05-02",
      "Nach Schätzungen von Analysten verschießt die russische Armee in der Ukraine derzeit etwa 6.000 Granaten täglich.",
    );
    expect(c).toMatchObject({ kind: "launch", item: "shell", value: 6000, actor: "RU", recipient: "UA" });
    expect(c!.time.start).toBe("2024-05-02");
    expect(c!.rules).toContain("claim.time.now");
  });

  it("en: a rate of soldiers `dying` counts casualties, not some other figure", () => {
    const [c] = claims(
      "2025-03-03",
      "Around 2,000 soldiers a week are dying on both sides, the senator wrote.",
    );
    expect(c).toMatchObject({ kind: "casualties", item: "soldier", value: 2000 });
  });

  it("en: `buying … from` is a receipt: the seller is the actor, the buyer the recipient", () => {
    const [c] = claims("2024-02-01", "Russia is buying 3,000 drones from Iran, the report says.");
    expect(c).toMatchObject({ kind: "delivery", value: 3000, actor: "IR", recipient: "RU" });
  });

  it("en: figures a producer `produces` are production, not deliveries, each of them", () => {
    const out = claims(
      "2025-01-10",
      "Iran produces about 900 drones a month, along with some 400 decoy drones, analysts said.",
    );
    expect(out.map((c) => c.kind)).toEqual(["other", "other"]);
  });
});

describe("roles", () => {
  it("no party sends troops to itself: a place of the saying gives way to the paragraph's recipient", () => {
    const out = claims(
      "2025-03-01",
      "Nordkorea will Russland mit 4000 Arbeitern beim Wiederaufbau der Region Belgorod helfen. Kim Jong Un habe angeordnet, 1500 Pioniere und 2500 Bauarbeiter zu entsenden, sagte ein Minister am Freitag in Pjöngjang.",
    );
    const sent = out.filter((c) => c.text.startsWith("Kim"));
    expect(sent.map((c) => [c.actor, c.recipient])).toEqual([
      ["KP", "RU"],
      ["KP", "RU"],
    ]);
  });

  it("the country of an organisation's name is the speaker's, not the actor's", () => {
    const out = claims(
      "2025-02-01",
      "Rund 200 nordkoreanische Soldaten seien gefallen. Der südkoreanische Geheimdienst ging im Januar von mindestens 300 Toten aus.",
    );
    const last = out.at(-1)!;
    // not KR: the party of the earlier dead, whose dead were soldiers
    expect(last).toMatchObject({ min: 300, actor: "KP", item: "soldier" });
  });
});

describe("claim times", () => {
  it("de: a time inside the attribution dates the saying, and a state said then holds then", () => {
    const [c] = claims(
      "2025-06-01",
      "Außenminister Lawrow hatte im März erklärt, rund 700 ukrainische Soldaten seien gefallen.",
    );
    expect(c).toMatchObject({ kind: "casualties", value: 700, reported: "2025-03", actor: "UA" });
    expect(c!.rules).toContain("claim.time.reported-state");
    expect(c!.time.start).toBe("2025-03");
  });

  it("de: `kurz nach Ostern` is close to the feast, not an open interval after it", () => {
    const [c] = claims(
      "2025-06-01",
      "Der Präsident hatte kurz nach Ostern erklärt, rund 700 nordkoreanische Soldaten seien gefallen.",
    );
    expect(c!.time.start).toBe("2025-04-20");
  });

  it("de: `damals` points back to the time of the sentence before", () => {
    const out = claims(
      "2025-06-01",
      "Der Geheimdienst schätzte im Februar, insgesamt seien 9000 Soldaten aus Nordkorea nach Russland geschickt worden. Rund 1200 nordkoreanische Soldaten seien verwundet, hieß es damals.",
    );
    const hurt = out.find((c) => c.value === 1200);
    expect(hurt!.time.start).toBe("2025-02");
    expect(hurt!.rules).toContain("claim.time.then");
  });

  it("en: a figure `overnight` is dated the night before the report", () => {
    const [c] = claims("2025-03-10", "Russia fired 40 drones at Ukraine overnight, officials said.");
    expect(c).toMatchObject({ kind: "launch", actor: "RU", recipient: "UA" });
    expect(c!.time.start).toBe("2025-03-09");
  });
});

describe("a part of the figure before it", () => {
  it("de: `darunter etwa 400 Tote` counts the same soldiers of the same party", () => {
    const out = claims(
      "2025-06-01",
      "Rund 2500 nordkoreanische Soldaten seien verwundet oder getötet worden, darunter etwa 400 Tote, hieß es in Seoul.",
    );
    expect(out.map((c) => [c.value, c.item, c.actor])).toEqual([
      [2500, "soldier", "KP"],
      [400, "soldier", "KP"],
    ]);
  });

  it("en: `including 150 dead` after troops counts troops", () => {
    const out = claims(
      "2025-06-01",
      "About 900 Russian troops were killed or wounded near Sumy, including 150 dead, Kyiv said.",
    );
    expect(out.find((c) => c.value === 150)).toMatchObject({ item: "soldier", actor: "RU" });
  });
});

describe("more kinds and roles", () => {
  it("de: the place where it was said is no recipient: `sagte … am Montag in Seoul`", () => {
    const [c] = claims(
      "2024-10-21",
      "Nordkorea habe rund 500 Soldaten geschickt, sagte Verteidigungsminister Kim Yong-hyun am Montag in Seoul.",
    );
    expect(c).toMatchObject({ kind: "deployment", actor: "KP" });
    expect(c!.recipient).not.toBe("KR");
  });

  it("en: lending is a delivery to the one lent to", () => {
    const [c] = claims(
      "2024-05-01",
      "South Korea lent 200,000 shells to the United States last year, the ministry said.",
    );
    expect(c).toMatchObject({ kind: "delivery", actor: "KR", recipient: "US" });
  });

  it("de: a verb of the clause outweighs a noun in a phrase beside the figure", () => {
    const [c] = claims(
      "2025-05-01",
      "Seit Beginn der Stationierung seien etwa 900 russische Soldaten getötet worden, sagte der Sprecher.",
    );
    expect(c).toMatchObject({ kind: "casualties", item: "soldier", value: 900 });
  });

  it("`knapp 800` and `mehr als 800` are two figures, both kept", () => {
    const out = claims(
      "2025-01-10",
      "Im Dezember zählte Kiew knapp 800 verwundete russische Soldaten. Ende Dezember waren es laut Moskau mehr als 800 verwundete russische Soldaten.",
    );
    expect(out.map((c) => [c.max, c.min])).toEqual([
      [800, null],
      [null, 800],
    ]);
  });
});

describe("parts of a year and of a whole", () => {
  it("de: `zu Jahresbeginn` dates a figure to the year's first month, `seit Anfang 2023` from it", () => {
    const out = claims(
      "2024-06-01",
      "Zu Jahresbeginn sollen etwa 700 nordkoreanische Soldaten nach Russland verlegt worden sein. Seit Anfang 2023 seien rund 9000 nordkoreanische Arbeiter nach Russland gekommen.",
    );
    expect(out.map((c) => c.time.start)).toEqual(["2024-01", "2023-01"]);
  });

  it("de: a part (`von denen`) keeps the party of its whole over a country adjective on the speaker", () => {
    const out = claims(
      "2025-02-01",
      "Der russische Verteidigungsminister Andrej Beloussow sprach von rund 8000 ukrainischen Soldaten, von denen fast 1200 verwundet worden seien.",
    );
    const part = out.find((c) => c.value === 1200 || c.max === 1200);
    expect(part).toMatchObject({ kind: "casualties", actor: "UA" });
    expect(part!.rules).toContain("claim.actor.antecedent");
  });
});
