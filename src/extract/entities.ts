/** @module Entity records: one per distinct gazetteer entity a document mentions, with every mention's span. */
import type { Mention } from "../core/annotations.js";
import type { EntityRecord } from "../core/records.js";

/** `Nordkorea`, `nordkoreanischen`, `Pjöngjang`(as seat) … → one `North Korea` record per entity id, in order of first mention. */
export function entityRecords(mentions: readonly Mention[], docName: string): EntityRecord[] {
  const byId = new Map<string, EntityRecord>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const known = byId.get(m.entity);
    if (known) known.spans.push([m.start, m.end]);
    else
      byId.set(m.entity, {
        type: "entity",
        doc: docName,
        name: m.name,
        category: m.category,
        id: m.entity,
        spans: [[m.start, m.end]],
      });
  }
  return [...byId.values()];
}
