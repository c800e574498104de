import { describe, expect, it } from 'vitest';
import { KnownEntities, type EntityRow } from '../../src/store/known-entities.js';

const iraq: EntityRow = { id: 'Q796', type: 'Country', nameAr: 'العراق', wikidataId: 'Q796', aliases: ['Iraq', 'العراق'] };

describe('KnownEntities', () => {
  it('covers a row only once everything in it has been remembered', () => {
    const known = new KnownEntities();
    expect(known.covers(iraq)).toBe(false);
    known.remember([iraq]);
    expect(known.covers(iraq)).toBe(true);
    expect(known.covers({ ...iraq, aliases: ['Iraq'] })).toBe(true);
    expect(known.covers({ ...iraq, nameAr: null, wikidataId: null })).toBe(true);
  });

  it('does not cover a row that would add an alias, a type, an Arabic name or a Wikidata id', () => {
    const known = new KnownEntities();
    known.remember([{ ...iraq, nameAr: null, wikidataId: null }]);
    expect(known.covers({ ...iraq, nameAr: null, wikidataId: null, aliases: ['Republic of Iraq'] })).toBe(false);
    expect(known.covers({ ...iraq, nameAr: null, wikidataId: null, type: 'Place' })).toBe(false);
    expect(known.covers({ ...iraq, wikidataId: null })).toBe(false);
    expect(known.covers({ ...iraq, nameAr: null })).toBe(false);
  });

  it('forgets everything', () => {
    const known = new KnownEntities();
    known.remember([iraq]);
    known.forget();
    expect(known.covers(iraq)).toBe(false);
  });
});
