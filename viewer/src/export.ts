// Saves the current view: a PNG of what is drawn, or the drawn graph as GEXF for Gephi.
import { downloadAsPNG } from '@sigma/export-image';
import { write } from 'graphology-gexf';
import type Sigma from 'sigma';
import { download } from './dom.js';
import type { EdgeAttrs, KgGraph, NodeAttrs } from './graph-data.js';

// The exporter is typed for attribute-less renderers; it reads nothing of ours.
export const exportPng = (sigma: Sigma<NodeAttrs, EdgeAttrs>) => downloadAsPNG(sigma as unknown as Sigma, { fileName: 'kg-view', backgroundColor: '#ffffff' });

export function exportGexf(graph: KgGraph): void {
  // GEXF attributes must be scalars: the folded relations travel as their predicate list.
  const flat = graph.copy();
  flat.updateEachEdgeAttributes((_, a) => ({ ...a, relations: a.relations.length as never }));
  download(new Blob([write(flat)], { type: 'application/gexf+xml' }), 'kg-view.gexf');
}
