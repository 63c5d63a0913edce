/**
 * @module Annotation layers: what the annotate stages assign to a Document. Every record is a
 * `[start, end)` span into `Document.text` and names the rule that made it.
 */
import type { Ruled, Span } from "./span.js";

export type Vague =
  | "dozens"
  | "hundreds"
  | "thousands"
  | "tens of thousands"
  | "hundreds of thousands"
  | "millions";

/**
 * A number as the text states it. Bounds and approximation stay explicit:
 * `bis zu 12 000` → `{value: null, max: 12000}`, `rund 10.000` → `{value: 10000, approx: true}`,
 * `Tausende` → `{value: null, vague: "thousands", approx: true}`.
 */
export interface NumberAnnotation extends Span, Ruled {
  /** `number` is a count or amount; the others are recognised so that they are *not* taken for counts */
  type: "number" | "percentage" | "ordinal" | "measure";
  text: string;
  value: number | null;
  min: number | null;
  max: number | null;
  approx: boolean;
  vague: Vague | null;
  /** for measures: `mm`, `km`, `t`, … ; for money: the ISO currency (`USD`, `EUR`); else null */
  unit: string | null;
}

export type Grain = "day" | "month" | "season" | "quarter" | "half" | "year" | "decade" | "century";

/**
 * A time expression resolved to an interval at a grain. `from`/`to` are ISO dates at the grain
 * (`2023`, `2023-08`, `2023-08-14`); `to` is the last unit included (a point has `to === from`);
 * `to: null` for an interval open at the end (`seit August 2023`), `from: null` open at the start
 * (`bis 1973`). A relative expression in a document without a known date has both null.
 */
export interface TimeAnnotation extends Span, Ruled {
  type: "time";
  text: string;
  from: string | null;
  to: string | null;
  grain: Grain;
  /** resolved against a document date that was inferred, not given */
  inferred: boolean;
  /** depends on the reference date (`im März`, `gestern`) */
  relative: boolean;
  /** how the expression qualifies its interval */
  mod: "since" | "until" | "before" | "after" | "start" | "mid" | "end" | "approx" | null;
}

export interface Sentence extends Span {
  /** index of the paragraph (blank-line separated block) the sentence is in */
  paragraph: number;
}

export type EntityCategory = "country" | "person" | "organization" | "place" | "weapon";

/** A mention of a gazetteer entity: `nordkoreanischen` → North Korea, `der Kremlchef` → Vladimir Putin. */
export interface Mention extends Span, Ruled {
  text: string;
  /** stable gazetteer id, e.g. `country/KP`, `person/vladimir-putin` */
  entity: string;
  name: string;
  category: EntityCategory;
  /** the country the entity stands for or belongs to (ISO alpha-2, `SU` for the Soviet Union) */
  country: string | null;
  /** how it was named: a name, an adjective (`nordkoreanisch`), a seat of power (`Pjöngjang`), a role (`Kremlchef`) */
  form: "name" | "adjective" | "seat" | "role" | "alias";
}

export interface SourceRef {
  country: string | null;
  org: string | null;
  person: string | null;
}

/**
 * Who a statement comes from (`laut dem amerikanischen Verteidigungsministerium`). The claimant is
 * kept apart from the outlet that carried it (`wie "time.com" berichtet`).
 */
export interface Attribution extends Span, Ruled {
  /** the sentence the attribution governs */
  scope: Span;
  source: SourceRef;
  /** the outlet that carried the claimant's statement, if named */
  publisher: string | null;
  /** carried over from an earlier sentence (`Der Meldung zufolge …`) */
  carried: boolean;
}

/** A cue that the text distances itself from what it reports: `soll`, `angeblich`, `reportedly`. */
export interface Hedge extends Span, Ruled {
  text: string;
}

export interface Layers {
  sentences: Sentence[];
  numbers: NumberAnnotation[];
  times: TimeAnnotation[];
  mentions: Mention[];
  attributions: Attribution[];
  hedges: Hedge[];
}
