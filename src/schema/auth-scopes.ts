/**
 * Pothos scope-auth over the request's role: each scope is "at least this role". Query
 * fields need `reader` and mutations `editor` (set once on the root types in builder.ts); a
 * refusal names the role the field needs and the one the request has.
 */
import type { AuthFailure } from '@pothos/plugin-scope-auth';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { hasRole, ROLES, type Role } from '../auth/roles.js';
import type { Context } from './context.js';

export type RoleScopes = Record<Role, boolean>;

export function roleScopes(context: Context): RoleScopes {
  return Object.fromEntries(ROLES.map((needed) => [needed, hasRole(context.role, needed)])) as RoleScopes;
}

/** The roles a failed check asked for (any of them would have done). */
function rolesAskedFor(failure: AuthFailure): Role[] {
  if ('failures' in failure) return failure.failures.flatMap(rolesAskedFor);
  return 'scope' in failure && (ROLES as readonly string[]).includes(failure.scope) ? [failure.scope as Role] : [];
}

export function forbidden(context: Context, info: GraphQLResolveInfo, failure: AuthFailure): GraphQLError {
  const asked = rolesAskedFor(failure);
  // The least of the roles asked for is the one that suffices.
  const needed = ROLES.find((r) => asked.includes(r)) ?? 'admin';
  const has = context.role ? `the ${context.role} role` : 'no role';
  return new GraphQLError(`Forbidden: ${info.parentType.name}.${info.fieldName} needs the ${needed} role; this request has ${has}.`, {
    extensions: { code: 'FORBIDDEN', requiredRole: needed },
  });
}
