/** @module English hedging cues: words by which the text distances itself from what it reports, by kind. */

export const hedging: Readonly<Record<string, readonly string[]>> = {
  adverb: [
    "reportedly",
    "allegedly",
    "purportedly",
    "supposedly",
    "apparently",
    "possibly",
    "presumably",
    "alleged",
  ],
  hearsay: [
    "is believed to",
    "are believed to",
    "were believed to",
    "was believed to",
    "is thought to",
    "are thought to",
    "is said to",
    "are said to",
    "is understood to",
    "are understood to",
  ],
  conditional: ["could", "might", "may have", "may be", "would"],
};
