import { describe, expect, it } from 'vitest';
import type { KbEntryWithId } from '../../src/extract/kb-types.js';
import { resolveOffice } from '../../src/resolve/offices.js';

const person = (id: string, roles: KbEntryWithId['roles'] = []): KbEntryWithId => ({ id, type: 'Person', name: id, aliases: [], adjectives: [], roles });
const pm = { predicate: 'HEAD_OF_GOVERNMENT_OF' as const, object: 'Q796' };

describe('resolveOffice', () => {
  it('prefers the person the article names with the title', () => {
    expect(resolveOffice(pm, [{ holderId: 'a', ...pm }], [person('b', [{ predicate: 'HEAD_OF_GOVERNMENT_OF', object: 'Q796' }])], undefined)).toBe('a');
  });
  it('takes the KB holder in force at the article date', () => {
    const old = person('old', [{ predicate: 'HEAD_OF_GOVERNMENT_OF', object: 'Q796', from: '2018-10', to: '2020-05' }]);
    const cur = person('cur', [{ predicate: 'HEAD_OF_GOVERNMENT_OF', object: 'Q796', from: '2020-05' }]);
    expect(resolveOffice(pm, [], [old, cur], undefined, '2021-07-24')).toBe('cur');
    expect(resolveOffice(pm, [], [old, cur], undefined, '2019-01-01')).toBe('old');
  });
  it('falls back to the headline person unless the KB gives them another office', () => {
    expect(resolveOffice(pm, [], [], person('h'))).toBe('h');
    expect(resolveOffice(pm, [], [], person('h', [{ predicate: 'HEAD_OF_GOVERNMENT_OF', object: 'Q30' }]))).toBeUndefined();
  });
});
