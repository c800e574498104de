// `kg stats`: counts per label and relationship type.
import type { Command } from 'commander';
import { withGraph } from '../store/connection.js';
import { graphStats } from '../store/stats.js';
import { formatTable } from './output.js';

export function registerStats(program: Command): void {
  program.command('stats')
    .description('count nodes per label and relationships per type')
    .option('--json', 'print as JSON')
    .action(async (opts: { json?: boolean }) => {
      const stats = await withGraph(graphStats);
      if (opts.json) {
        console.log(JSON.stringify(stats, null, 2));
        return;
      }
      const rows = [
        ...Object.entries(stats.labels).map(([name, count]) => ({ kind: 'label', name, count })),
        ...Object.entries(stats.relationshipTypes).map(([name, count]) => ({ kind: 'relationship', name, count })),
        { kind: 'total', name: 'nodes', count: stats.nodes },
        { kind: 'total', name: 'relationships', count: stats.relationships },
      ];
      console.log(formatTable(['kind', 'name', 'count'], rows));
    });
}
