import path from 'node:path';
import type { AuthConfig } from './auth/authenticator';
import { LOG_LEVELS } from './logger';
import { DEFAULT_DRIVER_SETTINGS, DriverSettings } from './graph/driver';
import { projectRoot } from './project-root';

/**
 * The default cost limit: estimated Neo4j db hits one request may cost, in the units of the cost
 * model (db hits measured at 50k customers: src/schema/common/cost-model.ts). It admits two of the
 * largest analyses in one request (a filtered customer list and a subscription page: 6.5M, a docs
 * example) beside small ones, and refuses many aliased whole-graph lists or nested pages that multiply.
 */
export const DEFAULT_MAX_COST = 10_000_000;

/** Where the graph lives: a database given by URI, or the embedded Neo4j the service starts. */
export type Neo4jTarget = (
  | { kind: 'remote'; uri: string; user: string; password: string; database?: string }
  | { kind: 'embedded'; dataDir: string; boltPort: number; pageCacheMb: number; heapMb: number }
) & { driver: DriverSettings };

export interface Config {
  host: string;
  port: number;
  neo4j: Neo4jTarget;
  /** Load the sample graph and default matrix from seeds/ when the database holds no support matrix. */
  seedWhenEmpty: boolean;
  /** Origins allowed by CORS; empty means same-origin only. */
  corsOrigins: string[];
  /** Largest accepted request body, in bytes. */
  maxBodyBytes: number;
  /** Largest `first` a connection accepts. */
  maxPageSize: number;
  auth: AuthConfig;
  /** NODE_ENV=production: introspection off (unless GRAPHQL_INTROSPECTION=true), field suggestions hidden. */
  production: boolean;
  introspection: boolean;
  /** Serve GraphiQL at GET /graphql (browsers): on in development, off in production unless GRAPHQL_IDE=true. */
  graphqlIde: boolean;
  /** Serve Prometheus metrics at GET /metrics. */
  metrics: boolean;
  /** pino level of the JSON logs. */
  logLevel: string;
  limits: QueryLimits;
  /** Neo4j transaction timeout of every request's transactions, in ms (QUERY_TIMEOUT_MS; 0: none). */
  queryTimeoutMs: number;
  /** Key cursors are signed with (CURSOR_SECRET); random per process when unset. */
  cursorSecret: string | null;
  /** Run the IDE's example queries and the explorer's once at start, before reporting ready (WARM_UP; src/http/warm-up.ts). */
  warmUp: boolean;
}

/** Bounds checked on every operation before it runs (graphql-armor; the cost: src/schema/common/cost-model.ts). */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
}

export class ConfigError extends Error {}

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function boolVar(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/**
 * Reads and validates the environment once. Throws ConfigError naming the variable at fault.
 * With NEO4J_URI unset the service starts its own embedded Neo4j (see docs/operations.md, "Configuration").
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI?.trim();
  const driver: DriverSettings = {
    maxPoolSize: intVar(env, 'NEO4J_MAX_POOL_SIZE', DEFAULT_DRIVER_SETTINGS.maxPoolSize, 1, 10_000),
    acquisitionTimeoutMs: intVar(env, 'NEO4J_ACQUISITION_TIMEOUT_MS', DEFAULT_DRIVER_SETTINGS.acquisitionTimeoutMs, 1, 600_000),
    connectionTimeoutMs: intVar(env, 'NEO4J_CONNECTION_TIMEOUT_MS', DEFAULT_DRIVER_SETTINGS.connectionTimeoutMs, 1, 600_000),
    maxRetryTimeMs: intVar(env, 'NEO4J_MAX_RETRY_TIME_MS', DEFAULT_DRIVER_SETTINGS.maxRetryTimeMs, 0, 600_000),
  };
  const neo4j: Neo4jTarget = uri
    ? {
        driver,
        kind: 'remote',
        uri,
        user: env.NEO4J_USER ?? env.NEO4J_USERNAME ?? 'neo4j',
        password: env.NEO4J_PASSWORD ?? '',
        database: env.NEO4J_DATABASE || undefined,
      }
    : {
        driver,
        kind: 'embedded',
        dataDir: path.resolve(projectRoot(), env.NEO4J_DATA_DIR ?? '.neo4j/data'),
        boltPort: intVar(env, 'NEO4J_EMBEDDED_PORT', 7687, 1, 65535),
        pageCacheMb: intVar(env, 'NEO4J_EMBEDDED_PAGECACHE_MB', 128, 8),
        heapMb: intVar(env, 'NEO4J_EMBEDDED_HEAP_MB', 768, 128),
      };
  const production = env.NODE_ENV === 'production';
  const host = env.HOST ?? '127.0.0.1';
  const auth = loadAuthConfig(env);
  const graphqlIde = boolVar(env, 'GRAPHQL_IDE', !production);
  // The IDE needs the schema: turning it on turns introspection on (still behind authentication).
  const introspection = boolVar(env, 'GRAPHQL_INTROSPECTION', !production || graphqlIde);
  if (graphqlIde && !introspection) {
    throw new ConfigError('GRAPHQL_IDE=true needs introspection: unset GRAPHQL_INTROSPECTION=false, or turn the IDE off.');
  }
  if (auth.mode === 'none' && !isLoopback(host)) {
    throw new ConfigError(
      `HOST=${host} is not a loopback address and no authentication is configured: set AUTH_JWT_SECRET or AUTH_JWKS_URL, or bind to 127.0.0.1.`,
    );
  }
  return {
    host,
    port: intVar(env, 'PORT', 4000, 0, 65535),
    neo4j,
    seedWhenEmpty: boolVar(env, 'SEED_WHEN_EMPTY', true),
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    maxBodyBytes: intVar(env, 'MAX_BODY_BYTES', 100 * 1024, 1024),
    maxPageSize: intVar(env, 'MAX_PAGE_SIZE', 100, 1, 10_000),
    auth,
    production,
    introspection,
    graphqlIde,
    metrics: boolVar(env, 'METRICS_ENABLED', true),
    logLevel: logLevelVar(env),
    limits: {
      maxDepth: intVar(env, 'GRAPHQL_MAX_DEPTH', 12, 1),
      maxCost: intVar(env, 'GRAPHQL_MAX_COST', DEFAULT_MAX_COST, 1),
      maxAliases: intVar(env, 'GRAPHQL_MAX_ALIASES', 15, 0),
      maxTokens: intVar(env, 'GRAPHQL_MAX_TOKENS', 1000, 1),
    },
    queryTimeoutMs: intVar(env, 'QUERY_TIMEOUT_MS', 5000, 0, 3_600_000),
    cursorSecret: cursorSecretVar(env),
    warmUp: boolVar(env, 'WARM_UP', true),
  };
}

function logLevelVar(env: NodeJS.ProcessEnv): string {
  const raw = env.LOG_LEVEL?.trim().toLowerCase();
  if (!raw) return 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  return raw;
}

function cursorSecretVar(env: NodeJS.ProcessEnv): string | null {
  const secret = env.CURSOR_SECRET;
  if (!secret) return null;
  if (Buffer.byteLength(secret) < 32) throw new ConfigError('CURSOR_SECRET must be at least 32 bytes.');
  return secret;
}

/** True for 127.0.0.0/8, ::1 and localhost. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

function loadAuthConfig(env: NodeJS.ProcessEnv): AuthConfig {
  const secret = env.AUTH_JWT_SECRET;
  const jwksUrl = env.AUTH_JWKS_URL;
  if (!secret && !jwksUrl) return { mode: 'none' };
  if (secret && jwksUrl) throw new ConfigError('Set AUTH_JWT_SECRET or AUTH_JWKS_URL, not both.');
  if (secret && Buffer.byteLength(secret) < 32) throw new ConfigError('AUTH_JWT_SECRET must be at least 32 bytes.');
  if (jwksUrl) {
    try {
      new URL(jwksUrl);
    } catch {
      throw new ConfigError(`AUTH_JWKS_URL is not a URL: "${jwksUrl}"`);
    }
  }
  return {
    mode: 'jwt',
    secret: secret ? new TextEncoder().encode(secret) : undefined,
    jwksUrl,
    issuer: env.AUTH_ISSUER || undefined,
    audience: env.AUTH_AUDIENCE || undefined,
    clockToleranceSeconds: intVar(env, 'AUTH_CLOCK_TOLERANCE_SECONDS', 60, 0, 600),
    claims: {
      roles: env.AUTH_ROLES_CLAIM || 'roles',
      partnerId: env.AUTH_PARTNER_CLAIM || 'partnerId',
      publisherId: env.AUTH_PUBLISHER_CLAIM || 'publisherId',
    },
  };
}
