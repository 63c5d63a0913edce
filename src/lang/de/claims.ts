/** @module German cue words the claim and event stages read: role prepositions, clause openers, negation, tense cues. */

/** Marks where people or goods come from: `10 000 Soldaten aus Nordkorea`. */
export const originPrepositions: readonly string[] = ["aus"];

/** Marks where people go or are: `in Russland`, `nach Russland`, `in den Hafen von Wladiwostok`. */
export const destinationPrepositions: readonly string[] = [
  "in",
  "im",
  "ins",
  "nach",
  "zu",
  "zum",
  "zur",
  "an",
];

/** Marks who receives goods: `7 000 Container an Russland`, `Munition für Russland`. */
export const recipientPrepositions: readonly string[] = ["an", "nach", "für", "in", "ins"];

/** Marks who is targeted: `20 Raketen auf die Ukraine`, `gegen Kiew`. */
export const targetPrepositions: readonly string[] = ["auf", "gegen"];

/**
 * Other prepositions: a name after them is no subject (`in einem Interview mit einem US-Fachportal`,
 * `gemeinsam mit China`). Not `von`/`durch`, which name the agent of a passive.
 */
export const otherPrepositions: readonly string[] = [
  "mit",
  "bei",
  "beim",
  "neben",
  "ohne",
  "trotz",
  "wegen",
  "über",
  "unter",
  "vor",
  "hinter",
  "zwischen",
  "seit",
  "während",
  "gegenüber",
];

/**
 * Words that may stand between a preposition and the name it governs, so that the preposition is still
 * found: `in den Hafen von Wladiwostok`, `auf die Ukraine`.
 */
export const nounPhraseWords: readonly string[] = [
  "der",
  "die",
  "das",
  "den",
  "dem",
  "des",
  "ein",
  "eine",
  "einen",
  "einem",
  "einer",
  "eines",
  "von",
  "vom",
];

/** Words allowed between a figure and its noun besides adjectives: `600 000 verletzten oder getöteten Soldaten`. */
export const conjunctions: readonly string[] = ["und", "oder", "bzw", "sowie"];

/** A comma followed by one of these opens a new clause: `…, dass Nordkorea 7 000 Container …`. */
export const clauseOpeners: readonly string[] = [
  "wo",
  "wobei",
  "dass",
  "ob",
  "weil",
  "da",
  "nachdem",
  "wenn",
  "falls",
  "obwohl",
  "wie",
  "so",
  "die",
  "der",
  "das",
  "deren",
  "dessen",
  "welche",
  "welcher",
  "welches",
  "aber",
  "doch",
  "sondern",
  "jedoch",
];

/** Open a clause of reported speech: a time before `… erklärten die USA, dass …` is when it was said. */
export const complementizers: readonly string[] = ["dass", "ob"];

/** Negation: `keine Zusagen für Lieferungen`, `nicht nach Nordkorea geliefert` — no transfer is asserted. */
export const negations: readonly string[] = [
  "kein",
  "keine",
  "keinen",
  "keiner",
  "keinerlei",
  "nicht",
  "nie",
  "niemals",
  "verbot",
  "bestritten",
  "bestreitet",
  "bestreiten",
  "dementiert",
  "dementierte",
];

/** A figure that sets a limit is no claim about the world: `erlauben … höchstens 500.000 Barrel`. */
export const limitWords: readonly string[] = [
  "erlaubt",
  "erlauben",
  "erlaubte",
  "obergrenze",
  "höchstgrenze",
  "zulässig",
  "gestattet",
];

/** Words that stand for a noun said before: `Weitere 2.700 seien verwundet worden`. */
export const ellipsisWords: readonly string[] = [
  "weitere",
  "weiteren",
  "davon",
  "andere",
  "anderen",
  "ihnen",
  "denen",
];

/** Link a part to a whole: `8.000 von 10.000 Soldaten`, `Tausende von Soldaten`. */
export const partitives: readonly string[] = ["von", "der"];

/**
 * Nouns that stand for a figure said before or name its noun in a genitive, and the prepositions that join
 * them to the number: `bezifferte die Zahl auf 11.000`, `die Zahl der Soldaten stieg auf 12.000`.
 */
export const figureNouns: readonly string[] = ["zahl", "anzahl", "gesamtzahl", "bilanz", "schätzung"];
export const figureLinks: readonly string[] = ["auf", "bei"];

/**
 * Present-tense verbs of a state: a deployment or inventory stated with them holds at the document's date
 * (`befinden sich … 10 000 Soldaten in Russland`, `Nordkorea unterhält … 1,3 Millionen Soldaten`).
 */
export const presentStateVerbs: readonly string[] = [
  "befinden",
  "befindet",
  "sind",
  "ist",
  "stehen",
  "steht",
  "unterhält",
  "unterhalten",
  "verfügt",
  "verfügen",
  "kämpfen",
  "kämpft",
  "dienen",
  "dient",
  "gibt",
  "halten",
  "hält",
  "bleiben",
  "bleibt",
  "zählt",
  "zählen",
  "umfasst",
  "umfassen",
  "besitzt",
  "besitzen",
];

/** Auxiliaries of the present perfect: `Die Duma hat … ratifiziert` happened just before the document's date. */
export const perfectAuxiliaries: readonly string[] = ["hat", "haben"];

/** Nouns are capitalised in German: a capitalised word after a figure is its head noun. */
export const nounsCapitalized = true;

/**
 * A rate: an amount per unit is a price, a wage or a production figure, not a count of things that moved:
 * `2,50 Dollar pro Stunde`, `60 Dollar je Barrel`, `2000 Drohnen im Monat`, `300 Granaten am Tag`.
 * The per-word, then (after an article) the unit; or one adverb (`monatlich`).
 */
export const ratePrepositions: readonly string[] = ["pro", "je", "im", "am", "in", "jeden", "jede", "jedes"];
export const rateUnits: readonly string[] = [
  "stunde",
  "tag",
  "woche",
  "monat",
  "quartal",
  "jahr",
  "schicht",
  "barrel",
  "fass",
  "tonne",
  "liter",
  "kilogramm",
  "kilo",
  "stück",
  "kopf",
  "person",
  "einheit",
  "schuss",
];
export const rateAdverbs: readonly string[] = [
  "stündlich",
  "täglich",
  "wöchentlich",
  "monatlich",
  "jährlich",
  "pro-kopf",
];
/** A unit followed by one of these is a time, not a rate: `einen Monat zuvor`, `ein Jahr lang`. */
export const rateNotAfter: readonly string[] = ["zuvor", "davor", "danach", "darauf", "später", "lang"];

/**
 * Words of a list or a body: a count of persons or organisations in a clause with one of these is the size
 * of a sanctions list or a body's membership, not a claim: `richtet sich gegen 54 Personen`,
 * `sanktioniert 20 Personen`, `das Gremium hat 15 Mitglieder`. Matchers as in `data/lexicon/items.json`.
 */
export const listWords: readonly string[] = [
  "sanktion",
  "~sanktion",
  "~strafmaßnahme",
  "~paket",
  "~liste",
  "mitglied",
  "~mitglied",
  "~gremium",
  "~einreiseverbot",
];

/**
 * Nouns of a side or a force: a country named on one after the figure is where personnel serve
 * (`in russischen Einheiten`, `auf russischer Seite`, `in den Reihen der russischen Armee`).
 */
export const sideNouns: readonly string[] = [
  "einheit",
  "einheiten",
  "armee",
  "streitkräfte",
  "streitkräften",
  "truppen",
  "seite",
  "verband",
  "verbände",
  "verbänden",
  "reihen",
  "brigade",
  "brigaden",
];

/** Adverbs that date a figure to the time of writing: `verschießt derzeit 10.000 Granaten am Tag`. */
export const nowWords: readonly string[] = ["derzeit", "zurzeit", "gegenwärtig", "momentan", "aktuell"];

/** Words that make the next figure a part of the one before it: `4700 getötet oder verwundet, darunter 600 Tote`. */
export const subsetWords: readonly string[] = ["darunter", "einschließlich", "inklusive"];

/** Words that point back to the time named before: `Etwa 4700 seien getötet worden, hieß es damals` (the time of the sentences before). */
export const thenWords: readonly string[] = ["damals", "seinerzeit"];
