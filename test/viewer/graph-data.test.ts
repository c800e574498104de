import { describe, expect, it } from 'vitest';
import type { GraphPayload } from '../../src/model/api.js';
import { createGraph, mergePayload, replaceWith } from '../../viewer/src/graph-data.js';
import { isRtl } from '../../viewer/src/labels.js';
import { colorByCommunity, colorByType, sizeBy, typeColor } from '../../viewer/src/appearance.js';

const payload = (nodes: string[], edges: [string, string, string][]): GraphPayload => ({
  nodes: nodes.map((id) => ({ id, name: id, type: 'Person', degree: 1 })),
  edges: edges.map(([source, predicate, target], i) => ({ id: `${source}-${predicate}-${target}-${i}`, source, target, predicate })),
  total: { nodes: nodes.length, edges: edges.length },
  truncated: false,
});

describe('the drawn graph', () => {
  it('folds parallel relationships, either direction, into one edge listing the predicates', async () => {
    const g = createGraph();
    await mergePayload(g, payload(['a', 'b'], [['a', 'MEETS', 'b'], ['b', 'SUPPORTS', 'a'], ['a', 'MEETS', 'b']]));
    expect(g.size).toBe(1);
    const edge = g.getEdgeAttributes(g.edges()[0]!);
    expect(edge.predicates).toEqual(['MEETS', 'SUPPORTS']);
    expect(edge.label).toBe('MEETS, SUPPORTS');
    expect(edge.relations.map((r) => `${r.source}>${r.target}`)).toEqual(['a>b', 'b>a', 'a>b']);
  });

  it('keeps drawn nodes where they are and places newcomers beside a drawn neighbour', async () => {
    const g = createGraph();
    await mergePayload(g, payload(['a', 'b'], [['a', 'MEETS', 'b']]));
    g.mergeNodeAttributes('a', { x: 1000, y: -1000 });
    const added = await mergePayload(g, payload(['a', 'c'], [['a', 'VISITS', 'c']]));
    expect(added).toEqual(['c']);
    expect(g.getNodeAttributes('a')).toMatchObject({ x: 1000, y: -1000 });
    const c = g.getNodeAttributes('c');
    expect(Math.hypot(c.x - 1000, c.y + 1000)).toBeLessThan(10);
  });

  it('replaces the content, keeping the positions of nodes that stay', async () => {
    const g = createGraph();
    await mergePayload(g, payload(['a', 'b', 'c'], [['a', 'MEETS', 'b'], ['b', 'MEETS', 'c']]));
    const before = g.getNodeAttributes('b');
    await replaceWith(g, payload(['b', 'd'], [['b', 'FIGHTS', 'd']]));
    expect(g.nodes().sort()).toEqual(['b', 'd']);
    expect(g.getNodeAttributes('b')).toMatchObject({ x: before.x, y: before.y });
    expect(g.getEdgeAttributes(g.edges()[0]!).predicates).toEqual(['FIGHTS']);
  });

  it('ignores self-loops and edges to nodes it does not hold', async () => {
    const g = createGraph();
    await mergePayload(g, payload(['a'], [['a', 'MEETS', 'a'], ['a', 'MEETS', 'zzz']]));
    expect(g.size).toBe(0);
  });

  it('merges a large payload in slices, letting the page run in between', async () => {
    const ids = Array.from({ length: 60_000 }, (_, i) => `n${i}`);
    const big = payload(ids, ids.slice(1).map((id, i) => [ids[i]!, 'MEETS', id]));
    let ticks = 0;
    const clock = setInterval(() => ticks++, 0);
    try {
      await mergePayload(createGraph(), big);
    } finally {
      clearInterval(clock);
    }
    expect(ticks).toBeGreaterThan(0);
  });
});

describe('appearance', () => {
  it('colours each community alike, keeps the community of each node, and counts them', async () => {
    const g = createGraph();
    await mergePayload(g, payload(['a', 'b', 'c', 'd'], [['a', 'MEETS', 'b'], ['c', 'MEETS', 'd']]));
    const count = colorByCommunity(g, new Map([['a', 7], ['b', 7], ['c', 9], ['d', 9]]));
    expect(count).toBe(2);
    expect(g.getNodeAttribute('a', 'color')).toBe(g.getNodeAttribute('b', 'color'));
    expect(g.getNodeAttribute('a', 'color')).not.toBe(g.getNodeAttribute('c', 'color'));
    // Colouring by type again keeps the community colours only when asked to.
    colorByType(g, true);
    expect(g.getNodeAttribute('a', 'community')).toBe(7);
    colorByType(g);
    expect(g.getNodeAttribute('a', 'community')).toBeUndefined();
    expect(g.getNodeAttribute('a', 'color')).toBe(typeColor('Person'));
  });

  it('sizes by a score from the smallest to the largest size, leaving unscored nodes alone', async () => {
    const g = createGraph();
    await mergePayload(g, payload(['a', 'b', 'c'], [['a', 'MEETS', 'b']]));
    const before = g.getNodeAttribute('c', 'size');
    sizeBy(g, (n) => ({ a: 4, b: 1 } as Record<string, number>)[n]);
    expect(g.getNodeAttribute('a', 'size')).toBeGreaterThan(g.getNodeAttribute('b', 'size'));
    expect(g.getNodeAttribute('c', 'size')).toBe(before);
  });
});

describe('label direction', () => {
  it.each([
    ['جو بايدن', true], ['Joe Biden', false], ['«الكاظمي»', true], ['1 مليون', true], ['<b>عربي</b>', false], ['', false],
  ])('%j runs right-to-left: %s', (text, rtl) => {
    expect(isRtl(text)).toBe(rtl);
  });
});
