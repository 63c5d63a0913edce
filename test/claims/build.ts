/** @module Test helper: an `Annotated` document built by hand from substrings, so claim and event rules are tested apart from the annotators. */
import type {
  Attribution,
  EntityCategory,
  Hedge,
  Mention,
  NumberAnnotation,
  Sentence,
  TimeAnnotation,
} from "../../src/core/annotations.js";
import type { Document, Lang } from "../../src/core/document.js";
import type { Annotated } from "../../src/core/pipeline.js";
import type { Span } from "../../src/core/span.js";

/** `text` or `[text, n]` for the n-th occurrence (0-based). */
type Where = string | [string, number];

function find(text: string, where: Where): Span {
  const [needle, nth] = typeof where === "string" ? [where, 0] : where;
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) not in the test text`);
  }
  return { start: at, end: at + needle.length };
}

export interface Spec {
  lang?: Lang;
  date?: string | null;
  numbers?: {
    at: Where;
    value?: number | null;
    min?: number;
    max?: number;
    approx?: boolean;
    vague?: NumberAnnotation["vague"];
    type?: NumberAnnotation["type"];
    unit?: string;
  }[];
  times?: { at: Where; from: string | null; to?: string | null }[];
  mentions?: {
    at: Where;
    entity: string;
    name: string;
    category: EntityCategory;
    country: string | null;
    form?: Mention["form"];
  }[];
  attributions?: {
    at: Where;
    country?: string;
    org?: string;
    person?: string;
    publisher?: string;
    carried?: boolean;
    scope?: Where;
  }[];
  hedges?: Where[];
  nonBody?: Where[];
}

/** Sentences end at `.`, `?` or `!` before a space or the end; paragraphs are separated by a blank line. */
function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  // a sentence ends at `.`, `?` or `!` before white space or the end (not inside `2.700`)
  const re = /(?:[^.?!\n]|[.?!](?!\s|$))+(?:[.?!]+|$)/g;
  let lastEnd = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const end = m.index + m[0].trimEnd().length;
    if (end <= start) continue;
    if (/\n\s*\n/.test(text.slice(lastEnd, start))) paragraph++;
    out.push({ start, end, paragraph });
    lastEnd = end;
  }
  return out;
}

export function build(text: string, spec: Spec = {}): Annotated {
  const doc: Document = {
    text,
    title: null,
    url: null,
    outlet: null,
    date: spec.date === undefined ? "2024-10" : spec.date,
    datePrecision: spec.date === null ? null : "month",
    dateInferred: false,
    lang: spec.lang ?? "de",
    hash: "test",
    ingestedAt: "2024-10-31T00:00:00Z",
    origin: "test.txt",
    nonBody: (spec.nonBody ?? []).map((w) => ({ ...find(text, w), rule: "test.furniture" })),
  };
  const sents = sentences(text);
  const sentenceOf = (s: Span) => sents.find((x) => x.start <= s.start && s.end <= x.end) ?? sents[0]!;
  const numbers: NumberAnnotation[] = (spec.numbers ?? []).map((n) => {
    const s = find(text, n.at);
    return {
      ...s,
      rule: "test.number",
      type: n.type ?? "number",
      text: text.slice(s.start, s.end),
      value: n.value === undefined ? null : n.value,
      min: n.min ?? null,
      max: n.max ?? null,
      approx: n.approx ?? !!n.vague,
      vague: n.vague ?? null,
      unit: n.unit ?? null,
    };
  });
  const times: TimeAnnotation[] = (spec.times ?? []).map((t) => {
    const s = find(text, t.at);
    return {
      ...s,
      rule: "test.time",
      type: "time",
      text: text.slice(s.start, s.end),
      from: t.from,
      to: t.to === undefined ? t.from : t.to,
      grain: "month",
      inferred: false,
      relative: false,
      mod: null,
    };
  });
  const mentions: Mention[] = (spec.mentions ?? []).map((m) => {
    const s = find(text, m.at);
    return {
      ...s,
      rule: "test.mention",
      text: text.slice(s.start, s.end),
      entity: m.entity,
      name: m.name,
      category: m.category,
      country: m.country,
      form: m.form ?? "name",
    };
  });
  const attributions: Attribution[] = (spec.attributions ?? []).map((a) => {
    const s = find(text, a.at);
    const scope = a.scope ? sentenceOf(find(text, a.scope)) : sentenceOf(s);
    return {
      ...s,
      rule: "test.attribution",
      scope: { start: scope.start, end: scope.end },
      source: { country: a.country ?? null, org: a.org ?? null, person: a.person ?? null },
      publisher: a.publisher ?? null,
      carried: a.carried ?? false,
    };
  });
  const hedges: Hedge[] = (spec.hedges ?? []).map((w) => {
    const s = find(text, w);
    return { ...s, rule: "test.hedge", text: text.slice(s.start, s.end) };
  });
  const by = <T extends Span>(xs: T[]) => xs.sort((a, b) => a.start - b.start);
  return {
    doc,
    layers: {
      sentences: sents,
      numbers: by(numbers),
      times: by(times),
      mentions: by(mentions),
      attributions,
      hedges: by(hedges),
    },
  };
}

/** Gazetteer-like mention specs used across tests. */
export const M = {
  KP: { entity: "country/KP", name: "North Korea", category: "country", country: "KP" },
  RU: { entity: "country/RU", name: "Russia", category: "country", country: "RU" },
  UA: { entity: "country/UA", name: "Ukraine", category: "country", country: "UA" },
  KR: { entity: "country/KR", name: "South Korea", category: "country", country: "KR" },
  US: { entity: "country/US", name: "United States", category: "country", country: "US" },
} as const;
