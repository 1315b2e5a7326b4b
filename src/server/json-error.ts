/**
 * The one shape of every refusal the server writes itself: a GraphQL-style `errors` list with a
 * message that says what is wrong and an `extensions.code` — never a stack or a file path.
 */
export function errorBody(message: string, code: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code } }] });
}

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** The refusal as a fetch Response (for yoga plugins). */
export function errorResponse(
  fetchAPI: { Response: typeof Response },
  status: number,
  message: string,
  code: string,
  headers: Record<string, string> = {},
): Response {
  return new fetchAPI.Response(errorBody(message, code), { status, headers: { 'content-type': JSON_CONTENT_TYPE, ...headers } });
}
