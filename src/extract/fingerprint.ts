/**
 * The same text is the same article, whatever its URL: an extracted article's id comes from a
 * fingerprint of its cleaned text (site chrome, line wrapping and spacing already normalised by
 * clean.ts), never from the address it was fetched from. It is the id an article extracted
 * without a URL always had (`article:urn-sha256-…`, the slug of its synthetic URL), so graphs
 * written before keep their ids. Hand-made dossiers keep theirs (given, or from their url).
 */
import { slugId } from '../dossier/ids.js';
import { syntheticUrl } from './build.js';

/** The article id of a cleaned article text. */
export function articleIdOfText(text: string): string {
  return slugId('Article', syntheticUrl(text));
}
