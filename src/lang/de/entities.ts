/** @module German entity-recognition data: inflection endings, person cue nouns, words that are never names. */
import { monthNames, weekdayNames } from "./calendar.js";

/** Endings generated from an adjective stem in the gazetteer: `nordkoreanisch` → `nordkoreanische`, `-en`, `-er`, `-es`, `-em`. */
export const adjectiveEndings: readonly string[] = ["", "e", "en", "er", "es", "em"];

/** Endings generated from an institution or office noun: `Verteidigungsminister` → `Verteidigungsministers`, `Präsidenten`. */
export const nounEndings: readonly string[] = ["", "s", "es", "n", "en"];

/**
 * How a country's institution or office is named with a generic noun: `südkoreanische Geheimdienst`, `Südkoreas Verteidigungsminister`, `US-Verteidigungsminister`, `Präsidenten Russlands`.
 * `ADJ` an adjective form, `NAME` a name, `GEN` a genitive name, `NOUN` the noun; other words literal.
 */
export const modifierPatterns: readonly string[] = ["ADJ NOUN", "GEN NOUN", "NAME NOUN", "NOUN GEN"];

/**
 * Heads of a hyphen compound that keep an organisation as the one who speaks (`NIS-Angaben`,
 * `Nato-Chef`); other heads make it a mere modifier (`UN-Sanktionen`), not an entity mention.
 */
export const sourceCompoundHeads: readonly string[] = [
  "Angaben",
  "Informationen",
  "Bericht",
  "Berichten",
  "Berichts",
  "Erkenntnissen",
  "Einschätzung",
  "Schätzung",
  "Schätzungen",
  "Kreisen",
  "Quellen",
  "Daten",
  "Analyse",
  "Mitteilung",
  "Erklärung",
  "Chef",
  "Chefin",
  "Sprecher",
  "Sprecherin",
  "Generalsekretär",
  "Vertreter",
];

/** Indeclinable adjective of a place name: `Moskauer`, `Washingtoner`, `Kiewer` (places only). */
export const placeAdjectiveSuffix = "er";

/** Genitive of a name: `Nordkorea` → `Nordkoreas`, `Putin` → `Putins` (not after s, x, z, ß). */
export const genitiveSuffix = "s";
export const genitiveBlockedAfter = /[sxzß]$/i;

/**
 * Role nouns that introduce a person's name (`Militärexperte Gustav Gressel`); matched as the end of a
 * word so that compounds count (`Russlandexperte`, `Nordkorea-Experte`, `Regierungssprecher`).
 */
export const personCues: readonly string[] = [
  "experte",
  "expertin",
  "analyst",
  "analystin",
  "sprecher",
  "sprecherin",
  "minister",
  "ministerin",
  "botschafter",
  "sekretär",
  "sekretärin",
  "botschafterin",
  "general",
  "generalin",
  "generalleutnant",
  "generalmajor",
  "oberst",
  "admiral",
  "kommandeur",
  "befehlshaber",
  "abgeordnete",
  "abgeordneter",
  "professor",
  "professorin",
  "politologe",
  "politologin",
  "historiker",
  "historikerin",
  "forscher",
  "forscherin",
  "korrespondent",
  "korrespondentin",
  "journalist",
  "journalistin",
  "direktor",
  "direktorin",
  "leiter",
  "leiterin",
  "chef",
  "chefin",
  "berater",
  "beraterin",
  "beauftragte",
  "beauftragter",
  "diplomat",
  "diplomatin",
  "senator",
  "senatorin",
  "präsident",
  "präsidentin",
  "premierminister",
  "kanzler",
  "kanzlerin",
];

/** Capitalised words that never start or continue a personal name (sentence-initial function words, weekdays, months). */
/** Honorifics written with a dot between a role noun and a name (`Experte Dr. Hans Meier`). */
export const honorifics: readonly string[] = ["Dr", "Prof", "Hr", "Fr"];

export const nameStopwords: readonly string[] = [
  "Der",
  "Die",
  "Das",
  "Den",
  "Dem",
  "Des",
  "Ein",
  "Eine",
  "Einer",
  "Eines",
  "Im",
  "Am",
  "Vom",
  "Zum",
  "Zur",
  "Bei",
  "Mit",
  "Nach",
  "Von",
  "Aus",
  "In",
  "Auf",
  "Für",
  "Über",
  "Unter",
  "Und",
  "Oder",
  "Aber",
  "Doch",
  "Es",
  "Er",
  "Sie",
  "Wir",
  "Ich",
  "Man",
  "Dies",
  "Diese",
  "Dieser",
  "Dass",
  "Wie",
  "Was",
  "Wer",
  "Laut",
  "Seit",
  "Bis",
  "Als",
  "Auch",
  "Nun",
  "So",
  ...weekdayNames,
  ...monthNames,
];

/**
 * Role heads of an unhyphenated compound whose first part is an institution noun of the country named
 * right before it: `des russischen Sicherheitsratssekretärs` names Russia's Security Council,
 * `der südkoreanische Geheimdienstchef` the NIS.
 */
export const orgCompoundHeads: readonly string[] = [
  "sekretär",
  "chef",
  "sprecher",
  "leiter",
  "direktor",
  "vorsitzende",
];

/** Linking elements between the parts of a compound: `Sicherheitsrat|s|sekretär`, `Geheimdienst|chef`. */
export const compoundLinkers: readonly string[] = ["", "s", "es"];

/** Inflection endings of a compound head: `-sekretärs`, `-chefin`, `-sprecherinnen`, `-vorsitzender`. */
export const compoundHeadEndings: readonly string[] = ["", "s", "es", "n", "en", "r", "in", "innen"];

/** German capitalises every noun: a capital after a name says nothing about a name going on. */
export const nounsCapitalized = true;

/**
 * Words that make a hyphenated type designation in their sentence a weapon (`Bomber vom Typ Tu-95MS`,
 * `die Trägerrakete Chollima-1`); matched as the end of a word, an inflection ending allowed
 * (`Aufklärungsdrohnen`, `Kampfflugzeuge`).
 */
export const weaponCues: readonly string[] = [
  "rakete",
  "marschflugkörper",
  "flugkörper",
  "drohne",
  "bomber",
  "flugzeug",
  "kampfjet",
  "jet",
  "jäger",
  "abfangjäger",
  "hubschrauber",
  "satellit",
  "panzer",
  "haubitze",
  "geschütz",
  "raketenwerfer",
  "werfer",
  "fregatte",
  "zerstörer",
  "korvette",
  "u-boot",
  "kriegsschiff",
  "waffe",
  "waffensystem",
  "luftabwehrsystem",
  "flugabwehrsystem",
  "sprengkopf",
  "typ",
];
