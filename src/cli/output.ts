/**
 * @module Output formats shared by every listing command: an aligned table for people, JSON, JSONL
 * and CSV (RFC 4180) for programs. Data goes to stdout; messages go to stderr.
 */

export type Format = "table" | "json" | "jsonl" | "csv";
export const FORMATS: readonly Format[] = ["table", "json", "jsonl", "csv"];

export function parseFormat(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new Error(`unknown format "${value}" (expected one of ${FORMATS.join(", ")})`);
}

type Row = Record<string, unknown>;

function cell(v: unknown): string {
  if (v == null) return "";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

export function csvLine(values: readonly unknown[]): string {
  return values
    .map((v) => {
      const s = cell(v);
      return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(",");
}

/** Renders rows; `columns` picks and orders the fields for table and CSV (JSON keeps every field). */
export function render(rows: readonly Row[], format: Format, columns?: readonly string[]): string {
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  switch (format) {
    case "json":
      return `${JSON.stringify(rows, null, 2)}\n`;
    case "jsonl":
      return rows.map((r) => `${JSON.stringify(r)}\n`).join("");
    case "csv":
      return [csvLine(cols), ...rows.map((r) => csvLine(cols.map((c) => r[c])))]
        .map((l) => `${l}\n`)
        .join("");
    case "table": {
      if (!rows.length) return "(none)\n";
      const max = 60;
      const cells = rows.map((r) => cols.map((c) => truncate(cell(r[c]).replace(/\s+/g, " "), max)));
      const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
      const line = (vals: string[]) =>
        vals
          .map((v, i) => v.padEnd(widths[i]!))
          .join("  ")
          .trimEnd();
      return `${[line([...cols]), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n")}\n`;
    }
  }
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
