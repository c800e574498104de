// Registry of the CLI's commands; each module adds one command (with its --help) to the program.
import type { Command } from 'commander';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { registerImport } from './import.js';
import { registerIngest } from './ingest.js';
import { registerNeo4j } from './neo4j.js';
import { registerQuery } from './query.js';
import { registerServe } from './serve.js';
import { registerStats } from './stats.js';
import { registerUp } from './up.js';

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [
  registerUp,
  registerExport,
  registerExtract,
  registerImport,
  registerIngest,
  registerNeo4j,
  registerQuery,
  registerServe,
  registerStats,
];
