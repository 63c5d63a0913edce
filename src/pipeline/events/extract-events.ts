/**
 * @module Events: a trigger (`Besuch`, `empfing`, `ratifiziert`, `Atomwaffentest`) with its participants
 * (people and organisations of the sentence), actor (who acts), location and time. A noun trigger needs a
 * time in its sentence (`beim Besuch im September 2023`; `bei beiden Reisen` refers back and makes none);
 * a verb trigger needs a time or a participant and otherwise takes its time from the paragraph
 * (`Putin empfing Kim …` after `… im September 2023`); a verb joined to a dated trigger of its clause
 * shares that time (`trafen sich im September … und vereinbarten`). A trigger the text does not
 * assert makes none (negated, conditional, modal, a participle or noun used as a modifier), nor does a
 * time after the document's date (a plan). Mentions of one event are merged.
 */
import type { Mention, TimeAnnotation } from "../../core/annotations.js";
import { inBody, type Lang } from "../../core/document.js";
import type { EventKind, EventRecord, TimeRef } from "../../core/records.js";
import type { Span } from "../../core/span.js";
import { ownAttributions } from "../claims/claim-time.js";
import type { ClaimContext } from "../claims/extract-claims.js";
import { matchItemWord } from "../claims/items.js";
import { prepositionOf } from "../claims/roles.js";
import { clauseAt, type SentenceView } from "../claims/sentence-view.js";
import { speakerTest } from "../claims/speakers.js";
import { type Token, tokenAt } from "../claims/tokens.js";
import {
  type EventCues,
  eventCuesFor,
  findTriggers,
  meetingAsVisit,
  OUTLETS,
  type TriggerHit,
  visitNeedsPerson,
} from "./triggers.js";

/** An agency dateline at the head of a sentence: `MOSCOW, Dec 4 (Reuters) - `, `Seoul (dpa) - `. */
const DATELINE = /^[^()\n]{0,60}\([^()\n]{1,30}\)\s*[-–—]{1,2}\s/u;

interface Draft extends EventRecord {
  /** time still to be filled from the document's date after merging */
  undated: boolean;
}

/** `a` lies after `b` at their common precision (`2025-07-27` after `2025-07-12`; `2025-07` is not after `2025-07-12`). */
const after = (a: string | null, b: string | null) => {
  if (!a || !b) return false;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
};

const gap = (a: Span, b: Span) =>
  a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
const inside = (outer: Span, x: Span) => outer.start <= x.start && x.end <= outer.end;

export function extractEvents(ctx: ClaimContext): EventRecord[] {
  const { annotated, views, cues } = ctx;
  const { doc } = annotated;
  const ecues = eventCuesFor(doc.lang);
  const drafts: Draft[] = [];
  let lastTime: TimeAnnotation | null = null;
  let paragraph = -1;

  for (const view of views) {
    if (view.sentence.paragraph !== paragraph) {
      paragraph = view.sentence.paragraph;
      lastTime = null;
    }
    const hits = findTriggers(view.tokens, cues, doc.lang).filter((h) => inBody(doc, h));
    if (hits.length) {
      // the time of the event named before: one of the same kind first (`eigene Sanktionen`), else the latest
      const dated = drafts.filter((d) => !d.undated && d.time.start).reverse();
      const previous = (kind: EventKind) => (dated.find((d) => d.kind === kind) ?? dated[0])?.time ?? null;
      drafts.push(...sentenceEvents(ctx, ecues, view, hits, lastTime, previous));
    }
    for (const t of view.times) if (t.from) lastTime = t;
  }

  return merge(drafts).map((d) => {
    const e = record(d);
    if (d.undated && doc.date) {
      e.time = { start: doc.date, end: null };
      e.rules.push("event.time.document");
    }
    return e;
  });
}

type DraftBase = Omit<EventRecord, "time" | "rules">;

/**
 * A draft from a sentence's common fields, written out field by field in the record's order (the order
 * the JSON keeps): a spread copy of the base for every time costs several times more, per event.
 */
function draft(
  base: DraftBase,
  time: TimeRef,
  rules: string[],
  undated: boolean,
  participants = base.participants,
): Draft {
  return {
    type: base.type,
    doc: base.doc,
    kind: base.kind,
    participants,
    actor: base.actor,
    location: base.location,
    span: base.span,
    text: base.text,
    time,
    rules,
    undated,
  };
}

/** The record of a merged draft, without the draft's own flag. */
function record(d: Draft): EventRecord {
  return {
    type: d.type,
    doc: d.doc,
    kind: d.kind,
    participants: d.participants,
    actor: d.actor,
    location: d.location,
    span: d.span,
    text: d.text,
    time: d.time,
    rules: d.rules,
  };
}

/**
 * The person who speaks in an attribution when a circumstance preposition stands at most two words before
 * the trigger at `at`, right after the attribution (`Shoigu said after a visit`, `sagte Schoigu nach einem
 * Besuch`) or inside it, before its verb (`Schoigu hatte nach einem Besuch in Pjöngjang angekündigt`);
 * else null.
 */
function speakerDoing(view: SentenceView, ecues: EventCues, at: number): string | null {
  const before = view.tokens.filter((t) => t.end <= at).slice(-3);
  const k = before.findIndex((t) => ecues.speechCircumstances.has(t.lower));
  if (k < 0) return null;
  const prep = before[k]!;
  for (const a of ownAttributions(view)) {
    if (!a.source.person) continue;
    const inside = a.start < prep.start && at < a.end;
    const right = a.end <= prep.start && !view.tokens.some((t) => t.start >= a.end && t.end <= prep.start);
    if (inside || right) return a.source.person;
  }
  return null;
}

function sentenceEvents(
  ctx: ClaimContext,
  ecues: EventCues,
  view: SentenceView,
  hits: readonly TriggerHit[],
  lastTime: TimeAnnotation | null,
  previous: (kind: EventKind) => TimeRef | null,
): Draft[] {
  const { annotated, cues, docName } = ctx;
  const { doc } = annotated;
  // a speaker's mentions take no part, unless the attribution wraps the whole event (`X sagte, Putin habe …`)
  const speakerOf = speakerTest(view, { start: hits[0]!.start, end: hits[hits.length - 1]!.end });
  // `Shoigu said after a visit to Pyongyang`: the speaker's own doing, the speaker takes part
  const doer = speakerDoing(view, ecues, hits[0]!.start);
  const speaking = (m: Mention) => speakerOf(m) && !(m.category === "person" && m.name === doer);
  const free = (m: Span) => inBody(doc, m);
  const people = view.mentions.filter(
    (m) =>
      (m.category === "person" || m.category === "organization") &&
      !OUTLETS.has(m.entity) &&
      free(m) &&
      !speaking(m),
  );
  const participants = [...new Set(people.map((m) => m.name))];
  // `MOSCOW, Dec 4 (Reuters) - …`: the dateline dates the report, not the event
  // (a dateline has its `(` within the first 61 characters: most sentences skip the regex)
  const head = doc.text.slice(view.sentence.start, Math.min(view.sentence.end, view.sentence.start + 61));
  const dateline = head.includes("(")
    ? DATELINE.exec(doc.text.slice(view.sentence.start, view.sentence.end))
    : null;
  const bodyStart = view.sentence.start + (dateline ? dateline[0].length : 0);
  // `the first visit since 2019`: the `since` time dates the gap the event ends, not the event
  const firstAt = view.tokens.findIndex((t) => ecues.firstWords.has(t.lower));
  const times = view.times.filter(
    (t) =>
      t.from &&
      free(t) &&
      t.start >= bodyStart &&
      !(firstAt >= 0 && t.rule.includes("since") && view.tokens[firstAt]!.end <= t.start) &&
      // a bare number right after a noun trigger names it, it is no year: `Resolution 1718` (after a verb
      // it is one: `empfing 2001 … Kim Jong Il`)
      !hits.some((h) => {
        const next = view.tokens[h.last + 1];
        return (
          h.pos === "noun" && next && next.start === t.start && /^\d+$/.test(doc.text.slice(t.start, t.end))
        );
      }),
  );

  const usable = hits.filter((h) => {
    const clause = clauseAt(view, h.start);
    const words = view.tokens.filter((t) => inside(clause, t));
    if (h.unless.some((u) => words.some((t) => u.test(t.lower)))) return false;
    if (h.with.length && !h.with.some((u) => words.some((t) => u.test(t.lower)))) return false;
    const after = view.tokens.slice(h.last + 1, h.last + 5);
    if (h.notBefore.some((u) => after.some((t) => u.test(t.lower)))) return false;
    const before = view.tokens.slice(Math.max(0, h.first - 3), h.first).filter((t) => inside(clause, t));
    if (h.notAfter.some((u) => before.some((t) => u.test(t.lower)))) return false;
    return !notAsserted(view, clause, h, ecues, doc.lang);
  });
  const byKind = new Map<EventKind, TriggerHit[]>();
  for (const h of usable) {
    const group = byKind.get(h.kind);
    if (group) group.push(h);
    else byKind.set(h.kind, [h]);
  }
  // a time belongs to the nearest trigger of its own clause (`X sagte am Montag, dass … unterzeichnet`
  // dates the saying, not the signing); a time in a clause without a trigger that stands before one
  // (`Last month, X, the secretary of …, said after a visit to …`) dates the nearest trigger after it,
  // unless reported speech (`that`, `dass`) opens between them
  const timesOf = new Map<EventKind, TimeAnnotation[]>();
  const ownerOf = new Map<TimeAnnotation, TriggerHit>();
  const fronted = new Set<TimeAnnotation>();
  for (const t of times) {
    const clause = clauseAt(view, t.start);
    let own = usable.filter((h) => inside(clause, h));
    if (!own.length) {
      fronted.add(t);
      own = usable.filter(
        (h) =>
          h.start >= t.end &&
          !view.tokens.some((w) => w.start >= t.end && w.end <= h.start && cues.complementizers.has(w.lower)),
      );
    }
    if (!own.length) continue;
    const near = own.reduce((best, h) => (gap(h, t) < gap(best, t) ? h : best));
    const list = timesOf.get(near.kind);
    if (list) list.push(t);
    else timesOf.set(near.kind, [t]);
    ownerOf.set(t, near);
  }

  const out: Draft[] = [];
  for (const [kind, group] of byKind) {
    const trigger = group[0]!;
    const clause = clauseAt(view, trigger.start);
    const rules = group.map((h) => h.rule);
    let own = timesOf.get(kind) ?? [];
    if (!own.length) {
      // a verb joined to a dated trigger of its clause shares that time, the one before it first:
      // `trafen sich im September … und vereinbarten …`, `arrived in Pyongyang last month and held talks`
      const verbs = group.filter((h) => h.pos === "verb");
      const mates = [...ownerOf].filter(([, o]) => verbs.some((v) => inside(clauseAt(view, v.start), o)));
      const before = mates.filter(([, o]) => verbs.some((v) => o.start < v.start));
      own = (before.length ? before : mates).map(([t]) => t);
      if (own.length) rules.push("event.time.clause");
    }
    // `Die USA verhängten am selben Tag eigene Sanktionen`: the time of the event named before
    const same = !own.length && sameTimeIn(view, clause, ecues) ? previous(kind) : null;
    if (same?.start) rules.push("event.time.same-as-previous");
    const needsTime = group.every((h) => h.needsTime);
    const perfect = view.tokens.some((t) => inside(clause, t) && cues.perfectAux.has(t.lower));
    // the dateline's sentence is the lead: a verb in the perfect there tells the news of the day
    // (`Seoul (Reuters) - Nordkorea hat seinen ersten Satelliten ins All gebracht`)
    const leadNews = !!dateline && perfect && !needsTime;
    if (!own.length && !same?.start && (needsTime || (!participants.length && !leadNews))) continue;

    const actor = eventActor(ctx, view, clause, trigger, people, speaking);
    if (actor) rules.push(actor.rule);
    const location = eventLocation(ctx, ecues, view, clause, trigger, actor?.country ?? null, speaking);
    if (location) rules.push(location.rule);

    let finalKind = kind;
    const personCount = people.filter((m) => m.category === "person").length;
    const passive = view.tokens.some((t) => inside(clause, t) && ecues.passive.has(t.lower));
    const verb = group.some((h) => h.pos === "verb");
    if (meetingAsVisit && kind === "meeting" && verb && passive && personCount <= 1 && location) {
      finalKind = "visit";
      rules.push("event.kind.meeting-as-visit");
    }
    if (finalKind === "visit" && visitNeedsPerson && personCount === 0) continue;

    const base = {
      type: "event" as const,
      doc: docName,
      kind: finalKind,
      participants,
      actor: actor?.country ?? null,
      location: location?.country ?? null,
      span: [view.sentence.start, view.sentence.end] as [number, number],
      text: doc.text.slice(view.sentence.start, view.sentence.end),
    };
    if (own.length) {
      // a time after the document's date is a plan, not a happening (`flights are due to start on July 27`)
      const past = own.filter((t) => !after(t.from, doc.date));
      if (!past.length) continue;
      if (past.length < own.length) rules.push("event.time.future-left-out");
      for (const t of past) {
        const how = fronted.has(t) ? [t.rule, "event.time.fronted"] : [t.rule];
        out.push(draft(base, { start: t.from, end: t.to }, [...rules, ...how], false));
      }
      continue;
    }
    if (same?.start) {
      out.push({ ...base, time: { ...same }, rules, undated: false });
      continue;
    }
    if (perfect && doc.date) {
      out.push(draft(base, { start: doc.date, end: null }, [...rules, "event.time.present-perfect"], false));
    } else if (lastTime) {
      const time: TimeRef = { start: lastTime.from, end: lastTime.to };
      out.push(draft(base, time, [...rules, `event.time.paragraph.${lastTime.rule}`], false));
    } else {
      out.push(draft(base, { start: null, end: null }, rules, true));
    }
  }
  return out;
}

/** The clause holds a phrase that dates it by the event named before (`am selben Tag`, `on the same day`). */
function sameTimeIn(view: SentenceView, clause: Span, ecues: EventCues): boolean {
  const words = view.tokens.filter((t) => inside(clause, t)).map((t) => t.lower);
  return ecues.sameTime.some((p) => words.some((_, i) => p.every((w, k) => words[i + k] === w)));
}

/**
 * A trigger the text does not assert: negated (`has not visited`, `kein Angriff`, `bestätigte … nicht`), under a condition
 * (`if attacked`, `im Fall eines Angriffs`, a clause opened by `if`/`falls`), after a modal (`could attack`), a participle used as an
 * adjective (`the heavily sanctioned states`), or a noun modifying an item noun (`attack drones`).
 */
function notAsserted(view: SentenceView, clause: Span, h: TriggerHit, ecues: EventCues, lang: Lang): boolean {
  const { tokens } = view;
  const word = (i: number) => (i >= 0 && tokens[i]!.start >= clause.start ? tokens[i]!.lower : null);
  for (let i = h.first - 1; i >= h.first - 4; i--) {
    const w = word(i);
    if (w === null) break;
    if (ecues.negations.has(w) || ecues.negationEndings.some((e) => w.endsWith(e))) return true;
  }
  if (h.pos === "verb" && ecues.negationsAfterVerb.size) {
    for (let i = h.last + 1; i < tokens.length && tokens[i]!.end <= clause.end; i++) {
      if (!ecues.negationsAfterVerb.has(tokens[i]!.lower)) continue;
      const next = tokens[i + 1];
      if (!next || next.end > clause.end || !ecues.negationKeepers.has(next.lower)) return true;
    }
  }
  for (const c of ecues.conditionals) {
    if (c.every((w, k) => word(h.first - c.length + k) === w)) return true;
  }
  // a clause opened by a condition: `If Russia ignores the sanctions imposed by …`, `Falls Russland …`
  const opener = tokens.find((t) => t.start >= clause.start);
  if (opener && opener.start < h.start && ecues.clauseConditionals.has(opener.lower)) return true;
  if (h.pos === "verb" && h.first === h.last) {
    const before = word(h.first - 1);
    if (before !== null && ecues.modals.has(before)) return true;
    let j = h.first - 1;
    while (j >= h.first - 3 && word(j) !== null && isSkippable(view, tokens[j]!, ecues)) j--;
    const det = word(j);
    if (det !== null && ecues.determiners.has(det)) return true;
  }
  if (h.pos === "noun") {
    const next = tokens[h.last + 1];
    if (
      next &&
      next.end <= clause.end &&
      !view.textOf(h.end, next.start).trim() &&
      matchItemWord(next.lower, lang)
    )
      return true;
  }
  return false;
}

/** Words between a determiner and its participle: adverbs (`heavily`) and numbers (`the two …`). */
function isSkippable(view: SentenceView, t: Token, ecues: EventCues): boolean {
  return (
    ecues.adverbEndings.some((e) => t.lower.length > e.length + 2 && t.lower.endsWith(e)) ||
    view.numbers.some((n) => n.start <= t.start && t.end <= n.end)
  );
}

interface Placed {
  country: string;
  rule: string;
}

/** Who acts: the country next to a noun trigger (`Russlands … Angriff`), else the first participant's, else the clause's first country. */
function eventActor(
  ctx: ClaimContext,
  view: SentenceView,
  clause: Span,
  trigger: TriggerHit,
  people: readonly Mention[],
  speaking: (m: Mention) => boolean,
): Placed | null {
  const { tokens } = view;
  const countries = view.mentions.filter(
    (m) => m.country && m.category !== "person" && m.category !== "organization" && inside(clause, m),
  );
  const free = countries.filter((m) => !speaking(m));
  if (trigger.pos === "noun") {
    const first = tokenAt(tokens, trigger.start);
    const last = tokenAt(tokens, trigger.end) - 1;
    const near = free.find((m) => {
      const i = tokenAt(tokens, m.start);
      return (i < first && first - i <= 3) || (i > last && i - last <= 1);
    });
    if (near) return { country: near.country!, rule: "event.actor.next-to-trigger" };
  }
  const person = people.find((m) => m.country);
  if (person) return { country: person.country!, rule: "event.actor.participant" };
  const subject = free.find(
    (m) =>
      !prepositionOf(
        ctx.annotated.doc.text,
        tokens,
        m,
        view.mentions,
        (w) => ctx.cues.destination.has(w) || ctx.cues.origin.has(w) || ctx.cues.target.has(w),
      ),
  );
  return subject ? { country: subject.country!, rule: "event.actor.subject" } : null;
}

/** Where: the nearest place or country of the clause that is not the actor's, else the nearest after a preposition of place. */
function eventLocation(
  ctx: ClaimContext,
  ecues: EventCues,
  view: SentenceView,
  clause: Span,
  trigger: TriggerHit,
  actor: string | null,
  speaking: (m: Mention) => boolean,
): Placed | null {
  const { tokens, mentions } = view;
  const places = mentions
    .filter((m) => m.country && m.category !== "person" && m.category !== "organization" && inside(clause, m))
    .filter((m) => !speaking(m))
    .map((m) => ({
      m,
      prep: prepositionOf(
        ctx.annotated.doc.text,
        tokens,
        m,
        mentions,
        (w) => ecues.location.has(w) || ctx.cues.origin.has(w),
      ),
    }))
    .filter((p) => !p.prep || !ctx.cues.origin.has(p.prep));
  const nearest = (list: typeof places) =>
    list.reduce<(typeof places)[number] | null>(
      (best, p) => (!best || gap(p.m, trigger) < gap(best.m, trigger) ? p : best),
      null,
    );
  const other = nearest(places.filter((p) => p.m.country !== actor));
  if (other)
    return {
      country: other.m.country!,
      rule: other.prep ? "event.location.preposition" : "event.location.other-country",
    };
  const prepped = nearest(places.filter((p) => p.prep));
  return prepped ? { country: prepped.m.country!, rule: "event.location.preposition" } : null;
}

const sameTime = (a: string | null, b: string | null) => !a || !b || a.startsWith(b) || b.startsWith(a);

/** One event per happening: same kind, compatible time and place, shared (or unnamed) participants; the first span stays. */
function merge(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    // `… verhängten am selben Tag eigene Sanktionen`: another happening at the time of the one before
    const another = d.rules.includes("event.time.same-as-previous");
    const same = out.find(
      (e) =>
        !another &&
        e.kind === d.kind &&
        sameTime(e.time.start, d.time.start) &&
        // a visit to Pyongyang and one to Hanoi in the same month are two happenings; on the same
        // day (`EU verhängt Sanktionen gegen …` and `billigten am Montag in Brüssel …`) one
        (!e.time.start ||
          !d.time.start ||
          !e.location ||
          !d.location ||
          e.location === d.location ||
          (e.time.start.length >= 10 && e.time.start === d.time.start)) &&
        (e.participants.some((p) => d.participants.includes(p)) ||
          ((!e.participants.length || !d.participants.length) &&
            (!e.actor || !d.actor || e.actor === d.actor))),
    );
    if (!same) {
      out.push(draft(d, d.time, [...d.rules], d.undated, [...d.participants]));
      continue;
    }
    for (const p of d.participants) if (!same.participants.includes(p)) same.participants.push(p);
    if (!same.time.start && d.time.start) {
      same.time = d.time;
      same.undated = false;
    }
    same.actor ??= d.actor;
    same.location ??= d.location;
    same.rules.push("event.merged", ...d.rules.filter((r) => !same.rules.includes(r)));
  }
  return out;
}
