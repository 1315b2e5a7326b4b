/**
 * `claimgraph keys create --role reader|editor|admin [--name N]` prints a new API key's secret
 * (this once: only its hash is stored); `keys list` shows every key without secrets;
 * `keys revoke ID` stops a key working at once.
 */
import { parseArgs } from 'node:util';
import { isRole, ROLES } from '../auth/roles.js';
import { loadConfig } from '../config.js';
import { createApiKey, listApiKeys, revokeApiKey, type ApiKeyInfo } from '../graph/api-keys.js';
import type { Graph } from '../graph/graph.js';
import { log } from '../logger.js';
import { connect } from '../graph/connect.js';
import { usageText } from './help.js';

const USAGE = usageText('keys');

export async function runKeys(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' } },
  });
  const [sub, ...rest] = positionals;
  const work = commands[sub ?? ''];
  if (!work) return usage();
  if (sub === 'create' && !isRole(values.role)) return usage(`--role must be one of ${ROLES.join(', ')}.`);
  if (sub === 'revoke' && rest.length !== 1) return usage('Name the id of the key to revoke (see `claimgraph keys list`).');
  const connection = await connect(loadConfig().neo4j, log);
  try {
    return await work(connection.graph, { role: values.role, name: values.name, id: rest[0] });
  } finally {
    await connection.close();
  }
}

type Command = (graph: Graph, args: { role?: string; name?: string; id?: string }) => Promise<number>;

const commands: Record<string, Command> = {
  async create(graph, { role, name }) {
    if (!isRole(role)) return 1;
    const { key, secret } = await createApiKey(graph, role, name ?? `${role} key`);
    process.stdout.write(`${secret}\n`);
    process.stderr.write(`Created ${key.id} (${key.role}, "${key.name}"). The key above is shown only now: store it safely.\n`);
    return 0;
  },
  async list(graph) {
    const keys = await listApiKeys(graph);
    process.stdout.write(keys.length ? `${table(keys)}\n` : 'No API keys (create one with `claimgraph keys create --role reader`).\n');
    return 0;
  },
  async revoke(graph, { id }) {
    const key = await revokeApiKey(graph, id!);
    if (!key) {
      process.stderr.write(`No API key ${id} (see \`claimgraph keys list\`).\n`);
      return 1;
    }
    process.stderr.write(`Revoked ${key.id} (${key.role}, "${key.name}") at ${key.revokedAt}.\n`);
    return 0;
  },
};

function table(keys: ApiKeyInfo[]): string {
  const rows = [['id', 'role', 'name', 'created', 'revoked'], ...keys.map((k) => [k.id, k.role, k.name, k.createdAt, k.revokedAt ?? '-'])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function usage(problem?: string): number {
  process.stderr.write(`${problem ? `${problem}\n` : ''}${USAGE}`);
  return 1;
}
