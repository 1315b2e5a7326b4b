/**
 * The list limit (RequestLimits.listItems): no list argument of the request — `nodes(ids:)`, a
 * type filter, a list field of an input object at any depth — may hold more items, whether
 * written inline or passed as a variable. Checked against the schema's argument types, so a new
 * list argument is bounded without being named here, before any resolver runs: a list of
 * 100,000 ids is refused, not read from the database, nor multiplied by aliases.
 */
import {
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../schema/context.js';
import { forEachList } from '../schema/list-arguments.js';

export const LIST_TOO_LONG = 'LIST_TOO_LONG';

/** One list above the limit: the root-relative field ("Query.nodes") and the argument path ("ids", "input.tags"). */
interface LongList {
  field: string;
  fieldName: string;
  argument: string;
  items: number;
}

export function listLimitPlugin(max: number): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const found = longLists(args.schema, args.document, args.operationName, args.variableValues, max);
      if (found.length === 0) return;
      setResultAndStopExecution({
        errors: found.map(
          (list) =>
            new GraphQLError(`The list "${list.argument}" of ${list.fieldName} has ${list.items} items, above the list limit of ${max}.`, {
              extensions: { code: LIST_TOO_LONG, limit: max, items: list.items, field: list.field, argument: list.argument },
            }),
        ),
      });
    },
  };
}

/** Every list argument above `max` items in the operation, each argument once (five aliases of one field are one error). */
export function longLists(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
  max: number,
): LongList[] {
  const operation = getOperationAST(document, operationName);
  if (!operation) return [];
  // Variables as execution will see them (defaults applied); if they don't coerce, execution
  // refuses the request itself before any resolver runs.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return [];
  const found = new Map<string, LongList>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (!field || !parent || field.args.length === 0) return;
        let values: Record<string, unknown>;
        try {
          values = getArgumentValues(field, node, coerced.coerced);
        } catch {
          return; // An invalid argument: execution reports it, and that field does not run.
        }
        for (const arg of field.args) {
          forEachList(values[arg.name], arg.type, arg.name, (argument, items) => {
            const key = `${parent.name}.${field.name}(${argument})`;
            if (items > max && !found.has(key)) found.set(key, { field: `${parent.name}.${field.name}`, fieldName: field.name, argument, items });
          });
        }
      },
    }),
  );
  return [...found.values()];
}
