// Drives the built viewer in headless Chromium for the browser tests: one server on a free port,
// one page, and the few gestures the tests need.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium, type Chromium } from '../../src/bench/chromium.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import type { Graph } from '../../src/store/connection.js';

export const ARTIFACTS = 'test-artifacts';

export type Session = { browser: Chromium; server: RunningServer; page: Page; dialogs: string[]; pageErrors: string[]; close(): Promise<void> };

/** Serves the graph, opens the viewer and waits for its first picture; dialogs are recorded and dismissed. */
export async function openViewer(g: Graph): Promise<Session> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startServer(g, { port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  const page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector('body[data-loaded]');
  return {
    browser, server, page, dialogs, pageErrors,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

type Viewer = {
  graph: { order: number };
  layout: { isIdle(): boolean };
  sigma: {
    getCamera(): { animate(state: object, o: object): Promise<void> };
    getNodeDisplayData(n: string): { x: number; y: number; label: string };
    framedGraphToViewport(c: { x: number; y: number }): { x: number; y: number };
  };
};

// These functions run in the page (page.evaluate serialises them); the casts are types only.
export const order = (page: Page) => page.evaluate(() => (window as unknown as { kgViewer: Viewer }).kgViewer.graph.order);
export const labelOf = (page: Page, id: string) =>
  page.evaluate((node) => (window as unknown as { kgViewer: Viewer }).kgViewer.sigma.getNodeDisplayData(node).label, id);

/**
 * Waits for the layout to settle, zooms in on the node (so that no neighbour overlaps it), then
 * clicks (or double-clicks) it where it is drawn.
 */
/**
 * Clicks a node where it is drawn. The layout is not deterministic, so another node may lie on
 * top of it: when the click selects something else, zoom in further (distances grow faster than
 * node sizes) and click again.
 */
export async function clickNode(page: Page, id: string, clickCount: 1 | 2 = 1): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { kgViewer: Viewer }).kgViewer.layout.isIdle(), null, { timeout: 40_000 });
  for (const ratio of [0.25, 0.06, 0.015]) {
    await page.evaluate(({ node, ratio }) => {
      const v = (window as unknown as { kgViewer: Viewer }).kgViewer;
      const d = v.sigma.getNodeDisplayData(node);
      return v.sigma.getCamera().animate({ x: d.x, y: d.y, ratio }, { duration: 100 });
    }, { node: id, ratio });
    await page.waitForTimeout(300);
    const at = await page.evaluate((node) => {
      const v = (window as unknown as { kgViewer: Viewer }).kgViewer;
      return v.sigma.framedGraphToViewport(v.sigma.getNodeDisplayData(node));
    }, id);
    const box = (await page.locator('#stage').boundingBox())!;
    if (clickCount === 2) await page.mouse.dblclick(box.x + at.x, box.y + at.y);
    else await page.mouse.click(box.x + at.x, box.y + at.y);
    const selected = await page.waitForFunction((node) => new URL(location.href).searchParams.get('node') === node, id, { timeout: 5_000 })
      .then(() => true, () => false);
    if (selected) return;
  }
  throw new Error(`could not click node ${id}: another node covers it at every zoom tried`);
}

/** Types into the search box, takes the first suggestion; returns its entity id once its panel is open. */
export async function search(page: Page, text: string): Promise<string | null> {
  await page.fill('#search', text);
  await page.waitForSelector('#search-results li[data-id]');
  const first = await page.getAttribute('#search-results li[data-id]', 'data-id');
  await page.press('#search', 'Enter');
  await page.waitForFunction((id) => document.querySelector('#panel:not([hidden]) .node-title') && new URL(location.href).searchParams.get('node') === id, first);
  return first;
}
