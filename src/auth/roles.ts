/**
 * Who may do what: `reader` queries, `editor` also ingests and edits, `admin` also manages
 * access. Each role includes the ones below it, so a check is "at least this role".
 */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether `role` (null: no role at all) grants what `needed` grants. */
export function hasRole(role: Role | null, needed: Role): boolean {
  return role !== null && ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
