/**
 * @module German page furniture cues: headings that open a page's trailing non-article block, and
 * lines that are navigation, badges or credits rather than the article.
 */
import type { FurnitureCue } from "../../pipeline/read/furniture.js";

export const deFurniture: readonly FurnitureCue[] = [
  // Headings of the trailing block: "Über den Gesprächspartner", "Verwendete Quellen", "Mehr zum Thema"
  {
    rule: "de.furniture.ueber-den-gespraechspartner",
    pattern: /^Über (?:den|die) Gesprächspartner(?:in|innen)?:?$/i,
    scope: "block-to-end",
  },
  {
    rule: "de.furniture.ueber-den-autor",
    pattern: /^Über (?:den Autor|die Autorin|die Autoren|die Autorinnen|uns):?$/i,
    scope: "block-to-end",
  },
  {
    rule: "de.furniture.verwendete-quellen",
    pattern: /^(?:Verwendete|Genutzte|Weitere) Quellen:?$/i,
    scope: "block-to-end",
  },
  { rule: "de.furniture.quellen", pattern: /^Quellen(?:angaben)?:?$/i, scope: "block-to-end" },
  {
    rule: "de.furniture.mehr-zum-thema",
    pattern: /^(?:Mehr|Weitere Artikel|Weiteres) zum Thema:?$/i,
    scope: "block-to-end",
  },
  {
    // recommendation boxes that close a page (a teaser box inside the article is a `line` cue below)
    rule: "de.furniture.empfehlungen",
    pattern:
      /^(?:Das könnte Sie auch interessieren|Empfehlungen der Redaktion|Meistgelesen|Meistgelesene Artikel):?$/i,
    scope: "block-to-end",
  },
  {
    // "Lesen Sie auch:" alone on its line, above a list of links, near the end of the page; earlier
    // on it is a teaser inside the article and only the line is furniture (`de.furniture.lesen-sie-auch`)
    rule: "de.furniture.link-liste",
    pattern:
      /^(?:Lesen Sie auch|Lesen Sie mehr|Auch interessant|Mehr dazu|Passend dazu|Zum Weiterlesen|Weitere Artikel):$/i,
    scope: "block-to-end",
    after: 0.7,
  },
  {
    rule: "de.furniture.kommentare",
    pattern: /^(?:Kommentare|Leserkommentare)(?: \(\d+\))?:?$/i,
    scope: "block-to-end",
  },

  // Single lines: link teasers, broadcast credits, badges, captions and credits
  {
    rule: "de.furniture.mehr-news",
    pattern:
      /^Mehr (?:News|Nachrichten|Infos|Informationen|Artikel|Hintergründe) (?:zu[mr]?|über|aus) .{1,100}$/i,
    scope: "line",
  },
  {
    rule: "de.furniture.lesen-sie-auch",
    pattern:
      /^(?:Lesen Sie (?:auch|hier|mehr)|Auch interessant|Mehr dazu|Mehr zum Thema|Lesetipp|Lese-Tipp|Passend dazu|Zum Thema)\s*:.{0,200}$/i,
    scope: "line",
  },
  {
    // a bare teaser heading inside the article ("Lesen Sie auch" above a link): the line only
    rule: "de.furniture.teaser-heading",
    pattern:
      /^(?:Lesen Sie auch|Auch interessant|Lesetipp|Mehr dazu|Passend dazu|Zum Weiterlesen|Weitere Artikel)$/i,
    scope: "line",
  },
  { rule: "de.furniture.sendung", pattern: /^Sendung:\s.{1,200}$/i, scope: "line" },
  { rule: "de.furniture.jti", pattern: /^(?:JTI[- ]zertifiziert\s*)+$/i, scope: "line" },
  {
    rule: "de.furniture.so-arbeitet-die-redaktion",
    pattern: /^["„“”]?So arbeitet die Redaktion\b.*$/i,
    scope: "line",
  },
  {
    rule: "de.furniture.bildnachweis",
    pattern: /^(?:Foto|Fotos|Bild|Bilder|Grafik|Video|Quelle|Bildquelle)\s*:\s.{1,120}$/i,
    scope: "line",
  },
  { rule: "de.furniture.copyright", pattern: /^©\s?.{1,80}$/, scope: "line" },
  { rule: "de.furniture.anzeige", pattern: /^(?:Anzeige|Werbung)$/i, scope: "line" },
  {
    rule: "de.furniture.navigation",
    pattern: /^(?:Zur Startseite|Artikel teilen|Teilen|Drucken|Merken|Zurück|Nach oben|Artikel anhören)$/i,
    scope: "line",
  },
  {
    rule: "de.furniture.stand",
    pattern: /^(?:Stand|Aktualisiert|Veröffentlicht):\s.{1,60}$/i,
    scope: "line",
  },
];
