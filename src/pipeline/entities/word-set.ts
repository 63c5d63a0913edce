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

const KEY_SLOTS = new WeakMap<ReadonlyMap<string, unknown>, WordSlots>();

/** The slots of a word map's keys, made at the first call for that map (the map must not change after). */
export function slotsOfKeys(words: ReadonlyMap<string, unknown>): WordSlots {
  let slots = KEY_SLOTS.get(words);
  if (!slots) {
    slots = new WordSlots(words.keys());
    KEY_SLOTS.set(words, slots);
  }
  return slots;
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

/** Slot of a word's last three code units (the word has at least three). */
const tailSlot = (w: string, n: number): number =>
  (Math.imul(w.charCodeAt(n - 3), 961) + Math.imul(w.charCodeAt(n - 2), 31) + w.charCodeAt(n - 1)) & 0xffff;

/**
 * The slots of some word endings (`sprecher`, `sekretärs`), for suffix tests asked about every token:
 * `mayEndWith` is false only for a word that surely ends in none. Endings shorter than three code units
 * pass every word (a two-letter table would let every German `-er` through).
 */
export class SuffixSlots {
  private readonly slots = new Uint8Array(0x10000);
  private readonly open: boolean;

  constructor(suffixes: Iterable<string>) {
    let open = false;
    for (const s of suffixes) {
      if (s.length < 3) open = true;
      else this.slots[tailSlot(s, s.length)] = 1;
    }
    this.open = open;
  }

  mayEndWith(word: string): boolean {
    const n = word.length;
    return this.open || (n >= 3 && this.slots[tailSlot(word, n)] === 1);
  }
}
