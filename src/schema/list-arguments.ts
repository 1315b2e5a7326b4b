/**
 * The lists inside an argument's value, found through its GraphQL type: the argument itself,
 * list fields of input objects at any depth, lists of lists. Used to bound them (the list
 * limit, src/server/list-limits.ts) and to count their items (src/schema/complexity.ts).
 * A JSON scalar is a value, not a list argument: it is not looked into.
 */
import { getNullableType, isInputObjectType, isListType, type GraphQLInputType } from 'graphql';

/** Calls `visit` for each list in `value` with its path ("ids", "input.tags", "groups[2]") and length. */
export function forEachList(value: unknown, type: GraphQLInputType, path: string, visit: (path: string, length: number) => void): void {
  if (value == null) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    // A single value where a list is expected counts as a list of one (GraphQL input coercion).
    if (!Array.isArray(value)) {
      forEachList(value, nullable.ofType, path, visit);
      return;
    }
    visit(path, value.length);
    const item = getNullableType(nullable.ofType);
    if (isListType(item) || isInputObjectType(item))
      value.forEach((v, i) => {
        forEachList(v, nullable.ofType, `${path}[${i}]`, visit);
      });
    return;
  }
  if (isInputObjectType(nullable) && typeof value === 'object') {
    for (const field of Object.values(nullable.getFields()))
      forEachList((value as Record<string, unknown>)[field.name], field.type, `${path}.${field.name}`, visit);
  }
}
