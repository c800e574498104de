// Brings the test database to the viewer fixtures' state: empty, schema, the hand-made documents.
import type { Graph } from '../../src/store/connection.js';
import { ensureSchema } from '../../src/store/schema.js';
import { writeDocument } from '../../src/store/write-document.js';
import { VIEWER_DOCUMENTS } from '../fixtures/viewer/documents.js';
import { clearGraph } from '../helpers.js';

export async function loadViewerFixtures(g: Graph): Promise<void> {
  await clearGraph(g);
  await ensureSchema(g);
  for (const doc of VIEWER_DOCUMENTS) await writeDocument(g, doc);
}
