// Time limits in milliseconds: `--cypher-timeout` of the commands that serve the Cypher console and
// `--timeout` of `kg query` parse alike. The parser throws commander's InvalidArgumentError rather
// than a UserError so that, for a value read from an environment variable, the message names the
// variable instead of the flag the user did not type.
import { InvalidArgumentError, Option } from 'commander';

function parseMilliseconds(raw: string): number {
  const ms = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(ms) || ms < 1) throw new InvalidArgumentError('Expected a whole number of milliseconds, at least 1.');
  return ms;
}

export const millisecondsOption = (flags: string, description: string): Option =>
  new Option(flags, description).argParser(parseMilliseconds);
