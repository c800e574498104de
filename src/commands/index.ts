// Registry of the CLI's commands; each module adds one command (with its --help) to the program.
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [];
