/**
 * @module End-to-end checks (annotate + extract) of the general rules behind the examples' roles, times
 * and sources: a people's plural as the counted noun, a part inheriting from its whole, passive speech
 * verbs, possessive and appositive sources, launchers and parties named without a figure, month plus
 * relative year, counts reached by a time. Sentences are the test's own.
 */
import { describe, expect, it } from "vitest";
import type { ClaimRecord } from "../../src/core/records.js";
import { extractDocument } from "../../src/extract/index.js";
import { documentFromText } from "../../src/pipeline/read/index.js";

function claims(date: string, body: string): ClaimRecord[] {
  const doc = documentFromText(` date ${date}\n${body}\n`, "t.txt");
  return extractDocument(doc, "t.txt").claims.filter((c) => c.value ?? c.min ?? c.max ?? c.vague);
}

describe("a people's plural is the counted noun and names its country", () => {
  it("en: `4,000 North Koreans entered Russia`, sourced by `statistics show`", () => {
    const [c] = claims(
      "2025-02-10",
      "More than 4,000 North Koreans entered Russia in 2023, Russian statistics show.",
    );
    expect(c).toMatchObject({ item: "person", min: 4000, actor: "KP", recipient: "RU" });
    expect(c!.time.start).toBe("2023");
    expect(c!.source.country).toBe("RU");
  });

  it("de: `rund 5.000 Nordkoreaner arbeiteten in Russland` counts workers", () => {
    const [c] = claims("2024-03-01", "Im Jahr 2019 arbeiteten noch rund 5.000 Nordkoreaner in Russland.");
    expect(c).toMatchObject({ item: "worker", value: 5000, actor: "KP", recipient: "RU" });
  });

  it("a country name that is not a people's plural still counts nothing", () => {
    expect(claims("2024-03-01", "Im Jahr 2019 reisten 12 Russland-Experten nach Seoul.")).toHaveLength(0);
  });
});

describe("a part (`of them`) inherits parties, time and source from its whole", () => {
  it("takes actor, recipient, time and source of the antecedent", () => {
    const [, part] = claims(
      "2025-02-10",
      "More than 4,000 North Koreans entered Russia in 2023, Russian statistics show. Nearly 1,500 of them came as students.",
    );
    expect(part).toMatchObject({ item: "person", value: 1500, actor: "KP", recipient: "RU" });
    expect(part!.time.start).toBe("2023");
    expect(part!.source.country).toBe("RU");
    expect(part!.rules).toContain("claim.time.antecedent");
  });
});

describe("sources", () => {
  it("a speech verb after a passive auxiliary has no speaker: `X is estimated to have sent`", () => {
    const [c] = claims(
      "2025-06-01",
      "North Korea is estimated to have sent more than 9,000 containers to Russia, the Japanese government said.",
    );
    expect(c).toMatchObject({ item: "container", min: 9000, actor: "KP", recipient: "RU" });
    expect(c!.source.country).toBe("JP");
  });

  it("the owner in an English genitive belongs to the source: `South Korea's … Service told`", () => {
    const [c] = claims(
      "2025-06-01",
      "South Korea's National Intelligence Service told a briefing that about 2,000 North Korean workers were employed in Russia.",
    );
    expect(c).toMatchObject({ actor: "KP", recipient: "RU" });
    expect(c!.source).toMatchObject({ country: "KR", org: "National Intelligence Service" });
  });

  it("a person set off by commas after an institution is its speaker, not the actor", () => {
    const [c] = claims(
      "2024-02-02",
      "Russland setzt im Krieg gegen die Ukraine Raketen aus Nordkorea ein. Am 3. Januar seien mindestens zwei solche Raketen auf Charkiw abgefeuert worden, sagte der Sprecher des Nationalen Sicherheitsrats, John Kirby, am Montag.",
    );
    expect(c).toMatchObject({ kind: "launch", min: 2, actor: "RU" });
    expect(c!.source).toMatchObject({ country: "US", person: "John Kirby" });
  });
});

describe("parties named without a figure carry to the next figure", () => {
  it("`nordkoreanische Truppen in Russland`, then a figure that names no party", () => {
    const [c] = claims(
      "2024-11-04",
      "In Seoul wächst die Sorge über nordkoreanische Truppen in Russland. Nach Angaben der Regierung sind dort inzwischen mindestens 5.000 Soldaten im Einsatz.",
    );
    expect(c).toMatchObject({ item: "soldier", min: 5000, actor: "KP", recipient: "RU" });
  });

  it("nothing carries when the personnel are named without where they are", () => {
    const [c] = claims(
      "2024-11-04",
      "In Seoul wächst die Sorge über nordkoreanische Truppen. Nach Angaben der Regierung sind inzwischen mindestens 5.000 Soldaten im Einsatz.",
    );
    expect(c?.recipient ?? null).toBeNull();
  });
});

describe("claim time", () => {
  it("a month takes the relative year right after it: `seit Mai vergangenen Jahres`", () => {
    const [c] = claims(
      "2024-10-18",
      "Seit Mai vergangenen Jahres hat Nordkorea mehr als 2.000 Container an Russland geliefert.",
    );
    expect(c!.time.start).toBe("2023-05");
  });

  it("a count reached by a time holds at that time: `bis März waren es rund 20.000 Soldaten`", () => {
    const [c] = claims(
      "2025-05-15",
      "Nach Schätzungen waren bis März rund 20.000 nordkoreanische Soldaten in Russland.",
    );
    expect(c).toMatchObject({ item: "soldier", value: 20000 });
    expect(c!.time.start).toBe("2025-03");
    expect(c!.rules).toContain("claim.time.by-then");
  });

  it("the next sentence on the same item dates a figure that had only the time it was said", () => {
    const [c] = claims(
      "2023-10-20",
      "The State Department said on Friday that North Korea had delivered more than 2,000 containers of ammunition to Russia. Officials said the containers were shipped between Aug. 3 and Sept. 28 from Najin to Russia.",
    );
    expect(c).toMatchObject({ item: "container", min: 2000, actor: "KP", recipient: "RU" });
    expect(c!.time.start).toBe("2023-08-03");
    expect(c!.rules).toContain("claim.time.next-sentence");
  });
});
