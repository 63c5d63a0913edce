/**
 * @module Hedging cues: `soll`, `angeblich`, `Berichten zufolge`, `könnte`, `reportedly`, `is believed to`.
 * Each cue is a `Hedge` span; which claims it covers (its clause or sentence) the extractor decides.
 */
import type { Hedge } from "../../core/annotations.js";
import type { Lang } from "../../core/document.js";
import type { Component } from "../../core/pipeline.js";
import { hedging as deHedging } from "../../lang/de/hedging.js";
import { hedging as enHedging } from "../../lang/en/hedging.js";
import { type Token, tokenize } from "../entities/tokens.js";
import { WordSlots } from "../entities/word-set.js";

interface Cue {
  words: string[];
  rule: string;
}

function compile(lang: string, data: Readonly<Record<string, readonly string[]>>): Map<string, Cue[]> {
  const byFirst = new Map<string, Cue[]>();
  for (const [kind, list] of Object.entries(data)) {
    for (const phrase of list) {
      const words = phrase.toLowerCase().split(/\s+/);
      const cues = byFirst.get(words[0]!) ?? [];
      cues.push({ words, rule: `${lang}.hedge.${kind}` });
      byFirst.set(words[0]!, cues);
    }
  }
  for (const cues of byFirst.values()) cues.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

const CUES: Record<"de" | "en", Map<string, Cue[]>> = {
  de: compile("de", deHedging),
  en: compile("en", enHedging),
};
/** Every first word of a cue in either language: most tokens are ruled out before the map look-up. */
const FIRST_WORDS = new WordSlots([...CUES.de.keys(), ...CUES.en.keys()]);

/** Hedge cues in `text`, longest first where cues overlap (`Berichten zufolge`). */
export function findHedges(text: string, lang: Lang = "de"): Hedge[] {
  const tables = lang === "de" || lang === "en" ? [CUES[lang]] : [CUES.de, CUES.en];
  const tokens = tokenize(text);
  const out: Hedge[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!FIRST_WORDS.mayHave(tokens[i]!.lower)) continue;
    for (const table of tables) {
      const cue = table.get(tokens[i]!.lower)?.find((c) => matches(text, tokens, i, c.words));
      if (!cue) continue;
      const end = tokens[i + cue.words.length - 1]!.end;
      out.push({ start: tokens[i]!.start, end, text: text.slice(tokens[i]!.start, end), rule: cue.rule });
      i += cue.words.length - 1;
      break;
    }
  }
  return out;
}

function matches(text: string, tokens: Token[], i: number, words: string[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t || t.lower !== words[k] || !/^\s+$/.test(text.slice(tokens[i + k - 1]!.end, t.start)))
      return false;
  }
  return true;
}

export function hedgingComponent(): Component {
  return {
    name: "hedging",
    requires: ["sentences"],
    assigns: ["hedges"],
    run({ doc, layers }) {
      layers.hedges = findHedges(doc.text, doc.lang);
    },
  };
}
