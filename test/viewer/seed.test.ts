// The viewer over the real seed article, ingested by the real pipeline.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFiles, ingestFiles } from '../../src/ingest.js';
import type { Graph } from '../../src/store/connection.js';
import { clearGraph, testGraph } from '../helpers.js';
import { ARTIFACTS, clickNode, hoverNode, labelOf, openViewer, search, type Handle, type Session } from './page.js';

const FADED = '#e2e4e8';

let g: Graph;
let session: Session;
let page: Page;

beforeAll(async () => {
  g = await testGraph();
  await clearGraph(g);
  await ingestFiles(g, collectFiles([resolve('seeds')]));
  session = await openViewer(g);
  page = session.page;
});
afterAll(async () => {
  await session?.close();
  await g?.close();
});

describe('viewer over the seed article', () => {
  it('lands on the same node for "Biden" and "بايدن"', async () => {
    const english = await search(page, 'Biden');
    expect(english).toBeTruthy();
    expect(await search(page, 'بايدن')).toBe(english);
  });

  it('shows Kadhimi meeting Biden with the Arabic evidence sentence', async () => {
    const kadhimi = await search(page, 'الكاظمي');
    await page.locator('#panel .close').click();
    await clickNode(page, kadhimi!);
    await expect.poll(() => page.textContent('#panel .node-title')).toContain('الكاظمي');
    const meets = page.locator('#panel .relation[data-predicate="MEETS"]');
    await expect.poll(() => meets.count()).toBe(1);
    expect(await meets.locator('.other').textContent()).toContain('بايدن');
    const sentence = meets.locator('q.sentence').first();
    expect(await sentence.textContent()).toMatch(/يلتقي بالرئيس جو بايدن/);
    expect(await sentence.getAttribute('dir')).toBe('auto');
    expect((await meets.locator('mark').allTextContents()).join(' ')).toMatch(/الكاظمي/);
    await page.screenshot({ path: `${ARTIFACTS}/seed-kadhimi-panel.png` });
  });

  it('draws Arabic labels', async () => {
    await page.selectOption('#lang', 'ar');
    const biden = await search(page, 'Biden');
    expect(await labelOf(page, biden!)).toMatch(/بايدن/);
    await page.locator('#panel .close').click();
    await page.mouse.move(5, 5);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${ARTIFACTS}/seed-arabic-labels.png` });
    expect(session.dialogs).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('highlights the neighbourhood of the hovered node and fades the rest', async () => {
    // The best-connected entity that still leaves some nodes outside its neighbourhood.
    const { node, neighbour, stranger } = await page.evaluate(() => {
      const g = (window as unknown as Handle).kgViewer.sigma.getGraph();
      const [hub] = g.nodes().map((n) => ({ n, around: new Set([n, ...g.neighbors(n)]) }))
        .filter((c) => c.around.size < g.nodes().length).sort((a, b) => b.around.size - a.around.size);
      return { node: hub!.n, neighbour: g.neighbors(hub!.n)[0]!, stranger: g.nodes().find((n) => !hub!.around.has(n))! };
    });
    // What sigma draws (its reducers' output) beside the node's own colour.
    const look = (n: string) => page.evaluate((n) => {
      const s = (window as unknown as Handle).kgViewer.sigma;
      return { ...s.getNodeDisplayData(n), own: s.getGraph().getNodeAttribute(n, 'color') };
    }, n);
    const edges = () => page.evaluate((node) => {
      const s = (window as unknown as Handle).kgViewer.sigma;
      return s.getGraph().edges().map((e) => ({ touches: s.getGraph().hasExtremity(e, node), ...s.getEdgeDisplayData(e) }));
    }, node);

    await hoverNode(page, node);
    await expect.poll(async () => (await look(stranger)).color).toBe(FADED);
    expect((await look(stranger)).label).toBe('');
    for (const n of [node, neighbour]) {
      const l = await look(n);
      expect(l.color).toBe(l.own);
      expect(l.label).toBeTruthy();
    }
    const drawn = await edges();
    expect(drawn.filter((e) => e.touches).every((e) => !e.hidden && e.forceLabel)).toBe(true);
    expect(drawn.filter((e) => !e.touches).every((e) => e.hidden)).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/seed-hover.png` });

    await page.mouse.move(5, 5);
    await expect.poll(async () => (await look(stranger)).color).not.toBe(FADED);
    expect((await look(stranger)).color).toBe((await look(stranger)).own);
    expect((await edges()).some((e) => e.hidden)).toBe(false);
  });

  it('darkens the hovered edge and labels it with its predicates', async () => {
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => (window as unknown as Handle).kgViewer.layout.isIdle(), null, { timeout: 40_000 });
    const edges = await page.evaluate(() => (window as unknown as Handle).kgViewer.sigma.getGraph().edges());
    const hoveredEdge = () => page.evaluate(() => (window as unknown as Handle).kgViewer.hoveredEdge());
    // Another node may lie on an edge's middle: then the next edge is tried.
    let hovered: string | null = null;
    for (const edge of edges.slice(0, 8)) {
      // The camera centred on the edge's middle, zoomed until the edge is about 400 pixels long.
      await page.evaluate(async (edge) => {
        const s = (window as unknown as Handle).kgViewer.sigma;
        const [a, b] = s.getGraph().extremities(edge).map((n) => s.getNodeDisplayData(n));
        const [va, vb] = [s.framedGraphToViewport(a!), s.framedGraphToViewport(b!)];
        const ratio = s.getCamera().getState().ratio * Math.max(1, Math.hypot(va.x - vb.x, va.y - vb.y)) / 400;
        await s.getCamera().animate({ x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2, ratio: Math.min(20, Math.max(0.02, ratio)) }, { duration: 100 });
      }, edge);
      await page.waitForTimeout(300);
      const box = (await page.locator('#stage').boundingBox())!;
      const middle = await page.evaluate((edge) => {
        const s = (window as unknown as Handle).kgViewer.sigma;
        const [a, b] = s.getGraph().extremities(edge).map((n) => s.framedGraphToViewport(s.getNodeDisplayData(n)));
        return { x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 };
      }, edge);
      await page.mouse.move(box.x + middle.x, box.y + middle.y - 1);
      await page.mouse.move(box.x + middle.x, box.y + middle.y);
      if (await page.waitForFunction((edge) => (window as unknown as Handle).kgViewer.hoveredEdge() === edge, edge, { timeout: 3_000 }).then(() => true, () => false)) {
        hovered = edge;
        break;
      }
    }
    expect(hovered).not.toBeNull();
    const look = await page.evaluate((e) => (window as unknown as Handle).kgViewer.sigma.getEdgeDisplayData(e), hovered!);
    // forceLabel: drawn whatever the zoom.
    expect(look).toMatchObject({ color: '#1f2328', forceLabel: true, hidden: false });
    await page.screenshot({ path: `${ARTIFACTS}/seed-edge-hover.png` });

    await page.mouse.move(5, 5);
    await expect.poll(hoveredEdge).toBeNull();
    expect((await page.evaluate((e) => (window as unknown as Handle).kgViewer.sigma.getEdgeDisplayData(e), hovered!)).color).not.toBe('#1f2328');
  });
});
