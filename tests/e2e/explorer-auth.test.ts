/**
 * The explorer against a server with auth on, in Chromium: the page asks once for an API key
 * at the first 401, then searches and downloads the neighbourhood file with it.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/graph/api-keys.js';
import { openGraph, resetWithSeed } from '../support/graph.js';
import { startServer, type RunningServer } from '../support/server.js';
import { launchChromium } from '../support/browser.js';

const db = openGraph();
let server: RunningServer | undefined;
let browser: Browser | undefined;
let page: Page;
let secret: string;
const prompts: string[] = [];

beforeAll(async () => {
  await resetWithSeed(db.graph);
  secret = (await createApiKey(db.graph, 'reader', 'explorer test')).secret;
  server = await startServer({ CLAIMGRAPH_AUTH: 'on', CLAIMGRAPH_SEED: 'off' });
  browser = await launchChromium();
  page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  page.on('dialog', (dialog) => {
    prompts.push(dialog.message());
    void dialog.accept(secret);
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  await db.close();
});

describe('explorer with auth on', () => {
  it('asks once for a key, then works with it', async () => {
    await page.goto(`${server!.url}/explorer`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    await expect.poll(() => page.locator('#filter-topic option').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    expect(prompts).toEqual([expect.stringMatching(/This server needs an API key/)]);

    await page.fill('#search', 'Lavrov');
    const suggestion = page.locator('[data-testid=suggestion][data-id="person:sergei-lavrov"]');
    await suggestion.waitFor({ timeout: 10_000 });
    await suggestion.click();
    await expect.poll(() => page.textContent('[data-testid=detail-title]'), { timeout: 15_000 }).toBe('Sergei Lavrov');
    expect(prompts).toHaveLength(1);
  }, 90_000);

  it('downloads the neighbourhood file with the key', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.click('#export-server')]);
    expect(download.suggestedFilename()).toMatch(/^claimgraph-person-sergei-lavrov-depth1\.graphml$/);
    expect(readFileSync((await download.path())!, 'utf8')).toContain('<graphml');
  }, 60_000);
});
