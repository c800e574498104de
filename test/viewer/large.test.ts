// The viewer on a graph past its large-graph line (6,000 entities): sigma's pass over the new graph
// and the layout's moves reach sigma in slices, edges are hidden while nodes move, and edge labels
// appear when zoomed in, not before.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/store/connection.js';
import { ensureSchema } from '../../src/store/schema.js';
import { clearGraph, testGraph } from '../helpers.js';
import { ARTIFACTS, clickNode, edgeLabelInk, openViewer, type Handle, type Session } from './page.js';

const NODES = 6_000;

let g: Graph;
let session: Session;
let page: Page;

// Two hubs that MEET, each with every other entity around it, and those entities MEET in pairs
// (n2 and n4, n3 and n5, n6 and n8…), so that the pairs lie side by side within a hub's cloud.
beforeAll(async () => {
  g = await testGraph();
  await clearGraph(g);
  await ensureSchema(g);
  // JavaScript numbers reach Cypher as floats, and 'n' + 1.0 is "n1.0".
  const write = (cypher: string) => g.driver.executeQuery(`WITH toInteger($n) AS n ${cypher}`, { n: NODES }, { database: g.database });
  await write("UNWIND range(0, n - 1) AS i CREATE (:Entity:Person {id: 'n' + i, name: 'Entity ' + i, type: 'Person'})");
  await write("MATCH (a:Entity {id: 'n0'}), (b:Entity {id: 'n1'}) CREATE (a)-[:MEETS]->(b)");
  await write("UNWIND range(2, n - 1) AS i MATCH (leaf:Entity {id: 'n' + i}), (hub:Entity {id: 'n' + (i % 2)}) CREATE (leaf)-[:SUPPORTS]->(hub)");
  await write(`UNWIND [i IN range(2, n - 3) WHERE i % 4 IN [2, 3]] AS i
    MATCH (a:Entity {id: 'n' + i}), (b:Entity {id: 'n' + (i + 2)}) CREATE (a)-[:MEETS]->(b)`);
  session = await openViewer(g, `?limit=${NODES}`);
  page = session.page;
}, 120_000);
afterAll(async () => {
  await session?.close();
  await g?.close();
});

const edgesHidden = () => page.evaluate(() => {
  const s = (window as unknown as Handle).kgViewer.sigma;
  return s.getGraph().edges().filter((e) => s.getEdgeDisplayData(e).hidden).length;
});

describe('viewer on a large graph', () => {
  it('moves the nodes where the layout puts them, hiding edges only while they move', async () => {
    await expect.poll(edgesHidden, { timeout: 15_000 }).toBeGreaterThan(0);
    await page.waitForFunction(() => (window as unknown as Handle).kgViewer.layout.isIdle(), null, { timeout: 60_000 });
    await expect.poll(edgesHidden).toBe(0);
    // Sigma draws each node where the graph now says it is, though it never re-indexed the graph.
    const misplaced = await page.evaluate((ids) => {
      const s = (window as unknown as Handle).kgViewer.sigma;
      return ids.filter((n) => {
        const drawn = s.framedGraphToViewport(s.getNodeDisplayData(n));
        const placed = s.graphToViewport(s.getGraph().getNodeAttributes(n));
        return Math.hypot(drawn.x - placed.x, drawn.y - placed.y) > 1;
      });
    }, ['n0', 'n1', 'n2', 'n3001', 'n5999']);
    expect(misplaced).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/large-laid-out.png` });
    expect(session.pageErrors).toEqual([]);
  });

  it('labels edges with their predicates when zoomed in, and not before', async () => {
    // At a ratio of 1 only the hubs are big enough to be labelled: the edge between them would be.
    await page.evaluate(() => (window as unknown as Handle).kgViewer.sigma.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1 }, { duration: 50 }));
    await page.waitForTimeout(500);
    expect(await edgeLabelInk(page)).toBe(0);
    // Zoomed in on the pair n2–n4, close enough that both stay on screen and are labelled.
    await page.evaluate(async () => {
      const s = (window as unknown as Handle).kgViewer.sigma;
      const [a, b] = [s.getNodeDisplayData('n2'), s.getNodeDisplayData('n4')];
      const ratio = Math.min(0.07, Math.max(0.02, 2.5 * Math.hypot(a.x - b.x, a.y - b.y)));
      await s.getCamera().animate({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, ratio }, { duration: 50 });
    });
    await expect.poll(() => edgeLabelInk(page)).toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}/large-edge-labels.png` });
    expect(session.pageErrors).toEqual([]);
  });

  it('indexes the graph in slices as sigma does in one pass: same drawing, same picking', async () => {
    await page.waitForFunction(() => (window as unknown as Handle).kgViewer.layout.isIdle(), null, { timeout: 60_000 });
    const drawn = () => page.evaluate(() => {
      const s = (window as unknown as Handle).kgViewer.sigma;
      const g = s.getGraph();
      const round = (v: number) => Math.round(v * 1e6) / 1e6;
      return {
        nodes: g.nodes().filter((_, i) => i % 97 === 0).map((n) => {
          const { x, y, size, color, label } = s.getNodeDisplayData(n);
          return [n, round(x), round(y), size, color, label];
        }),
        edges: g.edges().filter((_, i) => i % 97 === 0).map((e) => {
          const { hidden, color } = s.getEdgeDisplayData(e);
          return [e, hidden, color];
        }),
      };
    });
    const sliced = await drawn();
    await page.evaluate(() => (window as unknown as Handle).kgViewer.sigma.refresh());
    expect(await drawn()).toEqual(sliced);
    // Sigma finds the node under the pointer through the ids the sliced pass gave it.
    await clickNode(page, 'n1');
    await expect.poll(() => page.locator('#panel:not([hidden]) .node-title').textContent()).toBe('Entity 1');
    expect(session.pageErrors).toEqual([]);
  });
});
