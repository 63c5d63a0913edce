/**
 * @module Item nouns (`data/lexicon/items.json`): which noun a figure counts, and so which item a claim is
 * about. `1 500 nordkoreanische Spezialkräfte` → soldier; `13 000 Containern` → container; `drei Szenarien`
 * → nothing, so no claim.
 */
import type { Mention, NumberAnnotation } from "../../core/annotations.js";
import type { Lang } from "../../core/document.js";
import type { ClaimItem, ClaimKind } from "../../core/records.js";
import type { Span } from "../../core/span.js";
import type { Cues } from "./cues.js";
import { LongestMatch, lexiconLangs, readLexicon, type WordMatcher, wordMatcher } from "./lexicon.js";
import type { SentenceView } from "./sentence-view.js";
import { type Token, tokenAt } from "./tokens.js";

interface ItemsFile {
  endings: Record<"de" | "en", string[]>;
  items: {
    item: ClaimItem;
    kind?: ClaimKind;
    of?: boolean;
    refers?: ClaimItem[];
    de: string[];
    en: string[];
  }[];
  context: {
    when: ClaimItem;
    hint?: ClaimKind;
    scope?: "clause" | "before";
    item: ClaimItem;
    de: string[];
    en: string[];
  }[];
}

interface ItemForm {
  matcher: WordMatcher;
  item: ClaimItem;
  kind: ClaimKind | null;
  /** counts what a partitive phrase after it names: `rounds of ammunition` */
  of: boolean;
  /** a general word that may refer back to these items: `Geschosse` for missiles said before */
  refers: ClaimItem[];
}

interface ContextRule {
  when: ClaimItem;
  hint: ClaimKind | null;
  /** `clause`: the figure's whole clause; `before`: the words from the figure to the noun; else around the noun */
  scope: "clause" | "before" | "near";
  item: ClaimItem;
  matchers: WordMatcher[];
}

const file = readLexicon<ItemsFile>("items.json");

function compile(lang: "de" | "en"): { forms: ItemForm[]; context: ContextRule[] } {
  const endings = file.endings[lang];
  return {
    forms: file.items.flatMap((e) =>
      e[lang].map((f) => ({
        matcher: wordMatcher(f, endings),
        item: e.item,
        kind: e.kind ?? null,
        of: e.of ?? false,
        refers: e.refers ?? [],
      })),
    ),
    context: file.context.map((c) => ({
      when: c.when,
      hint: c.hint ?? null,
      scope: c.scope ?? "near",
      item: c.item,
      matchers: c[lang].map((f) => wordMatcher(f, endings)),
    })),
  };
}

const COMPILED = { de: compile("de"), en: compile("en") };
/** Items some context rule may change: `rocket`, `casualty`, … */
const CONTEXT_ITEMS = new Set([...COMPILED.de.context, ...COMPILED.en.context].map((r) => r.when));
/** The item forms indexed: every word of a sentence may be asked about, most name no item. */
const LONGEST = {
  de: new LongestMatch(COMPILED.de.forms.map((f) => ({ matcher: f.matcher, value: f }))),
  en: new LongestMatch(COMPILED.en.forms.map((f) => ({ matcher: f.matcher, value: f }))),
};

export interface ItemMatch {
  item: ClaimItem;
  kind: ClaimKind | null;
  rule: string;
  /** the word counts what a partitive phrase after it names (`rounds of …`) */
  of?: boolean;
  /** a general word that may refer back to these items (`Geschosse` for missiles said before) */
  refers?: ClaimItem[];
}

const ITEM_WORDS = new Map<Lang, Map<string, ItemMatch | null>>();

/** The item a single word names, longest form first: `Artilleriegranaten` → shell (`de.item.~granate`). */
export function matchItemWord(lower: string, lang: Lang): ItemMatch | null {
  // asked for many words of every sentence, by claims and events: each answer is built once and shared
  // (callers copy it before changing anything)
  let memo = ITEM_WORDS.get(lang);
  if (!memo) {
    memo = new Map();
    ITEM_WORDS.set(lang, memo);
  }
  const known = memo.get(lower);
  if (known !== undefined) return known;
  let best: ItemForm | null = null;
  let bestLang = "";
  for (const l of lexiconLangs(lang)) {
    const f = LONGEST[l].get(lower);
    if (f && (!best || f.matcher.length > best.matcher.length)) {
      best = f;
      bestLang = l;
    }
  }
  const match: ItemMatch | null = best && {
    item: best.item,
    kind: best.kind,
    rule: `${bestLang}.item.${best.matcher.source}`,
    ...(best.of ? { of: true } : {}),
    ...(best.refers.length ? { refers: best.refers } : {}),
  };
  if (memo.size > 100_000) memo.clear();
  memo.set(lower, match);
  return match;
}
/**
 * Raketen near `Grad` are artillery rockets, near `ballistisch` missiles; `4700 Tote` in a clause about
 * troops are soldiers: the first context rule that fits.
 */
function applyContext(
  match: ItemMatch,
  near: () => readonly Token[],
  clause: () => readonly Token[],
  lang: Lang,
  noun?: Token,
): ItemMatch {
  // most items have no context rule: the word lists are then not built
  if (!CONTEXT_ITEMS.has(match.item)) return match;
  let nearWords: readonly Token[] | null = null;
  let clauseWords: readonly Token[] | null = null;
  for (const l of lexiconLangs(lang)) {
    for (const rule of COMPILED[l].context) {
      if (rule.when !== match.item || (rule.hint && rule.hint !== match.kind)) continue;
      let words: readonly Token[];
      if (rule.scope === "clause") {
        clauseWords ??= clause();
        words = clauseWords;
      } else {
        nearWords ??= near();
        words = rule.scope === "before" ? nearWords.filter((w) => !noun || w.end <= noun.end) : nearWords;
      }
      const hit = rule.matchers.find((m) => words.some((w) => m.test(w.lower)));
      if (hit) return { ...match, item: rule.item, rule: `${match.rule}+${l}.context.${hit.source}` };
    }
  }
  return match;
}

export interface ItemNoun extends ItemMatch {
  token: Token;
  /** country adjectives between the figure and the noun: `1 500 nordkoreanische Spezialkräfte` */
  adjectives: Mention[];
}

/** How many words may stand between a figure and its noun: `600 000 verletzten oder getöteten Soldaten`. */
const MAX_BETWEEN = 4;
const CURRENCY = /^[A-Z]{3}$/;

/**
 * The item noun a figure counts: the first noun after it, skipping modifiers (adjectives, country
 * adjectives, conjunctions) but no punctuation. German: the first capitalised word is the head noun; if it
 * names no item, the figure counts something else (`drei Szenarien`). English: modifiers are skipped until
 * an item noun or a function word.
 */
export function findItemNoun(
  text: string,
  view: SentenceView,
  figure: NumberAnnotation,
  cues: Cues,
  lang: Lang,
  clause: Span,
): ItemNoun | null {
  const { tokens } = view;
  const adjectives: Mention[] = [];
  let prevEnd = figure.end;
  const first = tokenAt(tokens, figure.end);
  for (let i = first; i < tokens.length && i - first <= MAX_BETWEEN; i++) {
    const t = tokens[i]!;
    // quotes may close around the figure: `"several hundred" casualties`
    if (!/^["“”„'’»«]?\s*$/.test(text.slice(prevEnd, t.start))) break;
    prevEnd = t.end;
    const mention = view.mentions.find((m) => m.start <= t.start && t.end <= m.end);
    if (mention) {
      if (mention.form === "adjective" && !adjectives.includes(mention)) adjectives.push(mention);
      if (mention.form === "adjective") continue;
      // a people's plural names its country and the counted noun at once: `13,000 North Koreans`,
      // `8.000 Nordkoreaner` (the gazetteer lists the plural as a name, the item lexicon as a person noun)
      const people = mention.category === "country" ? peopleNoun(tokens, mention, lang) : null;
      if (people) {
        const inClause = () =>
          tokens.filter(
            (w) =>
              w.start >= clause.start &&
              w.end <= clause.end &&
              (w.end <= mention.start || w.start >= mention.end),
          );
        const window = () => tokens.slice(first, Math.min(tokens.length, i + 4));
        const m = applyContext(people, window, inClause, lang);
        return { ...m, token: people.token, adjectives: [...adjectives, mention] };
      }
      break;
    }
    if (cues.conjunctions.has(t.lower)) continue;
    // a calibre between figure and noun: `12 million 152 mm artillery shells`
    if (view.numbers.some((m) => m.type === "measure" && m.start <= t.start && t.end <= m.end)) continue;
    if (i === first && cues.partitives.has(t.lower)) {
      // `8,000 of the roughly 10,000 North Korean soldiers`: the part counts what the whole counts
      // the whole stands right after the partitive, not after a noun of its own (`millions of shells and
      // dozens of missiles`: the shells are what the millions count)
      const whole = view.numbers.find(
        (m) =>
          m.start >= t.end && m.start - t.end <= 30 && !namesItemBetween(tokens, t.end, m.start, cues, lang),
      );
      const noun = whole && findItemNoun(text, view, whole, cues, lang, clause);
      if (noun) return { ...noun, rule: `${noun.rule}+partitive` };
      // `Tausende von Soldaten`, `thousands of workers`
      if (figure.vague) continue;
      break;
    }
    if (/^\p{N}/u.test(t.text)) break;
    const canBeNoun = !cues.nounsCapitalized || t.capital;
    let match = canBeNoun ? matchItemWord(t.lower, lang) : null;
    // `two rounds of talks` counts talks, `rounds of ammunition` ammunition
    if (match?.of) {
      const named = namedAfterPartitive(text, tokens, i, cues, lang);
      if (named === undefined) {
        // no partitive after it: the word itself
      } else if (named) match = { ...named, rule: `${match.rule}+of` };
      else return null;
    }
    if (match) {
      const window = () => tokens.slice(first, Math.min(tokens.length, i + 4));
      const inClause = () => tokens.filter((w) => w !== t && w.start >= clause.start && w.end <= clause.end);
      return { ...applyContext(match, window, inClause, lang, t), token: t, adjectives };
    }
    if (cues.nounsCapitalized && t.capital) break;
    if (cues.nounStops.has(t.lower)) break;
  }
  if (figure.unit && CURRENCY.test(figure.unit)) {
    const t = tokens[Math.max(0, first - 1)]!;
    return { item: "money", kind: null, rule: `claim.item.currency.${figure.unit}`, token: t, adjectives };
  }
  return null;
}

/**
 * The item named after a partitive right behind `tokens[i]` (`rounds of artillery ammunition` → shell):
 * `undefined` when no partitive follows, null when what follows names no item (`rounds of talks`).
 */
function namedAfterPartitive(
  text: string,
  tokens: readonly Token[],
  i: number,
  cues: Cues,
  lang: Lang,
): ItemMatch | null | undefined {
  const p = tokens[i + 1];
  if (!p || !cues.partitives.has(p.lower) || !/^\s+$/.test(text.slice(tokens[i]!.end, p.start)))
    return undefined;
  // the head is the last item word of the phrase (`artillery and rocket ammunition` → ammunition), up to
  // a conjunction after one (`ammunition and missiles`)
  let head: ItemMatch | null = null;
  for (let k = i + 2; k < tokens.length && k <= i + 2 + MAX_BETWEEN; k++) {
    const t = tokens[k]!;
    if (!/^\s+$/.test(text.slice(tokens[k - 1]!.end, t.start)) || /^\p{N}/u.test(t.text)) break;
    if (head && cues.conjunctions.has(t.lower)) break;
    if (cues.nounsCapitalized && !t.capital) continue;
    const m = matchItemWord(t.lower, lang);
    if (m && !m.of) head = m;
    if (cues.nounStops.has(t.lower) || cues.nounsCapitalized) break;
  }
  return head;
}

/** Does a word between two offsets name an item (`shells` in `millions of shells and dozens of …`)? */
function namesItemBetween(
  tokens: readonly Token[],
  from: number,
  to: number,
  cues: Cues,
  lang: Lang,
): boolean {
  for (let i = tokenAt(tokens, from); i < tokens.length && tokens[i]!.end <= to; i++) {
    const t = tokens[i]!;
    if ((!cues.nounsCapitalized || t.capital) && matchItemWord(t.lower, lang)) return true;
  }
  return false;
}

/** The item noun a country mention ends in, if its last word is one (`North Koreans` → person). */
function peopleNoun(
  tokens: readonly Token[],
  mention: Mention,
  lang: Lang,
): (ItemMatch & { token: Token }) | null {
  const last = tokens[tokenAt(tokens, mention.end) - 1];
  if (!last || last.end !== mention.end) return null;
  const match = matchItemWord(last.lower, lang);
  return match && match.item === "person" ? { ...match, token: last } : null;
}

/** How far before its link word a figure noun may stand: `die Zahl der getöteten Soldaten auf`. */
const FIGURE_NOUN_REACH = 6;

/**
 * A figure joined to a figure noun before it (`put the figure at 11,000`, `die Zahl der Soldaten auf
 * 12.000`): the item its `of` phrase names, `"other"` when that phrase names no item (`die Zahl der
 * Mitgliedstaaten auf 30`: no claim), `"bare"` without such a phrase (the figure then stands for one said
 * before); null when no figure noun leads to the figure.
 */
export function figureNounBefore(
  text: string,
  view: SentenceView,
  figure: NumberAnnotation,
  cues: Cues,
  lang: Lang,
): ItemMatch | "bare" | "other" | null {
  const { tokens } = view;
  const at = tokenAt(tokens, figure.start) - 1;
  const link = tokens[at];
  if (!link || !cues.figureLinks.has(link.lower) || !/^\s+$/.test(text.slice(link.end, figure.start)))
    return null;
  for (let j = at - 1; j >= 0 && at - j <= FIGURE_NOUN_REACH; j--) {
    const t = tokens[j]!;
    if (/[,;:()–—]/.test(text.slice(t.end, tokens[j + 1]!.start))) return null;
    if (!cues.figureNouns.has(t.lower) || (cues.nounsCapitalized && !t.capital)) continue;
    const of = tokens[j + 1];
    if (of && j + 1 < at && cues.partitives.has(of.lower)) {
      for (let k = at - 1; k > j + 1; k--) {
        const w = tokens[k]!;
        if (cues.nounsCapitalized && !w.capital) continue;
        const m = matchItemWord(w.lower, lang);
        if (m) return { ...m, rule: `${m.rule}+figure-noun` };
      }
      // `raised the number of member states to 30`: it counts something that is no item
      return "other";
    }
    return "bare";
  }
  return null;
}

/**
 * A part of a set said before: `zwei der Geschosse`, `two of the missiles` (a partitive, then the noun
 * with at most an article or adjectives before it, and no number of its own).
 */
export function partOfNamed(
  text: string,
  view: SentenceView,
  figure: NumberAnnotation,
  cues: Cues,
  lang: Lang,
): (ItemMatch & { token: Token }) | null {
  const { tokens } = view;
  const first = tokenAt(tokens, figure.end);
  const p = tokens[first];
  if (!p || !cues.partitives.has(p.lower) || !/^\s+$/.test(text.slice(figure.end, p.start))) return null;
  for (let i = first + 1; i < tokens.length && i - first <= 3; i++) {
    const t = tokens[i]!;
    if (!/^\s+$/.test(text.slice(tokens[i - 1]!.end, t.start)) || /^\p{N}/u.test(t.text)) return null;
    if (cues.nounPhrase.has(t.lower)) continue;
    const canBeNoun = !cues.nounsCapitalized || t.capital;
    const m = canBeNoun ? matchItemWord(t.lower, lang) : null;
    if (m) return { ...m, rule: `${m.rule}+part`, token: t };
    if (cues.nounsCapitalized && t.capital) return null;
    if (cues.nounStops.has(t.lower)) return null;
  }
  return null;
}

/**
 * A figure that stands for a noun said before: `Weitere 2.700 seien verwundet worden`, `around 1,000
 * others wounded`, `Nearly 8,000 of them`, `bis Dezember könnten es 10.000 werden`. German: no noun
 * follows before the clause goes on; English: an ellipsis word next to the figure.
 */
export function isElliptic(text: string, view: SentenceView, figure: NumberAnnotation, cues: Cues): boolean {
  const { tokens } = view;
  const first = tokenAt(tokens, figure.end);
  const prev = tokens[tokenAt(tokens, figure.start) - 1];
  const next = tokens[first];
  const nextGap = next ? text.slice(figure.end, next.start) : "";
  if (prev && cues.ellipsis.has(prev.lower)) return true;
  if (next && /^\s*$/.test(nextGap)) {
    if (cues.ellipsis.has(next.lower)) return true;
    const after = tokens[first + 1];
    if (cues.partitives.has(next.lower) && after && cues.ellipsis.has(after.lower)) return true;
  }
  if (!cues.nounsCapitalized) return false;
  let edge = figure.end;
  for (let i = first; i < tokens.length && i - first < 4; i++) {
    const t = tokens[i]!;
    if (!/^\s*$/.test(text.slice(edge, t.start))) return true;
    if (
      t.capital ||
      /^\p{N}/u.test(t.text) ||
      view.mentions.some((m) => m.start <= t.start && t.end <= m.end)
    )
      return false;
    edge = t.end;
  }
  return first >= tokens.length || /^\s*[.,;:!?]/.test(text.slice(edge));
}

/** Item nouns in a token range, for transfers stated without a figure (`Nordkorea liefert Artilleriemunition`). */
export function itemNounsIn(
  tokens: readonly Token[],
  cues: Cues,
  lang: Lang,
): (ItemMatch & { token: Token })[] {
  const out: (ItemMatch & { token: Token })[] = [];
  for (const t of tokens) {
    if (cues.nounsCapitalized && !t.capital) continue;
    const m = matchItemWord(t.lower, lang);
    if (m) out.push({ ...m, token: t });
  }
  return out;
}
