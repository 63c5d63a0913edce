/** @module MinHash signatures over word shingles, and LSH bands, for finding near-duplicate texts. */

/**
 * Why MinHash: the same agency story printed by several outlets differs by a headline, reworded
 * clauses or an added sentence. On 3-word shingles such copies keep a Jaccard similarity of ≈0.4–0.95
 * (an outlet that rewrites a dpa story clause by clause still shares ≈0.4), while unrelated articles
 * on the same subject share ≈0.00–0.03 (measured over the bundled examples). A MinHash signature
 * estimates that similarity from a fixed-size summary, and LSH banding finds the candidates without
 * comparing against every stored document.
 */
export interface MinHashOptions {
  /** number of hash functions (signature length) */
  permutations: number;
  /** words per shingle */
  shingleSize: number;
  /** LSH bands; `permutations` must be divisible by it */
  bands: number;
  /** seed of the hash family; signatures are comparable only under the same seed */
  seed: number;
}

/**
 * 126 permutations in 42 bands of 3 rows: a pair with Jaccard 0.4 shares a band with probability
 * 1 − (1 − 0.4³)⁴² ≈ 0.94, a pair with Jaccard 0.03 (same subject, different story) with ≈ 0.001.
 */
export const DEFAULT_MINHASH: MinHashOptions = { permutations: 126, shingleSize: 3, bands: 42, seed: 0x5eed };

/** Lower-cased words: letters and digits, so punctuation and spacing edits do not matter. `Kim Jong-un,` → kim, jong, un */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** FNV-1a over UTF-16 code units, finished with murmur3's avalanche: a 32-bit hash of a shingle. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** murmur3's finaliser: every input bit flips about half of the output bits. */
function fmix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The distinct hashes of the text's k-word shingles. A text shorter than k words is one shingle of
 * all its words; an empty text has none. `"a b c d e f"` with k=5 → {hash("a b c d e"), hash("b c d e f")}
 */
export function shingleHashes(text: string, k: number = DEFAULT_MINHASH.shingleSize): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  if (!w.length) return out;
  if (w.length <= k) {
    out.add(hash32(w.join(" ")));
    return out;
  }
  for (let i = 0; i + k <= w.length; i++) out.add(hash32(w.slice(i, i + k).join(" ")));
  return out;
}

/** Per-permutation seeds from a fixed generator (splitmix32), so signatures are the same in every run. */
function permutationSeeds(n: number, seed: number): Uint32Array {
  const seeds = new Uint32Array(n);
  let state = seed >>> 0;
  for (let i = 0; i < n; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    seeds[i] = fmix32(state);
  }
  return seeds;
}

const seedCache = new Map<string, Uint32Array>();
function seedsFor(opts: MinHashOptions): Uint32Array {
  const key = `${opts.permutations}:${opts.seed}`;
  let s = seedCache.get(key);
  if (!s) {
    s = permutationSeeds(opts.permutations, opts.seed);
    seedCache.set(key, s);
  }
  return s;
}

/**
 * The MinHash signature: for each of the hash functions `h_i(x) = fmix32(x ^ seed_i)`, the minimum
 * over the shingles. Null for a text without words (nothing to compare).
 */
export function signature(text: string, opts: MinHashOptions = DEFAULT_MINHASH): Uint32Array | null {
  const shingles = shingleHashes(text, opts.shingleSize);
  if (!shingles.size) return null;
  const seeds = seedsFor(opts);
  const sig = new Uint32Array(opts.permutations).fill(0xffffffff);
  for (const x of shingles) {
    for (let i = 0; i < seeds.length; i++) {
      const h = fmix32(x ^ seeds[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** The estimated Jaccard similarity: the share of positions where two signatures agree. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new Error(`signatures differ in length (${a.length} vs ${b.length})`);
  if (!a.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

export interface Band {
  band: number;
  /** a signed 32-bit hash of the band's rows, so it fits an INTEGER column on every database */
  bucket: number;
}

/** LSH: the signature cut into `bands` slices, each hashed to a bucket; texts sharing a bucket are candidates. */
export function bands(sig: Uint32Array, opts: MinHashOptions = DEFAULT_MINHASH): Band[] {
  if (sig.length % opts.bands !== 0) {
    throw new Error(`signature length ${sig.length} is not divisible by ${opts.bands} bands`);
  }
  const rows = sig.length / opts.bands;
  const out: Band[] = [];
  for (let b = 0; b < opts.bands; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < rows; r++) h = fmix32(Math.imul(h ^ sig[b * rows + r]!, 0x01000193));
    out.push({ band: b, bucket: h | 0 });
  }
  return out;
}

/** A signature as text for storage: 8 hex digits per value (`00a3f1c2…`). */
export function encodeSignature(sig: Uint32Array): string {
  let s = "";
  for (const v of sig) s += v.toString(16).padStart(8, "0");
  return s;
}

export function decodeSignature(s: string): Uint32Array {
  if (s.length % 8 !== 0 || !/^[0-9a-f]*$/.test(s)) throw new Error("malformed MinHash signature");
  const sig = new Uint32Array(s.length / 8);
  for (let i = 0; i < sig.length; i++) sig[i] = Number.parseInt(s.slice(i * 8, i * 8 + 8), 16);
  return sig;
}
