/**
 * GraphiQL in a real browser with no internet: Debian's Chromium (playwright-core) against the
 * real `claimgraph serve`, every request to another host aborted. The page must come up from
 * the server alone (issue 11, hole 9: it used to load GraphiQL from a CDN and stay blank
 * offline), run a query, and do it all under its Content-Security-Policy without a violation.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config.js';
import { openGraph, resetWithSeed } from '../support/graph.js';
import { startServer, type RunningServer } from '../support/server.js';
import { launchChromium } from '../support/browser.js';

const db = openGraph();
let server: RunningServer | undefined;
let browser: Browser | undefined;
let page: Page;
const blocked: string[] = [];
const violations: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  await resetWithSeed(db.graph);
  server = await startServer({ CLAIMGRAPH_SEED: 'off' });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  // No internet: anything not addressed to the server itself is aborted.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
      blocked.push(url.href);
      return route.abort('internetdisconnected');
    }
    return route.continue();
  });
  page = await context.newPage();
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Violations are reported as events too (also those from workers' parents), not only on the console.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  await db.close();
});

describe('GraphiQL offline', () => {
  it('renders its editor from the server alone, under its CSP', async () => {
    const response = await page.goto(`${server!.url}/graphql`);
    expect(response!.headers()['content-security-policy']).toMatch(/script-src 'sha256-/);
    await page.waitForSelector('.graphiql-container', { timeout: 60_000 });
    await page.waitForSelector('.graphiql-query-editor .monaco-editor', { timeout: 60_000 });
    expect(await page.title()).toBe('claimgraph');
    expect(await page.textContent('#root')).toMatch(/Variables/);
  }, 90_000);

  it('runs the example query and shows the answer', async () => {
    await page.click('.graphiql-execute-button');
    // Monaco draws spaces as no-break spaces.
    const answer = async () => (await page.textContent('.graphiql-response'))?.replace(/\u00a0/g, ' ');
    await expect.poll(answer, { timeout: 30_000 }).toContain('"name": "Sergei Lavrov"');
    mkdirSync(path.join(ROOT, 'test-output', 'e2e'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test-output', 'e2e', 'graphiql.png') });
  }, 60_000);

  it('made no request to another host, broke no CSP rule and threw nothing', async () => {
    expect(blocked).toEqual([]);
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
