/**
 * @module HTTP API and web UI: `createApp` for in-process use and tests, `serve` to listen on a port.
 */
export { type AppOptions, createApp, ENDPOINTS } from "./app.js";
export type { Endpoint } from "./endpoint.js";
export type { ErrorBody } from "./errors.js";
export { openApiDocument } from "./openapi.js";
export { DEFAULT_HOST, DEFAULT_PORT, type RunningServer, type ServeOptions, serve } from "./serve.js";
