/**
 * @module An in-memory Store for the orchestration tests: identical texts by hash, near-duplicates by
 * an injected predicate. Every other Store method rejects: ingest must not need it.
 */
import type { Document } from "../../src/core/document.js";
import type { Extraction, SaveResult, Store } from "../../src/store/types.js";

export interface FakeStore extends Store {
  saved: { doc: Document; extraction: Extraction | undefined }[];
}

export function fakeStore(nearDuplicate: (a: Document, b: Document) => boolean = () => false): FakeStore {
  const saved: FakeStore["saved"] = [];
  const used = {
    dialect: "sqlite",
    saved,
    async saveDocument(doc: Document, extraction?: Extraction): Promise<SaveResult> {
      const same = saved.findIndex((s) => s.doc.hash === doc.hash);
      if (same >= 0)
        return { status: "identical", documentId: same + 1, clusterId: same + 1, duplicateOf: null };
      const near = saved.findIndex((s) => nearDuplicate(s.doc, doc));
      saved.push({ doc, extraction });
      const id = saved.length;
      if (near >= 0)
        return { status: "near-duplicate", documentId: id, clusterId: near + 1, duplicateOf: near + 1 };
      return { status: "new", documentId: id, clusterId: id, duplicateOf: null };
    },
    async documentIdByHash(hash: string): Promise<number | null> {
      const i = saved.findIndex((s) => s.doc.hash === hash);
      return i >= 0 ? i + 1 : null;
    },
    async getDocument(id: number) {
      const s = saved[id - 1];
      return s ? { ...s.doc, id, clusterId: id, extractorVersion: s.extraction?.version ?? null } : null;
    },
    close: () => Promise.resolve(),
  };
  return new Proxy(used, {
    get(target, key) {
      if (key in target) return target[key as keyof typeof target];
      return () => Promise.reject(new Error(`fake store: ${String(key)} is not used by ingest`));
    },
  }) as unknown as FakeStore;
}
