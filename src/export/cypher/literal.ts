// Cypher literals for values that must be inlined in a script (no parameters there). Strings are
// single-quoted with every quote, backslash and control character escaped; bidirectional and other
// invisible format characters are escaped too, so a reader sees the script as Neo4j parses it.
export class CypherFloat {
  constructor(readonly value: number) {}
}

/** Marks a number as a Cypher Float: JavaScript has one number type, Neo4j has Integer and Float. */
export const float = (n: number) => new CypherFloat(n);

export type CypherValue = null | boolean | number | string | CypherFloat | CypherValue[] | { [key: string]: CypherValue | undefined };

const SHORT: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

// C0/C1 controls, bidi controls and isolates, zero-width and line/paragraph separators, BOM, surrogates.
const ESCAPED = /[\\'\u0000-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF\uD800-\uDFFF]/g;

export const cypherString = (s: string): string =>
  `'${s.replace(ESCAPED, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)}'`;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const key = (k: string) => (IDENTIFIER.test(k) ? k : `\`${k.replaceAll('`', '``')}\``);

function number(n: number, isFloat: boolean): string {
  if (!Number.isFinite(n)) throw new Error(`cannot write ${n} as a Cypher literal`);
  const s = String(n);
  return !isFloat || /[.eE]/.test(s) ? s : `${s}.0`;
}

export function cypherLiteral(v: CypherValue | undefined): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return number(v, !Number.isInteger(v));
  if (typeof v === 'string') return cypherString(v);
  if (v instanceof CypherFloat) return number(v.value, true);
  if (Array.isArray(v)) return `[${v.map(cypherLiteral).join(', ')}]`;
  const entries = Object.entries(v).filter(([, x]) => x !== null && x !== undefined);
  return `{${entries.map(([k, x]) => `${key(k)}: ${cypherLiteral(x)}`).join(', ')}}`;
}
