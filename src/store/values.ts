// Turns driver values (nodes, relationships, paths, temporal and spatial types, Integers) into
// plain JSON so every output format and the HTTP API see the same shapes.
import neo4j from 'neo4j-driver';

export type PlainNode = { kind: 'node'; elementId: string; labels: string[]; properties: Record<string, unknown> };
export type PlainRelationship = { kind: 'relationship'; elementId: string; type: string; startElementId: string; endElementId: string; properties: Record<string, unknown> };
export type PlainPath = { kind: 'path'; nodes: PlainNode[]; relationships: PlainRelationship[] };

const plainProps = (props: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(props).map(([k, v]) => [k, toPlain(v)]));

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number; inSafeRange(): boolean; toString(): string }).inSafeRange()
    ? (value as { toNumber(): number }).toNumber() : (value as { toString(): string }).toString();
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (neo4j.isNode(value as never)) {
    const n = value as unknown as { elementId: string; labels: string[]; properties: Record<string, unknown> };
    return { kind: 'node', elementId: n.elementId, labels: [...n.labels], properties: plainProps(n.properties) } satisfies PlainNode;
  }
  if (neo4j.isRelationship(value as never)) {
    const r = value as unknown as { elementId: string; type: string; startNodeElementId: string; endNodeElementId: string; properties: Record<string, unknown> };
    return { kind: 'relationship', elementId: r.elementId, type: r.type, startElementId: r.startNodeElementId, endElementId: r.endNodeElementId, properties: plainProps(r.properties) } satisfies PlainRelationship;
  }
  if (neo4j.isPath(value as never)) {
    const p = value as unknown as { segments: { start: unknown; relationship: unknown; end: unknown }[]; start: unknown };
    const nodes = [toPlain(p.start) as PlainNode, ...p.segments.map((s) => toPlain(s.end) as PlainNode)];
    return { kind: 'path', nodes, relationships: p.segments.map((s) => toPlain(s.relationship) as PlainRelationship) } satisfies PlainPath;
  }
  if (neo4j.isDate(value as never) || neo4j.isDateTime(value as never) || neo4j.isLocalDateTime(value as never)
    || neo4j.isTime(value as never) || neo4j.isLocalTime(value as never) || neo4j.isDuration(value as never) || neo4j.isPoint(value as never)) {
    return String(value);
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') return plainProps(value as Record<string, unknown>);
  return value;
}
