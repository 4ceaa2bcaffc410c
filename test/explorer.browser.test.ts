import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../seed/extract.ts';
import { countsLine } from '../explorer/src/search-box.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { offHostRequests, openBrowser, ROOT, type BrowserSession } from './browser.ts';
import { executorFor } from './helpers.ts';

// The explorer page in Debian's Chromium, driven by Playwright, against the app on the embedded
// store, with every other host refused (./browser.ts).

/** Where the README's picture lives; rewritten only when missing or with UPDATE_SCREENSHOT=1, so test runs leave the tree clean. */
const SCREENSHOT = join(ROOT, 'docs', 'explorer.png');
const DESKTOP = { width: 1280, height: 800 };
/** Written out here rather than imported, so a change to the policy shows in this test's diff. */
const EXPLORER_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const graph = loadSeedGraph().graph;
const actorCount = graph.nodes.filter((node) => node.kind === 'Actor').length;
const actorsOf = (category: string) => graph.nodes.filter((node) => node.kind === 'Actor' && node.category === category).length;

describe('explorer in Chromium', () => {
  let session: BrowserSession;
  let page: Page;
  let base: string;
  let userDataDir: string;

  beforeAll(async () => {
    session = await openBrowser(DESKTOP);
    ({ page, base, userDataDir } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  const attribute = async (selector: string, name: string) => page.locator(selector).getAttribute(name);
  const texts = (selector: string) => page.locator(selector).allInnerTexts();

  it('draws every actor and objective soon after the page loads', async () => {
    const started = Date.now();
    await page.goto(`${base}/`);
    await page.waitForSelector('#graph[data-node-count]', { timeout: 15_000 });
    const wallClockMs = Date.now() - started;
    const drawnMs = Number(await attribute('#graph', 'data-drawn-ms'));
    console.log(`explorer: graph drawn ${drawnMs} ms after navigation start (${wallClockMs} ms wall clock from goto)`);
    expect(Number(await attribute('#graph', 'data-node-count'))).toBe(actorCount + 23);
    // The acceptance figure is 2 s for `npm start`; the bound here leaves room for a busy CI machine.
    expect(drawnMs).toBeLessThan(5000);
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('#legend li').count()).toBeGreaterThanOrEqual(6);
  });

  it('shows the picture users see first, at 1280×800', async () => {
    await page.waitForTimeout(300);
    const path = process.env.UPDATE_SCREENSHOT || !existsSync(SCREENSHOT) ? SCREENSHOT : join(userDataDir, 'explorer.png');
    mkdirSync(join(path, '..'), { recursive: true });
    await page.screenshot({ path });
    console.log(`explorer: screenshot at ${path}`);
  });

  it('opens trade unions from the keyboard list, with the quote of objective 6 and its bold terms marked', async () => {
    const button = page.getByRole('button', { name: 'Trade unions', exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details-heading:text-is("Trade unions")');
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('details-heading');
    expect(await page.evaluate('window.__explorer.selected')).toBe('Actor:trade-unions');

    const objectiveSix = page.locator('#details .link').filter({ has: page.getByRole('button', { name: /^Objective 6 · / }) });
    await objectiveSix.waitFor();
    expect((await objectiveSix.locator('.refs').innerText()).split(' ')).toContain('§22d');
    const quotes = await objectiveSix.locator('.quote').allInnerTexts();
    expect(quotes.some((quote) => /trade unions/i.test(quote))).toBe(true);
    const marks = (await objectiveSix.locator('.quote mark').allInnerTexts()).map((mark) => mark.toLowerCase());
    expect(marks).toContain('trade unions');
    expect(await page.locator('aside[aria-label="Details"]').count()).toBe(1);
  });

  it("shows §18e's sentence once under trade unions, with the headings that quote it and \"trade unions\" marked", async () => {
    const cards = page.locator('#details .quote').filter({ has: page.locator('footer', { hasText: /^§18e\b/ }) });
    expect(await cards.count()).toBe(1);
    const card = cards.first();
    expect(await card.locator('p').innerText()).toMatch(/^Invest in human capital development/);
    const marks = (await card.locator('p mark').allInnerTexts()).map((mark) => mark.toLowerCase());
    expect(marks).toContain('trade unions');
    expect(await card.locator('.headings').innerText()).toMatch(/quoted under (Trade unions, Private sector|Private sector, Trade unions)$/);
    // The other heading leads to its actor; the selected one is plain text.
    expect(await card.locator('.headings').getByRole('button').allInnerTexts()).toEqual(['Private sector']);
  });

  it("marks the actor's own names in every quote of its panel, as well as the source's bold terms", async () => {
    const quotes = await page.locator('#details .quote p').all();
    expect(quotes.length).toBeGreaterThan(5);
    for (const quote of quotes) {
      const text = (await quote.innerText()).toLowerCase();
      if (!text.includes('trade union')) continue;
      const marks = (await quote.locator('mark').allInnerTexts()).map((mark) => mark.toLowerCase());
      expect(marks.some((mark) => mark.startsWith('trade union')), text).toBe(true);
    }
  });

  it('opens an objective with its actors and its regional and global entry points', async () => {
    await page.locator('#details .link').getByRole('button', { name: /^Objective 6 · / }).click();
    await page.waitForSelector('#details-heading:text-is("Recruitment and labour")');
    const actors = await texts('#details .link .node-button');
    expect(actors).toEqual(expect.arrayContaining(['Trade unions', 'Private sector']));
    expect(await page.locator('#details .entry-point h4').allTextContents()).toEqual(['Regional', 'Global']);
  });

  it('finds the path from trade unions to the GFMD, draws it and tells each hop', async () => {
    await page.selectOption('#path-from', 'Actor:trade-unions');
    await page.selectOption('#path-to', 'Actor:gfmd');
    await page.getByRole('button', { name: 'Find path' }).click();
    await page.waitForSelector('#path-result .hops li');
    const hops = await texts('#path-result .hops li');
    const drawn = (await attribute('#graph', 'data-path'))!.split(' ');
    expect(drawn[0]).toBe('Actor:trade-unions');
    expect(drawn.at(-1)).toBe('Actor:gfmd');
    expect(hops).toHaveLength(drawn.length - 1);
    expect(hops[0]).toMatch(/Trade unions/);
    expect(hops.at(-1)).toMatch(/Global Forum on Migration and Development/);
    for (const hop of hops) expect(hop).toMatch(/\.$/);
    const chain = await page.locator('#path-result .chain').innerText();
    expect(chain).toMatch(/^Trade unions — .+ — Global Forum on Migration and Development$/);

    await page.getByRole('button', { name: 'Clear' }).click();
    expect(await attribute('#graph', 'data-path')).toBeNull();
  });

  it('jumps to a search hit: selects it and opens its panel', async () => {
    await page.fill('#search-input', 'Global Migration Group');
    const hit = page.locator('#search-results .hit').filter({ has: page.locator('.hit-title', { hasText: /^Global Migration Group$/ }) });
    await hit.first().waitFor();
    await hit.first().click();
    await page.waitForSelector('#details-heading:text-is("Global Migration Group")');
    expect(await page.evaluate('window.__explorer.selected')).toBe('Actor:global-migration-group');
    expect(await page.locator('#search-results').isHidden()).toBe(true);
  });

  it('shows how many hits of each kind a search has, all of them counted by the API, not only those listed', async () => {
    const { data } = await executorFor(new MemoryGraphStore(graph)).execute('{ searchFacets(query: "migration") { kind { value count } } }');
    expect(data.searchFacets.kind.length).toBeGreaterThan(1);
    await page.fill('#search-input', 'migration');
    const line = page.locator('#search-results .hit-counts');
    // The list may still show the previous search's hits until this one's answer arrives.
    await expect.poll(() => line.innerText(), { timeout: 10_000 }).toBe(countsLine(data.searchFacets.kind, 8));
    expect(await line.innerText()).toMatch(/^\d+ results, the best 8 shown: \d+ quotes, /);
    await page.locator('#search-input').press('Escape');
    await page.fill('#search-input', '');
  });

  it('shows the coverage heat map as a real table with counts as text', async () => {
    await page.getByRole('tab', { name: 'Coverage' }).click();
    const table = page.locator('table.coverage');
    await table.waitFor();
    expect(await table.locator('thead th[scope="col"]').count()).toBe(1 + 23 + 1);
    expect(await table.locator('tbody th[scope="row"]').count()).toBe(actorCount);
    const cell = table.locator('td[aria-label^="Trade unions, objective 6:"]');
    expect(Number(await cell.innerText())).toBeGreaterThan(0);

    // Filtering by category, each option with the number of actors the API's facets count in it.
    const iscm = page.getByRole('radio', { name: `Inter-State consultation mechanisms (${actorsOf('ISCM')})` });
    expect(await page.getByRole('radio', { name: `All categories (${actorCount})` }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: `Non-State stakeholders (${actorsOf('NON_STATE')})` }).count()).toBe(1);
    await iscm.check();
    await page.waitForFunction((count) => document.querySelectorAll('table.coverage tbody th[scope="row"]').length === count, actorsOf('ISCM'));
    expect(await page.getByRole('radio', { name: /^Inter-State consultation mechanisms/ }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: /^All categories/ }).check();
    await page.waitForFunction((count) => document.querySelectorAll('table.coverage tbody th[scope="row"]').length === count, actorCount);
    expect(await page.locator('#view-graph').isHidden()).toBe(true);
    await page.getByRole('tab', { name: 'Graph' }).click();
    expect(await page.locator('#view-graph').isVisible()).toBe(true);
  });

  it('stacks the panel below the graph on a narrow screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(200);
    const graphBox = (await page.locator('.graph-area').boundingBox())!;
    const panelBox = (await page.locator('#panel').boundingBox())!;
    expect(panelBox.y).toBeGreaterThanOrEqual(graphBox.y + graphBox.height - 1);
    expect(panelBox.width).toBeGreaterThan(350);
    await page.setViewportSize(DESKTOP);
  });

  it("follows a paragraph's IRI, /id/Paragraph/22b, to the explorer focused on its objective", async () => {
    await page.goto(`${base}/id/Paragraph/22b`);
    await page.waitForFunction(() => (window as unknown as { __explorer: { selected?: string } }).__explorer.selected === 'Objective:6', undefined, { timeout: 15_000 });
    expect(new URL(page.url()).pathname).toBe('/');
    await page.waitForSelector('#details-heading:text-is("Recruitment and labour")');
  });

  it('is served with a Content-Security-Policy of our origin only, which Chromium enforces', async () => {
    for (const path of ['/', '/index.html']) {
      const response = await fetch(`${base}${path}`);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(response.headers.get('content-security-policy'), path).toBe(EXPLORER_POLICY);
    }
    // The page's own inline colours go through the CSSOM, which the policy allows: the legend's swatches are coloured.
    const swatch = await page.locator('#legend .swatch').first().evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(swatch).not.toBe('rgba(0, 0, 0, 0)');
    // An injected inline script and inline style are refused, and the refusals are seen: the check below can fail.
    const [errorsBefore, violationsBefore] = [session.consoleErrors.length, session.cspViolations.length];
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      const style = document.createElement('style');
      style.textContent = 'body { display: none }';
      document.head.append(script, style);
    });
    await expect.poll(() => session.cspViolations.length).toBe(violationsBefore + 2);
    const refused = session.cspViolations.splice(violationsBefore);
    expect(refused.map((violation) => violation.split(' ')[0]).sort()).toEqual(['script-src-elem', 'style-src-elem']);
    expect(await page.evaluate('window.__injected')).toBeUndefined();
    expect(await page.locator('#graph').isVisible()).toBe(true);
    await expect.poll(() => session.consoleErrors.length).toBe(errorsBefore + 2);
    expect(session.consoleErrors.splice(errorsBefore).every((error) => /Content Security Policy/.test(error))).toBe(true);
  });

  it('logged no error or CSP violation, lost no request and asked nothing of any host but ours', () => {
    expect(session.cspViolations).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect(session.failed).toEqual([]);
    expect(session.requested.length).toBeGreaterThan(0);
    expect(offHostRequests(session)).toEqual([]);
  });
});
