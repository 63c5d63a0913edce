/** @module English entity-recognition data: inflection endings, person cue nouns, words that are never names. */

/** English adjectives do not inflect: `North Korean`. */
export const adjectiveEndings: readonly string[] = [""];

/** Plural of an institution or office noun: `ministries` is listed in data; `presidents`. */
export const nounEndings: readonly string[] = ["", "s"];

/**
 * How a country's institution or office is named with a generic noun: `Russian defence ministry`, `US defense secretary`, `Russia's defence ministry`, `Ministry of Defence of Russia`.
 * `ADJ` an adjective form, `NAME` a name, `GEN` a genitive name, `NOUN` the noun; other words literal.
 */
export const modifierPatterns: readonly string[] = [
  "ADJ NOUN",
  "NAME NOUN",
  "NAME's NOUN",
  "NOUN of NAME",
  "NOUN of the NAME",
];

/** English rarely forms hyphen compounds with a name: none keep an organisation. */
export const sourceCompoundHeads: readonly string[] = [];

/** English forms no adjective from a place name by suffix. */
export const placeAdjectiveSuffix = "";

/** English marks the genitive with `'s`, which the tokenizer leaves outside the name: no suffix is generated. */
export const genitiveSuffix = "";
export const genitiveBlockedAfter = /$^/;

/** Role nouns that introduce a person's name (`analyst John Smith`, `spokesman Dmitry Peskov`). */
export const personCues: readonly string[] = [
  "expert",
  "analyst",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "minister",
  "ambassador",
  "general",
  "colonel",
  "admiral",
  "commander",
  "lawmaker",
  "senator",
  "professor",
  "researcher",
  "historian",
  "correspondent",
  "journalist",
  "director",
  "chief",
  "adviser",
  "advisor",
  "envoy",
  "diplomat",
  "president",
  "secretary",
];

/** Honorifics written with a dot between a role noun and a name (`Experte Dr. Hans Meier`). */
export const honorifics: readonly string[] = [
  "Dr",
  "Prof",
  "Mr",
  "Mrs",
  "Ms",
  "Gen",
  "Lt",
  "Col",
  "Maj",
  "Adm",
  "Sen",
  "Rep",
];

export const nameStopwords: readonly string[] = [
  "The",
  "A",
  "An",
  "He",
  "She",
  "It",
  "They",
  "We",
  "I",
  "In",
  "On",
  "At",
  "Of",
  "For",
  "And",
  "But",
  "Or",
  "Said",
  "Says",
  "Told",
  "This",
  "That",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** English writes institutions and roles apart (`Security Council secretary`): no compound heads. */
export const orgCompoundHeads: readonly string[] = [];
export const compoundLinkers: readonly string[] = [];
export const compoundHeadEndings: readonly string[] = [];

/** English capitalises names, not nouns: a capital after `the North` continues a name (`the North Atlantic`). */
export const nounsCapitalized = false;

/**
 * Words that make a hyphenated type designation in their sentence a weapon (`Tu-95MS bombers`, `the
 * Chollima-1 rocket`); matched as a whole word or its plural.
 */
export const weaponCues: readonly string[] = [
  "missile",
  "rocket",
  "drone",
  "bomber",
  "aircraft",
  "plane",
  "jet",
  "fighter",
  "interceptor",
  "helicopter",
  "satellite",
  "launcher",
  "tank",
  "howitzer",
  "gun",
  "frigate",
  "destroyer",
  "corvette",
  "submarine",
  "warship",
  "weapon",
  "warhead",
  "system",
  "type",
];
