/** @module German cue words the event stage reads. */

/** Auxiliaries of the passive: `wurde … in Pjöngjang empfangen` receives one visitor (a visit, not a meeting). */
export const passiveAuxiliaries: readonly string[] = ["wurde", "wurden", "worden", "wird", "werden"];

/** Prepositions of place: `in Moskau`, `nach Nordkorea`, `im Kosmodrom Wostotschny`. */
export const locationPrepositions: readonly string[] = [
  "in",
  "im",
  "nach",
  "zu",
  "zum",
  "zur",
  "bei",
  "auf",
  "gegen",
];

/**
 * Negation before a trigger (up to four words, same clause): `hat Russland nie besucht`, `kein Angriff`,
 * `hat den Einsatz nicht bestätigt` — no event is asserted.
 */
export const negations: readonly string[] = [
  "nicht",
  "nie",
  "niemals",
  "kein",
  "keine",
  "keinen",
  "keinem",
  "keiner",
  "weder",
  "ohne",
];

/**
 * Negation after a verb trigger in its clause (the verb stands second, the negation late): `Der Kreml
 * bestätigte die Angaben am Freitag nicht`; not before a keeper (`besuchte nicht nur Moskau`).
 */
export const negationsAfterVerb: readonly string[] = ["nicht", "nie", "niemals"];

/** Words after a late negation that keep the verb asserted: `nicht nur`, `nicht zum ersten Mal`. */
export const negationKeepers: readonly string[] = ["nur", "zum"];

/** German has no negating word endings. */
export const negationEndings: readonly string[] = [];

/** A condition right before a trigger: `im Fall eines Angriffs`, `falls angegriffen` — nothing has happened. */
export const conditionals: readonly string[] = [
  "falls",
  "sofern",
  "im fall eines",
  "im falle eines",
  "im fall einer",
  "im falle einer",
];

/**
 * Words opening a clause of condition: a trigger in it has not happened (`Falls Russland … angreift, …`).
 * Not `wenn`, which also means `when` (`wenn man die Invasion seit 2022 betrachtet`).
 */
export const clauseConditionals: readonly string[] = ["falls", "sofern"];

/** German modals stand apart from the verb (`will … besuchen`): none is read next to the trigger. */
export const modals: readonly string[] = [];

/**
 * Determiners that make a participle trigger an adjective: `die vereinbarte Zusammenarbeit`, `der
 * unterzeichnete Vertrag` (numbers between them are skipped).
 */
export const attributiveDeterminers: readonly string[] = [
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
  "eines",
  "einer",
  "seine",
  "seinen",
  "ihre",
  "ihren",
];

/** German adverbs carry no ending of their own: none is skipped. */
export const adverbEndings: readonly string[] = [];

/**
 * Phrases that date a trigger by the happening named just before (`Die USA verhängten am selben Tag eigene
 * Sanktionen`): the trigger takes the time of the previous dated event of the document.
 */
export const sameTimePhrases: readonly string[] = [
  "am selben Tag",
  "am gleichen Tag",
  "am selben Abend",
  "zeitgleich",
  "gleichzeitig",
];

/**
 * Ordinals of a first time: `the first visit since 2019` is dated by the gap it ends, not by `since 2019`,
 * so a `since` time after such a word dates no event.
 */
export const firstWords: readonly string[] = ["erste", "ersten", "erster", "erstes"];

/**
 * Präpositionen direkt nach einem Verb des Sagens, die sagen, was der Sprecher tat: in `Schoigu sagte nach
 * einem Besuch in Pjöngjang` nimmt der Sprecher am Besuch teil.
 */
export const speechCircumstances: readonly string[] = ["nach", "während", "bei"];
