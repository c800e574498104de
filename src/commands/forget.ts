// `kg forget`: removes articles from the graph with what rests on them alone (src/store/forget-article.ts),
// for instance before ingesting them again with another extractor or after a wrong ingest.
import type { Command } from 'commander';
import { UserError } from '../errors.js';
import { ArticleIdSchema } from '../model/schemas.js';
import { withGraph } from '../store/connection.js';
import { forgetArticle, type ForgetStats } from '../store/forget-article.js';
import { counted } from '../counted.js';

const summary = (id: string, s: ForgetStats) =>
  `forgot article ${id}: ${counted(s.sentences, 'sentence')}, ${counted(s.factsRemoved, 'fact')} removed, ` +
  `${counted(s.factsKept, 'fact')} kept with evidence from other articles, ${counted(s.entitiesRemoved, 'entity', 'entities')} removed`;

export function registerForget(program: Command): void {
  program.command('forget')
    .description('remove articles, their sentences and mentions, and the facts and entities no other article supports')
    .argument('<articleIds...>', 'article ids (kg export --format jsonl, or MATCH (a:Article) RETURN a.id, a.title)')
    .addHelpText('after', `
Each article goes in one transaction. Facts that other articles also support stay, with those
articles' evidence only.

Examples:
  kg query "MATCH (a:Article) RETURN a.id, a.title"
  kg forget 1c542370e0e3f713
  kg forget 1c542370e0e3f713 && kg ingest seeds/ --extractor llm`)
    .action(async (ids: string[]) => {
      const malformed = ids.filter((id) => !ArticleIdSchema.safeParse(id).success);
      if (malformed.length) throw new UserError(`not an article id (16 hex digits): ${malformed.join(', ')}`);
      const missing: string[] = [];
      await withGraph(async (g) => {
        for (const id of ids) {
          const stats = await forgetArticle(g, id);
          if (stats) console.log(summary(id, stats));
          else missing.push(id);
        }
      });
      if (missing.length) throw new UserError(`no article with id ${missing.join(', ')} is stored`);
    });
}
