// The viewer against hand-made documents: the seed's Arabic sentence about Kadhimi meeting Biden,
// an English article, and an entity named like an XSS payload.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/store/connection.js';
import { MEETING_SENTENCE_AR, XSS_NAME } from '../fixtures/viewer/documents.js';
import { testGraph } from '../helpers.js';
import { loadViewerFixtures } from '../server/setup.js';
import { ARTIFACTS, clickNode, labelOf, openViewer, order, search, type Handle, type Session } from './page.js';

const KADHIMI = 'person:mustafa-al-kadhimi';

let g: Graph;
let session: Session;
let page: Page;

beforeAll(async () => {
  g = await testGraph();
  await loadViewerFixtures(g);
  session = await openViewer(g);
  page = session.page;
});
afterAll(async () => {
  await session?.close();
  await g?.close();
});

describe('viewer', () => {
  it('draws the graph and says how much is shown', async () => {
    await expect.poll(() => page.textContent('#status')).toMatch(/5 of 5 nodes shown/);
    expect(await order(page)).toBe(5);
    await page.screenshot({ path: `${ARTIFACTS}/viewer-loaded.png` });
  });

  it('finds Joe Biden by "Biden" and by "بايدن" and lands on the same node', async () => {
    expect(await search(page, 'Biden')).toBe('Q6279');
    expect(await page.textContent('#panel .node-title')).toContain('Joe Biden');
    expect(await search(page, 'بايدن')).toBe('Q6279');
    await page.screenshot({ path: `${ARTIFACTS}/viewer-search-arabic.png` });
  });

  it('opens Kadhimi on click and shows MEETS with its Arabic evidence, the mentions marked', async () => {
    await clickNode(page, KADHIMI);
    const meets = page.locator('#panel .relation[data-predicate="MEETS"]');
    await expect.poll(() => meets.count()).toBe(1);
    expect(await meets.locator('q.sentence').allTextContents()).toContain(MEETING_SENTENCE_AR);
    const arabic = meets.locator('.evidence', { hasText: 'يلتقي' });
    expect(await arabic.locator('q.sentence').getAttribute('dir')).toBe('auto');
    expect(await arabic.locator('mark').allTextContents()).toEqual(['الكاظمي', 'جو بايدن']);
    await page.screenshot({ path: `${ARTIFACTS}/viewer-kadhimi-panel.png` });
  });

  it('follows an evidence link to the article with the sentence marked', async () => {
    await page.locator('#panel .relation[data-predicate="MEETS"] .evidence', { hasText: 'يلتقي' }).locator('button.link').click();
    await expect.poll(() => page.textContent('#panel .article-text mark')).toBe(`${MEETING_SENTENCE_AR} `);
    expect(await page.getAttribute('#panel .article-text', 'dir')).toBe('rtl');
  });

  it('switches labels to Arabic and keeps it in the URL', async () => {
    await page.selectOption('#lang', 'ar');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('lang') === 'ar');
    expect(await labelOf(page, 'Q6279')).toBe('جو بايدن');
    await page.locator('#panel .close').click();
    await page.mouse.move(5, 5);
    await page.waitForTimeout(700);
    await page.screenshot({ path: `${ARTIFACTS}/viewer-arabic-labels.png` });
  });

  it('restores the state from a shared URL', async () => {
    const shared = new URL(page.url());
    shared.searchParams.set('node', 'Q6279');
    shared.searchParams.set('types', 'Person');
    const other = await session.browser.context.newPage();
    await other.goto(shared.href);
    await other.waitForSelector('#panel:not([hidden]) .node-title');
    expect(await other.textContent('#panel .node-title')).toContain('Joe Biden');
    expect(await other.inputValue('#lang')).toBe('ar');
    expect(await other.isChecked('#legend input[value="Country"]')).toBe(false);
    await expect.poll(() => other.textContent('#status')).toMatch(/of 3 nodes shown/);
    await other.close();
  });

  it('runs Cypher in the console (a table for values, the graph for nodes, writes refused); double-click expands', async () => {
    await page.locator('#console summary').click();
    await page.fill('#cypher', 'MATCH (e:Entity) RETURN e.name AS name, e.nameAr AS ar ORDER BY name');
    await page.click('#run-cypher');
    await page.waitForSelector('#cypher-result table');
    expect(await page.locator('#cypher-result tbody tr').count()).toBe(5);
    expect(await page.locator('#cypher-result td', { hasText: 'جو بايدن' }).count()).toBe(1);

    await page.fill('#cypher', 'MATCH (a:Entity)-[r:MEETS]-(b:Entity) RETURN a, r, b');
    await page.click('#run-cypher');
    await expect.poll(() => page.textContent('#cypher-result')).toMatch(/drawn 2 nodes and 1 relationships/);
    expect(await order(page)).toBe(2);
    await page.screenshot({ path: `${ARTIFACTS}/viewer-cypher-graph.png` });

    // Expanding lays out the newcomers only: the pair drawn before keeps its direction (the view
    // may rescale the picture to fit, but neither turns nor shears it).
    const idle = () => page.waitForFunction(() => (window as unknown as Handle).kgViewer.layout.isIdle(), null, { timeout: 40_000 });
    const direction = () => page.evaluate(([a, b]) => {
      const graph = (window as unknown as Handle).kgViewer.sigma.getGraph();
      const [p, q] = [graph.getNodeAttributes(a), graph.getNodeAttributes(b)];
      return Math.atan2(q.y - p.y, q.x - p.x);
    }, [KADHIMI, 'Q6279']);
    await idle();
    const before = await direction();
    await clickNode(page, KADHIMI, 2);
    await expect.poll(() => order(page)).toBe(5);
    await expect.poll(() => page.textContent('#status')).toMatch(/5 of 5 nodes shown/);
    await idle();
    expect(await direction()).toBeCloseTo(before, 6);

    await page.fill('#cypher', 'MATCH (n) DETACH DELETE n');
    await page.click('#run-cypher');
    await expect.poll(() => page.textContent('#cypher-result .error')).toMatch(/would write/);
  });

  it('shows a hostile name as text and runs nothing', async () => {
    await page.fill('#search', '<img');
    await page.waitForSelector('#search-results li[data-id="person:xss"]');
    expect(await page.textContent('#search-results li[data-id="person:xss"] .hit-name')).toBe(XSS_NAME);
    await page.press('#search', 'Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('node') === 'person:xss');
    await expect.poll(() => page.textContent('#panel .node-title')).toContain(XSS_NAME);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#panel b, #panel script').count()).toBe(0);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${ARTIFACTS}/viewer-hostile-name.png` });
    expect(session.dialogs).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('colours by community and sizes by PageRank on request', async () => {
    await page.selectOption('#color', 'community');
    await page.selectOption('#size', 'pagerank');
    await expect.poll(() => page.textContent('#legend .legend-note')).toMatch(/\d+ communities/);
    // Computed in a worker: every node drawn gets a community, and one colour per community.
    const coloured = await page.evaluate(() => {
      const g = (window as unknown as { kgViewer: { graph: { mapNodes<T>(f: (n: string, a: { community?: number; color: string }) => T): T[] } } }).kgViewer.graph;
      return g.mapNodes((_, a) => [a.community, a.color] as const);
    });
    expect(coloured.every(([community]) => community !== undefined)).toBe(true);
    expect(new Set(coloured.map(([c, colour]) => `${c}:${colour}`)).size).toBe(new Set(coloured.map(([c]) => c)).size);
    expect(new URL(page.url()).searchParams.get('color')).toBe('community');
    expect(new URL(page.url()).searchParams.get('size')).toBe('pagerank');
    await page.screenshot({ path: `${ARTIFACTS}/viewer-communities.png` });
  });

  it('exports GEXF and PNG', async () => {
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    expect(gexf.suggestedFilename()).toBe('kg-view.gexf');
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(png.suggestedFilename()).toBe('kg-view.png');
  });
});
