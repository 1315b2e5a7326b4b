/**
 * What a field costs (@pothos/plugin-complexity): 1 per field, plus 1 per item of its list
 * arguments, and its selection multiplied by how many items it can return. A field with a size
 * argument (`first`, `last`, `limit`) multiplies by the size asked (or its default); a list field
 * with lists of ids (`nodes(ids:)`) by their lengths; a connection without either by the default
 * page size; the `edges` of a connection by 1 (its page is counted on the connection); any other
 * list by LIST_MULTIPLIER. Fields whose database work is more than their answer (the exploration
 * fields) add that work (`costsWork`), in units of HEAVY_READ. The server refuses documents above
 * CLAIMGRAPH_MAX_COMPLEXITY before running them (src/server/limits.ts).
 */
import type { FieldComplexityValue } from '@pothos/plugin-complexity';
import { getNamedType, getNullableType, isListType, isObjectType, type GraphQLField, type GraphQLOutputType } from 'graphql';
import type { Context } from './context.js';
import { forEachList } from './list-arguments.js';
import { DEFAULT_PAGE_SIZE } from './pagination.js';

/** Items assumed for a list whose length no argument bounds. */
export const LIST_MULTIPLIER = 10;

/**
 * The work of one read that may go over every statement in scope: an aggregation (a timeline,
 * contradictions, a 10 × 10 stance matrix: 1.5–2 s each on the 1M-statement benchmark graph) or a
 * path search at its usual depth. A twentieth of the default complexity limit (100,000): one
 * request holds fewer than twenty of them, whatever it selects.
 */
export const HEAVY_READ = 5_000;

const SIZE_ARGUMENTS = ['first', 'last', 'limit'] as const;

export function fieldComplexity(args: Record<string, unknown>, ctx: Context, field: GraphQLField<unknown, Context>): { field: number; multiplier: number } {
  return { field: 1 + listItems(args, field), multiplier: itemsReturned(args, ctx, field) };
}

/** How many items the field can return, for the multiplier of its selection. */
function itemsReturned(args: Record<string, unknown>, ctx: Context, field: GraphQLField<unknown, Context>): number {
  const size = SIZE_ARGUMENTS.map((name) => args[name]).find((value): value is number => typeof value === 'number');
  if (size !== undefined) {
    // A page larger than the server allows is refused by the page size limit itself, naming
    // that limit; counting it at its asked size would refuse it as "too complex" instead.
    const counted = args.first === size || args.last === size ? Math.min(size, ctx.maxPageSize) : size;
    return Math.max(counted, 0);
  }
  if (hasField(field.type, 'pageInfo')) return DEFAULT_PAGE_SIZE;
  if (!isListType(getNullableType(field.type))) return 1;
  if (hasField(field.type, 'cursor')) return 1;
  // A list of ids names what comes back: one item per id (per combination, for several lists).
  const idLists = field.args.filter((arg) => isListType(getNullableType(arg.type)) && getNamedType(arg.type).name === 'ID' && Array.isArray(args[arg.name]));
  if (idLists.length > 0) return idLists.reduce((product, arg) => product * (args[arg.name] as unknown[]).length, 1);
  return LIST_MULTIPLIER;
}

/** The items of every list in the field's arguments: each is read, checked and looked up. */
function listItems(args: Record<string, unknown>, field: GraphQLField<unknown, Context>): number {
  let items = 0;
  for (const arg of field.args) forEachList(args[arg.name], arg.type, arg.name, (_path, length) => (items += length));
  return items;
}

/**
 * The cost of a field whose database work is more than its answer: `work(args)` on top of what
 * `fieldComplexity` counts, and `returned(args)` as the multiplier when the arguments bound the
 * answer better than a size argument does. Arguments out of their range count as their bound, so
 * that the argument's own error names it rather than "too complex".
 */
export function costsWork<Args>(work: (args: Args) => number, returned?: (args: Args) => number) {
  // Generic in the field's own arguments, which need only have those `work` reads.
  return <FieldArgs extends Args>(args: FieldArgs, ctx: Context, field: GraphQLField<unknown, Context, FieldArgs>): FieldComplexityValue => {
    const base = fieldComplexity(args as Record<string, unknown>, ctx, field as GraphQLField<unknown, Context>);
    return { field: base.field + Math.round(work(args)), multiplier: returned ? returned(args) : base.multiplier };
  };
}

/** An integer argument as counted for its cost: its default when absent, held within [min, max]. */
export function counted(value: number | null | undefined, fallback: number, min: number, max: number): number {
  return Math.min(Math.max(value ?? fallback, min), max);
}

/** Whether the field's named type is an object with that field: `pageInfo` marks a Relay connection, `cursor` its edges. */
function hasField(type: GraphQLOutputType, name: string): boolean {
  const named = getNamedType(type);
  return isObjectType(named) && name in named.getFields();
}
