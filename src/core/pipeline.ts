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
  };
}
