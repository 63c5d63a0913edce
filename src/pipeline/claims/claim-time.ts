/**
 * @module When a claim holds and when it was said. The time in the figure's clause is the claim's time
 * (`seit August 2023` → start 2023-08); a time in the clause of the attribution verb is when it was
 * reported (`Schon im März erklärten die USA, dass …` → reported 2024-03); a deployment or inventory stated
 * in the present tense holds at the document's date (`befinden sich … in Russland`).
 */
import type { Attribution, TimeAnnotation } from "../../core/annotations.js";
import type { ClaimKind, TimeRef } from "../../core/records.js";
import type { Span } from "../../core/span.js";
import type { Cues } from "./cues.js";
import type { SentenceView } from "./sentence-view.js";

const inside = (outer: Span, x: Span) => outer.start <= x.start && x.end <= outer.end;
const touches = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const gap = (a: Span, b: Span) =>
  a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;

function nearest<T extends Span>(xs: readonly T[], to: Span): T | null {
  return xs.reduce<T | null>((best, x) => (!best || gap(x, to) < gap(best, to) ? x : best), null);
}

/** Attributions stated in this sentence (not carried from an earlier one). */
export function ownAttributions(view: SentenceView): Attribution[] {
  return view.attributions.filter((a) => !a.carried && inside(view.sentence, a));
}

export interface ClaimTime {
  time: TimeRef;
  reported: string | null;
  rules: string[];
}

/** Kinds that state how things stand (`10 000 Soldaten befinden sich …`, `bislang 300 getötet`): they hold when said. */
const STATES: ReadonlySet<ClaimKind> = new Set(["deployment", "inventory", "casualties"]);

/** Kinds that count who or what is somewhere: a count reached `by` a time holds at that time. */
const PRESENCE: ReadonlySet<ClaimKind> = new Set(["deployment", "inventory"]);

export function claimTime(
  view: SentenceView,
  clause: Span,
  figure: Span,
  kind: ClaimKind,
  docDate: string | null,
  cues: Cues,
): ClaimTime {
  const own = ownAttributions(view);
  const attributionClauses = view.clauses.filter((c) => own.some((a) => touches(c, a)));
  const usable = view.times.filter((t) => (t.from ?? t.to) !== null);
  const notAttribution = (t: TimeAnnotation) => !own.some((a) => touches(a, t));

  const rules: string[] = [];
  // `…, dass Nordkorea 7 000 Container geliefert habe`: the clauses before it say who said it and when
  const opener = view.tokens.find((t) => t.start >= clause.start && t.end <= clause.end);
  const reportedSpeech = !!opener && cues.complementizers.has(opener.lower);
  // `Zelenskiy said on Sunday …`, `sagte der Abgeordnete am Montag`: a time right after the attribution dates the saying
  // (a verb of saying, not `nach Angaben des Generalstabs im Januar`, where the time is the fact's)
  // (a period's bound is no date of saying: `hatte der NIS erklärt, seit August seien …`)
  const afterSaying = (t: TimeAnnotation) =>
    t.mod !== "since" &&
    t.mod !== "until" &&
    own.some(
      (a) =>
        /speech|verb/.test(a.rule) &&
        a.end <= t.start &&
        /^[\s,]*(?:\p{Ll}{1,4}\s+)?$/u.test(view.textOf(a.end, t.start)),
    );
  const saying = (t: TimeAnnotation) =>
    attributionClauses.some((c) => inside(c, t)) ||
    (reportedSpeech && t.end <= clause.start) ||
    afterSaying(t);
  let reported: string | null = null;
  // `Selenskyj hatte kurz vor Weihnachten erklärt, mehr als 3000 …`: a time inside the attribution itself
  // dates the saying
  const said = nearest(
    usable.filter(
      (t) => (((!inside(clause, t) || afterSaying(t)) && saying(t)) || !notAttribution(t)) && t.from,
    ),
    figure,
  );
  if (said) {
    reported = said.from;
    rules.push(`claim.reported.${said.rule}`);
  }

  const ownClause = usable.filter((t) => inside(clause, t) && notAttribution(t) && !afterSaying(t));
  // `11,000 troops there last autumn and about 3,000 reinforcements early this year`: each figure of a
  // coordination takes the times of its own part
  const part = figurePart(view, clause, figure, cues);
  const inPart = ownClause.filter((t) => inside(part, t));
  const inClause = inPart.length ? inPart : ownClause;
  const earlier = usable.filter((t) => t.end <= clause.start && !saying(t) && notAttribution(t));
  // `von mehr als 1000 Containern gesprochen, die seit Anfang September verschifft worden seien`: a relative
  // clause on the figure's noun says when it happened
  const relative = relativeClauseOn(view, clause, figure, cues);
  const inRelative = relative
    ? usable.filter((t) => inside(relative, t) && notAttribution(t) && !afterSaying(t))
    : [];
  const found = nearest(inRelative, figure) ?? nearest(inClause, figure) ?? nearest(earlier, figure);
  const when = found && withYear(view, found, usable, rules);
  if (when) {
    rules.push(when.rule);
    // `im Januar und Februar`: two times joined by a conjunction span from the first to the last
    const pair = inClause.find(
      (t) => t !== when && /^\s*(?:und|bis|and|to|or|oder|[-–])\s*$/i.test(between(view, when, t)),
    );
    if (pair) {
      const [a, b] = pair.start < when.start ? [pair, when] : [when, pair];
      rules.push(pair.rule);
      return { time: { start: a.from ?? b.from, end: b.to }, reported, rules };
    }
    if (!when.from && when.to && when.mod === "until" && PRESENCE.has(kind)) {
      // `bis Dezember könnten es 10.000 werden`: how many are there by then holds at that time
      rules.push("claim.time.by-then");
      return { time: { start: when.to, end: when.to }, reported, rules };
    }
    return { time: yearPart(when) ?? { start: when.from, end: when.to }, reported, rules };
  }
  if (reported) {
    // `Blinken said on Thursday that 10,000 soldiers are in Russia`: it held when it was said
    rules.push(STATES.has(kind) ? "claim.time.reported-state" : "claim.time.reported");
    return { time: { start: reported, end: null }, reported, rules };
  }
  if (docDate && !STATES.has(kind) && nowWord(view, clause, cues)) {
    // `verschießt derzeit bis zu 10.000 Granaten am Tag`, `is currently firing`: it holds when written
    rules.push("claim.time.now");
    return { time: { start: docDate, end: null }, reported, rules };
  }
  if (docDate && STATES.has(kind)) {
    // a deployment, inventory or tally holds at the document's date unless the text dates it
    rules.push(presentState(view, clause, cues) ? "claim.time.present-state" : "claim.time.document-state");
    return { time: { start: docDate, end: null }, reported, rules };
  }
  return { time: { start: null, end: null }, reported, rules };
}

/**
 * A month whose year follows as a relative expression (`seit August vergangenen Jahres`, `in March last
 * year`) is read as two time expressions: the month takes the year of the one right after it.
 */
function withYear(
  view: SentenceView,
  month: TimeAnnotation,
  times: readonly TimeAnnotation[],
  rules: string[],
): TimeAnnotation {
  if (month.grain === "year") {
    // the year was the nearer one: take the month right before it
    const before = times.find(
      (t) => t.grain === "month" && t.end <= month.start && /^\s*$/.test(view.textOf(t.end, month.start)),
    );
    return before ? withYear(view, before, times, rules) : month;
  }
  if (month.grain !== "month" || !month.from) return month;
  const year = times.find(
    (t) =>
      t.grain === "year" && t.start >= month.end && t.from && /^\s*$/.test(view.textOf(month.end, t.start)),
  );
  if (!year?.from) return month;
  rules.push(year.rule);
  const shift = (iso: string | null) => iso && `${year.from!.slice(0, 4)}${iso.slice(4)}`;
  return { ...month, end: year.end, from: shift(month.from), to: shift(month.to) };
}

/**
 * The part of a clause that belongs to one of several figures joined by a conjunction: from the last
 * conjunction after the figure before it to the first conjunction after it that precedes the next figure.
 */
function figurePart(view: SentenceView, clause: Span, figure: Span, cues: Cues): Span {
  const others = view.numbers.filter(
    (n) => n.type === "number" && inside(clause, n) && (n.end <= figure.start || n.start >= figure.end),
  );
  if (!others.length) return clause;
  const prev = others.filter((n) => n.end <= figure.start).at(-1);
  const next = others.find((n) => n.start >= figure.end);
  const joins = view.tokens.filter((t) => inside(clause, t) && cues.conjunctions.has(t.lower));
  const start = prev ? joins.filter((t) => t.start >= prev.end && t.end <= figure.start).at(-1) : undefined;
  const end = next ? joins.find((t) => t.start >= figure.end && t.end <= next.start) : undefined;
  return { start: start?.end ?? clause.start, end: end?.start ?? clause.end };
}

/** How many words may stand between a figure and the relative clause on its noun: `1000 Containern mit Rüstungsgütern, die`. */
const RELATIVE_REACH = 5;

/**
 * The relative clause right after the figure's noun phrase (`…, die seit September verschifft wurden`,
 * `…, which were shipped in May`), or null: the next clause opens with a clause opener that is no
 * complementizer, and at most a few words stand between the figure and it.
 */
function relativeClauseOn(view: SentenceView, clause: Span, figure: Span, cues: Cues): Span | null {
  const next = view.clauses.find((c) => c.start >= clause.end);
  if (!next) return null;
  const opener = view.tokens.find((t) => t.start >= next.start && t.end <= next.end);
  if (!opener || !cues.clauseOpeners.has(opener.lower) || cues.complementizers.has(opener.lower)) return null;
  const gap = view.tokens.filter((t) => t.start >= figure.end && t.end <= clause.end);
  if (gap.length > RELATIVE_REACH) return null;
  if (
    !/^\s*,\s*$/.test(view.textOf(clause.end, opener.start)) &&
    view.textOf(clause.end, clause.end + 1) !== ","
  )
    return null;
  return next;
}

function between(view: SentenceView, a: Span, b: Span): string {
  const [x, y] = a.start < b.start ? [a, b] : [b, a];
  return x.end <= y.start ? view.textOf(x.end, y.start) : "";
}

function presentState(view: SentenceView, clause: Span, cues: Cues): boolean {
  return view.tokens.some((t) => inside(clause, t) && cues.presentState.has(t.lower));
}

function nowWord(view: SentenceView, clause: Span, cues: Cues): boolean {
  return view.tokens.some((t) => inside(clause, t) && cues.now.has(t.lower));
}

/**
 * The start or end of a year stands for its first or last month: `Zu Jahresbeginn` in 2025 → 2025-01,
 * `Ende 2023` → 2023-12, `seit Anfang 2024` → since 2024-01 (a figure of that time, not of the whole year).
 */
function yearPart(t: TimeAnnotation): TimeRef | null {
  if (t.grain !== "year" || !t.from) return null;
  // `seit Anfang 2024`: the time stage keeps the year (a part before `since` left as a year is its start);
  // the figure counts from its first month
  if (t.mod === "since" && !t.to && /\+mod\+since$/.test(t.rule)) return { start: `${t.from}-01`, end: null };
  if (t.from !== t.to) return null;
  if (t.mod === "start") return { start: `${t.from}-01`, end: `${t.from}-01` };
  if (t.mod === "end") return { start: `${t.from}-12`, end: `${t.from}-12` };
  return null;
}
