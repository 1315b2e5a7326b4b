/**
 * Environment → typed settings. Every variable the project reads is here (and in the README).
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { isLoopbackHost } from './loopback.js';

/** The repository root, whatever the working directory. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** "https://example.org:8080" is an origin; "https://example.org/" and "example.org" are not. */
const isOrigin = (text: string) => URL.canParse(text) && new URL(text).origin === text;

const int = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const Env = z.object({
  NEO4J_URI: z.string().min(1).optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default('neo4j'),
  NEO4J_DATABASE: z.string().default('neo4j'),
  NEO4J_BOLT_PORT: int(7687),
  NEO4J_DATA_DIR: z.string().default(path.join(ROOT, '.data', 'neo4j')),
  NEO4J_START_TIMEOUT_MS: int(120_000),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[kmg]$/i, 'must look like 1g or 512m')
    .default('1g'),
  NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[kmg]$/i, 'must look like 1g or 512m')
    .default('512m'),
  NEO4J_TX_TIMEOUT_MS: int(15_000),
  NEO4J_CONNECT_TIMEOUT_MS: int(3_000),
  NEO4J_RETRY_TIME_MS: int(5_000),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  CLAIMGRAPH_SEED: z.string().default(path.join(ROOT, 'data', 'seed')),
  CLAIMGRAPH_MAX_PAGE_SIZE: int(100),
  CLAIMGRAPH_MAX_DEPTH: int(12),
  CLAIMGRAPH_MAX_ALIASES: int(20),
  CLAIMGRAPH_MAX_DIRECTIVES: int(20),
  CLAIMGRAPH_MAX_TOKENS: int(2_000),
  CLAIMGRAPH_MAX_COMPLEXITY: int(100_000),
  CLAIMGRAPH_MAX_BODY_BYTES: int(16 * 1024 * 1024),
  CLAIMGRAPH_MAX_LIST_ITEMS: int(1_000),
  // Requests a minute per caller, or off. Unset: off on a loopback HOST without auth, 240 anywhere else.
  CLAIMGRAPH_RATE_LIMIT: z
    .string()
    .regex(/^(off|[1-9]\d*)$/, 'must be a number of requests per minute, or off')
    .optional(),
  CLAIMGRAPH_RATE_BURST: int(60),
  // Comma-separated origins allowed to call the API from a browser; empty: same origin only.
  CLAIMGRAPH_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((text) =>
      text
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .refine((origins) => origins.every((o) => o === '*' || isOrigin(o)), 'must be origins like https://example.org:8080 (no path), comma-separated, or *'),
  CLAIMGRAPH_INTROSPECTION: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
  // Unset: off on a loopback HOST, on anywhere else (see src/auth/binding.ts).
  CLAIMGRAPH_AUTH: z.enum(['on', 'off'], { error: 'must be on or off' }).optional(),
  CLAIMGRAPH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters (an HS256 key)').optional(),
  CLAIMGRAPH_JWT_JWKS_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  CLAIMGRAPH_JWT_ROLE_CLAIM: z.string().min(1).default('role'),
  CLAIMGRAPH_JWT_ISSUER: z.string().min(1).optional(),
  CLAIMGRAPH_JWT_AUDIENCE: z.string().min(1).optional(),
  // Article extraction (src/extract/pool.ts): worker threads, largest article (UTF-8 bytes), time limit.
  CLAIMGRAPH_EXTRACT_WORKERS: int(os.availableParallelism()),
  CLAIMGRAPH_MAX_ARTICLE_BYTES: int(1_048_576),
  CLAIMGRAPH_EXTRACT_TIMEOUT_MS: int(30_000),
  CLAIMGRAPH_JWT_REQUIRE_EXP: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
  CLAIMGRAPH_JWT_MAX_LIFETIME_S: int(86_400),
});

export interface Config {
  neo4j: {
    /** Set when the user brings their own Neo4j; unset means "start the local one". */
    uri?: string;
    user: string;
    password: string;
    database: string;
    txTimeoutMs: number;
    /** How long opening a connection may take (a pool slot may take twice that): a down database is reported fast. */
    connectTimeoutMs: number;
    /** How long the driver retries a transaction after transient errors (deadlocks, a lost connection). */
    retryTimeMs: number;
    /** The managed local Neo4j, used when `uri` is unset. */
    local: { dataDir: string; boltPort: number; startTimeoutMs: number; heap: string; pageCache: string };
  };
  server: { port: number; host: string };
  /** Folder of dossiers loaded when the graph is empty ("off" disables it). */
  seedDir?: string;
  maxPageSize: number;
  auth: AuthConfig;
  limits: RequestLimits;
  http: HttpPolicy;
  rateLimit: RateLimit;
  /** Article extraction: worker threads, the largest article, the time limit. */
  extract: ExtractionSettings;
}

/** Article extraction (src/extract/pool.ts): declared here, below the pool, which takes it. */
export interface ExtractionSettings {
  /** Worker threads at most (default: the cores, os.availableParallelism()). */
  workers: number;
  /** Largest article, in bytes of UTF-8. */
  maxArticleBytes: number;
  /** Longest one extraction may take. */
  timeoutMs: number;
}

/** What one request may ask of the server: each is refused with an error naming its limit. */
export interface RequestLimits {
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
  complexity: number;
  bodyBytes: number;
  /** Items in any one list argument (`nodes(ids:)`, a list field of an input object…). */
  listItems: number;
}

/** Requests per caller (API key, JWT subject, or client address without auth): a token bucket (src/server/rate-limit.ts). */
export interface RateLimit {
  enabled: boolean;
  /** Tokens added a minute: the sustained rate. */
  perMinute: number;
  /** The bucket's size: how many requests may come at once. */
  burst: number;
}

/** Who may call the API from a browser, and whether the schema may be introspected. */
export interface HttpPolicy {
  corsOrigins: string[];
  introspection: boolean;
}

export interface AuthConfig {
  /** Whether /graphql and /export/subgraph need an API key or a JWT. */
  enabled: boolean;
  /** Accepted JWTs (unset: API keys only): an HS256 secret and/or a JWKS URL for RS256/ES256 keys. */
  jwt?: {
    secret?: string;
    jwksUrl?: string;
    roleClaim: string;
    issuer?: string;
    audience?: string;
    /** Refuse tokens without `exp` (default true), and those living longer than maxLifetimeS (default 86400). */
    requireExp?: boolean;
    maxLifetimeS?: number;
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  const e = parsed.data;
  return {
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
      connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS,
      retryTimeMs: e.NEO4J_RETRY_TIME_MS,
      local: {
        dataDir: path.resolve(e.NEO4J_DATA_DIR),
        boltPort: e.NEO4J_BOLT_PORT,
        startTimeoutMs: e.NEO4J_START_TIMEOUT_MS,
        heap: e.NEO4J_HEAP,
        pageCache: e.NEO4J_PAGECACHE,
      },
    },
    server: { port: e.PORT, host: e.HOST },
    seedDir: e.CLAIMGRAPH_SEED === 'off' ? undefined : path.resolve(e.CLAIMGRAPH_SEED),
    maxPageSize: e.CLAIMGRAPH_MAX_PAGE_SIZE,
    limits: {
      depth: e.CLAIMGRAPH_MAX_DEPTH,
      aliases: e.CLAIMGRAPH_MAX_ALIASES,
      directives: e.CLAIMGRAPH_MAX_DIRECTIVES,
      tokens: e.CLAIMGRAPH_MAX_TOKENS,
      complexity: e.CLAIMGRAPH_MAX_COMPLEXITY,
      bodyBytes: e.CLAIMGRAPH_MAX_BODY_BYTES,
      listItems: e.CLAIMGRAPH_MAX_LIST_ITEMS,
    },
    http: { corsOrigins: e.CLAIMGRAPH_CORS_ORIGINS, introspection: e.CLAIMGRAPH_INTROSPECTION === 'on' },
    rateLimit: {
      // Unset: on wherever auth is (or would be) on, i.e. unless a loopback HOST runs without auth.
      enabled: e.CLAIMGRAPH_RATE_LIMIT ? e.CLAIMGRAPH_RATE_LIMIT !== 'off' : e.CLAIMGRAPH_AUTH === 'on' || !isLoopbackHost(e.HOST),
      perMinute: e.CLAIMGRAPH_RATE_LIMIT && e.CLAIMGRAPH_RATE_LIMIT !== 'off' ? Number(e.CLAIMGRAPH_RATE_LIMIT) : 240,
      burst: e.CLAIMGRAPH_RATE_BURST,
    },
    extract: { workers: e.CLAIMGRAPH_EXTRACT_WORKERS, maxArticleBytes: e.CLAIMGRAPH_MAX_ARTICLE_BYTES, timeoutMs: e.CLAIMGRAPH_EXTRACT_TIMEOUT_MS },
    auth: {
      enabled: e.CLAIMGRAPH_AUTH ? e.CLAIMGRAPH_AUTH === 'on' : !isLoopbackHost(e.HOST),
      jwt:
        e.CLAIMGRAPH_JWT_SECRET || e.CLAIMGRAPH_JWT_JWKS_URL
          ? {
              secret: e.CLAIMGRAPH_JWT_SECRET,
              jwksUrl: e.CLAIMGRAPH_JWT_JWKS_URL,
              roleClaim: e.CLAIMGRAPH_JWT_ROLE_CLAIM,
              issuer: e.CLAIMGRAPH_JWT_ISSUER,
              audience: e.CLAIMGRAPH_JWT_AUDIENCE,
              requireExp: e.CLAIMGRAPH_JWT_REQUIRE_EXP === 'on',
              maxLifetimeS: e.CLAIMGRAPH_JWT_MAX_LIFETIME_S,
            }
          : undefined,
    },
  };
}
