/**
 * @module `/api/claims`: stored figures with their sources, filtered like `lagebild claims`; `format=csv`
 * returns the same rows as the CLI's CSV export.
 */
import { z } from "zod/v4";
import { formatFigure } from "../../analyse/index.js";
import { CLAIM_CSV_COLUMNS, claimRow } from "../../cli/claims.js";
import { render } from "../../cli/output.js";
import { type Endpoint, endpoint } from "../endpoint.js";
import { Claim } from "../schemas.js";
import { code, id, isoDate, limit, word } from "../validate.js";

export const ClaimQuery = z.strictObject({
  item: word.optional(),
  kind: word.optional(),
  actor: code.optional(),
  recipient: code.optional(),
  source: word.optional().describe("claimant country, organisation or person (substring)"),
  from: isoDate.optional(),
  to: isoDate.optional(),
  documentId: id.optional(),
  limit: limit(100_000, 1000),
  format: z.enum(["json", "csv"]).default("json"),
});

export const claimRoutes: Endpoint[] = [
  endpoint({
    method: "get",
    path: "/api/claims",
    response: z.strictObject({ claims: z.array(Claim) }),
    summary: "Claims (figures with their sources), filtered; format=csv for a download",
    tag: "claims",
    query: ClaimQuery,
    produces: ["application/json", "text/csv"],
    handler: async ({ query, ctx, c }) => {
      const { format, ...filter } = query;
      const claims = await ctx.store.claims(filter);
      if (format === "csv") {
        c.header("Content-Disposition", 'attachment; filename="claims.csv"');
        return c.body(render(claims.map(claimRow), "csv", CLAIM_CSV_COLUMNS), 200, {
          "Content-Type": "text/csv; charset=utf-8",
        });
      }
      return { claims: claims.map((cl) => ({ ...cl, figureText: formatFigure(cl) })) };
    },
  }),
];
