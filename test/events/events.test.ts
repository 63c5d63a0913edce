import { describe, expect, it } from "vitest";
import { extractAnnotated } from "../../src/extract/index.js";
import { build, M, type Spec } from "../claims/build.js";

const eventsOf = (text: string, spec: Spec) => extractAnnotated(build(text, spec), "t.txt").events;
const LAVROV = {
  entity: "person/sergey-lavrov",
  name: "Sergey Lavrov",
  category: "person",
  country: "RU",
} as const;
const KIM = { entity: "person/kim-jong-un", name: "Kim Jong Un", category: "person", country: "KP" } as const;
const PUTIN = {
  entity: "person/vladimir-putin",
  name: "Vladimir Putin",
  category: "person",
  country: "RU",
} as const;

describe("events", () => {
  it("makes a visit with participant, actor, location and time", () => {
    const text = "Im Juli 2024 besuchte Lawrow die nordkoreanische Hauptstadt Pjöngjang.";
    const [e, ...rest] = eventsOf(text, {
      times: [{ at: "Im Juli 2024", from: "2024-07" }],
      mentions: [
        { at: "Lawrow", ...LAVROV },
        { at: "nordkoreanische", ...M.KP, form: "adjective" },
        { at: "Pjöngjang", ...M.KP, form: "seat" },
      ],
    });
    expect(rest).toEqual([]);
    expect(e).toMatchObject({
      kind: "visit",
      participants: ["Sergey Lavrov"],
      actor: "RU",
      location: "KP",
      time: { start: "2024-07" },
    });
    expect(text.slice(...e!.span)).toBe(text);
  });

  it("makes no event from a noun that refers back without a time", () => {
    expect(
      eventsOf("Bei beiden Reisen ging es um Waffen. Die Invasion in der Ukraine dauert an.", {
        mentions: [{ at: "Ukraine", ...M.UA }],
      }),
    ).toEqual([]);
  });

  it("takes a verb event's time from the paragraph and merges mentions of one visit", () => {
    const text =
      "Im März 2024 besuchte Kim die Stadt Wladiwostok. Putin empfing Kim im Hafen. Kim besuchte auch eine Werft.";
    const es = eventsOf(text, {
      times: [{ at: "Im März 2024", from: "2024-03" }],
      mentions: [
        { at: ["Kim", 0], ...KIM },
        {
          at: "Wladiwostok",
          entity: "place/vladivostok",
          name: "Vladivostok",
          category: "place",
          country: "RU",
        },
        { at: "Putin", ...PUTIN },
        { at: ["Kim", 1], ...KIM },
        { at: ["Kim", 2], ...KIM },
      ],
    });
    expect(es.map((e) => [e.kind, e.time.start, e.participants])).toEqual([
      ["visit", "2024-03", ["Kim Jong Un"]],
      ["meeting", "2024-03", ["Vladimir Putin", "Kim Jong Un"]],
    ]);
    expect(es[0]!.location).toBe("RU");
  });

  it("dates a present perfect at the document's date", () => {
    const duma = {
      entity: "org/state-duma",
      name: "State Duma",
      category: "organization",
      country: "RU",
    } as const;
    const [e] = eventsOf("Die Duma hat den Vertrag mit Nordkorea inzwischen ratifiziert.", {
      date: "2024-11",
      mentions: [
        { at: "Duma", ...duma },
        { at: "Nordkorea", ...M.KP },
      ],
    });
    expect(e).toMatchObject({
      kind: "ratification",
      participants: ["State Duma"],
      actor: "RU",
      time: { start: "2024-11" },
    });
  });

  it("reads a reception of one person somewhere as a visit", () => {
    const [e] = eventsOf("Am Mittwoch wurde Putin in Pjöngjang empfangen.", {
      times: [{ at: "Am Mittwoch", from: "2024-06-19" }],
      mentions: [
        { at: "Putin", ...PUTIN },
        { at: "Pjöngjang", ...M.KP, form: "seat" },
      ],
    });
    expect(e).toMatchObject({ kind: "visit", actor: "RU", location: "KP", time: { start: "2024-06-19" } });
  });

  it("gives each time of a sentence to the nearest trigger", () => {
    const text = "Putin stattete Pjöngjang 2000 einen Besuch ab und empfing 2001 und 2002 Kim in Moskau.";
    const es = eventsOf(text, {
      times: [
        { at: "2000", from: "2000" },
        { at: "2001", from: "2001" },
        { at: "2002", from: "2002" },
      ],
      mentions: [
        { at: "Putin", ...PUTIN },
        { at: "Pjöngjang", ...M.KP, form: "seat" },
        { at: "Kim", ...KIM },
        { at: "Moskau", ...M.RU, form: "seat" },
      ],
    });
    expect(es.map((e) => [e.kind, e.time.start])).toEqual([
      ["visit", "2000"],
      ["meeting", "2001"],
      ["meeting", "2002"],
    ]);
  });

  it("finds separable verbs and noun tests in English and German", () => {
    const de = eventsOf("Im Jahr 2006 stimmte Nordkorea dem Plan zu.", {
      times: [{ at: "Im Jahr 2006", from: "2006" }],
      mentions: [{ at: "Nordkorea", ...M.KP }],
    });
    expect(de).toMatchObject([{ kind: "agreement", actor: "KP", time: { start: "2006" } }]);
    const en = eventsOf("North Korea carried out a nuclear test in October 2006.", {
      lang: "en",
      times: [{ at: "in October 2006", from: "2006-10" }],
      mentions: [{ at: "North Korea", ...M.KP }],
    });
    expect(en).toMatchObject([{ kind: "weapons_test", actor: "KP", time: { start: "2006-10" } }]);
  });
});

describe("entity records", () => {
  it("gives one record per entity with every span", () => {
    const text = "Nordkorea und Russland: nordkoreanische Soldaten.";
    const { entities } = extractAnnotated(
      build(text, {
        mentions: [
          { at: "Nordkorea", ...M.KP },
          { at: "Russland", ...M.RU },
          { at: "nordkoreanische", ...M.KP, form: "adjective" },
        ],
      }),
      "t.txt",
    );
    expect(entities.map((e) => [e.name, e.spans.map((s) => text.slice(...s))])).toEqual([
      ["North Korea", ["Nordkorea", "nordkoreanische"]],
      ["Russia", ["Russland"]],
    ]);
  });
});

describe("event precision", () => {
  it("does not date an event by an agency dateline", () => {
    const es = eventsOf("MOSKAU, 4. Dezember (Reuters) - Die Duma hatte den Vertrag gebilligt.", {
      times: [{ at: "4. Dezember", from: "2024-12-04" }],
    });
    expect(es).toEqual([]);
  });
  it("leaves out triggers ruled out by their clause", () => {
    const es = eventsOf("Zwischen 2017 und 2023 gab es Cyberangriffe nordkoreanischer Hacker.", {
      times: [{ at: "Zwischen 2017 und 2023", from: "2017", to: "2023" }],
      mentions: [{ at: "nordkoreanischer", ...M.KP, form: "adjective" }],
    });
    expect(es).toEqual([]);
  });
  it("dates an event by a time of its own clause only", () => {
    const es = eventsOf("Der Dienst sagte am Montag, dass Putin und Kim den Pakt unterzeichnet hätten.", {
      date: null,
      times: [{ at: "am Montag", from: "2024-06-17" }],
      mentions: [
        { at: "Putin", ...PUTIN },
        { at: "Kim", ...KIM },
      ],
    });
    expect(es).toMatchObject([{ kind: "agreement", time: { start: null } }]);
  });
});
