/**
 * @module Inputs → Documents: files, folders (recursive), stdin (`-`), http(s) URLs and RSS/Atom feeds.
 * Each input yields Documents or one InputError that names it; one bad input never stops the rest.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { Document } from "../../core/document.js";
import { ErrorCode, InputError } from "../../core/errors.js";
import { parseMetaDate } from "./dates.js";
import { charsetOf, DEFAULT_MAX_BYTES, decodeBytes, tooLarge } from "./decode.js";
import { buildDocument, hostOutlet } from "./document.js";
import { type FeedItem, looksLikeFeed, parseFeed } from "./feed.js";
import { DEFAULT_TIMEOUT_MS, type FetchLike, fetchBytes, isUrl } from "./fetch.js";
import { extractHtmlArticle } from "./html.js";
import { readJsonRecords } from "./json.js";
import { documentFromText } from "./text.js";

export interface ReadOptions {
  /** per input (default 5 MB) */
  maxBytes?: number;
  /** per HTTP request (default 15 s) */
  timeoutMs?: number;
  fetch?: FetchLike;
  /** what `-` reads (default `process.stdin`) */
  stdin?: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
  /** the clock, for tests */
  now?: () => Date;
  /** how many of a feed's pages are fetched at once (default 4) */
  feedConcurrency?: number;
}

export const DEFAULT_FEED_CONCURRENCY = 4;

export type ReadOutcome =
  | {
      ok: true;
      doc: Document;
      /** the name extraction records carry as `doc`: a file's base name, `name:line`, a URL, `stdin` */
      name: string;
      warnings: string[];
    }
  | { ok: false; error: InputError };

/** One unit of work found by {@link planInputs}: a file, a URL, stdin, or an input already known bad. */
export type ReadTask =
  | { kind: "file"; path: string }
  | { kind: "url"; url: string }
  | { kind: "stdin" }
  | { kind: "error"; error: InputError };

/**
 * File types a folder is searched for; a file named explicitly is read whatever its extension (an
 * `.xml` file as a feed). Plain `.xml` is left out of folder scans: most such files are no feeds.
 */
export const ARTICLE_EXTENSIONS: readonly string[] = [
  ".txt",
  ".md",
  ".html",
  ".htm",
  ".xhtml",
  ".json",
  ".jsonl",
  ".ndjson",
  ".rss",
  ".atom",
];

/**
 * Expands the inputs into tasks: folders into their article files (recursive, sorted, hidden entries
 * skipped), so that a progress bar knows the total before reading starts.
 */
export async function planInputs(inputs: readonly string[]): Promise<ReadTask[]> {
  const tasks: ReadTask[] = [];
  for (const input of inputs) {
    if (input === "-") tasks.push({ kind: "stdin" });
    else if (isUrl(input)) tasks.push({ kind: "url", url: input });
    else tasks.push(...(await planPath(input, new Set())));
  }
  return tasks;
}

/** `seen` holds the folders' device:inode pairs, so that a symbolic link back up the tree ends the walk. */
async function planPath(path: string, seen: Set<string>): Promise<ReadTask[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (err) {
    return [{ kind: "error", error: fsError(path, err) }];
  }
  if (info.isFile()) return [{ kind: "file", path }];
  if (!info.isDirectory()) {
    return [{ kind: "error", error: new InputError(ErrorCode.UNSUPPORTED, path, "not a file or folder") }];
  }
  const id = `${info.dev}:${info.ino}`;
  if (seen.has(id)) return [];
  seen.add(id);
  const tasks: ReadTask[] = [];
  let entries: string[];
  try {
    entries = (await readdir(path)).filter((e) => !e.startsWith(".")).sort();
  } catch (err) {
    return [{ kind: "error", error: fsError(path, err) }];
  }
  for (const entry of entries) {
    const child = join(path, entry);
    let childInfo: Awaited<ReturnType<typeof stat>>;
    try {
      childInfo = await stat(child);
    } catch (err) {
      tasks.push({ kind: "error", error: fsError(child, err) });
      continue;
    }
    if (childInfo.isDirectory()) tasks.push(...(await planPath(child, seen)));
    else if (childInfo.isFile() && ARTICLE_EXTENSIONS.includes(extname(entry).toLowerCase())) {
      tasks.push({ kind: "file", path: child });
    }
  }
  return tasks;
}

/** Reads every input in order; see {@link readTask}. */
export async function* readInputs(
  inputs: readonly string[],
  opts: ReadOptions = {},
): AsyncGenerator<ReadOutcome> {
  for (const task of await planInputs(inputs)) yield* readTask(task, opts);
}

/** Reads one task. Never throws an InputError: it is yielded as `{ok: false}`. */
export async function* readTask(task: ReadTask, opts: ReadOptions = {}): AsyncGenerator<ReadOutcome> {
  try {
    switch (task.kind) {
      case "error":
        yield { ok: false, error: task.error };
        return;
      case "file":
        yield* readPath(task.path, opts);
        return;
      case "stdin":
        yield* readStdin(opts);
        return;
      case "url":
        yield* readUrl(task.url, opts);
        return;
    }
  } catch (err) {
    if (err instanceof InputError) {
      yield { ok: false, error: err };
      return;
    }
    throw err;
  }
}

async function* readPath(path: string, opts: ReadOptions): AsyncGenerator<ReadOutcome> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  try {
    const { size } = await stat(path);
    if (size > maxBytes) throw tooLarge(path, size, maxBytes);
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw fsError(path, err);
  }
  const ext = extname(path).toLowerCase();
  const name = basename(path);
  const isHtml = ext === ".html" || ext === ".htm" || ext === ".xhtml";
  const decoded = decodeBytes(bytes, path, { maxBytes, charset: isHtml ? metaCharset(bytes) : null });
  const { warnings } = decoded;
  const now = opts.now?.();

  if (ext === ".json" || ext === ".jsonl" || ext === ".ndjson") {
    const records = readJsonRecords(decoded.text, path, ext !== ".json", now);
    // a decoding warning is about the file: said once, with its first record
    let pending = warnings;
    for (const r of records) {
      if (!r.ok) yield r;
      else {
        yield { ok: true, doc: r.doc, name: name + r.origin.slice(path.length), warnings: pending };
        pending = [];
      }
    }
    return;
  }
  const kind = isHtml
    ? "html"
    : ext === ".rss" || ext === ".atom" || ext === ".xml"
      ? "feed"
      : sniff(decoded.text);
  if (kind === "feed") {
    yield* readFeedItems(decoded.text, path, undefined, opts);
    return;
  }
  if (kind === "html") {
    yield { ok: true, doc: documentFromHtml(decoded.text, path, null, null, now), name, warnings };
    return;
  }
  yield { ok: true, doc: documentFromText(decoded.text, path, now), name, warnings };
}

async function* readStdin(opts: ReadOptions): AsyncGenerator<ReadOutcome> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of opts.stdin ?? process.stdin) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.length;
    if (size > maxBytes) throw tooLarge("stdin", size, maxBytes);
    chunks.push(bytes);
  }
  const decoded = decodeBytes(Buffer.concat(chunks), "stdin", { maxBytes });
  const now = opts.now?.();
  const kind = sniff(decoded.text);
  if (kind === "feed") {
    yield* readFeedItems(decoded.text, "stdin", undefined, opts);
    return;
  }
  // `cat records.jsonl | lagebild ingest -`: an object or array is JSON, several object lines JSONL
  if (/^\s*[[{]/.test(decoded.text)) {
    const whole = isJson(decoded.text);
    for (const r of readJsonRecords(decoded.text, "stdin", !whole, now)) {
      yield r.ok ? { ok: true, doc: r.doc, name: r.origin, warnings: decoded.warnings } : r;
    }
    return;
  }
  const doc =
    kind === "html"
      ? documentFromHtml(decoded.text, "stdin", null, null, now)
      : documentFromText(decoded.text, "stdin", now);
  yield { ok: true, doc, name: "stdin", warnings: decoded.warnings };
}

async function* readUrl(url: string, opts: ReadOptions): AsyncGenerator<ReadOutcome> {
  const fetched = await fetchBytes(url, fetchOpts(opts));
  const type = (fetched.contentType ?? "").toLowerCase();
  const decoded = decodeBytes(fetched.bytes, url, {
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
    charset: charsetOf(type) ?? (type.includes("html") ? metaCharset(fetched.bytes) : null),
  });
  const now = opts.now?.();
  const declaredFeed = /\b(?:rss|atom)\b/.test(type) || (/\bxml\b/.test(type) && !type.includes("xhtml"));
  if (declaredFeed || looksLikeFeed(decoded.text)) {
    yield* readFeedItems(decoded.text, url, fetched.url, opts);
    return;
  }
  if (/\bjson\b/.test(type)) {
    for (const r of readJsonRecords(
      decoded.text,
      url,
      type.includes("ndjson") || type.includes("jsonl"),
      now,
    )) {
      yield r.ok ? { ok: true, doc: r.doc, name: r.origin, warnings: decoded.warnings } : r;
    }
    return;
  }
  const doc = type.startsWith("text/plain")
    ? documentFromText(decoded.text, url, now, { url: fetched.url, outlet: hostOutlet(fetched.url) })
    : documentFromHtml(decoded.text, url, fetched.url, null, now);
  yield { ok: true, doc, name: url, warnings: decoded.warnings };
}

/**
 * Every item's link is fetched and read as a page; the item's date stands in when the page has none.
 * An item that carries its article whole (`content:encoded`) is read from the feed when its page
 * cannot be: no usable link, or a fetch that fails (then with a warning naming the page's error).
 * Up to `feedConcurrency` pages are fetched at once; outcomes come out in the feed's order.
 */
async function* readFeedItems(
  xml: string,
  input: string,
  base: string | undefined,
  opts: ReadOptions,
): AsyncGenerator<ReadOutcome> {
  const feed = parseFeed(xml, input, base);
  const read = (item: FeedItem, i: number): Promise<ReadOutcome> => {
    const name = `${input} item ${i + 1}`;
    if (!item.link) {
      if (item.content) return Promise.resolve(readEmbedded(item, name, [], opts));
      const error = new InputError(
        ErrorCode.BAD_FEED,
        name,
        "item has no link that can be resolved to an absolute URL, nor content of its own",
      );
      return Promise.resolve({ ok: false, error });
    }
    return readFeedItem(item as FeedItem & { link: string }, opts).catch((err: unknown) => {
      if (!(err instanceof InputError)) throw err;
      if (!item.content) return { ok: false, error: err };
      return readEmbedded(item, item.link ?? name, [`${err.message}; read the feed's copy instead`], opts);
    });
  };
  const window = Math.max(1, opts.feedConcurrency ?? DEFAULT_FEED_CONCURRENCY);
  const pending: Promise<ReadOutcome>[] = [];
  let next = 0;
  while (next < feed.items.length || pending.length) {
    while (next < feed.items.length && pending.length < window) {
      const outcome = read(feed.items[next]!, next);
      outcome.catch(() => {}); // awaited in turn below; this only keeps an early failure from counting as unhandled
      pending.push(outcome);
      next++;
    }
    yield await pending.shift()!;
  }
}

async function readFeedItem(item: FeedItem & { link: string }, opts: ReadOptions): Promise<ReadOutcome> {
  const fetched = await fetchBytes(item.link, fetchOpts(opts));
  const decoded = decodeBytes(fetched.bytes, item.link, {
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
    charset: charsetOf(fetched.contentType) ?? metaCharset(fetched.bytes),
  });
  const doc = documentFromHtml(decoded.text, item.link, fetched.url, item, opts.now?.());
  return { ok: true, doc, name: item.link, warnings: decoded.warnings };
}

/** The article HTML a feed item carries, read as a page of its own. */
function readEmbedded(item: FeedItem, name: string, warnings: string[], opts: ReadOptions): ReadOutcome {
  try {
    const html = `<!DOCTYPE html><html><head><title></title></head><body><article>${item.content}</article></body></html>`;
    const doc = documentFromHtml(html, name, item.link, item, opts.now?.());
    return { ok: true, doc, name, warnings };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, error: err };
    throw err;
  }
}

/**
 * A page → Document. The text is the article text readability finds; the date comes from the page's
 * metadata, else from the feed item; the URL is the fetched one, else the page's canonical URL; the
 * outlet comes from the page, else the URL's host.
 */
export function documentFromHtml(
  html: string,
  origin: string,
  url: string | null,
  item: FeedItem | null,
  now?: Date,
): Document {
  const article = extractHtmlArticle(html, origin);
  const date = parseMetaDate(article.published) ?? parseMetaDate(item?.published);
  const pageUrl = url ?? article.canonicalUrl;
  return buildDocument({
    text: article.text,
    origin,
    title: article.title ?? item?.title ?? null,
    url: pageUrl,
    outlet: article.outlet ?? (pageUrl ? hostOutlet(pageUrl) : null),
    date,
    ...(now ? { now } : {}),
  });
}

function fetchOpts(opts: ReadOptions) {
  return {
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** What an input of unknown type holds, judged by how it begins. */
function sniff(text: string): "feed" | "html" | "text" {
  if (looksLikeFeed(text)) return "feed";
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || /^<\?xml[^>]*>\s*<html/.test(head)) {
    return "html";
  }
  return "text";
}

/** `<meta charset="iso-8859-1">` or its `http-equiv` form, in the first 1024 bytes. */
function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  const m = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return m ? m[1]! : null;
}

function fsError(path: string, err: unknown): InputError {
  const code = (err as { code?: string }).code;
  if (code === "ENOENT") return new InputError(ErrorCode.NOT_FOUND, path, "no such file or folder");
  if (code === "EACCES" || code === "EPERM")
    return new InputError(ErrorCode.UNREADABLE, path, "permission denied");
  if (code === "EISDIR") return new InputError(ErrorCode.UNSUPPORTED, path, "is a folder");
  return new InputError(ErrorCode.UNREADABLE, path, `cannot read (${code ?? (err as Error).message})`);
}
