/**
 * @module Source grading on the two axes of the NATO Admiralty code: reliability A–F of the source
 * (set by the user; default F, cannot be judged) and credibility 1–6 of each claim, derived from
 * corroboration, contradiction and hedging by the rules in docs/analysis.md.
 */
import { ErrorCode, InputError } from "../core/errors.js";
import type { Reliability, SourceGrade } from "../store/types.js";
import { type AnalysedClaim, type CompareOptions, claimantOf } from "./compare.js";
import { type Corroboration, corroborate } from "./corroboration.js";
import { readJsonFile } from "./json-file.js";

export const RELIABILITY_GRADES: readonly Reliability[] = ["A", "B", "C", "D", "E", "F"];

/** 1 confirmed · 2 probably true · 3 possibly true · 4 doubtful · 5 improbable · 6 cannot be judged */
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;

export const CREDIBILITY_LABELS: Readonly<Record<Credibility, string>> = {
  1: "confirmed",
  2: "probably true",
  3: "possibly true",
  4: "doubtful",
  5: "improbable",
  6: "cannot be judged",
};

export const RELIABILITY_LABELS: Readonly<Record<Reliability, string>> = {
  A: "completely reliable",
  B: "usually reliable",
  C: "fairly reliable",
  D: "not usually reliable",
  E: "unreliable",
  F: "cannot be judged",
};

/** Source key (case-insensitive) → grade. */
export type GradeBook = Map<string, SourceGrade>;

export function isReliability(v: unknown): v is Reliability {
  return typeof v === "string" && (RELIABILITY_GRADES as readonly string[]).includes(v);
}

/** The grade file shipped with lagebild: `data/grades/sources.json`. */
export const DEFAULT_GRADES_FILE = new URL("../../data/grades/sources.json", import.meta.url);

/**
 * Reads a grade file `{"grades": {"Department of Defense": "B", "KR": {"reliability": "C", "note": "…"}}}`.
 * A bad file or grade is an InputError naming the file.
 */
export function readGradeFile(file: string | URL = DEFAULT_GRADES_FILE): SourceGrade[] {
  const name = file instanceof URL ? file.pathname : file;
  const parsed = readJsonFile(file, "grade file");
  const grades = (parsed as { grades?: unknown })?.grades;
  if (grades == null || typeof grades !== "object" || Array.isArray(grades)) {
    throw new InputError(ErrorCode.BAD_JSON, name, `expected an object "grades" of source → A…F`);
  }
  return Object.entries(grades as Record<string, unknown>).map(([source, g]) => {
    const reliability = typeof g === "object" && g ? (g as { reliability?: unknown }).reliability : g;
    if (!isReliability(reliability)) {
      throw new InputError(ErrorCode.BAD_JSON, name, `grade of "${source}" must be one of A–F`);
    }
    const note = typeof g === "object" && g ? ((g as { note?: string }).note ?? null) : null;
    return { source, reliability, note };
  });
}

/** Later lists override earlier ones: file grades, then the user's grades from the store. */
export function gradeBook(...lists: readonly (readonly SourceGrade[])[]): GradeBook {
  const book: GradeBook = new Map();
  for (const list of lists) for (const g of list) book.set(g.source.trim().toLowerCase(), g);
  return book;
}

export interface ReliabilityRating {
  reliability: Reliability;
  /** the graded key that gave it, or null for the default F */
  gradedAs: string | null;
}

/**
 * The reliability of a claim's source: the claimant's grade (organisation, person, country, named
 * publisher, in that order), else the outlet's, else F.
 */
export function reliabilityOf(
  c: Pick<AnalysedClaim, "source" | "publisher" | "outlet">,
  book: GradeBook,
): ReliabilityRating {
  const keys = [c.source.org, c.source.person, c.source.country, c.publisher, c.outlet];
  for (const k of keys) {
    const g = k ? book.get(k.trim().toLowerCase()) : undefined;
    if (g) return { reliability: g.reliability, gradedAs: g.source };
  }
  return { reliability: "F", gradedAs: null };
}

/**
 * Credibility by the documented rules, first match wins:
 * 5 contradicted by ≥ 2 independent sources; 4 contradicted by one;
 * 1 ≥ 3 independent compatible sources; 2 two;
 * 4 a single source the text hedges; 6 a single figure with no source named; 3 a single named source, unhedged.
 */
export function credibilityOf(
  c: Pick<AnalysedClaim, "hedged" | "source" | "publisher">,
  k: Pick<Corroboration, "sources" | "contradictions">,
): Credibility {
  if (k.contradictions >= 2) return 5;
  if (k.contradictions === 1) return 4;
  if (k.sources >= 3) return 1;
  if (k.sources === 2) return 2;
  if (c.hedged) return 4;
  if (claimantOf(c) == null) return 6;
  return 3;
}

export interface ClaimGrade {
  claimId: number;
  reliability: Reliability;
  gradedAs: string | null;
  credibility: Credibility;
  /** Admiralty code, e.g. `B2` */
  code: string;
  corroboration: Corroboration;
}

/** Grades every claim: reliability from the grade book, credibility from corroboration. */
export function gradeClaims(
  claims: readonly AnalysedClaim[],
  book: GradeBook = new Map(),
  opts: CompareOptions = {},
): Map<number, ClaimGrade> {
  const corr = corroborate(claims, opts);
  const out = new Map<number, ClaimGrade>();
  for (const c of claims) {
    const k = corr.get(c.id)!;
    const r = reliabilityOf(c, book);
    const credibility = credibilityOf(c, k);
    out.set(c.id, {
      claimId: c.id,
      reliability: r.reliability,
      gradedAs: r.gradedAs,
      credibility,
      code: `${r.reliability}${credibility}`,
      corroboration: k,
    });
  }
  return out;
}
