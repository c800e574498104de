// Force-directed layout off the main thread: ForceAtlas2 runs in a web worker for a while after
// the graph changes, then noverlap (also in a worker) pushes overlapping nodes apart. When a few
// nodes join a laid-out graph, only they move: the others are fixed, and noverlap is left out.
//
// Both run on a copy of the graph that holds only positions and sizes. Their supervisors write
// every iteration into the graph they are given, and a write into the drawn graph makes sigma
// re-index all of it, which on large graphs freezes the page for longer than an iteration takes.
// The view takes the copy's positions instead: at most once a frame, and only once it has handed
// the previous ones to sigma.
import Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import NoverlapLayout from 'graphology-layout-noverlap/worker';
import type { KgGraph } from './graph-data.js';
import type { Position, View } from './renderer.js';
import { inSlices } from './slices.js';

export type LayoutState = 'running' | 'stopped';

type Copy = Graph<Position & { size: number; fixed: boolean }>;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export class Layout {
  private fa2: FA2Layout | null = null;
  private noverlap: NoverlapLayout | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The copy the layouts move, from its making until its last positions are handed to the view. */
  private copy: Copy | null = null;
  /** Whether the running layout moves only some nodes. */
  private partial = false;

  constructor(
    private readonly graph: KgGraph,
    private readonly view: Pick<View, 'move' | 'setMoving'>,
    private readonly onChange: (state: LayoutState) => void,
  ) {}

  /** From the copy's making to the end of ForceAtlas2. */
  isRunning(): boolean {
    return this.copy !== null && (this.fa2?.isRunning() ?? true);
  }

  /** Nothing is moving nodes, and the view draws where the layouts left them. */
  isIdle(): boolean {
    return this.copy === null;
  }

  /**
   * Runs ForceAtlas2 for a time that grows with the nodes it moves, then tidies overlaps; `stop`
   * cuts it short. Given `only`, the other nodes stay where they are.
   */
  start(only?: ReadonlySet<string>): void {
    this.kill();
    if (this.graph.order < 2) return;
    const copy: Copy = new Graph({ type: 'undirected' });
    this.copy = copy;
    this.partial = only !== undefined;
    this.onChange('running');
    void this.run(copy, only);
  }

  private async run(copy: Copy, only: ReadonlySet<string> | undefined): Promise<void> {
    // Copying 50,000 nodes and 100,000 edges takes graphology over half a second on a slow machine.
    // Any change of the drawn graph kills the layout, so the iterators never see one.
    const killed = () => this.copy !== copy;
    if (!(await inSlices(this.graph.nodeEntries(), ({ node, attributes: a }) => copy.addNode(node, { x: a.x, y: a.y, size: a.size, fixed: only !== undefined && !only.has(node) }), killed))) return;
    if (!(await inSlices(this.graph.edgeEntries(), ({ source, target }) => copy.addEdge(source, target), killed))) return;
    this.fa2 = new FA2Layout(copy, { settings: { ...inferSettings(copy), barnesHutOptimize: copy.order > 1_000 } });
    this.fa2.start();
    const seconds = Math.min(20, 2 + (only?.size ?? copy.order) / 2_000);
    this.timer = setTimeout(() => this.stop(), seconds * 1_000);
    await this.follow(copy);
  }

  /** Cuts ForceAtlas2 short (or stops the layout before it starts) and tidies overlaps. */
  stop(): void {
    clearTimeout(this.timer);
    if (!this.fa2?.isRunning()) {
      if (!this.fa2) this.kill();
      return;
    }
    this.fa2.stop();
    this.finish();
  }

  private finish(): void {
    this.onChange('stopped');
    // Noverlap has no fixed nodes: it would move the ones a partial layout keeps in place.
    if (this.partial) return;
    this.noverlap?.kill();
    this.noverlap = new NoverlapLayout(this.copy!, {
      settings: { ratio: 1.2, margin: 2 },
      onConverged: () => this.dropNoverlap(),
    });
    this.noverlap.start();
    // On big graphs noverlap may take long to converge; a few seconds of it is enough to read labels.
    this.timer = setTimeout(() => this.dropNoverlap(), 3_000);
  }

  private dropNoverlap(): void {
    this.noverlap?.kill();
    this.noverlap = null;
  }

  /** Hands the copy's positions to the view while a layout moves them, and once after the last move. */
  private async follow(copy: Copy): Promise<void> {
    let moved = false;
    copy.on('eachNodeAttributesUpdated', () => {
      moved = true;
    });
    this.view.setMoving(true);
    while (this.copy === copy) {
      await nextFrame();
      if (this.copy !== copy) return;
      if (moved) {
        moved = false;
        await this.view.move(copy);
      } else if (!this.isRunning() && this.noverlap === null) {
        this.copy = null;
        this.view.setMoving(false);
      }
    }
  }

  /** The copy holds the graph's structure; any change of structure needs a fresh one. */
  kill(): void {
    clearTimeout(this.timer);
    this.fa2?.kill();
    this.dropNoverlap();
    this.fa2 = null;
    this.copy = null;
    this.view.setMoving(false);
    this.onChange('stopped');
  }
}
