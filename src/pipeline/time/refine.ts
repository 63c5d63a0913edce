/**
 * @module Refiners, in order: drop overlaps, attach `Anfang`/`Mitte`/`Ende`, merge ranges
 * (`von 2001 bis 2002`, `zwischen X und Y`, `Juni bis August 2023`), attach open-interval words
 * (`seit August 2023`, `bis 1973`), drop overlaps again.
 */
import type { Grain } from "../../core/annotations.js";
import { dropOverlaps } from "../../core/span.js";
import { addDays, firstDayOf, GRAIN_RANK, isoDay, isValidDay, lastDayOf, type Ymd } from "./calendar.js";
import { alt, key, lastWord, lookup } from "./patterns.js";
import { moveBy } from "./relative.js";
import type { TimeWords } from "./time-words.js";
import type { Found } from "./types.js";

function ymdArgs(iso: string): [number, number, number] {
  const d = firstDayOf(iso);
  return [d.y, d.m - 1, d.d];
}

/** 0 = Sunday … 6 = Saturday */
function weekdayOf(d: { y: number; m: number; d: number }): number {
  return new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay();
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.UTC(...ymdArgs(b)) - Date.UTC(...ymdArgs(a))) / 86400000);
}

/**
 * Drops candidates inside a longer one in one sweep (`Juni 2024` inside `19. Juni 2024`), so that the
 * quadratic `dropOverlaps` sees few. Equal spans: the first parser's wins.
 */
function dropContained(found: Found[]): Found[] {
  const sorted = found
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.start - b.f.start || b.f.end - a.f.end || a.i - b.i);
  const out: Found[] = [];
  let maxEnd = -1;
  for (const { f } of sorted) {
    if (f.end <= maxEnd) continue;
    out.push(f);
    maxEnd = f.end;
  }
  return out;
}

/** `dropOverlaps`, skipped when a sorted list has no overlap (the usual case after `dropContained`). */
function noOverlaps(list: Found[]): Found[] {
  for (let i = 1; i < list.length; i++) {
    if (list[i]!.start < list[i - 1]!.end || list[i]!.start < list[i - 1]!.start) return dropOverlaps(list);
  }
  return list;
}

export interface Refiners {
  run(found: Found[], text: string): Found[];
}

/** Replaces the year of an ISO date: (`2024-06`, 2023) → `2023-06`. */
function withYear(iso: string | null, y: number): string | null {
  if (!iso) return null;
  return String(y).padStart(4, "0") + iso.slice(4);
}

/** Brings two ends of a range to one grain: the finer one (`Juni bis 15. August` → days). */
function unify(a: Found, b: Found): { from: string | null; to: string | null; grain: Grain } | null {
  if (a.grain === b.grain) return { from: a.from, to: b.to, grain: a.grain };
  const fine = GRAIN_RANK[a.grain] < GRAIN_RANK[b.grain] ? a.grain : b.grain;
  if (fine === "day") {
    return {
      from: a.from ? isoDay(firstDayOf(a.from)) : null,
      to: b.to ? isoDay(lastDayOf(b.to)) : null,
      grain: "day",
    };
  }
  if (a.from && b.to && a.from.length === 4 && b.to.length >= 7)
    return { from: `${a.from}-01`, to: b.to, grain: fine };
  if (a.from && b.to && a.from.length >= 7 && b.to.length === 4)
    return { from: a.from, to: `${b.to}-12`, grain: fine };
  return { from: a.from, to: b.to, grain: fine };
}

/**
 * Where an open interval starts when it opens at a part of one year or month: `since the end of 1989` from
 * September 1989, `seit Ende Juli` from 16 July, `after mid May` after 20 May (the parts as the peers cut
 * them: a year's end is its last four months, its middle May–August; a month's end runs from the 16th, its
 * middle from the 11th to the 20th). Null where the unit's own edge is the answer (`since early 2020`).
 */
function partEdge(f: Found, kind: string): string | null {
  if (!f.from || f.from !== f.to || (f.from.length !== 4 && f.from.length !== 7)) return null;
  const year = f.from.length === 4;
  if (kind === "since" && f.mod === "end") return year ? `${f.from}-09` : `${f.from}-16`;
  if (kind === "since" && f.mod === "mid") return year ? `${f.from}-05` : `${f.from}-11`;
  if (kind === "after" && f.mod === "mid") return year ? `${f.from}-08` : `${f.from}-20`;
  return null;
}

/**
 * A part of one year or month as an end of a range is the instant it names: `the end of 2007` is the turn
 * of the year (a range from it starts on 1 January 2008), `the middle of September` the 16th, `the middle
 * of 2007` 2 July; a range still starts at the start of its first period and ends at the end of its last
 * (`from early 2007 to the end of 2008` keeps the whole years).
 */
function partInstant(f: Found, side: "from" | "to"): Found {
  const iso = f.from;
  if (!iso || iso !== f.to || (iso.length !== 4 && iso.length !== 7) || f.mod === null) return f;
  if ((side === "from" && f.mod === "start") || (side === "to" && f.mod === "end"))
    return { ...f, mod: null };
  let day: string;
  if (f.mod === "mid") day = iso.length === 4 ? `${iso}-07-02` : `${iso}-16`;
  else if (f.mod === "end") day = isoDay(addDays(lastDayOf(iso), 1));
  else day = isoDay(firstDayOf(iso));
  return { ...f, from: day, to: day, grain: "day", mod: null };
}

export function buildRefiners(w: TimeWords, lang: string): Refiners {
  const modRe = new RegExp(
    `(?<![\\p{L}])(${alt(Object.keys(w.mods))})(?:\\s+|-)(?:(?:${alt(w.articles)})\\s+)?$`,
    "iu",
  );
  const openerRe = new RegExp(`(?<![\\p{L}])(${alt(Object.keys(w.openers))})\\s+$`, "iu");
  const notOpenerRe = new RegExp(`(?<![\\p{L}])${alt(w.notOpeners)}\\s+$`, "iu");
  const joinRe = new RegExp(`^\\s*(${alt(w.rangeJoins)})\\s*$`, "iu");
  const leadRe = new RegExp(`(?<![\\p{L}])(${alt(w.rangeStarts)})\\s+$`, "iu");
  const weekdayGap = new RegExp(`^\\s*(?:[-,]\\s*)?(?:${alt(w.weekdayInWeekJoins ?? [])}\\s+)?$`, "iu");
  // the last word of each cue: a candidate whose preceding word is none of these needs no regex
  const lastOf = (list: Iterable<string>) => new Set([...list].map((x) => key(x).split(" ").pop()!));
  const modLast = lastOf(Object.keys(w.mods));
  const articles = new Set(w.articles.map(key));
  const openerLast = lastOf(Object.keys(w.openers));
  const leadLast = lastOf(w.rangeStarts);
  const weekOfRe =
    w.weekOf && Object.keys(w.weekOf).length
      ? new RegExp(`(?<![\\p{L}])(${alt(Object.keys(w.weekOf))})\\s+$`, "iu")
      : null;
  const listJoins = new Set(w.listJoins.map(key));
  const betweenWords = new Set(w.rangeStarts.map(key).filter((s) => /^(zwischen|between)/.test(s)));
  const postModRe =
    w.postMods && Object.keys(w.postMods).length
      ? new RegExp(`^\\s+(${alt(Object.keys(w.postMods))})(?![\\p{L}])`, "iu")
      : null;

  function attachMods(list: Found[], text: string): void {
    for (const f of list) {
      if (f.mod !== null) continue;
      const prev = lastWord(text, f.start);
      const viaArticle = articles.has(prev) && modLast.has(lastWord(text, f.start - prev.length - 1));
      const viaHyphen = text[f.start - 1] === "-" && modLast.has(lastWord(text, f.start - 1));
      if (!modLast.has(prev) && !viaArticle && !viaHyphen) continue;
      const before = text.slice(Math.max(0, f.start - 40), f.start);
      const m = modRe.exec(before);
      if (!m) continue;
      f.start -= before.length - m.index;
      f.mod = w.mods[key(m[1]!)] ?? null;
      f.rule += "+mod";
    }
  }

  /** `dieses Jahr früher`: a part word after a relative unit */
  function attachPostMods(list: Found[], text: string): void {
    if (!postModRe) return;
    for (const f of list) {
      if (f.mod !== null || !f.relative || f.grain === "day") continue;
      const m = postModRe.exec(text.slice(f.end, f.end + 20));
      if (!m) continue;
      f.end += m[0].length;
      f.mod = w.postMods?.[key(m[1]!)] ?? null;
      f.rule += "+mod";
    }
  }

  /**
   * A weekday beside a relative week is that day of the week: `nächste Woche am Freitag`,
   * `tuesday of last week`, `next week Mon`.
   */
  const isWeek = (f: Found) =>
    f.rule.endsWith(".relative.unit") &&
    f.grain === "day" &&
    !!f.from &&
    !!f.to &&
    daysBetween(f.from, f.to) === 6;
  const isWeekday = (f: Found) => f.rule.endsWith(".relative.weekday") && f.from !== null;
  /** a day counted from the reference or a deictic day: `two weeks from now`, `in 3 days`, `2 days after tomorrow` */
  const isOffsetDay = (f: Found) =>
    (f.rule.endsWith(".relative.ago") || f.rule.endsWith(".relative.offset")) &&
    f.grain === "day" &&
    f.from !== null &&
    f.from === f.to;
  const isWeekLike = (f: Found) => isWeek(f) || isOffsetDay(f);

  function weekdayInWeek(list: Found[], text: string): Found[] {
    const out: Found[] = [];
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      const b = list[i + 1];
      if (
        b &&
        b.start - a.end <= 12 &&
        ((isWeekLike(a) && isWeekday(b)) || (isWeekday(a) && isWeekLike(b))) &&
        weekdayGap.test(text.slice(a.end, b.start))
      ) {
        const week = isWeekLike(a) ? a : b;
        const day = isWeekLike(a) ? b : a;
        // `Monday two weeks from now`, `in 3 days on Friday`: that weekday in the week of the counted day
        const first = firstDayOf(week.from!);
        const mon = isWeek(week) ? first : addDays(first, -((weekdayOf(first) + 6) % 7));
        const wd = (new Date(Date.UTC(...ymdArgs(day.from!))).getUTCDay() + 6) % 7;
        const iso = isoDay(addDays(mon, wd));
        out.push({
          ...a,
          end: b.end,
          from: iso,
          to: iso,
          grain: "day",
          mod: null,
          rule: `${lang}.relative.weekday-of-week`,
        });
        i++;
        continue;
      }
      out.push(a);
    }
    return out;
  }

  /** `the week of March 4` → the week containing that day; `the week starting March 4` → seven days from it */
  function attachWeekOf(list: Found[], text: string): void {
    if (!weekOfRe) return;
    for (const f of list) {
      if (f.grain !== "day" || !f.from || f.from !== f.to || f.mod !== null) continue;
      const before = text.slice(Math.max(0, f.start - 30), f.start);
      const m = weekOfRe.exec(before);
      if (!m) continue;
      const kind = w.weekOf![key(m[1]!)];
      const day = firstDayOf(f.from);
      const first =
        kind === "starting"
          ? day
          : addDays(day, -((new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay() + 6) % 7));
      f.start -= before.length - m.index;
      f.from = isoDay(first);
      f.to = isoDay(addDays(first, 6));
      f.rule += "+week-of";
    }
  }

  function mergeRanges(list: Found[], text: string): Found[] {
    const out: Found[] = [];
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      const b = list[i + 1];
      // a range may start at the start of a period and end at its end: `from 2007 to the end of 2008`; other
      // parts are instants (`between the end of 2007 and the end of 2008`, see partInstant)
      const isPart = (m: Found["mod"]) => m === "start" || m === "mid" || m === "end";
      if (!b || (a.mod !== null && !isPart(a.mod)) || (b.mod !== null && !isPart(b.mod))) {
        out.push(a);
        continue;
      }
      const gap = b.start - a.end <= 30 ? text.slice(a.end, b.start) : "";
      const jm = gap ? joinRe.exec(gap) : null;
      if (!jm) {
        out.push(a);
        continue;
      }
      const join = key(jm[1]!);
      const before = text.slice(Math.max(0, a.start - 30), a.start);
      const lead = leadLast.has(lastWord(text, a.start)) ? leadRe.exec(before) : null;
      const leadWord = lead ? key(lead[1]!) : null;
      const isListJoin = listJoins.has(join.split(" ")[0]!);
      if (isListJoin && !(leadWord && betweenWords.has(leadWord))) {
        out.push(a);
        continue;
      }
      const merged = mergeTwo(a, b);
      if (!merged) {
        out.push(a);
        continue;
      }
      if (lead) merged.start -= before.length - lead.index;
      out.push(merged);
      i++;
    }
    return out;
  }

  function mergeTwo(a0: Found, b0: Found): Found | null {
    let a = a0;
    let b = b0;
    // the stated year of one end carries to the other: `Juni bis August 2023`, `März 2023 bis Januar`
    if (a.implied && !b.implied && b.from) {
      const y = Number(b.from.slice(0, 4));
      let from = withYear(a.from ?? `0000${(a.to ?? "").slice(4)}`, y);
      if (a.from === null && a.implied) from = implToIso(a, y);
      if (from && from > (b.from ?? "")) from = withYear(from, y - 1);
      a = { ...a, from, to: from, relative: false };
    } else if (a.implied && b.implied && a.from && b.to) {
      // both ends without a year (`from May to September`): the second follows the first
      const y = Number(a.from.slice(0, 4));
      let to = implToIso(b, y);
      if (to && to < a.from) to = implToIso(b, y + 1);
      if (to && b.implied.endM !== undefined && b.implied.endD !== undefined && b.implied.endD !== null) {
        to = isValidDay(Number(to.slice(0, 4)), b.implied.endM, b.implied.endD)
          ? isoDay({ y: Number(to.slice(0, 4)), m: b.implied.endM, d: b.implied.endD })
          : to;
      }
      b = { ...b, from: to, to };
    } else if (b.implied && !a.implied && a.to) {
      const y = Number(a.to.slice(0, 4));
      let to = b.to ? withYear(b.to, y) : implToIso(b, y);
      if (to && to < (a.to ?? "")) to = withYear(to, y + 1);
      b = { ...b, from: to, to, relative: false };
    }
    // `Montag bis Freitag`: a weekday range runs forward, so the second day moves to the following week
    if (
      a.relative &&
      b.relative &&
      a.grain === "day" &&
      b.grain === "day" &&
      a.from &&
      b.to &&
      b.to < a.from
    ) {
      let to = b.to;
      for (let k = 0; k < 2 && to < a.from; k++) to = isoDay(addDays(firstDayOf(to), 7));
      b = { ...b, from: to, to };
    }
    a = partInstant(a, "from");
    b = partInstant(b, "to");
    const u = unify(a, b);
    if (!u) return null;
    if (u.from && u.to && firstDayOf(u.from) && isoDay(firstDayOf(u.from)) > isoDay(lastDayOf(u.to)))
      return null;
    return {
      start: a.start,
      end: b.end,
      rule: `${lang}.range.join`,
      from: u.from,
      to: u.to,
      grain: u.grain,
      relative: a.relative || b.relative,
      mod: null,
    };
  }

  function implToIso(f: Found, y: number): string | null {
    const im = f.implied;
    if (!im) return null;
    if (im.d === null) return `${String(y).padStart(4, "0")}-${String(im.m).padStart(2, "0")}`;
    return isValidDay(y, im.m, im.d) ? isoDay({ y, m: im.m, d: im.d }) : null;
  }

  // `3 days after January 12th`, `2 weeks before Christmas`, `16 days from 01/02/2018`: a count of units
  // before or after a stated day is the day that far from it
  const offsetRe = w.offsetJoins
    ? new RegExp(
        `(?<![\\p{L}\\p{N}])(\\d{1,3}|${alt(Object.keys(w.counts))})\\s+(${alt(Object.keys(w.units))})\\s+(${alt(Object.keys(w.offsetJoins))})\\s+$`,
        "iu",
      )
    : null;
  const offsetLast = lastOf(Object.keys(w.offsetJoins ?? {}));
  const durationLeadSet = new Set((w.durationLeads ?? []).map(key));

  function attachOffsets(list: Found[], text: string): Found[] {
    if (!offsetRe) return list;
    const out: Found[] = [];
    for (const f of list) {
      if (
        f.mod !== null ||
        f.grain !== "day" ||
        !f.from ||
        f.from !== f.to ||
        !offsetLast.has(lastWord(text, f.start))
      ) {
        out.push(f);
        continue;
      }
      const before = text.slice(Math.max(0, f.start - 40), f.start);
      const m = offsetRe.exec(before);
      const n = m ? (/^\d/.test(m[1]!) ? Number(m[1]) : lookup(w.counts, m[1])) : null;
      const unit = m ? lookup(w.units, m[2]) : undefined;
      const sign = m ? lookup(w.offsetJoins!, m[3]) : undefined;
      if (!m || n === null || n === undefined || !unit || unit === "weekend" || sign === undefined) {
        out.push(f);
        continue;
      }
      const start = f.start - (before.length - m.index);
      // `for 3 days from Monday`: a span from that day, which `attachDurations` reads
      if (durationLeadSet.has(lastWord(text, start)) && key(m[3]!) === "from") {
        out.push(f);
        continue;
      }
      const iso = isoDay(moveBy(firstDayOf(f.from), unit, sign * n));
      // a count the parsers read alone (`3 days`) is part of this span now
      while (out.length && out[out.length - 1]!.end > start) out.pop();
      out.push({ ...f, start, from: iso, to: iso, rule: `${f.rule}+offset`, implied: undefined });
    }
    return out;
  }

  // `for 2 weeks starting May 20th`, `for 3 days, from next Monday`: a span of units from a stated date
  const durationRe =
    w.durationLeads?.length && w.durationStarts?.length
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${alt(w.durationLeads)})\\s+(\\d{1,3}|${alt(Object.keys(w.counts))})\\s+(${alt(Object.keys(w.units))})\\s*,?\\s*(?:${alt(w.durationStarts)})\\s+$`,
          "iu",
        )
      : null;
  const durationLast = lastOf(w.durationStarts ?? []);

  function attachDurations(list: Found[], text: string): void {
    if (!durationRe) return;
    for (const f of list) {
      if (f.mod !== null || !f.from || f.from !== f.to || f.rule.includes(".range.")) continue;
      if (!durationLast.has(lastWord(text, f.start))) continue;
      const before = text.slice(Math.max(0, f.start - 50), f.start);
      const m = durationRe.exec(before);
      const n = m ? (/^\d/.test(m[1]!) ? Number(m[1]) : lookup(w.counts, m[1])) : null;
      const unit = m ? lookup(w.units, m[2]) : undefined;
      if (!m || !n || !unit || unit === "weekend" || unit === "workweek") continue;
      const first = firstDayOf(f.from);
      f.start -= before.length - m.index;
      f.from = isoDay(first);
      f.to = isoDay(addDays(moveBy(first, unit, n), -1));
      f.grain = "day";
      f.rule = `${lang}.range.duration`;
      f.implied = undefined;
    }
  }

  // `the first 2 weeks of 2021`, `the last four months of this year`: whole units at an edge of a month or year
  const edgeRe =
    w.edgeCounts && Object.keys(w.edgeCounts).length
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(${alt(Object.keys(w.edgeCounts))})\\s+(\\d{1,3}|${alt(Object.keys(w.counts))})\\s+(${alt(Object.keys(w.units))})\\s+of\\s+$`,
          "iu",
        )
      : null;

  function attachEdges(list: Found[], text: string): Found[] {
    if (!edgeRe) return list;
    const out: Found[] = [];
    for (const f of list) {
      const unitGrain = f.grain === "year" || f.grain === "month";
      if (!unitGrain || f.mod !== null || !f.from || f.from !== f.to || lastWord(text, f.start) !== "of") {
        out.push(f);
        continue;
      }
      const before = text.slice(Math.max(0, f.start - 50), f.start);
      const m = edgeRe.exec(before);
      const n = m ? (/^\d/.test(m[2]!) ? Number(m[2]) : lookup(w.counts, m[2])) : null;
      const unit = m ? lookup(w.units, m[3]) : undefined;
      if (!m || !n || (unit !== "day" && unit !== "week" && unit !== "month")) {
        out.push(f);
        continue;
      }
      const first = firstDayOf(f.from);
      const last = lastDayOf(f.to!);
      let a: Ymd;
      let b: Ymd;
      const edge = w.edgeCounts![key(m[1]!)];
      if (unit === "week") {
        // whole weeks, Monday to Sunday, inside the period
        const mon = addDays(first, (8 - weekdayOf(first)) % 7);
        const sun = addDays(last, -(weekdayOf(last) % 7));
        [a, b] = edge === "first" ? [mon, addDays(mon, 7 * n - 1)] : [addDays(sun, 1 - 7 * n), sun];
      } else if (edge === "first") {
        a = first;
        b = addDays(moveBy(first, unit, n), -1);
      } else {
        b = last;
        a = moveBy(addDays(last, 1), unit, -n);
      }
      if (isoDay(a) < isoDay(first) || isoDay(b) > isoDay(last)) {
        out.push(f);
        continue;
      }
      const start = f.start - (before.length - m.index);
      // `last 3 weeks` read alone as a span before the reference is part of this one now
      while (out.length && out[out.length - 1]!.end > start) out.pop();
      out.push({
        ...f,
        start,
        from: isoDay(a),
        to: isoDay(b),
        grain: "day",
        rule: `${f.rule}+edge`,
        implied: undefined,
      });
    }
    return out;
  }

  const postOpenerRe =
    w.postOpeners && Object.keys(w.postOpeners).length
      ? new RegExp(`^\\s+(${alt(Object.keys(w.postOpeners))})(?=\\s*(?:[.,;:!?)]|$))`, "iu")
      : null;

  /** `2012 or later`, `1/1/2016 and after`: words after a date, at the end of a clause, that open its interval */
  function attachPostOpeners(list: Found[], text: string): void {
    if (!postOpenerRe) return;
    for (const f of list) {
      if (f.mod !== null || f.rule.includes(".range.")) continue;
      const m = postOpenerRe.exec(text.slice(f.end, f.end + 20));
      const kind = m ? w.postOpeners?.[key(m[1]!)] : undefined;
      if (!m || (kind !== "since" && kind !== "until")) continue;
      f.end += m[0].length;
      f.rule += `+${kind}`;
      f.mod = kind;
      if (kind === "since") f.to = null;
      else f.from = null;
    }
  }

  function attachOpeners(list: Found[], text: string): void {
    for (const f of list) {
      if (f.mod === "since" || f.mod === "until" || f.rule.includes(".range.")) continue;
      if (!openerLast.has(lastWord(text, f.start))) continue;
      const before = text.slice(Math.max(0, f.start - 30), f.start);
      const m = openerRe.exec(before);
      if (!m || notOpenerRe.test(before)) continue;
      const kind = w.openers[key(m[1]!)];
      if (!kind) continue;
      f.start -= before.length - m.index;
      f.rule += `+${kind}`;
      const edge = partEdge(f, kind);
      if (edge) {
        f.from = edge;
        f.to = null;
        f.grain = edge.length > 7 ? "day" : "month";
      } else if (kind === "approx") {
        // `kurz vor Weihnachten`, `shortly after the summit`: close to the date, which stands for it
      } else if (kind === "since" || kind === "after") {
        f.from = kind === "after" ? f.to : f.from;
        f.to = null;
      } else {
        f.to = kind === "before" ? f.from : f.to;
        f.from = null;
      }
      f.mod = kind;
    }
  }

  return {
    run(found, text) {
      const list = noOverlaps(dropContained(found));
      attachMods(list, text);
      attachPostMods(list, text);
      attachWeekOf(list, text);
      const merged = attachEdges(attachOffsets(mergeRanges(weekdayInWeek(list, text), text), text), text);
      attachDurations(merged, text);
      attachOpeners(merged, text);
      attachPostOpeners(merged, text);
      // a present word (`now`) that no range took is no date of its own
      return noOverlaps(merged.filter((f) => !f.rule.endsWith(".relative.now")));
    },
  };
}
