/**
 * @module English page furniture cues: headings that open a page's trailing non-article block, and
 * lines that are navigation, sign-up boxes or credits rather than the article.
 */
import type { FurnitureCue } from "../../pipeline/read/furniture.js";

export const enFurniture: readonly FurnitureCue[] = [
  // Headings of the trailing block: "About the author", "Sources", "Related articles"
  {
    rule: "en.furniture.about-the-author",
    pattern: /^About (?:the )?(?:author|authors|writer|contributor|contributors|interviewee):?$/i,
    scope: "block-to-end",
  },
  {
    rule: "en.furniture.sources",
    pattern: /^(?:Sources|Sources used|References):?$/i,
    scope: "block-to-end",
  },
  {
    rule: "en.furniture.related",
    pattern:
      /^(?:Related (?:articles|stories|coverage|content|topics)|More on this (?:story|topic)|More from [\w .'-]{1,40}|You (?:may|might) also like|Recommended(?: for you)?|Most (?:read|popular)):?$/i,
    scope: "block-to-end",
  },
  {
    // "Read more:" alone on its line, above a list of links, near the end of the page; earlier on it
    // is a teaser inside the article and only the line is furniture (`en.furniture.read-more`)
    rule: "en.furniture.read-more-list",
    pattern: /^(?:Read more|More|Related|See also|Also read|Read also):$/i,
    scope: "block-to-end",
    after: 0.7,
  },
  { rule: "en.furniture.comments", pattern: /^(?:Comments|\d+ comments)$/i, scope: "block-to-end" },

  // Single lines
  {
    // a bare teaser heading inside the article ("Read more" above a link): the line only
    rule: "en.furniture.teaser-heading",
    pattern: /^(?:Read more|Related|See also|Also read|Read also)$/i,
    scope: "line",
  },
  {
    rule: "en.furniture.read-more",
    pattern: /^(?:Read more|Read also|Also read|Related|See also|Watch|Listen|More)\s*:.{0,200}$/i,
    scope: "line",
  },
  {
    rule: "en.furniture.more-news",
    pattern: /^More (?:news|stories|coverage) (?:on|about|from) .{1,100}$/i,
    scope: "line",
  },
  {
    rule: "en.furniture.reporting-by",
    pattern: /^(?:\(?Reporting by|Additional reporting by|Writing by|Editing by)\b.{1,200}$/i,
    scope: "line",
  },
  {
    rule: "en.furniture.credit",
    pattern: /^(?:Photo|Photograph|Image|Video|Graphic|Source)\s*:\s.{1,120}$/i,
    scope: "line",
  },
  { rule: "en.furniture.copyright", pattern: /^(?:©|Copyright ©?)\s?.{1,80}$/i, scope: "line" },
  {
    rule: "en.furniture.sign-up",
    pattern: /^(?:Sign up|Subscribe)\b.{0,120}$/i,
    scope: "line",
  },
  { rule: "en.furniture.advertisement", pattern: /^(?:Advertisement|Sponsored)$/i, scope: "line" },
  {
    rule: "en.furniture.navigation",
    pattern: /^(?:Share this article|Share|Print|Skip to content|Back to top|Listen to this article)$/i,
    scope: "line",
  },
  {
    rule: "en.furniture.updated",
    pattern: /^(?:Updated|Published|Last updated)(?::\s|\s+\d).{0,60}$/i,
    scope: "line",
  },
];
