/** Neo4j values → plain JSON-friendly values (temporal types become ISO strings). */
import { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime, isPoint } from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isPoint(value)) return { x: value.x, y: value.y, z: value.z, srid: value.srid };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
  return out;
}

/**
 * JavaScript numbers travel to Neo4j as floats; LIMIT, SKIP and list slices need integers.
 * Wrap such parameters with `int`.
 */
export { int } from 'neo4j-driver';
