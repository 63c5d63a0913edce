/**
 * @module A set of lower-case words asked about every token of a text (cue starters, hedge words,
 * gazetteer first words). Most tokens are in none of them; a table slot of the word's first, middle and
 * last code unit and its length says so without hashing the word. `sagte` → slot of `s`,`g`,`e`,5.
 */

/** The word's table slot; the empty word has slot 0 (its code units are NaN). */
export function wordSlot(word: string): number {
  const n = word.length;
  return (
    (word.charCodeAt(0) * 29791 + word.charCodeAt(n >> 1) * 961 + word.charCodeAt(n - 1) * 31 + n) & 0xffff
  );
}

/** The slots of some words: `mayHave` is false only for a word that is surely not among them. */
export class WordSlots {
  private readonly slots = new Uint8Array(0x10000);

  constructor(words: Iterable<string>) {
    for (const w of words) this.slots[wordSlot(w)] = 1;
  }

  mayHave(word: string): boolean {
    return this.slots[wordSlot(word)] === 1;
  }
}

/** A `Set` of words with its slot table in front: `has` answers as the set does. */
export class WordSet {
  private readonly words: ReadonlySet<string>;
  private readonly slots: WordSlots;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    this.slots = new WordSlots(this.words);
  }

  has(word: string): boolean {
    return this.slots.mayHave(word) && this.words.has(word);
  }
}
