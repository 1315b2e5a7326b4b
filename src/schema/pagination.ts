/**
 * Relay connections over offset pages: the window a request asks for (refused, not silently
 * clipped, when it is larger than the server allows) and the connection built from a page.
 */
import { GraphQLError } from 'graphql';
import { offsetForArgs, offsetToCursor } from '@pothos/plugin-relay';
import { nodePage, type ListFilter } from '../graph/lists.js';
import type { NodeLabel } from '../graph/model.js';
import type { Page } from '../graph/statements.js';
import type { Context } from './context.js';

export const DEFAULT_PAGE_SIZE = 20;

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  before?: string | null;
  after?: string | null;
}

export type Window = ReturnType<typeof offsetForArgs>;

export function pageWindow(args: ConnectionArgs, ctx: Context): Window {
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    if (size != null && size > ctx.maxPageSize) {
      throw new GraphQLError(`"${name}" is ${size}, above the page size limit of ${ctx.maxPageSize}`, {
        extensions: { code: 'PAGE_SIZE_LIMIT', limit: ctx.maxPageSize },
      });
    }
  }
  return offsetForArgs({ args, maxSize: ctx.maxPageSize, defaultSize: DEFAULT_PAGE_SIZE });
}

export function toConnection<T>(window: Window, page: { total: number; rows: T[] }) {
  const rows = page.rows.slice(0, window.expectedSize);
  return {
    totalCount: page.total,
    edges: rows.map((node, i) => ({ cursor: offsetToCursor(window.offset + i), node })),
    pageInfo: {
      startCursor: rows.length > 0 ? offsetToCursor(window.offset) : null,
      endCursor: rows.length > 0 ? offsetToCursor(window.offset + rows.length - 1) : null,
      hasPreviousPage: window.hasPreviousPage,
      hasNextPage: window.hasNextPage(page.rows.length),
    },
  };
}

export type { Page };

/** A page of any node type as a connection (actors, places, topics, events, articles, claims). */
export async function nodeConnection<T>(ctx: Context, args: ConnectionArgs, label: NodeLabel, filter: ListFilter) {
  const window = pageWindow(args, ctx);
  const page = await nodePage(ctx.graph, label, filter, window.offset, window.limit);
  return toConnection(window, { total: page.total, rows: page.rows as T[] });
}
