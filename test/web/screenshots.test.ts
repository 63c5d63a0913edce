/**
 * @module The README screenshots: dashboard and document view over the project's own example
 * articles only (no seed text, no test markup), saved as `test-artifacts/readme-*.png`; copied to
 * `docs/screenshots/` by hand once they look right.
 */
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS, browserAvailable, launch, type Served, startServer } from "./browser.js";

describe.skipIf(!browserAvailable())("README screenshots", { timeout: 60_000 }, () => {
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    served = await startServer("screenshot-token", { seeds: false, markup: false });
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it("dashboard and a document with one claim selected", async () => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.setDefaultTimeout(20_000);
    await page.goto(`${served.server.url}/`);
    await page.getByTestId("latest").waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "readme-dashboard.png") });

    // The example with most claims, and its claim with a figure that comes first in the text.
    const docs = await served.store.listDocuments({ limit: 1000 });
    const doc = [...docs].sort((a, b) => b.claims - a.claims)[0]!;
    const claim = (await served.store.claims({ documentId: doc.id }))
      .filter((c) => c.figure)
      .sort((a, b) => a.span[0] - b.span[0])[0]!;
    await page.goto(`${served.server.url}/#/documents/${doc.id}?claim=${claim.id}`);
    const active = page.locator("[data-testid=doc-text] .hl-claim.active");
    await active.first().waitFor();
    expect((await active.allTextContents()).join("")).toBe(claim.text);
    await page.screenshot({ path: join(ARTIFACTS, "readme-document.png") });
  });
});
