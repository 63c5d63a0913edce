/**
 * @module End-to-end checks (annotate + extract) of the general event rules: arrivals as visits,
 * `signed into law` as a ratification, times shared by joined verbs and carried from a fronted clause,
 * triggers the text does not assert (negated, conditional, modal, a participle or noun used as a
 * modifier), weapons tests named by a bare `test` near a weapon, times after the document date, and the
 * small set of `other` events. Sentences are the test's own.
 */
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../../src/core/records.js";
import { extractDocument } from "../../src/extract/index.js";
import { documentFromText } from "../../src/pipeline/read/index.js";

function events(date: string, body: string): EventRecord[] {
  const doc = documentFromText(` date ${date}\n${body}\n`, "t.txt");
  return extractDocument(doc, "t.txt").events;
}
const brief = (es: EventRecord[]) => es.map((e) => [e.kind, e.time.start]);

describe("arrivals are visits", () => {
  it("en: a person arriving in a capital visits its country", () => {
    const [e, ...rest] = events(
      "2024-11-30",
      "Russian Defence Minister Andrei Belousov arrived in Pyongyang on Friday.",
    );
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ kind: "visit", actor: "RU", location: "KP", time: { start: "2024-11-29" } });
    expect(e!.participants).toContain("Andrei Belousov");
  });

  it("de: `war am Montag in Moskau eingetroffen`", () => {
    const [e] = events("2024-11-06", "Außenministerin Choe Son Hui war am Montag in Moskau eingetroffen.");
    expect(e).toMatchObject({ kind: "visit", actor: "KP", location: "RU", time: { start: "2024-11-04" } });
  });

  it("goods or troops arriving are no visit", () => {
    expect(events("2024-11-06", "Die ersten Container sind am Montag in Rajin eingetroffen.")).toEqual([]);
    expect(events("2024-11-06", "A new shipment of shells arrived in Vladivostok on Monday.")).toEqual([]);
  });

  it("a time fronted before the speaker dates the visit the speaker made", () => {
    const es = events(
      "2025-07-01",
      "In May, Andrei Belousov, the defence minister, told reporters after a visit to Pyongyang that the cooperation would grow.",
    );
    expect(brief(es)).toEqual([["visit", "2025-05"]]);
    expect(es[0]).toMatchObject({ actor: "RU", location: "KP" });
  });
});

describe("ratification and shared times", () => {
  it("`signed … into law` is a ratification, not an agreement", () => {
    const es = events("2024-12-01", "President Vladimir Putin signed the accord into law on Nov. 18.");
    expect(brief(es)).toEqual([["ratification", "2024-11-18"]]);
  });

  it("a verb joined to a dated verb takes its time, not the document's", () => {
    const es = events(
      "2024-03-01",
      "Kim und Putin hatten sich im Mai 2023 in Wladiwostok getroffen und neue Lieferungen vereinbart.",
    );
    expect(brief(es)).toEqual([
      ["meeting", "2023-05"],
      ["agreement", "2023-05"],
    ]);
  });

  it("a time between two joined verbs dates both", () => {
    const es = events(
      "2024-10-25",
      "Defence Minister Andrei Belousov arrived in Pyongyang last month and held talks with Kim Jong Un.",
    );
    expect(brief(es)).toEqual([
      ["visit", "2024-09"],
      ["meeting", "2024-09"],
    ]);
  });

  it("de: `führte Gespräche` is a meeting that shares the arrival's time", () => {
    const es = events(
      "2024-10-25",
      "Verteidigungsminister Andrej Beloussow traf am Montag in Pjöngjang ein und führte Gespräche mit Kim Jong Un.",
    );
    expect(brief(es)).toEqual([
      ["visit", "2024-10-21"],
      ["meeting", "2024-10-21"],
    ]);
  });

  it("a noun trigger does not borrow the time of another trigger", () => {
    const es = events("2025-07-01", "Belousov's trip comes after a treaty signed in June 2024.");
    expect(brief(es)).toEqual([["agreement", "2024-06"]]);
  });
});

describe("triggers the text does not assert", () => {
  it("negated", () => {
    expect(events("2024-11-06", "Kim has not visited Moscow since 2019.")).toEqual([]);
    expect(
      events("2025-05-02", "Neither Moscow nor Pyongyang acknowledged the deployment on Monday."),
    ).toEqual([]);
    expect(events("2025-05-02", "Pjöngjang hat die Entsendung am Montag nicht eingeräumt.")).toEqual([]);
  });

  it("de: a negation late in the clause of a verb standing second", () => {
    expect(events("2024-10-25", "Der Kreml bestätigte die Angaben am Freitag nicht.")).toEqual([]);
    expect(
      brief(events("2024-10-25", "Kim Jong Un besuchte am Montag nicht nur Moskau, sondern auch Kasan.")),
    ).toEqual([["visit", "2024-10-21"]]);
  });

  it("under a condition or after a modal", () => {
    // the mutual pledge is an agreement (asserted); the attack under `if` is none
    expect(
      brief(
        events(
          "2024-07-01",
          "In June the two states pledged to defend each other if attacked by a third country.",
        ),
      ),
    ).toEqual([["agreement", "2024-06"]]);
    expect(events("2024-07-01", "Officials warned in June that Russia could attack the port.")).toEqual([]);
  });

  it("in a clause opened by a condition", () => {
    expect(
      events("2024-10-25", "If the Duma ratified the treaty on Monday, officials would have said so."),
    ).toEqual([]);
  });

  it("a participle used as an adjective", () => {
    expect(
      events("2025-07-12", "On Saturday the two heavily sanctioned regimes praised their ties."),
    ).toEqual([]);
    expect(
      brief(events("2025-07-12", "The European Union sanctioned three North Korean generals on Friday.")),
    ).toEqual([["sanctions", "2025-07-11"]]);
  });

  it("a noun trigger modifying an item noun", () => {
    expect(events("2024-11-15", "Kim Jong Un inspected new attack helicopters on Thursday.")).toEqual([]);
    expect(brief(events("2024-11-15", "Russia launched an attack on Kharkiv on Thursday."))).toEqual([
      ["military_action", "2024-11-14"],
    ]);
  });
});

describe("merging", () => {
  it("keeps two dated visits to different places apart", () => {
    const es = events(
      "2024-07-01",
      "In June 2024 Vladimir Putin visited Pyongyang. In June 2024 Vladimir Putin also visited Hanoi.",
    );
    expect(es.map((e) => [e.kind, e.location])).toEqual([
      ["visit", "KP"],
      ["visit", "VN"],
    ]);
  });
});

describe("military actions", () => {
  it("`exchanged fire` is a military action", () => {
    expect(
      brief(events("2024-11-12", "Ukrainian troops exchanged fire with Russian marines on Sunday.")),
    ).toEqual([["military_action", "2024-11-10"]]);
  });
});

describe("weapons tests and plans", () => {
  it("a bare `test` is a weapons test only near a weapon word", () => {
    expect(
      brief(events("2024-11-15", "Kim Jong Un watched a test of new cruise missiles on Thursday.")),
    ).toEqual([["weapons_test", "2024-11-14"]]);
    expect(
      events("2024-11-15", "The vote on Thursday was a test of the alliance, Kim Jong Un said."),
    ).toEqual([]);
  });

  it("a time after the document's date is a plan, not an event", () => {
    expect(
      events("2025-07-01", "Putin's state visit to Pyongyang on Sept. 3, 2025 will be his third."),
    ).toEqual([]);
    const es = events(
      "2025-07-12",
      "Bus services between Vladivostok and Rason resumed in May, and flights are due to start on Aug. 20.",
    );
    expect(brief(es)).toEqual([["other", "2025-05"]]);
  });
});

describe("other events", () => {
  it("an official acknowledgement with a time of its own", () => {
    expect(
      brief(events("2025-05-02", "North Korea acknowledged on Monday that it had sent troops to Russia.")),
    ).toEqual([["other", "2025-04-28"]]);
    expect(events("2025-05-02", "North Korea acknowledged that it had sent troops to Russia.")).toEqual([]);
  });

  it("a confirmation of a fact, not of a statement `that …`", () => {
    expect(brief(events("2025-04-30", "Valery Gerasimov confirmed the withdrawal on Saturday."))).toEqual([
      ["other", "2025-04-26"],
    ]);
    expect(
      events("2025-04-30", "The ministry confirmed on Saturday that twelve soldiers were killed."),
    ).toEqual([]);
    expect(
      events("2025-04-30", "Das Ministerium bestätigte am Samstag, dass zwölf Soldaten getötet wurden."),
    ).toEqual([]);
  });

  it("a construction start", () => {
    expect(
      brief(
        events("2025-05-02", "The two governments began construction of a new border bridge on Wednesday."),
      ),
    ).toEqual([["other", "2025-04-30"]]);
  });

  it("reads `Friday, first …` as the Friday, not a first of the month", () => {
    const es = events(
      "2025-07-12",
      "Lavrov, who arrived on Friday, first met officials in the port city of Wonsan.",
    );
    expect(es.find((e) => e.kind === "visit")?.time.start).toBe("2025-07-11");
  });
});
