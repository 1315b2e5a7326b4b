/**
 * What a field costs (@pothos/plugin-complexity): 1 per field, its selection multiplied by how
 * many items it can return. A field with a size argument (`first`, `last`, `limit`) multiplies
 * by the size asked (or its default); a connection without one by the default page size; the
 * `edges` of a connection by 1 (its page is counted on the connection); any other list by
 * LIST_MULTIPLIER. The server refuses documents above CLAIMGRAPH_MAX_COMPLEXITY before running
 * them (src/server/limits.ts).
 */
import type { FieldComplexityValue } from '@pothos/plugin-complexity';
import { getNamedType, getNullableType, isListType, isObjectType, type GraphQLField, type GraphQLOutputType } from 'graphql';
import type { Context } from './context.js';
import { DEFAULT_PAGE_SIZE } from './pagination.js';

/** Items assumed for a list whose length no argument bounds. */
export const LIST_MULTIPLIER = 10;

const SIZE_ARGUMENTS = ['first', 'last', 'limit'] as const;

export function fieldComplexity(args: Record<string, unknown>, ctx: Context, field: GraphQLField<unknown, Context>): FieldComplexityValue {
  const size = SIZE_ARGUMENTS.map((name) => args[name]).find((value): value is number => typeof value === 'number');
  if (size !== undefined) {
    // A page larger than the server allows is refused by the page size limit itself, naming
    // that limit; counting it at its asked size would refuse it as "too complex" instead.
    const counted = args.first === size || args.last === size ? Math.min(size, ctx.maxPageSize) : size;
    return { field: 1, multiplier: Math.max(counted, 0) };
  }
  if (hasField(field.type, 'pageInfo')) return { field: 1, multiplier: DEFAULT_PAGE_SIZE };
  if (isListType(getNullableType(field.type))) return { field: 1, multiplier: hasField(field.type, 'cursor') ? 1 : LIST_MULTIPLIER };
  return 1;
}

/** Whether the field's named type is an object with that field: `pageInfo` marks a Relay connection, `cursor` its edges. */
function hasField(type: GraphQLOutputType, name: string): boolean {
  const named = getNamedType(type);
  return isObjectType(named) && name in named.getFields();
}
