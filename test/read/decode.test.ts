import { describe, expect, it } from "vitest";
import { ErrorCode, InputError } from "../../src/core/errors.js";
import { decodeBytes, looksBinary } from "../../src/pipeline/read/decode.js";

const enc = (s: string) => new TextEncoder().encode(s);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err.code;
    throw err;
  }
  return undefined;
}

describe("decodeBytes", () => {
  it("reads UTF-8 as is and drops a byte-order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc("Pjöngjang liefert Granaten.")]);
    const d = decodeBytes(bytes, "a.txt");
    expect(d.text).toBe("Pjöngjang liefert Granaten.");
    expect(d.encoding).toBe("utf-8");
    expect(d.warnings).toEqual([]);
  });

  it("falls back to Windows-1252 for text that is not UTF-8, with a warning", () => {
    // "Bündnis für Geschäfte – 3 €" in Windows-1252
    const bytes = new Uint8Array([
      ...enc("B"),
      0xfc,
      ...enc("ndnis f"),
      0xfc,
      ...enc("r Gesch"),
      0xe4,
      ...enc("fte "),
      0x96,
      ...enc(" 3 "),
      0x80,
    ]);
    const d = decodeBytes(bytes, "old.txt");
    expect(d.text).toBe("Bündnis für Geschäfte – 3 €");
    expect(d.encoding).toBe("windows-1252");
    expect(d.warnings[0]).toMatch(/Windows-1252/);
  });

  it("uses a declared charset", () => {
    const bytes = new Uint8Array([...enc("Gr"), 0xf6, ...enc("\u00dfe")].map((b) => (b > 0xff ? 0x3f : b)));
    expect(decodeBytes(bytes, "x.html", { charset: "ISO-8859-1" }).text.startsWith("Grö")).toBe(true);
  });

  it("reads UTF-16 with a byte-order mark", () => {
    const text = "Truppen in Kursk";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    expect(decodeBytes(bytes, "u16.txt").text).toBe(text);
  });

  it("refuses empty, whitespace-only, binary and oversized input with a code naming the input", () => {
    expect(codeOf(() => decodeBytes(new Uint8Array(), "e.txt"))).toBe(ErrorCode.EMPTY);
    expect(codeOf(() => decodeBytes(enc(" \n\t \n"), "ws.txt"))).toBe(ErrorCode.EMPTY);
    expect(codeOf(() => decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), "p.txt"))).toBe(
      ErrorCode.BINARY,
    );
    expect(codeOf(() => decodeBytes(enc("x".repeat(101)), "big.txt", { maxBytes: 100 }))).toBe(
      ErrorCode.TOO_LARGE,
    );
    try {
      decodeBytes(new Uint8Array(), "dir/empty.txt");
    } catch (err) {
      expect((err as Error).message).toBe("dir/empty.txt: empty input [E_EMPTY]");
    }
  });

  it("tells binary data by NUL bytes or many control characters, not by umlauts", () => {
    expect(looksBinary(enc("Käse, Öl und Übungen: ganz normaler Text.\r\n"))).toBe(false);
    expect(looksBinary(new Uint8Array(100).map((_, i) => (i % 4 === 0 ? 0x01 : 0x41)))).toBe(true);
  });
});
