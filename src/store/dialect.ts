/** @module The two back-ends a store can run on. */
export type StoreDialect = "sqlite" | "postgres";
