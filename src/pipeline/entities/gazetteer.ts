/**
 * @module The gazetteer: entity data files (`data/gazetteer/*.json`, format in its README.md), read and
 * checked once. A subject is added by adding a file; nothing here knows a subject.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { EntityCategory } from "../../core/annotations.js";
import { ErrorCode, InputError } from "../../core/errors.js";

/** Forms per language: `de`, `en`, or `*` for forms used in every language (`KN-23`, `Kim Jong Un`). */
const LangForms = z.record(z.string(), z.array(z.string().min(1)));
export type LangForms = z.infer<typeof LangForms>;

const Category = z.enum(["country", "person", "organization", "place", "weapon"]);
const Iso = z.string().regex(/^[A-Z]{2}$/);

/**
 * Forms that name an entity only in a text that names one of `with` otherwise (`the North` in a text
 * about North Korea), and not right before a word of `notBefore` (`der Norden des Landes`).
 */
const Contextual = z
  .object({
    names: LangForms,
    with: z.array(z.string()).min(1),
    notBefore: LangForms.optional(),
  })
  .strict();

const Entry = z
  .object({
    id: z.string().regex(/^[a-z]+\/[\w.-]+$/),
    name: z.string().min(1),
    category: Category,
    country: Iso.nullable().optional(),
    names: LangForms.optional(),
    adjectives: LangForms.optional(),
    seats: LangForms.optional(),
    surnames: LangForms.optional(),
    surnameAlone: z.boolean().optional(),
    quoted: LangForms.optional(),
    nouns: LangForms.optional(),
    seatOf: Iso.optional(),
    outlet: z.boolean().optional(),
    compoundPrefix: z.boolean().optional(),
    contextual: Contextual.optional(),
  })
  .strict();
export type GazetteerEntry = z.infer<typeof Entry>;

const Holder = z
  .object({
    person: z.string(),
    from: z.string().regex(/^\d{4}(-\d{2})?$/),
    to: z
      .string()
      .regex(/^\d{4}(-\d{2})?$/)
      .nullable(),
  })
  .strict();
export type Holder = z.infer<typeof Holder>;

const Office = z
  .object({
    id: z.string().regex(/^office\/[\w.-]+$/),
    country: Iso,
    org: z.string().optional(),
    nouns: LangForms.optional(),
    titles: LangForms.optional(),
    holders: z.array(Holder),
  })
  .strict();
export type Office = z.infer<typeof Office>;

const GazetteerFile = z
  .object({
    about: z.string().optional(),
    entries: z.array(Entry).optional(),
    offices: z.array(Office).optional(),
  })
  .strict();

export interface GazetteerData {
  entries: GazetteerEntry[];
  offices: Office[];
  byId: Map<string, GazetteerEntry>;
  /** country code → the country entry (`KP` → North Korea) */
  countries: Map<string, GazetteerEntry>;
}

export const DEFAULT_GAZETTEER_DIR = fileURLToPath(new URL("../../../data/gazetteer/", import.meta.url));

/** Reads every `*.json` in the given directories; a bad file is an InputError naming it. */
export function loadGazetteerData(dirs: readonly string[] = [DEFAULT_GAZETTEER_DIR]): GazetteerData {
  const entries: GazetteerEntry[] = [];
  const offices: Office[] = [];
  for (const dir of dirs) {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort();
    for (const f of files) {
      const path = `${dir.replace(/\/$/, "")}/${f}`;
      const parsed = parseFile(path, readFileSync(path, "utf8"));
      entries.push(...(parsed.entries ?? []));
      offices.push(...(parsed.offices ?? []));
    }
  }
  return indexData(entries, offices, dirs.join(", "));
}

/** Parses one gazetteer file's text (exported for tests and for callers that hold data in memory). */
export function parseFile(name: string, text: string): z.infer<typeof GazetteerFile> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError(ErrorCode.BAD_JSON, name, `not valid JSON: ${(e as Error).message}`);
  }
  const result = GazetteerFile.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new InputError(
      ErrorCode.BAD_JSON,
      name,
      `gazetteer format: ${issue.path.join(".")}: ${issue.message}`,
    );
  }
  return result.data;
}

export function indexData(entries: GazetteerEntry[], offices: Office[], origin = "gazetteer"): GazetteerData {
  const byId = new Map<string, GazetteerEntry>();
  const countries = new Map<string, GazetteerEntry>();
  for (const e of entries) {
    if (byId.has(e.id)) throw new InputError(ErrorCode.BAD_JSON, origin, `duplicate gazetteer id ${e.id}`);
    byId.set(e.id, e);
    if (e.category === "country" && e.country) countries.set(e.country, e);
  }
  for (const o of offices) {
    for (const h of o.holders) {
      if (!byId.has(h.person))
        throw new InputError(ErrorCode.BAD_JSON, origin, `${o.id}: unknown holder ${h.person}`);
    }
    if (o.org && !byId.has(o.org))
      throw new InputError(ErrorCode.BAD_JSON, origin, `${o.id}: unknown org ${o.org}`);
  }
  return { entries, offices, byId, countries };
}

export type { EntityCategory };
