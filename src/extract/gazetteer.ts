/**
 * Names the extractor knows before it reads an article: countries with their names, aliases,
 * demonyms and capitals (world-countries), cities (compromise's lexicon), world regions, and
 * the organisations that news reports quote most (agencies, international bodies, ministries).
 *
 * Every form is looked up as a whole phrase by its normalised text (`phraseKey`).
 */
import countries from 'world-countries';
import nlp from 'compromise';
import { slugify } from '../dossier/names.js';
import { keyOf } from './tokens.js';

export interface CountryInfo {
  id: string;
  name: string;
  official?: string;
  capital?: string;
  cca2: string;
  demonym?: string;
}

export type GazKind = 'country' | 'demonym' | 'people' | 'capital' | 'metonym' | 'city' | 'region' | 'territory' | 'org';

export interface GazEntry {
  kind: GazKind;
  /** The canonical name: the country's common name, the city, the organisation. */
  name: string;
  country?: CountryInfo;
  orgKind?: string;
  placeKind?: string;
  /** The form must appear with exactly this capitalisation ("US", "UN", "WHO"). */
  exact?: string;
  /** Another name to offer as an alias ("Associated Press" for "AP"). */
  aliases?: string[];
}

/** The lookup key of a phrase: lower case, no accents, straight apostrophes, single spaces. */
export function phraseKey(text: string): string {
  return keyOf(text).replace(/\s+/g, ' ').trim();
}

const PARTIES_BEYOND_UN = new Set(['Palestine', 'Taiwan', 'Kosovo', 'Vatican City']);
const CODES_KEPT = new Set(['US', 'USA', 'UK', 'UAE', 'DPRK', 'ROK', 'PRC', 'DRC']);
const EXTRA_FORMS: Record<string, string[]> = {
  US: ['U.S.', 'U.S', 'America', 'U.S.A.', 'United States of America'],
  GB: ['Britain', 'U.K.', 'UK'],
  RU: ['Russian Federation'],
  KP: ['DPRK', 'N. Korea'],
  KR: ['ROK', 'S. Korea'],
  CN: ['PRC', 'Mainland China'],
  CZ: ['Czech Republic'],
  TR: ['Türkiye', 'Turkiye'],
  MM: ['Burma'],
  SZ: ['Swaziland'],
  CD: ['DRC', 'DR Congo'],
  AE: ['UAE', 'Emirates'],
  NL: ['Holland'],
  VA: ['Vatican', 'Holy See'],
  PS: ['Palestinian territories'],
  IR: ['Islamic Republic of Iran'],
};
/** Seats of government used for the government itself ("the Kremlin said"). */
const METONYMS: Record<string, string[]> = {
  RU: ['Kremlin', 'the Kremlin'],
  GB: ['Downing Street', 'Number 10', 'No 10'],
  FR: ['Elysee', 'Élysée', 'Elysee Palace', 'Élysée Palace'],
  KR: ['Blue House'],
  CN: ['Zhongnanhai'],
};
/** Countries that no longer exist but are still parties in what is written about them. */
const FORMER_COUNTRIES: Array<{ name: string; cca2: string; demonym: string; forms: string[] }> = [
  { name: 'Soviet Union', cca2: 'SU', demonym: 'Soviet', forms: ['USSR', 'U.S.S.R.', 'the Soviet Union'] },
  { name: 'Yugoslavia', cca2: 'YU', demonym: 'Yugoslav', forms: [] },
  { name: 'East Germany', cca2: 'DD', demonym: 'East German', forms: ['GDR'] },
];
/** Organisations that belong to a country's government ("the White House" → the United States). */
const ORG_COUNTRY: Record<string, string> = { 'White House': 'US', Pentagon: 'US', 'State Department': 'US' };
const EXTRA_CAPITALS: Record<string, string[]> = { US: ['Washington'], UA: ['Kiev'], MN: ['Ulaanbaatar'], IN: ['Delhi'], CN: ['Peking'] };
/** Capitals that are too often something else (a name, a word, another place) to stand for a government. */
const CAPITAL_NOT_METONYM = new Set([
  'Brussels',
  'Victoria',
  'Kingston',
  'Georgetown',
  'Malé',
  'Male',
  'Jerusalem',
  'Hamilton',
  'Jamestown',
  'Praia',
  'Sucre',
  'Bern',
  'Amsterdam',
  'Cape Town',
  'Bloemfontein',
  'Lobamba',
  'Vatican City',
  "Saint John's",
  "St. George's",
  'Kingstown',
  'City of San Marino',
  'South Tarawa',
  'Yaren',
  'Palikir',
  'Majuro',
  'Ngerulmud',
  'Funafuti',
]);
const DEMONYM_NOT_COUNTRY = new Set(['Korean', 'Congolese', 'Dominican', 'Guinean', 'Virgin Islander', 'Samoan']);

function pluralOf(demonym: string): string | undefined {
  if (/(?:ese|ss|sh|ch|ish|Swiss|French|Dutch|Irish|Welsh|British|English|Scottish)$/.test(demonym)) return undefined;
  return `${demonym}s`;
}

const REGIONS: Array<[string, string]> = [
  ['Asia', 'continent'],
  ['Europe', 'continent'],
  ['Africa', 'continent'],
  ['Oceania', 'continent'],
  ['Antarctica', 'continent'],
  ['North America', 'continent'],
  ['South America', 'continent'],
  ['Latin America', 'region'],
  ['Central America', 'region'],
  ['the Americas', 'region'],
  ['Middle East', 'region'],
  ['the Middle East', 'region'],
  ['Near East', 'region'],
  ['Far East', 'region'],
  ['the Balkans', 'region'],
  ['Balkans', 'region'],
  ['the Caucasus', 'region'],
  ['Caucasus', 'region'],
  ['the Baltics', 'region'],
  ['Scandinavia', 'region'],
  ['the Sahel', 'region'],
  ['Sahel', 'region'],
  ['Horn of Africa', 'region'],
  ['Korean Peninsula', 'peninsula'],
  ['Korean peninsula', 'peninsula'],
  ['Indo-Pacific', 'region'],
  ['Asia-Pacific', 'region'],
  ['Asia Pacific', 'region'],
  ['Arctic', 'region'],
  ['Pacific', 'ocean'],
  ['Atlantic', 'ocean'],
  ['Pacific Ocean', 'ocean'],
  ['Atlantic Ocean', 'ocean'],
  ['Indian Ocean', 'ocean'],
  ['Mediterranean', 'sea'],
  ['Black Sea', 'sea'],
  ['Baltic Sea', 'sea'],
  ['South China Sea', 'sea'],
  ['East China Sea', 'sea'],
  ['Sea of Japan', 'sea'],
  ['Persian Gulf', 'gulf'],
  ['the Gulf', 'gulf'],
  ['Red Sea', 'sea'],
  ['Caspian Sea', 'sea'],
  ['Strait of Hormuz', 'strait'],
  ['Taiwan Strait', 'strait'],
  ['Gaza Strip', 'territory'],
  ['Gaza', 'territory'],
  ['West Bank', 'territory'],
  ['Golan Heights', 'territory'],
  ['Crimea', 'peninsula'],
  ['Donbas', 'region'],
  ['Donbass', 'region'],
  ['Kashmir', 'region'],
  ['Tibet', 'region'],
  ['Xinjiang', 'region'],
  ['Siberia', 'region'],
  ['Hokkaido', 'island'],
  ['Okinawa', 'island'],
  ['Eurasia', 'continent'],
  ['Europe and Asia', 'region'],
];
const DIRECTIONS = [
  'north',
  'south',
  'east',
  'west',
  'north-east',
  'northeast',
  'north-west',
  'northwest',
  'south-east',
  'southeast',
  'south-west',
  'southwest',
  'central',
  'eastern',
  'western',
  'northern',
  'southern',
];

const ORGS: Array<[string, string, string[]?]> = [
  // [name, kind, other forms]
  ['Reuters', 'news agency'],
  ['Associated Press', 'news agency', ['AP', 'the Associated Press']],
  ['Agence France-Presse', 'news agency', ['AFP']],
  ['Bloomberg', 'news agency'],
  ['TASS', 'news agency', ['Tass']],
  ['RIA Novosti', 'news agency'],
  ['Interfax', 'news agency'],
  ['Xinhua', 'news agency'],
  ['Kyodo', 'news agency', ['Kyodo News']],
  ['Yonhap', 'news agency', ['Yonhap News Agency']],
  ['KCNA', 'news agency', ['Korean Central News Agency']],
  ['Anadolu', 'news agency', ['Anadolu Agency']],
  ['UPI', 'news agency'],
  ['NHK', 'broadcaster'],
  ['BBC', 'broadcaster', ['BBC News']],
  ['CNN', 'broadcaster'],
  ['Al Jazeera', 'broadcaster'],
  ['Fox News', 'broadcaster'],
  ['NBC', 'broadcaster'],
  ['CBS', 'broadcaster'],
  ['ABC News', 'broadcaster'],
  ['Sky News', 'broadcaster'],
  ['NPR', 'broadcaster'],
  ['The Guardian', 'newspaper', ['Guardian']],
  ['The Independent', 'newspaper'],
  ['The New York Times', 'newspaper', ['New York Times', 'NYT']],
  ['The Washington Post', 'newspaper', ['Washington Post']],
  ['Financial Times', 'newspaper', ['the Financial Times', 'FT']],
  ['The Wall Street Journal', 'newspaper', ['Wall Street Journal', 'WSJ']],
  ['The Times', 'newspaper'],
  ['The Telegraph', 'newspaper'],
  ['Politico', 'news site'],
  ['Axios', 'news site'],
  ['United Nations', 'international organisation', ['UN', 'U.N.', 'the United Nations', 'the UN']],
  ['UN Security Council', 'international organisation', ['Security Council', 'United Nations Security Council', 'UNSC', 'the Security Council']],
  ['UN General Assembly', 'international organisation', ['General Assembly', 'United Nations General Assembly']],
  ['Nato', 'military alliance', ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation']],
  ['European Union', 'international organisation', ['EU', 'E.U.', 'the European Union', 'the EU', 'Brussels']],
  ['European Commission', 'international organisation', ['the European Commission', 'EU Commission']],
  ['European Parliament', 'international organisation'],
  ['European Council', 'international organisation'],
  ['International Atomic Energy Agency', 'international organisation', ['IAEA']],
  ['World Health Organization', 'international organisation', ['WHO', 'World Health Organisation']],
  ['International Monetary Fund', 'international organisation', ['IMF']],
  ['World Bank', 'international organisation'],
  ['World Trade Organization', 'international organisation', ['WTO', 'World Trade Organisation']],
  ['Opec', 'international organisation', ['OPEC']],
  ['G7', 'international forum', ['Group of Seven']],
  ['G20', 'international forum', ['Group of 20']],
  ['Asean', 'international organisation', ['ASEAN']],
  ['African Union', 'international organisation'],
  ['Arab League', 'international organisation'],
  ['OSCE', 'international organisation'],
  ['International Criminal Court', 'court', ['ICC']],
  ['International Court of Justice', 'court', ['ICJ']],
  ['Red Cross', 'humanitarian organisation', ['ICRC', 'International Committee of the Red Cross']],
  ['Amnesty International', 'human rights organisation', ['Amnesty']],
  ['Human Rights Watch', 'human rights organisation'],
  ['Hamas', 'armed group'],
  ['Hezbollah', 'armed group'],
  ['Taliban', 'armed group', ['the Taliban']],
  ['Islamic State', 'armed group', ['Isis', 'ISIS', 'Isil', 'ISIL']],
  ['al-Qaeda', 'armed group', ['al-Qaida', 'Al Qaeda']],
  ['Houthis', 'armed group', ['the Houthis']],
  ['Pentagon', 'government body', ['the Pentagon']],
  // A seat of government that speaks as itself: the organisation, part of its country's government.
  ['White House', 'government body', ['the White House']],
  ['State Department', 'government body', ['the State Department', 'US State Department', 'Department of State']],
  ['US Congress', 'legislature', ['Congress']],
  ['US Senate', 'legislature', ['Senate']],
  ['House of Representatives', 'legislature'],
  ['CIA', 'intelligence agency'],
  ['FBI', 'law enforcement agency'],
  ['NSA', 'intelligence agency'],
  ['Foreign Office', 'government body', ['the Foreign Office', 'Foreign, Commonwealth and Development Office', 'FCDO']],
  ['Home Office', 'government body'],
  ['Ministry of Defence', 'government body', ['MoD']],
  ['House of Commons', 'legislature'],
  ['State Duma', 'legislature', ['Duma']],
  ['Bundestag', 'legislature'],
  ['Knesset', 'legislature'],
  ['Politburo', 'government body'],
];

function addOrgs(add: (form: string, entry: GazEntry) => void): void {
  for (const [name, kind, forms] of ORGS) {
    for (const f of [name, ...(forms ?? [])]) {
      const exact = /^[A-Z][A-Z.]{1,5}$/.test(f) ? f : undefined;
      add(f, { kind: 'org', name, orgKind: kind, exact, aliases: forms?.filter((x) => !/^the /i.test(x)) });
    }
  }
}

function buildGazetteer(): Map<string, GazEntry> {
  const map = new Map<string, GazEntry>();
  const counts = new Map<string, number>();
  const add = (form: string, entry: GazEntry) => {
    const key = phraseKey(form);
    if (!key) return;
    if (map.has(key)) {
      const existing = map.get(key)!;
      // The same form for two countries (a shared demonym): it names neither.
      if (existing.country && entry.country && existing.country.id !== entry.country.id && existing.kind === entry.kind) {
        counts.set(key, (counts.get(key) ?? 1) + 1);
      }
      return;
    }
    map.set(key, entry);
  };

  const all = countries as unknown as Array<{
    name: { common: string; official: string };
    cca2: string;
    unMember: boolean;
    altSpellings: string[];
    capital?: string[];
    demonyms?: { eng?: { m: string; f: string } };
  }>;
  addOrgs(add);
  const orgCountries = new Map<string, CountryInfo>();
  for (const c of all) {
    const isParty = c.unMember || PARTIES_BEYOND_UN.has(c.name.common);
    const info: CountryInfo = {
      id: `country:${slugify(c.name.common)}`,
      name: c.name.common,
      official: c.name.official !== c.name.common ? c.name.official : undefined,
      capital: c.capital?.[0],
      cca2: c.cca2,
      demonym: c.demonyms?.eng?.m,
    };
    for (const [org, cca2] of Object.entries(ORG_COUNTRY)) if (cca2 === c.cca2) orgCountries.set(org, info);
    if (!isParty) {
      add(c.name.common, { kind: 'territory', name: c.name.common, placeKind: 'territory' });
      continue;
    }
    const forms = new Set([c.name.common, ...(info.official && !info.official.includes(',') ? [info.official] : [])]);
    for (const alt of c.altSpellings) {
      if (alt.includes(',')) continue;
      if (CODES_KEPT.has(alt)) forms.add(alt);
      else if (alt.length >= 4 && /^[A-Za-z][A-Za-z' .-]+$/.test(alt) && !/^[A-Z]+$/.test(alt)) forms.add(alt);
    }
    for (const f of EXTRA_FORMS[c.cca2] ?? []) forms.add(f);
    for (const f of forms) {
      const exact = /^[A-Z]{2,4}$/.test(f) || /^(?:[A-Z]\.){2,}$/.test(f) ? f : undefined;
      add(f, { kind: 'country', name: info.name, country: info, exact });
    }
    for (const f of METONYMS[c.cca2] ?? []) add(f, { kind: 'metonym', name: info.name, country: info });
    const capitals = [...(c.capital ?? []).slice(0, 1).map((x) => x.replace(/\s+D\.C\.$/, '')), ...(EXTRA_CAPITALS[c.cca2] ?? [])];
    for (const cap of capitals) {
      if (phraseKey(cap) === phraseKey(c.name.common) || (/\bCity$/.test(cap) && phraseKey(cap.replace(/ City$/, '')) === phraseKey(c.name.common))) continue;
      add(cap, { kind: CAPITAL_NOT_METONYM.has(cap) ? 'city' : 'capital', name: cap, country: info, placeKind: 'city' });
    }
    for (const d of new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((x): x is string => !!x))) {
      if (DEMONYM_NOT_COUNTRY.has(d)) continue;
      add(d, { kind: 'demonym', name: info.name, country: info });
      const plural = pluralOf(d);
      if (plural) add(plural, { kind: 'people', name: info.name, country: info });
    }
  }
  for (const f of FORMER_COUNTRIES) {
    const info: CountryInfo = { id: `country:${slugify(f.name)}`, name: f.name, cca2: f.cca2, demonym: f.demonym };
    for (const form of [f.name, ...f.forms]) add(form, { kind: 'country', name: f.name, country: info, exact: /^[A-Z.]+$/.test(form) ? form : undefined });
    add(f.demonym, { kind: 'demonym', name: f.name, country: info });
  }
  for (const entry of map.values()) if (entry.kind === 'org' && orgCountries.has(entry.name)) entry.country = orgCountries.get(entry.name);
  // Demonyms shared by two countries name neither.
  for (const [key, n] of counts) if (n > 1) map.delete(key);

  for (const [name, kind] of REGIONS) add(name, { kind: 'region', name: name.replace(/^the /, ''), placeKind: kind });
  for (const base of ['Asia', 'Europe', 'Africa', 'America']) {
    for (const dir of DIRECTIONS) {
      const name = `${dir.charAt(0).toUpperCase()}${dir.slice(1)} ${base}`;
      add(`${dir} ${base}`, { kind: 'region', name, placeKind: 'region' });
    }
  }
  const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  // Companies and bodies compromise knows by name ("toyota", "boeing", "goldman sachs"), not
  // ones that are also ordinary words or names.
  const ordinary = (w: string) => {
    const t = lexicon[w];
    const tags = t === undefined ? [] : Array.isArray(t) ? t : [t];
    return tags.some((x) => x !== 'Organization');
  };
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (
      list.includes('Organization') &&
      word.length >= 4 &&
      !word.split(' ').some(ordinary) &&
      !/^(?:the |abba|u2|coldplay|metallica|radiohead|nirvana)/.test(word) &&
      /^[a-z][a-z &'-]+$/.test(word)
    ) {
      const name = word.replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
      add(word, { kind: 'org', name, orgKind: 'organisation' });
    }
    if (list.includes('City') && word.length > 3) {
      const name = word.replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
      add(word, { kind: 'city', name, placeKind: 'city' });
    }
  }
  return map;
}

export const GAZETTEER = buildGazetteer();
export const MAX_GAZ_TOKENS = 7;

/** For each first word of a gazetteer phrase, the most words any phrase starting with it has. */
export const GAZ_FIRST_WORDS: ReadonlyMap<string, number> = (() => {
  const firsts = new Map<string, number>();
  for (const key of GAZETTEER.keys()) {
    const words = key.split(' ');
    // "N. Korea": the token is "N", its full stop left out.
    const first = words[0]!.length === 2 && words[0]!.endsWith('.') ? words[0]!.slice(0, 1) : words[0]!;
    firsts.set(first, Math.max(firsts.get(first) ?? 0, words.length));
  }
  return firsts;
})();

/** The country whose common name, alias or id this is. */
export function countryNamed(name: string): CountryInfo | undefined {
  const e = GAZETTEER.get(phraseKey(name));
  return e?.country;
}
