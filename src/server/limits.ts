/**
 * What one request may ask of the server (RequestLimits in src/config.ts): the body size, the
 * document's tokens, depth, aliases and directives (GraphQL Armor), the items of its list
 * arguments (./list-limits.ts) and its complexity (the costs of src/schema/complexity.ts). Each
 * refusal is a GraphQL error that names its limit and carries a code, sent before anything runs
 * against the graph.
 */
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLArmorCallbackConfiguration } from '@escape.tech/graphql-armor-types';
import { createComplexityRule } from '@pothos/plugin-complexity';
import { GraphQLError, validate } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { RequestLimits } from '../config.js';
import type { Context } from '../schema/context.js';
import { LIST_TOO_LONG, listLimitPlugin } from './list-limits.js';

export const LIMIT_CODES = {
  depth: 'QUERY_TOO_DEEP',
  aliases: 'TOO_MANY_ALIASES',
  directives: 'TOO_MANY_DIRECTIVES',
  tokens: 'TOO_MANY_TOKENS',
  complexity: 'TOO_COMPLEX',
  bodyBytes: 'BODY_TOO_LARGE',
  listItems: LIST_TOO_LONG,
} as const;

export function requestLimitPlugins(limits: RequestLimits): Plugin<Context>[] {
  return [
    bodySizePlugin(limits.bodyBytes),
    maxTokensPlugin({ n: limits.tokens, ...armorRefusal('tokens', limits.tokens) }),
    maxDepthPlugin({ n: limits.depth, ...armorRefusal('depth', limits.depth) }),
    maxAliasesPlugin({ n: limits.aliases, ...armorRefusal('aliases', limits.aliases) }),
    maxDirectivesPlugin({ n: limits.directives, ...armorRefusal('directives', limits.directives) }),
    // Before the complexity: a list too long is named as such, and never walked for its cost.
    listLimitPlugin(limits.listItems),
    complexityPlugin(limits.complexity),
  ] as Plugin<Context>[];
}

/**
 * Armor reports "Syntax Error: Query depth limit of 12 exceeded, found 21." with no code. The
 * same words, without the misleading prefix, go to the client with the limit's code: reported
 * on the validation context (all problems in one answer), or thrown from the parser (tokens).
 */
function armorRefusal(limit: keyof typeof LIMIT_CODES, max: number): GraphQLArmorCallbackConfiguration {
  return {
    propagateOnRejection: false,
    onReject: [
      (context, error) => {
        const refusal = new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: LIMIT_CODES[limit], limit: max } });
        if (!context) throw refusal;
        context.reportError(refusal);
      },
    ],
  };
}

/**
 * The document's cost for this request's variables and page size limit, checked before any
 * resolver runs. At execution rather than validation: yoga caches validation per document,
 * and the cost depends on the variables (`first: $n`).
 */
function complexityPlugin(max: number): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const rule = createComplexityRule({
        context: args.contextValue,
        variableValues: args.variableValues ?? {},
        operationName: args.operationName,
        validate: ({ complexity }, report) => {
          if (complexity <= max) return;
          report(
            new GraphQLError(`Query complexity of ${complexity} exceeds the limit of ${max}: ask for smaller pages or fewer nested lists.`, {
              extensions: { code: LIMIT_CODES.complexity, limit: max, complexity },
            }),
          );
        },
      });
      const errors = validate(args.schema, args.document, [rule]);
      if (errors.length > 0) setResultAndStopExecution({ errors });
    },
  };
}

/**
 * Request bodies above `maxBytes` get 413 before anything parses them. A declared length is
 * checked at once (node's HTTP parser holds the body to it); a body without one is read up to
 * the limit and handed on as read.
 */
function bodySizePlugin(maxBytes: number): Plugin {
  return {
    async onRequest({ request, setRequest, endResponse, fetchAPI }) {
      if (request.body === null || request.method === 'GET' || request.method === 'HEAD') return;
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (Number(declared) > maxBytes) endResponse(tooLarge(fetchAPI, maxBytes));
        return;
      }
      const body = await readAtMost(request.body, maxBytes);
      if (body === null) return endResponse(tooLarge(fetchAPI, maxBytes));
      setRequest(new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body }));
    },
  };
}

/** The whole stream, or null as soon as it passes `maxBytes` (the rest is not read). */
async function readAtMost(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function tooLarge(fetchAPI: { Response: typeof Response }, maxBytes: number): Response {
  const error = { message: `Request body is larger than the limit of ${maxBytes} bytes.`, extensions: { code: LIMIT_CODES.bodyBytes, limit: maxBytes } };
  return new fetchAPI.Response(JSON.stringify({ errors: [error] }), { status: 413, headers: { 'content-type': 'application/json; charset=utf-8' } });
}
