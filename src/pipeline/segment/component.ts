/** @module The annotate component that assigns sentences (with their paragraph index). */
import type { Component } from "../../core/pipeline.js";
import { segment } from "./index.js";

export function segmentComponent(): Component {
  return {
    name: "segment",
    requires: [],
    assigns: ["sentences"],
    run(annotated) {
      const { doc } = annotated;
      annotated.layers.sentences = segment(doc.text, doc.lang, doc.nonBody);
    },
  };
}
