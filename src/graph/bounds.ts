/**
 * The checks every exploration function makes on its own arguments. Each module of src/graph
 * owns the bounds its queries are written for (EXPLORE_BOUNDS, TIMELINE_BOUNDS, …); the API
 * validates against the same objects, so these checks only fire for a caller below the API,
 * which then gets an error naming the argument rather than an answer it didn't ask for.
 */

/** A RangeError naming the argument and its bound, unless `value` is a whole number in [min, max]. */
export function requireWithin(name: string, value: number, min: number, max: number): void {
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw new RangeError(`${name} must be a whole number between ${min} and ${max}, got ${value}`);
}

/** A RangeError naming the argument and its bound, unless it holds between min and max `what` (items, characters). */
export function requireLengthWithin(name: string, length: number, min: number, max: number, what: string): void {
  if (length < min || length > max) throw new RangeError(`${name} must hold between ${min} and ${max} ${what}, got ${length}`);
}
