// Time limits on the command line: `--cypher-timeout` (kg serve, kg up; or KG_CYPHER_TIMEOUT_MS)
// and `--timeout` (kg query) share one parser.
import { Command, type Option } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { millisecondsOption } from '../../src/commands/milliseconds-option.js';
import { registerQuery } from '../../src/commands/query.js';
import { cypherTimeoutOption, registerServe } from '../../src/commands/serve.js';
import { registerUp } from '../../src/commands/up.js';
import { CYPHER_TIMEOUT_MS } from '../../src/server/api-routes.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

/** The option's value after parsing `args`, or the error commander reports. */
function parse(option: Option, args: string[]): unknown {
  const program = new Command().exitOverride().configureOutput({ writeErr: () => {} }).addOption(option);
  try {
    program.parse(args, { from: 'user' });
  } catch (err) {
    return err;
  }
  return program.opts()[option.attributeName()];
}

describe('--cypher-timeout', () => {
  it('takes the flag over KG_CYPHER_TIMEOUT_MS over the default', () => {
    vi.stubEnv('KG_CYPHER_TIMEOUT_MS', undefined);
    expect(parse(cypherTimeoutOption(), [])).toBe(CYPHER_TIMEOUT_MS);
    expect(parse(cypherTimeoutOption(), ['--cypher-timeout', '200'])).toBe(200);
    vi.stubEnv('KG_CYPHER_TIMEOUT_MS', '30000');
    expect(parse(cypherTimeoutOption(), [])).toBe(30_000);
    expect(parse(cypherTimeoutOption(), ['--cypher-timeout', '200'])).toBe(200);
  });

  it('refuses anything but a positive whole number, and names where the value came from', () => {
    for (const value of ['0', '-1', '1.5', '1e3', 'soon', '', ' 200', '99999999999999999999']) {
      expect((parse(cypherTimeoutOption(), ['--cypher-timeout', value]) as Error).message, value)
        .toBe(`error: option '--cypher-timeout <ms>' argument '${value}' is invalid. Expected a whole number of milliseconds, at least 1.`);
    }
    vi.stubEnv('KG_CYPHER_TIMEOUT_MS', '10s');
    expect((parse(cypherTimeoutOption(), []) as Error).message).toBe("error: option '--cypher-timeout <ms>' value '10s' from env 'KG_CYPHER_TIMEOUT_MS' is invalid. Expected a whole number of milliseconds, at least 1.");
  });

  it('is an option of kg serve and kg up, and kg query has --timeout with no default', () => {
    const program = new Command();
    for (const register of [registerServe, registerUp, registerQuery]) register(program);
    const option = (command: string, flag: string) => program.commands.find((c) => c.name() === command)!.options.find((o) => o.long === flag);
    for (const command of ['serve', 'up']) expect(option(command, '--cypher-timeout')).toMatchObject({ envVar: 'KG_CYPHER_TIMEOUT_MS', defaultValue: CYPHER_TIMEOUT_MS });
    expect(option('query', '--timeout')).toMatchObject({ defaultValue: undefined, envVar: undefined });
    expect(parse(millisecondsOption('--timeout <ms>', ''), ['--timeout', '250'])).toBe(250);
  });
});
