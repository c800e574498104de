#!/usr/bin/env node
// Generates the shipped knowledge base files in data/kb/:
//   countries.jsonl      every ISO 3166 entry of the npm package world-countries (type Country)
//   places.jsonl         the capitals of those countries, then the curated places
//   people.jsonl         curated people            (data/kb/sources/people-*.txt)
//   organizations.jsonl  curated organisations     (data/kb/sources/organizations-*.txt)
// Country names come from world-countries (English, Arabic translation, alternative spellings,
// English demonyms) and i18n-iso-countries (Arabic names); data/kb/sources/country-supplement.json adds
// what they lack: Wikidata QIDs (only where certain), Arabic nisba adjectives (all forms generated
// by rule from the masculine singular), common short forms, capitals' Arabic names.
//
// Curated source format (one entity a line, fields separated by " | "):
//   @Person | @Organization | @Place | @Country | @Event | @Concept   sets the type of the lines below
//   English name | Arabic name | aliases (;-separated, any language) | QID or empty | facts (;-separated)
// facts: in:XX (country or place the entity lies in / belongs to: `country` field; XX = ISO code or a
// KB name), HOS:XX:2014-2022 (HEAD_OF_STATE_OF), HOG (HEAD_OF_GOVERNMENT_OF), LEAD (LEADER_OF),
// MEM (MEMBER_OF), PART (PART_OF), LOC (LOCATED_IN), CAP (CAPITAL_OF); years "2014-2022", "2014-", "-2022".
// Targets are ISO 3166 alpha-2 codes or the exact English name of another KB entry.
//
// Run: node scripts/build-kb-countries.mjs [--out DIR]   (deterministic; the output in data/kb/ is committed)
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
// Ids must be made exactly as the loader makes them: use its slug (run `npm run build` first).
const { slug } = await import('../dist/kb/slug.js').catch(() => {
  console.error('build-kb-countries: dist/kb/slug.js is missing; run `npm run build` first');
  process.exit(1);
});

const require = createRequire(import.meta.url);
const countries = require('world-countries/countries.json');
const arNames = require('i18n-iso-countries/langs/ar.json').countries;

// `--out DIR` writes the generated files elsewhere (the test that checks data/kb/ is up to date).
const outArg = process.argv.indexOf('--out');
const KB_DIR = outArg > 0 && process.argv[outArg + 1]
  ? process.argv[outArg + 1].replace(/\/?$/, '/')
  : fileURLToPath(new URL('../data/kb/', import.meta.url));
const SRC_DIR = fileURLToPath(new URL('../data/kb/sources/', import.meta.url));
const sup = JSON.parse(readFileSync(SRC_DIR + 'country-supplement.json', 'utf8'));


const uniq = (xs) => [...new Set(xs.filter((x) => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()))];
const AR = /[\u0600-\u06FF]/;
const LATIN_ONLY = /^[\p{Script=Latin}\p{Zs}\p{P}\d]+$/u;
/** Arabic spelling without hamza on a word-initial alef: أميركي → اميركي (very common in news text). */
const hamzaless = (s) => s.replace(/(^|\s|ال)[أإآ]/g, (_, p) => p + 'ا');
const withHamzaless = (xs) => uniq(xs.flatMap((x) => (AR.test(x) ? [x, hamzaless(x)] : [x])));

// ---------- Arabic nisba forms ----------
/** All forms of one nisba word (masculine singular, ends in ي): m, f, m.pl nom., m.pl obl., f.pl. */
function nisbaWordForms(w) {
  if (!w.endsWith('ي')) return [w, w, w, w, w];
  return [w, w + 'ة', w + 'ون', w + 'ين', w + 'ات'];
}
/** All forms, indefinite and with the article, of a (possibly multi-word) nisba adjective. */
function nisbaForms(stem) {
  const words = stem.split(' ');
  const per = words.map(nisbaWordForms);
  const out = [];
  for (let k = 0; k < 5; k++) {
    const indef = per.map((f) => f[k]);
    out.push(indef.join(' '));
    out.push(indef.map((w) => 'ال' + w).join(' '));
  }
  return out;
}

function englishPlural(d) {
  if (/\s/.test(d)) return [];
  if (/(i|an)$/.test(d)) return [d + 's'];
  return [];
}

// English demonyms shared by several entries (French for French Southern Lands, American for the
// Northern Mariana Islands...) stay only with the independent state; shared by none, they are dropped.
const demonymOwners = new Map();
for (const c of countries) {
  for (const d of c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : []) {
    for (const x of d.split(/, | or /)) {
      if (!demonymOwners.has(x)) demonymOwners.set(x, []);
      demonymOwners.get(x).push(c);
    }
  }
}
/** Explicit choice for demonyms shared by two independent states. */
const DEMONYM_OWNER = { Congolese: 'CD', Dominican: 'DO' };
function keepDemonym(d, c) {
  const owners = [...new Set(demonymOwners.get(d) ?? [c])];
  if (owners.length <= 1) return true;
  if (DEMONYM_OWNER[d]) return DEMONYM_OWNER[d] === c.cca2;
  const independent = owners.filter((o) => o.independent);
  return independent.length === 1 && independent[0] === c;
}

// ---------- countries and capitals ----------
const byCode = new Map();
const countryOut = [];
const placeOut = [];
const usedIds = new Set();

function uniqueId(base, suffix) {
  let id = base;
  if (usedIds.has(id)) id = `${base}-${suffix}`;
  if (usedIds.has(id)) throw new Error(`duplicate id ${id}`);
  usedIds.add(id);
  return id;
}

const arExclude = new Set(sup.arExclude);
for (const c of countries) {
  const code = c.cca2;
  const name = sup.name[code] ?? c.name.common;
  const qid = sup.qid[code];
  const id = qid ?? uniqueId(`country:${slug(name)}`, code.toLowerCase());
  if (qid) usedIds.add(qid);
  const i18nAr = [arNames[code]].flat().filter(Boolean);
  const arCandidates = [
    ...(sup.nameAr?.[code] ? [sup.nameAr[code]] : []),
    c.translations.ara?.common, ...(sup.aliasesAr[code] ?? []), ...i18nAr, c.translations.ara?.official,
    c.name.native?.ara?.common, c.name.native?.ara?.official,
  ].filter((x) => x && !arExclude.has(x));
  const nameAr = arCandidates[0];
  const enAliases = uniq([
    c.name.common, c.name.official,
    ...c.altSpellings.filter((a) => LATIN_ONLY.test(a) && !/^[A-Z]{1,3}$/.test(a)),
    ...(sup.aliasesEn[code] ?? []),
  ]).filter((a) => a !== name);
  const arAliases = withHamzaless(arCandidates).filter((a) => a !== nameAr);
  const demonyms = (c.demonyms?.eng ? uniq([c.demonyms.eng.m, c.demonyms.eng.f]).flatMap((d) => d.split(/, | or /)) : [])
    .filter((d) => keepDemonym(d, c));
  const adjEn = uniq([...demonyms, ...demonyms.flatMap(englishPlural), ...(sup.adjEn[code] ?? [])]);
  const adjAr = withHamzaless([...(sup.adjAr[code] ?? []).flatMap(nisbaForms), ...(sup.adjArExtra[code] ?? [])]);

  const entry = {
    id, type: 'Country', name, ...(nameAr ? { nameAr } : {}),
    aliases: uniq([...enAliases, ...arAliases]),
    ...(qid ? { wikidataId: qid } : {}),
    adjectives: uniq([...adjEn, ...adjAr]),
  };

  const capName = sup.capitalName[code] ?? c.capital[0];
  if (capName && capName !== name && capName !== c.name.common) {
    const capQid = sup.capitalQid[code];
    const capId = capQid ?? uniqueId(`place:${slug(capName)}`, slug(name));
    if (capQid) usedIds.add(capQid);
    const capAr = sup.capitalAr[code];
    const capAliases = uniq([
      ...(capName !== c.capital[0] && c.capital[0] ? [c.capital[0]] : []),
      ...(sup.capitalAliasesEn[code] ?? []),
      ...withHamzaless([...(capAr ? [capAr] : []), ...(sup.capitalAliasesAr[code] ?? [])]).filter((a) => a !== capAr),
    ]);
    placeOut.push({
      id: capId, type: 'Place', name: capName, ...(capAr ? { nameAr: capAr } : {}),
      aliases: capAliases, ...(capQid ? { wikidataId: capQid } : {}), country: id,
      roles: [{ predicate: 'CAPITAL_OF', object: id }],
    });
    entry.capital = capId;
  }
  countryOut.push(entry);
  byCode.set(code, entry);
}

// ---------- curated sources ----------
const TYPES = new Set(['Person', 'Organization', 'Country', 'Place', 'Event', 'Concept']);
const PRED = {
  HOS: 'HEAD_OF_STATE_OF', HOG: 'HEAD_OF_GOVERNMENT_OF', LEAD: 'LEADER_OF', MEM: 'MEMBER_OF',
  PART: 'PART_OF', LOC: 'LOCATED_IN', CAP: 'CAPITAL_OF',
};
const FILE_FOR = { Person: 'people', Organization: 'organizations', Place: 'places', Country: 'countries', Event: 'events', Concept: 'concepts' };

const curated = []; // { entry, facts, where }
const sourceFiles = readdirSync(SRC_DIR).filter((f) => f.endsWith('.txt')).sort();
for (const f of sourceFiles) {
  let type = null;
  readFileSync(SRC_DIR + f, 'utf8').split('\n').forEach((raw, i) => {
    const where = `${f}:${i + 1}`;
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('@')) {
      type = line.slice(1).trim();
      if (!TYPES.has(type)) throw new Error(`${where}: unknown type ${type}`);
      return;
    }
    if (!type) throw new Error(`${where}: no @Type line before the first entry`);
    const [name, nameAr, aliases, qid, facts, extra] = line.split('|').map((s) => s.trim());
    if (extra !== undefined) throw new Error(`${where}: too many fields`);
    if (!name) throw new Error(`${where}: empty name`);
    if (qid && !/^Q\d+$/.test(qid)) throw new Error(`${where}: bad QID ${qid}`);
    if (nameAr && !AR.test(nameAr)) throw new Error(`${where}: Arabic name is not Arabic: ${nameAr}`);
    const entry = {
      type, name, ...(nameAr ? { nameAr } : {}),
      aliases: withHamzaless([...(aliases ? aliases.split(';') : []), ...(nameAr ? [nameAr] : [])]).filter((a) => a !== name && a !== nameAr),
      ...(qid ? { wikidataId: qid } : {}),
    };
    curated.push({ entry, facts: facts ? facts.split(';').map((s) => s.trim()).filter(Boolean) : [], where });
  });
}

// Resolve ids (QID, else type:slug, merging exact duplicates) and names.
const byName = new Map(); // English canonical name -> id (first wins; ambiguous names flagged)
const ambiguous = new Set();
for (const e of [...countryOut, ...placeOut]) {
  if (byName.has(e.name) && byName.get(e.name) !== e.id) ambiguous.add(e.name);
  else byName.set(e.name, e.id);
}
const curatedById = new Map();
const generatedByTypeName = new Map([...countryOut, ...placeOut].map((e) => [`${e.type}|${e.name}`, e]));
for (const c of curated) {
  // A curated line without QID that names a generated country or capital adds to that entry.
  const generated = c.entry.wikidataId ? undefined : generatedByTypeName.get(`${c.entry.type}|${c.entry.name}`);
  const id = generated?.id ?? c.entry.wikidataId ?? `${c.entry.type.toLowerCase()}:${slug(c.entry.name)}`;
  c.entry = { id, ...c.entry };
  const prev = curatedById.get(id);
  if (prev) throw new Error(`${c.where}: duplicate of ${prev.where} (${id}); merge the lines`);
  curatedById.set(id, c);
  if (byName.has(c.entry.name) && byName.get(c.entry.name) !== id) ambiguous.add(c.entry.name);
  else byName.set(c.entry.name, id);
}
const existingIds = new Set([...countryOut, ...placeOut].map((e) => e.id));
function target(t, where) {
  if (/^[A-Z]{2}$/.test(t)) {
    const c = byCode.get(t);
    if (!c) throw new Error(`${where}: unknown country code ${t}`);
    return c.id;
  }
  if (/^Q\d+$/.test(t)) return t;
  if (ambiguous.has(t)) throw new Error(`${where}: ambiguous target name ${t}`);
  const id = byName.get(t);
  if (!id) throw new Error(`${where}: unknown target ${t}`);
  return id;
}
function years(s, where) {
  if (!s) return {};
  const m = /^(\d{4}(?:-\d{2})?)?(?:\.\.|–|-(?=\d{4}|$))?(\d{4}(?:-\d{2})?)?$/.exec(s);
  if (!m) throw new Error(`${where}: bad years ${s}`);
  return { ...(m[1] ? { from: m[1] } : {}), ...(m[2] ? { to: m[2] } : {}) };
}
for (const c of curated) {
  const roles = [];
  for (const f of c.facts) {
    const [k, t, y] = f.split(':');
    if (k === 'in') { c.entry.country = target(t, c.where); continue; }
    const predicate = PRED[k];
    if (!predicate || !t) throw new Error(`${c.where}: bad fact ${f}`);
    roles.push({ predicate, object: target(t, c.where), ...years(y, c.where) });
  }
  if (roles.length) c.entry.roles = roles;
}

// Curated places that are also capitals merge into the capital entry.
const placeById = new Map(placeOut.map((p) => [p.id, p]));
const out = { people: [], organizations: [], places: [], countries: [], events: [], concepts: [] };
for (const c of curated) {
  const e = c.entry;
  if (existingIds.has(e.id)) {
    const base = placeById.get(e.id) ?? countryOut.find((x) => x.id === e.id);
    if (base.type !== e.type) throw new Error(`${c.where}: ${e.id} is a ${base.type}, not a ${e.type}`);
    base.aliases = uniq([...base.aliases, ...(e.nameAr ? [e.nameAr] : []), e.name, ...e.aliases])
      .filter((a) => a !== base.name && a !== base.nameAr);
    if (!base.nameAr && e.nameAr) base.nameAr = e.nameAr;
    if (e.roles) base.roles = [...(base.roles ?? []), ...e.roles];
    continue;
  }
  out[FILE_FOR[e.type]].push(e);
}

const jsonl = (xs) => xs.map((x) => JSON.stringify(x)).join('\n') + '\n';
writeFileSync(KB_DIR + 'countries.jsonl', jsonl([...countryOut, ...out.countries]));
writeFileSync(KB_DIR + 'places.jsonl', jsonl([...placeOut, ...out.places]));
for (const k of ['people', 'organizations', 'events', 'concepts']) {
  if (out[k].length) writeFileSync(KB_DIR + `${k}.jsonl`, jsonl(out[k]));
}
const counts = {
  countries: countryOut.length + out.countries.length, places: placeOut.length + out.places.length,
  people: out.people.length, organizations: out.organizations.length,
  events: out.events.length, concepts: out.concepts.length,
};
console.log(JSON.stringify(counts));
