/**
 * @module The assembled annotate pipeline, components in data-flow order: segment → numbers → times →
 * entities → attribution → hedging. `createAnnotator().annotate(doc)` gives every layer.
 */
import type { NumberAnnotation, TimeAnnotation } from "../core/annotations.js";
import { precisionOf } from "../core/document.js";
import { buildPipeline, type Component, type Pipeline } from "../core/pipeline.js";
import { attributionComponent } from "./attribution/index.js";
import { type CompiledGazetteer, entitiesComponent } from "./entities/index.js";
import { hedgingComponent } from "./hedging/index.js";
import { findNumbers } from "./numbers/index.js";
import { segmentComponent } from "./segment/component.js";
import { findTimes, inferDocumentDate } from "./time/index.js";

function numbersComponent(): Component {
  return {
    name: "numbers",
    requires: ["sentences"],
    assigns: ["numbers"],
    run({ doc, layers }) {
      layers.numbers = findNumbers(doc.text, doc.lang);
    },
  };
}

/**
 * Time expressions, resolved against the document's date. A document without a date gets one
 * inferred from its text where the text allows (`inferDocumentDate`); the annotated document then
 * carries it with `dateInferred: true` (the input object is not changed), so later stages and the
 * extractor see the same reference date.
 */
function timesComponent(): Component {
  return {
    name: "times",
    requires: ["sentences", "numbers"],
    assigns: ["times"],
    run(annotated) {
      let { doc } = annotated;
      if (doc.date === null) {
        const inferred = inferDocumentDate(doc.text, doc.lang);
        if (inferred) {
          doc = { ...doc, date: inferred, datePrecision: precisionOf(inferred), dateInferred: true };
          annotated.doc = doc;
        }
      }
      const times = findTimes(doc.text, doc.lang, { date: doc.date, inferred: doc.dateInferred });
      annotated.layers.times = withoutCountedYears(times, annotated.layers.numbers);
    },
  };
}

/**
 * Four bare digits that the number stage kept as a count are no year: it judges `1900`–`2100` by the
 * words around them (`2000 Bauarbeiter` counts workers, `seit 2014` and `2014 annektierte` are years),
 * and the time stage, seeing only the digits, would take them for a year as well.
 */
function withoutCountedYears(
  times: TimeAnnotation[],
  numbers: readonly NumberAnnotation[],
): TimeAnnotation[] {
  if (!numbers.length) return times;
  const counted = new Set(numbers.map((n) => `${n.start}:${n.end}`));
  return times.filter((t) => !(BARE_YEAR.test(t.text) && counted.has(`${t.start}:${t.end}`)));
}
const BARE_YEAR = /^\d{4}$/;

export interface AnnotatorOptions {
  /** a gazetteer other than `data/gazetteer/` (compiled with `compileGazetteer(loadGazetteerData(dirs))`) */
  gazetteer?: CompiledGazetteer;
}

/** The full annotate pipeline. Build it once and reuse it: the gazetteer is compiled on first use. */
export function createAnnotator(opts: AnnotatorOptions = {}): Pipeline {
  return buildPipeline([
    segmentComponent(),
    numbersComponent(),
    timesComponent(),
    entitiesComponent(opts.gazetteer),
    attributionComponent(opts.gazetteer),
    hedgingComponent(),
  ]);
}
