import { describe, expect, it } from 'vitest';
import type { GraphPayload } from '../../src/model/api.js';
import { createGraph, mergePayload, replaceWith } from '../../viewer/src/graph-data.js';
import { isRtl } from '../../viewer/src/labels.js';

const payload = (nodes: string[], edges: [string, string, string][]): GraphPayload => ({
  nodes: nodes.map((id) => ({ id, name: id, type: 'Person', degree: 1 })),
  edges: edges.map(([source, predicate, target], i) => ({ id: `${source}-${predicate}-${target}-${i}`, source, target, predicate })),
  total: { nodes: nodes.length, edges: edges.length },
  truncated: false,
});

describe('the drawn graph', () => {
  it('folds parallel relationships, either direction, into one edge listing the predicates', () => {
    const g = createGraph();
    mergePayload(g, payload(['a', 'b'], [['a', 'MEETS', 'b'], ['b', 'SUPPORTS', 'a'], ['a', 'MEETS', 'b']]));
    expect(g.size).toBe(1);
    const edge = g.getEdgeAttributes(g.edges()[0]!);
    expect(edge.predicates).toEqual(['MEETS', 'SUPPORTS']);
    expect(edge.label).toBe('MEETS, SUPPORTS');
    expect(edge.relations.map((r) => `${r.source}>${r.target}`)).toEqual(['a>b', 'b>a', 'a>b']);
  });

  it('keeps drawn nodes where they are and places newcomers beside a drawn neighbour', () => {
    const g = createGraph();
    mergePayload(g, payload(['a', 'b'], [['a', 'MEETS', 'b']]));
    g.mergeNodeAttributes('a', { x: 1000, y: -1000 });
    const added = mergePayload(g, payload(['a', 'c'], [['a', 'VISITS', 'c']]));
    expect(added).toEqual(['c']);
    expect(g.getNodeAttributes('a')).toMatchObject({ x: 1000, y: -1000 });
    const c = g.getNodeAttributes('c');
    expect(Math.hypot(c.x - 1000, c.y + 1000)).toBeLessThan(10);
  });

  it('replaces the content, keeping the positions of nodes that stay', () => {
    const g = createGraph();
    mergePayload(g, payload(['a', 'b', 'c'], [['a', 'MEETS', 'b'], ['b', 'MEETS', 'c']]));
    const before = g.getNodeAttributes('b');
    replaceWith(g, payload(['b', 'd'], [['b', 'FIGHTS', 'd']]));
    expect(g.nodes().sort()).toEqual(['b', 'd']);
    expect(g.getNodeAttributes('b')).toMatchObject({ x: before.x, y: before.y });
    expect(g.getEdgeAttributes(g.edges()[0]!).predicates).toEqual(['FIGHTS']);
  });

  it('ignores self-loops and edges to nodes it does not hold', () => {
    const g = createGraph();
    mergePayload(g, payload(['a'], [['a', 'MEETS', 'a'], ['a', 'MEETS', 'zzz']]));
    expect(g.size).toBe(0);
  });
});

describe('label direction', () => {
  it.each([
    ['جو بايدن', true], ['Joe Biden', false], ['«الكاظمي»', true], ['1 مليون', true], ['<b>عربي</b>', false], ['', false],
  ])('%j runs right-to-left: %s', (text, rtl) => {
    expect(isRtl(text)).toBe(rtl);
  });
});
