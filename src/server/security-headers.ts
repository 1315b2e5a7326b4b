/**
 * Security headers on every response, whoever built it (yoga, our plugins, the HTTP edge):
 * `nosniff`, no framing (X-Frame-Options and CSP frame-ancestors) and no Referer sent on.
 * A response without a policy of its own — JSON, a script, a 404 — gets a CSP that allows
 * nothing at all; the two HTML pages (GraphiQL, the explorer) set theirs, built here.
 */
import type { Plugin } from 'graphql-yoga';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

/**
 * A Content-Security-Policy: `directives` on top of a base that allows nothing (no default
 * source, no <base>, no form posts, no framing by anyone).
 */
export function contentSecurityPolicy(directives: Record<string, string[]> = {}): string {
  const all: Record<string, string[]> = {
    'default-src': ["'none'"],
    ...directives,
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(all)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/** The policy of everything that is not a page: nothing may load or run. */
export const NOTHING_CSP = contentSecurityPolicy();

/** The headers of every response, with `csp` unless the response has a policy already. */
export function applySecurityHeaders(headers: { has(name: string): boolean; set(name: string, value: string): void }, csp = NOTHING_CSP): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
  if (!headers.has('content-security-policy')) headers.set('content-security-policy', csp);
}

export function securityHeadersPlugin(): Plugin {
  return {
    onResponse({ response }) {
      applySecurityHeaders(response.headers);
    },
  };
}
