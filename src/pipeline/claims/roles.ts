/**
 * @module Actor and recipient of a claim from the mentions in its clause and the preposition before each:
 * `Soldaten aus Nordkorea in Russland` (origin → actor, destination → recipient), `Nordkorea … an Russland
 * geliefert` (subject → actor, `an` → recipient), `Russland … auf die Ukraine abgefeuert` (target),
 * `nordkoreanische Soldaten` (country adjective on the item noun → actor).
 */
import type { Mention } from "../../core/annotations.js";
import type { ClaimKind } from "../../core/records.js";
import type { Span } from "../../core/span.js";
import type { Cues } from "./cues.js";
import { type Token, tokenAt } from "./tokens.js";

export type PrepRole = "origin" | "destination" | "recipient" | "target";

export interface RoleMention {
  mention: Mention;
  country: string;
  /** the preposition governing the mention, if any: `aus`, `in`, `an`, `auf` */
  prep: string | null;
  roles: Set<PrepRole>;
  /** a country adjective standing on the counted noun: `1 500 nordkoreanische Spezialkräfte` */
  onItem: boolean;
  beforeFigure: boolean;
}

/** How far back a preposition may stand from its name: `in den Hafen von Wladiwostok`. */
const PREP_REACH = 4;

/**
 * The preposition governing a mention, looking back over the words of its phrase (`in den Hafen von
 * Wladiwostok` → `in`, `in eastern Russia` → `in`); null when punctuation, another mention or the reach
 * comes first.
 */
export function prepositionOf(
  text: string,
  tokens: readonly Token[],
  mention: Mention,
  mentions: readonly Mention[],
  isPrep: (word: string) => boolean,
  isStop: (word: string) => boolean = () => false,
  barriers: readonly Span[] = [],
  phraseWord?: (word: string) => boolean,
): string | null {
  const at = tokenAt(tokens, mention.start);
  let edge = mention.start;
  /** a word that cannot stand inside a noun phrase (a verb) passed since the name */
  let loose = false;
  for (let i = at - 1; i >= 0 && at - i <= PREP_REACH; i--) {
    const t = tokens[i]!;
    if (/[,;:()–—"„“”]/.test(text.slice(t.end, edge))) return null;
    edge = t.start;
    if (mentions.some((m) => m !== mention && m.start <= t.start && t.end <= m.end)) return null;
    // capitalised nouns (`phraseWord` given): `Im Gegenzug versorgt Nordkorea` — a noun before a verb ends
    // the preposition's phrase (`Gegenzug`), so `Im` does not govern the name
    if (phraseWord && !t.initial) {
      if (t.capital && loose) return null;
      if (!t.capital && !phraseWord(t.lower) && !isPrep(t.lower)) loose = true;
    }
    // `Im Juni hatte Nordkorea …`: the preposition of a time expression is not the name's
    if (barriers.some((b) => b.start <= t.start && t.end <= b.end)) return null;
    if (isPrep(t.lower)) return t.lower;
    // `said on Friday that North Korea had delivered`: a new clause begins, the `on` is not North Korea's
    if (isStop(t.lower) || /^\p{N}/u.test(t.text)) return null;
  }
  return null;
}

/**
 * The preposition governing a mention: a role preposition (`aus`, `in`, `an`, `auf`) or another one
 * (`mit einem US-Fachportal`, `with Russia`), which makes the name no subject either.
 */
function governingPrep(
  text: string,
  tokens: readonly Token[],
  mention: Mention,
  mentions: readonly Mention[],
  cues: Cues,
  barriers: readonly Span[],
) {
  const isRole = (w: string) =>
    cues.origin.has(w) || cues.destination.has(w) || cues.recipient.has(w) || cues.target.has(w);
  const isStop = (w: string) => cues.complementizers.has(w);
  const phraseWord = cues.nounsCapitalized ? (w: string) => cues.nounPhrase.has(w) : undefined;
  const any = prepositionOf(
    text,
    tokens,
    mention,
    mentions,
    (w) => isRole(w) || cues.otherPrepositions.has(w),
    isStop,
    barriers,
    phraseWord,
  );
  if (!any || isRole(any)) return any;
  // another preposition governs only its own phrase: articles between (`mit einem US-Fachportal`), not a
  // verb (`Seit Monaten liefert Nordkorea`)
  const at = tokenAt(tokens, mention.start);
  let k = at - 1;
  while (k >= 0 && tokens[k]!.lower !== any) k--;
  if (tokens.slice(k + 1, at).every((t) => cues.nounPhrase.has(t.lower))) return any;
  return prepositionOf(text, tokens, mention, mentions, isRole, isStop, barriers, phraseWord);
}

/**
 * The country-bearing mentions of a clause with their prepositions. Speakers play no role (the
 * attribution: `laut dem amerikanischen Verteidigungsministerium`).
 */
export function roleMentions(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  clause: Span,
  figure: Span,
  onItem: readonly Mention[],
  isSpeaker: (m: Mention) => boolean,
  cues: Cues,
  barriers: readonly Span[] = [],
): RoleMention[] {
  const out: RoleMention[] = [];
  for (const m of mentions) {
    if (m.start < clause.start || m.end > clause.end || !m.country) continue;
    // services, ministries and outlets say things; they do not send troops (`teilte der NIS mit`)
    if (m.category === "organization") continue;
    // nor does the country of an organisation's name (`der südkoreanische Geheimdienst`, `the Russian
    // defence ministry`): the adjective belongs to the one who speaks
    if (mentions.some((o) => o.category === "organization" && o.start <= m.start && m.end <= o.end)) continue;
    if (isSpeaker(m)) continue;
    const prep = governingPrep(text, tokens, m, mentions, cues, barriers);
    const roles = new Set<PrepRole>();
    if (prep) {
      if (cues.origin.has(prep)) roles.add("origin");
      if (cues.destination.has(prep)) roles.add("destination");
      if (cues.recipient.has(prep)) roles.add("recipient");
      if (cues.target.has(prep)) roles.add("target");
    }
    out.push({
      mention: m,
      country: m.country,
      prep,
      roles,
      onItem: onItem.includes(m),
      beforeFigure: m.end <= figure.start,
    });
  }
  return out;
}

export interface Role {
  country: string;
  rule: string;
}

type Pick = (r: RoleMention) => boolean;

const bare: Pick = (r) => !r.prep && !r.onItem;
const bareName: Pick = (r) => bare(r) && r.mention.form !== "adjective" && r.mention.category !== "person";
const bareAdjective: Pick = (r) => bare(r) && r.mention.form === "adjective";
const onItem: Pick = (r) => r.onItem;
const has =
  (role: PrepRole): Pick =>
  (r) =>
    r.roles.has(role);
const before =
  (p: Pick): Pick =>
  (r) =>
    r.beforeFigure && p(r);
const after =
  (p: Pick): Pick =>
  (r) =>
    !r.beforeFigure && p(r);

/** Preferences per kind, strongest first, each with the rule name it reports. */
const ACTOR: Record<ClaimKind, [string, Pick][]> = {
  deployment: [
    ["adjective-on-item", onItem],
    ["origin", has("origin")],
    ["subject", bareName],
  ],
  delivery: [
    ["subject", before(bareName)],
    ["subject-adjective", before(bareAdjective)],
    ["origin", has("origin")],
    ["subject-after", bareName],
    ["adjective-on-item", onItem],
  ],
  launch: [
    ["subject", before(bareName)],
    ["subject-adjective", before(bareAdjective)],
    ["subject-after", bareName],
  ],
  casualties: [
    ["adjective-on-item", onItem],
    ["subject", bareName],
    ["subject-adjective", bareAdjective],
    ["origin", has("origin")],
  ],
  inventory: [
    ["subject", bareName],
    ["adjective-on-item", onItem],
    ["holder-place", (r) => r.roles.has("destination") && r.mention.form !== "adjective"],
    ["subject-adjective", bareAdjective],
    ["origin", has("origin")],
  ],
  composition: [],
  other: [
    ["adjective-on-item", onItem],
    ["subject", bareName],
    ["subject-adjective", bareAdjective],
  ],
};

const RECIPIENT: Record<ClaimKind, [string, Pick][]> = {
  deployment: [
    ["destination", after(has("destination"))],
    ["destination-before", has("destination")],
    // `1000 Minenräumer für den Wiederaufbau des Gebiets Kursk`: the place they are sent to work in
    ["place-after", after((r) => r.mention.category === "place" && r.mention.form !== "adjective")],
    // `10,000 soldiers to fight for Russia`, `Soldaten für Russland`: the party they are sent to serve
    ["for", after(has("recipient"))],
  ],
  delivery: [
    ["recipient", after(has("recipient"))],
    ["destination", after(has("destination"))],
    ["recipient-before", has("recipient")],
  ],
  launch: [
    ["target", has("target")],
    ["destination", after(has("destination"))],
    // `verschießt die russische Armee in der Ukraine bis zu 10.000 Granaten`: the country fired in
    ["destination-before", (r) => has("destination")(r) && r.mention.form !== "adjective"],
  ],
  casualties: [],
  inventory: [],
  composition: [],
  other: [],
};

function pick(
  list: readonly RoleMention[],
  prefs: readonly [string, Pick][],
  slot: string,
  not?: string | null,
) {
  for (const [name, p] of prefs) {
    const hit = list.find((r) => p(r) && r.country !== not);
    if (hit) return { country: hit.country, rule: `claim.${slot}.${name}` };
  }
  return null;
}

/** A receipt names the sender after `aus`/`from` and the receiver as subject: `Russland hat 148 Raketen aus Nordkorea erhalten`. */
const RECEIVED_ACTOR: [string, Pick][] = [
  ["origin", has("origin")],
  ["adjective-on-item", onItem],
];
const RECEIVED_RECIPIENT: [string, Pick][] = [
  ["subject", before(bareName)],
  ["subject-adjective", before(bareAdjective)],
  ["subject-after", bareName],
];

/**
 * Actor and recipient for a claim of `kind` from its clause's role mentions. `received`: the kind cue
 * was a verb of receiving. A delivery's second bare name before the figure is its indirect object
 * (`Nordkorea hat Russland … 7.000 Container geliefert`, `Russia provided North Korea with …`).
 */
export function assignRoles(
  list: readonly RoleMention[],
  kind: ClaimKind,
  received = false,
): { actor: Role | null; recipient: Role | null } {
  if (received) {
    const actor = pick(list, RECEIVED_ACTOR, "actor.received");
    return { actor, recipient: pick(list, RECEIVED_RECIPIENT, "recipient.received", actor?.country) };
  }
  const actor = pick(list, ACTOR[kind], "actor");
  // names before adjectives: `an Russland` over `nach südkoreanischen Angaben`
  const names = list.filter((r) => r.mention.form !== "adjective");
  let recipient = pick(names, RECIPIENT[kind], "recipient", actor?.country);
  if (!recipient && kind === "delivery" && actor) {
    const object = list.find((r) => bareName(r) && r.country !== actor.country);
    if (object) recipient = { country: object.country, rule: "claim.recipient.object" };
  }
  recipient ??= pick(list, RECIPIENT[kind], "recipient", actor?.country);
  return { actor, recipient };
}

/**
 * Civilians killed or wounded where a place is named (`Dutzende Zivilisten in Charkiw getötet`, `killed in
 * an attack on Kharkiv`): the place's country, when nothing else says whose they were. Not for soldiers,
 * who fall abroad.
 */
export function placeActor(list: readonly RoleMention[]): Role | null {
  const p = list.find(
    (r) => (r.roles.has("destination") || r.roles.has("target")) && r.mention.category === "place",
  );
  return p ? { country: p.country, rule: "claim.actor.place" } : null;
}

/** The first person named without a preposition: `Kim schickte …` (used when nothing else names an actor). */
export function personActor(list: readonly RoleMention[]): Role | null {
  const p = list.find((r) => bare(r) && r.mention.category === "person");
  return p ? { country: p.country, rule: "claim.actor.person" } : null;
}

/** Kinds whose claims have a recipient. */
export const hasRecipient = (kind: ClaimKind): boolean => RECIPIENT[kind].length > 0;
