/** @module Mapping between records and table rows, with the span checks every stored record must pass. */

import type { Insertable, Selectable } from "kysely";
import type { Mention } from "../core/annotations.js";
import type { Document } from "../core/document.js";
import { ErrorCode, LagebildError } from "../core/errors.js";
import type { ClaimRecord, EntityRecord, EventRecord } from "../core/records.js";
import type { ClaimsTable, DocumentsTable, EntitiesTable, EventsTable, MentionsTable } from "./schema.js";
import type { StoredClaim, StoredDocument, StoredEntity, StoredEvent } from "./types.js";

/**
 * Spans are sacred: a record whose `[start, end)` does not lie inside the document text is refused,
 * e.g. a claim with span `[120, 80)` or `[0, 99999)` in a 2 000-character text.
 */
export function checkSpan(what: string, start: unknown, end: unknown, textLength: number): void {
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    (start as number) < 0 ||
    (start as number) > (end as number) ||
    (end as number) > textLength
  ) {
    throw new LagebildError(
      ErrorCode.STORE,
      `${what}: span [${String(start)}, ${String(end)}) is not inside the text (length ${textLength})`,
    );
  }
}

const flag = (b: boolean): number => (b ? 1 : 0);

export function documentRow(
  doc: Document,
  hash: string,
): Omit<Insertable<DocumentsTable>, "cluster_id" | "duplicate_of" | "similarity" | "minhash"> {
  return {
    hash,
    text: doc.text,
    title: doc.title,
    url: doc.url,
    outlet: doc.outlet,
    date: doc.date,
    date_precision: doc.datePrecision,
    date_inferred: flag(doc.dateInferred),
    lang: doc.lang,
    ingested_at: doc.ingestedAt,
    origin: doc.origin,
    non_body: JSON.stringify(doc.nonBody ?? []),
    chars: doc.text.length,
  };
}

export function toStoredDocument(r: Selectable<DocumentsTable>): StoredDocument {
  return {
    id: r.id,
    clusterId: r.cluster_id,
    text: r.text,
    title: r.title,
    url: r.url,
    outlet: r.outlet,
    date: r.date,
    datePrecision: r.date_precision as StoredDocument["datePrecision"],
    dateInferred: !!r.date_inferred,
    lang: r.lang as StoredDocument["lang"],
    hash: r.hash,
    ingestedAt: r.ingested_at,
    origin: r.origin,
    nonBody: JSON.parse(r.non_body),
    extractorVersion: r.extractor_version ?? null,
  };
}

export function mentionRow(
  m: Mention,
  documentId: number,
  version: string,
  textLength: number,
): Insertable<MentionsTable> {
  checkSpan(`mention "${m.text}"`, m.start, m.end, textLength);
  return {
    document_id: documentId,
    extractor_version: version,
    span_start: m.start,
    span_end: m.end,
    text: m.text,
    entity: m.entity,
    name: m.name,
    category: m.category,
    country: m.country,
    form: m.form,
    rule: m.rule,
  };
}

export function toMention(r: Selectable<MentionsTable>): Mention {
  return {
    start: r.span_start,
    end: r.span_end,
    text: r.text,
    entity: r.entity,
    name: r.name,
    category: r.category as Mention["category"],
    country: r.country,
    form: r.form as Mention["form"],
    rule: r.rule,
  };
}

export function claimRow(
  c: ClaimRecord,
  documentId: number,
  version: string,
  textLength: number,
): Insertable<ClaimsTable> {
  checkSpan(`claim "${c.text}"`, c.span?.[0], c.span?.[1], textLength);
  if (c.figure) checkSpan(`figure of claim "${c.text}"`, c.figure[0], c.figure[1], textLength);
  return {
    document_id: documentId,
    extractor_version: version,
    doc_ref: c.doc,
    kind: c.kind,
    item: c.item,
    value: c.value,
    min: c.min,
    max: c.max,
    approx: flag(c.approx),
    vague: c.vague,
    actor: c.actor,
    recipient: c.recipient,
    time_start: c.time?.start ?? null,
    time_end: c.time?.end ?? null,
    reported: c.reported,
    source_country: c.source?.country ?? null,
    source_org: c.source?.org ?? null,
    source_person: c.source?.person ?? null,
    publisher: c.publisher ?? null,
    hedged: flag(c.hedged),
    span_start: c.span[0],
    span_end: c.span[1],
    text: c.text,
    figure_start: c.figure?.[0] ?? null,
    figure_end: c.figure?.[1] ?? null,
    rules: JSON.stringify(c.rules ?? []),
  };
}

/** What every stored-record query joins from `documents`. */
export interface DocMeta {
  cluster_id: number;
  doc_date: string | null;
  outlet: string | null;
}

function meta(r: { id: number; document_id: number; extractor_version: string } & DocMeta) {
  return {
    id: r.id,
    documentId: r.document_id,
    clusterId: r.cluster_id,
    docDate: r.doc_date,
    outlet: r.outlet,
    extractorVersion: r.extractor_version,
  };
}

export function toStoredClaim(r: Selectable<ClaimsTable> & DocMeta): StoredClaim {
  return {
    type: "claim",
    doc: r.doc_ref,
    kind: r.kind as StoredClaim["kind"],
    item: r.item as StoredClaim["item"],
    value: r.value,
    min: r.min,
    max: r.max,
    approx: !!r.approx,
    vague: r.vague as StoredClaim["vague"],
    actor: r.actor,
    recipient: r.recipient,
    time: { start: r.time_start, end: r.time_end },
    reported: r.reported,
    source: { country: r.source_country, org: r.source_org, person: r.source_person },
    publisher: r.publisher,
    hedged: !!r.hedged,
    span: [r.span_start, r.span_end],
    text: r.text,
    figure: r.figure_start != null && r.figure_end != null ? [r.figure_start, r.figure_end] : null,
    rules: JSON.parse(r.rules),
    ...meta(r),
  };
}

export function eventRow(
  e: EventRecord,
  documentId: number,
  version: string,
  textLength: number,
): Insertable<EventsTable> {
  checkSpan(`event "${e.text}"`, e.span?.[0], e.span?.[1], textLength);
  return {
    document_id: documentId,
    extractor_version: version,
    doc_ref: e.doc,
    kind: e.kind,
    actor: e.actor,
    location: e.location,
    time_start: e.time?.start ?? null,
    time_end: e.time?.end ?? null,
    span_start: e.span[0],
    span_end: e.span[1],
    text: e.text,
    participants: JSON.stringify(e.participants ?? []),
    rules: JSON.stringify(e.rules ?? []),
  };
}

export function toStoredEvent(r: Selectable<EventsTable> & DocMeta): StoredEvent {
  return {
    type: "event",
    doc: r.doc_ref,
    kind: r.kind as StoredEvent["kind"],
    participants: JSON.parse(r.participants),
    actor: r.actor,
    location: r.location,
    time: { start: r.time_start, end: r.time_end },
    span: [r.span_start, r.span_end],
    text: r.text,
    rules: JSON.parse(r.rules),
    ...meta(r),
  };
}

export function entityRow(
  e: EntityRecord,
  documentId: number,
  version: string,
  textLength: number,
): Insertable<EntitiesTable> {
  for (const s of e.spans ?? []) checkSpan(`entity "${e.name}"`, s[0], s[1], textLength);
  return {
    document_id: documentId,
    extractor_version: version,
    doc_ref: e.doc,
    entity: e.id,
    name: e.name,
    category: e.category,
    spans: JSON.stringify(e.spans ?? []),
  };
}

export function toStoredEntity(r: Selectable<EntitiesTable>): StoredEntity {
  return {
    type: "entity",
    doc: r.doc_ref,
    name: r.name,
    category: r.category as StoredEntity["category"],
    id: r.entity,
    spans: JSON.parse(r.spans),
    documentId: r.document_id,
  };
}
