/**
 * @module Which furniture cue lists apply to a document language (both German and English when unsure).
 */
import type { Lang } from "../../core/document.js";
import { deFurniture } from "../../lang/de/furniture.js";
import { enFurniture } from "../../lang/en/furniture.js";
import type { FurnitureCue } from "./furniture.js";

const BY_LANG: Readonly<Record<Exclude<Lang, "other">, readonly FurnitureCue[]>> = {
  de: deFurniture,
  en: enFurniture,
};

export function furnitureCues(lang: Lang): readonly FurnitureCue[] {
  return lang === "other" ? [...BY_LANG.de, ...BY_LANG.en] : BY_LANG[lang];
}
