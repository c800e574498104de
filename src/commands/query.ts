// `kg query`: run Cypher (read-only unless --write) and print the result.
import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { UserError } from '../errors.js';
import { withGraph } from '../store/connection.js';
import { splitStatements } from '../store/cypher-file.js';
import { isTimeout, runQuery } from '../store/run-query.js';
import { millisecondsOption } from './milliseconds-option.js';
import { formatRows, OUTPUT_FORMATS, type OutputFormat } from './output.js';
import { collectParam } from './params.js';

type Opts = { file?: string; param: Record<string, unknown>; format: OutputFormat; write?: boolean; timeout?: number };

export function registerQuery(program: Command): void {
  program.command('query')
    .description('run Cypher against the graph; read-only unless --write')
    .argument('[cypher]', 'the Cypher statement')
    .option('-f, --file <path>', 'run the statements of a .cypher file (separated by ;)')
    .option('-p, --param <name=value>', 'a query parameter, repeatable; JSON values are parsed', collectParam, {})
    .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('table'))
    .option('--write', 'allow the query to change the database')
    .addOption(millisecondsOption('--timeout <ms>', 'have Neo4j stop each statement that runs longer (default: no limit)'))
    .addHelpText('after', `
Examples:
  kg query "MATCH (n:Entity) RETURN n.name, labels(n) LIMIT 10"
  kg query --file cypher/entity-neighbourhood.cypher --param name=Kadhimi --format json
  kg query --write "MATCH (e:Entity {id: $id}) DETACH DELETE e" --param id=person:someone`)
    .action(async (cypher: string | undefined, opts: Opts) => {
      if (!cypher === !opts.file) throw new UserError('give either a Cypher statement or --file, not both or neither');
      let statements: string[];
      if (opts.file) {
        try {
          statements = splitStatements(readFileSync(opts.file, 'utf8'));
        } catch (err) {
          throw new UserError(`cannot read ${opts.file}: ${(err as Error).message}`);
        }
      } else {
        statements = [cypher!];
      }
      if (statements.length === 0) throw new UserError('no Cypher statement to run');
      await withGraph(async (g) => {
        for (const statement of statements) {
          const result = await runQuery(g, statement, opts.param, { write: opts.write, timeoutMs: opts.timeout }).catch((err: unknown) => {
            throw isTimeout(err) ? new UserError(`the statement ran longer than --timeout ${opts.timeout} ms and Neo4j stopped it`) : err;
          });
          console.log(formatRows(opts.format, result.columns, result.rows));
          if (result.counters && Object.keys(result.counters).length && opts.format === 'table') {
            console.error(Object.entries(result.counters).map(([k, v]) => `${k}: ${v}`).join(', '));
          }
        }
      });
    });
}
