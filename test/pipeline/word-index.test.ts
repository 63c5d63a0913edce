/** @module Tests of the fast word paths: the claim tokenizer and the pattern index's letter-window sieve. */
import { describe, expect, it } from "vitest";
import {
  compilePattern,
  LongestMatch,
  matchPattern,
  PatternIndex,
  wordMatcher,
} from "../../src/pipeline/claims/lexicon.js";
import { scanTokens, tokenize } from "../../src/pipeline/claims/tokens.js";

const words = (text: string, start = 0, end = text.length) =>
  tokenize(text, { start, end }).map((t) => text.slice(t.start, t.end));

describe("claim tokenizer", () => {
  it("joins inner hyphens and apostrophes, not outer ones", () => {
    expect(words("Die Kurzstrecken-Raketen vom Typ KN-23, don’t -Test Wort- 'zitiert'")).toEqual([
      "Die",
      "Kurzstrecken-Raketen",
      "vom",
      "Typ",
      "KN-23",
      "don’t",
      "Test",
      "Wort",
      "zitiert",
    ]);
  });

  it("keeps offsets into the whole text and stops at the span's end", () => {
    const text = "Vorher. Panzer-Haubitzen rollten";
    const toks = tokenize(text, { start: 8, end: 21 });
    expect(toks.map((t) => text.slice(t.start, t.end))).toEqual(["Panzer-Haubit"]);
    expect(toks[0]).toMatchObject({ start: 8, lower: "panzer-haubit", capital: true, initial: true });
  });

  it("reads letters outside the Basic Multilingual Plane as one character", () => {
    const text = "Wort 𝐀𝐁 Ende 😀 x";
    expect(words(text)).toEqual(["Wort", "𝐀𝐁", "Ende", "x"]);
  });

  it("gives the scan's tokens from the shared word runs, for every span", () => {
    const text = "Über 1.500 Kurzstrecken-Raketen (KN-23) -Test don’t Wort- 'x' Ä-b. Ende";
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length + 1; end++) {
        expect(tokenize(text, { start, end })).toEqual(scanTokens(text, { start, end }));
      }
    }
  });

  it("marks capitals and the sentence's first word", () => {
    const toks = tokenize("über Lieferungen", { start: 0, end: 16 });
    expect(toks.map((t) => [t.capital, t.initial])).toEqual([
      [false, true],
      [true, false],
    ]);
  });
});

describe("pattern index", () => {
  const endings = ["", "n", "en", "e"];
  const sources = ["~granate", "=mann", "liefer", "*geliefert", "stimmte … =zu", "im", "in … Abkommen"];
  const entries = sources.map((source) => ({ pattern: compilePattern(source, endings) }));
  const index = new PatternIndex(entries);

  it("finds exactly the entries whose first word matches, as testing every entry would", () => {
    const probe = [
      "artilleriegranaten",
      "granate",
      "mann",
      "männer",
      "lieferte",
      "ausgeliefert",
      "stimmte",
      "im",
      "in",
      "hinter",
      "xyz",
      "12345",
      "",
      "ab",
    ];
    for (const w of probe) {
      const brute = entries.filter((e) => e.pattern.words[0]!.test(w)).map((e) => e.pattern.source);
      expect(
        index.candidates(w).map((e) => e.pattern.source),
        w,
      ).toEqual(brute);
      // asked twice (the remembered answer) it stays the same
      expect(
        index.candidates(w).map((e) => e.pattern.source),
        w,
      ).toEqual(brute);
    }
  });

  it("lets a two-word pattern match across a gap", () => {
    const toks = tokenize("stimmte Nordkorea im Mai zu", { start: 0, end: 27 });
    const hit = index.candidates(toks[0]!.lower).find((e) => e.pattern.source === "stimmte … =zu")!;
    expect(matchPattern(hit.pattern, toks, 0, toks.length)).toBe(4);
  });
});

describe("longest match", () => {
  const endings = ["", "n", "en"];
  // two forms of equal length (`~rakete`, `=rakete`): the first in the list wins a tie
  const forms = [
    "~rakete",
    "=rakete",
    "~marschflugkörper",
    "flug",
    "*panzer",
    "~kräfte",
    "~fachkräfte",
    "in",
  ].map((f) => ({ matcher: wordMatcher(f, endings), value: f }));
  const index = new LongestMatch(forms);
  /** What a loop over every form picks. */
  const brute = (w: string) => {
    let best: (typeof forms)[number] | null = null;
    for (const f of forms)
      if ((!best || f.matcher.length > best.matcher.length) && f.matcher.test(w)) best = f;
    return best?.value ?? null;
  };

  it("picks the form a loop over all forms would pick", () => {
    const probe = [
      "raketen",
      "rakete",
      "flugabwehr",
      "kampfpanzer",
      "fachkräften",
      "kräfte",
      "innen",
      "hallo",
      "12",
    ];
    for (const w of probe) {
      expect(index.get(w), w).toBe(brute(w));
      expect(index.get(w), w).toBe(brute(w));
    }
    expect(index.get("fachkräften")).toBe("~fachkräfte");
    expect(index.get("rakete")).toBe("~rakete");
    expect(index.get("hallo")).toBeNull();
  });
});
