/** The Pothos builder: its SchemaTypes (context, scalars, connection extras) and plugins. Nothing else. */
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { DateResolver, DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { forbidden, roleScopes, type RoleScopes } from './auth-scopes.js';
import { fieldComplexity } from './complexity.js';
import type { Context } from './context.js';
import { decodeGlobalID, encodeGlobalID } from './global-ids.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    Date: { Input: Date; Output: string };
    DateTime: { Input: Date; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
  Connection: { totalCount: number };
  AuthScopes: RoleScopes;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  // Scope-auth first, so that a refused field's arguments aren't even validated.
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, RelayPlugin, DataloaderPlugin, ComplexityPlugin],
  // Costs only: the limit is checked per request, before execution (src/server/limits.ts).
  complexity: { fieldComplexity },
  scopeAuth: {
    authScopes: roleScopes,
    unauthorizedError: (_parent, context, info, result) => forbidden(context, info, result.failure),
  },
  relay: {
    encodeGlobalID,
    decodeGlobalID,
    nodeQueryOptions: {
      description: 'Any node by its id (e.g. "person:sergei-lavrov").',
      args: { id: { description: 'The node id; its prefix names its type.' } },
    },
    nodesQueryOptions: {
      description: 'Several nodes by their ids, in the order given.',
      args: { ids: { description: 'The node ids.' } },
    },
    edgesFieldOptions: { nullable: false, description: 'The items of this page, each with its cursor.' },
    pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    idFieldOptions: { description: 'The stable id of this node: a readable slug or, for statements, a content hash.' },
    nodeTypeOptions: { description: 'Anything with a stable id, fetchable through `node(id:)`.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its list (Relay cursor pagination).' },
    cursorFieldOptions: { description: 'Pass as `after` to get the items after this one.' },
    hasNextPageFieldOptions: { description: 'Whether items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of the page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of the page.' },
    firstArgOptions: { description: 'Page size from the start (capped by the server; default 20).' },
    afterArgOptions: { description: 'Items after this cursor.' },
    lastArgOptions: { description: 'Page size from the end (with `before`).' },
    beforeArgOptions: { description: 'Items before this cursor.' },
  },
  errors: { defaultTypes: [] },
});

builder.addScalarType('Date', DateResolver, { description: 'A calendar date, YYYY-MM-DD.' });
builder.addScalarType('DateTime', DateTimeResolver, { description: 'An instant, ISO 8601 with offset.' });
builder.addScalarType('JSON', JSONResolver, { description: 'Any JSON value.' });

// Every root field needs a role (auth-scopes.ts): reading the reader's, changing the editor's.
builder.queryType({ description: 'Look things up in the claim graph.', authScopes: { reader: true } });
builder.mutationType({ description: 'Change the claim graph.', authScopes: { editor: true } });

builder.globalConnectionField('totalCount', (t) =>
  t.int({ nullable: false, description: 'How many items match, across all pages.', resolve: (parent) => parent.totalCount }),
);
