/** @module English sentence-splitting data: abbreviations and the words an ordinal dot is followed by. */

/**
 * Abbreviations whose dot does not end a sentence (the token before the dot). Dotted ones like `U.S.`
 * and `U.N.` are covered by their single letters; `Gen. Kim`, `approx. 300`, `No. 4`.
 */
export const abbreviations: readonly string[] = [
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "Prof",
  "Gen",
  "Lt",
  "Col",
  "Maj",
  "Capt",
  "Cmdr",
  "Adm",
  "Sgt",
  "Rep",
  "Sen",
  "Gov",
  "Pres",
  "Amb",
  "St",
  "Jr",
  "Sr",
  "No",
  "Nos",
  "approx",
  "est",
  "vs",
  "etc",
  "e",
  "g",
  "i",
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
  "mln",
  "bn",
  "Inc",
  "Corp",
  "Ltd",
  "Co",
];

/** Abbreviations that may also close a sentence: a dot after them ends one when a capitalised word follows. */
export const sentenceFinalAbbreviations: readonly string[] = ["etc", "Inc", "Corp", "Ltd", "Co", "Jr", "Sr"];

/** English writes no ordinal dots; listed for symmetry with German. */
export const ordinalFollowers: readonly string[] = [];
