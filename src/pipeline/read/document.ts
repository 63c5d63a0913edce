/**
 * @module Text + metadata → Document: language, content hash, ingestion time and non-body ranges
 * (page furniture, a date header) are added; the text is kept exactly as given.
 */
import { createHash } from "node:crypto";
import type { Document, FurnitureRange } from "../../core/document.js";
import type { DocDate } from "./dates.js";
import { findFurniture, mergeRanges } from "./furniture.js";
import { furnitureCues } from "./furniture-cues.js";
import { detectLanguage } from "./language.js";

export interface DocumentFields {
  text: string;
  origin: string;
  title?: string | null;
  url?: string | null;
  outlet?: string | null;
  date?: DocDate | null;
  /** ranges already known not to be body, e.g. a `header.date` */
  nonBody?: FurnitureRange[];
  /** the clock, for tests */
  now?: Date;
}

export function buildDocument(f: DocumentFields): Document {
  const lang = detectLanguage(f.text);
  const furniture = findFurniture(f.text, furnitureCues(lang));
  return {
    text: f.text,
    title: f.title ?? null,
    url: f.url ?? null,
    outlet: f.outlet ?? null,
    date: f.date?.date ?? null,
    datePrecision: f.date?.precision ?? null,
    dateInferred: false,
    lang,
    hash: sha256(f.text),
    ingestedAt: (f.now ?? new Date()).toISOString(),
    origin: f.origin,
    nonBody: mergeRanges(f.nonBody ?? [], furniture),
  };
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** `https://www.example.org/a/b` → `example.org`: the outlet when a page names none. */
export function hostOutlet(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}
