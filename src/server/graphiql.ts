/**
 * GraphiQL's page, from the installed @graphql-yoga/render-graphiql (yoga's default loads it
 * from a CDN, which leaves the page blank — "Loading …" — without internet). The page is one
 * HTML file of ~9 MB with everything inline, so it is rendered once and kept, together with the
 * Content-Security-Policy that lets exactly it run:
 * - its one inline script, allowed by SHA-256 (no 'unsafe-inline', no 'unsafe-eval');
 * - Monaco's editor workers, which the script starts from blob: URLs;
 * - styles inline: the page's own <style>, and the <style> elements Monaco adds at run time
 *   without a nonce (a hash or nonce would switch 'unsafe-inline' off and break them); styles
 *   run no code;
 * - fonts and the icon as data: URLs, and requests to this server only.
 */
import { createHash } from 'node:crypto';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';
import { GRAPHQL_PATH } from './routes.js';
import { contentSecurityPolicy } from './security-headers.js';

interface Page {
  html: string;
  csp: string;
}

export interface GraphiQLPage {
  /** For yoga's `graphiql` option: the options on GET /graphql exactly (no other path), else none. */
  options(request: Request): GraphiQLOptions | false;
  /** For yoga's `renderGraphiQL` option: the page for `options`, rendered once. */
  render(): string;
  /** Puts the page's CSP on GraphiQL's response. */
  plugin: Plugin;
}

export function graphiqlPage(options: GraphiQLOptions): GraphiQLPage {
  let page: Page | undefined;
  const built = () => (page ??= build(options));
  const isGraphiQL = (request: Request, response: Response) =>
    request.method === 'GET' && new URL(request.url).pathname === GRAPHQL_PATH && /^text\/html/.test(response.headers.get('content-type') ?? '');
  return {
    options: (request) => (new URL(request.url).pathname === GRAPHQL_PATH ? options : false),
    // yoga passes back the options given by `options()`: always these.
    render: () => built().html,
    plugin: {
      onResponse({ request, response }) {
        if (isGraphiQL(request, response)) response.headers.set('content-security-policy', built().csp);
      },
    },
  };
}

function build(options: GraphiQLOptions): Page {
  const html = renderGraphiQL(options);
  const start = html.indexOf('<script>');
  const end = html.slice(start).search(/<\/script/i) + start;
  if (start < 0 || end < start || /<script\b[^>]*\bsrc=/i.test(html)) throw new Error('GraphiQL page: expected exactly one inline script');
  const script = html.slice(start + '<script>'.length, end);
  const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
  const csp = contentSecurityPolicy({
    'script-src': [hash],
    'worker-src': ['blob:'],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
  });
  return { html, csp };
}
