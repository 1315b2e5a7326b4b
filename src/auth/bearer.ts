/** Credentials as requests carry them: `Authorization: Bearer <API key or JWT>`. */

/** The bearer token of a request, or null when it has none (or another scheme). */
export function bearerToken(request: Request): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(request.headers.get('authorization') ?? '');
  return match ? match[1]! : null;
}

/** Three base64url parts whose first two are JSON objects: something worth verifying as a JWT. */
export function looksLikeJwt(token: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3) return false;
  try {
    return parts.slice(0, 2).every((part) => {
      const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    });
  } catch {
    return false;
  }
}
