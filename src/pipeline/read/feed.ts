/**
 * @module RSS 2.0, RSS 1.0 (RDF) and Atom feeds → the items' links, titles, dates and, where the feed
 * carries it, the full article HTML (`content:encoded`, Atom `<content>`) (fast-xml-parser).
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ErrorCode, InputError } from "../../core/errors.js";

export interface FeedItem {
  /** absolute URL of the item's page */
  link: string | null;
  title: string | null;
  /** raw `pubDate` / `published` / `updated` / `dc:date` */
  published: string | null;
  /**
   * the article as HTML when the feed carries it whole (RSS `content:encoded`, Atom `<content>` of type
   * html or text): read when the page itself cannot be, as in a feed saved to disk
   */
  content: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

/** `<rss`, `<feed`, `<rdf:RDF` at the start of the document, after an XML declaration and comments. */
export function looksLikeFeed(text: string): boolean {
  const head = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, "")
    .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, "")
    .trimStart();
  return /^<(?:rss|feed|rdf:RDF)[\s>]/i.test(head);
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseTagValue: false,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

/**
 * `<rss><channel><item><link>https://…/a</link><pubDate>Tue, 08 Oct 2024 …</pubDate></item>…` →
 * `{items: [{link: "https://…/a", published: "Tue, 08 Oct 2024 …"}]}`. Relative links are resolved
 * against `base` (the feed's URL), else against the channel's own absolute `<link>` (a feed saved to disk).
 * Not XML, or XML that is no feed → E_BAD_FEED.
 */
export function parseFeed(xml: string, input: string, base?: string): Feed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new InputError(
      ErrorCode.BAD_FEED,
      input,
      `not a feed: not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`,
    );
  }
  const root = parser.parse(xml) as Record<string, unknown>;
  const rss = obj(root.rss);
  const rdf = obj(root["rdf:RDF"]);
  const atom = obj(root.feed);
  if (rss || rdf) {
    const channel = obj(rss?.channel) ?? obj(rdf?.channel);
    const items = arr(channel?.item ?? rdf?.item);
    const siteBase = base ?? absolute(text(arr(channel?.link)[0]));
    return {
      title: text(channel?.title),
      items: items.map((it) => ({
        link: resolve(text(arr(it.link)[0]) ?? permalink(it.guid), siteBase),
        title: text(it.title),
        published: text(it.pubDate) ?? text(it["dc:date"]),
        content: text(it["content:encoded"]),
      })),
    };
  }
  if (atom) {
    const feedLinks = arr(atom.link);
    const self = feedLinks.find((l) => !l["@_rel"] || l["@_rel"] === "alternate");
    const siteBase = base ?? absolute(text(self?.["@_href"]));
    return {
      title: text(atom.title),
      items: arr(atom.entry).map((e) => {
        const links = arr(e.link);
        const alt = links.find((l) => !l["@_rel"] || l["@_rel"] === "alternate") ?? links[0];
        const content = obj(e.content);
        // `type="xhtml"` arrives as parsed elements, not as text: left to the page itself
        const htmlContent = content?.["@_type"] === "xhtml" ? null : text(e.content);
        return {
          link: resolve(text(alt?.["@_href"]), siteBase),
          title: text(e.title),
          published: text(e.published) ?? text(e.updated),
          content: htmlContent,
        };
      }),
    };
  }
  throw new InputError(ErrorCode.BAD_FEED, input, "XML but neither an RSS nor an Atom feed");
}

type Obj = Record<string, unknown>;

function obj(v: unknown): Obj | null {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Obj) : null;
}

function arr(v: unknown): Obj[] {
  const list = Array.isArray(v) ? v : v == null ? [] : [v];
  return list.map((x) => obj(x) ?? { "#text": x });
}

function text(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === "string" || typeof v === "number") {
    const s = String(v).trim();
    return s || null;
  }
  const o = obj(v);
  return o ? text(o["#text"]) : null;
}

function permalink(guid: unknown): string | null {
  const g = obj(guid);
  const value = text(guid);
  if (g && g["@_isPermaLink"] === "false") return null;
  return value && /^https?:\/\//i.test(value) ? value : null;
}

function absolute(link: string | null): string | undefined {
  return link && /^https?:\/\//i.test(link) ? link : undefined;
}

function resolve(link: string | null, base?: string): string | null {
  if (!link) return null;
  try {
    return new URL(link, base).href;
  } catch {
    return null;
  }
}
