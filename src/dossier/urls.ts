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

/** What an article known only by its text is stored under (see extract's syntheticUrl): a name, never a link. */
export const SYNTHETIC_URL_PREFIX = 'urn:sha256:';
const SYNTHETIC_URL = /^urn:sha256:[0-9a-f]{32,64}$/;

/** An article url a dossier may carry: http(s), or the synthetic name of an article without one. */
export const isArticleUrl = (value: string): boolean => isHttpUrl(value) || SYNTHETIC_URL.test(value);

export const HTTP_URL_MESSAGE = 'must be an http(s) URL (other schemes, such as javascript: or data:, are refused)';
