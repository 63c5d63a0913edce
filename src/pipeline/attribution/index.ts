/**
 * @module Attribution: who a statement comes from. Cue words per language (`laut X`, `X zufolge`,
 * `wie X berichtet`, `X sagte`, `according to X`) locate a source phrase; the entity mentions in it give
 * the claimant (`{country, org, person}`), kept apart from an outlet that carried it (the publisher).
 * `Der Meldung zufolge`, `demnach` refer back to the last report; a sentence in reported speech
 * (`soll`, `habe`, `seien`) or continuing the previous one's topic (`diese Raketen`) inherits its source.
 */
import type { Attribution, Mention, Sentence, SourceRef } from "../../core/annotations.js";
import type { Lang } from "../../core/document.js";
import type { Component } from "../../core/pipeline.js";
import type { Span } from "../../core/span.js";
import { attribution as deCues } from "../../lang/de/attribution.js";
import { attribution as enCues } from "../../lang/en/attribution.js";
import { type CompiledGazetteer, endsWithPersonCue, getGazetteer } from "../entities/index.js";
import { type Token, tokenize } from "../entities/tokens.js";
import { WordSet } from "../entities/word-set.js";
import type { AttributionCues } from "./cues.js";

export type { AttributionCues } from "./cues.js";

type CueIndex = Map<string, string[][]>;

interface CompiledCues {
  lang: string;
  cues: AttributionCues;
  /** first word → the cues' words, longest first */
  sourceAfter: CueIndex;
  sourceAfterComma: CueIndex;
  sourceLater: CueIndex;
  complementizers: Set<string>;
  pronounPerson: Set<string>;
  pronounGroup: Set<string>;
  pronounAny: Set<string>;
  sourceBefore: CueIndex;
  asOpeners: Set<string>;
  speechVerbs: CueIndex;
  reportNouns: Set<string>;
  carryAdverbs: Set<string>;
  reportedSpeech: Set<string>;
  reportedSpeechWeak: Set<string>;
  anaphors: Set<string>;
  articles: Set<string>;
  determiners: Set<string>;
  joiners: Set<string>;
  titles: Set<string>;
  finiteVerbs: Set<string>;
  finiteVerbSuffixes: readonly string[];
  passiveAuxiliaries: Set<string>;
  /** description nouns (`general`, `Ministerium`) → what they stand for */
  describers: Map<string, "person" | "organization">;
  /** definite articles that open a description (`the`, `der`): `a spokesman` names nobody known */
  definite: Set<string>;
  prepositions: Set<string>;
  commissive: Set<string>;
  subjectGap: Set<string>;
  adverbEndings: readonly string[];
  /** every word that can start a cue `direct` looks for: a token not in it is skipped with one look-up */
  starters: WordSet;
}

function compileCues(lang: string, cues: AttributionCues): CompiledCues {
  const words = (list: readonly string[]): CueIndex => {
    const index: CueIndex = new Map();
    for (const c of list) {
      const w = c.toLowerCase().split(/\s+/);
      index.set(
        w[0]!,
        [...(index.get(w[0]!) ?? []), w].sort((a, b) => b.length - a.length),
      );
    }
    return index;
  };
  const set = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));
  const sourceAfter = words(cues.sourceAfter);
  const sourceAfterComma = words(cues.sourceAfterComma);
  const sourceLater = words(cues.sourceLater);
  const sourceBefore = words(cues.sourceBefore);
  const asOpeners = set(cues.asOpeners);
  const speechVerbs = words([...cues.speechVerbs, ...(cues.commissiveVerbs ?? [])]);
  const carryAdverbs = set(cues.carryAdverbs);
  const starters = new WordSet([
    ...[sourceAfter, sourceAfterComma, sourceLater, sourceBefore, speechVerbs].flatMap((m) => [...m.keys()]),
    ...asOpeners,
    ...carryAdverbs,
  ]);
  return {
    lang,
    cues,
    sourceAfter,
    sourceAfterComma,
    sourceLater,
    complementizers: set(cues.complementizers ?? []),
    pronounPerson: set(cues.pronouns.person),
    pronounGroup: set(cues.pronouns.group),
    pronounAny: set(cues.pronouns.any),
    sourceBefore,
    asOpeners,
    speechVerbs,
    reportNouns: set(cues.reportNouns),
    carryAdverbs,
    reportedSpeech: set(cues.reportedSpeech),
    reportedSpeechWeak: set(cues.reportedSpeechWeak),
    anaphors: set(cues.anaphors),
    articles: set(cues.articles),
    determiners: set(cues.determiners),
    joiners: set(cues.joiners),
    titles: set(cues.titles ?? []),
    finiteVerbs: set(cues.finiteVerbs ?? []),
    finiteVerbSuffixes: cues.finiteVerbSuffixes ?? [],
    passiveAuxiliaries: set(cues.passiveAuxiliaries),
    prepositions: set(cues.prepositions ?? []),
    commissive: set(cues.commissiveVerbs ?? []),
    definite: set(cues.describers?.definite ?? []),
    describers: new Map([
      ...(cues.describers?.person ?? []).map((w) => [w.toLowerCase(), "person"] as const),
      ...(cues.describers?.organization ?? []).map((w) => [w.toLowerCase(), "organization"] as const),
    ]),
    subjectGap: set(cues.subjectGap ?? []),
    adverbEndings: cues.adverbEndings ?? [],
    starters,
  };
}

const CUES: Record<string, CompiledCues> = { de: compileCues("de", deCues), en: compileCues("en", enCues) };

function cuesFor(lang: Lang): CompiledCues[] {
  if (lang === "de" || lang === "en") return [CUES[lang]!];
  return [CUES.de!, CUES.en!];
}

/** Gap punctuation that ends a clause: a source phrase never reaches across it. */
const CLAUSE_BREAK = /[,;:()–—!?.]/;

interface Group {
  first: number;
  last: number;
  mentions: Mention[];
  /** a source resolved from earlier text (`it said` → the last speaker), in place of the mentions' */
  source?: SourceRef;
}

interface Found {
  span: Span;
  rule: string;
  source: SourceRef | null;
  publisher: string | null;
  /** refers back to the last report (`Der Meldung zufolge`) */
  carry: boolean;
  /** the source was resolved from earlier text (`it said` → the last speaker) */
  resolved?: boolean;
}

export interface AttributionOptions {
  lang?: Lang;
  gazetteer?: CompiledGazetteer;
}

export function findAttributions(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  opts: AttributionOptions = {},
): Attribution[] {
  return new AttributionFinder(text, sentences, mentions, opts).run();
}

class AttributionFinder {
  private readonly tokens: Token[];
  /** the outermost mention covering each token */
  private readonly mentionAt: (Mention | undefined)[];
  private readonly langs: CompiledCues[];
  private readonly g: CompiledGazetteer;
  /** per token: bit 1 = the gap after it is whitespace only (`^\s+$`), bit 2 = it ends in a comma (`,\s*$`) */
  private readonly gapFlags: Uint8Array;

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Sentence[],
    private readonly mentions: readonly Mention[],
    opts: AttributionOptions,
  ) {
    this.tokens = tokenize(text);
    this.langs = cuesFor(opts.lang ?? "de");
    this.g = opts.gazetteer ?? getGazetteer();
    this.mentionAt = new Array(this.tokens.length);
    const outer = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
    let t = 0;
    for (const m of outer) {
      while (t < this.tokens.length && this.tokens[t]!.end <= m.start) t++;
      for (let k = t; k < this.tokens.length && this.tokens[k]!.start < m.end; k++) {
        if (this.tokens[k]!.start >= m.start && !this.mentionAt[k]) this.mentionAt[k] = m;
      }
    }
    // the gap tests of every token once, without slicing the gap (`sagte, Putin`: comma gap after `sagte`)
    this.gapFlags = new Uint8Array(this.tokens.length);
    for (let i = 0; i < this.tokens.length; i++) {
      const from = this.tokens[i]!.end;
      const to = i + 1 < this.tokens.length ? this.tokens[i + 1]!.start : text.length;
      let k = to - 1;
      while (k >= from && isSpace(text.charCodeAt(k))) k--;
      this.gapFlags[i] = (to > from && k < from ? 1 : 0) | (k >= from && text.charCodeAt(k) === 44 ? 2 : 0);
    }
  }

  /** The gap after token i is whitespace only: `/^\s+$/.test(this.gap(i))`. */
  private spaceAfter(i: number): boolean {
    return i >= 0 && i < this.gapFlags.length && (this.gapFlags[i]! & 1) === 1;
  }

  run(): Attribution[] {
    const out: Attribution[] = [];
    let lastReport: { attr: Attribution; paragraph: number } | null = null;
    let prev: { attrs: Attribution[]; sentence: Sentence } | null = null;
    let t = 0;
    this.sentenceIndex = -1;
    for (const s of this.sentences) {
      this.sentenceIndex++;
      while (t < this.tokens.length && this.tokens[t]!.start < s.start) t++;
      let e = t;
      while (e < this.tokens.length && this.tokens[e]!.end <= s.end) e++;
      const scope: Span = { start: s.start, end: s.end };
      const mine: Attribution[] = [];
      for (const c of this.langs) {
        const found = this.direct(t, e, c);
        const publisher = found.find((f) => f.publisher)?.publisher ?? null;
        const claimed = found.filter((f) => f.source);
        for (const f of claimed) {
          mine.push({
            start: f.span.start,
            end: f.span.end,
            rule: f.rule,
            scope,
            source: f.source!,
            publisher: f.publisher ?? publisher,
            carried: f.resolved ?? false,
          });
        }
        const carry = found.find((f) => f.carry);
        if (!claimed.length && carry && lastReport && s.paragraph - lastReport.paragraph <= 1) {
          const r = lastReport.attr;
          mine.push({
            start: carry.span.start,
            end: carry.span.end,
            rule: carry.rule,
            scope,
            source: r.source,
            publisher: publisher ?? r.publisher,
            carried: true,
          });
        } else if (!claimed.length && publisher) {
          // only an outlet is named (`laut Reuters`): it is the claimant too
          const f = found.find((x) => x.publisher)!;
          mine.push({
            start: f.span.start,
            end: f.span.end,
            rule: f.rule,
            scope,
            // `Nach einem Bericht des "Wall Street Journal"`: the outlet speaks for its country's press
            source: { country: this.outletCountry(publisher, scope), org: publisher, person: null },
            publisher,
            carried: false,
          });
        }
        const sameParagraph = prev?.sentence.paragraph === s.paragraph;
        const nextParagraph = prev?.sentence.paragraph === s.paragraph - 1;
        if (!mine.length && prev && prev.attrs.length && (sameParagraph || nextParagraph)) {
          const inherit = this.continuation(t, e, c, prev.sentence, sameParagraph);
          if (inherit) {
            const r = prev.attrs[0]!;
            mine.push({
              start: inherit.span.start,
              end: inherit.span.end,
              rule: inherit.rule,
              scope,
              source: r.source,
              publisher: r.publisher,
              carried: true,
            });
          }
        }
        if (mine.length) break;
      }
      for (const m of mine) this.remember(m);
      const named = mine.find((m) => !m.carried && (m.source.person || m.source.org || m.source.country));
      if (named) this.lastSpeaker = { source: named.source, sentence: this.sentenceIndex };
      out.push(...mine);
      const report = mine.find((a) => a.source.country || a.source.org || a.source.person);
      if (report) lastReport = { attr: report, paragraph: s.paragraph };
      prev = { attrs: mine, sentence: s };
    }
    return out;
  }

  /** The country of an outlet named in the span: `NHK` → JP. */
  private outletCountry(name: string, scope: Span): string | null {
    const m = this.mentions.find((x) => x.name === name && x.start >= scope.start && x.end <= scope.end);
    return m?.country ?? null;
  }

  private sentenceIndex = -1;
  /** the source named by the latest attribution that named one, and its sentence's index */
  private lastSpeaker: { source: SourceRef; sentence: number } | null = null;

  /** The fullest source seen for each person: `Brunson said` after `Gen. Xavier Brunson, commander of USFK, told`. */
  private readonly speakers = new Map<string, SourceRef>();

  /** A person named again as a speaker keeps the institution and country stated with them before. */
  private remember(a: Attribution): void {
    const person = a.source.person;
    if (!person) return;
    const known = this.speakers.get(person);
    if (known && (!a.source.org || known.org === a.source.org)) {
      // in the record's field order (country, org, person), as every other source is built
      a.source = {
        country: a.source.country ?? known.country,
        org: a.source.org ?? known.org,
        person,
      };
    }
    const now = a.source;
    if (!known || (now.org && !known.org) || (now.country && !known.country)) this.speakers.set(person, now);
  }

  /** Cues inside the sentence's tokens [a, b). */
  private direct(a: number, b: number, c: CompiledCues): Found[] {
    const found: Found[] = [];
    const usedVerbs = new Set<number>();
    for (let i = a; i < b; i++) {
      if (this.mentionAt[i]) continue;
      const lower = this.tokens[i]!.lower;
      if (!c.starters.has(lower)) continue;
      let end = this.matchWords(i, b, c.sourceAfter);
      if (end < 0 && i > a && (this.gapFlags[i - 1]! & 2) === 2)
        end = this.matchWords(i, b, c.sourceAfterComma);
      if (end >= 0) {
        // `nach südkoreanischen Angaben`, `nach NIS-Angaben`: the mention inside the cue is the source
        const inside = this.mentionsBetween(i + 1, end);
        const group = inside ?? this.forward(end + 1, b, 4, (k) => this.leadAny(k, c));
        found.push(this.make(i, end, group, `${c.lang}.attribution.source-after`, c, null, b));
        i = group ? group.last : end;
        continue;
      }
      end = this.matchWords(i, b, c.sourceLater);
      if (end >= 0) {
        // `hieß es in einem am Donnerstag veröffentlichten Bericht des Generalstabs`
        const group = this.forward(
          end + 1,
          b,
          8,
          (k) => !/^\p{N}/u.test(this.tokens[k]!.text) && !c.complementizers.has(this.tokens[k]!.lower),
        );
        if (group) {
          found.push(this.make(i, end, group, `${c.lang}.attribution.source-later`, c));
          i = group.last;
          continue;
        }
      }
      end = this.matchWords(i, b, c.sourceBefore);
      if (end >= 0) {
        const group = this.backward(i - 1, a, 3, (k) => this.leadAny(k, c));
        found.push(this.make(i, end, group, `${c.lang}.attribution.source-before`, c, a));
        i = end;
        continue;
      }
      if (c.asOpeners.has(lower)) {
        for (let v = i + 1; v < Math.min(b, i + 8); v++) {
          if (this.breakAfter(v - 1)) break;
          const vEnd = this.matchWords(v, b, c.speechVerbs);
          if (vEnd < 0) continue;
          const group = this.forward(i + 1, v, 3, (k) => this.leadAny(k, c));
          if (group) {
            found.push(this.make(i, vEnd, group, `${c.lang}.attribution.as-verb`, c));
            for (let k = v; k <= vEnd; k++) usedVerbs.add(k);
          }
          break;
        }
        continue;
      }
      if (c.carryAdverbs.has(lower)) {
        found.push({
          span: this.spanOf(i, i),
          rule: `${c.lang}.attribution.carry`,
          source: null,
          publisher: null,
          carry: true,
        });
        continue;
      }
      if (usedVerbs.has(i)) continue;
      const vEnd = this.matchWords(i, b, c.speechVerbs);
      if (vEnd < 0) continue;
      // the word right before the verb, in the same clause
      const before = i > a && this.spaceAfter(i - 1) ? this.tokens[i - 1]!.lower : "";
      if (
        !c.determiners.has(before) &&
        !c.passiveAuxiliaries.has(before) &&
        !c.cues.coordinators?.includes(before)
      ) {
        const group = this.speaker(i, vEnd, a, b, c);
        // `Nordkorea hatte zugesagt, … zu schicken`: the speaker commits itself and stays a party
        const verb = this.tokens
          .slice(i, vEnd + 1)
          .map((t) => t.lower)
          .join(" ");
        const kind = c.commissive.has(verb) ? "commissive" : "speech-verb";
        if (group) found.push(this.make(i, vEnd, group, `${c.lang}.attribution.${kind}`, c));
        else {
          const subject = this.reportSubject(i, a, c);
          if (subject >= 0)
            found.push({
              span: this.spanOf(subject, vEnd),
              rule: `${c.lang}.attribution.carry`,
              source: null,
              publisher: null,
              carry: true,
            });
        }
        i = vEnd;
      }
    }
    return found;
  }

  /**
   * The subject of a speech verb: right before it (`Der ukrainische Geheimdienst sagte`), else right
   * after it (`erklärten die USA`, `…, sagte Präsident Putin`), else earlier in its clause
   * (`Seit der südkoreanische Geheimdienst vor wenigen Tagen darüber berichtete`).
   */
  private speaker(v0: number, v1: number, a: number, b: number, c: CompiledCues): Group | null {
    const adjacent =
      this.backward(v0 - 1, a, 1, (k) => /^\p{Lu}/u.test(this.tokens[k]!.text)) ??
      // `Shin Won-sik separately told`, `the ministry has also said`: adverbs and auxiliaries between
      this.backward(v0 - 1, a, 2, (k) => this.isSubjectGap(this.tokens[k]!.lower, c));
    // `in Pjöngjang angekündigt`: a name after a preposition is no subject
    if (adjacent && this.canSpeak(adjacent) && !this.afterPreposition(adjacent.first, a, c)) return adjacent;
    const pronoun = this.pronounSubject(v0, v1, a, c);
    if (pronoun) return pronoun;
    const described = this.description(v0, v1, a, b, c);
    if (described) return described;
    // `erklärten die USA`, `…, said a spokesman for the Pentagon`
    const inverted = !c.cues.speakerAfterOnlyAfterComma || v0 === a || /[,"“”„'’]\s*$/.test(this.gap(v0 - 1));
    const after = !inverted
      ? null
      : this.forward(v1 + 1, b, 5, (k) => {
          const t = this.tokens[k]!;
          return (
            c.articles.has(t.lower) ||
            c.joiners.has(t.lower) ||
            endsWithPersonCue(t.lower) ||
            this.g.titleNouns.has(t.lower) ||
            this.isTitle(t.lower)
          );
        });
    if (after && this.canSpeak(after) && !this.finiteAfter(after.last, b, c)) return after;
    return this.clauseSubject(v0, a, c) ?? this.appositive(v0, a);
  }

  /** Does a finite verb follow token `k` (`said North Korea was`: the name is what is said about)? */
  private finiteAfter(k: number, b: number, c: CompiledCues): boolean {
    if (k + 1 >= b || this.breakAfter(k)) return false;
    const next = this.tokens[k + 1]!.lower;
    return (
      c.finiteVerbs.has(next) ||
      c.finiteVerbSuffixes.some((x) => next.length > x.length + 2 && next.endsWith(x))
    );
  }

  /**
   * `the paper said`, `It says`, `The white paper also notes`: a report noun or a group pronoun before the
   * verb with no named source; the sentence continues the last report. Returns the subject's first token.
   */
  private reportSubject(v0: number, a: number, c: CompiledCues): number {
    for (let k = v0 - 1; k >= a && k >= v0 - 3; k--) {
      if (this.breakAfter(k)) return -1;
      const w = this.tokens[k]!.lower;
      if (c.pronounGroup.has(w)) return k;
      if (c.reportNouns.has(w)) return k > a && c.determiners.has(this.tokens[k - 1]!.lower) ? k - 1 : k;
      if (this.mentionAt[k]) return -1;
    }
    return -1;
  }

  /** A person, organisation, country or seat of power can be a source; a region or a weapon cannot. */
  private canSpeak(g: Group): boolean {
    return g.mentions.some(isSpeaker);
  }

  /**
   * `Ukraine's military intelligence agency, known as HUR, said`: the subject's clause ends in an
   * appositive between two commas right before the verb; its mention names the speaker. Only an
   * enclosed segment counts, so `Russland liefere Waffen, sagte er` does not make Russia the speaker.
   */
  private appositive(v0: number, a: number): Group | null {
    if (v0 - 1 < a || !/^\s*,\s*$/.test(this.gap(v0 - 1))) return null;
    let k = v0 - 1;
    while (k >= a && k > v0 - 8 && !this.breakAfter(k - 1)) k--;
    if (k <= a || !/^\s*,\s*$/.test(this.gap(k - 1))) return null;
    const g = this.backward(v0 - 1, k, 6, () => true, true);
    // `Xavier Brunson, commander of U.S. Forces Korea, told`: the person before the appositive speaks for it
    const p = this.mentionAt[k - 1];
    if (g && p?.category === "person" && this.titleWordsFrom(k, g.first)) {
      return this.group(this.mentionStart(k - 1), g.last);
    }
    return g;
  }

  /** Tokens [k, end) are an article, title words and joiners with at least one title: `the commander of`. */
  private titleWordsFrom(k: number, end: number): boolean {
    let titles = 0;
    for (let i = k; i < end; i++) {
      const w = this.tokens[i]!.lower;
      if (this.isTitle(w) || endsWithPersonCue(w) || this.g.titleNouns.has(w)) titles++;
      else if (!this.isJoiner(w) && !this.langs.some((c) => c.articles.has(w))) return false;
    }
    return titles > 0;
  }

  /** The mentions on tokens [first, last], as one group, or null if there are none. */
  private mentionsBetween(first: number, last: number): Group | null {
    let a = -1;
    let b = -1;
    for (let k = first; k <= last; k++) {
      if (!this.mentionAt[k]) continue;
      if (a < 0) a = k;
      b = k;
    }
    return a < 0 ? null : this.group(a, b);
  }

  /**
   * The subject of a verb at the end of its clause (`Der ukrainische Präsident Selenskyj hatte am Samstag
   * … bekanntgegeben`, `Seit der südkoreanische Geheimdienst … darüber berichtete`): the first mention
   * that can speak (a person, organisation, country or seat), from the clause start.
   */
  private clauseSubject(v0: number, a: number, c: CompiledCues): Group | null {
    let k = v0 - 1;
    while (k > a && v0 - k < 24 && !this.breakAfter(k - 1)) k--;
    if (k < a || this.breakAfter(v0 - 1)) return null;
    // `Der Sekretär des Sicherheitsrats, Sergej Schoigu, hatte … angekündigt`: the clause goes on after a
    // name set off by commas; the subject is the title before it with the name
    const named = k > a ? this.titledAppositionBefore(k, a) : null;
    if (named) return named;
    for (let i = k; i < v0; i++) {
      const m = this.mentionAt[i];
      if (!m || !isSpeaker(m) || this.afterPreposition(i, a, c)) continue;
      return this.forward(i, v0, 0, () => false, true);
    }
    return null;
  }

  /**
   * The clause starting at token k follows `<title phrase>, <person>,`: the person with the mentions of the
   * title phrase (`Der Sekretär des russischen Sicherheitsrats, Sergej Schoigu,`), else null.
   */
  private titledAppositionBefore(k: number, a: number): Group | null {
    const p = this.mentionAt[k - 1];
    if (p?.category !== "person" || !/^\s*,\s*$/.test(this.gap(k - 1))) return null;
    const p0 = this.mentionStart(k - 1);
    if (p0 - 1 < a || !/^\s*,\s*$/.test(this.gap(p0 - 1))) return null;
    let s = p0 - 1;
    while (s > a && p0 - s < 10 && !this.breakAfter(s - 1)) s--;
    if (s < a || (s > a && !this.breakAfter(s - 1))) return null;
    const titled = this.tokens.slice(s, p0).some((t) => this.isTitle(t.lower) || endsWithPersonCue(t.lower));
    return titled ? this.group(s, k - 1) : null;
  }

  /**
   * A definite description as the subject of a speech verb: `the general said`, `Der Minister sagte`,
   * `sagte der Minister`, `…, the agency said`, `The 58-year-old general, who took command in May, said`.
   * It stands for the latest mention before it of its kind (a person for a title, an institution for an
   * institution noun), preferring one introduced with the same noun. Returns the group on the description.
   */
  private description(v0: number, v1: number, a: number, b: number, c: CompiledCues): Group | null {
    if (!c.describers.size) return null;
    const candidates: [number, number][] = [];
    // before the verb, directly or before an appositive set off by commas
    const head = v0 - 1;
    if (head >= a && !this.breakAfter(head)) candidates.push(this.descriptionEndingAt(head, a, c));
    else if (head >= a && /^\s*,\s*$/.test(this.gap(head))) {
      let k = head;
      while (k > a && head - k < 10 && !this.breakAfter(k - 1)) k--;
      if (k > a && /^\s*,\s*$/.test(this.gap(k - 1))) candidates.push(this.descriptionEndingAt(k - 1, a, c));
    }
    // after the verb: `sagte der Minister`, `…, said the agency.`
    const inverted = !c.cues.speakerAfterOnlyAfterComma || v0 === a || /[,"“”„'’]\s*$/.test(this.gap(v0 - 1));
    if (inverted && v1 + 1 < b && !this.breakAfter(v1)) candidates.push(this.descriptionFrom(v1 + 1, b, c));
    for (const [first, last] of candidates) {
      if (first < 0) continue;
      const kind = this.describerKind(this.tokens[last]!.lower, c);
      if (!kind) continue;
      const m = this.antecedent(this.tokens[first]!.start, this.tokens[last]!.lower, kind, a);
      if (!m) continue;
      return { first, last, mentions: this.mentions.filter((x) => x.start >= m.start && x.end <= m.end) };
    }
    return null;
  }

  /** A description ending with the noun at token `last`: [first, last], or [-1, -1]. */
  private descriptionEndingAt(last: number, a: number, c: CompiledCues): [number, number] {
    if (this.mentionAt[last]) return [-1, -1];
    for (let k = last - 1; k >= a && last - k <= 5; k--) {
      if (this.breakAfter(k)) return [-1, -1];
      const t = this.tokens[k]!;
      if (c.definite.has(t.lower)) return [k, last];
      if (this.mentionAt[k] || !this.isModifier(t.text, c)) return [-1, -1];
    }
    return [-1, -1];
  }

  /** A description starting with the article at token `first`: [first, last], or [-1, -1]. */
  private descriptionFrom(first: number, b: number, c: CompiledCues): [number, number] {
    if (!c.definite.has(this.tokens[first]!.lower)) return [-1, -1];
    for (let k = first + 1; k < b && k - first <= 5; k++) {
      const t = this.tokens[k]!;
      if (this.mentionAt[k]) return [-1, -1];
      if (this.describerKind(t.lower, c) && (k + 1 >= b || this.breakAfter(k) || !this.mentionAt[k + 1]))
        return [first, k];
      if (this.breakAfter(k) || !this.isModifier(t.text, c)) return [-1, -1];
    }
    return [-1, -1];
  }

  /** A word inside a description before its noun: lower-case or with digits (`58-year-old`, `neue`). */
  private isModifier(word: string, c: CompiledCues): boolean {
    return /^[\p{Ll}\p{N}]/u.test(word) && !c.finiteVerbs.has(word.toLowerCase());
  }

  private describerKind(lower: string, c: CompiledCues): "person" | "organization" | null {
    const k = c.describers.get(lower);
    if (k) return k;
    if (c.cues.describerSuffixes)
      for (const [suffix, kind] of c.describers)
        if (lower.length > suffix.length && lower.endsWith(suffix)) return kind;
    return null;
  }

  /**
   * The mention a description at `pos` stands for: the latest of its kind before it that was introduced
   * with the same noun (`Gen. Xavier Brunson` for `the general`, `Verteidigungsministerium` for `das
   * Ministerium`), anywhere before; else the latest of its kind in this or the previous sentence.
   */
  private antecedent(pos: number, noun: string, kind: "person" | "organization", a: number): Mention | null {
    const limit = this.previousSentenceStart(this.tokens[a]!.start);
    let same: Mention | null = null;
    let near: Mention | null = null;
    for (const m of this.mentions) {
      if (m.start >= pos) break;
      if (m.category !== kind) continue;
      if (kind === "organization" && this.g.data.byId.get(m.entity)?.outlet) continue;
      if (this.introducedAs(m, noun)) same = m;
      if (m.start >= limit) near = m;
    }
    return same ?? near;
  }

  /** Was the mention named with the noun: in its own words, its name, or a word just before it? */
  private introducedAs(m: Mention, noun: string): boolean {
    const stem = noun.length > 5 ? noun.slice(0, -1) : noun;
    if (m.text.toLowerCase().includes(stem) || m.name.toLowerCase().includes(stem)) return true;
    let k = this.tokenIndexAt(m.start) - 1;
    for (let n = 0; n < 3 && k >= 0; n++, k--) {
      const w = this.tokens[k]!.lower;
      // `Gen.` for `general`, `Verteidigungsminister` for `Minister`
      if (w === noun || w.endsWith(noun) || (w.length >= 3 && noun.startsWith(w))) return true;
    }
    return false;
  }

  private tokenIndexAt(start: number): number {
    let lo = 0;
    let hi = this.tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Is the token before i (in the sentence from a) a preposition (`nach einem Besuch in Pjöngjang
   * angekündigt`)? Not in a subject that opens its clause: `Officials in Kyiv say`, `Die Regierung in Kiew`.
   */
  private afterPreposition(i: number, a: number, c: CompiledCues): boolean {
    if (i - 1 < a || this.breakAfter(i - 1) || !c.prepositions.has(this.tokens[i - 1]!.lower)) return false;
    let s = i - 1;
    while (s > a && !this.breakAfter(s - 1)) s--;
    return i - 1 - s > 2;
  }

  /** An adverb or auxiliary between a subject and its speech verb: `separately`, `also`, `has`. */
  private isSubjectGap(lower: string, c: CompiledCues): boolean {
    return (
      c.subjectGap.has(lower) || c.adverbEndings.some((e) => lower.length > e.length + 3 && lower.endsWith(e))
    );
  }

  /**
   * `Er erklärte`, `…, sagte er`, `when it said`: a subject pronoun next to the verb stands for the
   * latest fitting mention before it, in this or the previous sentence (a person for `er`/`he`, an
   * organisation or country for `it`/`they`).
   */
  private pronounSubject(v0: number, v1: number, a: number, c: CompiledCues): Group | null {
    const cand = [v0 - 1, v1 + 1].find((k) => {
      const t = this.tokens[k];
      if (!t || k < a - 1) return false;
      return c.pronounPerson.has(t.lower) || c.pronounGroup.has(t.lower) || c.pronounAny.has(t.lower);
    });
    if (cand === undefined) return null;
    const word = this.tokens[cand]!.lower;
    // `…, it said` a sentence or two after `The NIS estimated …`: the pronoun continues the last speaker
    const last = this.lastSpeaker;
    if (last && this.sentenceIndex - last.sentence <= 2) {
      const { person, org, country } = last.source;
      const fitsLast = c.pronounPerson.has(word)
        ? !!person
        : c.pronounGroup.has(word)
          ? !person && !!(org || country)
          : !!(person || org);
      if (fitsLast) return { first: cand, last: cand, mentions: [], source: last.source };
    }
    const fits = (m: Mention) =>
      c.pronounPerson.has(word)
        ? m.category === "person"
        : c.pronounGroup.has(word)
          ? m.category === "organization" || m.category === "country"
          : m.category === "person" || m.category === "organization";
    const limit = this.previousSentenceStart(this.tokens[a]!.start);
    const pos = this.tokens[cand]!.start;
    let best: Mention | undefined;
    for (const m of this.mentions) {
      if (m.start >= pos) break;
      if (m.start >= limit && fits(m)) best = m;
    }
    if (!best) return null;
    const b = best;
    // the group stands on the pronoun; its mentions are those of the antecedent
    return {
      first: cand,
      last: cand,
      mentions: this.mentions.filter((m) => m.start >= b.start && m.end <= b.end),
    };
  }

  private previousSentenceStart(sentenceStart: number): number {
    let prev = sentenceStart;
    for (const s of this.sentences) {
      if (s.start >= sentenceStart) break;
      prev = s.start;
    }
    return prev;
  }

  /**
   * A sentence without a cue continues the previous one's report: reported speech (`habe`, `seien`,
   * also as the first sentence of the next paragraph; Konjunktiv II and `angeblich` only inside the
   * paragraph), or `diese <noun>` repeating a noun of the previous sentence.
   */
  private continuation(
    a: number,
    b: number,
    c: CompiledCues,
    prev: Sentence,
    sameParagraph: boolean,
  ): { span: Span; rule: string } | null {
    const prevText = this.text.slice(prev.start, prev.end).toLowerCase();
    for (let i = a; i < b; i++) {
      const t = this.tokens[i]!;
      if (c.reportedSpeech.has(t.lower) || (sameParagraph && c.reportedSpeechWeak.has(t.lower))) {
        return { span: { start: t.start, end: t.end }, rule: `${c.lang}.attribution.reported-speech` };
      }
      const next = this.tokens[i + 1];
      if (sameParagraph && c.anaphors.has(t.lower) && next && i + 1 < b && next.text.length >= 4) {
        const stem = next.lower.slice(0, Math.max(4, next.lower.length - 2));
        if (new RegExp(`(?<![\\p{L}])${escapeRegex(stem)}`, "u").test(prevText)) {
          return { span: { start: t.start, end: next.end }, rule: `${c.lang}.attribution.continuation` };
        }
      }
    }
    return null;
  }

  /** `before`: the sentence's first token when the source precedes the cue; `limit`: its end when it follows. */
  private make(
    cueFirst: number,
    cueLast: number,
    group: Group | null,
    rule: string,
    c: CompiledCues,
    before: number | null = null,
    limit = this.tokens.length,
  ): Found {
    const first = group ? Math.min(group.first, cueFirst) : cueFirst;
    const last = group ? Math.max(group.last, cueLast) : cueLast;
    const span = this.spanOf(first, last);
    if (!group) {
      // `Der Meldung zufolge`, `laut dem Bericht`: a report noun next to the cue, no named source
      const from = before !== null ? Math.max(before, cueFirst - 3) : cueFirst + 1;
      const to = before !== null ? cueFirst - 1 : Math.min(limit - 1, cueLast + 3);
      let noun = -1;
      for (let k = from; k <= to; k++) if (c.reportNouns.has(this.tokens[k]!.lower)) noun = k;
      if (noun < 0) return { span, rule, source: null, publisher: null, carry: false };
      // `Der Meldung zufolge`, `laut dem Bericht`: from the article before the noun to the cue
      const nounFirst = noun > from && c.articles.has(this.tokens[noun - 1]!.lower) ? noun - 1 : noun;
      const s = before !== null ? this.spanOf(nounFirst, cueLast) : this.spanOf(cueFirst, noun);
      return { span: s, rule: `${c.lang}.attribution.carry`, source: null, publisher: null, carry: true };
    }
    const { source, publisher } = group.source
      ? { source: group.source, publisher: null }
      : this.sourceOf(group.mentions);
    return { span, rule, source, publisher, carry: false, resolved: !!group.source };
  }

  /** Claimant and outlet from the mentions of a source phrase. */
  private sourceOf(mentions: Mention[]): { source: SourceRef | null; publisher: string | null } {
    let person: Mention | undefined;
    let org: Mention | undefined;
    let country: string | null = null;
    let publisher: string | null = null;
    for (const m of mentions) {
      const entry = this.g.data.byId.get(m.entity);
      if (m.category === "person") person ??= m;
      else if (m.category === "organization") {
        if (entry?.outlet) publisher ??= m.name;
        else org ??= m;
      } else if (m.category === "country" || (m.category === "place" && m.form === "seat"))
        country ??= m.country;
    }
    const c = person?.country ?? org?.country ?? country;
    if (!person && !org && !c) return { source: null, publisher };
    return {
      source: { country: c ?? null, org: org?.name ?? null, person: person?.name ?? null },
      publisher,
    };
  }

  /** A mention group starting at token k after at most `maxLead` lead tokens. */
  private forward(
    k: number,
    end: number,
    maxLead: number,
    leadOk: (k: number) => boolean,
    atClauseStart = false,
  ): Group | null {
    let i = k;
    for (let lead = 0; ; lead++) {
      if (i >= end || (i > 0 && i !== k && this.breakAfter(i - 1))) return null;
      if (!atClauseStart && i === k && i > 0 && /[,;:()]/.test(this.gap(i - 1))) return null;
      if (this.mentionAt[i]) break;
      if (lead >= maxLead || !leadOk(i)) return null;
      i++;
    }
    const first = i;
    let last = this.mentionEnd(i);
    for (;;) {
      const j = last + 1;
      if (j >= end || this.breakAfter(last)) break;
      if (this.mentionAt[j]) {
        last = this.mentionEnd(j);
        continue;
      }
      // `South Korea's National Intelligence Service`: the genitive `'s` joins the owner to what follows
      if (j + 1 < end && this.mentionAt[j + 1] && this.isPossessive(j)) {
        last = this.mentionEnd(j + 1);
        continue;
      }
      // `Verteidigungsministers Shin Won-sik`, `des Pentagon`: one joiner or noun between two mentions
      const bridge = this.tokens[j]!;
      const nextIsMention = j + 1 < end && this.mentionAt[j + 1] && !this.breakAfter(j);
      if (nextIsMention && (this.isJoiner(bridge.lower) || /^\p{Lu}/u.test(bridge.text))) {
        last = this.mentionEnd(j + 1);
        continue;
      }
      // `said Pentagon spokesman John Kirby`, `Kremlin press secretary Dmitry Peskov`: one or two titles
      // tie an institution to the person after them
      const titled = this.titlesThenPerson(j, end);
      if (titled >= 0) {
        last = this.mentionEnd(titled);
        continue;
      }
      break;
    }
    // `said Yang Uk, a fellow at the Asan Institute`: the institution after the person's title
    const only = this.mentionAt[first];
    if (only?.category === "person" && this.mentionEnd(first) === last) {
      for (const c of this.langs) {
        const inst = this.personTitleOf(last, end, c);
        if (inst) return this.group(first, inst.last);
      }
    }
    return this.group(first, this.apposition(first, last, end));
  }

  /**
   * From token j, one or two title words (`spokesman`, `press secretary`, `Gen.`) and then a person's
   * name: the name's first token, else -1.
   */
  private titlesThenPerson(j: number, end: number): number {
    let k = j;
    for (let n = 0; n < 3 && k < end; n++) {
      const m = this.mentionAt[k];
      if (m) return n > 0 && m.category === "person" ? k : -1;
      if (!this.isTitle(this.tokens[k]!.lower) || this.breakAfter(k)) return -1;
      k++;
    }
    return -1;
  }

  private isTitle(lower: string): boolean {
    return this.langs.some((c) => c.titles.has(lower));
  }

  /**
   * `Yang Uk, a fellow at the Asan Institute, said`, `…, said Xavier Brunson, commander of U.S. Forces
   * Korea.`: after a person's name, a title between commas (or before the sentence end) that names the
   * institution the person speaks for. Tokens [p0, p1] are the person; returns the institution's group
   * or null.
   */
  private personTitleOf(p1: number, end: number, c: CompiledCues): Group | null {
    if (!/^\s*,\s*$/.test(this.gap(p1))) return null;
    let k = p1 + 1;
    if (k < end && c.articles.has(this.tokens[k]!.lower)) k++;
    let titles = 0;
    while (k < end && titles < 3 && !this.mentionAt[k] && !this.breakAfter(k)) {
      const w = this.tokens[k]!.lower;
      if (this.isTitle(w) || endsWithPersonCue(w) || this.g.titleNouns.has(w)) titles++;
      else if (!(titles && c.joiners.has(w))) return null;
      k++;
    }
    if (!titles || k >= end || !this.mentionAt[k]) return null;
    const g = this.forward(k, end, 0, () => false, true);
    if (!g?.mentions.some((m) => m.category === "organization" || m.category === "country")) return null;
    // the appositive ends the clause: a comma, the sentence end or a dash follows
    const after = this.gap(g.last);
    if (g.last + 1 < end && !/^\s*[,;.)–—]/.test(after)) return null;
    return g;
  }

  /**
   * `der Sprecher des Nationalen Sicherheitsrats, John Kirby, …`, `the agency's chief, Kim Nam-gyu.`: a
   * person's name set off by commas after an institution names who spoke for it. Returns the new last token.
   */
  private apposition(first: number, last: number, end: number): number {
    const j = last + 1;
    const person = this.mentionAt[j];
    if (j >= end || !person || person.category !== "person" || !/^\s*,\s*$/.test(this.gap(last))) return last;
    const a = this.tokens[first]!.start;
    const b = this.tokens[last]!.end;
    // the group names its speaker already
    if (this.mentions.some((m) => m.category === "person" && m.start >= a && m.end <= b)) return last;
    const pEnd = this.mentionEnd(j);
    const after = this.gap(pEnd);
    return pEnd + 1 >= end || /^\s*[,;.)–—]/.test(after) ? pEnd : last;
  }

  /** A mention group ending at token k (or up to `maxLead` tokens before it), read backwards. */
  private backward(
    k: number,
    start: number,
    maxLead: number,
    leadOk: (k: number) => boolean,
    crossFirstGap = false,
  ): Group | null {
    let i = k;
    for (let lead = 0; ; lead++) {
      if (i < start || ((i !== k || !crossFirstGap) && this.breakAfter(i))) return null;
      if (this.mentionAt[i]) break;
      if (lead >= maxLead || !leadOk(i)) return null;
      i--;
    }
    const last = i;
    let first = this.mentionStart(i);
    for (;;) {
      const j = first - 1;
      // `USFK commander Gen. Paul Brunson`: one or two titles join the institution to the person after them
      const owner = this.mentionAt[first]?.category === "person" ? this.titledOwner(j, start) : -1;
      if (owner >= 0) {
        first = this.mentionStart(owner);
        continue;
      }
      if (j < start || this.breakAfter(j)) break;
      if (this.mentionAt[j]) {
        first = this.mentionStart(j);
        continue;
      }
      const bridge = this.tokens[j]!;
      if (j - 1 >= start && this.mentionAt[j - 1] && !this.breakAfter(j - 1) && this.isJoiner(bridge.lower)) {
        first = this.mentionStart(j - 1);
        continue;
      }
      // `South Korea's National Intelligence Service`: the genitive `'s` joins the owner to the source
      if (j - 1 >= start && this.mentionAt[j - 1] && this.isPossessive(j)) {
        first = this.mentionStart(j - 1);
        continue;
      }
      break;
    }
    return this.group(first, last);
  }

  private group(first: number, last: number): Group {
    const a = this.tokens[first]!.start;
    const b = this.tokens[last]!.end;
    return { first, last, mentions: this.mentions.filter((m) => m.start >= a && m.end <= b) };
  }

  private mentionEnd(i: number): number {
    const m = this.mentionAt[i]!;
    while (i + 1 < this.tokens.length && this.mentionAt[i + 1] === m) i++;
    return i;
  }

  private mentionStart(i: number): number {
    const m = this.mentionAt[i]!;
    while (i - 1 >= 0 && this.mentionAt[i - 1] === m) i--;
    return i;
  }

  /** Is token j the `s` of an English genitive (`Korea's`, `Korea’s`)? */
  private isPossessive(j: number): boolean {
    return this.tokens[j]!.lower === "s" && j > 0 && /^['’]$/.test(this.gap(j - 1));
  }

  /**
   * The last token of a mention that one or two title words at `j` and before tie to what follows
   * (`Pentagon spokesman`, `USFK commander Gen.`), or -1. A title may end with an abbreviation dot.
   */
  private titledOwner(j: number, start: number): number {
    let k = j;
    for (let n = 0; n < 3 && k >= start; n++) {
      const t = this.tokens[k]!;
      // `South Korean Defense Minister Shin Won-sik`: a capitalised word before a title is part of it
      const titleWord = this.isTitle(t.lower) || (n > 0 && /^\p{Lu}\p{Ll}/u.test(t.text));
      if (this.mentionAt[k] || !titleWord) break;
      if (!/^\.?\s+$|^\s*-\s*$/.test(this.gap(k))) return -1;
      k--;
    }
    if (k === j || k < start || !this.mentionAt[k] || !/^\s+$|^\s*-\s*$/.test(this.gap(k))) return -1;
    const m = this.mentionAt[k]!;
    return m.category === "person" ? -1 : k;
  }

  private isJoiner(lower: string): boolean {
    return this.langs.some((c) => c.joiners.has(lower));
  }

  /** Before a source's name: articles, joiners, capitalised nouns (`laut Geheimdienstkreisen in Seoul`); English also lower-case words. */
  private leadAny(k: number, c: CompiledCues): boolean {
    const t = this.tokens[k]!;
    if (c.articles.has(t.lower) || c.joiners.has(t.lower)) return true;
    if (/^\p{N}/u.test(t.text)) return false;
    return c.lang === "en" || /^\p{Lu}/u.test(t.text);
  }

  /** Does a clause end after token i? Not at the dots of an abbreviation (`U.S. officials`). */
  private breakAfter(i: number): boolean {
    const m = this.mentionAt[i];
    if (m && m === this.mentionAt[i + 1]) return false;
    const gap = this.gap(i);
    // the dot of an abbreviation or initial: `U.S. officials`, `J. Smith`
    if (/^\.\s*$/.test(gap) && this.tokens[i]!.text.length === 1) return false;
    // an abbreviated title: `Gen. Paul Brunson`, `Adm. Samuel Paparo`
    const t = this.tokens[i]!;
    if (/^\.\s*$/.test(gap) && t.text.length <= 4 && this.isTitle(t.lower)) return false;
    return CLAUSE_BREAK.test(gap);
  }

  /** The gap after token i. */
  private gap(i: number): string {
    const t = this.tokens[i];
    const n = this.tokens[i + 1];
    if (!t) return "";
    return this.text.slice(t.end, n ? n.start : this.text.length);
  }

  /** Last token index of a multiword cue starting at i, or -1. Words must be joined by spaces. */
  /**
   * Last token index of a multiword cue starting at i, or -1. Words are joined by spaces; `*` takes
   * one entity mention, joined by a space or hyphen (`nach südkoreanischen Angaben`, `nach NIS-Angaben`).
   */
  private matchWords(i: number, b: number, index: CueIndex): number {
    const cues = index.get(this.tokens[i]!.lower);
    if (!cues) return -1;
    for (const words of cues) {
      let t = i;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) {
        const next = t + 1;
        if (next >= b) ok = false;
        else if (words[k] === "*") {
          ok = !!this.mentionAt[next] && this.spaceAfter(t);
          if (ok) t = this.mentionEnd(next);
        } else {
          ok =
            this.tokens[next]!.lower === words[k] &&
            (this.spaceAfter(t) || (words[k - 1] === "*" && this.gap(t) === "-"));
          t = next;
        }
      }
      if (ok) return t;
    }
    return -1;
  }

  private spanOf(first: number, last: number): Span {
    return { start: this.tokens[first]!.start, end: this.tokens[last]!.end };
  }
}

/** `\s` of a JS regular expression, by char code. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isSpeaker(m: Mention): boolean {
  return (
    m.category === "person" || m.category === "organization" || m.category === "country" || m.form === "seat"
  );
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The annotate component: attributions over the sentences and mentions. */
export function attributionComponent(gazetteer?: CompiledGazetteer): Component {
  return {
    name: "attribution",
    requires: ["sentences", "mentions"],
    assigns: ["attributions"],
    run({ doc, layers }) {
      layers.attributions = findAttributions(doc.text, layers.sentences, layers.mentions, {
        lang: doc.lang,
        gazetteer: gazetteer ?? getGazetteer(),
      });
    },
  };
}
