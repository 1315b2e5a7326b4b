// nameKey / nameKeys / slugify: how names and aliases are compared, and how readable ids are made from names.
import { describe, expect, it } from 'vitest';
import { nameKey, nameKeys, slugify, spellingKey } from '../../src/dossier/names.js';

describe('nameKey', () => {
  it.each(['Lavrov', 'lavrov', 'LAVROV', 'Mr Lavrov', 'mr lavrov', 'Mr. Lavrov', 'MR  Lavrov', '  Mr\tLavrov \n', 'Dr Lavrov', 'Sir Lavrov'])(
    '%j → "lavrov"',
    (name) => {
      expect(nameKey(name)).toBe('lavrov');
    },
  );

  it('collapses inner whitespace of any kind to one space', () => {
    expect(nameKey('Sergei \t\n Lavrov')).toBe('sergei lavrov');
    expect(nameKey('Sergei\u00A0Lavrov')).toBe('sergei lavrov');
  });

  it('strips a leading honorific only, once', () => {
    expect(nameKey('Mrs Smith')).toBe('smith');
    expect(nameKey('Lavrov Mr')).toBe('lavrov mr');
    expect(nameKey('Mr Dr Lavrov')).toBe('dr lavrov');
    expect(nameKey('Mrlavrov')).toBe('mrlavrov');
    expect(nameKey('Drake')).toBe('drake');
  });

  it('treats curly and straight apostrophes and quotes alike', () => {
    const straight = nameKey("Democratic People's Republic of Korea");
    expect(straight).toBe("democratic people's republic of korea");
    expect(nameKey('Democratic People\u2019s Republic of Korea')).toBe(straight);
    expect(nameKey('Democratic People\u2018s Republic of Korea')).toBe(straight);
    expect(nameKey('Democratic People\u02BCs Republic of Korea')).toBe(straight);
    expect(nameKey('\u201CThe Independent\u201D')).toBe('"the independent"');
  });

  it('normalises compatibility forms (NFKC)', () => {
    expect(nameKey('ＬＡＶＲＯＶ')).toBe('lavrov');
    expect(nameKey('e\u0301')).toBe(nameKey('\u00E9'));
  });

  it('does not turn different names into the same key', () => {
    expect(nameKey('Taro Kono')).not.toBe(nameKey('Taro Konno'));
    expect(nameKey('North Korea')).not.toBe(nameKey('South Korea'));
  });
});

describe('nameKeys', () => {
  it('gives the name first, then the distinct alias keys', () => {
    expect(nameKeys('Sergei Lavrov', ['Lavrov', 'Mr Lavrov', 'LAVROV', 'Sergey Lavrov'])).toEqual([
      'sergei lavrov',
      'lavrov',
      'sergey lavrov',
      '~sergei lavrov',
      '~lavrov',
    ]);
  });

  it('adds one spelling key shared by romanisations of a full name, not applied to a lone surname', () => {
    expect(spellingKey('sergey lavrov')).toBe(spellingKey('sergei lavrov'));
    expect(spellingKey('yevgeny primakov')).toBe(spellingKey('evgenii primakov'));
    expect(spellingKey('yuriy ushakov')).toBe(spellingKey('yuri ushakov'));
    expect(spellingKey('lavrov')).toBe('~lavrov');
    expect(spellingKey('ivanoff')).toBe('~ivanoff');
    expect(spellingKey('taro kono')).not.toBe(spellingKey('yohei kono'));
  });

  it('drops an alias that only repeats the name', () => {
    expect(nameKeys('Kuril Islands', ['kuril  islands', 'Kurile islands'])).toEqual(['kuril islands', 'kurile islands', '~kuril islands', '~kurile islands']);
    expect(nameKeys('Japan', ['JAPAN'])).toEqual(['japan', '~japan']);
  });

  it('drops blank aliases and defaults to no aliases', () => {
    expect(nameKeys('Japan', ['   ', ''])).toEqual(['japan', '~japan']);
    expect(nameKeys('Japan')).toEqual(['japan', '~japan']);
  });
});

describe('folded keys: one key for the spellings of one name, made the same at ingest and at query time', () => {
  const folded = (name: string) => spellingKey(nameKey(name));
  // Two spellings share a folded key when one's folded key is among the other's name keys.
  const finds = (query: string, name: string, aliases: string[] = []) => nameKeys(name, aliases).includes(folded(query)!);

  it.each([
    ['von der Leyen', 'Ursula von der Leyen', ['der Leyen']],
    ['VON DER LEYEN', 'Ursula von der Leyen', ['von der Leyen']],
    ['Erdogan', 'Recep Tayyip Erdoğan', ['Erdoğan']],
    ['erdoğan', 'Recep Tayyip Erdogan', ['Erdogan']],
    ['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan', []],
    ['Sergej Lavrov', 'Sergei Lavrov', []],
    ['Sergey Lavrov', 'Sergei Lavrov', []],
    ['sergei  lavrov', 'Sergey Lavrov', []],
    ['Assad', 'Bashar al-Assad', ['al-Assad']],
    ['Bashar al Assad', 'Bashar al-Assad', []],
    ['Mohammed Salman', 'Mohammed bin Salman', []],
    ['Charles Gaulle', 'Charles de Gaulle', []],
    ['Mihail Gorbachev', 'Mikhail Gorbachev', []],
    ['Yusuf Ahmed', 'Yousuf Ahmed', []],
    ['Natalia Ivanova', 'Natalya Ivanova', []],
    ['Yulia Tymoshenko', 'Iulia Tymoshenko', []],
    ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', []],
    ['Kim Jong-un', 'Kim Jong Un', []],
    ['Tarō Kōno', 'Taro Kono', []],
  ])('%j finds %j (aliases %j)', (query, name, aliases) => {
    expect(nameKey(query)).not.toBe(nameKey(name));
    expect(finds(query, name, aliases)).toBe(true);
  });

  it('keeps different people apart', () => {
    expect(folded('Kim Jong Un')).not.toBe(folded('Kim Yo Jong'));
    expect(folded('Taro Kono')).not.toBe(folded('Yohei Kono'));
    expect(folded('North Korea')).not.toBe(folded('South Korea'));
    expect(folded('Ken Sato')).not.toBe(folded('Yuki Sato'));
  });

  it('leaves a surname two people share as ambiguous as its exact key', () => {
    const satos = [nameKeys('Ken Sato', ['Sato']), nameKeys('Yuki Sato', ['Sato'])];
    expect(satos.every((keys) => keys.includes(folded('Sato')!))).toBe(true);
    expect(satos.every((keys) => keys.includes(folded('Satō')!))).toBe(true);
  });

  it('never folds a name to nothing, and keeps a lone particle', () => {
    expect(folded('von')).toBe('~von');
    expect(folded('de la')).toBe('~la');
    expect(folded("'")).toBeUndefined();
  });
});

describe('slugify', () => {
  it.each([
    ['Sergei Lavrov', 'sergei-lavrov'],
    ['Sergéi Lávrov', 'sergei-lavrov'],
    ['Tarō Kōno', 'taro-kono'],
    ['Moscow (city)', 'moscow-city'],
    ['Japan–US alliance', 'japan-us-alliance'],
    ["North Korea's nuclear programme", 'north-korea-s-nuclear-programme'],
    ['  --Hello,   World!--  ', 'hello-world'],
    ['independent.co.uk/news/a8074946.html', 'independent-co-uk-news-a8074946-html'],
    ['"}) MATCH (n) DETACH DELETE n //', 'match-n-detach-delete-n'],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('falls back to a short hash of the name when no letter or digit is left', () => {
    expect(slugify('Сергей Лавров')).toMatch(/^h[0-9a-f]{12}$/);
    expect(slugify('Сергей Лавров')).toBe(slugify('сергей  лавров'));
    expect(slugify('Сергей Лавров')).not.toBe(slugify('Таро Коно'));
    expect(slugify('!!! ---')).toMatch(/^h[0-9a-f]{12}$/);
  });

  it('keeps slugs to 120 characters', () => {
    expect(slugify('word '.repeat(100)).length).toBeLessThanOrEqual(120);
    expect(slugify('a'.repeat(300))).toBe('a'.repeat(120));
  });

  // The cut may land on a separator: the hyphens are trimmed after it.
  it('never ends a truncated slug with a hyphen', () => {
    expect(slugify(`${'a'.repeat(119)} b`)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every slug the shape of an id slug', () => {
    for (const text of ['Sergei Lavrov', 'Kim Jong-un', 'U.S.', 'Ünïcödé 123', '中文 Beijing']) {
      expect(slugify(text)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
