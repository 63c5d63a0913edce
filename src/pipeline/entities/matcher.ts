/**
 * @module The compiled gazetteer: every surface form (names, inflected adjectives, genitives, seats,
 * surnames, country + institution noun combinations) in one token trie, built once; and the
 * leftmost-longest match of that trie over a text's tokens.
 */
import type { Mention } from "../../core/annotations.js";
import * as deLang from "../../lang/de/entities.js";
import * as enLang from "../../lang/en/entities.js";
import type { GazetteerData, GazetteerEntry, LangForms, Office } from "./gazetteer.js";
import { caseAgrees, formTokens, gapClass, type Token } from "./tokens.js";
import { slotsOfKeys } from "./word-set.js";

export interface LangEntityData {
  adjectiveEndings: readonly string[];
  nounEndings: readonly string[];
  genitiveSuffix: string;
  genitiveBlockedAfter: RegExp;
  placeAdjectiveSuffix: string;
  sourceCompoundHeads: readonly string[];
  modifierPatterns: readonly string[];
  personCues: readonly string[];
  honorifics: readonly string[];
  nameStopwords: readonly string[];
}

export const LANG_DATA: Record<string, LangEntityData> = { de: deLang, en: enLang };

interface PayloadBase {
  /** the form's language (`de`, `en`) or `any` for `*` forms; names the rule */
  lang: string;
  /** the form's tokens, for the case check */
  tokens: string[];
}
export interface EntityPayload extends PayloadBase {
  kind: "entity";
  entry: GazetteerEntry;
  form: Mention["form"];
  quoted: boolean;
}
export interface SurnamePayload extends PayloadBase {
  kind: "surname";
  entry: GazetteerEntry;
  /** a generated genitive (`Kims`): it may equal another word (`Hans` from `Han`), so it needs the person seen before */
  genitive: boolean;
}
/** A country modifier plus a generic noun: `südkoreanische Geheimdienst` → the NIS, `russische Präsident` → an office. */
export interface ComboPayload extends PayloadBase {
  kind: "combo";
  org: GazetteerEntry | null;
  office: Office | null;
  country: GazetteerEntry;
  modifierForm: "adjective" | "name";
  modifierAt: "start" | "end";
  modifierCount: number;
}
/** An office title that stands alone: `der Kremlchef`. */
export interface TitlePayload extends PayloadBase {
  kind: "title";
  office: Office;
}
export type Payload = EntityPayload | SurnamePayload | ComboPayload | TitlePayload;
type NewPayload = Payload extends infer P ? (P extends Payload ? Omit<P, "tokens"> : never) : never;

/**
 * A trie node: children by the gap class before the next token (`_`, `.`, `'`, `,`; none at the root),
 * then by that token lower-cased. Two small look-ups, so matching joins no strings.
 */
interface TrieNode {
  next: Map<string, Map<string, TrieNode>>;
  payloads: Payload[];
}

function childOf(node: TrieNode, gap: string, word: string): TrieNode | undefined {
  return node.next.get(gap)?.get(word);
}

export interface CompiledGazetteer {
  data: GazetteerData;
  root: TrieNode;
  /** lower-cased single-token office nouns and titles (`präsident`, `machthaber`): cue a surname after them */
  titleNouns: Set<string>;
  forms: number;
}

export interface Candidate {
  /** token index range [first, last] */
  first: number;
  last: number;
  start: number;
  end: number;
  payloads: Payload[];
}

const QUOTES = "\"'„“”«»‚‘’";

function langsOf(key: string): string[] {
  return key === "*" ? Object.keys(LANG_DATA) : LANG_DATA[key] ? [key] : [];
}

function ruleLang(key: string): string {
  return key === "*" ? "any" : key;
}

function each(forms: LangForms | undefined, fn: (form: string, key: string) => void): void {
  if (!forms) return;
  for (const [key, list] of Object.entries(forms)) for (const f of list) fn(f, key);
}

function withEnding(form: string, ending: string): string {
  return form + ending;
}

function genitives(form: string, key: string): string[] {
  const out: string[] = [];
  for (const l of langsOf(key)) {
    const d = LANG_DATA[l]!;
    if (!d.genitiveSuffix || d.genitiveBlockedAfter.test(form)) continue;
    if (!/\p{Ll}$/u.test(form)) continue; // `USA`, `KN-23`: no genitive
    out.push(form + d.genitiveSuffix);
  }
  return out;
}

function inflect(form: string, key: string, endings: (d: LangEntityData) => readonly string[]): string[] {
  const out = new Set<string>();
  for (const l of langsOf(key)) for (const e of endings(LANG_DATA[l]!)) out.add(withEnding(form, e));
  if (!out.size) out.add(form);
  return [...out];
}

export function compileGazetteer(data: GazetteerData): CompiledGazetteer {
  const root: TrieNode = { next: new Map(), payloads: [] };
  let forms = 0;
  const add = (form: string, payload: NewPayload) => {
    const ft = formTokens(form);
    if (!ft) return;
    let node = root;
    ft.tokens.forEach((t, i) => {
      const gap = i === 0 ? "" : ft.gaps[i - 1]!;
      const word = t.toLowerCase();
      let byWord = node.next.get(gap);
      if (!byWord) {
        byWord = new Map();
        node.next.set(gap, byWord);
      }
      let child = byWord.get(word);
      if (!child) {
        child = { next: new Map(), payloads: [] };
        byWord.set(word, child);
      }
      node = child;
    });
    node.payloads.push({ ...payload, tokens: ft.tokens } as Payload);
    forms++;
  };

  for (const entry of data.entries) {
    const nameForm: Mention["form"] = entry.seatOf ? "seat" : "name";
    each(entry.names, (f, key) => {
      const lang = ruleLang(key);
      add(f, { kind: "entity", entry, form: nameForm, lang, quoted: false });
      for (const g of genitives(f, key))
        add(g, { kind: "entity", entry, form: nameForm, lang, quoted: false });
    });
    if (entry.category === "place") {
      each(entry.names, (f, key) => {
        for (const l of langsOf(key)) {
          const suffix = LANG_DATA[l]!.placeAdjectiveSuffix;
          if (suffix && /\p{Ll}$/u.test(f) && !/\s/.test(f)) {
            add(f + suffix, { kind: "entity", entry, form: "adjective", lang: l, quoted: false });
          }
        }
      });
    }
    each(entry.quoted, (f, key) =>
      add(f, { kind: "entity", entry, form: "name", lang: ruleLang(key), quoted: true }),
    );
    each(entry.adjectives, (f, key) => {
      for (const a of inflect(f, key, (d) => d.adjectiveEndings)) {
        add(a, { kind: "entity", entry, form: "adjective", lang: ruleLang(key), quoted: false });
      }
    });
    each(entry.seats, (f, key) => {
      for (const s of [f, ...genitives(f, key)]) {
        add(s, { kind: "entity", entry, form: "seat", lang: ruleLang(key), quoted: false });
      }
    });
    each(entry.surnames, (f, key) => {
      add(f, { kind: "surname", entry, lang: ruleLang(key), genitive: false });
      for (const g of genitives(f, key))
        add(g, { kind: "surname", entry, lang: ruleLang(key), genitive: true });
    });
    if (entry.nouns && entry.country) {
      const country = data.countries.get(entry.country);
      if (country) addCombos(add, entry.nouns, country, entry, null);
    }
  }

  const titleNouns = new Set<string>();
  for (const office of data.offices) {
    const country = data.countries.get(office.country);
    if (country && office.nouns) addCombos(add, office.nouns, country, null, office);
    each(office.nouns, (f) => {
      if (!/\s/.test(f)) titleNouns.add(f.toLowerCase());
    });
    each(office.titles, (f, key) => {
      if (!/\s/.test(f)) titleNouns.add(f.toLowerCase());
      for (const t of inflect(f, key, (d) => d.nounEndings)) {
        add(t, { kind: "title", office, lang: ruleLang(key) });
      }
    });
  }
  return { data, root, titleNouns, forms };
}

/** Country modifier × noun, by each language's `modifierPatterns` (`ADJ NOUN`, `NOUN GEN`, …). */
function addCombos(
  add: (form: string, payload: NewPayload) => void,
  nouns: LangForms,
  country: GazetteerEntry,
  org: GazetteerEntry | null,
  office: Office | null,
): void {
  each(nouns, (noun, nounKey) => {
    for (const lang of langsOf(nounKey)) {
      const d = LANG_DATA[lang]!;
      const nounForms = inflect(noun, lang, (x) => x.nounEndings);
      const mods: Record<string, string[]> = { ADJ: [], NAME: [], GEN: [] };
      each(country.adjectives, (a, key) => {
        if (key === lang || key === "*") mods.ADJ!.push(...inflect(a, lang, (x) => x.adjectiveEndings));
      });
      each(country.names, (n, key) => {
        if (key !== lang && key !== "*") return;
        mods.NAME!.push(n);
        mods.GEN!.push(...genitives(n, lang));
      });
      for (const pattern of d.modifierPatterns) {
        const slot = /\b(ADJ|NAME|GEN)\b/.exec(pattern)?.[1];
        if (!slot) continue;
        const at = pattern.indexOf(slot) < pattern.indexOf("NOUN") ? "start" : "end";
        for (const mod of mods[slot]!) {
          const count = formTokens(mod)?.tokens.length ?? 0;
          for (const n of nounForms) {
            const form = pattern.replace(slot, mod).replace("NOUN", n);
            add(form, {
              kind: "combo",
              org,
              office,
              country,
              modifierForm: slot === "ADJ" ? "adjective" : "name",
              modifierAt: at,
              modifierCount: count,
              lang,
            });
          }
        }
      }
    }
  });
}

function payloadFits(p: Payload, text: string, tokens: Token[], first: number, last: number): boolean {
  for (let i = 0; i < p.tokens.length; i++)
    if (!caseAgrees(p.tokens[i]!, tokens[first + i]!.text)) return false;
  if (p.kind === "entity" && p.quoted) {
    const before = text[tokens[first]!.start - 1] ?? "";
    const after = text[tokens[last]!.end] ?? "";
    if (!QUOTES.includes(before) || !before || !QUOTES.includes(after) || !after) return false;
  }
  return true;
}

/** Leftmost-longest matches of the trie over the tokens; a longer form beats its prefix (`Washington Post` over `Washington`). */
export function matchTokens(text: string, tokens: Token[], g: CompiledGazetteer): Candidate[] {
  const out: Candidate[] = [];
  const firstWords = g.root.next.get("");
  if (!firstWords) return out;
  // about a thousand first words against every token: the slot table rules most tokens out unhashed
  const filter = slotsOfKeys(firstWords);
  let i = 0;
  while (i < tokens.length) {
    const lower = tokens[i]!.lower;
    if (!filter.mayHave(lower)) {
      i++;
      continue;
    }
    let node = firstWords.get(lower);
    let best: Candidate | null = null;
    let j = i;
    while (node) {
      if (node.payloads.length) {
        const fits = node.payloads.filter((p) => payloadFits(p, text, tokens, i, j));
        if (fits.length) {
          best = { first: i, last: j, start: tokens[i]!.start, end: tokens[j]!.end, payloads: fits };
        }
      }
      const nextTok = tokens[j + 1];
      if (!nextTok || node.next.size === 0) break;
      const gap = gapClass(text.slice(tokens[j]!.end, nextTok.start));
      if (gap === null) break;
      node = childOf(node, gap, nextTok.lower);
      j++;
    }
    if (best) {
      out.push(best);
      i = best.last + 1;
    } else i++;
  }
  return out;
}
