/**
 * @module Ingestion API: sources → Documents → extraction → store.
 */
export { formatSummary, type IngestOptions, type IngestSummary, ingest } from "./ingest.js";
