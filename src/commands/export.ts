// `kg export`: write the graph (or the facts a filter selects) in one of the export formats.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { UserError } from '../errors.js';
import { describeCounts } from '../export/exporter.js';
import { EXPORTERS, EXPORT_FORMATS, exporterFor } from '../export/registry.js';
import { baseIriProblem, DEFAULT_BASE_IRI } from '../export/rdf/terms.js';
import { DEFAULT_FOLDER, runExport } from '../export/run-export.js';
import { ReaderGoneError } from '../export/sink.js';
import { EMPTY_SOURCE } from '../export/source.js';
import { ENTITY_TYPES, PREDICATES, type EntityType, type Predicate } from '../model/ontology.js';
import { ArticleIdSchema } from '../model/schemas.js';
import { withGraph } from '../store/connection.js';
import { graphSource, missingArticles } from '../store/export-reads.js';

type Opts = { format: string; out?: string; baseIri: string; type?: EntityType[]; predicate?: Predicate[]; article?: string[] };

const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

// InvalidArgumentError rather than UserError: for a value from KG_BASE_IRI, commander's message
// then names the variable instead of a flag the user did not type.
function parseBaseIri(raw: string): string {
  const problem = baseIriProblem(raw);
  if (problem) throw new InvalidArgumentError(`${problem}.`);
  return raw;
}

export function registerExport(program: Command): void {
  program.command('export')
    .description('export the graph: jsonl, csv (neo4j-admin + flat), RDF (ntriples, turtle, nquads, trig, jsonld), graphml, gexf or a cypher script')
    .addOption(new Option('-f, --format <format>', 'export format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('-o, --out <path>', `output file (default: stdout); for csv a folder (default: ${DEFAULT_FOLDER}/)`)
    .addOption(new Option('--base-iri <iri>', 'RDF formats: the namespace of the IRIs kg mints (entities without a Wikidata id, articles, sentences, statements, graphs); an http(s) IRI ending in / or #')
      .argParser(parseBaseIri).env('KG_BASE_IRI').default(DEFAULT_BASE_IRI))
    .addOption(new Option('--type <types>', 'only facts with a subject or object of these entity types (repeatable, comma-separated)').argParser(collect))
    .addOption(new Option('--predicate <predicates>', 'only facts with these predicates (repeatable, comma-separated)').argParser(collect))
    .addOption(new Option('--article <ids>', 'only facts stated in these articles, by id (16 hex digits; repeatable, comma-separated)').argParser(collect))
    .addHelpText('after', `
Formats:
${EXPORTERS.map((e) => `  ${e.format.padEnd(11)}${e.description}`).join('\n')}

With a filter, the export holds the matching facts, their entities, the articles stating them
(with all their sentences) and the mentions of those entities there; without one, the whole graph.

Examples:
  kg export --format jsonl > triples.jsonl
  kg export --format csv --out dump/
  kg export --format turtle --predicate MEETS,VISITS --out meetings.ttl
  kg export --format trig --base-iri https://data.example.com/kg/ --out graph.trig
  kg export --format gexf --type Person --out people.gexf
  kg export --format cypher --out graph.cypher && kg query --write --file graph.cypher`)
    .action(async (opts: Opts) => {
      const bad = [
        ...(opts.type ?? []).filter((t) => !(ENTITY_TYPES as readonly string[]).includes(t)).map((t) => `unknown entity type "${t}" (one of ${ENTITY_TYPES.join(', ')})`),
        ...(opts.predicate ?? []).filter((p) => !(PREDICATES as readonly string[]).includes(p)).map((p) => `unknown predicate "${p}" (one of ${PREDICATES.join(', ')})`),
        ...(opts.article ?? []).flatMap((a) => ArticleIdSchema.safeParse(a).error?.issues.map((i) => `--article "${a}": ${i.message}`) ?? []),
      ];
      if (bad.length) throw new UserError(bad.join('; '));
      const exporter = exporterFor(opts.format);
      const filter = { types: opts.type, predicates: opts.predicate, articles: opts.article };
      let counts;
      try {
        counts = exporter.standalone
          ? await runExport(exporter, EMPTY_SOURCE, opts.out)
          : await withGraph(async (g) => {
            // Checked before anything is written: an article that is not there would give an empty export, not an error.
            const missing = await missingArticles(g, opts.article ?? []);
            if (missing.length) throw new UserError(`no article${missing.length > 1 ? 's' : ''} ${missing.join(', ')} in the graph (kg query "MATCH (a:Article) RETURN a.id, a.title" lists them)`);
            return runExport(exporter, graphSource(g, filter), opts.out, { baseIri: opts.baseIri });
          });
      } catch (err) {
        if (err instanceof ReaderGoneError) return;
        throw err;
      }
      const destination = opts.out ?? (exporter.target === 'folder' ? `${DEFAULT_FOLDER}/` : undefined);
      console.error(`kg: exported ${describeCounts(counts)}${destination ? ` to ${destination}` : ''}`);
    });
}
