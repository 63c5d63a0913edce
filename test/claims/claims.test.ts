import { describe, expect, it } from "vitest";
import { extractAnnotated } from "../../src/extract/index.js";
import { matchItemWord } from "../../src/pipeline/claims/index.js";
import { build, M, type Spec } from "./build.js";

const claimsOf = (text: string, spec: Spec) => extractAnnotated(build(text, spec), "t.txt").claims;

describe("item nouns", () => {
  it.each([
    ["artilleriegranaten", "shell"],
    ["containern", "container"],
    ["spezialkräfte", "soldier"],
    ["fachkräfte", "worker"],
    ["arbeitsmigranten", "worker"],
    ["raketenwerfer", "weapon_system"],
    ["kurzstrecken-raketen", "missile"],
    ["bauteilen", "component"],
    ["zivilisten", "person"],
  ] as const)("de %s → %s", (word, item) => {
    expect(matchItemWord(word, "de")?.item).toBe(item);
  });
  it.each([
    ["troops", "soldier"],
    ["shells", "shell"],
    ["howitzers", "weapon_system"],
    ["components", "component"],
  ] as const)("en %s → %s", (word, item) => {
    expect(matchItemWord(word, "en")?.item).toBe(item);
  });
  it("names no item for abstract nouns", () => {
    expect(matchItemWord("szenarien", "de")).toBeNull();
    expect(matchItemWord("motive", "de")).toBeNull();
    expect(matchItemWord("jahren", "de")).toBeNull();
  });
});

describe("claims from figures", () => {
  it("takes subject and `an` for a delivery", () => {
    const text =
      "Pjöngjang hat nach diesen Angaben 5 000 Artilleriegranaten an die russische Armee und an Russland geliefert.";
    const [c, ...rest] = claimsOf(text, {
      numbers: [{ at: "5 000", value: 5000 }],
      mentions: [
        { at: "Pjöngjang", ...M.KP, form: "seat" },
        { at: "russische", ...M.RU, form: "adjective" },
        { at: "Russland", ...M.RU },
      ],
    });
    expect(rest).toHaveLength(0);
    expect(c).toMatchObject({ kind: "delivery", item: "shell", value: 5000, actor: "KP", recipient: "RU" });
    expect(text.slice(...c!.figure!)).toBe("5 000");
    expect(text.slice(...c!.span)).toBe(text);
  });

  it("takes the country adjective on the noun and `in` for a deployment, dated by the present tense", () => {
    const text =
      "Nach Erkenntnissen aus Kiew stehen inzwischen 3 000 nordkoreanische Kämpfer in der Region Kursk.";
    const [c] = claimsOf(text, {
      numbers: [{ at: "3 000", value: 3000 }],
      mentions: [
        { at: "Kiew", ...M.UA, form: "seat" },
        { at: "nordkoreanische", ...M.KP, form: "adjective" },
        { at: "Kursk", entity: "place/kursk", name: "Kursk", category: "place", country: "RU" },
      ],
      attributions: [{ at: "Nach Erkenntnissen aus Kiew", country: "UA" }],
    });
    expect(c).toMatchObject({
      kind: "deployment",
      item: "soldier",
      actor: "KP",
      recipient: "RU",
      source: { country: "UA" },
    });
    expect(c!.time).toEqual({ start: "2024-10", end: null });
  });

  it("takes `aus` as the origin of personnel", () => {
    const [c] = claimsOf("Demnach kämpfen 700 Freiwillige und 400 Soldaten aus Nordkorea in Russland.", {
      numbers: [
        { at: "700", value: 700 },
        { at: "400", value: 400 },
      ],
      mentions: [
        { at: "Nordkorea", ...M.KP },
        { at: "Russland", ...M.RU },
      ],
    });
    expect(c).toMatchObject({
      value: 400,
      item: "soldier",
      kind: "deployment",
      actor: "KP",
      recipient: "RU",
    });
  });

  it("takes the target of a launch after `auf`", () => {
    const [c] = claimsOf(
      "Am Wochenende feuerte Russland nach ukrainischen Angaben 40 Raketen auf die Ukraine ab.",
      {
        numbers: [{ at: "40", value: 40 }],
        mentions: [
          { at: "Russland", ...M.RU },
          { at: "ukrainischen", ...M.UA, form: "adjective" },
          { at: "Ukraine", ...M.UA },
        ],
        attributions: [{ at: "nach ukrainischen Angaben", country: "UA" }],
      },
    );
    expect(c).toMatchObject({
      kind: "launch",
      item: "missile",
      actor: "RU",
      recipient: "UA",
      source: { country: "UA" },
    });
  });

  it("reads artillery rockets from their launcher", () => {
    const [c] = claimsOf("Nordkorea lieferte 900 Raketen für Grad-Werfer an Russland.", {
      numbers: [{ at: "900", value: 900 }],
      mentions: [
        { at: "Nordkorea", ...M.KP },
        { at: "Russland", ...M.RU },
      ],
    });
    expect(c).toMatchObject({ item: "rocket", kind: "delivery" });
  });

  it("makes the suffering side the actor of casualties", () => {
    const [c] = claimsOf(
      "Bei den Kämpfen wurden bis zu 200 nordkoreanische Soldaten getötet oder verwundet.",
      {
        numbers: [{ at: "bis zu 200", max: 200 }],
        mentions: [{ at: "nordkoreanische", ...M.KP, form: "adjective" }],
      },
    );
    expect(c).toMatchObject({
      kind: "casualties",
      item: "soldier",
      max: 200,
      value: null,
      actor: "KP",
      recipient: null,
    });
  });

  it("continues the paragraph's roles where a sentence names none, else the document's", () => {
    const text =
      "Nordkorea schickte 2 000 Soldaten nach Russland. Insgesamt geht es um Tausende Soldaten.\n\nAuch 50 Soldaten sind krank.";
    const cs = claimsOf(text, {
      numbers: [
        { at: "2 000", value: 2000 },
        { at: "Tausende", vague: "thousands" },
        { at: "50", value: 50 },
      ],
      mentions: [
        { at: "Nordkorea", ...M.KP },
        { at: "Russland", ...M.RU },
      ],
    });
    expect(cs.map((c) => [c.actor, c.recipient])).toEqual([
      ["KP", "RU"],
      ["KP", "RU"],
      ["KP", "RU"],
    ]);
    expect(cs[1]!.rules).toContain("claim.actor.paragraph");
    expect(cs[2]!.rules).toContain("claim.actor.document");
  });

  it("tells the time of the fact from the time it was said", () => {
    const text =
      "Bereits im Mai erklärte Kiew, dass Russland seit Januar 30 Raketen auf Charkiw abgefeuert habe.";
    const [c] = claimsOf(text, {
      numbers: [{ at: "30", value: 30 }],
      times: [
        { at: "im Mai", from: "2024-05" },
        { at: "seit Januar", from: "2024-01", to: null },
      ],
      mentions: [
        { at: "Kiew", ...M.UA, form: "seat" },
        { at: "Russland", ...M.RU },
        { at: "Charkiw", entity: "place/kharkiv", name: "Kharkiv", category: "place", country: "UA" },
      ],
      attributions: [{ at: "erklärte Kiew", country: "UA" }],
    });
    expect(c).toMatchObject({
      kind: "launch",
      actor: "RU",
      recipient: "UA",
      reported: "2024-05",
      time: { start: "2024-01", end: null },
    });
  });

  it("hedges a figure under `sollen` of its governing clause, not under a later one", () => {
    const text =
      "Die Bilder sollen belegen, dass 800 Soldaten aus Nordkorea eintrafen. Es sind 300 Soldaten aus Nordkorea, die angeblich fliehen.";
    const cs = claimsOf(text, {
      numbers: [
        { at: "800", value: 800 },
        { at: "300", value: 300 },
      ],
      mentions: [
        { at: ["Nordkorea", 0], ...M.KP },
        { at: ["Nordkorea", 1], ...M.KP },
      ],
      hedges: ["sollen", "angeblich"],
    });
    expect(cs.map((c) => c.hedged)).toEqual([true, false]);
  });

  it("carries an attribution into the next sentence of the paragraph", () => {
    const text =
      "Laut Pentagon sind 9 000 nordkoreanische Soldaten in Russland. Davon sind 2 000 Soldaten an der Front.";
    const cs = claimsOf(text, {
      numbers: [
        { at: "9 000", value: 9000 },
        { at: "2 000", value: 2000 },
      ],
      mentions: [
        { at: "nordkoreanische", ...M.KP, form: "adjective" },
        { at: "Russland", ...M.RU },
      ],
      attributions: [{ at: "Laut Pentagon", country: "US", org: "Department of Defense" }],
    });
    expect(cs.map((c) => c.source.country)).toEqual(["US", "US"]);
  });

  it("reads English", () => {
    const text = "North Korea has sent some 10,000 troops to Russia, according to the Pentagon.";
    const [c] = claimsOf(text, {
      lang: "en",
      numbers: [{ at: "some 10,000", value: 10000, approx: true }],
      mentions: [
        { at: "North Korea", ...M.KP },
        { at: "Russia", ...M.RU },
      ],
      attributions: [{ at: "according to the Pentagon", country: "US", org: "Department of Defense" }],
    });
    expect(c).toMatchObject({
      kind: "deployment",
      item: "soldier",
      actor: "KP",
      recipient: "RU",
      approx: true,
      source: { org: "Department of Defense" },
    });
  });
});

describe("no claim", () => {
  it.each<[string, string, Spec]>([
    [
      "abstract nouns",
      "Drei Szenarien sind denkbar, drei Motive auch.",
      {
        numbers: [
          { at: "Drei", value: 3 },
          { at: "drei", value: 3 },
        ],
      },
    ],
    [
      "calibres",
      "Gefragt sind Granaten vom Kaliber 152 Millimeter.",
      { numbers: [{ at: "152 Millimeter", value: 152, type: "measure", unit: "mm" }] },
    ],
    [
      "percentages",
      "Der Anteil der Soldaten liegt bei 40 Prozent Soldaten.",
      { numbers: [{ at: "40 Prozent", value: 40, type: "percentage" }] },
    ],
    [
      "years the time layer holds",
      "Im Jahr 2000 Soldaten zu schicken, war undenkbar.",
      { numbers: [{ at: "2000", value: 2000 }], times: [{ at: "Jahr 2000", from: "2000" }] },
    ],
    ["ages", "Ein 24-jähriger Soldat wurde verletzt.", { numbers: [{ at: "24", value: 24 }] }],
    [
      "names with digits",
      "Russland feuert KN-23 Raketen ab.",
      {
        numbers: [{ at: "23", value: 23 }],
        mentions: [{ at: "KN-23", entity: "weapon/kn-23", name: "KN-23", category: "weapon", country: "KP" }],
      },
    ],
    [
      "fractions, which are shares and not counts",
      "Nordkorea hat drei Viertel Soldaten seiner Einheit nach Russland geschickt.",
      { numbers: [{ at: "drei Viertel", value: 0.75 }] },
    ],
    [
      "page furniture",
      "Mehr dazu: 500 Soldaten im Porträt",
      { numbers: [{ at: "500", value: 500 }], nonBody: ["Mehr dazu: 500 Soldaten im Porträt"] },
    ],
  ])("%s", (_name, text, spec) => {
    expect(claimsOf(text, spec).filter((c) => c.figure)).toEqual([]);
  });
});

describe("transfers without a figure", () => {
  it("makes a claim with no figure", () => {
    const [c, ...rest] = claimsOf("Seit Monaten liefert Nordkorea Artilleriemunition an Russland.", {
      mentions: [
        { at: "Nordkorea", ...M.KP },
        { at: "Russland", ...M.RU },
      ],
    });
    expect(rest).toEqual([]);
    expect(c).toMatchObject({
      kind: "delivery",
      item: "shell",
      value: null,
      min: null,
      max: null,
      vague: null,
      actor: "KP",
      recipient: "RU",
      figure: null,
    });
  });
  it("makes none when the transfer is denied", () => {
    const cs = claimsOf("Russland hat keine Raketen an Nordkorea geliefert.", {
      mentions: [
        { at: "Russland", ...M.RU },
        { at: "Nordkorea", ...M.KP },
      ],
    });
    expect(cs).toEqual([]);
  });
});

describe("figures that lean on their context", () => {
  it("gives an elliptic figure the item of the one before", () => {
    const text = "Etwa 300 nordkoreanische Soldaten wurden getötet. Weitere 2.700 seien verwundet worden.";
    const cs = claimsOf(text, {
      numbers: [
        { at: "Etwa 300", value: 300, approx: true },
        { at: "2.700", value: 2700 },
      ],
      mentions: [{ at: "nordkoreanische", ...M.KP, form: "adjective" }],
    });
    expect(cs.map((c) => [c.value, c.item, c.kind, c.actor])).toEqual([
      [300, "soldier", "casualties", "KP"],
      [2700, "soldier", "casualties", "KP"],
    ]);
    expect(cs[1]!.rules).toContain("claim.item.ellipsis");
  });

  it("counts a part with the noun of its whole", () => {
    const text = "About 8,000 of the roughly 10,000 North Korean soldiers in Russia moved to the front.";
    const cs = claimsOf(text, {
      lang: "en",
      numbers: [
        { at: "About 8,000", value: 8000, approx: true },
        { at: "roughly 10,000", value: 10000, approx: true },
      ],
      mentions: [
        { at: "North Korean", ...M.KP, form: "adjective" },
        { at: "Russia", ...M.RU },
      ],
    });
    expect(cs.map((c) => [c.value, c.item, c.actor, c.recipient])).toEqual([
      [8000, "soldier", "KP", "RU"],
      [10000, "soldier", "KP", "RU"],
    ]);
  });

  it("turns the roles of a verb of receiving", () => {
    const [c] = claimsOf("Im Jahr 2024 hat Russland 148 Raketen aus Nordkorea erhalten.", {
      numbers: [{ at: "148", value: 148 }],
      times: [{ at: "Im Jahr 2024", from: "2024" }],
      mentions: [
        { at: "Russland", ...M.RU },
        { at: "Nordkorea", ...M.KP },
      ],
    });
    expect(c).toMatchObject({
      kind: "delivery",
      item: "missile",
      actor: "KP",
      recipient: "RU",
      time: { start: "2024" },
    });
  });

  it("keeps one claim for a figure the headline repeats, the better-sourced one", () => {
    const text =
      "Rund 300 Soldaten gefallen\n\nNach Angaben Seouls sind etwa 300 nordkoreanische Soldaten getötet worden.";
    const cs = claimsOf(text, {
      numbers: [
        { at: "Rund 300", value: 300, approx: true },
        { at: "etwa 300", value: 300, approx: true },
      ],
      mentions: [
        { at: "Seouls", ...M.KR, form: "seat" },
        { at: "nordkoreanische", ...M.KP, form: "adjective" },
      ],
      attributions: [{ at: "Nach Angaben Seouls", country: "KR" }],
    });
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ actor: "KP", source: { country: "KR" } });
  });

  it("makes no claim of a limit", () => {
    const cs = claimsOf("Die Sanktionen erlauben Nordkorea höchstens 500.000 Barrel Öl im Jahr.", {
      numbers: [{ at: "höchstens 500.000", max: 500000 }],
      mentions: [{ at: "Nordkorea", ...M.KP }],
    });
    expect(cs).toEqual([]);
  });

  it("keeps the parties of a statement that an attribution wraps, not its speaker", () => {
    const text =
      "Der ukrainische Präsident Selenskyj hat die Gefangennahme von zwei nordkoreanischen Soldaten bekanntgegeben.";
    const [c] = claimsOf(text, {
      numbers: [{ at: "zwei", value: 2 }],
      mentions: [
        { at: "ukrainische", ...M.UA, form: "adjective" },
        {
          at: "Selenskyj",
          entity: "person/zelensky",
          name: "Volodymyr Zelensky",
          category: "person",
          country: "UA",
        },
        { at: "nordkoreanischen", ...M.KP, form: "adjective" },
      ],
      attributions: [
        {
          at: "Selenskyj hat die Gefangennahme von zwei nordkoreanischen Soldaten bekanntgegeben",
          country: "UA",
          person: "Volodymyr Zelensky",
        },
      ],
    });
    expect(c).toMatchObject({ kind: "casualties", actor: "KP", source: { country: "UA" } });
  });
});
