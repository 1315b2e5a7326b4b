/** The `x(id:, name:)` root fields: exactly one of the two, the name matched against names and aliases. */
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { nodesByIds, nodesByName } from '../graph/nodes.js';
import type { NodeLabel, NodeRow } from '../graph/model.js';
import type { Context } from './context.js';

export const NameArg = z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters');

/** The node with that id, or the best match for that name, or null when there is none. */
export async function byIdOrName<T extends NodeRow>(
  ctx: Context,
  label: NodeLabel,
  args: { id?: string | number | null; name?: string | null },
): Promise<T | null> {
  if ((args.id == null) === (args.name == null)) {
    throw new GraphQLError('Give exactly one of "id" or "name".', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const [row] = args.id != null ? await nodesByIds(ctx.graph, label, [String(args.id)]) : await nodesByName(ctx.graph, label, args.name!, 1);
  return (row as T | null | undefined) ?? null;
}
