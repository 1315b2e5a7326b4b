// parseDossier (zod shape + cross-field rules), formatPath and DossierError: what is accepted, what is refused, and with which JSON path.
import { describe, expect, it } from 'vitest';
import { DossierError, formatPath } from '../../src/dossier/errors.js';
import { LIMITS } from '../../src/dossier/schema.js';
import { parseDossier } from '../../src/dossier/validate.js';
import { issuesOf, miniDossier, seedJson, seedStatementIndex } from './fixtures.js';

const TEXT = 'Talks in Moscow\n\nLavrov said the talks went well. Kono said nothing.';

/** A valid two-statement dossier to break one field at a time. */
function valid(): any {
  return miniDossier({
    text: TEXT,
    actors: [
      { id: 'person:sergei-lavrov', type: 'PERSON', name: 'Sergei Lavrov', aliases: ['Lavrov'] },
      { id: 'person:taro-kono', type: 'PERSON', name: 'Taro Kono' },
    ],
    topics: [{ id: 'topic:talks', name: 'Talks' }],
    statements: [
      { ref: 's1', text: 'the talks went well', speaker: 'Lavrov' },
      { ref: 's2', text: 'nothing', speaker: 'Taro Kono' },
    ],
  });
}

const paths = (run: () => unknown) => issuesOf(run).map((i) => i.path);

describe('the seed dossier', () => {
  it('parses, with all its entries', () => {
    const d = parseDossier(seedJson());
    expect(d.article.id).toBe('article:independent-2017-11-24-lavrov-kono');
    expect(d.statements).toHaveLength(16);
    expect(d.actors.map((a) => a.id)).toContain('person:sergei-lavrov');
    expect(d.places.find((p) => p.id === 'place:kuril-islands')?.aliases).toContain('Northern Territories');
  });

  it('is refused once one of its spans is shifted by a character', () => {
    const raw = seedJson();
    const i = seedStatementIndex(raw, 'lavrov-deep-concern');
    raw.statements[i].span.start += 1;
    expect(paths(() => parseDossier(raw))).toEqual([`statements[${i}].span`]);
  });
});

describe('defaults', () => {
  it('fills in the documented defaults', () => {
    const raw = valid();
    raw.statements[0].topics = [{ topic: 'Talks' }];
    raw.statements[0].mentions = [{ target: 'Kono' }];
    raw.statements[0].claims = [{ claim: 'claim:x' }];
    const d = parseDossier(raw);
    expect(d.article.language).toBe('en');
    expect(d.actors[1]!.aliases).toEqual([]);
    expect(d.actors[1]!.roles).toEqual([]);
    expect(d.statements[0]).toMatchObject({ interpreted: false, confidence: 1, relays: [], respondsTo: [] });
    expect(d.statements[0]!.saidOn).toBeUndefined();
    expect(d.statements[0]!.topics).toEqual([{ topic: 'Talks', stance: 'NEUTRAL' }]);
    expect(d.statements[0]!.mentions).toEqual([{ target: 'Kono', role: 'SUBJECT' }]);
    expect(d.statements[0]!.claims).toEqual([{ claim: 'claim:x', polarity: 'AFFIRMS' }]);
  });

  it('trims names and references', () => {
    const raw = valid();
    raw.actors[0].name = '  Sergei Lavrov  ';
    raw.statements[0].speaker = ' Lavrov\n';
    const d = parseDossier(raw);
    expect(d.actors[0]!.name).toBe('Sergei Lavrov');
    expect(d.statements[0]!.speaker).toBe('Lavrov');
  });
});

describe('spans', () => {
  it('refuses a statement whose text is not the article text at its span, quoting what is there', () => {
    const raw = valid();
    raw.statements[1].span = { start: 17, end: 23 }; // "Lavrov"
    const issues = issuesOf(() => parseDossier(raw));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('statements[1].span');
    expect(issues[0]!.message).toContain('17..23');
    expect(issues[0]!.message).toContain('"Lavrov"');
    expect(issues[0]!.message).toContain('"nothing"');
  });

  it('shortens long quotes in the message', () => {
    const long = 'x'.repeat(100);
    const raw = miniDossier({ text: `H\n\n${long}`, statements: [{ ref: 's1', text: 'y'.repeat(100), speaker: 'A', span: { start: 3, end: 103 } }] });
    const [issue] = issuesOf(() => parseDossier(raw));
    expect(issue!.path).toBe('statements[0].span');
    expect(issue!.message).toContain(`"${'x'.repeat(57)}..."`);
    expect(issue!.message).not.toContain('x'.repeat(58));
  });

  it('refuses a span past the end of the text at span.end', () => {
    const raw = valid();
    raw.statements[0].span = { start: TEXT.length - 3, end: TEXT.length + 1 };
    const issues = issuesOf(() => parseDossier(raw));
    expect(issues.map((i) => i.path)).toEqual(['statements[0].span.end']);
    expect(issues[0]!.message).toContain(`(${TEXT.length} characters)`);
  });

  it('accepts a span that ends exactly at the end of the text', () => {
    const raw = valid();
    raw.statements[1].text = 'nothing.';
    raw.statements[1].span = { start: TEXT.length - 8, end: TEXT.length };
    expect(() => parseDossier(raw)).not.toThrow();
  });

  it.each([
    [{ start: 5, end: 5 }, 'statements[0].span.end'],
    [{ start: 9, end: 4 }, 'statements[0].span.end'],
    [{ start: -1, end: 4 }, 'statements[0].span.start'],
    [{ start: 1.5, end: 4 }, 'statements[0].span.start'],
  ])('refuses the span %j at %s', (span, path) => {
    const raw = valid();
    raw.statements[0].span = span;
    expect(paths(() => parseDossier(raw))).toContain(path);
  });
});

describe('shape', () => {
  it.each([
    ['the root', (d: any) => (d.extra = 1), ''],
    ['the article', (d: any) => (d.article.author = 'X'), 'article'],
    ['an actor', (d: any) => (d.actors[0].title = 'Minister'), 'actors[0]'],
    ['a statement', (d: any) => (d.statements[1].speakers = ['X']), 'statements[1]'],
    ['a topic link', (d: any) => (d.statements[0].topics = [{ topic: 'Talks', stanse: 'OPPOSE' }]), 'statements[0].topics[0]'],
    ['a role', (d: any) => (d.actors[0].roles = [{ title: 'FM', of: 'country:russia', since: '2004' }]), 'actors[0].roles[0]'],
  ])('refuses an unknown key on %s, at that object and naming the key', (_where, mutate, path) => {
    const raw = valid();
    mutate(raw);
    const issues = issuesOf(() => parseDossier(raw));
    expect(issues.map((i) => i.path)).toEqual([path]);
    expect(issues[0]!.message).toMatch(/Unrecognized key/);
  });

  it('refuses a "__proto__" key as unknown rather than merging it', () => {
    const raw = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(valid()).slice(1)}`);
    const issues = issuesOf(() => parseDossier(raw));
    expect(issues).toEqual([{ path: '', message: 'Unrecognized key: "__proto__"' }]);
    expect(({} as any).polluted).toBeUndefined();
  });

  it('refuses missing required fields, each at its path', () => {
    const raw = valid();
    delete raw.article.url;
    delete raw.actors[1].type;
    delete raw.statements[0].speaker;
    delete raw.statements[1].span;
    expect(paths(() => parseDossier(raw))).toEqual(['article.url', 'actors[1].type', 'statements[0].speaker', 'statements[1].span']);
  });

  it('refuses a dossier without an article', () => {
    const raw = valid();
    delete raw.article;
    expect(paths(() => parseDossier(raw))).toEqual(['article']);
  });

  it.each([
    ['statement kind "QUOTE"', (d: any) => (d.statements[0].kind = 'QUOTE'), 'statements[0].kind'],
    ['actor type "PEOPLE"', (d: any) => (d.actors[0].type = 'PEOPLE'), 'actors[0].type'],
    ['stance "AGAINST"', (d: any) => (d.statements[0].topics = [{ topic: 'Talks', stance: 'AGAINST' }]), 'statements[0].topics[0].stance'],
    ['lower-case kind', (d: any) => (d.statements[0].kind = 'direct_quote'), 'statements[0].kind'],
  ])('refuses the bad enum value %s', (_what, mutate, path) => {
    const raw = valid();
    mutate(raw);
    const issues = issuesOf(() => parseDossier(raw));
    expect(issues.map((i) => i.path)).toEqual([path]);
    expect(issues[0]!.message).toMatch(/expected one of/);
  });

  it('names the allowed statement kinds', () => {
    const raw = valid();
    raw.statements[0].kind = 'QUOTE';
    expect(issuesOf(() => parseDossier(raw))[0]!.message).toContain('DIRECT_QUOTE');
  });

  it('refuses an empty name and a blank reference', () => {
    const raw = valid();
    raw.actors[0].name = '   ';
    raw.statements[0].speaker = '';
    expect(paths(() => parseDossier(raw))).toEqual(['actors[0].name', 'statements[0].speaker']);
  });

  it('refuses a bad statement handle', () => {
    const raw = valid();
    raw.statements[0].ref = 'has space';
    expect(paths(() => parseDossier(raw))).toEqual(['statements[0].ref']);
  });

  it('refuses an article url that is not a URL', () => {
    const raw = valid();
    raw.article.url = 'not a url';
    expect(paths(() => parseDossier(raw))).toEqual(['article.url']);
  });

  // Stored urls are rendered as links: only the web's own schemes may be stored.
  it.each([
    'javascript:alert(document.cookie)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/a',
    'urn:sha256:not-hex',
    'urn:isbn:0451450523',
  ])('refuses the article url %j at article.url, saying only http(s) is allowed', (url) => {
    const raw = valid();
    raw.article.url = url;
    const issues = issuesOf(() => parseDossier(raw));
    expect(issues.map((i) => i.path)).toEqual(['article.url']);
    expect(issues[0]!.message).toMatch(/http\(s\)/);
  });

  // …and the name extraction gives an article that came without one (shown as text, never a link).
  it.each(['https://www.example.com/news/1', 'http://example.org/a?b=c#d', 'HTTPS://EXAMPLE.ORG/x', `urn:sha256:${'0a'.repeat(16)}`])(
    'accepts the article url %j',
    (url) => {
      const raw = valid();
      raw.article.url = url;
      expect(parseDossier(raw).article.url).toBe(url);
    },
  );
});

describe('dates', () => {
  it.each(['2017', '2017-11', '2017-11-24', '2020-02-29', '2017-12-31'])('accepts the partial date %s', (saidOn) => {
    const raw = valid();
    raw.statements[0].saidOn = saidOn;
    expect(parseDossier(raw).statements[0]!.saidOn).toBe(saidOn);
  });

  it.each([
    ['2017-13', 'must be YYYY'],
    ['2017-00', 'must be YYYY'],
    ['17-11-24', 'must be YYYY'],
    ['2017-11-24T10:00:00Z', 'must be YYYY'],
    ['2017-11-32', 'must be YYYY'],
    ['2017-02-30', 'not a real calendar date'],
    ['2019-02-29', 'not a real calendar date'],
    ['2017-04-31', 'not a real calendar date'],
  ])('refuses the date %s', (saidOn, message) => {
    const raw = valid();
    raw.statements[0].saidOn = saidOn;
    const issues = issuesOf(() => parseDossier(raw));
    // A string that fails the format is also reported as "not a real calendar date" (zod runs both checks).
    expect(new Set(issues.map((i) => i.path))).toEqual(new Set(['statements[0].saidOn']));
    expect(issues[0]!.message).toContain(message);
  });

  it('checks event dates and role dates too', () => {
    const raw = valid();
    raw.events = [{ name: 'Talks', kind: 'talks', date: '2017-02-30' }];
    raw.actors[0].roles = [{ title: 'Foreign Minister', of: 'Russia', from: '2004-3' }];
    expect(paths(() => parseDossier(raw))).toEqual(['actors[0].roles[0].from', 'events[0].date']);
  });

  it('refuses an article date that is not ISO', () => {
    const raw = valid();
    raw.article.publishedAt = '24 November 2017';
    expect(paths(() => parseDossier(raw))).toEqual(['article.publishedAt']);
  });
});

describe('ids', () => {
  it.each(['Person:X', 'person:X', 'person', 'person:', 'person:-lavrov', 'person:sergei lavrov', 'person:sergei_lavrov', 'per-son:x', ':x'])(
    'refuses the id %j',
    (id) => {
      const raw = valid();
      raw.actors[0].id = id;
      const issues = issuesOf(() => parseDossier(raw));
      expect(issues.map((i) => i.path)).toEqual(['actors[0].id']);
      expect(issues[0]!.message).toContain('kind:slug');
    },
  );

  it.each(['person:sergei-lavrov', 'person:x', 'person:2017-talks'])('accepts the id %j', (id) => {
    const raw = valid();
    raw.actors[0].id = id;
    expect(parseDossier(raw).actors[0]!.id).toBe(id);
  });

  // An id's prefix is its type: a Person may not take a place's id and capture what links to it.
  it.each([
    ['actors[0].id', 'person:', (raw: any, id: string) => (raw.actors[0].id = id)],
    ['actors[2].id', 'org:', (raw: any, id: string) => (raw.actors[2].id = id)],
    ['actors[3].id', 'country:', (raw: any, id: string) => raw.actors.push({ id, type: 'COUNTRY', name: 'Russia' })],
    ['places[0].id', 'place:', (raw: any, id: string) => (raw.places = [{ id, name: 'Moscow' }])],
    ['topics[0].id', 'topic:', (raw: any, id: string) => (raw.topics[0].id = id)],
    ['events[0].id', 'event:', (raw: any, id: string) => (raw.events = [{ id, name: 'Talks', kind: 'talks', date: '2017-11-24' }])],
    ['claims[0].id', 'claim:', (raw: any, id: string) => (raw.claims = [{ id, text: 'The talks went well' }])],
    ['article.id', 'article:', (raw: any, id: string) => (raw.article.id = id)],
  ])('refuses at %s an id without the prefix %s, naming the prefix expected', (path, prefix, put) => {
    for (const wrong of ['place:kuril-islands', 'person:somebody-else', 'statement:0123456789abcdef0123', 'thing:x']) {
      if (wrong.startsWith(prefix)) continue;
      const raw = valid();
      put(raw, wrong);
      const issues = issuesOf(() => parseDossier(raw));
      expect(
        issues.map((i) => i.path),
        wrong,
      ).toEqual([path]);
      expect(issues[0]!.message).toContain(`must start with "${prefix}"`);
    }
    const raw = valid();
    put(raw, `${prefix}the-right-kind`);
    expect(() => parseDossier(raw)).not.toThrow();
  });

  it('refuses an id longer than 200 characters after the colon', () => {
    const raw = valid();
    raw.actors[0].id = `person:${'a'.repeat(200)}`;
    expect(parseDossier(raw).actors[0]!.id).toBe(raw.actors[0].id);
    raw.actors[0].id = `person:${'a'.repeat(201)}`;
    expect(paths(() => parseDossier(raw))).toEqual(['actors[0].id']);
  });
});

describe('numbers', () => {
  it.each([1.01, -0.1, Number.NaN])('refuses confidence %s', (confidence) => {
    const raw = valid();
    raw.statements[0].confidence = confidence;
    expect(paths(() => parseDossier(raw))).toEqual(['statements[0].confidence']);
  });

  it.each([0, 0.5, 1])('accepts confidence %s', (confidence) => {
    const raw = valid();
    raw.statements[0].confidence = confidence;
    expect(parseDossier(raw).statements[0]!.confidence).toBe(confidence);
  });

  it('refuses a confidence given as a string', () => {
    const raw = valid();
    raw.statements[0].confidence = '0.9';
    expect(paths(() => parseDossier(raw))).toEqual(['statements[0].confidence']);
  });
});

describe('cross-field rules', () => {
  it('refuses a duplicate statement handle at the second one', () => {
    const raw = valid();
    raw.statements[1].ref = 's1';
    const issues = issuesOf(() => parseDossier(raw));
    expect(issues).toEqual([{ path: 'statements[1].ref', message: 'duplicate handle "s1"' }]);
  });

  it('refuses duplicate entry ids in each section, at the repeat', () => {
    const raw = valid();
    raw.actors[1].id = 'person:sergei-lavrov';
    raw.topics.push({ id: 'topic:talks', name: 'More talks' });
    const issues = issuesOf(() => parseDossier(raw));
    expect(issues).toEqual([
      { path: 'actors[1].id', message: 'duplicate id "person:sergei-lavrov"' },
      { path: 'topics[1].id', message: 'duplicate id "topic:talks"' },
    ]);
  });

  it('does not treat entries without ids as duplicates of each other', () => {
    const raw = valid();
    raw.topics = [{ name: 'Talks' }, { name: 'Sanctions' }];
    expect(() => parseDossier(raw)).not.toThrow();
  });

  it.each(['COUNTRY', 'ORGANIZATION'])('refuses roles on a %s actor', (type) => {
    const raw = valid();
    raw.actors.unshift({ id: type === 'COUNTRY' ? 'country:russia' : 'org:russia', type, name: 'Russia', roles: [{ title: 'Member', of: 'UN' }] });
    const issues = issuesOf(() => parseDossier(raw));
    expect(issues.map((i) => i.path)).toEqual(['actors[0].roles']);
    expect(issues[0]!.message).toContain('only people hold roles');
    expect(issues[0]!.message).toContain('"Russia"');
  });

  it('accepts roles on a person', () => {
    const raw = valid();
    raw.actors[0].roles = [{ title: 'Foreign Minister', of: 'country:russia', from: '2004-03' }];
    expect(parseDossier(raw).actors[0]!.roles).toEqual([{ title: 'Foreign Minister', of: 'country:russia', from: '2004-03' }]);
  });

  it('refuses a statement that relays or responds to itself', () => {
    const raw = valid();
    raw.statements[0].relays = ['s2', 's1'];
    raw.statements[1].respondsTo = ['s2'];
    const issues = issuesOf(() => parseDossier(raw));
    expect(issues).toEqual([
      { path: 'statements[0].relays[1]', message: 'a statement cannot point at itself' },
      { path: 'statements[1].respondsTo[0]', message: 'a statement cannot point at itself' },
    ]);
  });

  it('accepts statements pointing at each other', () => {
    const raw = valid();
    raw.statements[0].relays = ['s2'];
    raw.statements[1].respondsTo = ['s1'];
    expect(() => parseDossier(raw)).not.toThrow();
  });
});

describe('hostile strings are data', () => {
  const HOSTILE = [
    '"}) MATCH (n) DETACH DELETE n //',
    "' OR 1=1 --",
    "Robert'); DROP TABLE actors;--",
    'C:\\Windows\\System32\\ \\" \\u0000',
    '${process.exit(1)} {{7*7}} <script>alert(1)</script>',
    'Сергей Лавров 🚀 \u202Eevil\u202C 中文',
  ];

  it.each(HOSTILE)('keeps %j verbatim as a name, alias, reference and quoted text', (hostile) => {
    const text = `Headline\n\nThey said: ${hostile}`;
    const raw = miniDossier({
      text,
      actors: [{ type: 'PERSON', name: hostile, aliases: [hostile], description: hostile }],
      topics: [{ name: hostile }],
      statements: [{ ref: 's1', text: hostile, speaker: hostile, topics: [{ topic: hostile }], mentions: [{ target: hostile }] }],
    });
    const d = parseDossier(raw);
    expect(d.actors[0]!.name).toBe(hostile.trim());
    expect(d.actors[0]!.aliases).toEqual([hostile.trim()]);
    expect(d.statements[0]!.text).toBe(hostile);
    expect(d.statements[0]!.speaker).toBe(hostile.trim());
    expect(d.article.text).toBe(text);
  });

  it('refuses an article text above the limit at article.text', () => {
    const raw = valid();
    raw.article.text = 'x'.repeat(LIMITS.textChars + 1);
    raw.statements = [];
    const issues = issuesOf(() => parseDossier(raw));
    expect(issues.map((i) => i.path)).toEqual(['article.text']);
    expect(issues[0]!.message).toContain(String(LIMITS.textChars));
  });

  it('accepts an article text exactly at the limit', () => {
    const raw = valid();
    raw.article.text = 'x'.repeat(LIMITS.textChars);
    raw.statements = [{ ref: 's1', kind: 'INDIRECT', text: 'xxx', speaker: 'Lavrov', span: { start: 10, end: 13 } }];
    expect(parseDossier(raw).article.text).toHaveLength(LIMITS.textChars);
  });

  it('refuses names and alias lists above their limits', () => {
    const raw = valid();
    raw.actors[0].name = 'n'.repeat(LIMITS.shortText + 1);
    raw.actors[1].aliases = Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `alias ${i}`);
    expect(paths(() => parseDossier(raw))).toEqual(['actors[0].name', 'actors[1].aliases']);
  });

  it.each([null, undefined, 42, 'a dossier', []])('refuses %j as a whole dossier', (input) => {
    expect(paths(() => parseDossier(input))).toEqual(['']);
  });
});

describe('reporting every problem at once', () => {
  it('lists every shape problem, and the message names the first paths', () => {
    const raw = valid();
    raw.statements[0].kind = 'QUOTE';
    raw.statements[1].confidence = 2;
    raw.actors[0].id = 'Person:X';
    let error: unknown;
    try {
      parseDossier(raw);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DossierError);
    const { issues, message } = error as DossierError;
    expect(issues.map((i) => i.path)).toEqual(['actors[0].id', 'statements[0].kind', 'statements[1].confidence']);
    expect(message).toMatch(/^Invalid dossier: actors\[0\]\.id: .*; statements\[0\]\.kind: .*; statements\[1\]\.confidence: /);
  });

  it('lists every cross-field problem together', () => {
    const raw = valid();
    raw.statements[0].span = { start: 0, end: 5 };
    raw.statements[1].ref = 's1';
    raw.actors[1].id = 'person:sergei-lavrov';
    raw.actors.push({ type: 'COUNTRY', name: 'Russia', roles: [{ title: 'Member', of: 'UN' }] });
    expect(paths(() => parseDossier(raw))).toEqual(['statements[0].span', 'statements[1].ref', 'actors[1].id', 'actors[3].roles']);
  });
});

describe('DossierError', () => {
  it('is an Error named DossierError that keeps its issues', () => {
    const issues = [{ path: 'statements[0].speaker', message: 'unknown actor "X"' }];
    const error = new DossierError(issues);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DossierError');
    expect(error.issues).toBe(issues);
    expect(error.message).toBe('Invalid dossier: statements[0].speaker: unknown actor "X"');
  });

  it('calls an empty path (root)', () => {
    expect(new DossierError([{ path: '', message: 'bad' }]).message).toBe('Invalid dossier: (root): bad');
  });

  it('names the first five issues and counts the rest', () => {
    const issues = Array.from({ length: 7 }, (_, i) => ({ path: `statements[${i}].span`, message: 'off' }));
    const { message } = new DossierError(issues);
    expect(message).toContain('statements[4].span: off');
    expect(message).not.toContain('statements[5]');
    expect(message).toMatch(/ \(and 2 more\)$/);
  });
});

describe('formatPath', () => {
  it.each([
    [['statements', 3, 'span'], 'statements[3].span'],
    [['statements', 3, 'topics', 0, 'stance'], 'statements[3].topics[0].stance'],
    [['article', 'url'], 'article.url'],
    [['article'], 'article'],
    [[], ''],
    [[0, 'x'], '[0].x'],
  ] as Array<[PropertyKey[], string]>)('formats %j as %j', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('provenance', () => {
  it('accepts an attribution cue and mention spans, and refuses spans past the text', () => {
    const dossier = seedJson();
    dossier.statements[0].attribution = { cue: 'headline', span: { start: 0, end: 6 } };
    dossier.statements[0].mentions = [{ target: 'Russia', role: 'SUBJECT', span: { start: 0, end: 6 } }];
    expect(parseDossier(dossier).statements[0]!.attribution?.cue).toBe('headline');
    dossier.statements[0].mentions[0].span = { start: 0, end: 10_000_000 };
    expect(issuesOf(() => parseDossier(dossier)).map((i) => i.path)).toEqual(['statements[0].mentions[0].span.end']);
  });
});

describe('unicode', () => {
  it('keeps well-formed text (emoji, RTL, NUL) and refuses an unpaired surrogate, which Neo4j would store as U+FFFD', () => {
    const dossier = valid();
    dossier.actors[1].description = '🧨 \u202e مرحبا \u0000';
    expect(parseDossier(dossier).actors[1]!.description).toBe('🧨 \u202e مرحبا \u0000');
    dossier.actors[1].aliases = ['Kono\ud800'];
    dossier.article.headline = '\udfff';
    expect(paths(() => parseDossier(dossier))).toEqual(['article.headline', 'actors[1].aliases[0]']);
  });
});
