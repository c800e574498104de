// Environment and defaults, validated once. Everything configurable lives here.
import { z } from 'zod';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join, resolve, sep } from 'node:path';
import { UserError } from './errors.js';

/** The project root: dist/ and src/ both sit one level under it. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

const EnvSchema = z.object({
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  KG_HOME: z.string().optional(),
  KG_NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  KG_NEO4J_HEAP: z.string().regex(/^\d+[mg]$/i, 'a JVM size such as 2g or 512m').default('2g'),
  KG_NEO4J_PAGECACHE_MB: z.coerce.number().int().min(16).default(1024),
  KG_NEO4J_START_TIMEOUT: z.coerce.number().int().min(5).default(180),
  KG_NEO4J_LIB: z.string().optional(),
});

export type Config = {
  /** An external Neo4j when NEO4J_URI is set; otherwise the embedded one is started on demand. */
  external?: { uri: string; username: string; password: string; database?: string };
  embedded: {
    home: string;
    port: number;
    heap: string;
    pageCacheMb: number;
    startTimeoutSeconds: number;
    lib: string;
    launcher: string;
    pom: string;
  };
  database?: string;
};

/**
 * Where the store and the Neo4j that kg fetches live unless told: in a clone, the project's data/
 * and .cache/; installed as a package (inside node_modules), the user's data and cache folders
 * (XDG base directories), which reinstalling the package does not wipe.
 */
export function defaultFolders(projectRoot: string, env: NodeJS.ProcessEnv, home = homedir()): { data: string; cache: string } {
  if (!projectRoot.split(sep).includes('node_modules')) return { data: resolve(projectRoot, 'data'), cache: resolve(projectRoot, '.cache') };
  return {
    data: resolve(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'kg'),
    cache: resolve(env.XDG_CACHE_HOME || join(home, '.cache'), 'kg'),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new UserError(`invalid environment: ${issues}`);
  }
  const e = parsed.data;
  const folders = defaultFolders(PROJECT_ROOT, env);
  const dataHome = resolve(e.KG_HOME ?? folders.data);
  return {
    external: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, username: e.NEO4J_USERNAME, password: e.NEO4J_PASSWORD ?? '', database: e.NEO4J_DATABASE }
      : undefined,
    embedded: {
      home: resolve(dataHome, 'neo4j'),
      port: e.KG_NEO4J_PORT,
      heap: e.KG_NEO4J_HEAP,
      pageCacheMb: e.KG_NEO4J_PAGECACHE_MB,
      startTimeoutSeconds: e.KG_NEO4J_START_TIMEOUT,
      lib: resolve(e.KG_NEO4J_LIB ?? resolve(folders.cache, 'neo4j', 'lib')),
      launcher: resolve(PROJECT_ROOT, 'neo4j/Launcher.java'),
      pom: resolve(PROJECT_ROOT, 'neo4j/pom.xml'),
    },
    database: e.NEO4J_DATABASE,
  };
}

/** An unset variable and one set to the empty string mean the same: not configured. */
const unsetIfEmpty = (v: unknown) => (v === '' ? undefined : v);

const LlmEnvSchema = z.object({
  KG_LLM_BASE_URL: z.preprocess(unsetIfEmpty, z.url({ protocol: /^https?$/ }).optional()),
  KG_LLM_MODEL: z.preprocess(unsetIfEmpty, z.string().optional()),
  KG_LLM_API_KEY: z.preprocess(unsetIfEmpty, z.string().optional()),
  // Local models on a CPU take minutes over a long chunk; a hosted one answers in seconds.
  KG_LLM_TIMEOUT_MS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(100).default(180_000)),
  KG_LLM_CONCURRENCY: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(1).max(32).default(2)),
  KG_LLM_CHUNK_CHARS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(200).default(6_000)),
  KG_LLM_RETRIES: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(10).default(3)),
});

export type LlmConfig = {
  /** the OpenAI-compatible API root, without a trailing slash: {baseUrl}/chat/completions */
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** per request, from sending it to the end of the answer */
  timeoutMs: number;
  /** requests in flight at once for the chunks of one article */
  concurrency: number;
  /** the most sentence text sent in one request */
  chunkChars: number;
  /** how many times a request is sent again after a 429, a 5xx or a failed connection */
  retries: number;
};

/** The LLM extractor's settings; read only when `--extractor llm` is chosen. */
export function loadLlmConfig(env: NodeJS.ProcessEnv = process.env): LlmConfig {
  const parsed = LlmEnvSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new UserError(`invalid LLM settings: ${issues}`);
  }
  const e = parsed.data;
  if (!e.KG_LLM_BASE_URL || !e.KG_LLM_MODEL) {
    const missing = (['KG_LLM_BASE_URL', 'KG_LLM_MODEL'] as const).filter((k) => !e[k]);
    throw new UserError(`--extractor llm needs ${missing.join(' and ')} (e.g. KG_LLM_BASE_URL=http://localhost:11434/v1 KG_LLM_MODEL=qwen2.5:7b for Ollama)`);
  }
  return {
    baseUrl: e.KG_LLM_BASE_URL.replace(/\/+$/, ''),
    model: e.KG_LLM_MODEL,
    ...(e.KG_LLM_API_KEY ? { apiKey: e.KG_LLM_API_KEY } : {}),
    timeoutMs: e.KG_LLM_TIMEOUT_MS,
    concurrency: e.KG_LLM_CONCURRENCY,
    chunkChars: e.KG_LLM_CHUNK_CHARS,
    retries: e.KG_LLM_RETRIES,
  };
}
