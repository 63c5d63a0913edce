/**
 * @module Entity mentions: gazetteer names, adjectives in every inflection, seats of power, office
 * roles resolved to their holder at the time, surnames after a title or a full name, people
 * outside the gazetteer introduced by a role noun (`Militärexperte Gustav Gressel`), context names
 * (`the North` in a text about North Korea) and institution nouns inside German role compounds after
 * their country (`des russischen Sicherheitsratssekretärs`).
 */

import { delimiter } from "node:path";
import type { Mention, Sentence, TimeAnnotation } from "../../core/annotations.js";
import type { Lang } from "../../core/document.js";
import type { Component } from "../../core/pipeline.js";
import * as deEntities from "../../lang/de/entities.js";
import * as enEntities from "../../lang/en/entities.js";
import { findDesignations } from "./designations.js";
import {
  DEFAULT_GAZETTEER_DIR,
  type GazetteerData,
  type GazetteerEntry,
  loadGazetteerData,
  type Office,
} from "./gazetteer.js";
import {
  type Candidate,
  type CompiledGazetteer,
  compileGazetteer,
  LANG_DATA,
  matchTokens,
  type Payload,
  type SurnamePayload,
} from "./matcher.js";
import { heldAt, holderAt } from "./roles.js";
import { gapClass, isCompoundHyphen, type Token, tokenize } from "./tokens.js";
import { SuffixSlots, slotsOfKeys } from "./word-set.js";

export type { GazetteerData, GazetteerEntry, Office } from "./gazetteer.js";
export { loadGazetteerData } from "./gazetteer.js";
export type { CompiledGazetteer } from "./matcher.js";
export { compileGazetteer } from "./matcher.js";

let defaultGazetteer: CompiledGazetteer | null = null;

/**
 * The gazetteer from `data/gazetteer/`, plus the directories listed in the environment variable
 * `LAGEBILD_GAZETTEER` (separated by the platform's path delimiter), compiled on first use.
 */
export function getGazetteer(): CompiledGazetteer {
  if (!defaultGazetteer) {
    const extra = (process.env.LAGEBILD_GAZETTEER ?? "").split(delimiter).filter(Boolean);
    defaultGazetteer = compileGazetteer(loadGazetteerData([DEFAULT_GAZETTEER_DIR, ...extra]));
  }
  return defaultGazetteer;
}

export interface MentionOptions {
  lang?: Lang;
  /** the document's date (ISO, any precision): the time a role is resolved at when the sentence names none */
  date?: string | null;
  /** time expressions, so that `der russische Präsident … im Jahr 2000` resolves at 2000 */
  times?: readonly TimeAnnotation[];
  sentences?: readonly Sentence[];
}

const SPACES = /^[ \t\u00a0\u202f]+$/;
/** a role noun ends the word: `Militärexperte`, `Regierungssprecher`, `analyst` */
const CUES = new Set(Object.values(LANG_DATA).flatMap((d) => d.personCues));
const CUE_LENGTHS = [...new Set([...CUES].map((c) => c.length))];

/** Endings of the cues, asked for every token before any slicing. */
const CUE_TAILS = new SuffixSlots(CUES);

/** Does the lower-cased word end with a person cue noun? */
export function endsWithPersonCue(lower: string): boolean {
  const len = lower.length;
  if (len < 3 || !CUE_TAILS.mayEndWith(lower)) return false;
  for (const n of CUE_LENGTHS) if (len >= n && CUES.has(lower.slice(-n))) return true;
  return false;
}
const SOURCE_HEADS = new Set(Object.values(LANG_DATA).flatMap((d) => d.sourceCompoundHeads));
const HONORIFICS = new Set(Object.values(LANG_DATA).flatMap((d) => d.honorifics));
const STOPWORDS = new Set(Object.values(LANG_DATA).flatMap((d) => d.nameStopwords));

function sentenceAt(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Finds every entity mention in `text`, sorted by start (an org or role span may contain its country's adjective). */
export function findMentions(
  text: string,
  opts: MentionOptions = {},
  gazetteer: CompiledGazetteer = getGazetteer(),
): Mention[] {
  return new MentionFinder(text, opts, gazetteer).run();
}

interface DynamicPerson {
  id: string;
  name: string;
  full: string[];
  surname: string;
  /** first word token of the name and of the surname, to skip non-matching tokens fast */
  firstToken: string;
  surnameToken: string;
}

class MentionFinder {
  private readonly tokens: Token[];
  private readonly out: Mention[] = [];
  /** tokens inside an emitted mention (1 at the token's index): a typed array, cheaper than a Set per token */
  private readonly covered: Uint8Array;
  /** tokens inside any gazetteer match, emitted or not */
  private readonly matched: Uint8Array;
  /** person id → offset of its latest mention */
  private readonly seen = new Map<string, number>();
  private readonly data: GazetteerData;

  constructor(
    private readonly text: string,
    private readonly opts: MentionOptions,
    private readonly g: CompiledGazetteer,
  ) {
    this.tokens = tokenize(text);
    this.covered = new Uint8Array(this.tokens.length);
    this.matched = new Uint8Array(this.tokens.length);
    this.data = g.data;
  }

  run(): Mention[] {
    const all = matchTokens(this.text, this.tokens, this.g);
    const cands = all.filter((c, k) => !this.isDroppedCompound(c, all[k + 1]));
    for (const c of cands) this.matched.fill(1, c.first, c.last + 1);
    const consumed = new Set<number>();
    cands.forEach((c, k) => {
      if (!consumed.has(k)) this.resolve(c, cands, k, consumed);
    });
    this.coverMentions();
    const before = this.out.length;
    this.findOrgCompounds();
    this.findContextual();
    if (this.out.length > before) this.coverMentions();
    this.findCuedPersons();
    this.out.push(...findDesignations(this.text, this.opts.sentences ?? [], this.out));
    return this.out.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /**
   * An institution noun as the first part of a role compound, after its country: `des russischen
   * Sicherheitsratssekretärs` names the Security Council of Russia (the span is the noun part).
   */
  private findOrgCompounds(): void {
    const langs = langsOf(this.opts.lang);
    const heads = compoundData(this.g, langs);
    if (!heads.suffixes.size) return;
    const toks = this.tokens;
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i]!;
      if (this.covered[i] || this.matched[i] || t.lower.length < 8 || !heads.tails.mayEndWith(t.lower))
        continue;
      if (!/^\p{Lu}/u.test(t.text)) continue;
      let prefix: string | null = null;
      for (const n of heads.lengths) {
        if (t.lower.length <= n + 3 || !heads.suffixes.has(t.lower.slice(-n))) continue;
        const stem = t.lower.slice(0, -n);
        for (const l of heads.linkers) {
          if (stem.endsWith(l) && heads.nouns.has(stem.slice(0, stem.length - l.length))) {
            prefix = stem.slice(0, stem.length - l.length);
            break;
          }
        }
        if (prefix) break;
      }
      if (!prefix) continue;
      const country = this.out.find(
        (m) => m.category === "country" && m.end <= t.start && SPACES.test(this.text.slice(m.end, t.start)),
      );
      const org = country && heads.nouns.get(prefix)!.find((e) => e.country === country.country);
      if (org) this.emit(t.start, t.start + prefix.length, org, "alias", "entity.org-compound");
    }
  }

  /**
   * Context names (`the North`, `der Norden`): an entity named so only where the text names one of its
   * `with` entities otherwise (a country also by its capital, places or people), and not where a name
   * or a `notBefore` word follows (`the North Atlantic`, `der Norden des Landes`).
   */
  private findContextual(): void {
    const forms = contextualForms(this.g, langsOf(this.opts.lang));
    if (!forms.size) return;
    const firsts = slotsOfKeys(forms);
    // a country counts as named by its name, adjective, capital, places and people (built at the first candidate)
    let present: Set<string> | null = null;
    const capitalNouns = langsOf(this.opts.lang).every((l) => LANG_EXTRA[l].nounsCapitalized);
    const toks = this.tokens;
    for (let i = 0; i < toks.length; i++) {
      if (this.covered[i]) continue;
      const t = toks[i]!;
      const list = firsts.mayHave(t.lower) ? forms.get(t.lower) : undefined;
      if (!list) continue;
      for (const f of list) {
        if (f.second !== null && toks[i + 1]?.lower !== f.second) continue;
        present ??= new Set(
          this.out.flatMap((m) => (m.country ? [m.entity, `country/${m.country}`] : [m.entity])),
        );
        if (!f.with.some((id) => present!.has(id))) continue;
        const end = t.start + f.form.length;
        const written = this.text.slice(t.start, end);
        if (written.slice(1) !== f.form.slice(1) || written[0]!.toLowerCase() !== f.form[0]!.toLowerCase())
          continue;
        let k = i;
        while (k < toks.length && toks[k]!.end < end) k++;
        if (toks[k]?.end !== end || this.covered.subarray(i, k + 1).some((c) => c)) continue;
        const next = toks[k + 1];
        if (next && SPACES.test(this.text.slice(end, next.start))) {
          // a name continues (`the North Atlantic`); German capitalises every noun, so only a known name counts
          const name = this.matched[k + 1] || (!capitalNouns && /^\p{Lu}/u.test(next.text));
          if (name || f.notBefore.has(next.lower)) continue;
        }
        this.emit(t.start, end, f.entry, "alias", `${f.lang}.entity.contextual`);
        this.covered.fill(1, i, k + 1);
        break;
      }
    }
  }

  /**
   * An organisation or place as the first part of a hyphen compound (`UN-Sanktionen`, `Nato-Staaten`)
   * says what kind of thing it is, not who acts: dropped. Countries, people and weapons in compounds
   * stay (`Ukraine-Krieg`, `Jelzin-Regierung`, `Kinzhal-Raketen`, `US-Fabrikationen`).
   */
  private isDroppedCompound(c: Candidate, nextCandidate: Candidate | undefined): boolean {
    const next = this.tokens[c.last + 1];
    if (!next || !isCompoundHyphen(this.text.slice(c.end, next.start))) return false;
    // `Tumangang-Khasan`: two names joined, not a compound noun; `NIS-Angaben`: the org speaks
    if (nextCandidate && nextCandidate.first === c.last + 1) return false;
    if (SOURCE_HEADS.has(next.text)) return false;
    return c.payloads.every(
      (p) =>
        p.kind === "entity" &&
        (p.entry.category === "organization" || p.entry.category === "place") &&
        !p.entry.compoundPrefix,
    );
  }

  private resolve(c: Candidate, cands: Candidate[], k: number, consumed: Set<number>): void {
    const entity = c.payloads.find((p) => p.kind === "entity");
    if (entity) {
      this.emit(c.start, c.end, entity.entry, entity.form, `${entity.lang}.entity.${entity.form}`);
      return;
    }
    const combo = c.payloads.find((p) => p.kind === "combo");
    if (combo) {
      const modFirst = combo.modifierAt === "start" ? c.first : c.last - combo.modifierCount + 1;
      const modLast = modFirst + combo.modifierCount - 1;
      this.emit(
        this.tokens[modFirst]!.start,
        this.tokens[modLast]!.end,
        combo.country,
        combo.modifierForm,
        `${combo.lang}.entity.${combo.modifierForm}`,
      );
      if (combo.org) this.emit(c.start, c.end, combo.org, "alias", `${combo.lang}.entity.org-noun`);
      else if (combo.office) this.role(combo.office, c, cands, k, consumed, combo.lang);
      return;
    }
    const title = c.payloads.find((p) => p.kind === "title");
    if (title) {
      this.role(title.office, c, cands, k, consumed, title.lang);
      return;
    }
    const surnames = c.payloads.filter((p): p is SurnamePayload => p.kind === "surname");
    if (surnames.length) this.surname(c, surnames, null);
  }

  /** `der russische Präsident [Wladimir Putin | Putin]`; alone, the holder at the time. */
  private role(
    office: Office,
    c: Candidate,
    cands: Candidate[],
    k: number,
    consumed: Set<number>,
    lang: string,
  ) {
    const next = cands[k + 1];
    if (next && next.first === c.last + 1 && SPACES.test(this.text.slice(c.end, next.start))) {
      if (next.payloads.some((p) => p.kind === "entity" && p.entry.category === "person")) return;
      const surnames = next.payloads.filter((p): p is SurnamePayload => p.kind === "surname");
      if (surnames.length) {
        consumed.add(k + 1);
        this.surname(next, surnames, office);
        return;
      }
    }
    // a name outside the gazetteer follows (`Verteidigungsminister Max Muster`): the cue recogniser takes it
    const after = this.tokens[c.last + 1];
    if (after && SPACES.test(this.text.slice(c.end, after.start)) && /^\p{Lu}\p{Ll}/u.test(after.text)) {
      if (!this.isStopword(after.text) && !this.matched[c.last + 1]) return;
    }
    const holder = holderAt(office, this.refDate(c.start));
    const person = holder ? this.data.byId.get(holder.person) : undefined;
    if (person) this.emit(c.start, c.end, person, "role", `${lang}.entity.role`);
    else if (office.org) {
      const org = this.data.byId.get(office.org);
      if (org) this.emit(c.start, c.end, org, "role", `${lang}.entity.role`);
    }
  }

  /**
   * A surname alone (`Kim`, `Austin`, `Putins`): after an office (its holder of that name), else a
   * person with that surname already named in the text (preferring one in office at the time), else
   * after a title word the only such person, else an unambiguous well-known surname.
   */
  private surname(c: Candidate, payloads: SurnamePayload[], office: Office | null): void {
    const people = [...new Set(payloads.map((p) => p.entry))];
    const genitive = payloads.every((p) => p.genitive);
    const lang = payloads[0]!.lang;
    const date = this.refDate(c.start);
    let pick: GazetteerEntry | undefined;
    let how = "surname-seen";
    if (office && !genitive) {
      const holders = office.holders.filter((h) => people.some((p) => p.id === h.person));
      const h = holders.find((x) => date !== null && heldAt(x, date)) ?? holders.at(-1);
      pick = h && this.data.byId.get(h.person);
      how = "surname-title";
    }
    if (!pick) {
      const seen = people.filter((p) => this.seen.has(p.id));
      if (seen.length) {
        const inOffice = seen.filter((p) => this.holdsOfficeAt(p.id, date));
        const pool = inOffice.length === 1 ? inOffice : seen;
        pick = pool.reduce((a, b) => (this.seen.get(b.id)! > this.seen.get(a.id)! ? b : a));
      }
    }
    if (!pick && !genitive && this.titleBefore(c)) {
      how = "surname-title";
      const inOffice = people.filter((p) => this.holdsOfficeAt(p.id, date));
      if (people.length === 1) pick = people[0];
      else if (inOffice.length === 1) pick = inOffice[0];
    }
    if (!pick) {
      const famous = people.filter((p) => p.surnameAlone);
      if (famous.length === 1) {
        pick = famous[0];
        how = "surname";
      }
    }
    if (pick) this.emit(c.start, c.end, pick, "name", `${lang}.entity.${how}`);
  }

  /** In office at the date; with no date known, in office now. */
  private holdsOfficeAt(personId: string, date: string | null): boolean {
    return this.data.offices.some((o) =>
      o.holders.some((h) => h.person === personId && (date === null ? h.to === null : heldAt(h, date))),
    );
  }

  /** The token before is a title or role word: `Präsident Putin`, `Machthaber Kim`, `Militärexperte Gressel`. */
  private titleBefore(c: Candidate): boolean {
    const prev = this.tokens[c.first - 1];
    if (!prev || !SPACES.test(this.text.slice(prev.end, c.start))) return false;
    return this.g.titleNouns.has(prev.lower) || this.isCue(prev.lower);
  }

  /** Token i is an honorific followed by its dot and a space: `Gen. `, `Dr. `. */
  private honorificAt(i: number): boolean {
    const t = this.tokens[i]!;
    const next = this.tokens[i + 1];
    return !!next && HONORIFICS.has(t.text) && /^\. $/.test(this.text.slice(t.end, next.start));
  }

  private isCue(lower: string): boolean {
    return endsWithPersonCue(lower);
  }

  private isStopword(word: string): boolean {
    return STOPWORDS.has(word);
  }

  /** The time a sentence is about: its nearest time expression, else the document date. */
  private refDate(pos: number): string | null {
    const s = this.opts.sentences && sentenceAt(this.opts.sentences, pos);
    if (s && this.opts.times) {
      let best: { d: number; date: string } | null = null;
      for (const t of this.opts.times) {
        if (t.start < s.start || t.end > s.end) continue;
        const date = t.from ?? t.to;
        if (!date) continue;
        const d = Math.abs(t.start - pos);
        if (!best || d < best.d) best = { d, date };
      }
      if (best) return best.date;
    }
    return this.opts.date ?? null;
  }

  private emit(start: number, end: number, e: GazetteerEntry, form: Mention["form"], rule: string): void {
    this.out.push({
      start,
      end,
      rule,
      text: this.text.slice(start, end),
      entity: e.id,
      name: e.name,
      category: e.category,
      country: e.category === "country" ? (e.country ?? null) : (e.seatOf ?? e.country ?? null),
      form,
    });
    if (e.category === "person") this.seen.set(e.id, start);
  }

  /**
   * People outside the gazetteer: a role noun (`Experte`, `Militärexperte`, `analyst`) followed by two
   * or three capitalised name parts that are not known entities (`Militärexperte Gustav Gressel erklärt`).
   * Afterwards the full name and the surname alone (and its genitive) link to that person anywhere in the text.
   */
  private findCuedPersons(): void {
    const found: DynamicPerson[] = [];
    const toks = this.tokens;
    for (let i = 0; i < toks.length - 1; i++) {
      // a role noun, or an honorific with its dot standing alone (`Gen. Xavier Brunson`, `Adm. Samuel Paparo`)
      if (this.covered[i] || !(this.isCue(toks[i]!.lower) || this.honorificAt(i))) continue;
      const parts: { first: number; last: number }[] = [];
      let j = i + 1;
      // `Experte Dr. Hans Meier`: an honorific with its dot is skipped
      while (
        j + 1 < toks.length &&
        HONORIFICS.has(toks[j]!.text) &&
        /^\. $/.test(this.text.slice(toks[j]!.end, toks[j + 1]!.start))
      )
        j++;
      while (parts.length < 3 && j < toks.length) {
        if (!/^(?:\. |[ \t\u00a0\u202f]+)$/.test(this.text.slice(toks[j - 1]!.end, toks[j]!.start))) break;
        if (parts.length && !SPACES.test(this.text.slice(toks[j - 1]!.end, toks[j]!.start))) break;
        const t = toks[j]!;
        if (
          this.covered[j] ||
          !/^\p{Lu}\p{Ll}/u.test(t.text) ||
          this.isStopword(t.text) ||
          this.isCue(t.lower)
        )
          break;
        let last = j;
        while (
          last + 1 < toks.length &&
          isCompoundHyphen(this.text.slice(toks[last]!.end, toks[last + 1]!.start)) &&
          /^\p{L}+$/u.test(toks[last + 1]!.text)
        )
          last++;
        parts.push({ first: j, last });
        j = last + 1;
      }
      if (parts.length < 2) continue;
      const start = toks[parts[0]!.first]!.start;
      const end = toks[parts.at(-1)!.last]!.end;
      const name = parts.map((p) => this.text.slice(toks[p.first]!.start, toks[p.last]!.end)).join(" ");
      if (found.some((f) => f.name === name)) continue;
      const surname = this.text.slice(toks[parts.at(-1)!.first]!.start, end);
      found.push({
        id: `person/${slug(name)}`,
        name,
        full: name.split(" "),
        surname,
        firstToken: name.split(/[ -]/)[0]!,
        surnameToken: surname.split(/[ -]/)[0]!,
      });
      i = parts.at(-1)!.last;
      void start;
    }
    if (!found.length) return;
    this.linkDynamic(found);
  }

  private coverMentions(): void {
    const spans = [...this.out].sort((a, b) => a.start - b.start);
    let k = 0;
    for (const m of spans) {
      while (k < this.tokens.length && this.tokens[k]!.end <= m.start) k++;
      for (let t = k; t < this.tokens.length && this.tokens[t]!.start < m.end; t++) this.covered[t] = 1;
    }
  }

  private linkDynamic(people: DynamicPerson[]): void {
    const toks = this.tokens;
    const lang = this.opts.lang === "en" ? "en" : "de";
    const genitive = LANG_DATA[lang]!.genitiveSuffix;
    for (let i = 0; i < toks.length; i++) {
      if (this.covered[i]) continue;
      const first = toks[i]!.text;
      for (const p of people) {
        if (first !== p.firstToken && !first.startsWith(p.surnameToken)) continue;
        const n = matchName(this.text, toks, i, p.full);
        if (n > 0) {
          const rule = this.isCue(toks[i - 1]?.lower ?? "") ? `${lang}.person.cue` : `${lang}.person.repeat`;
          this.emitDynamic(p, toks[i]!.start, toks[i + n - 1]!.end, rule, i, n);
          i += n - 1;
          break;
        }
        const sn = matchName(this.text, toks, i, p.surname.split(" "));
        const t = toks[i]!.text;
        if (sn > 0 || (genitive && t === p.surname + genitive)) {
          const len = sn > 0 ? sn : 1;
          this.emitDynamic(p, toks[i]!.start, toks[i + len - 1]!.end, `${lang}.person.surname`, i, len);
          i += len - 1;
          break;
        }
      }
    }
  }

  private emitDynamic(p: DynamicPerson, start: number, end: number, rule: string, first: number, n: number) {
    this.covered.fill(1, first, first + n);
    this.out.push({
      start,
      end,
      rule,
      text: this.text.slice(start, end),
      entity: p.id,
      name: p.name,
      category: "person",
      country: null,
      form: "name",
    });
  }
}

const LANG_EXTRA = { de: deEntities, en: enEntities } as const;

function langsOf(lang: Lang | undefined): ("de" | "en")[] {
  return lang === "de" || lang === "en" ? [lang] : ["de", "en"];
}

interface CompoundData {
  /** head + ending forms (`sekretärs`) and their lengths, longest first */
  suffixes: Set<string>;
  /** the suffixes' endings, to rule most words out before slicing */
  tails: SuffixSlots;
  lengths: number[];
  linkers: string[];
  /** lower-case institution noun → the entries that carry it */
  nouns: Map<string, GazetteerEntry[]>;
}

const COMPOUNDS = new WeakMap<CompiledGazetteer, Map<string, CompoundData>>();

/** The compound heads and institution nouns of some languages, built once per gazetteer. */
function compoundData(g: CompiledGazetteer, langs: readonly ("de" | "en")[]): CompoundData {
  const key = langs.join(",");
  let byLangs = COMPOUNDS.get(g);
  if (!byLangs) {
    byLangs = new Map();
    COMPOUNDS.set(g, byLangs);
  }
  let d = byLangs.get(key);
  if (d) return d;
  const suffixes = new Set<string>();
  const linkers = new Set<string>();
  for (const l of langs) {
    const x = LANG_EXTRA[l];
    for (const h of x.orgCompoundHeads) for (const e of x.compoundHeadEndings) suffixes.add(h + e);
    for (const k of x.compoundLinkers) linkers.add(k);
  }
  const nouns = new Map<string, GazetteerEntry[]>();
  if (suffixes.size) {
    for (const e of g.data.entries) {
      if (e.category !== "organization" || !e.country) continue;
      for (const l of [...langs, "*"]) {
        for (const n of e.nouns?.[l] ?? []) {
          if (/\s/.test(n)) continue;
          const lower = n.toLowerCase();
          nouns.set(lower, [...(nouns.get(lower) ?? []), e]);
        }
      }
    }
  }
  const lengths = [...new Set([...suffixes].map((x) => x.length))].sort((a, b) => b - a);
  // the longest linker first: `Sicherheitsrat|s|sekretär` before `Sicherheitsrats|sekretär`
  d = {
    suffixes,
    tails: new SuffixSlots(suffixes),
    lengths,
    linkers: [...linkers].sort((a, b) => b.length - a.length),
    nouns,
  };
  byLangs.set(key, d);
  return d;
}

interface ContextualForm {
  entry: GazetteerEntry;
  form: string;
  lang: string;
  with: string[];
  notBefore: Set<string>;
  /** the form's second word in lower case, if any: a cheap test before the form is compared as written */
  second: string | null;
}

const CONTEXTUAL = new WeakMap<CompiledGazetteer, Map<string, Map<string, ContextualForm[]>>>();

/** Context forms by their first word (lower case), built once per gazetteer and languages. */
function contextualForms(
  g: CompiledGazetteer,
  langs: readonly ("de" | "en")[],
): Map<string, ContextualForm[]> {
  const key = langs.join(",");
  let byLangs = CONTEXTUAL.get(g);
  if (!byLangs) {
    byLangs = new Map();
    CONTEXTUAL.set(g, byLangs);
  }
  let d = byLangs.get(key);
  if (d) return d;
  d = new Map();
  for (const e of g.data.entries) {
    const c = e.contextual;
    if (!c) continue;
    for (const l of [...langs, "*"]) {
      const notBefore = new Set((c.notBefore?.[l] ?? []).map((w) => w.toLowerCase()));
      for (const form of c.names[l] ?? []) {
        const words = form.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
        const first = words[0]!.toLowerCase();
        const second = words[1]?.toLowerCase() ?? null;
        const f = { entry: e, form, lang: l === "*" ? "any" : l, with: c.with, notBefore, second };
        d.set(first, [...(d.get(first) ?? []), f]);
      }
    }
  }
  // the longest form first: `Zentralen Militärkommission` before a shorter one with the same first word
  for (const list of d.values()) list.sort((a, b) => b.form.length - a.form.length);
  byLangs.set(key, d);
  return d;
}

/** Number of tokens matched when the name's parts (`Won-sik` is one part) start at token i, else 0. */
function matchName(text: string, toks: Token[], i: number, parts: string[]): number {
  const want = parts.join(" ");
  let k = i;
  let got = "";
  while (k < toks.length && got.length < want.length) {
    if (k > i) {
      const gap = text.slice(toks[k - 1]!.end, toks[k]!.start);
      if (gapClass(gap) !== "_") return 0;
      got += isCompoundHyphen(gap) ? "-" : " ";
    }
    got += toks[k]!.text;
    k++;
  }
  if (got !== want) return 0;
  const after = toks[k];
  // `Gressel` must not match the start of `Gresselmann`: tokens are whole words already
  return after && after.start === toks[k - 1]!.end ? 0 : k - i;
}

function slug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function payloadKinds(c: Candidate): Payload["kind"][] {
  return c.payloads.map((p) => p.kind);
}

/** The annotate component: entity mentions over the whole text (furniture included: `JTI` in a trailer is an entity). */
export function entitiesComponent(gazetteer?: CompiledGazetteer): Component {
  return {
    name: "entities",
    requires: ["sentences", "times"],
    assigns: ["mentions"],
    run({ doc, layers }) {
      layers.mentions = findMentions(
        doc.text,
        { lang: doc.lang, date: doc.date, times: layers.times, sentences: layers.sentences },
        gazetteer ?? getGazetteer(),
      );
    },
  };
}
