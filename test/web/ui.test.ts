/**
 * @module Browser tests: Debian's Chromium loads the served UI, the claims table is filtered, a
 * claim's document opens with its sentence highlighted, the hypothesis matrix shows; screenshots are
 * saved to `test-artifacts/`.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCRIPT_ARTICLE } from "../api/fixture.js";
import { ARTIFACTS, browserAvailable, launch, type Served, startServer } from "./browser.js";

const run = browserAvailable();

/** The parts of a Chart.js instance the tests read inside the page. */
interface ChartGlobal {
  Chart: {
    getChart(canvas: Element): {
      getDatasetMeta(i: number): { data: { x: number; y: number }[] };
      data: { datasets: { data: { point: { text: string } }[] }[] };
      tooltip: { body?: { lines: string[] }[] };
    };
  };
}

describe.skipIf(!run)("web UI in Chromium", { timeout: 60_000 }, () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    served = await startServer();
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    // Fail with Playwright's message (what was awaited) before the test's own timeout cuts it short.
    page.setDefaultTimeout(20_000);
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") pageErrors.push(m.text());
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

  it("loads the dashboard with counts, latest figures and newest events", async () => {
    await page.goto(`${served.server.url}/`);
    await page.getByTestId("latest").waitFor();
    const docs = await served.store.documentIds();
    await expect.poll(() => page.getByTestId("counts").textContent()).toContain(`${docs.length}documents`);
    expect(await page.locator("[data-testid=latest] tbody tr").count()).toBeGreaterThan(3);
    expect(await page.locator("[data-testid=events] li").count()).toBeGreaterThan(0);
    await shot("dashboard");
  });

  it("filters the claims table, and the CSV link carries the filter", async () => {
    await page.goto(`${served.server.url}/#/claims`);
    const rows = page.locator("[data-testid=claims-table] tbody tr");
    await rows.first().waitFor();
    const before = await rows.count();
    await page.selectOption("select[name=item]", "soldier");
    await expect.poll(() => rows.count()).toBeLessThan(before);
    const items = await page.locator("[data-testid=claims-table] tbody tr td:nth-child(4)").allTextContents();
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items)).toEqual(new Set(["soldier"]));
    expect(await page.getByTestId("csv").getAttribute("href")).toContain("item=soldier");
    expect(page.url()).toContain("item=soldier");
    // Sorting by figure puts the largest first after two clicks.
    await page.click("th[data-sort=figure]");
    await page.click("th[data-sort=figure]");
    expect(await page.locator("th[data-sort=figure]").getAttribute("aria-sort")).toBe("descending");
    await shot("claims");
  });

  it("opens a claim's document with its sentence highlighted", async () => {
    const link = page.locator("[data-testid=claims-table] tbody tr").first().getByTestId("doc-link");
    const claimId = Number(
      await page.locator("[data-testid=claims-table] tbody tr").first().getAttribute("data-claim"),
    );
    const [claim] = (await served.store.claims({ limit: 1e9 })).filter((c) => c.id === claimId);
    await link.click();
    const active = page.locator("[data-testid=doc-text] .hl-claim.active");
    await active.first().waitFor();
    const highlighted = (await active.allTextContents()).join("");
    expect(highlighted).toBe(claim!.text);
    expect(page.url()).toContain(`claim=${claimId}`);
    await expect.poll(() => active.first().isVisible()).toBe(true);
    await shot("document");
  });

  it("shows article text with markup as text and runs none of it", async () => {
    await page.goto(`${served.server.url}/#/documents/${served.scriptDocId}`);
    const text = page.getByTestId("doc-text");
    await text.waitFor();
    expect(await text.textContent()).toBe(SCRIPT_ARTICLE.text);
    expect(await page.locator("#view script, #view img").count()).toBe(0);
    expect(await page.locator("h1").textContent()).toBe(SCRIPT_ARTICLE.title);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it("searches the articles from the header and opens a hit", async () => {
    await page.fill("#search input[name=q]", "Pjöngjang");
    await page.press("#search input[name=q]", "Enter");
    const hits = page.locator("[data-testid=hits] li a");
    await hits.first().waitFor();
    expect(await hits.count()).toBeGreaterThan(0);
    await hits.first().click();
    await expect.poll(() => page.getByTestId("doc-text").textContent()).toContain("Pjöngjang");
  });

  it("opens the hypothesis matrix with a ranked hypothesis", async () => {
    await page.goto(`${served.server.url}/#/hypotheses`);
    const matrix = page.getByTestId("matrix");
    await matrix.waitFor();
    expect(await matrix.locator("tbody tr").count()).toBeGreaterThan(0);
    const cells = await matrix.locator("td.cell").allTextContents();
    expect(cells.some((c) => c === "C" || c === "I")).toBe(true);
    expect(await matrix.locator("tfoot td.best").count()).toBeGreaterThan(0);
    await shot("hypotheses");
  });

  it("draws indicator charts, the timeline and the flow graph without errors", async () => {
    await page.goto(`${served.server.url}/#/indicators`);
    await page.locator(".chart-box canvas").first().waitFor();
    await page.waitForFunction(() => {
      const c = document.querySelector(".chart-box canvas") as HTMLCanvasElement | null;
      return !!c && c.width > 0;
    });
    // Hovering a point shows its sentence in the tooltip.
    const canvas = page.locator(".chart-box canvas").first();
    const box = (await canvas.boundingBox())!;
    const target = await canvas.evaluate((el) => {
      const chart = (window as unknown as ChartGlobal).Chart.getChart(el);
      const el0 = chart.getDatasetMeta(0).data[0]!;
      return { x: el0.x, y: el0.y, text: chart.data.datasets[0]!.data[0]!.point.text as string };
    });
    await page.mouse.move(box.x + target.x, box.y + target.y);
    const tooltip = () =>
      canvas.evaluate((el) => {
        const chart = (window as unknown as ChartGlobal).Chart.getChart(el);
        return (chart.tooltip.body ?? []).flatMap((b: { lines: string[] }) => b.lines).join(" ");
      });
    await expect.poll(tooltip).toContain(target.text.split(/\s+/).slice(0, 4).join(" "));
    await shot("indicators");
    await page.goto(`${served.server.url}/#/timeline`);
    await page.locator("[data-testid=timeline] li").first().waitFor();
    await shot("timeline");
    await page.goto(`${served.server.url}/#/flows`);
    await page.locator("[data-testid=flows] .edge").first().waitFor();
    await shot("flows");
    expect(pageErrors).toEqual([]);
  });
});
