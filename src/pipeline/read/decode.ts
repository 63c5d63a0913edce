/**
 * @module Bytes → text: size limit, binary sniffing, UTF-8 (strict) with a Windows-1252 fallback.
 */
import { ErrorCode, InputError } from "../../core/errors.js";

/** 5 MB: far above any news article, small enough to refuse a database dump given by mistake. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface Decoded {
  text: string;
  /** the encoding the bytes were read as, e.g. `utf-8`, `windows-1252` */
  encoding: string;
  warnings: string[];
}

export interface DecodeOptions {
  maxBytes?: number;
  /** a charset the source declared (HTTP `Content-Type`, `<meta charset>`); tried before sniffing */
  charset?: string | null;
}

/**
 * Decodes one input's bytes. A byte-order mark is dropped (it is not part of the text). Text that is
 * not valid UTF-8 is read as Windows-1252 (the superset of Latin-1 that old German pages use:
 * `0xE4` → `ä`) and a warning says so.
 */
export function decodeBytes(bytes: Uint8Array, input: string, opts: DecodeOptions = {}): Decoded {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw tooLarge(input, bytes.length, maxBytes);
  if (bytes.length === 0) throw new InputError(ErrorCode.EMPTY, input, "empty input");

  const utf16 = utf16Encoding(bytes);
  if (utf16) return finish(new TextDecoder(utf16).decode(bytes), utf16, [], input);

  if (looksBinary(bytes)) throw new InputError(ErrorCode.BINARY, input, "binary data, not text");

  const declared = normaliseCharset(opts.charset);
  if (declared && declared !== "utf-8") {
    try {
      const decoder = new TextDecoder(declared);
      if (decoder.encoding === "windows-1252") return finish(decodeWindows1252(bytes), declared, [], input);
      return finish(decoder.decode(bytes), declared, [], input);
    } catch {
      // an unknown label: fall through to sniffing
    }
  }
  try {
    return finish(new TextDecoder("utf-8", { fatal: true }).decode(bytes), "utf-8", [], input);
  } catch {
    const text = decodeWindows1252(bytes);
    return finish(text, "windows-1252", ["not valid UTF-8; decoded as Windows-1252"], input);
  }
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (`0x80` → `€`, `0x96` → `–`, `0x93` → `“`).
 * Node 20's TextDecoder takes a Latin-1 shortcut for this label and returns C1 controls there, so
 * those 32 code points are mapped here (bytes undefined in Windows-1252 stay C1, as WHATWG says).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("latin1").decode(bytes).replace(/[\u0080-\u009f]/g, (c) => {
    return CP1252_C1[c.charCodeAt(0) - 0x80] || c;
  });
}

// biome-ignore format: one row per 8 code points, 0x80 to 0x9F
const CP1252_C1 = [
  "€", "", "‚", "ƒ", "„", "…", "†", "‡",
  "ˆ", "‰", "Š", "‹", "Œ", "", "Ž", "",
  "", "‘", "’", "“", "”", "•", "–", "—",
  "˜", "™", "š", "›", "œ", "", "ž", "Ÿ",
];

export function tooLarge(input: string, size: number, maxBytes: number): InputError {
  return new InputError(
    ErrorCode.TOO_LARGE,
    input,
    `${size} bytes is over the limit of ${maxBytes} bytes (--max-bytes)`,
  );
}

function finish(text: string, encoding: string, warnings: string[], input: string): Decoded {
  if (text.trim() === "") throw new InputError(ErrorCode.EMPTY, input, "no text (only whitespace)");
  return { text, encoding, warnings };
}

function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/**
 * Text never holds NUL bytes and holds few other C0 controls; images, archives and executables do.
 * Only the first 8 KB are looked at, as `git` and `file` do.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) {
      controls++;
    }
  }
  return controls / n > 0.05;
}

function normaliseCharset(charset: string | null | undefined): string | null {
  if (!charset) return null;
  const c = charset
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, "");
  if (c === "utf8" || c === "utf-8") return "utf-8";
  return c || null;
}

/** `text/html; charset=ISO-8859-1` → `ISO-8859-1` */
export function charsetOf(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? "");
  return m ? m[1]! : null;
}
