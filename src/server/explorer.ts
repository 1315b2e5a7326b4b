/**
 * GET /explorer — the graph explorer page (src/explorer/), served by the API's own server. The
 * browser code is TypeScript bundled with esbuild in-process at the first request (a few
 * hundred milliseconds) and kept in memory, so `npm start` stays one command on a fresh clone
 * and every test runs the code as it is now. `npm run explorer:build` writes the same bundle to
 * dist/explorer/ (for static hosting, or to see that it builds). The page talks to the server
 * only through POST /graphql and GET /export/subgraph.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { ROOT } from '../config.js';
import type { Logger } from '../logger.js';
import { errorResponse } from './json-error.js';
import { contentSecurityPolicy } from './security-headers.js';

export const EXPLORER_PATH = '/explorer';
export const EXPLORER_DIR = path.join(ROOT, 'src', 'explorer');
/** Every path the explorer serves (the page, under two names, its bundle and its stylesheet); anything else under /explorer is a 404. */
export const EXPLORER_FILES = [EXPLORER_PATH, `${EXPLORER_PATH}/`, `${EXPLORER_PATH}/app.js`, `${EXPLORER_PATH}/style.css`] as const;

/** The one-line stylesheet cytoscape puts in the page's <head> (cytoscape's BRp.init). */
const CYTOSCAPE_STYLESHEET = '.__________cytoscape_container { position: relative; }';

/**
 * The page's Content-Security-Policy: its bundle and stylesheet from this server, requests to
 * this server only, no inline or eval'd script. Two allowances for styles, neither of which runs
 * code: the `style` attributes the page sets (legend swatches, type badges) and cytoscape's
 * one-line <style> (by its hash). Downloads are blob: links, which the policy does not govern.
 */
export const EXPLORER_CSP = contentSecurityPolicy({
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'style-src-elem': ["'self'", `'sha256-${createHash('sha256').update(CYTOSCAPE_STYLESHEET).digest('base64')}'`],
  'style-src-attr': ["'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
});

interface Asset {
  body: string;
  contentType: string;
}

/** Bundles src/explorer/main.ts (with cytoscape and the export writers) into one ES module. */
export async function buildExplorer(options: { outdir?: string; minify?: boolean } = {}): Promise<Record<string, Asset>> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [path.join(EXPLORER_DIR, 'main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: options.minify ?? true,
    sourcemap: false,
    legalComments: 'none',
    tsconfig: path.join(EXPLORER_DIR, 'tsconfig.json'),
    write: Boolean(options.outdir),
    outfile: path.join(options.outdir ?? path.join(ROOT, 'dist', 'explorer'), 'app.js'),
    logLevel: 'silent',
  });
  const [html, css] = await Promise.all([readFile(path.join(EXPLORER_DIR, 'index.html'), 'utf8'), readFile(path.join(EXPLORER_DIR, 'style.css'), 'utf8')]);
  const js = result.outputFiles?.[0]?.text ?? (await readFile(path.join(options.outdir!, 'app.js'), 'utf8'));
  if (options.outdir) {
    await writeFile(path.join(options.outdir, 'index.html'), html);
    await writeFile(path.join(options.outdir, 'style.css'), css);
  }
  const [page, slash, app, style] = EXPLORER_FILES;
  return {
    [page]: { body: html, contentType: 'text/html; charset=utf-8' },
    [slash]: { body: html, contentType: 'text/html; charset=utf-8' },
    [app]: { body: js, contentType: 'text/javascript; charset=utf-8' },
    [style]: { body: css, contentType: 'text/css; charset=utf-8' },
  };
}

export function explorerPlugin(log: Logger): Plugin {
  let assets: Promise<Record<string, Asset>> | undefined;
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== EXPLORER_PATH && !url.pathname.startsWith(`${EXPLORER_PATH}/`)) return;
      const json = (status: number, message: string, code: string, headers?: Record<string, string>) =>
        endResponse(errorResponse(fetchAPI, status, message, code, headers));
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return json(405, `${EXPLORER_PATH} answers GET only.`, 'METHOD_NOT_ALLOWED', { allow: 'GET, HEAD' });
      if (!assets) {
        const started = performance.now();
        assets = buildExplorer();
        assets.then(
          () => log.info('explorer built', { ms: Math.round(performance.now() - started) }),
          (error: unknown) => {
            log.error('explorer build failed', { error: error instanceof Error ? error.message : String(error) });
            assets = undefined; // try again at the next request
          },
        );
      }
      let built: Record<string, Asset>;
      try {
        built = await assets;
      } catch {
        // The build error names files on this machine: the log has it (above), the client does not.
        return json(500, 'The explorer page could not be built; the server log says why.', 'INTERNAL_SERVER_ERROR');
      }
      const asset = built[url.pathname];
      if (!asset) return json(404, `Not found: the explorer serves ${EXPLORER_FILES.join(', ')}.`, 'NOT_FOUND');
      const headers: Record<string, string> = { 'content-type': asset.contentType, 'cache-control': 'no-cache' };
      if (asset.contentType.startsWith('text/html')) headers['content-security-policy'] = EXPLORER_CSP;
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : asset.body, { status: 200, headers }));
    },
  };
}
