import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErrorCode } from "../../src/core/errors.js";
import { parseFeed } from "../../src/pipeline/read/feed.js";
import { type ReadOptions, type ReadOutcome, readInputs } from "../../src/pipeline/read/sources.js";
import { closedPortUrl, startServer, type TestServer } from "./http-fixture.js";

async function readAll(inputs: string[], opts: ReadOptions = {}): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  for await (const o of readInputs(inputs, opts)) out.push(o);
  return out;
}
const docs = (os: ReadOutcome[]) => os.flatMap((o) => (o.ok ? [o] : []));
const errors = (os: ReadOutcome[]) => os.flatMap((o) => (o.ok ? [] : [o.error]));

const fixtures = new URL("../fixtures/read/", import.meta.url).pathname;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "lagebild-read-"));
});

describe("files", () => {
  it("reads a .txt file exactly, with a date header and its origin", async () => {
    const text = "date 2024-06-19\nPutin ist zu einem Staatsbesuch in Pjöngjang eingetroffen.\n";
    const path = join(dir, "besuch.txt");
    writeFileSync(path, text);
    const [o] = await readAll([path], { now: () => new Date("2025-01-02T03:04:05Z") });
    expect(o?.ok).toBe(true);
    if (!o?.ok) return;
    expect(o.doc.text).toBe(text);
    expect(o.doc).toMatchObject({ date: "2024-06-19", datePrecision: "day", origin: path, lang: "de" });
    expect(o.doc.ingestedAt).toBe("2025-01-02T03:04:05.000Z");
    expect(o.doc.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(o.name).toBe("besuch.txt");
  });

  it("reads a feed saved to disk from the items' own copies; relative links resolve against the channel", async () => {
    const para = (t: string) =>
      `<p>${t} Die Angaben ließen sich zunächst nicht unabhängig überprüfen, hieß es aus Regierungskreisen in Seoul.</p>`.repeat(
        3,
      );
    const rss = join(dir, "saved.rss");
    writeFileSync(
      rss,
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><link>https://zeitung.example/</link>
<item><title>Eins</title><content:encoded><![CDATA[${para("Pjöngjang schickt weitere Truppen.")}]]></content:encoded></item>
<item><title>Zwei</title></item></channel></rss>`,
    );
    const atom = join(dir, "saved.atom");
    const escaped = para("Moscow and Pyongyang signed a new accord.")
      .replaceAll("<", "&lt;")
      .replaceAll(">", "&gt;");
    writeFileSync(
      atom,
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>Accord</title><content type="html">${escaped}</content></entry></feed>`,
    );
    const os = await readAll([rss, atom]);
    expect(docs(os).map((o) => [o.name, o.doc.title, o.doc.text.slice(0, 20)])).toEqual([
      [`${rss} item 1`, "Eins", "Pjöngjang schickt we"],
      [`${atom} item 1`, "Accord", "Moscow and Pyongyang"],
    ]);
    expect(errors(os).map((e) => [e.input, e.code])).toEqual([[`${rss} item 2`, ErrorCode.BAD_FEED]]);
    const feed = parseFeed(
      `<rss version="2.0"><channel><title>T</title><link>https://zeitung.example/politik/</link><item><link>artikel-1.html</link></item></channel></rss>`,
      "saved.rss",
    );
    expect(feed.items[0]!.link).toBe("https://zeitung.example/politik/artikel-1.html");
  });

  it("reads JSONL records one by one: a malformed line fails alone, naming path:line", async () => {
    const os = await readAll([join(fixtures, "records.jsonl")]);
    expect(docs(os).map((d) => d.name)).toEqual(["records.jsonl:1"]);
    expect(docs(os)[0]!.doc).toMatchObject({
      title: "Raketen für Russland",
      outlet: "beispiel-zeitung.example",
      date: "2024-09-18",
      url: "https://www.beispiel-zeitung.example/politik/raketen",
    });
    expect(errors(os).map((e) => [e.input.replace(fixtures, ""), e.code])).toEqual([
      ["records.jsonl:2", ErrorCode.BAD_JSON],
      ["records.jsonl:3", ErrorCode.BAD_JSON],
      ["records.jsonl:4", ErrorCode.BAD_DATE],
    ]);
  });

  it("reads a .json array of records", async () => {
    const os = await readAll([join(fixtures, "records.json")]);
    expect(docs(os).map((d) => [d.name, d.doc.lang, d.doc.date, d.doc.outlet])).toEqual([
      ["records.json[0]", "de", "2024", "Beispiel-Zeitung"],
      ["records.json[1]", "en", null, "news.example.org"],
    ]);
  });

  it("walks folders recursively, in order, skipping hidden and unknown files and link loops", async () => {
    const root = join(dir, "tree");
    await mkdir(join(root, "b", "c"), { recursive: true });
    await mkdir(join(root, ".hidden"), { recursive: true });
    const line = "Nordkoreanische Granaten werden weiter an die Front gebracht, heißt es aus Kiew.";
    writeFileSync(join(root, "a.md"), line);
    writeFileSync(join(root, "b", "c", "d.txt"), line.replace("Kiew", "Seoul"));
    writeFileSync(join(root, "b", "bild.png"), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0]));
    writeFileSync(join(root, ".hidden", "e.txt"), line);
    symlinkSync(root, join(root, "b", "loop"));
    const os = await readAll([root]);
    expect(os.map((o) => (o.ok ? o.doc.origin.slice(root.length) : o.error.message))).toEqual([
      "/a.md",
      "/b/c/d.txt",
    ]);
  });

  it("reads stdin, sniffing HTML and JSON", async () => {
    async function* chunks() {
      yield " date 2024-11 Moskau ";
      yield new TextEncoder().encode("und Pjöngjang verhandeln über Lieferungen.");
    }
    const [o] = await readAll(["-"], { stdin: chunks() });
    expect(o).toMatchObject({ ok: true, name: "stdin", doc: { origin: "stdin", date: "2024-11" } });
    if (o?.ok) expect(o.doc.text).toBe(" date 2024-11 Moskau und Pjöngjang verhandeln über Lieferungen.");
    const jsonl = readFileSync(join(fixtures, "records.jsonl"));
    const fromJsonl = await readAll(["-"], { stdin: [jsonl] });
    expect(fromJsonl.map((o) => (o.ok ? o.name : o.error.input))).toEqual([
      "stdin:1",
      "stdin:2",
      "stdin:3",
      "stdin:4",
    ]);
    const fromJson = await readAll(["-"], { stdin: [readFileSync(join(fixtures, "records.json"))] });
    expect(docs(fromJson).map((d) => d.name)).toEqual(["stdin[0]", "stdin[1]"]);
    const html = readFileSync(join(fixtures, "article-en.html"));
    const [h] = await readAll(["-"], { stdin: [html] });
    expect(h).toMatchObject({ ok: true, doc: { lang: "en", date: "2024-12-12" } });
  });
});

describe("bad input: one clear error naming the input, the rest goes on", () => {
  it.each([
    ["empty file", "empty.txt", "", ErrorCode.EMPTY],
    ["whitespace-only file", "blank.md", "  \n\n  ", ErrorCode.EMPTY],
    ["binary file", "data.txt", new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]), ErrorCode.BINARY],
    ["broken HTML", "broken.html", "<html><head><title>x</title></head><body><div>", ErrorCode.BAD_HTML],
    ["JSON that is not JSON", "bad.json", "{text: unquoted}", ErrorCode.BAD_JSON],
    ["feed file that is not XML", "feed.rss", "this is <not xml", ErrorCode.BAD_FEED],
    ["impossible date header", "date.txt", " date 2024-02-30 Text folgt hier.", ErrorCode.BAD_DATE],
  ])("%s", async (_label, name, content, code) => {
    const bad = join(dir, name);
    writeFileSync(bad, content);
    const good = join(dir, `good-${name}.txt`);
    writeFileSync(good, "Russland erhält weiterhin Munition aus Nordkorea, berichten Beobachter.");
    const os = await readAll([bad, good]);
    expect(errors(os).map((e) => [e.input, e.code])).toEqual([[bad, code]]);
    expect(errors(os)[0]!.message).toMatch(
      new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: .+ \\[${code}\\]$`),
    );
    expect(docs(os).map((d) => d.doc.origin)).toEqual([good]);
  });

  it("a missing path", async () => {
    const os = await readAll([join(dir, "nope.txt")]);
    expect(errors(os).map((e) => e.code)).toEqual([ErrorCode.NOT_FOUND]);
  });

  it("a file over the size limit is refused before it is read", async () => {
    const big = join(dir, "big.txt");
    writeFileSync(big, "Nordkorea ".repeat(200));
    const os = await readAll([big], { maxBytes: 1000 });
    expect(errors(os).map((e) => e.code)).toEqual([ErrorCode.TOO_LARGE]);
    expect(errors(os)[0]!.message).toMatch(/2000 bytes is over the limit of 1000 bytes/);
  });

  it("non-UTF-8 text is converted from Windows-1252 with a warning", async () => {
    const latin = join(dir, "latin.txt");
    // Latin-1 cannot hold the dash and the quotes: their Windows-1252 bytes are written
    const text = "Gespräche über Rüstungsgüter in Pjöngjang ";
    const cp = Buffer.concat([
      Buffer.from(text, "latin1"),
      Buffer.from([0x96, 0x20, 0x84]),
      Buffer.from("vertraulich", "latin1"),
      Buffer.from([0x93]),
    ]);
    writeFileSync(latin, cp);
    const [o] = await readAll([latin]);
    expect(o?.ok).toBe(true);
    if (!o?.ok) return;
    expect(o.doc.text).toBe("Gespräche über Rüstungsgüter in Pjöngjang – „vertraulich“");
    expect(o.warnings).toEqual(["not valid UTF-8; decoded as Windows-1252"]);
  });
});

describe("URLs and feeds (local server)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it("reads a page: readability text, meta date and outlet, final URL", async () => {
    const url = `${server.base}/pages/article-de.html`;
    const [o] = await readAll([url]);
    expect(o).toMatchObject({
      ok: true,
      name: url,
      doc: {
        url,
        origin: url,
        outlet: "Beispiel-Zeitung",
        date: "2024-11-05",
        datePrecision: "day",
        lang: "de",
      },
    });
  });

  it("reads an RSS feed: every item's page is fetched; a missing page fails alone", async () => {
    const os = await readAll([`${server.base}/feed.rss`]);
    expect(docs(os).map((d) => [d.doc.url?.slice(server.base.length), d.doc.lang, d.doc.date])).toEqual([
      ["/pages/article-de.html", "de", "2024-11-05"],
      ["/pages/article-en.html", "en", "2024-12-12"],
    ]);
    expect(errors(os).map((e) => [e.input.slice(server.base.length), e.code])).toEqual([
      ["/pages/missing.html", ErrorCode.HTTP],
    ]);
    expect(errors(os)[0]!.message).toMatch(/HTTP 404/);
  });

  it("reads an Atom feed, and a feed served as text/html by sniffing", async () => {
    const atom = await readAll([`${server.base}/feed.atom`]);
    expect(docs(atom).map((d) => d.doc.title)).toEqual(["Drones and shells: the new partnership"]);
    const sniffed = await readAll([`${server.base}/feed-as-html`]);
    expect(docs(sniffed)).toHaveLength(2);
  });

  it("uses the feed item's date when the page has none", async () => {
    const s = await startServer({
      "/f": {
        type: "application/rss+xml",
        body: `<rss version="2.0"><channel><title>T</title><item><link>/p</link><pubDate>Fri, 01 Nov 2024 12:00:00 GMT</pubDate></item></channel></rss>`,
      },
      "/p": {
        type: "text/html",
        body: `<html><body><article>${"<p>Die Führung in Pjöngjang hat nach Berichten aus Seoul weitere Truppen in Marsch gesetzt, offiziell bestätigt ist das nicht.</p>".repeat(3)}</article></body></html>`,
      },
    });
    try {
      const [o] = await readAll([`${s.base}/f`]);
      expect(o).toMatchObject({ ok: true, doc: { date: "2024-11-01", outlet: "127.0.0.1" } });
    } finally {
      await s.close();
    }
  });

  it("reads an item's own copy (content:encoded) when its page fails, with a warning naming the failure", async () => {
    const body =
      "<p>Südkoreas Geheimdienst meldet, Nordkorea habe weitere Artilleriegeschosse nach Russland verschifft; Moskau schweigt dazu.</p>".repeat(
        3,
      );
    const s = await startServer({
      "/f": {
        type: "application/rss+xml",
        body: `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><item><title>Granaten</title><link>/gone</link><pubDate>Sat, 02 Nov 2024 08:00:00 GMT</pubDate><content:encoded><![CDATA[${body}]]></content:encoded></item><item><title>Ohne Kopie</title><link>/gone2</link></item></channel></rss>`,
      },
    });
    try {
      const os = await readAll([`${s.base}/f`]);
      const [o] = docs(os);
      expect(o).toMatchObject({
        name: `${s.base}/gone`,
        doc: { title: "Granaten", date: "2024-11-02", lang: "de" },
      });
      expect(o!.doc.text).toMatch(/^Südkoreas Geheimdienst meldet/);
      expect(o!.warnings).toHaveLength(1);
      expect(o!.warnings[0]).toMatch(/HTTP 404.*read the feed's copy instead/);
      // an item without a copy of its own still fails alone
      expect(errors(os).map((e) => e.code)).toEqual([ErrorCode.HTTP]);
    } finally {
      await s.close();
    }
  });

  it("fetches a feed's pages several at a time but yields them in the feed's order", async () => {
    const page = (text: string, delayMs = 0) => ({
      type: "text/html",
      delayMs,
      body: `<html><body><article>${`<p>${text} Die Angaben stammen aus Regierungskreisen und ließen sich zunächst nicht unabhängig überprüfen.</p>`.repeat(3)}</article></body></html>`,
    });
    const s = await startServer({
      "/f": {
        type: "application/rss+xml",
        body: `<rss version="2.0"><channel><title>T</title><item><link>/slow</link></item><item><link>/slow2</link></item><item><link>/fast</link></item></channel></rss>`,
      },
      "/slow": page("Erster Bericht über Lieferungen aus Nordkorea.", 500),
      "/slow2": page("Zweiter Bericht über Raketen aus Nordkorea.", 500),
      "/fast": page("Dritter Bericht über Truppen in der Region Kursk."),
    });
    try {
      const started = Date.now();
      const os = await readAll([`${s.base}/f`], { feedConcurrency: 3 });
      const took = Date.now() - started;
      expect(docs(os).map((d) => new URL(d.doc.url!).pathname)).toEqual(["/slow", "/slow2", "/fast"]);
      // one after the other the two slow pages would take 1000 ms
      expect(took).toBeLessThan(900);
    } finally {
      await s.close();
    }
  });

  it("follows a redirect and records the final URL, the origin staying what was given", async () => {
    const s = await startServer({
      "/old": { status: 301, headers: { location: "/pages/article-en.html" }, body: "" },
      "/pages/article-en.html": { type: "text/html", body: readFileSync(join(fixtures, "article-en.html")) },
    });
    try {
      const [o] = await readAll([`${s.base}/old`]);
      expect(o).toMatchObject({
        ok: true,
        doc: { origin: `${s.base}/old`, url: `${s.base}/pages/article-en.html` },
      });
    } finally {
      await s.close();
    }
  });

  it("a text/plain URL is read as a text file", async () => {
    const [o] = await readAll([`${server.base}/plain.txt`]);
    expect(o).toMatchObject({
      ok: true,
      doc: { date: "2024-11", datePrecision: "month", outlet: "127.0.0.1" },
    });
  });

  it.each([
    ["HTTP error", "/forbidden", ErrorCode.HTTP, /HTTP 403/],
    ["feed that is not XML", "/not-xml.rss", ErrorCode.BAD_FEED, /not well-formed XML/],
    ["page without article", "/broken.html", ErrorCode.BAD_HTML, /no article body/],
  ])("%s", async (_label, path, code, reason) => {
    const os = await readAll([`${server.base}${path}`, `${server.base}/pages/article-en.html`]);
    expect(errors(os).map((e) => [e.input, e.code])).toEqual([[`${server.base}${path}`, code]]);
    expect(errors(os)[0]!.message).toMatch(reason);
    expect(docs(os)).toHaveLength(1);
  });

  it("an unreachable URL", async () => {
    const url = await closedPortUrl();
    const os = await readAll([url]);
    expect(errors(os).map((e) => [e.input, e.code])).toEqual([[url, ErrorCode.UNREACHABLE]]);
    expect(errors(os)[0]!.message).toMatch(/ECONNREFUSED/);
  });

  it("a response over the size limit, and a server too slow, with injected fetch", async () => {
    const big = await readAll([`${server.base}/pages/article-de.html`], { maxBytes: 500 });
    expect(errors(big).map((e) => e.code)).toEqual([ErrorCode.TOO_LARGE]);
    const never: ReadOptions["fetch"] = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
      );
    const slow = await readAll(["https://slow.example/x"], { fetch: never, timeoutMs: 50 });
    expect(errors(slow).map((e) => e.code)).toEqual([ErrorCode.UNREACHABLE]);
    expect(errors(slow)[0]!.message).toMatch(/no answer within 0.05 s/);
  });
});
