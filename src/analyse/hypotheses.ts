/**
 * @module Analysis of competing hypotheses (ACH): a hypothesis set names evidence as claim or event
 * filters and, per hypothesis, which evidence is consistent (C) or inconsistent (I) with it; the matrix
 * is computed from the stored claims and events, weighted by credibility, and hypotheses are ranked by
 * weighted inconsistency (least inconsistent first).
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { ErrorCode, InputError } from "../core/errors.js";
import { type AnalysedClaim, claimantOf, independenceKey } from "./compare.js";
import { representative } from "./figure.js";
import type { ClaimGrade, Credibility } from "./grading.js";
import { readJsonFile } from "./json-file.js";
import type { AnalysedEvent } from "./timeline.js";

const oneOrMany = z.union([z.string(), z.array(z.string()).nonempty()]);

/** Which stored items count as a piece of evidence. Every field given must match. */
export const EvidenceMatchSchema = z
  .object({
    type: z.enum(["claim", "event"]),
    kind: oneOrMany.optional(),
    item: oneOrMany.optional(),
    actor: oneOrMany.optional(),
    recipient: oneOrMany.optional(),
    location: oneOrMany.optional(),
    participant: z.string().optional(),
    /** claimant, publisher or outlet, case-insensitive substring */
    source: z.string().optional(),
    hedged: z.boolean().optional(),
    /** the figure's representative value (`bis zu 12 000` → 12 000) is at least this */
    figureAtLeast: z.number().optional(),
    figureAtMost: z.number().optional(),
  })
  .strict();
export type EvidenceMatch = z.infer<typeof EvidenceMatchSchema>;

export const HypothesisSetSchema = z
  .object({
    /** also the file name: `nk-deployment` → `nk-deployment.json` */
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, "lower-case letters, digits, - and _ only"),
    title: z.string().min(1),
    about: z.string().optional(),
    /** weight of an item by its credibility 1–6; defaults below */
    weights: z.record(z.string(), z.number().nonnegative()).optional(),
    evidence: z
      .array(
        z.object({ id: z.string().min(1), label: z.string().min(1), match: EvidenceMatchSchema }).strict(),
      )
      .min(1),
    hypotheses: z
      .array(
        z
          .object({
            id: z.string().min(1),
            label: z.string().min(1),
            consistent: z.array(z.string()).default([]),
            inconsistent: z.array(z.string()).default([]),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((set, ctx) => {
    const ids = new Set(set.evidence.map((e) => e.id));
    for (const h of set.hypotheses) {
      for (const ref of [...h.consistent, ...h.inconsistent]) {
        if (!ids.has(ref))
          ctx.addIssue({ code: "custom", message: `${h.id} names unknown evidence "${ref}"` });
      }
    }
  });
export type HypothesisSet = z.infer<typeof HypothesisSetSchema>;

/** Confirmed evidence weighs fully; a figure nobody can judge weighs little. */
export const DEFAULT_WEIGHTS: Readonly<Record<Credibility, number>> = {
  1: 1,
  2: 0.8,
  3: 0.6,
  4: 0.4,
  5: 0.1,
  6: 0.3,
};

export const EXAMPLE_HYPOTHESES_FILE = new URL("../../data/hypotheses/nk-deployment.json", import.meta.url);

/** Validates a hypothesis set; an invalid one is an InputError naming `input` and the first problem. */
export function parseHypothesisSet(data: unknown, input = "hypothesis set"): HypothesisSet {
  const r = HypothesisSetSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new InputError(ErrorCode.BAD_REQUEST, input, `${issue.path.join(".") || "set"}: ${issue.message}`);
  }
  return r.data;
}

export function readHypothesisSet(file: string | URL = EXAMPLE_HYPOTHESES_FILE): HypothesisSet {
  const name = file instanceof URL ? file.pathname : file;
  return parseHypothesisSet(readJsonFile(file, "hypothesis set"), name);
}

/** Where editable hypothesis sets live: `$LAGEBILD_HYPOTHESES`, else the shipped `data/hypotheses/`. */
export function hypothesisDir(): string {
  return process.env.LAGEBILD_HYPOTHESES || fileURLToPath(new URL("../../data/hypotheses/", import.meta.url));
}

/** Every valid set in the folder, by id; files that fail validation are reported, not fatal. */
export function listHypothesisSets(dir: string = hypothesisDir()): {
  sets: HypothesisSet[];
  errors: InputError[];
} {
  const sets: HypothesisSet[] = [];
  const errors: InputError[] = [];
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  } catch {
    return { sets, errors };
  }
  for (const f of files.sort()) {
    try {
      sets.push(readHypothesisSet(join(dir, f)));
    } catch (err) {
      if (err instanceof InputError) errors.push(err);
      else throw err;
    }
  }
  return { sets, errors };
}

/** Validates and writes `<id>.json` (via a temporary file, so a reader never sees half a set). */
export function saveHypothesisSet(data: unknown, dir: string = hypothesisDir()): HypothesisSet {
  const set = parseHypothesisSet(data);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${set.id}.json`);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(set, null, 2)}\n`);
  renameSync(tmp, file);
  return set;
}

/** Removes a set; false when there was none. */
export function deleteHypothesisSet(id: string, dir: string = hypothesisDir()): boolean {
  if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(id)) return false;
  const file = join(dir, `${id}.json`);
  try {
    rmSync(file);
    return true;
  } catch {
    return false;
  }
}

const anyOf = (want: string | string[] | undefined, have: string | null): boolean =>
  want == null || (have != null && (Array.isArray(want) ? want.includes(have) : want === have));

export function matchesClaim(c: AnalysedClaim, m: EvidenceMatch): boolean {
  if (m.type !== "claim" || m.location || m.participant) return false;
  if (!anyOf(m.kind, c.kind) || !anyOf(m.item, c.item)) return false;
  if (!anyOf(m.actor, c.actor) || !anyOf(m.recipient, c.recipient)) return false;
  if (m.hedged != null && c.hedged !== m.hedged) return false;
  if (m.source) {
    const needle = m.source.toLowerCase();
    const names = [claimantOf(c), c.publisher, c.outlet].filter((s): s is string => !!s);
    if (!names.some((n) => n.toLowerCase().includes(needle))) return false;
  }
  if (m.figureAtLeast != null || m.figureAtMost != null) {
    const r = representative(c);
    if (r == null) return false;
    if (m.figureAtLeast != null && r < m.figureAtLeast) return false;
    if (m.figureAtMost != null && r > m.figureAtMost) return false;
  }
  return true;
}

export function matchesEvent(e: AnalysedEvent, m: EvidenceMatch): boolean {
  if (m.type !== "event" || m.item || m.recipient || m.source || m.hedged != null) return false;
  if (m.figureAtLeast != null || m.figureAtMost != null) return false;
  if (!anyOf(m.kind, e.kind) || !anyOf(m.actor, e.actor) || !anyOf(m.location, e.location)) return false;
  if (m.participant && !e.participants.includes(m.participant)) return false;
  return true;
}

/**
 * Credibility of events, which carry no source: by how many story clusters report an event of the same
 * kind, actor, location and month — three or more 1, two 2, one 3.
 */
export function eventCredibility(events: readonly AnalysedEvent[]): Map<number, Credibility> {
  const key = (e: AnalysedEvent) =>
    [e.kind, e.actor ?? "?", e.location ?? "?", (e.time.start ?? e.docDate ?? "?").slice(0, 7)].join("|");
  const clusters = new Map<string, Set<number>>();
  for (const e of events) {
    const set = clusters.get(key(e)) ?? new Set<number>();
    set.add(e.clusterId);
    clusters.set(key(e), set);
  }
  const out = new Map<number, Credibility>();
  for (const e of events) {
    const n = clusters.get(key(e))!.size;
    out.set(e.id, n >= 3 ? 1 : n === 2 ? 2 : 3);
  }
  return out;
}

export type Cell = "C" | "I" | "N";

export interface MatrixRow {
  evidence: string;
  label: string;
  type: "claim" | "event";
  id: number;
  documentId: number;
  text: string;
  credibility: Credibility;
  weight: number;
  /** hypothesis id → C, I or N (neutral) */
  cells: Record<string, Cell>;
}

export interface HypothesisScore {
  id: string;
  label: string;
  /** sum of the weights of inconsistent evidence: lower is better */
  inconsistency: number;
  consistency: number;
  inconsistent: number;
  consistent: number;
  /** 1 = least inconsistent; equal scores share a rank */
  rank: number;
}

export interface HypothesisMatrix {
  id: string;
  title: string;
  hypotheses: HypothesisScore[];
  rows: MatrixRow[];
  /** evidence definitions no stored item matched yet */
  unmatched: string[];
}

/**
 * Builds the matrix. Each evidence definition yields one row per independent source: copies of a
 * claim from one claimant or one story cluster count once (the most credible copy stands for them).
 */
export function evaluateHypotheses(
  set: HypothesisSet,
  claims: readonly AnalysedClaim[],
  events: readonly AnalysedEvent[],
  grades: ReadonlyMap<number, Pick<ClaimGrade, "credibility">>,
): HypothesisMatrix {
  const weights: Record<string, number> = { ...DEFAULT_WEIGHTS, ...(set.weights ?? {}) };
  const eventCred = eventCredibility(events);
  const rows: MatrixRow[] = [];
  const unmatched: string[] = [];
  for (const ev of set.evidence) {
    const best = new Map<string, MatrixRow>();
    const cellsFor = (): Record<string, Cell> =>
      Object.fromEntries(
        set.hypotheses.map((h) => [
          h.id,
          h.inconsistent.includes(ev.id) ? "I" : h.consistent.includes(ev.id) ? "C" : "N",
        ]),
      );
    const offer = (key: string, row: MatrixRow) => {
      const prev = best.get(key);
      if (!prev || row.weight > prev.weight || (row.weight === prev.weight && row.id < prev.id))
        best.set(key, row);
    };
    for (const c of claims) {
      if (!matchesClaim(c, ev.match)) continue;
      const credibility = grades.get(c.id)?.credibility ?? 6;
      offer(independenceKey(c), {
        evidence: ev.id,
        label: ev.label,
        type: "claim",
        id: c.id,
        documentId: c.documentId,
        text: c.text,
        credibility,
        weight: weights[credibility] ?? 0,
        cells: cellsFor(),
      });
    }
    for (const e of events) {
      if (!matchesEvent(e, ev.match)) continue;
      const credibility = eventCred.get(e.id) ?? 6;
      offer(`cluster:${e.clusterId}`, {
        evidence: ev.id,
        label: ev.label,
        type: "event",
        id: e.id,
        documentId: e.documentId,
        text: e.text,
        credibility,
        weight: weights[credibility] ?? 0,
        cells: cellsFor(),
      });
    }
    if (!best.size) unmatched.push(ev.id);
    rows.push(...[...best.values()].sort((a, b) => a.type.localeCompare(b.type) || a.id - b.id));
  }
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const scores = set.hypotheses.map((h) => {
    const mine = (cell: Cell) => rows.filter((r) => r.cells[h.id] === cell);
    return {
      id: h.id,
      label: h.label,
      inconsistency: round(mine("I").reduce((s, r) => s + r.weight, 0)),
      consistency: round(mine("C").reduce((s, r) => s + r.weight, 0)),
      inconsistent: mine("I").length,
      consistent: mine("C").length,
      rank: 0,
    };
  });
  const ordered = [...scores].sort(
    (a, b) => a.inconsistency - b.inconsistency || b.consistency - a.consistency,
  );
  for (const s of ordered) s.rank = 1 + ordered.filter((o) => o.inconsistency < s.inconsistency).length;
  return { id: set.id, title: set.title, hypotheses: ordered, rows, unmatched };
}
