/**
 * GET /explorer — the graph explorer page (src/explorer/), served by the API's own server. The
 * browser code is TypeScript bundled with esbuild in-process at the first request (a few
 * hundred milliseconds) and kept in memory, so `npm start` stays one command on a fresh clone
 * and every test runs the code as it is now. `npm run explorer:build` writes the same bundle to
 * dist/explorer/ (for static hosting, or to see that it builds). The page talks to the server
 * only through POST /graphql and GET /export/subgraph.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { ROOT } from '../config.js';
import type { Logger } from '../logger.js';

export const EXPLORER_PATH = '/explorer';
export const EXPLORER_DIR = path.join(ROOT, 'src', 'explorer');

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
  return {
    [EXPLORER_PATH]: { body: html, contentType: 'text/html; charset=utf-8' },
    [`${EXPLORER_PATH}/`]: { body: html, contentType: 'text/html; charset=utf-8' },
    [`${EXPLORER_PATH}/app.js`]: { body: js, contentType: 'text/javascript; charset=utf-8' },
    [`${EXPLORER_PATH}/style.css`]: { body: css, contentType: 'text/css; charset=utf-8' },
  };
}

export function explorerPlugin(log: Logger): Plugin {
  let assets: Promise<Record<string, Asset>> | undefined;
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== EXPLORER_PATH && !url.pathname.startsWith(`${EXPLORER_PATH}/`)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return endResponse(new fetchAPI.Response(`${EXPLORER_PATH} answers GET only`, { status: 405, headers: { allow: 'GET' } }));
      }
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
      } catch (error) {
        return endResponse(
          new fetchAPI.Response(`The explorer page could not be built: ${error instanceof Error ? error.message : String(error)}`, {
            status: 500,
            headers: { 'content-type': 'text/plain; charset=utf-8' },
          }),
        );
      }
      const asset = built[url.pathname];
      if (!asset) return endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : asset.body, { status: 200, headers: { 'content-type': asset.contentType, 'cache-control': 'no-cache' } }));
    },
  };
}
