import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../seed/extract.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { readmeExamples } from '../tools/readme-examples.ts';
import { offHostRequests, openBrowser, type BrowserSession } from './browser.ts';
import { executorFor } from './helpers.ts';

// GraphiQL at /graphql as a visitor meets it, with the network to anything but our server cut off:
// it loads (Monaco and its workers from us), opens with the README's first example, runs it, and
// offers every README example as a preset that opens in its own tab and runs with one click.

const examples = readmeExamples(readFileSync(new URL('../README.md', import.meta.url), 'utf8'));
const flagship = examples[0]!;
const { execute } = executorFor(new MemoryGraphStore(loadSeedGraph().graph));
/**
 * Written out here rather than imported, so a change to the policy shows in this test's diff. Beside the
 * explorer's: Monaco's run-time <style> elements and GraphiQL's data: fonts (src/plugins/security.ts).
 */
const GRAPHIQL_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
/** A name Vite gave a file by its content: `index-BkZx7q2L.js` (8 characters of hash before the extension). */
const VITE_HASHED_NAME = /^\/assets\/[\w.-]+-[\w-]{8}\.[a-z0-9]+$/;
/** Tall enough that Monaco draws every line of the flagship's answer, which the test reads. */
const VIEWPORT = { width: 1400, height: 3200 };

describe('GraphiQL in Chromium, offline', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser(VIEWPORT);
  });

  afterAll(async () => {
    await session?.close();
  });

  /** An editor's text as one line: Monaco draws spaces as no-break spaces and wraps long lines. */
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  const editorText = async (selector: string) => flat(await session.page.locator(`${selector} .view-lines`).innerText());
  const activeTab = () => session.page.locator('.graphiql-tab-active').innerText();
  /** The result pane's text once it holds an answer (a JSON object with "data" or "errors"). */
  async function resultText(): Promise<string> {
    await expect.poll(() => editorText('.result-window'), { timeout: 15_000 }).toMatch(/"(data|errors)":/);
    return editorText('.result-window');
  }

  it('opens at /graphql with the flagship example, the first of the README, in its tab', async () => {
    const response = await session.page.goto(`${session.base}/graphql`);
    expect(response!.headers()['content-security-policy']).toBe(GRAPHIQL_POLICY);
    expect(await session.page.title()).toBe('gcm-graph · GraphiQL');
    await expect.poll(() => editorText('.graphiql-query-editor'), { timeout: 20_000 }).toContain(`query ${flagship.operationName} {`);
    expect(await editorText('.graphiql-query-editor')).toBe(flat(flagship.query));
    expect(await session.page.locator('.graphiql-tab').count()).toBe(1);
    expect(await activeTab()).toBe(flagship.operationName);
  }, 60_000);

  it('runs it: the result pane shows trade unions and each of their objectives', async () => {
    await session.page.locator('.graphiql-execute-button').click();
    const shown = await resultText();
    const { data } = await execute(flagship.query);
    expect(shown).toContain('"name": "Trade unions"');
    expect(shown).toContain(`"totalCount": ${data.actor.objectives.totalCount}`);
    const titles: string[] = data.actor.objectives.edges.map((edge: any) => edge.node.shortTitle);
    expect(titles.length).toBeGreaterThanOrEqual(3);
    for (const title of titles) expect(shown).toContain(`"shortTitle": "${title}"`);
    expect(shown).not.toContain('"errors"');
  });

  it('lists every README example, in the README\'s order, in its Examples panel', async () => {
    const presets = session.page.locator('.readme-example');
    await presets.first().waitFor();
    expect(await presets.allInnerTexts()).toEqual(examples.map((example) => example.title));
  });

  it('opens and runs each example with one click, in a tab named after its operation', async () => {
    for (const example of examples.slice(1)) {
      await session.page.locator(`.readme-example[data-operation="${example.operationName}"]`).click();
      await expect.poll(activeTab, { timeout: 10_000 }).toBe(example.operationName);
      await expect.poll(() => editorText('.graphiql-query-editor'), { timeout: 10_000 }).toContain(flat(example.query).slice(0, 60));
      const shown = await resultText();
      expect(shown, example.title).not.toContain('"errors"');
      expect(shown, example.title).toContain('"data": {');
    }
    expect(await session.page.locator('.graphiql-tab').count()).toBe(examples.length);
  }, 120_000);

  it('switches back to an open example instead of opening it twice', async () => {
    await session.page.locator(`.readme-example[data-operation="${flagship.operationName}"]`).click();
    await expect.poll(activeTab).toBe(flagship.operationName);
    expect(await session.page.locator('.graphiql-tab').count()).toBe(examples.length);
  });

  it('has the Explorer plugin: ticking fields writes the query', async () => {
    await session.page.getByRole('button', { name: 'Show GraphiQL Explorer' }).click();
    await session.page.locator('.graphiql-tab-add').click();
    const objectives = session.page.locator('.graphiql-explorer-root [data-field-name="objectives"]').first();
    await objectives.waitFor({ timeout: 15_000 });
    await objectives.click();
    await expect.poll(() => editorText('.graphiql-query-editor'), { timeout: 10_000 }).toMatch(/objectives/);
  });

  it('has no inline script, so a Content-Security-Policy can forbid them', async () => {
    const html = await (await fetch(`${session.base}/graphql`, { headers: { accept: 'text/html' } })).text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toMatch(/\bsrc="\/assets\//);
    expect(html).not.toMatch(/\bon[a-z]+=/i);
  });

  it('had every asset it loaded, Monaco\'s workers included, named by its content and cached for a year', async () => {
    const assets = [...new Set(session.requested.filter((url) => url.startsWith(`${session.base}/assets/`)))];
    expect(assets.some((url) => /worker/.test(url))).toBe(true);
    for (const url of assets) {
      expect(new URL(url).pathname).toMatch(VITE_HASHED_NAME);
      const response = await fetch(url, { method: 'HEAD' });
      expect(response.status, url).toBe(200);
      expect(response.headers.get('cache-control'), url).toBe('public, max-age=31536000, immutable');
    }
  });

  it('refuses an injected inline script under its policy, and the refusal is seen', async () => {
    const [errorsBefore, violationsBefore] = [session.consoleErrors.length, session.cspViolations.length];
    await session.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.head.append(script);
    });
    await expect.poll(() => session.cspViolations.length).toBe(violationsBefore + 1);
    expect(session.cspViolations.splice(violationsBefore)[0]).toMatch(/^script-src-elem blocked inline/);
    expect(await session.page.evaluate('window.__injected')).toBeUndefined();
    await expect.poll(() => session.consoleErrors.length).toBe(errorsBefore + 1);
    expect(session.consoleErrors.splice(errorsBefore)[0]).toMatch(/Content Security Policy/);
  });

  it('logged no error or CSP violation, lost no request and asked nothing of any host but ours', () => {
    expect(session.cspViolations).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect(session.failed).toEqual([]);
    expect(session.requested.some((url) => /worker/.test(url))).toBe(true);
    expect(offHostRequests(session)).toEqual([]);
  });
});
