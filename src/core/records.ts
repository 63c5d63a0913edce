/**
 * @module Extraction records: claims, events and entities, as ../shared/eval/FORMAT.md specifies
 * (a record may carry more fields than the scorer reads).
 */
import type { EntityCategory, SourceRef, Vague } from "./annotations.js";

export type ClaimKind =
  | "deployment"
  | "delivery"
  | "launch"
  | "casualties"
  | "inventory"
  | "composition"
  | "other";
export type ClaimItem =
  | "soldier"
  | "worker"
  | "container"
  | "shell"
  | "missile"
  | "rocket"
  | "weapon_system"
  | "component"
  | "person"
  | "money"
  | "other";
export type EventKind =
  | "visit"
  | "meeting"
  | "agreement"
  | "ratification"
  | "weapons_test"
  | "sanctions"
  | "military_action"
  | "other";

export interface TimeRef {
  start: string | null;
  end: string | null;
}

export interface ClaimRecord {
  type: "claim";
  doc: string;
  kind: ClaimKind;
  item: ClaimItem;
  value: number | null;
  min: number | null;
  max: number | null;
  approx: boolean;
  vague: Vague | null;
  actor: string | null;
  recipient: string | null;
  time: TimeRef;
  reported: string | null;
  source: SourceRef;
  /** the outlet that carried the claimant's figure, where the text names one */
  publisher: string | null;
  hedged: boolean;
  /** evidence sentence */
  span: [number, number];
  text: string;
  /** the figure inside the evidence sentence */
  figure: [number, number] | null;
  /** rules that made it, for tracing */
  rules: string[];
}

export interface EventRecord {
  type: "event";
  doc: string;
  kind: EventKind;
  participants: string[];
  actor: string | null;
  location: string | null;
  time: TimeRef;
  span: [number, number];
  text: string;
  rules: string[];
}

export interface EntityRecord {
  type: "entity";
  doc: string;
  name: string;
  category: EntityCategory;
  /** gazetteer id */
  id: string;
  /** every mention's span */
  spans: [number, number][];
}

export type ExtractionRecord = ClaimRecord | EventRecord | EntityRecord;
