/** @module English cue words the claim and event stages read: role prepositions, clause openers, negation, tense cues. */

/** Marks where people or goods come from: `10,000 soldiers from North Korea`. */
export const originPrepositions: readonly string[] = ["from"];

/**
 * Marks where people go or are: `in Russia`, `to Russia`, `into the Kursk region`; also verbs whose object
 * is the destination: `13,000 workers entered Russia`.
 */
export const destinationPrepositions: readonly string[] = [
  "in",
  "to",
  "into",
  "inside",
  "within",
  "entered",
  "enter",
  "enters",
  "entering",
  "visited",
  "visit",
  "visits",
  "visiting",
  "reached",
  "reach",
  "reaches",
  "toured",
];

/** Marks who receives goods: `7,000 containers to Russia`, `shells for Russia`. */
export const recipientPrepositions: readonly string[] = ["to", "for", "into"];

/** Marks who is targeted: `20 missiles at Ukraine`, `against Kyiv`, `on Ukraine`. */
export const targetPrepositions: readonly string[] = ["at", "on", "against", "into"];

/**
 * Other prepositions: a name after them is no subject (`in an interview with a US outlet`, `talks with
 * Russia`). Not `by`/`of`, which name the agent of a passive or a place's part.
 */
export const otherPrepositions: readonly string[] = [
  "with",
  "alongside",
  "near",
  "despite",
  "without",
  "among",
  "between",
  "over",
  "under",
  "about",
  "during",
  "since",
  "behind",
];

/** Words that may stand between a preposition and the name it governs: `to the port of Vladivostok`. */
export const nounPhraseWords: readonly string[] = [
  "the",
  "a",
  "an",
  "of",
  "port",
  "region",
  "city",
  "its",
  "their",
];

/** Words allowed between a figure and its noun besides modifiers: `600,000 killed or wounded soldiers`. */
export const conjunctions: readonly string[] = ["and", "or"];

/** A comma followed by one of these opens a new clause: `…, which …`, `…, according to …`. */
export const clauseOpeners: readonly string[] = [
  "where",
  "that",
  "which",
  "who",
  "whom",
  "whose",
  "because",
  "after",
  "when",
  "while",
  "although",
  "if",
  "as",
  "but",
  "according",
  "said",
];

/** Open a clause of reported speech: a time before `… the US said in March that …` is when it was said. */
export const complementizers: readonly string[] = ["that", "whether"];

/** Function words that end the search for a figure's noun: `3 of the …`, `500 in Russia`. */
export const nounStops: readonly string[] = [
  "of",
  "in",
  "to",
  "from",
  "at",
  "on",
  "for",
  "by",
  "with",
  "the",
  "a",
  "an",
  "per",
  "percent",
  "is",
  "are",
  "was",
  "were",
  "have",
  "has",
  "had",
  "will",
  "would",
  "since",
  "than",
];

/** Negation: `no deliveries`, `did not deliver` — no transfer is asserted. */
export const negations: readonly string[] = [
  "no",
  "not",
  "never",
  "none",
  "ban",
  "n't",
  "denied",
  "deny",
  "denies",
  "denying",
];

/** A figure that sets a limit is no claim about the world: `a cap of 500,000 barrels`. */
export const limitWords: readonly string[] = [
  "cap",
  "capped",
  "limit",
  "limited",
  "allowed",
  "allows",
  "permitted",
  "ceiling",
];

/** Words that stand for a noun said before: `around 1,000 others wounded`, `an additional 3,000 followed`. */
export const ellipsisWords: readonly string[] = [
  "others",
  "more",
  "additional",
  "further",
  "another",
  "them",
  "those",
];

/** Link a part to a whole: `8,000 of the roughly 10,000 soldiers`, `thousands of workers`. */
export const partitives: readonly string[] = ["of"];

/**
 * Nouns that stand for a figure said before or name its noun in an `of` phrase, and the prepositions that
 * join them to the number: `put the figure at 11,000`, `the number of troops rose to 12,000`.
 */
export const figureNouns: readonly string[] = [
  "figure",
  "number",
  "toll",
  "tally",
  "count",
  "total",
  "estimate",
];
export const figureLinks: readonly string[] = ["at", "to"];

/** Present-tense verbs of a state: `10,000 troops are in Russia`, `North Korea maintains an army of …`. */
export const presentStateVerbs: readonly string[] = [
  "are",
  "is",
  "remain",
  "remains",
  "stay",
  "stays",
  "maintains",
  "maintain",
  "has",
  "have",
  "holds",
  "hold",
  "serve",
  "serves",
  "fight",
  "fights",
  "possesses",
  "possess",
  "numbers",
];

/** Auxiliaries of the present perfect: `The Duma has ratified …`. */
export const perfectAuxiliaries: readonly string[] = ["has", "have"];

/** Nouns are not capitalised in English: the noun search skips modifiers until an item noun or a stop word. */
export const nounsCapitalized = false;

/**
 * A rate: an amount per unit is a price, a wage or a production figure, not a count of things that moved:
 * `$2.50 an hour`, `60 dollars per barrel`, `2,000 drones a month`, `300 shells per day`.
 * The per-word, then (after an article) the unit; or one adverb (`monthly`).
 */
export const ratePrepositions: readonly string[] = ["per", "a", "an", "each", "every"];
export const rateUnits: readonly string[] = [
  "hour",
  "day",
  "week",
  "month",
  "quarter",
  "year",
  "shift",
  "barrel",
  "ton",
  "tonne",
  "liter",
  "litre",
  "gallon",
  "kilogram",
  "kilo",
  "piece",
  "head",
  "person",
  "unit",
  "round",
];
export const rateAdverbs: readonly string[] = [
  "hourly",
  "daily",
  "weekly",
  "monthly",
  "annually",
  "yearly",
  "apiece",
];
/** A unit followed by one of these is a time, not a rate: `a month ago`, `a year later`. */
export const rateNotAfter: readonly string[] = [
  "ago",
  "later",
  "earlier",
  "before",
  "after",
  "long",
  "since",
];

/**
 * Words of a list or a body: a count of persons or organisations in a clause with one of these is the size
 * of a sanctions list or a body's membership, not a claim: `sanctions on 54 individuals`, `the panel's 15
 * members`. Matchers as in `data/lexicon/items.json`.
 */
export const listWords: readonly string[] = [
  "sanction",
  "blacklist",
  "designat",
  "~package",
  "=list",
  "=listed",
  "member",
  "=entities",
];

/**
 * Nouns of a side or a force: a country named on one after the figure is where personnel serve
 * (`serving with Russian units`, `on Russia's side`, `in the ranks of the Russian army`).
 */
export const sideNouns: readonly string[] = [
  "unit",
  "units",
  "army",
  "forces",
  "troops",
  "side",
  "ranks",
  "brigade",
  "brigades",
  "command",
];

/** Adverbs that date a figure to the time of writing: `is currently firing 10,000 shells a day`. */
export const nowWords: readonly string[] = ["currently", "presently", "nowadays"];

/** Words that make the next figure a part of the one before it: `4,700 killed or wounded, including 600 dead`. */
export const subsetWords: readonly string[] = ["including", "incl"];

/** Words that point back to the time named before: `about 4,700 were then believed killed` (the time of the sentences before). */
export const thenWords: readonly string[] = ["then"];
