/**
 * @module The annotation pipeline: an ordered list of components, each declaring which layers it
 * requires and assigns; the order is checked when the pipeline is built, not when it runs.
 */

import type { Layers } from "./annotations.js";
import type { Document } from "./document.js";
import { ErrorCode, LagebildError } from "./errors.js";

export type LayerName = keyof Layers;

export interface Annotated {
  doc: Document;
  layers: Layers;
}

export interface Component {
  name: string;
  requires: readonly LayerName[];
  assigns: readonly LayerName[];
  run(annotated: Annotated): void;
}

export interface Pipeline {
  components: readonly Component[];
  annotate(doc: Document): Annotated;
  /**
   * Annotates a batch component by component, as spaCy's `nlp.pipe` does: one component's code and
   * tables stay in the processor's caches across the batch instead of being evicted by the next
   * component for every document (on the bench corpus, batches of 32 run about a fifth faster than
   * one document at a time). The layers are the same as `annotate` gives. A document whose component
   * throws gets the error in its slot and is not passed to later components; the others go on.
   */
  annotateBatch(docs: readonly Document[]): (Annotated | Error)[];
}

export function emptyLayers(): Layers {
  return { sentences: [], numbers: [], times: [], mentions: [], attributions: [], hedges: [] };
}

export function buildPipeline(components: readonly Component[]): Pipeline {
  const assigned = new Set<LayerName>();
  for (const c of components) {
    const missing = c.requires.filter((r) => !assigned.has(r));
    if (missing.length) {
      throw new LagebildError(
        ErrorCode.PIPELINE,
        `component "${c.name}" requires ${missing.join(", ")}, which no earlier component assigns`,
      );
    }
    for (const a of c.assigns) assigned.add(a);
  }
  return {
    components,
    annotate(doc) {
      const annotated: Annotated = { doc, layers: emptyLayers() };
      for (const c of components) c.run(annotated);
      return annotated;
    },
    annotateBatch(docs) {
      const out: (Annotated | Error)[] = docs.map((doc) => ({ doc, layers: emptyLayers() }));
      for (const c of components) {
        for (let i = 0; i < out.length; i++) {
          const a = out[i]!;
          if (a instanceof Error) continue;
          try {
            c.run(a);
          } catch (err) {
            out[i] = err instanceof Error ? err : new Error(String(err));
          }
        }
      }
      return out;
    },
  };
}
