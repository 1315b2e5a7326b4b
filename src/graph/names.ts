/**
 * Exact lookups of name keys through the `name_keys` full-text index (keyword analyser: one
 * term per key). A key travels as a quoted Lucene phrase, so that characters Lucene treats
 * as syntax (AND, *, :, …) are plain text; only `"` and `\` need escaping inside quotes.
 */
export function exactPhrase(key: string): string {
  return `"${key.replace(/["\\]/g, '\\$&')}"`;
}
