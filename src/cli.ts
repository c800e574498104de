// The `kg` command. Each command lives in src/commands/ and registers itself on the program.
import { Command } from 'commander';
import { commands } from './commands/index.js';
import { reportError } from './errors.js';

export async function main(argv: string[]): Promise<void> {
  const program = new Command('kg')
    .description('Knowledge graphs from Arabic and English news, stored in Neo4j with their evidence')
    .version('0.1.0')
    .showHelpAfterError()
    .enablePositionalOptions();
  // Only the command named loads; anything else (kg --help, kg help x, a typo) needs them all.
  const name = argv[2];
  const named = name !== undefined && Object.hasOwn(commands, name) ? commands[name] : undefined;
  for (const load of named ? [named] : Object.values(commands)) (await load())(program);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    process.exitCode = reportError(err);
  }
}
