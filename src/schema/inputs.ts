/** Small conversions of GraphQL input values into repository parameters. */

/** A Date scalar input → "YYYY-MM-DD" (null stays null). */
export function isoDay(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** An ID input (string or number) → string (null stays null). */
export function idOrNull(id: string | number | null | undefined): string | null {
  return id == null ? null : String(id);
}
