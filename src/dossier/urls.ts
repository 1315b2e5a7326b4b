/**
 * Which URLs claimgraph stores and renders as links: http(s) only. A `javascript:` or `data:`
 * URL in a link runs in the reader's page, so dossiers refuse other schemes and the explorer
 * shows any other stored value (an older graph may hold one) as text. Pure, with no imports:
 * the dossier schema and the explorer's bundle share it.
 */

/** The URL as a link target (normalised by the URL parser), or null when it is not an absolute http(s) URL. */
export function httpHref(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

export const isHttpUrl = (value: string): boolean => httpHref(value) !== null;

export const HTTP_URL_MESSAGE = 'must be an http(s) URL (other schemes, such as javascript: or data:, are refused)';
