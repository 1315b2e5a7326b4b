/**
 * Which hosts are loopback addresses, where nobody else can reach the API. Down here, beside
 * config.ts, because config uses it for its defaults (auth and rate limit on unless loopback)
 * and src/auth/binding.ts for the rule at start-up.
 */
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\]|::ffff:127(\.\d{1,3}){3})$/i;

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host.trim());
}
