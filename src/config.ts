// Environment and defaults, validated once. Everything configurable lives here.
import { z } from 'zod';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid environment: ${issues}`);
  }
  const e = parsed.data;
  const dataHome = resolve(e.KG_HOME ?? resolve(PROJECT_ROOT, 'data'));
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
      lib: resolve(e.KG_NEO4J_LIB ?? resolve(PROJECT_ROOT, '.cache/neo4j/lib')),
      launcher: resolve(PROJECT_ROOT, 'neo4j/Launcher.java'),
      pom: resolve(PROJECT_ROOT, 'neo4j/pom.xml'),
    },
    database: e.NEO4J_DATABASE,
  };
}
