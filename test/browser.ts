// Our pages in Debian's Chromium, driven by Playwright, as a visitor arrives: the app on the embedded
// store on a free port of 127.0.0.1, and every request for any other host refused, by the page's
// routes and by the browser's resolver both. Console errors, failed requests and every
// Content-Security-Policy violation (the page's `securitypolicyviolation` events) are recorded.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { loadSeedGraph } from '../seed/extract.ts';
import { loadConfig } from '../src/config.ts';
import { MemoryGraphStore } from '../src/store/memory.ts';
import { createApp } from '../src/yoga.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  // Nothing but our server resolves, so a request the routes missed (a worker's, say) fails too.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface BrowserSession {
  base: string;
  page: Page;
  context: BrowserContext;
  userDataDir: string;
  /** Console errors and uncaught exceptions, in order. */
  consoleErrors: string[];
  /** Every URL the page and its workers asked for. */
  requested: string[];
  /** Requests that failed, with the reason. */
  failed: string[];
  /** Content-Security-Policy violations the pages reported: the directive, what it blocked, and where. */
  cspViolations: string[];
  close(): Promise<void>;
}

/** Builds the pages if needed, serves the app and opens Chromium on a fresh profile. */
export async function openBrowser(viewport: { width: number; height: number }): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's (apt-get install chromium) or set CHROMIUM_PATH`);
  execFileSync(process.execPath, [join(ROOT, 'tools', 'build-explorer.mjs')], { cwd: ROOT, stdio: 'inherit' });
  const app = createApp(new MemoryGraphStore(loadSeedGraph().graph), loadConfig({ LOG_LEVEL: 'silent' }));
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const userDataDir = mkdtempSync(join(tmpdir(), 'gcm-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, viewport });
  const session: BrowserSession = {
    base,
    context,
    userDataDir,
    page: undefined as unknown as Page,
    consoleErrors: [],
    requested: [],
    failed: [],
    cspViolations: [],
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      await new Promise((resolve) => server.close(resolve));
    },
  };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    session.requested.push(url.href);
    return url.protocol === 'data:' || url.host === new URL(base).host ? route.continue() : route.abort();
  });
  // Chromium also logs each violation as a console error (caught below, workers' included); the event says which directive.
  await context.exposeBinding('__reportCspViolation', (_source, violation: string) => session.cspViolations.push(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation(violation: string): void }).__reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') session.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => session.consoleErrors.push(error.message));
  page.on('requestfailed', (request) => session.failed.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('worker', (worker) => session.requested.push(worker.url()));
  session.page = page;
  return session;
}

/** What every browser test ends with: no console error, no failed request, nothing asked of another host. */
export function offHostRequests(session: BrowserSession): string[] {
  return session.requested.filter((url) => !url.startsWith(`${session.base}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
}
