/**
 * @module Per-sentence views of the annotation layers, built in one sweep, with the sentence's words and
 * clauses — what the claim and event rules look at. Clauses split at `;`, `:`, dashes, brackets and at a
 * comma before a clause opener (`…, dass …`), not at an enumeration comma (`Munition, panzerbrechenden Waffen`).
 */
import type {
  Attribution,
  Hedge,
  Mention,
  NumberAnnotation,
  Sentence,
  TimeAnnotation,
} from "../../core/annotations.js";
import type { Annotated } from "../../core/pipeline.js";
import type { Span } from "../../core/span.js";
import type { Cues } from "./cues.js";
import { type Token, tokenize } from "./tokens.js";

export interface SentenceView {
  index: number;
  sentence: Sentence;
  tokens: Token[];
  clauses: Span[];
  numbers: NumberAnnotation[];
  times: TimeAnnotation[];
  mentions: Mention[];
  /** attributions whose scope is (or overlaps) this sentence, carried ones included */
  attributions: Attribution[];
  hedges: Hedge[];
  /** the document text between two offsets */
  textOf(start: number, end: number): string;
}

/** Characters that may end a clause: `;`, `:`, brackets, dashes, and a comma (kept only before a clause opener). */
const CLAUSE_BREAK = new Uint8Array(0x2015);
for (const c of ";:()[]–—,") CLAUSE_BREAK[c.charCodeAt(0)] = 1;

const SPACE = /\s/;

/** Does a comma, then only spaces, stand right before `at` (not before `from`)? `…, dass` → true. */
function commaBefore(text: string, from: number, at: number): boolean {
  let i = at - 1;
  while (i >= from && SPACE.test(text[i]!)) i--;
  return i >= from && text.charCodeAt(i) === 0x2c;
}

function splitClauses(text: string, sentence: Span, tokens: readonly Token[], cues: Cues): Span[] {
  const cuts: number[] = [];
  // a break character is never part of a word: only the gaps between the tokens are read
  let from = sentence.start;
  for (let k = 0; k <= tokens.length; k++) {
    const next = tokens[k];
    const to = next ? next.start : sentence.end;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x2015 || !CLAUSE_BREAK[c]) continue;
      if (c !== 0x2c || (next && cues.clauseOpeners.has(next.lower))) cuts.push(i);
    }
    if (next) from = next.end;
  }
  // `said on Monday that 11,000 troops …`: reported speech opens a clause even without a comma
  for (const tok of tokens) {
    if (
      !tok.initial &&
      cues.complementizers.has(tok.lower) &&
      !commaBefore(text, sentence.start, tok.start)
    ) {
      cuts.push(tok.start - 1);
    }
  }
  cuts.sort((a, b) => a - b);
  const clauses: Span[] = [];
  let start = sentence.start;
  for (const cut of cuts) {
    if (cut > start) clauses.push({ start, end: cut });
    start = Math.max(start, cut + 1);
  }
  if (start < sentence.end) clauses.push({ start, end: sentence.end });
  return clauses.length ? clauses : [{ start: sentence.start, end: sentence.end }];
}

/** `xs` ordered by start, then end; the layers usually come sorted already, and are then not copied. */
function byStart<T extends Span>(xs: readonly T[]): readonly T[] {
  for (let i = 1; i < xs.length; i++) {
    const a = xs[i - 1]!;
    const b = xs[i]!;
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) {
      return [...xs].sort((x, y) => x.start - y.start || x.end - y.end);
    }
  }
  return xs;
}

/** Sentences of the layer, or, when a document has none, its blank-line paragraphs. */
function sentencesOf(annotated: Annotated): readonly Sentence[] {
  if (annotated.layers.sentences.length) return byStart(annotated.layers.sentences);
  const out: Sentence[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  let p = 0;
  for (let m = re.exec(annotated.doc.text); m; m = re.exec(annotated.doc.text)) {
    out.push({ start: m.index, end: m.index + m[0].length, paragraph: p++ });
  }
  return out;
}

/** Puts each span into the sentence that holds its start. */
function bucket<T extends Span>(sentences: readonly Sentence[], xs: readonly T[]): T[][] {
  const out: T[][] = sentences.map(() => []);
  let s = 0;
  for (const x of byStart(xs)) {
    while (s < sentences.length && sentences[s]!.end <= x.start) s++;
    if (s === sentences.length) break;
    if (sentences[s]!.start <= x.start) out[s]!.push(x);
  }
  return out;
}

export function sentenceViews(annotated: Annotated, cues: Cues): SentenceView[] {
  const { text } = annotated.doc;
  const { layers } = annotated;
  const sentences = sentencesOf(annotated);
  const numbers = bucket(sentences, layers.numbers);
  const times = bucket(sentences, layers.times);
  const mentions = bucket(sentences, layers.mentions);
  const hedges = bucket(sentences, layers.hedges);
  const attributions: Attribution[][] = sentences.map(() => []);
  for (const a of layers.attributions) {
    // the scope is one sentence (or a few): find the first it touches, walk on while it overlaps
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.end <= a.scope.start) lo = mid + 1;
      else hi = mid;
    }
    for (let s = lo; s < sentences.length && sentences[s]!.start < a.scope.end; s++) attributions[s]!.push(a);
  }
  return sentences.map((sentence, index) => {
    const tokens = tokenize(text, sentence);
    return {
      index,
      sentence,
      tokens,
      clauses: splitClauses(text, sentence, tokens, cues),
      numbers: numbers[index]!,
      times: times[index]!,
      mentions: mentions[index]!,
      attributions: attributions[index]!,
      hedges: hedges[index]!,
      textOf: (start: number, end: number) => text.slice(start, end),
    };
  });
}

/** The clause of `view` holding `offset`. */
export function clauseAt(view: SentenceView, offset: number): Span {
  return (
    view.clauses.find((c) => c.start <= offset && offset < c.end) ?? view.clauses[view.clauses.length - 1]!
  );
}
