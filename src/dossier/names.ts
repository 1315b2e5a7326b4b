/**
 * Name keys: how names and aliases are compared. "Mr Lavrov", "lavrov" and "LAVROV" share the
 * key "lavrov"; curly and straight apostrophes are the same; whitespace is collapsed.
 */
import { createHash } from 'node:crypto';

const HONORIFIC = /^(mr|mrs|ms|miss|mx|dr|sir|dame)\.?\s+/;

export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(HONORIFIC, '');
}

/** The distinct keys of a name and its aliases, the name's first. */
export function nameKeys(name: string, aliases: readonly string[] = []): string[] {
  return [...new Set([name, ...aliases].map(nameKey).filter(Boolean))];
}

/**
 * "Sergei Lavrov" → "sergei-lavrov": accents dropped, anything else becomes a hyphen. A name
 * with no Latin letters or digits ("Сергей Лавров") gets a short hash of itself instead, so
 * that distinct names never share a slug.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 120)
    .replace(/^-+|-+$/g, '');
  return slug || `h${createHash('sha256').update(nameKey(text)).digest('hex').slice(0, 12)}`;
}
