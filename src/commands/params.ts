// `--param k=v` values: JSON when they parse as JSON (numbers, lists, maps, quoted strings), else text.
import { UserError } from '../errors.js';

export function collectParam(raw: string, previous: Record<string, unknown> = {}): Record<string, unknown> {
  const eq = raw.indexOf('=');
  if (eq <= 0) throw new UserError(`--param expects name=value, got "${raw}"`);
  const name = raw.slice(0, eq);
  const text = raw.slice(eq + 1);
  let value: unknown = text;
  try {
    value = JSON.parse(text);
  } catch {
    // plain text
  }
  return { ...previous, [name]: value };
}
