/** @module Tests of the table scanners: at every position they answer as the sticky regexes they stand for. */
import { describe, expect, it } from "vitest";
import { hyphenRunAt, letterRunAt, spaceRunAt } from "../../src/pipeline/numbers/runs.js";

const spaceAt = /[^\S\r\n]+/y;
const hyphenAt = /[^\S\r\n]*-[^\S\r\n]*(?=\p{L})/uy;
const wordAt = /[\p{L}]+/uy;

function regexLength(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.exec(text)?.[0].length ?? 0;
}

describe("number scanner runs", () => {
  const texts = [
    "zwei - drei, 12 000\u00a0Soldaten\r\n  vier-\tfünf 3 -𝐀b x-😀 ende- ",
    "Ärzte  −  ŒUVRE\u2003-\u2003Ω 𝐀𝐁𝐂 - 𝐀",
  ];

  it("matches the regexes at every position", () => {
    for (const text of texts) {
      for (let at = 0; at <= text.length + 1; at++) {
        expect(spaceRunAt(text, at), `space ${at}`).toBe(regexLength(spaceAt, text, at));
        expect(hyphenRunAt(text, at, hyphenAt), `hyphen ${at}`).toBe(regexLength(hyphenAt, text, at));
        wordAt.lastIndex = at;
        const expected = wordAt.exec(text)?.[0] ?? "";
        expect(letterRunAt(text, at, /[\p{L}]+/uy), `word ${at}`).toBe(expected);
      }
    }
  });
});
