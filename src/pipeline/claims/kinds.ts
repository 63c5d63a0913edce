/**
 * @module Claim kinds (`data/lexicon/kinds.json`): the cue word nearest to a figure says what happened to
 * the item — `geliefert` delivery, `befinden sich` deployment, `abgefeuert` launch, `getöteten` casualties,
 * `unterhält` inventory, `beinhalten` composition — else the item's default.
 */
import type { Lang } from "../../core/document.js";
import type { ClaimItem, ClaimKind } from "../../core/records.js";
import type { Span } from "../../core/span.js";
import type { Cues } from "./cues.js";
import {
  compilePattern,
  lexiconLangs,
  matchPattern,
  type Pattern,
  PatternIndex,
  type Pos,
  posAgrees,
  readLexicon,
} from "./lexicon.js";
import type { Token } from "./tokens.js";

interface KindsFile {
  cues: { kind: ClaimKind; pos: Pos; items?: ClaimItem[]; receive?: boolean; de: string[]; en: string[] }[];
  defaults: Record<ClaimItem, ClaimKind>;
  personnel: ClaimItem[];
  personnelKinds: Partial<Record<ClaimKind, ClaimKind>>;
}

interface KindCue {
  pattern: Pattern;
  kind: ClaimKind;
  pos: Pos;
  items: ClaimItem[] | null;
  receive: boolean;
  rule: string;
}

const file = readLexicon<KindsFile>("kinds.json");
const ENDINGS = readLexicon<{ endings: Record<"de" | "en", string[]> }>("items.json").endings;

function compile(lang: "de" | "en", only?: (c: KindsFile["cues"][number]) => boolean): PatternIndex<KindCue> {
  return new PatternIndex(
    file.cues
      .filter((c) => !only || only(c))
      .flatMap((c) =>
        c[lang].map((source) => ({
          pattern: compilePattern(source, ENDINGS[lang]),
          kind: c.kind,
          pos: c.pos,
          items: c.items ?? null,
          receive: c.receive ?? false,
          rule: `${lang}.kind.${c.kind}.${source.replace(/\s+/g, "_")}`,
        })),
      ),
  );
}

const INDEX = { de: compile("de"), en: compile("en") };
/**
 * Only the verbs of handing over and of firing: what a transfer without a figure needs, and who fires at
 * whom for a later figure (a smaller index for every sentence).
 */
const isTransferVerb = (c: KindsFile["cues"][number]) =>
  (c.kind === "delivery" || c.kind === "launch") && c.pos === "verb";
const TRANSFER_INDEX = { de: compile("de", isTransferVerb), en: compile("en", isTransferVerb) };

/** A cue found in a sentence: tokens `[first, last]`. */
export interface CueHit {
  kind: ClaimKind;
  pos: Pos;
  items: ClaimItem[] | null;
  /** a verb of receiving: the subject is the recipient */
  receive: boolean;
  first: number;
  last: number;
  start: number;
  end: number;
  rule: string;
}

/** Every kind cue in a sentence's tokens (`transfersOnly`: only verbs of handing over). */
export function findKindCues(
  tokens: readonly Token[],
  cues: Cues,
  lang: Lang,
  transfersOnly = false,
): CueHit[] {
  const index = transfersOnly ? TRANSFER_INDEX : INDEX;
  const hits: CueHit[] = [];
  const langs = lexiconLangs(lang);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // indexed loops: the for-of iterators showed as a large share of the pipeline's allocation
    for (let li = 0; li < langs.length; li++) {
      const candidates = index[langs[li]!].candidates(t.lower);
      for (let ci = 0; ci < candidates.length; ci++) {
        const c = candidates[ci]!;
        if (!posAgrees(c.pos, t, cues.nounsCapitalized, c.pattern)) continue;
        const last = matchPattern(c.pattern, tokens, i, tokens.length, true);
        if (last < 0) continue;
        hits.push({
          kind: c.kind,
          pos: c.pos,
          items: c.items,
          receive: c.receive,
          first: i,
          last,
          start: t.start,
          end: tokens[last]!.end,
          rule: c.rule,
        });
      }
    }
  }
  return hits;
}

export const isPersonnel = (item: ClaimItem): boolean => file.personnel.includes(item);

/** Personnel are deployed, not delivered: `russische Kriegsschiffe brachten 1 500 Spezialkräfte` → deployment. */
export function kindForItem(kind: ClaimKind, item: ClaimItem): ClaimKind {
  return isPersonnel(item) ? (file.personnelKinds[kind] ?? kind) : kind;
}

export interface KindChoice {
  kind: ClaimKind;
  rule: string;
  cue: CueHit | null;
}

/**
 * The kind of a claim: the cue that fits the item nearest to the figure in its clause, else in its
 * sentence, else the noun's own kind (`500 Tote` → casualties), else the item's default.
 */
export function chooseKind(
  hits: readonly CueHit[],
  clause: Span,
  figure: Span,
  item: ClaimItem,
  nounKind: ClaimKind | null,
): KindChoice {
  const fits = hits.filter((h) => !h.items || h.items.includes(item));
  const distance = (h: CueHit) => (h.end <= figure.start ? figure.start - h.end : h.start - figure.end);
  const nearest = (list: readonly CueHit[]) =>
    list.reduce<CueHit | null>((best, h) => (!best || distance(h) < distance(best) ? h : best), null);
  const inClause = fits.filter((h) => h.start >= clause.start && h.end <= clause.end);
  // a verb of the clause says what happened to the figure's things over a noun of a phrase beside them:
  // `seit Beginn des Einsatzes etwa 2000 Soldaten getötet` (casualties, not deployment)
  const cue = nearest(inClause.filter((h) => h.pos !== "noun")) ?? nearest(inClause) ?? nearest(fits);
  if (cue) return { kind: kindForItem(cue.kind, item), rule: cue.rule, cue };
  if (nounKind) return { kind: nounKind, rule: "claim.kind.noun", cue: null };
  return { kind: file.defaults[item] ?? "other", rule: `claim.kind.default.${item}`, cue: null };
}
