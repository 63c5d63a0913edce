/**
 * @module HTML → article: the body taken out by Mozilla Readability (over a linkedom DOM), as plain
 * text with paragraphs separated by blank lines, plus title, outlet and date from the page's metadata.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { ErrorCode, InputError } from "../../core/errors.js";

/**
 * Readability always returns its best candidate, even a menu (`Home | World`). Shorter than this, it
 * is not an article but a page without one (a login wall, an index, a truncated download).
 */
export const MIN_ARTICLE_CHARS = 200;

export interface HtmlArticle {
  text: string;
  title: string | null;
  /** `og:site_name` or the like */
  outlet: string | null;
  /** raw published date from `article:published_time`, JSON-LD or `<time datetime>` */
  published: string | null;
  /** the page's own absolute URL (`<link rel="canonical">`, `og:url`), for a page saved to disk */
  canonicalUrl: string | null;
}

/**
 * `<html><head><meta property="og:site_name" content="Example Zeitung">…<article><h1>…</h1><p>A</p><p>B</p>`
 * → `{text: "A\n\nB", outlet: "Example Zeitung", …}`. A page without an article body → E_BAD_HTML.
 */
export function extractHtmlArticle(html: string, input: string): HtmlArticle {
  let document: Document;
  try {
    document = parseHTML(html).document as unknown as Document;
  } catch (err) {
    throw new InputError(ErrorCode.BAD_HTML, input, `HTML not parseable: ${(err as Error).message}`);
  }
  if (!document?.documentElement) throw new InputError(ErrorCode.BAD_HTML, input, "HTML not parseable");
  // Readability rewrites the DOM, so metadata is read first.
  const metaPublished =
    meta(document, "article:published_time") ??
    meta(document, "og:article:published_time") ??
    meta(document, "datePublished") ??
    meta(document, "date") ??
    meta(document, "dc.date") ??
    document.querySelector("time[datetime]")?.getAttribute("datetime") ??
    null;
  const metaOutlet = meta(document, "og:site_name") ?? meta(document, "application-name");
  const canonical =
    clean(document.querySelector('link[rel="canonical"]')?.getAttribute("href")) ?? meta(document, "og:url");

  let article: ReturnType<Readability<Node>["parse"]>;
  try {
    article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch (err) {
    throw new InputError(ErrorCode.BAD_HTML, input, `HTML not parseable: ${(err as Error).message}`);
  }
  const body = article?.content ? blockText(article.content) : "";
  if (body.length < MIN_ARTICLE_CHARS) {
    throw new InputError(ErrorCode.BAD_HTML, input, "no article body found in the HTML");
  }
  return {
    text: body,
    title: clean(article?.title) ?? clean(document.title),
    outlet: clean(article?.siteName) ?? metaOutlet,
    published: clean(article?.publishedTime) ?? metaPublished,
    canonicalUrl: canonical && /^https?:\/\//i.test(canonical) ? canonical : null,
  };
}

function meta(document: Document, name: string): string | null {
  for (const el of Array.from(document.querySelectorAll("meta"))) {
    const key = el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop");
    if (key?.toLowerCase() === name.toLowerCase()) return clean(el.getAttribute("content"));
  }
  return null;
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, " ").trim();
  return t ? t : null;
}

/** Elements that break text into paragraphs. */
const BLOCKS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DD",
  "DETAILS",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "SUMMARY",
  "TABLE",
  "TD",
  "TH",
  "TR",
  "UL",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG"]);

/**
 * The article DOM as text: inline whitespace collapsed as a browser renders it, `<br>` a line break,
 * each block element its own paragraph, paragraphs joined by one blank line.
 */
export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const p = current
      .split("\n")
      .map((l) => l.replace(/[ \t\f\r\u00a0]+/g, " ").trim())
      .filter(Boolean)
      .join("\n");
    if (p) paragraphs.push(p);
    current = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += (node.nodeValue ?? "").replace(/\s+/g, " ");
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === "BR") {
      current += "\n";
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}
