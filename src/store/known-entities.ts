// What a writer has committed about each entity, so that a row adding nothing to it is not sent
// again: a bulk ingest names the same entities in article after article, and merging each of them
// once per transaction cost more than writing the facts. Only this writer's own commits are
// recorded; an entity someone else deletes meanwhile makes the next write miss an endpoint, and
// the writer then forgets everything and writes the rows in full.
export type EntityRow = { id: string; type: string; nameAr: string | null; wikidataId: string | null; aliases: string[] };

type Known = { types: Set<string>; nameAr: boolean; wikidataId: boolean; aliases: Set<string> };

export class KnownEntities {
  private byId = new Map<string, Known>();

  /** True when writing the row would change nothing (the ENTITIES query's rules). */
  covers(row: EntityRow): boolean {
    const k = this.byId.get(row.id);
    return !!k && k.types.has(row.type) && (k.nameAr || row.nameAr === null) && (k.wikidataId || row.wikidataId === null)
      && row.aliases.every((a) => k.aliases.has(a));
  }

  /** Call after the rows' transaction committed. */
  remember(rows: EntityRow[]): void {
    for (const row of rows) {
      const k = this.byId.get(row.id) ?? { types: new Set<string>(), nameAr: false, wikidataId: false, aliases: new Set<string>() };
      k.types.add(row.type);
      k.nameAr ||= row.nameAr !== null;
      k.wikidataId ||= row.wikidataId !== null;
      for (const a of row.aliases) k.aliases.add(a);
      this.byId.set(row.id, k);
    }
  }

  forget(): void {
    this.byId.clear();
  }
}
