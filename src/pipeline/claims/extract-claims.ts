/**
 * @module Claims: every figure that counts an item noun becomes a claim with kind, item, figure, actor,
 * recipient, time, source and hedging, and its evidence sentence; transfers stated without a figure
 * (`Nordkorea liefert Artilleriemunition an Russland`) become claims with no figure. Roles a sentence leaves
 * out come from the paragraph it continues (`die … Zahlen von bis zu 12 000 Soldaten` after a sentence on
 * North Korean deliveries to Russia).
 */
import type { Attribution, Mention, NumberAnnotation, SourceRef } from "../../core/annotations.js";
import { inBody } from "../../core/document.js";
import type { Annotated } from "../../core/pipeline.js";
import type { ClaimItem, ClaimKind, ClaimRecord, TimeRef } from "../../core/records.js";
import { overlaps, type Span } from "../../core/span.js";
import { claimTime, ownAttributions } from "./claim-time.js";
import type { Cues } from "./cues.js";
import {
  figureNounBefore,
  findItemNoun,
  type ItemNoun,
  isElliptic,
  itemNounsIn,
  matchItemWord,
  partOfNamed,
} from "./items.js";
import { type CueHit, chooseKind, findKindCues, isPersonnel, kindForItem } from "./kinds.js";
import {
  bareFigure,
  ellipsisCountsOwnNoun,
  isPeopleItem,
  listInClause,
  peopleRole,
  rateAfter,
  sideCountry,
} from "./refine.js";
import { assignRoles, hasRecipient, personActor, placeActor, type Role, roleMentions } from "./roles.js";
import { clauseAt, type SentenceView } from "./sentence-view.js";
import { speakerTest } from "./speakers.js";
import { type Token, tokenAt } from "./tokens.js";

/** The last claim of the paragraph: where a sentence names no actor or recipient, it continues this one. */
interface ParagraphState {
  paragraph: number;
  /** from this paragraph (a source carries only within a paragraph; roles may come from the document) */
  local?: boolean;
  kind: ClaimKind;
  actor: string | null;
  recipient: string | null;
  source: SourceRef | null;
  publisher: string | null;
  time: TimeRef | null;
}

/** Kinds that continue each other's roles: a deployment after a delivery of the same two parties. */
const FAMILY: Record<ClaimKind, string> = {
  deployment: "transfer",
  delivery: "transfer",
  launch: "launch",
  casualties: "casualties",
  inventory: "inventory",
  composition: "composition",
  other: "other",
};

const NO_SOURCE: SourceRef = { country: null, org: null, person: null };
const hasSource = (a: Attribution) => !!(a.source.country || a.source.org || a.source.person || a.publisher);

/** The attribution of a figure: one stated in its sentence, nearest first; else one carried into it. */
function attributionFor(view: SentenceView, figure: Span): Attribution | null {
  const own = ownAttributions(view).filter(hasSource);
  if (own.length) {
    const dist = (a: Attribution) => Math.min(Math.abs(a.start - figure.end), Math.abs(figure.start - a.end));
    return own.reduce((best, a) => (dist(a) < dist(best) ? a : best));
  }
  return view.attributions.find(hasSource) ?? null;
}

/** A figure glued to a word is part of a name or compound: `KN-23`, `24-jährige`, `Sechs-Parteien`. */
function glued(text: string, n: Span): boolean {
  const before = text[n.start - 1] ?? " ";
  const after = text[n.end] ?? " ";
  return /[\p{L}\p{N}-]/u.test(before) || /[\p{L}-]/u.test(after);
}

function countsSomething(annotated: Annotated, view: SentenceView, n: NumberAnnotation): boolean {
  const { doc } = annotated;
  if (n.type !== "number" || !inBody(doc, n)) return false;
  // A fraction (`zwei Drittel der Soldaten`) is a share of something, not a count of it.
  const figure = n.value ?? n.max ?? n.min;
  if (figure != null && figure < 1) return false;
  if (view.times.some((t) => overlaps(t, n))) return false;
  if (view.mentions.some((m) => overlaps(m, n))) return false;
  return !glued(doc.text, n);
}

export interface ClaimContext {
  annotated: Annotated;
  views: readonly SentenceView[];
  cues: Cues;
  docName: string;
}

export function extractClaims(ctx: ClaimContext): ClaimRecord[] {
  const { annotated, views, cues } = ctx;
  const { doc } = annotated;
  const out: ClaimRecord[] = [];
  let state = null as ParagraphState | null;
  /** the last claim of each family in the document: roles for a paragraph that names none */
  const lastOfFamily = new Map<string, ParagraphState>();
  let antecedent: { claim: ClaimRecord; sentence: number; paragraph: number } | null = null;
  /** claims of the first paragraph (the headline, with a date line if any) */
  const headline = new Set<ClaimRecord>();
  const first = views[0]?.sentence.paragraph ?? 0;

  const remember = (view: SentenceView, claim: ClaimRecord) => {
    state = nextState(view, claim);
    if (claim.actor) lastOfFamily.set(FAMILY[claim.kind], state);
  };

  for (const view of views) {
    if (state && state.paragraph !== view.sentence.paragraph) state = null;
    let hits: CueHit[] | null = null;
    const kindHits = (): CueHit[] => {
      if (!hits) hits = findKindCues(view.tokens, cues, doc.lang);
      return hits;
    };
    const claimedClauses: Span[] = [];
    const words = (clause: Span) => view.tokens.filter((t) => t.start >= clause.start && t.end <= clause.end);

    for (const n of view.numbers) {
      if (!countsSomething(annotated, view, n)) continue;
      const clause = clauseAt(view, n.start);
      // `erlauben … höchstens 500.000 Barrel`: a limit is no claim (`far above the cap` after it is)
      if (
        view.tokens.some(
          (t) =>
            t.start >= clause.start && t.end <= n.start && t.end <= clause.end && cues.limits.has(t.lower),
        )
      )
        continue;
      const found = findItemNoun(doc.text, view, n, cues, doc.lang, clause);
      let noun: { item: ClaimItem; kind: ClaimKind | null; rule: string; adjectives: Mention[] } | null =
        found;
      // `12.000 Nordkoreaner`, `North Koreans`: what the people counted are, by the clause or the document
      if (found) {
        const people = peopleItem(ctx, view, clause, found, out);
        if (people) noun = { ...found, item: people.item, rule: `${found.rule}+${people.rule}` };
      }
      /** the figure counts a part of the antecedent's set, or stands for its figure: it inherits from it */
      let inherits = false;
      // `die Zahl der Soldaten auf 12.000`; `put the figure at 11,000` (for the figure said before)
      const named = noun ? null : figureNounBefore(doc.text, view, n, cues, doc.lang);
      if (named && named !== "bare" && named !== "other") noun = { ...named, adjectives: [] };
      if (named === "other") continue;
      const elliptic =
        !noun &&
        !!antecedent &&
        (named === "bare" ||
          isElliptic(doc.text, view, n, cues) ||
          (bareFigure(doc.text, view.tokens, n, cues) &&
            kindHits().some((h) => h.pos === "verb" && h.start >= clause.start && h.end <= clause.end)));
      if (
        elliptic &&
        ellipsisCountsOwnNoun(doc.text, view.tokens, n, cues, (t) =>
          kindHits().some((h) => h.start <= t.start && t.end <= h.end),
        )
      )
        continue;
      if (!noun && antecedent && elliptic) {
        // `Weitere 2.700 seien verwundet worden` after `etwa 300 nordkoreanische Soldaten getötet`
        const near =
          antecedent.sentence === view.index ||
          (antecedent.sentence === view.index - 1 && antecedent.paragraph === view.sentence.paragraph);
        if (near) {
          noun = { item: antecedent.claim.item, kind: null, rule: "claim.item.ellipsis", adjectives: [] };
          inherits = true;
        }
      }
      const part = noun ? null : partOfNamed(doc.text, view, n, cues, doc.lang);
      if (part) {
        // `Lediglich zwei der Geschosse hätten ihr Ziel getroffen` a sentence or two after `20 Raketen
        // abgefeuert`: a part of that set, whose item a general word (`Geschosse`) takes
        const from = antecedent?.claim.item;
        const near =
          !!antecedent &&
          antecedent.paragraph === view.sentence.paragraph &&
          view.index - antecedent.sentence <= 2;
        // a part of a set not counted close before counts nothing the text states (`one of the soldiers told …`)
        inherits = near && (from === part.item || (!!from && !!part.refers?.includes(from)));
        if (inherits && from)
          noun = { item: from, kind: part.kind, rule: `${part.rule}+antecedent`, adjectives: [] };
      }
      if (!noun) continue;
      // `4700 getötet oder verwundet, darunter rund 600 Tote`: a part of the figure before it in the
      // sentence, whose people the general noun (`Tote`, `dead`) counts
      const subsetOf =
        !inherits && antecedent?.sentence === view.index && subsetWordBefore(view.tokens, n, cues)
          ? antecedent.claim
          : null;
      if (subsetOf && noun.item === "person" && subsetOf.item !== "person" && isPersonnel(subsetOf.item))
        noun = { ...noun, item: subsetOf.item, rule: `${noun.rule}+subset` };
      // `one of two prisoners`: the one is a part of the figure beside it, not a count of its own
      if (n.value === 1 && found?.rule.endsWith("+partitive")) continue;
      // `2,50 Dollar pro Stunde`, `60 dollars per barrel`: a price or a wage; `2000 Drohnen im Monat`: a rate
      const rate = !inherits && rateAfter(view.tokens, n, clause, doc.lang);
      if (rate && (noun.item === "money" || (n.unit && /^[A-Z]{3}$/.test(n.unit)))) continue;
      hits ??= findKindCues(view.tokens, cues, doc.lang);
      let kind = chooseKind(hits, clause, n, noun.item, noun.kind);
      const guessed = kind.rule.startsWith("claim.kind.default.");
      // `gegen 54 Personen und 30 Organisationen`: the size of a list, not a claim
      if (
        guessed &&
        (noun.item === "person" || noun.item === "other") &&
        listInClause(view.tokens, clause, doc.lang)
      )
        continue;
      if (rate && guessed) kind = { ...kind, kind: "other", rule: "claim.kind.rate" };
      // roles continue the paragraph's last claim of the same family, else the document's; a source
      // continues only within the paragraph
      const sameFamily = !!state && FAMILY[state.kind] === FAMILY[kind.kind];
      const roleFrom = sameFamily ? state : (lastOfFamily.get(FAMILY[kind.kind]) ?? null);
      const fallback: ParagraphState | null =
        roleFrom || state
          ? {
              paragraph: view.sentence.paragraph,
              kind: roleFrom?.kind ?? kind.kind,
              actor: roleFrom?.actor ?? null,
              recipient: roleFrom?.recipient ?? null,
              time: sameFamily ? (state?.time ?? null) : null,
              source: state?.source ?? null,
              publisher: state?.publisher ?? null,
              local: !!state,
            }
          : null;
      const claim = buildClaim(
        ctx,
        view,
        clause,
        n,
        n,
        noun.item,
        kind.kind,
        noun.adjectives,
        fallback,
        kind.cue?.receive,
      );
      if (!sameFamily)
        claim.rules = claim.rules.map((r) =>
          r.endsWith(".paragraph")
            ? r.replace(/^(claim\.(?:actor|recipient))\.paragraph$/, "$1.document")
            : r,
        );
      if (inherits && antecedent) inheritFromAntecedent(claim, antecedent.claim, view, kind.cue === null);
      if (subsetOf?.actor && claim.actor !== subsetOf.actor) {
        // a part belongs to the party of its whole (not the place of the saying: `hieß es in Seoul`)
        claim.rules = claim.rules.filter((r) => !r.startsWith("claim.actor."));
        claim.actor = subsetOf.actor;
        claim.rules.push("claim.actor.subset");
      }
      if (
        claim.kind === "casualties" &&
        claim.item === "person" &&
        noun.kind === "casualties" &&
        claim.actor &&
        !claim.rules.includes("claim.actor.place")
      ) {
        // `mehr als 6000 Tote und Verwundete` of a party whose dead were counted as soldiers before: its troops
        const earlier = out.findLast((c) => c.kind === "casualties" && c.actor === claim.actor);
        if (earlier && earlier.item !== "person" && isPersonnel(earlier.item)) {
          claim.item = earlier.item;
          claim.rules.push("claim.item.same-party");
        }
      }
      claim.rules.unshift(n.rule, noun.rule, kind.rule);
      out.push(claim);
      if (view.sentence.paragraph === first) headline.add(claim);
      claimedClauses.push(clause);
      remember(view, claim);
      antecedent = { claim, sentence: view.index, paragraph: view.sentence.paragraph };
    }

    if (!claimedClauses.length && view.times.length && antecedent && antecedent.sentence === view.index - 1)
      datesPrevious(ctx, view, out, views[antecedent.sentence]!);

    // a transfer without a figure needs a named actor: skip sentences that name no country
    if (!hits && !view.mentions.some((m) => m.country && m.category !== "organization")) continue;
    if (!claimedClauses.length) {
      // `Sorge über nordkoreanische Truppen in Russland`: the parties for the next figure that names none
      const parties = partiesNamed(ctx, view);
      if (parties) {
        state = parties;
        lastOfFamily.set(FAMILY[parties.kind], parties);
      }
    }
    hits ??= findKindCues(view.tokens, cues, doc.lang, true);
    for (const cue of hits) {
      if (cue.kind === "launch" && cue.pos === "verb" && !claimedClauses.length) {
        // `Russland feuert nordkoreanische Raketen auf die Ukraine`: no figure, but who fires at whom, for a
        // later figure in the passive (`Am 30. Dezember sei mindestens eine solche Rakete abgefeuert worden`)
        rememberLauncher(ctx, view, cue, lastOfFamily);
        continue;
      }
      if (cue.kind !== "delivery" || cue.pos !== "verb" || !inBody(doc, cue)) continue;
      const clause = clauseAt(view, cue.start);
      if (claimedClauses.some((c) => overlaps(c, clause))) continue;
      const inClause = words(clause);
      if (inClause.some((t) => cues.negations.has(t.lower) || cues.limits.has(t.lower))) continue;
      const noun = itemNounsIn(inClause, cues, doc.lang)[0];
      const item: ClaimItem = noun?.item ?? "other";
      const kind = kindForItem("delivery", item);
      const claim = buildClaim(
        ctx,
        view,
        clause,
        cue,
        null,
        item,
        kind,
        [],
        state && { ...state, local: true },
        cue.receive,
      );
      // a transfer without a figure must name its actor in its own clause: `Nordkorea liefert … an Russland`
      const own = (slot: string) =>
        claim.rules.some(
          (r) => r.startsWith(`claim.${slot}.`) && !/\.(?:paragraph|document|sentence)$/.test(r),
        );
      const ownActor = own("actor");
      const ownRecipient = own("recipient");
      // German names its object with a capital: `Bis 1973 lieferte die Sowjetunion Brennstäbe` (item other)
      const object =
        cues.nounsCapitalized &&
        inClause.some(
          (t) =>
            t.start > cue.end &&
            t.capital &&
            !view.mentions.some((m) => m.start <= t.start && t.end <= m.end),
        );
      if (!claim.actor || !ownActor || !(noun || ownRecipient || object)) continue;
      claim.rules.unshift("claim.transfer.no-figure", cue.rule, ...(noun ? [noun.rule] : []));
      if (noun && antecedent) datesAntecedent(claim, antecedent, view);
      out.push(claim);
      if (view.sentence.paragraph === first) headline.add(claim);
      claimedClauses.push(clause);
      remember(view, claim);
    }
  }
  return dedupe(out, headline).sort(
    (a, b) => a.span[0] - b.span[0] || (a.figure?.[0] ?? 0) - (b.figure?.[0] ?? 0),
  );
}

/**
 * Who fires at whom in a sentence without a figure (`Russland feuert nordkoreanische Raketen auf die
 * Ukraine`): kept as the document's last launch, so that a later figure stated in the passive (`sei
 * mindestens eine solche Rakete abgefeuert worden`) has its actor.
 */
function rememberLauncher(
  ctx: ClaimContext,
  view: SentenceView,
  cue: CueHit,
  lastOfFamily: Map<string, ParagraphState>,
): void {
  const { annotated, cues } = ctx;
  const { doc } = annotated;
  const clause = clauseAt(view, cue.start);
  const inClause = view.tokens.filter((t) => t.start >= clause.start && t.end <= clause.end);
  if (inClause.some((t) => cues.negations.has(t.lower))) return;
  const fits = itemNounsIn(inClause, cues, doc.lang).some((n) => !cue.items || cue.items.includes(n.item));
  if (!fits) return;
  const list = roleMentions(
    doc.text,
    view.tokens,
    view.mentions,
    clause,
    cue,
    [],
    speakerTest(view, cue),
    cues,
    view.times,
  );
  const { actor, recipient } = assignRoles(list, "launch", cue.receive);
  if (!actor) return;
  lastOfFamily.set(FAMILY.launch, {
    paragraph: view.sentence.paragraph,
    kind: "launch",
    actor: actor.country,
    recipient: recipient?.country ?? null,
    source: null,
    publisher: null,
    time: null,
  });
}

/**
 * Personnel named with their country and where they are, without a figure (`nordkoreanische Truppen in
 * Russland`, `North Korean soldiers in the Kursk region`): a deployment's parties, which a following figure
 * that names none continues (`… halten sich bereits mindestens 3.000 Soldaten aus dem Norden im Land auf`).
 */
function partiesNamed(ctx: ClaimContext, view: SentenceView): ParagraphState | null {
  const { annotated, cues } = ctx;
  const { doc } = annotated;
  for (const m of view.mentions) {
    if (m.category !== "country" || m.form !== "adjective" || !m.country) continue;
    const at = tokenAt(view.tokens, m.end);
    const noun = view.tokens[at];
    if (!noun || !/^\s+$/.test(doc.text.slice(m.end, noun.start))) continue;
    if (cues.nounsCapitalized && !noun.capital) continue;
    const item = matchItemWord(noun.lower, doc.lang);
    if (!item || !isPersonnel(item.item)) continue;
    const clause = clauseAt(view, noun.start);
    const list = roleMentions(
      doc.text,
      view.tokens,
      view.mentions,
      clause,
      noun,
      [m],
      () => false,
      cues,
      view.times,
    );
    const where = list.find(
      (r) => r.mention.start >= noun.end && r.roles.has("destination") && r.country !== m.country,
    );
    if (!where) continue;
    return {
      paragraph: view.sentence.paragraph,
      kind: "deployment",
      actor: m.country,
      recipient: where.country,
      source: null,
      publisher: null,
      time: null,
    };
  }
  return null;
}

/**
 * A people's plural counted (`12.000 Nordkoreaner`, `around 12,000 North Koreans`) is personnel of the kind
 * its clause names (`serving with Russian units` → soldier, `arbeiten in einer Fabrik` → worker); with no
 * such word, of the kind the document counted or named that people as before (`Arbeitskräfte aus
 * Nordkorea` … `12.000 Nordkoreaner`). Null where nothing says (they stay persons).
 */
/** How many sentences back a noun of personnel may name what a people's plural counts. */
const PEOPLE_REACH = 20;

function peopleItem(
  ctx: ClaimContext,
  view: SentenceView,
  clause: Span,
  noun: ItemNoun,
  earlier: readonly ClaimRecord[],
): { item: ClaimItem; rule: string } | null {
  const { doc } = ctx.annotated;
  if (noun.item !== "person" || noun.kind) return null;
  const people = noun.adjectives.find(
    (m) => m.category === "country" && m.country && m.start <= noun.token.start && noun.token.end <= m.end,
  );
  if (!people) return null;
  const role = peopleRole(view.tokens, noun.token, clause, doc.lang);
  if (role)
    return role.item === "person" ? null : { item: role.item, rule: `claim.item.people.${role.word}` };
  const before = earlier.findLast(
    (c) => c.actor === people.country && c.item !== "person" && isPeopleItem(c.item) && isPersonnel(c.item),
  );
  if (before) return { item: before.item, rule: "claim.item.people.earlier-claim" };
  // a noun of personnel next to the same country earlier in the document: `Arbeitskräfte aus Nordkorea`
  for (let k = view.index - 1; k >= Math.max(0, view.index - PEOPLE_REACH); k--) {
    const v = ctx.views[k]!;
    for (const m of v.mentions) {
      if (m.country !== people.country || m.category !== "country") continue;
      const at = tokenAt(v.tokens, m.start);
      for (let j = Math.max(0, at - 3); j < Math.min(v.tokens.length, at + 4); j++) {
        const t = v.tokens[j]!;
        if (t.start >= m.start && t.end <= m.end) continue;
        const match = matchItemWord(t.lower, doc.lang);
        if (match && match.item !== "person" && !match.kind && isPeopleItem(match.item))
          return { item: match.item, rule: "claim.item.people.earlier-noun" };
      }
    }
  }
  return null;
}

/** Time rules that only say when a figure was reported or written, not when it happened. */
const WEAK_TIME = /^claim\.time\.(?:reported|reported-state|document-state|present-state)$/;

/**
 * `… had delivered more than 1,000 containers … Kirby said the containers were shipped between Sept. 7
 * and Oct. 1`: the next sentence of the paragraph, on the same item without a figure, dates the
 * figure when the figure's own sentence gave only when it was said.
 */
function datesAntecedent(
  claim: ClaimRecord,
  antecedent: { claim: ClaimRecord; sentence: number; paragraph: number },
  view: SentenceView,
): void {
  const target = antecedent.claim;
  if (antecedent.sentence !== view.index - 1 || antecedent.paragraph !== view.sentence.paragraph) return;
  if (target.item !== claim.item || target.kind !== claim.kind || !claim.time.start) return;
  if (claim.rules.some((r) => WEAK_TIME.test(r) || r === "claim.time.paragraph")) return;
  if (target.time.start && !target.rules.some((r) => WEAK_TIME.test(r))) return;
  target.rules = target.rules.filter((r) => !WEAK_TIME.test(r));
  target.time = { ...claim.time };
  target.rules.push("claim.time.next-sentence");
}

/**
 * `… at least 30 soldiers killed or wounded, HUR said on Monday. The casualties were inflicted on December
 * 14 and 15 …`: a sentence without a figure that names the kind by a noun (`Verluste`, `casualties`,
 * `Lieferungen`) and a time dates the figures of that kind of the sentence before, where their own
 * sentence gave only when they were said or written.
 */
const SUBJECT_REACH = 3;

function datesPrevious(ctx: ClaimContext, view: SentenceView, out: ClaimRecord[], prev: SentenceView): void {
  const { annotated, cues } = ctx;
  const { doc } = annotated;
  // the noun is the sentence's subject (`Die Verluste …`, `The casualties …`), the time in its clause
  const cue = findKindCues(view.tokens.slice(0, SUBJECT_REACH + 1), cues, doc.lang).find(
    (h) => h.pos === "noun" && h.first < SUBJECT_REACH && inBody(doc, h),
  );
  if (!cue || view.tokens.some((t) => cues.negations.has(t.lower))) return;
  const clause = clauseAt(view, cue.start);
  if (!view.times.some((t) => t.start >= clause.start && t.end <= clause.end)) return;
  const when = claimTime(view, clause, cue, cue.kind, doc.date, cues);
  if (!when.time.start || when.rules.some((r) => WEAK_TIME.test(r))) return;
  for (const c of out) {
    if (c.span[0] !== prev.sentence.start || c.kind !== cue.kind) continue;
    if (c.time.start && !c.rules.some((r) => WEAK_TIME.test(r))) continue;
    c.rules = c.rules.filter((r) => !WEAK_TIME.test(r));
    c.time = { ...when.time };
    c.rules.push("claim.time.next-sentence");
  }
}

/** Roles found in the claim's own clause (not carried from the paragraph, the document or the wider sentence). */
const ownRole = (claim: ClaimRecord, slot: "actor" | "recipient") =>
  claim.rules.some((r) => r.startsWith(`claim.${slot}.`) && !/\.(?:paragraph|document|sentence)$/.test(r));

/**
 * A figure standing for a noun said before counts a part of the same people or goods (`more than 13,000
 * North Koreans entered Russia … Nearly 8,000 of them came on student visas`; `Kyiv said that more than
 * 3,000 of them had been killed`): whose they are, where they went, when, and on whose word carry over
 * from the antecedent unless the figure's own clause or sentence says otherwise.
 */
function inheritFromAntecedent(
  claim: ClaimRecord,
  from: ClaimRecord,
  view: SentenceView,
  noKindCue: boolean,
): void {
  const rules: string[] = [];
  // `Nearly 1,500 of them came as students`: no cue says what happened to them, so as to the whole
  if (noKindCue && claim.kind !== from.kind) {
    claim.kind = from.kind;
    rules.push("claim.kind.antecedent");
  }
  // a country adjective loose in the sentence (`Der ukrainische Präsident sprach von 11.000 nordkoreanischen
  // Soldaten, von denen fast 4000 getötet …`) names less surely whose the part is than its whole does
  const looseAdjective = claim.rules.includes("claim.actor.subject-adjective");
  if (from.actor && (!ownRole(claim, "actor") || looseAdjective) && claim.actor !== from.actor) {
    claim.rules = claim.rules.filter((r) => !r.startsWith("claim.actor."));
    claim.actor = from.actor;
    rules.push("claim.actor.antecedent");
  }
  if (hasRecipient(claim.kind) && !claim.recipient && from.recipient && from.recipient !== claim.actor) {
    claim.recipient = from.recipient;
    rules.push("claim.recipient.antecedent");
  }
  // `4,000 of them have been killed` after `11,000 troops sent starting in October`: the sending's time
  // is not the killing's
  if (!view.times.length && claim.kind === from.kind && (from.time.start || from.time.end)) {
    claim.rules = claim.rules.filter((r) => !r.startsWith("claim.time."));
    claim.time = { ...from.time };
    rules.push("claim.time.antecedent");
  }
  const unsourced = !claim.source.country && !claim.source.org && !claim.source.person;
  if (unsourced && (from.source.country || from.source.org || from.source.person)) {
    claim.source = { ...from.source };
    claim.publisher ??= from.publisher;
    rules.push("claim.source.antecedent");
  }
  claim.rules.push(...rules);
}

/** The number a figure gives: `9 million` and `at least 9 million` state the same figure. */
const figureOf = (c: ClaimRecord) => c.value ?? c.min ?? c.max ?? c.vague;

/** `knapp 1000` (at most) and `mehr als 1000` (at least) are two figures, not one stated twice. */
const oppositeBounds = (a: ClaimRecord, b: ClaimRecord) =>
  (a.max !== null && a.min === null && b.min !== null && b.max === null) ||
  (a.min !== null && a.max === null && b.max !== null && b.min === null);

/** How many roles a claim fills; a time counts only where the text dates the fact (not only its saying). */
const filled = (c: ClaimRecord) =>
  [
    c.actor,
    c.recipient,
    c.rules.some((r) => WEAK_TIME.test(r)) ? null : c.time.start,
    c.source.country ?? c.source.org ?? c.source.person,
  ].filter((x) => x !== null).length;
const sameSource = (a: ClaimRecord, b: ClaimRecord) =>
  !a.source.country || !b.source.country || a.source.country === b.source.country;

/** The kind was the item's default: no word of the text said what happened. */
const kindGuessed = (c: ClaimRecord) => c.rules.some((r) => r.startsWith("claim.kind.default."));

/**
 * One claim per figure stated twice (a headline and the body, `Rund 300 … gefallen` and `etwa 300 …
 * getötet`): same item, kind and figure, compatible sources; the better-filled one stays. A headline's
 * figure whose kind is only the item's default (`Etwa 2000 Soldaten in Russland` over a body that says
 * they were killed) is the body's figure too: the one whose text names the kind stays.
 */
function dedupe(claims: readonly ClaimRecord[], headline: ReadonlySet<ClaimRecord>): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const kindsAgree = (o: ClaimRecord, c: ClaimRecord) =>
    o.kind === c.kind ||
    (headline.has(o) !== headline.has(c) && (headline.has(o) ? kindGuessed(o) : kindGuessed(c)));
  for (const c of claims) {
    const k = out.findIndex(
      (o) =>
        o.item === c.item &&
        figureOf(o) === figureOf(c) &&
        !oppositeBounds(o, c) &&
        sameSource(o, c) &&
        kindsAgree(o, c),
    );
    const o = out[k];
    if (!o) out.push(c);
    else if (o.kind !== c.kind ? kindGuessed(o) : filled(c) > filled(o))
      out[k] = { ...c, rules: [...c.rules, "claim.deduplicated"] };
  }
  return out;
}

function nextState(view: SentenceView, c: ClaimRecord): ParagraphState {
  return {
    paragraph: view.sentence.paragraph,
    kind: c.kind,
    actor: c.actor,
    recipient: c.recipient,
    source: c.source,
    publisher: c.publisher,
    time: c.time.start || c.time.end ? c.time : null,
  };
}

function buildClaim(
  ctx: ClaimContext,
  view: SentenceView,
  clause: Span,
  figure: Span,
  n: NumberAnnotation | null,
  item: ClaimItem,
  kind: ClaimKind,
  onItem: readonly Mention[],
  state: ParagraphState | null,
  received = false,
): ClaimRecord {
  const { annotated, cues, docName } = ctx;
  const { doc } = annotated;
  const rules: string[] = [];
  const speaker = speakerTest(view, figure);
  const isSpeaker = (m: Mention) => speaker(m) || placeOfSaying(view, m, figure, cues);

  // a preposition inside an attribution governs its source only: `Nach US-Angaben hat Nordkorea …`
  const barriers: Span[] = [...view.times, ...ownAttributions(view)];
  // the clause's role mentions, found once: the roles first, a person actor last
  const inClause = roleMentions(
    doc.text,
    view.tokens,
    view.mentions,
    clause,
    figure,
    onItem,
    isSpeaker,
    cues,
    barriers,
  );
  let { actor, recipient } = assignRoles(inClause, kind, received);
  if (!actor && kind === "casualties" && item === "person") actor = placeActor(inClause);
  if (!actor || (!recipient && hasRecipient(kind))) {
    // beyond the clause, a person named is more likely the speaker than the actor
    const places = view.mentions.filter((m) => m.category !== "person");
    const wide = assignRoles(
      roleMentions(doc.text, view.tokens, places, view.sentence, figure, onItem, isSpeaker, cues, barriers),
      kind,
      received,
    );
    const mark = (r: Role | null): Role | null => r && { ...r, rule: `${r.rule}.sentence` };
    actor ??= mark(wide.actor);
    if (!recipient && hasRecipient(kind) && wide.recipient?.country !== actor?.country)
      recipient = mark(wide.recipient);
  }
  if (!recipient && kind === "deployment") {
    // `12,000 North Koreans are serving with Russian units`, `auf russischer Seite`: the side they serve
    const side = sideCountry(view.tokens, view.mentions, clause, figure, doc.lang, actor?.country ?? null);
    if (side) recipient = { country: side, rule: "claim.recipient.side" };
  }
  if (state && FAMILY[state.kind] === FAMILY[kind]) {
    if (!actor && state.actor && state.actor !== recipient?.country) {
      actor = { country: state.actor, rule: "claim.actor.paragraph" };
    }
    if (!recipient && hasRecipient(kind) && state.recipient && state.recipient !== actor?.country) {
      recipient = { country: state.recipient, rule: "claim.recipient.paragraph" };
    }
  }
  // a person is the actor only when nothing else names one: a person named is more often the speaker
  actor ??= personActor(inClause);
  if (actor && recipient && actor.country === recipient.country && hasRecipient(kind)) {
    // a party does not send troops or goods to itself (`Kim habe entschieden, 1000 Pioniere zu entsenden,
    // sagte … in Pjöngjang`): the recipient is the paragraph's, else none
    const carried = state && FAMILY[state.kind] === FAMILY[kind] ? state.recipient : null;
    recipient =
      carried && carried !== actor.country ? { country: carried, rule: "claim.recipient.not-self" } : null;
  }
  if (actor) rules.push(actor.rule);
  if (recipient) rules.push(recipient.rule);

  const when = claimTime(view, clause, figure, kind, doc.date, cues);
  const back = when.rules.some((r) => STATE_TIME.test(r)) ? thenTime(ctx, view) : null;
  if (back) {
    // `hieß es damals in Seoul` after `Nach Schätzungen … vom April`: it held at the time named before
    when.rules = when.rules.filter((r) => !STATE_TIME.test(r));
    when.rules.push(`claim.time.then`);
    when.time = { start: back, end: null };
  }
  rules.push(...when.rules);
  // `Darin könnten sich drei Millionen Geschosse befunden haben` continues the last delivery: its time too
  if (
    !when.time.start &&
    !when.time.end &&
    !view.times.length &&
    actor?.rule === "claim.actor.paragraph" &&
    state?.time
  ) {
    when.time = { ...state.time };
    rules.push("claim.time.paragraph");
  }

  const attribution = attributionFor(view, figure);
  let source = NO_SOURCE;
  let publisher: string | null = null;
  if (attribution) {
    source = { ...attribution.source };
    publisher = attribution.publisher;
    rules.push(attribution.rule);
  } else if (
    state?.local &&
    state.source &&
    (state.source.country || state.source.org || state.source.person)
  ) {
    source = { ...state.source };
    publisher = state.publisher;
    rules.push("claim.source.paragraph");
  }

  const hedges = view.hedges.filter(
    (h) => h.start < clause.end && !(h.start >= figure.end && h.start >= clause.end),
  );
  rules.push(...hedges.map((h) => h.rule));

  return {
    type: "claim",
    doc: docName,
    kind,
    item,
    value: n?.value ?? null,
    min: n?.min ?? null,
    max: n?.max ?? null,
    approx: n?.approx ?? false,
    vague: n?.vague ?? null,
    actor: actor?.country ?? null,
    recipient: recipient?.country ?? null,
    time: when.time,
    reported: when.reported,
    source,
    publisher,
    hedged: hedges.length > 0,
    span: [view.sentence.start, view.sentence.end],
    text: doc.text.slice(view.sentence.start, view.sentence.end),
    figure: n ? [n.start, n.end] : null,
    rules,
  };
}

/** A subset word right before the figure: `darunter rund 600 Tote`, `including 600 dead`. */
function subsetWordBefore(tokens: readonly Token[], figure: Span, cues: Cues): boolean {
  const prev = tokens[tokenAt(tokens, figure.start) - 1];
  return !!prev && cues.subsets.has(prev.lower);
}

/** The times a state gets from the document's date: a word pointing back (`damals`) replaces them. */
const STATE_TIME = /^claim\.time\.(?:document-state|present-state)$/;

/**
 * The time a word of the sentence points back to (`damals`, `then`): the last dated time of the nearest
 * earlier sentence of the paragraph that has one; null without such a word or time.
 */
function thenTime(ctx: ClaimContext, view: SentenceView): string | null {
  if (view.times.length || !view.tokens.some((t) => ctx.cues.thenWords.has(t.lower))) return null;
  for (let k = view.index - 1; k >= 0; k--) {
    const v = ctx.views[k]!;
    if (v.sentence.paragraph !== view.sentence.paragraph) return null;
    const dated = v.times.filter((t) => t.from);
    if (dated.length) return dated.at(-1)!.from;
  }
  return null;
}

/** How many words may stand between a speech verb and the place it was said: `sagte Schoigu am Dienstag in`. */
const SAYING_PLACE_REACH = 6;

/**
 * A place right after an attribution that follows the figure, behind a few words and a preposition of
 * place, is where the words were said, not where anything went: `hieß es vergangene Woche in Seoul`,
 * `sagte Schoigu am Dienstag in Pjöngjang`, `he told reporters in Washington`.
 */
function placeOfSaying(view: SentenceView, m: Mention, figure: Span, cues: Cues): boolean {
  if (m.category !== "place") return false;
  // a verb of saying (not the mood of reported speech, `sei`, which stands inside the statement)
  const a = ownAttributions(view).findLast(
    (x) => x.rule.endsWith(".speech-verb") && x.start >= figure.end && x.end <= m.start,
  );
  if (!a) return false;
  const between = view.tokens.filter((t) => t.start >= a.end && t.end <= m.start);
  if (!between.length || between.length > SAYING_PLACE_REACH) return false;
  if (!cues.destination.has(between.at(-1)!.lower)) return false;
  return !/[;:()"„“”]/.test(view.textOf(a.end, m.start));
}
