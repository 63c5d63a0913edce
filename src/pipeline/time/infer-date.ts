/**
 * @module Inferring an undated document's date from its text, conservatively, as an analyst would: a
 * dateline (`Seoul, 19. Juni 2024 –`) gives the day; otherwise the latest date the text states as past
 * (`seit Dezember 2023` → not before 2023) and an elapsed time paired with the year of the same event
 * (`erstmals seit 24 Jahren` … `zuletzt im Jahr 2000` → 2024) give the year; when the text speaks
 * relatively (`am Dienstag`, `last month`), the latest past day of that year (`Oct. 5`) gives the month. Null when the text gives no such evidence. The caller marks the result as inferred.
 */
import type { TimeAnnotation } from "../../core/annotations.js";
import type { Lang } from "../../core/document.js";
import { findTimes, speaksOfFuture, timeWordsOf } from "./find-times.js";
import { alt, L, lookup, R } from "./patterns.js";
import type { TimeWords } from "./time-words.js";

/** A dateline: at the head of the text, after an optional place and comma (`Seoul, 19. Juni 2024`). */
const DATELINE =
  /^\s*(?:[\p{Lu}][\p{L}.-]*(?:[ /][\p{Lu}][\p{L}.-]*)*\s*(?:\([^)]{1,20}\))?\s*,?\s*)?(?:den\s+)?$/u;

/** How far from an elapsed-time phrase the year of its event may stand (a few paragraphs). */
const PAIR_WINDOW = 1500;

/** Mods under which a stated date lies in the past of the text (`seit 2023`, `Ende 2023`); not `bis 2030`. */
const PAST_MODS = new Set<TimeAnnotation["mod"]>([null, "since", "start", "mid", "end", "approx"]);

export function inferDocumentDate(text: string, lang: Lang): string | null {
  const times: TimeAnnotation[] = findTimes(text, lang, { date: null });
  const head = times[0];
  if (
    head &&
    !head.relative &&
    head.grain === "day" &&
    head.from &&
    head.from === head.to &&
    head.start < 120 &&
    DATELINE.test(text.slice(0, head.start))
  )
    return head.from;
  const isPast = (t: TimeAnnotation) => PAST_MODS.has(t.mod) && !speaksOfFuture(text, lang, t.start, t.end);
  // (a) the latest year the text states as past
  const stated = times.filter((t) => !t.relative && t.from !== null && isPast(t));
  let year: number | null = null;
  let statedMonth = "";
  for (const t of stated) {
    const last = t.mod === "since" || !t.to ? t.from! : t.to;
    const y = Number(last.slice(0, 4));
    if (year === null || y > year) year = y;
    if (last.length >= 7 && last.slice(0, 7) > statedMonth) statedMonth = last.slice(0, 7);
  }
  // (b) an elapsed time and the year of its event
  const words = timeWordsOf(lang);
  const elapsed = words ? elapsedYear(text, words, stated, year) : null;
  if (elapsed !== null && (year === null || elapsed > year)) year = elapsed;
  if (year === null) return null;
  // the month: only when the text speaks of days and months relative to its own date
  const speaksRelatively = times.some((t) => t.relative && (t.grain === "day" || t.grain === "month"));
  if (!speaksRelatively) return String(year);
  let month: string | null = null;
  for (const t of findTimes(text, lang, { date: String(year) })) {
    if (!t.from || !isPast(t)) continue;
    // a day (`Oct. 5`, `am 8. Oktober`) is news of the last days or weeks; a month (`seit August 2023`,
    // `im Februar`) may lie far back, so it bounds only the year
    if (t.grain !== "day") continue;
    const last = t.mod === "since" || !t.to ? t.from : t.to;
    if (!last.startsWith(String(year))) continue;
    const m = last.slice(0, 7);
    if (m.length === 7 && (!month || m > month)) month = m;
  }
  // a day without a year before a stated month (`June 17` beside `since August 2023`) is of a later year
  // than the evidence shows: keep only the year
  if (month && month < statedMonth) return String(year);
  return month ?? String(year);
}

/**
 * The year an elapsed time points to: `seit 24 Jahren` with `im Jahr 2000` nearby → 2024. The event's year
 * is the stated date nearest to the phrase; the pair counts when it is not before the latest stated year
 * (`latest`) and, when its event is not that latest year itself, at most two years after it; pairs that
 * disagree give null.
 */
function elapsedYear(
  text: string,
  w: TimeWords,
  stated: TimeAnnotation[],
  latest: number | null,
): number | null {
  const years = Object.keys(w.units).filter((k) => w.units[k] === "year");
  if (!years.length) return null;
  const COUNT = `(\\d{1,3}|${alt(Object.keys(w.counts))})`;
  const parts: string[] = [];
  if (w.elapsedBefore?.length) parts.push(`${L}${alt(w.elapsedBefore)}\\s+${COUNT}\\s+${alt(years)}${R}`);
  if (w.elapsedAfter?.length) parts.push(`${L}${COUNT}\\s+${alt(years)}\\s+${alt(w.elapsedAfter)}${R}`);
  if (!parts.length) return null;
  const pattern = new RegExp(parts.join("|"), "giu");
  const found = new Set<number>();
  for (const m of text.matchAll(pattern)) {
    const word = m[1] ?? m[2]!;
    const n = /^\d/.test(word) ? Number(word) : lookup(w.counts, word);
    if (!n || n < 2) continue;
    // the event's year: the stated date nearest to the phrase (`zuletzt im Jahr 2000` two sentences on)
    const at = m.index;
    let nearest: TimeAnnotation | null = null;
    for (const t of stated) {
      if (t.grain === "decade" || t.grain === "century") continue;
      const d = Math.abs(t.start - at);
      if (d <= PAIR_WINDOW && (!nearest || d < Math.abs(nearest.start - at))) nearest = t;
    }
    if (!nearest) continue;
    const y = Number(nearest.from!.slice(0, 4));
    const c = y + n;
    if (latest !== null && (c < latest || (y !== latest && c > latest + 2))) continue;
    found.add(c);
  }
  return found.size === 1 ? [...found][0]! : null;
}
