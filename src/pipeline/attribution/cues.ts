/** @module The shape of a language's attribution cue data (`src/lang/<lang>/attribution.ts`). */

export interface AttributionCues {
  /** the source follows: `laut X`, `nach südkoreanischen Angaben` (`*` is one entity mention), `nach Angaben des X`, `according to X`, `citing X` */
  sourceAfter: readonly string[];
  /** the source follows, only right after a comma: `…, so der russische Präsident` */
  sourceAfterComma: readonly string[];
  /** the source follows a few words later: `hieß es in einem Bericht des Generalstabs` */
  sourceLater: readonly string[];
  /**
   * words that open the reported clause (`that`, `dass`): a `sourceLater` cue does not look past one, so
   * in `the ministry said in its white paper that Pyongyang shipped …` the subject of what is said is no source
   */
  complementizers?: readonly string[];
  /** the source precedes: `X zufolge` */
  sourceBefore: readonly string[];
  /** the source sits between an opener and a speech verb: `wie X berichtet`, `as X reported` */
  asOpeners: readonly string[];
  /** verbs of saying and reporting whose subject is the source: `X erklärte`, `…, sagte X`, `X said` */
  speechVerbs: readonly string[];
  /** subject pronouns of a speech verb, resolved to the latest fitting mention: a person, a group (org or country), or either */
  pronouns: { person: readonly string[]; group: readonly string[]; any: readonly string[] };
  /** nouns for a report; a cue over one of them with no named source refers back (`Der Meldung zufolge`) */
  reportNouns: readonly string[];
  /** adverbs that refer back to the last report: `demnach` */
  carryAdverbs: readonly string[];
  /** markers of reported speech (German Konjunktiv I, hearsay `soll`): a sentence with one continues the previous sentence's report */
  reportedSpeech: readonly string[];
  /**
   * weaker markers (Konjunktiv II, `angeblich`): they continue a report only inside its paragraph,
   * while `reportedSpeech` markers also continue it into the first sentence of the next paragraph
   */
  reportedSpeechWeak: readonly string[];
  /** demonstratives that continue the previous sentence's topic (`diese Raketen` after a sentence about missiles) */
  anaphors: readonly string[];
  /** articles and determiners that may stand before a source's name */
  articles: readonly string[];
  /** determiners and possessives: a speech verb right after one is a noun (`its estimate`, `the report`) */
  determiners: readonly string[];
  /** words that join the parts of one source (`des`, `von`, `of`, `and`) */
  joiners: readonly string[];
  /**
   * titles and role nouns that join an institution or country to the person after it, one or two of them
   * (`USFK commander Gen. Paul Brunson`, `Pentagon spokesman John Kirby`, `US-Kommandeur Paul Brunson`)
   */
  titles?: readonly string[];
  /**
   * passive auxiliaries: a speech verb right after one is passive and its subject is what is said, not
   * who says it (`North Korea is estimated to have sent …`, `Die Zahl wird auf 10 000 geschätzt`)
   */
  passiveAuxiliaries: readonly string[];
  /**
   * the speaker follows its verb only right after a quote or comma (English `…, said a Pentagon
   * spokesman`; not `Satellite images show North Korea shipped …`); false where any clause may invert
   * (German `Schon im März erklärten die USA`)
   */
  speakerAfterOnlyAfterComma: boolean;
  /**
   * finite verbs and verb endings: a name after a speech verb that one of them follows is the subject of
   * what is said, no speaker (`The general, who took command in May, said North Korea was …`)
   */
  finiteVerbs?: readonly string[];
  finiteVerbSuffixes?: readonly string[];
  /**
   * conjunctions that coordinate a second predicate: a speech verb right after one shares the subject of
   * the first (`North Korea had sent 12,000 soldiers to Russia and warned that …` names no new speaker)
   */
  coordinators?: readonly string[];
  /**
   * verbs of saying by which the speaker commits itself (`zugesagt`, `pledged`): their subject is the
   * source and stays a party to what is said (`Nordkorea hatte zugesagt, 6000 Pioniere zu schicken`)
   */
  commissiveVerbs?: readonly string[];
  /** prepositions: a name right after one is no subject of a speech verb (`in Pjöngjang angekündigt`) */
  prepositions?: readonly string[];
  /**
   * words that may stand between a subject and its speech verb (`Shin Won-sik separately told`, `the
   * ministry has also said`), and adverb endings that mark such a word (`-ly`)
   */
  subjectGap?: readonly string[];
  adverbEndings?: readonly string[];
  /**
   * nouns of a definite description that stands for an earlier mention as a speaker (`the general said`,
   * `Das Ministerium teilte mit`): titles for a person, institution nouns for an organisation
   */
  describers?: {
    person: readonly string[];
    organization: readonly string[];
    /** the definite articles that open one */
    definite: readonly string[];
  };
  /** describers also end compounds (`Verteidigungsministerium` ends in `ministerium`) */
  describerSuffixes?: boolean;
}
