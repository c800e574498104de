// Drives the built viewer in headless Chromium for the browser tests: one server on a free port,
// one page, and the few gestures the tests need.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium, type Chromium } from '../../src/bench/chromium.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import type { Graph } from '../../src/store/connection.js';

export const ARTIFACTS = 'test-artifacts';

export type Session = { browser: Chromium; server: RunningServer; page: Page; dialogs: string[]; pageErrors: string[]; close(): Promise<void> };

/**
 * Serves the graph, opens the viewer (with `query`, such as `?limit=6000`) and waits for its first
 * picture; dialogs are recorded and dismissed.
 */
export async function openViewer(g: Graph, query = ''): Promise<Session> {
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
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector('body[data-loaded]', { timeout: 60_000 });
  return {
    browser, server, page, dialogs, pageErrors,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The handle the viewer puts on `window` for tests (viewer/src/main.ts): the parts the tests use. */
export type Handle = {
  kgViewer: {
    graph: { order: number };
    layout: { isIdle(): boolean };
    hovered(): string | null;
    hoveredEdge(): string | null;
    sigma: {
      getGraph(): {
        nodes(): string[]; edges(): string[]; neighbors(n: string): string[]; extremities(e: string): string[];
        hasExtremity(e: string, n: string): boolean; getNodeAttribute(n: string, a: 'color'): string; getNodeAttributes(n: string): { x: number; y: number };
      };
      getNodeDisplayData(n: string): { x: number; y: number; size: number; color: string; label: string | null };
      getEdgeDisplayData(e: string): { hidden: boolean; forceLabel: boolean; color: string };
      getCamera(): { animate(state: object, o: object): Promise<void>; getState(): { ratio: number } };
      getCanvases(): Record<string, HTMLCanvasElement>;
      graphToViewport(p: { x: number; y: number }): { x: number; y: number };
      framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
      scaleSize(size: number): number;
      refresh(): void;
    };
  };
};

// These functions run in the page (page.evaluate serialises them); the casts are types only.
export const order = (page: Page) => page.evaluate(() => (window as unknown as Handle).kgViewer.graph.order);
/** Pixels drawn on sigma's edge-label layer. */
export const edgeLabelInk = (page: Page) => page.evaluate(() => {
  const canvas = (window as unknown as Handle).kgViewer.sigma.getCanvases().edgeLabels!;
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let ink = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink++;
  return ink;
});
export const labelOf = (page: Page, id: string) =>
  page.evaluate((node) => (window as unknown as Handle).kgViewer.sigma.getNodeDisplayData(node).label, id);

/**
 * Points the mouse at a node where it is drawn, once the layout has settled, and does `act` there
 * until `done` says it worked. The layout is not deterministic, so another node may lie on top of
 * it: then zoom in further (distances grow faster than node sizes) and try again.
 */
async function atNode(page: Page, id: string, act: (x: number, y: number) => Promise<void>, done: () => Promise<boolean>, what: string): Promise<void> {
  await page.waitForFunction(() => (window as unknown as Handle).kgViewer.layout.isIdle(), null, { timeout: 40_000 });
  for (const ratio of [0.25, 0.06, 0.015]) {
    await page.evaluate(({ node, ratio }) => {
      const v = (window as unknown as Handle).kgViewer;
      const d = v.sigma.getNodeDisplayData(node);
      return v.sigma.getCamera().animate({ x: d.x, y: d.y, ratio }, { duration: 100 });
    }, { node: id, ratio });
    await page.waitForTimeout(300);
    const at = await page.evaluate((node) => {
      const v = (window as unknown as Handle).kgViewer;
      return v.sigma.framedGraphToViewport(v.sigma.getNodeDisplayData(node));
    }, id);
    const box = (await page.locator('#stage').boundingBox())!;
    await act(box.x + at.x, box.y + at.y);
    if (await done()) return;
  }
  throw new Error(`could not ${what} node ${id}: another node covers it at every zoom tried`);
}

/** Whether the page comes to satisfy `check` within five seconds. */
const soon = (page: Page, check: (node: string) => boolean, arg: string) => () =>
  page.waitForFunction(check, arg, { timeout: 5_000 }).then(() => true, () => false);

/** Clicks (or double-clicks) a node where it is drawn; done once the URL names it as selected. */
export async function clickNode(page: Page, id: string, clickCount: 1 | 2 = 1): Promise<void> {
  const selected = soon(page, (node) => new URL(location.href).searchParams.get('node') === node, id);
  await atNode(page, id, (x, y) => (clickCount === 2 ? page.mouse.dblclick(x, y) : page.mouse.click(x, y)), selected, 'click');
}

/**
 * Moves the mouse onto a node; done once the viewer reports the node hovered. Sigma looks for a
 * node under the pointer on each mousemove over its canvas, so the pointer must go where the node
 * is drawn at that moment: while the layout runs, nodes move away from where they were measured.
 */
export async function hoverNode(page: Page, id: string): Promise<void> {
  const over = soon(page, (node) => (window as unknown as Handle).kgViewer.hovered() === node, id);
  await atNode(page, id, (x, y) => page.mouse.move(x, y), over, 'hover');
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
