// Registry of the CLI's commands; each module adds one command (with its --help) to the program.
// Modules load on demand: `kg extract` need not pay for the HTTP server, RDF writers and driver.
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;

export const commands: Record<string, () => Promise<RegisterCommand>> = {
  up: async () => (await import('./up.js')).registerUp,
  export: async () => (await import('./export.js')).registerExport,
  extract: async () => (await import('./extract.js')).registerExtract,
  forget: async () => (await import('./forget.js')).registerForget,
  import: async () => (await import('./import.js')).registerImport,
  ingest: async () => (await import('./ingest.js')).registerIngest,
  neo4j: async () => (await import('./neo4j.js')).registerNeo4j,
  query: async () => (await import('./query.js')).registerQuery,
  serve: async () => (await import('./serve.js')).registerServe,
  stats: async () => (await import('./stats.js')).registerStats,
};
