/** @module Reading the analysis layer's JSON data files (grades, hypothesis sets) with errors that name the file. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ErrorCode, InputError } from "../core/errors.js";

/** Parses a JSON file; a missing file is E_NOT_FOUND, an unreadable one E_UNREADABLE, bad JSON E_BAD_JSON. */
export function readJsonFile(file: string | URL, what: string): unknown {
  const name = file instanceof URL ? fileURLToPath(file) : file;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    const code =
      (err as NodeJS.ErrnoException).code === "ENOENT" ? ErrorCode.NOT_FOUND : ErrorCode.UNREADABLE;
    throw new InputError(code, name, `cannot read ${what}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputError(ErrorCode.BAD_JSON, name, `${what} is not valid JSON: ${(err as Error).message}`);
  }
}
