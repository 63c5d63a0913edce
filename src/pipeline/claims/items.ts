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
  items: { item: ClaimItem; kind?: ClaimKind; de: string[]; en: string[] }[];
  context: {
    when: ClaimItem;
    hint?: ClaimKind;
    scope?: "clause";
    item: ClaimItem;
    de: string[];
    en: string[];
  }[];
}

interface ItemForm {
  matcher: WordMatcher;
  item: ClaimItem;
  kind: ClaimKind | null;
}

interface ContextRule {
  when: ClaimItem;
  hint: ClaimKind | null;
  /** `clause`: look at the figure's whole clause, not only the words around the noun */
  clause: boolean;
  item: ClaimItem;
  matchers: WordMatcher[];
}

const file = readLexicon<ItemsFile>("items.json");

function compile(lang: "de" | "en"): { forms: ItemForm[]; context: ContextRule[] } {
  const endings = file.endings[lang];
  return {
    forms: file.items.flatMap((e) =>
      e[lang].map((f) => ({ matcher: wordMatcher(f, endings), item: e.item, kind: e.kind ?? null })),
    ),
    context: file.context.map((c) => ({
      when: c.when,
      hint: c.hint ?? null,
      clause: c.scope === "clause",
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
}

/** The item a single word names, longest form first: `Artilleriegranaten` → shell (`de.item.~granate`). */
export function matchItemWord(lower: string, lang: Lang): ItemMatch | null {
  let best: ItemForm | null = null;
  let bestLang = "";
  for (const l of lexiconLangs(lang)) {
    const f = LONGEST[l].get(lower);
    if (f && (!best || f.matcher.length > best.matcher.length)) {
      best = f;
      bestLang = l;
    }
  }
  return best && { item: best.item, kind: best.kind, rule: `${bestLang}.item.${best.matcher.source}` };
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
): ItemMatch {
  // most items have no context rule: the word lists are then not built
  if (!CONTEXT_ITEMS.has(match.item)) return match;
  let nearWords: readonly Token[] | null = null;
  let clauseWords: readonly Token[] | null = null;
  for (const l of lexiconLangs(lang)) {
    for (const rule of COMPILED[l].context) {
      if (rule.when !== match.item || (rule.hint && rule.hint !== match.kind)) continue;
      if (rule.clause) clauseWords ??= clause();
      else nearWords ??= near();
      const words = (rule.clause ? clauseWords : nearWords)!;
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
      const whole = view.numbers.find((m) => m.start >= t.end && m.start - t.end <= 30);
      const noun = whole && findItemNoun(text, view, whole, cues, lang, clause);
      if (noun) return { ...noun, rule: `${noun.rule}+partitive` };
      // `Tausende von Soldaten`, `thousands of workers`
      if (figure.vague) continue;
      break;
    }
    if (/^\p{N}/u.test(t.text)) break;
    const canBeNoun = !cues.nounsCapitalized || t.capital;
    const match = canBeNoun ? matchItemWord(t.lower, lang) : null;
    if (match) {
      const window = () => tokens.slice(first, Math.min(tokens.length, i + 4));
      const inClause = () => tokens.filter((w) => w !== t && w.start >= clause.start && w.end <= clause.end);
      // written out, not spread: one per figure (a match has exactly these three fields)
      const m = applyContext(match, window, inClause, lang);
      return { item: m.item, kind: m.kind, rule: m.rule, token: t, adjectives };
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
