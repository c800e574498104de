// The base IRI users choose for the RDF exports: what is accepted, and what the exports mint under it.
import { describe, expect, it } from 'vitest';
import { baseIriProblem, DEFAULT_BASE_IRI, mintedIris, NS } from '../../src/export/rdf/terms.js';

describe('base IRI', () => {
  it('accepts absolute http(s) IRIs ending in / or #, Unicode included', () => {
    for (const iri of [DEFAULT_BASE_IRI, 'https://data.example.com/kg/', 'http://example.org/ns#', 'HTTPS://example.org:8443/a/b/',
      'https://example.org/معرفة/', 'https://example.org/kg%20data/', 'https://example.org/?graph=/'])
      expect(baseIriProblem(iri), iri).toBeNull();
  });

  it('refuses anything else, saying why', () => {
    const cases: [string, RegExp][] = [
      ['', /absolute http/],
      ['kg.example.org/', /absolute http/],
      ['ftp://example.org/', /absolute http/],
      ['urn:kg:', /absolute http/],
      ['https:///path/', /absolute http/],
      ['https://example.org/kg', /end in \/ or # \(e\.g\. https:\/\/example\.org\/kg\/\)/],
      ['https://example.org/k g/', /spaces/],
      ['https://example.org/<script>/', /<>/],
      ['https://example.org/"x"/', /<>"/],
      ['https://example.org/a\n/', /control characters/],
      ['https://example.org/%zz/', /escape/],
      ['https://example.org/a#b#', /at most one #/],
      ['https://exa[mple.org/', /Not a valid IRI/],
    ];
    for (const [iri, why] of cases) expect(baseIriProblem(iri), JSON.stringify(iri)).toMatch(why);
  });

  it('mints entity, article, sentence, statement and graph IRIs under the base; Wikidata ids keep Wikidata IRIs', () => {
    const base = 'https://data.example.com/kg#';
    const iris = mintedIris(base);
    expect(iris.prefixes.kg).toBe(base);
    expect(iris.entity({ id: 'person:mustafa-al-kadhimi' }).value).toBe(`${base}entity/person%3Amustafa-al-kadhimi`);
    expect(iris.entity({ id: 'person:joe-biden', wikidataId: 'Q6279' }).value).toBe(`${NS.wd}Q6279`);
    expect(iris.entity({ id: 'Q796' }).value).toBe(`${NS.wd}Q796`);
    expect(iris.article('fb525bee6f4d7285').value).toBe(`${base}article/fb525bee6f4d7285`);
    expect(iris.sentence('fb525bee6f4d7285', 6).value).toBe(`${base}sentence/fb525bee6f4d7285/6`);
    expect(iris.graph('fb525bee6f4d7285').value).toBe(`${base}graph/fb525bee6f4d7285`);
    expect(iris.statement('s', 'p', 'o').value).toMatch(new RegExp(`^${base}statement/[0-9a-f]{24}$`));
    expect(mintedIris().article('a').value).toBe(`${DEFAULT_BASE_IRI}article/a`);
  });
});
