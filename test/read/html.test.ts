import { describe, expect, it } from "vitest";
import { ErrorCode, InputError } from "../../src/core/errors.js";
import { blockText, extractHtmlArticle } from "../../src/pipeline/read/html.js";
import { documentFromHtml } from "../../src/pipeline/read/sources.js";
import { fixture, NO_ARTICLE_HTML } from "./http-fixture.js";

describe("extractHtmlArticle", () => {
  it("takes the article body out of the page, paragraphs separated by blank lines", () => {
    const a = extractHtmlArticle(fixture("article-de.html").toString("utf8"), "article-de.html");
    const paragraphs = a.text.split("\n\n");
    expect(paragraphs[0]).toMatch(/^Nach Einschätzung westlicher Nachrichtendienste hat Nordkorea/);
    expect(paragraphs).toContain("Mehr News zum Krieg in der Ukraine");
    expect(paragraphs.length).toBeGreaterThanOrEqual(6);
    expect(a.text).not.toMatch(/Impressum|Startseite|tracking/);
    expect(a.outlet).toBe("Beispiel-Zeitung");
    expect(a.published).toBe("2024-11-05T08:30:00+01:00");
    expect(a.title).toMatch(/Munition aus Pjöngjang/);
  });

  it("refuses a page without an article body", () => {
    try {
      extractHtmlArticle(NO_ARTICLE_HTML, "broken.html");
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).code).toBe(ErrorCode.BAD_HTML);
      expect((err as InputError).message).toMatch(/^broken\.html: /);
    }
  });

  it("refuses truncated markup and non-HTML", () => {
    for (const html of ["<html><body><p>Nordkorea", "%PDF-1.7 garbage", "<<<>>>"]) {
      expect(() => extractHtmlArticle(html, "t.html")).toThrow(/E_BAD_HTML/);
    }
  });
});

describe("documentFromHtml", () => {
  it("dates the document from <time datetime> and detects English", () => {
    const doc = documentFromHtml(fixture("article-en.html").toString("utf8"), "en.html", null, null);
    expect(doc.lang).toBe("en");
    expect(doc.date).toBe("2024-12-12");
    expect(doc.datePrecision).toBe("day");
    // a saved page names its own address; the outlet falls back to that host
    expect(doc.url).toBe("https://www.world-desk.example/2024/12/drones-and-shells");
    expect(doc.outlet).toBe("world-desk.example");
    const read = doc.nonBody.map((r) => doc.text.slice(r.start, r.end));
    expect(read).toEqual(["Read more: Why the sanctions panel was shut down"]);
  });

  it("takes the outlet from the URL host and the date from the feed item when the page has neither", () => {
    const html = `<html><body><article>${"<p>Russland und Nordkorea haben ein Abkommen über gegenseitigen Beistand unterzeichnet, das beide Parlamente inzwischen ratifiziert haben.</p>".repeat(3)}</article></body></html>`;
    const doc = documentFromHtml(html, "https://www.news.example/a", "https://www.news.example/a", {
      link: "https://www.news.example/a",
      title: "Beistand",
      published: "Wed, 04 Dec 2024 10:00:00 GMT",
      content: null,
    });
    expect(doc.outlet).toBe("news.example");
    expect(doc.date).toBe("2024-12-04");
    expect(doc.title).toBe("Beistand");
    expect(doc.url).toBe("https://www.news.example/a");
  });
});

describe("blockText", () => {
  it("collapses inline whitespace and keeps <br> as a line break", async () => {
    const { parseHTML } = await import("linkedom");
    const { document } = parseHTML(
      "<div><p>Erste   Zeile<br>zweite <b>Zeile</b></p><ul><li>eins</li><li>zwei</li></ul></div>",
    );
    expect(blockText(document.querySelector("div") as unknown as Node)).toBe(
      "Erste Zeile\nzweite Zeile\n\neins\n\nzwei",
    );
  });
});
