// Force-directed layout off the main thread: ForceAtlas2 runs in a web worker for a while after
// the graph changes, then noverlap (also in a worker) pushes overlapping nodes apart.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import NoverlapLayout from 'graphology-layout-noverlap/worker';
import type { KgGraph } from './graph-data.js';

export type LayoutState = 'running' | 'stopped';

export class Layout {
  private fa2: FA2Layout | null = null;
  private noverlap: NoverlapLayout | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly graph: KgGraph, private readonly onChange: (state: LayoutState) => void) {}

  isRunning(): boolean {
    return this.fa2?.isRunning() ?? false;
  }

  /** Neither ForceAtlas2 nor noverlap is moving nodes. */
  isIdle(): boolean {
    return !this.isRunning() && this.noverlap === null;
  }

  /** Runs ForceAtlas2 for a time that grows with the graph, then tidies overlaps; `stop` cuts it short. */
  start(): void {
    this.kill();
    if (this.graph.order < 2) return;
    this.fa2 = new FA2Layout(this.graph, { settings: { ...inferSettings(this.graph), barnesHutOptimize: this.graph.order > 1_000 } });
    this.fa2.start();
    this.onChange('running');
    const seconds = Math.min(20, 2 + this.graph.order / 2_000);
    this.timer = setTimeout(() => this.stop(), seconds * 1_000);
  }

  stop(): void {
    clearTimeout(this.timer);
    if (!this.fa2?.isRunning()) return;
    this.fa2.stop();
    this.finish();
  }

  private finish(): void {
    this.noverlap?.kill();
    this.noverlap = new NoverlapLayout(this.graph, {
      settings: { ratio: 1.2, margin: 2 },
      onConverged: () => {
        this.noverlap?.kill();
        this.noverlap = null;
      },
    });
    this.noverlap.start();
    // On big graphs noverlap may take long to converge; a few seconds of it is enough to read labels.
    this.timer = setTimeout(() => {
      this.noverlap?.kill();
      this.noverlap = null;
    }, 3_000);
    this.onChange('stopped');
  }

  /** The supervisors hold a copy of the graph's structure; any change of structure needs fresh ones. */
  kill(): void {
    clearTimeout(this.timer);
    this.fa2?.kill();
    this.noverlap?.kill();
    this.fa2 = null;
    this.noverlap = null;
    this.onChange('stopped');
  }
}
