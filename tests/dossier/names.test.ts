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
    ]);
  });

  it('adds one spelling key shared by romanisations of a full name, never by a lone surname', () => {
    expect(spellingKey('sergey lavrov')).toBe(spellingKey('sergei lavrov'));
    expect(spellingKey('yevgeny primakov')).toBe(spellingKey('evgenii primakov'));
    expect(spellingKey('yuriy ushakov')).toBe(spellingKey('yuri ushakov'));
    expect(spellingKey('lavrov')).toBeUndefined();
    expect(spellingKey('taro kono')).not.toBe(spellingKey('yohei kono'));
  });

  it('drops an alias that only repeats the name', () => {
    expect(nameKeys('Kuril Islands', ['kuril  islands', 'Kurile islands'])).toEqual(['kuril islands', 'kurile islands', '~kuril islands', '~kurile islands']);
  });

  it('drops blank aliases and defaults to no aliases', () => {
    expect(nameKeys('Japan', ['   ', ''])).toEqual(['japan']);
    expect(nameKeys('Japan')).toEqual(['japan']);
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
