/** @module German hedging cues: words by which the text distances itself from what it reports, by kind. */

export const hedging: Readonly<Record<string, readonly string[]>> = {
  /** hearsay modal: `Nordkorea soll … geliefert haben` */
  hearsay: ["soll", "sollen", "sollte", "sollten"],
  adverb: [
    "angeblich",
    "mutmaßlich",
    "mutmaßliche",
    "mutmaßlichen",
    "offenbar",
    "vermutlich",
    "möglicherweise",
    "vermeintlich",
    "vermeintliche",
    "vermeintlichen",
    "wohl",
    "anscheinend",
    "scheinbar",
  ],
  report: [
    "Berichten zufolge",
    "Medienberichten zufolge",
    "unbestätigten Berichten zufolge",
    "Gerüchten zufolge",
  ],
  /** Konjunktiv II: `könnte`, `würde`, `wäre` */
  conditional: ["könnte", "könnten", "würde", "würden", "wäre", "wären", "dürfte", "dürften"],
};
