/**
 * @module The read stage: sources (files, folders, stdin, URLs, feeds) → Documents with non-body ranges.
 */
export { type DocDate, findDateHeader, parseIsoDate, parseMetaDate } from "./dates.js";
export { DEFAULT_MAX_BYTES, decodeBytes } from "./decode.js";
export { buildDocument, type DocumentFields, hostOutlet, sha256 } from "./document.js";
export { type Feed, type FeedItem, looksLikeFeed, parseFeed } from "./feed.js";
export { DEFAULT_TIMEOUT_MS, type FetchLike, fetchBytes, isUrl } from "./fetch.js";
export { type FurnitureCue, findFurniture, mergeRanges } from "./furniture.js";
export { furnitureCues } from "./furniture-cues.js";
export { extractHtmlArticle, type HtmlArticle } from "./html.js";
export { detectLanguage } from "./language.js";
export {
  ARTICLE_EXTENSIONS,
  DEFAULT_FEED_CONCURRENCY,
  documentFromHtml,
  planInputs,
  type ReadOptions,
  type ReadOutcome,
  type ReadTask,
  readInputs,
  readTask,
} from "./sources.js";
export { documentFromText } from "./text.js";
