// Registry of the CLI's commands; each module adds one command (with its --help) to the program.
import type { Command } from 'commander';
import { registerNeo4j } from './neo4j.js';
import { registerQuery } from './query.js';
import { registerStats } from './stats.js';

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [
  registerNeo4j,
  registerQuery,
  registerStats,
];
