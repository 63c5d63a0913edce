/**
 * @module Figures as intervals: what range of true values a stated figure allows, whether two figures
 * can both be right, and how a figure is printed without losing its shape (`≤ 12 000`, `~10 000`).
 */
import type { Vague } from "../core/annotations.js";

/** The figure fields every claim carries (see ClaimRecord). */
export interface Figure {
  value: number | null;
  min: number | null;
  max: number | null;
  approx: boolean;
  vague: Vague | null;
}

/** A closed interval of values the figure allows; `high` may be Infinity (`mindestens 20`). */
export interface Range {
  low: number;
  high: number;
}

/** Relative tolerance of an approximate figure: `rund 10 000` allows 9 000 … 11 000. */
export const APPROX_TOLERANCE = 0.1;

/**
 * What a vague amount allows, before the approximation tolerance: `Tausende` / `thousands` is read
 * generously as one up to ten thousand, so it neither contradicts `1 500` nor `10 000`.
 */
export const VAGUE_RANGES: Readonly<Record<Vague, Range>> = {
  dozens: { low: 12, high: 120 },
  hundreds: { low: 100, high: 1_000 },
  thousands: { low: 1_000, high: 10_000 },
  "tens of thousands": { low: 10_000, high: 100_000 },
  "hundreds of thousands": { low: 100_000, high: 1_000_000 },
  millions: { low: 1_000_000, high: 1_000_000_000 },
};

/** True when the figure states any amount at all (a transfer "without a number" has none). */
export function hasFigure(f: Figure): boolean {
  return f.value != null || f.min != null || f.max != null || f.vague != null;
}

/**
 * The interval of values a figure allows, or null when it states none.
 * `{value: 10000, approx: true}` → 9 000 … 11 000; `{max: 12000}` → 0 … 12 000;
 * `{min: 20}` → 20 … ∞; `{vague: "thousands"}` → 900 … 11 000.
 */
export function figureRange(f: Figure): Range | null {
  let range: Range | null = null;
  if (f.value != null) range = { low: f.value, high: f.value };
  else if (f.min != null || f.max != null)
    range = { low: f.min ?? 0, high: f.max ?? Number.POSITIVE_INFINITY };
  else if (f.vague != null) range = { ...VAGUE_RANGES[f.vague] };
  if (!range) return null;
  // A vague word is always approximate, whatever the extractor set.
  if (f.approx || f.vague != null) {
    range = { low: range.low * (1 - APPROX_TOLERANCE), high: range.high * (1 + APPROX_TOLERANCE) };
  }
  return range;
}

/** Two figures are compatible when some true value satisfies both (`≤ 12 000` and `10 000`: yes). */
export function compatible(a: Figure, b: Figure): boolean {
  const ra = figureRange(a);
  const rb = figureRange(b);
  if (!ra || !rb) return false;
  return ra.low <= rb.high && rb.low <= ra.high;
}

/**
 * One number that stands for the figure, for ranking and thresholds: the value, the middle of two
 * bounds, the only bound (`bis zu 12 000` → 12 000), or "several" of a vague word's unit
 * (`Tausende` → 3 000, `dozens` → 36).
 */
export function representative(f: Figure): number | null {
  if (f.value != null) return f.value;
  if (f.min != null && f.max != null) return (f.min + f.max) / 2;
  if (f.max != null) return f.max;
  if (f.min != null) return f.min;
  if (f.vague != null) return VAGUE_RANGES[f.vague].low * 3;
  return null;
}

/** `12000` → `12 000` (space-grouped, as German and English readers both parse it). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [int, frac] = String(Math.abs(n)).split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${n < 0 ? "-" : ""}${grouped}${frac ? `.${frac}` : ""}`;
}

/**
 * The figure as it was stated, never as a false point value:
 * `≤ 12 000`, `≥ 20`, `~10 000`, `3 000–5 000`, `thousands`, `—` when there is none.
 */
export function formatFigure(f: Figure): string {
  const tilde = f.approx ? "~" : "";
  if (f.value != null) return `${tilde}${formatNumber(f.value)}`;
  if (f.min != null && f.max != null) return `${tilde}${formatNumber(f.min)}–${formatNumber(f.max)}`;
  if (f.max != null) return `≤ ${tilde}${formatNumber(f.max)}`;
  if (f.min != null) return `≥ ${tilde}${formatNumber(f.min)}`;
  if (f.vague != null) return f.vague;
  return "—";
}
