// The viewer over the real seed article, ingested by the real pipeline.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFiles, ingestFiles } from '../../src/ingest.js';
import type { Graph } from '../../src/store/connection.js';
import { clearGraph, testGraph } from '../helpers.js';
import { ARTIFACTS, clickNode, labelOf, openViewer, search, type Session } from './page.js';

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
});
