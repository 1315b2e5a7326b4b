/**
 * The explorer page in a real browser: Debian's Chromium driven by playwright-core, against the
 * real `claimgraph serve` on the suite's Neo4j with the seed loaded. Each step is asserted and
 * leaves a screenshot in test-output/e2e/. Chromium missing is a failure, not a skip: .ci/run
 * installs it (`apt-get install chromium`).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config.js';
import { openGraph, resetGraph } from '../support/graph.js';
import { startServer, type RunningServer } from '../support/server.js';
import { launchChromium } from '../support/browser.js';

const SHOTS = path.join(ROOT, 'test-output', 'e2e');
const STEP_TIMEOUT = 60_000;

const db = openGraph();
let server: RunningServer | undefined;
let base = '';
let browser: Browser | undefined;
let page: Page;
const pageErrors: string[] = [];
/** Everything the page's Content-Security-Policy refused, on any page of the context. */
const cspViolations: string[] = [];

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

interface DrawnNode {
  id: string;
  type: string;
  label: string;
  stances: string[];
  hidden: boolean;
  path: boolean;
}

/** The canvas as the page's Cytoscape instance sees it. */
function canvas(): Promise<{ nodes: DrawnNode[]; edges: Array<{ id: string; type: string; path: boolean }> }> {
  return page.evaluate(() => {
    const { cy } = (window as any).explorer;
    return {
      nodes: cy.nodes().map((n: any) => ({
        id: n.id(),
        type: n.data('type'),
        label: n.data('label'),
        stances: n.data('stances'),
        hidden: n.hasClass('filtered'),
        path: n.hasClass('path'),
      })),
      edges: cy.edges().map((e: any) => ({ id: e.id(), type: e.data('type'), path: e.hasClass('path') })),
    };
  });
}

async function idle(): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.busy === undefined, undefined, { timeout: 20_000 });
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  await resetGraph(db.graph);
  server = await startServer();
  base = server.url;
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  context.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  await db.close();
});

describe('the explorer in Chromium', () => {
  it(
    'loads /explorer with its canvas, legend, filters and an empty-canvas hint',
    async () => {
      const response = await page.goto(`${base}/explorer`);
      expect(response?.status()).toBe(200);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
      expect(await page.title()).toBe('claimgraph explorer');
      expect(await page.locator('#legend li').count()).toBeGreaterThanOrEqual(9);
      expect(await page.locator('#cy canvas').count()).toBeGreaterThan(0);
      await expect.poll(() => page.locator('#filter-topic option').count()).toBeGreaterThan(1);
      expect(await page.locator('#empty').isVisible()).toBe(true);
      await shot('01-loaded');
    },
    STEP_TIMEOUT,
  );

  it(
    'searches "Lavrov" and puts him on the canvas',
    async () => {
      await page.fill('#search', 'Lavrov');
      const suggestion = page.locator('[data-testid=suggestion][data-id="person:sergei-lavrov"]');
      await suggestion.waitFor({ timeout: 10_000 });
      await shot('02-search-suggestions');
      await suggestion.click();
      await expect.poll(async () => (await canvas()).nodes.map((n) => n.id)).toEqual(['person:sergei-lavrov']);
      await expect.poll(() => page.textContent('[data-testid=detail-title]')).toBe('Sergei Lavrov');
      await idle();
      expect(await page.locator('[data-testid=stance-table] tbody tr').count()).toBeGreaterThan(0);
      expect(page.url()).toContain('n=person%3Asergei-lavrov');
      await shot('03-lavrov-added');
    },
    STEP_TIMEOUT,
  );

  it(
    'expands Lavrov into his neighbourhood',
    async () => {
      await page.click('#expand');
      await expect.poll(async () => (await canvas()).nodes.length, { timeout: 15_000 }).toBeGreaterThan(5);
      await idle();
      const { nodes, edges } = await canvas();
      expect(nodes.filter((n) => n.type === 'STATEMENT').length).toBeGreaterThan(0);
      expect(edges.some((e) => e.type === 'ATTRIBUTED_TO')).toBe(true);
      expect(await page.locator('#empty').isVisible()).toBe(false);
      expect(page.url()).toContain('x=person%3Asergei-lavrov');
      await shot('04-lavrov-expanded');
    },
    STEP_TIMEOUT,
  );

  it(
    'opens the "absolutely unacceptable" statement: speaker, date and the span highlighted in the article',
    async () => {
      await page.fill('#search', 'absolutely unacceptable');
      const suggestion = page.locator('[data-testid=suggestion]', { hasText: 'absolutely unacceptable' }).first();
      await suggestion.waitFor({ timeout: 10_000 });
      await suggestion.click();
      await page.waitForSelector('[data-testid=statement-text]', { timeout: 15_000 });
      await idle();
      const text = (await page.textContent('[data-testid=statement-text]'))!;
      expect(text).toContain('absolutely unacceptable');
      expect(await page.textContent('[data-testid=speaker]')).toBe('Taro Kono');
      expect(await page.textContent('[data-testid=date]')).toContain('2017-11-24');
      expect(await page.textContent('[data-testid=date]')).toContain('known to the day');
      expect(await page.textContent('[data-testid=span]')).toBe(text);
      expect(await page.locator('[data-testid=article-text] mark').count()).toBe(1);
      expect(await page.getAttribute('[data-testid=article-link]', 'href')).toMatch(/^https?:\/\//);
      expect(await page.locator('[data-testid=topics] li').count()).toBeGreaterThan(0);
      await shot('05-statement-detail');
    },
    STEP_TIMEOUT,
  );

  it(
    'finds a path from Lavrov to Trump and highlights it',
    async () => {
      await page.fill('#path-from', 'person:sergei-lavrov');
      await page.fill('#path-to', 'Trump');
      await page.click('#path-find');
      await page.waitForSelector('[data-testid=path-summary]', { timeout: 15_000 });
      await idle();
      const { nodes, edges } = await canvas();
      const onPath = nodes.filter((n) => n.path).map((n) => n.id);
      expect(onPath).toContain('person:sergei-lavrov');
      expect(onPath).toContain('person:donald-trump');
      expect(edges.filter((e) => e.path).length).toBeGreaterThan(0);
      expect(await page.textContent('#path-result')).toContain('Donald Trump');
      expect(page.url()).toContain('p=person%3Asergei-lavrov%3Eperson%3Adonald-trump');
      await shot('06-path-lavrov-trump');
    },
    STEP_TIMEOUT,
  );

  it(
    'applies a stance filter to what is drawn',
    async () => {
      const before = await canvas();
      const statements = before.nodes.filter((n) => n.type === 'STATEMENT');
      const stance = 'CONCERN';
      expect(statements.some((n) => n.stances.includes(stance))).toBe(true);
      expect(statements.some((n) => !n.stances.includes(stance))).toBe(true);
      await page.selectOption('#filter-stance', stance);
      await expect.poll(async () => (await canvas()).nodes.filter((n) => n.hidden).length).toBeGreaterThan(0);
      const after = (await canvas()).nodes.filter((n) => n.type === 'STATEMENT');
      expect(after.filter((n) => !n.hidden).length).toBeGreaterThan(0);
      for (const n of after) expect(n.hidden).toBe(!n.stances.includes(stance));
      expect(await page.textContent('#filter-summary')).toContain(`stance ${stance}`);
      expect(page.url()).toContain(`stance=${stance}`);
      await shot('07-stance-filter');
    },
    STEP_TIMEOUT,
  );

  it(
    'exports what is drawn as GraphML that parses, with the visible nodes',
    async () => {
      const visible = (await canvas()).nodes.filter((n) => !n.hidden);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-graphml')]);
      expect(download.suggestedFilename()).toMatch(/\.graphml$/);
      const file = await download.path();
      const xml = readFileSync(file, 'utf8');
      const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
      const nodes = [parsed.graphml.graph.node].flat().filter(Boolean);
      const edges = [parsed.graphml.graph.edge].flat().filter(Boolean);
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes.map((n: any) => n['@id']).sort()).toEqual(visible.map((n) => n.id).sort());
      expect(edges.length).toBeGreaterThan(0);
      await shot('08-graphml-exported');
    },
    STEP_TIMEOUT,
  );

  it(
    'filters by date from a click on the timeline of the selected actor',
    async () => {
      const bar = page.locator('[data-testid=timeline-chart] rect.bar-rect').first();
      await bar.waitFor({ timeout: 10_000 });
      expect(await page.textContent('#timeline')).toContain('Sergei Lavrov');
      await bar.click();
      await expect.poll(() => page.inputValue('#filter-from')).toBe('2017-11-01');
      expect(await page.inputValue('#filter-to')).toBe('2017-11-30');
      expect(page.url()).toContain('from=2017-11-01');
      await idle();
      await shot('09-timeline-date-filter');
      // Every statement of the seed is of 24 November 2017: the date filter hides none of them.
      const statements = (await canvas()).nodes.filter((n) => n.type === 'STATEMENT');
      for (const n of statements) expect(n.hidden).toBe(!n.stances.includes('CONCERN'));
    },
    STEP_TIMEOUT,
  );

  it(
    'restores the view from its link in a new page, and shows API errors as messages',
    async () => {
      const link = page.url();
      const expected = await canvas();
      const other = await page.context().newPage();
      const previous = page;
      page = other;
      try {
        await page.goto(link);
        await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
        await idle();
        const restored = await canvas();
        expect(restored.nodes.map((n) => n.id).sort()).toEqual(expected.nodes.map((n) => n.id).sort());
        expect(restored.nodes.filter((n) => n.hidden).length).toBe(expected.nodes.filter((n) => n.hidden).length);
        expect(await page.inputValue('#filter-stance')).toBe('CONCERN');
        await shot('10-link-restored');

        await page.fill('#path-from', 'person:sergei-lavrov');
        await page.fill('#path-to', 'person:nobody-at-all');
        await page.click('#path-find');
        const error = page.locator('[data-testid=message-error]').last();
        await error.waitFor({ timeout: 10_000 });
        expect(await error.textContent()).toMatch(/Finding paths failed: .*\S/);
        expect((await canvas()).nodes.length).toBe(restored.nodes.length);
        await shot('11-api-error-message');
      } finally {
        page = previous;
        await other.close();
      }
      expect(pageErrors).toEqual([]);
    },
    STEP_TIMEOUT,
  );
});

describe('a stored URL that is not http(s)', () => {
  it(
    'is shown as text, never as a link, in the statement and the article detail',
    async () => {
      // An older graph may hold what dossiers no longer accept.
      const [row] = await db.graph.write<{ article: string; statement: string; url: string; was: string }>(
        "MATCH (s:Statement)-[:REPORTED_IN]->(a:Article) WITH a, s LIMIT 1 WITH a, s, a.url AS was SET a.url = 'javascript:alert(document.domain)' RETURN a.id AS article, s.id AS statement, a.url AS url, was",
      );
      const errors: string[] = [];
      try {
        // A fresh page for each: the explorer reads its view from the URL when it loads.
        for (const [id, ready] of [
          [row!.statement, '[data-testid=statement-text]'],
          [row!.article, '[data-testid=detail-title]'],
        ] as const) {
          const p = await page.context().newPage();
          p.on('pageerror', (error) => errors.push(error.message));
          try {
            await p.goto(`${base}/explorer#n=${encodeURIComponent(id)}&sel=${encodeURIComponent(id)}`);
            await p.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
            await p.waitForSelector(ready, { timeout: 15_000 });
            await p.waitForFunction(() => document.body.dataset.busy === undefined, undefined, { timeout: 20_000 });
            const hrefs = await p.$$eval('a[href]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
            expect(hrefs.filter((href) => !/^(https?:|\/|#|blob:)/i.test(href))).toEqual([]);
            expect(await p.locator('[data-testid=article-link]').count()).toBe(0);
            if (id === row!.article) await expect.poll(() => p.textContent('#detail')).toContain(row!.url);
            await p.screenshot({ path: path.join(SHOTS, `13-bad-url-as-text-${id === row!.article ? 'article' : 'statement'}.png`) });
          } finally {
            await p.close();
          }
        }
        expect(errors).toEqual([]);
      } finally {
        await db.graph.write('MATCH (a:Article {id: $id}) SET a.url = $was', { id: row!.article, was: row!.was });
      }
    },
    STEP_TIMEOUT,
  );
});

describe('the explorer under its Content-Security-Policy', () => {
  it('is served with one, and broke none of its rules in all of the above', async () => {
    const response = await page.request.get(`${base}/explorer`);
    expect(response.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    expect(cspViolations).toEqual([]);
  });
});

describe('the explorer with 500 nodes', () => {
  it(
    'draws, lays out and filters 500 nodes and 700 edges quickly',
    async () => {
      const p = await page.context().newPage();
      try {
        await p.goto(`${base}/explorer`);
        await p.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
        const ms = await p.evaluate(() => {
          const { canvas } = (window as any).explorer;
          const types = ['PERSON', 'STATEMENT', 'TOPIC', 'COUNTRY', 'ARTICLE'];
          const nodes = Array.from({ length: 500 }, (_, i) => ({
            id: `synthetic:${i}`,
            type: types[i % types.length],
            label: `Node number ${i}`,
            date: '2017-11-24',
            topics: [],
          }));
          const edges = Array.from({ length: 700 }, (_, i) => ({
            id: `e${i}`,
            type: 'MENTIONS',
            source: `synthetic:${i % 500}`,
            target: `synthetic:${(i * 7 + 1) % 500}`,
            properties: {},
          }));
          const started = performance.now();
          canvas.add(nodes, edges);
          canvas.layout();
          return performance.now() - started;
        });
        await p.screenshot({ path: path.join(SHOTS, '12-five-hundred-nodes.png') });
        expect(ms).toBeLessThan(5000);
        await p.selectOption('#filter-stance', 'SUPPORT');
        await expect.poll(() => p.evaluate(() => (window as any).explorer.cy.nodes('.filtered').length)).toBe(100);
        expect(await p.textContent('#status')).toContain('400 of 500 nodes');
      } finally {
        await p.close();
      }
    },
    STEP_TIMEOUT,
  );
});
