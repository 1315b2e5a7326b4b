// buildPlan / missingReferences: ids for every entry, references resolved (dossier + known graph entities), dates, paragraphs and statement links.
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../src/dossier/errors.js';
import { statementId } from '../../src/dossier/ids.js';
import { parseDossier } from '../../src/dossier/validate.js';
import { buildPlan, missingReferences, type IngestPlan, type KnownEntity } from '../../src/ingest/plan.js';
import { issuesOf, miniDossier, seedJson, seedStatementIndex } from './fixtures.js';

const SEED_ARTICLE = 'article:independent-2017-11-24-lavrov-kono';

/** Plans the seed after `mutate` has changed its raw JSON. */
function planSeed(mutate: (raw: any) => void = () => {}, known: KnownEntity[] = []): IngestPlan {
  const raw = seedJson();
  mutate(raw);
  return buildPlan(parseDossier(raw), known);
}

/** The plan row of the seed statement with this ref. */
function row(plan: IngestPlan, ref: string): Record<string, any> {
  const raw = seedJson();
  const s = raw.statements[seedStatementIndex(raw, ref)];
  const found = plan.statements.find((r) => r.id === statementId(plan.articleId, s.span));
  if (!found) throw new Error(`no plan row for ${ref}`);
  return found;
}

const LAVROV: KnownEntity = { id: 'person:sergei-lavrov', type: 'Person', keys: ['sergei lavrov', 'lavrov', 'sergey lavrov'] };

describe('the seed', () => {
  const plan = planSeed();

  it('plans every entry under its explicit id', () => {
    expect(plan.articleId).toBe(SEED_ARTICLE);
    expect(plan.actors.map((a) => a.id)).toContain('person:sergei-lavrov');
    expect(plan.actors.find((a) => a.id === 'country:north-korea')).toMatchObject({ label: 'Country', name: 'North Korea' });
    expect(plan.places.map((p) => p.id)).toContain('place:kuril-islands');
    expect(plan.statements).toHaveLength(16);
    expect(new Set(plan.statements.map((s) => s.id)).size).toBe(16);
  });

  it('resolves the article, roles and place links', () => {
    expect(plan.article).toMatchObject({
      publisher: 'org:the-independent',
      authors: ['person:caroline-mortimer'],
      contributors: ['org:reuters'],
      publishedAt: '2017-11-24T16:26:00Z',
    });
    expect(plan.roles).toContainEqual({ person: 'person:sergei-lavrov', of: 'country:russia', title: 'Foreign Minister', from: '2004-03', to: null });
    expect(plan.placeLinks).toContainEqual({ from: 'place:kunashir', to: 'place:kuril-islands', type: 'PART_OF' });
    expect(plan.placeLinks).toContainEqual({ from: 'country:japan', to: 'place:kuril-islands', type: 'CLAIMS' });
    expect(plan.placeLinks).toContainEqual({ from: 'country:russia', to: 'place:kunashir', type: 'CONTROLS' });
    expect(plan.involvements).toContainEqual({ event: 'event:lavrov-kono-talks-2017-11-24', actor: 'country:russia', role: 'HOST' });
  });

  it('keeps name keys on named rows', () => {
    const lavrov = plan.actors.find((a) => a.id === 'person:sergei-lavrov')!;
    expect(lavrov.nameKeys).toEqual([
      'sergei lavrov',
      'lavrov',
      'sergey lavrov',
      'sergei viktorovich lavrov',
      '~sergei lavrov',
      '~lavrov',
      '~sergei viktorovich lavrov',
    ]);
  });

  it('refers to nothing outside itself: the lookup asks only about its own entries', () => {
    const seed = parseDossier(seedJson());
    const { ids, keys } = missingReferences(seed);
    // Every entry has an explicit id: the lookup checks those ids, and needs no name.
    expect(keys).toEqual([]);
    expect(ids.sort()).toEqual([...seed.actors, ...seed.places, ...seed.topics, ...seed.events, ...seed.claims].map((e) => e.id!).sort());
  });
});

describe('references resolve by id, name and alias, case-insensitively', () => {
  it.each(['person:sergei-lavrov', 'Sergei Lavrov', 'sergei lavrov', 'Mr Lavrov', 'lavrov', 'LAVROV', 'Mr. Lavrov', 'Sergey Lavrov', 'PERSON:SERGEI-LAVROV'])(
    'speaker %j → person:sergei-lavrov',
    (speaker) => {
      const plan = planSeed((raw) => (raw.statements[seedStatementIndex(raw, 'russia-deeply-concerned')].speaker = speaker));
      expect(row(plan, 'russia-deeply-concerned').speaker).toBe('person:sergei-lavrov');
    },
  );

  it.each([
    ['Pyongyang', 'country:north-korea'],
    ['DPRK', 'country:north-korea'],
    ['Democratic People\u2019s Republic of Korea', 'country:north-korea'],
    ['Northern Territories', 'place:kuril-islands'],
    ['Kurile islands', 'place:kuril-islands'],
    ['kuril islands', 'place:kuril-islands'],
    ['Moscow', 'country:russia'],
    ['City of Moscow', 'place:moscow'],
    ['Abe', 'person:shinzo-abe'],
    ['US armed forces', 'org:us-military'],
  ])('mention %j → %s', (target, id) => {
    const plan = planSeed((raw) => (raw.statements[seedStatementIndex(raw, 'lavrov-deep-concern')].mentions = [{ target, role: 'TARGET' }]));
    expect(row(plan, 'lavrov-deep-concern').mentions).toEqual([{ id, role: 'TARGET', start: null, end: null }]);
  });

  it('resolves topics, claims, events and role holders by name too', () => {
    const plan = planSeed((raw) => {
      const s = raw.statements[seedStatementIndex(raw, 'lavrov-deep-concern')];
      s.topics = [{ topic: 'kuril islands dispute', stance: 'OPPOSE' }];
      s.claims = [{ claim: 'Japan itself poses no direct risk to Russia', polarity: 'DENIES' }];
      s.event = 'Lavrov\u2013Kono talks in Moscow';
      raw.actors[0].roles[0].of = 'Russian Federation';
    });
    const r = row(plan, 'lavrov-deep-concern');
    expect(r.topics).toEqual([{ id: 'topic:kuril-islands-dispute', stance: 'OPPOSE' }]);
    expect(r.claims).toEqual([{ id: 'claim:japan-itself-poses-no-direct-risk-to-russia', polarity: 'DENIES' }]);
    expect(r.event).toBe('event:lavrov-kono-talks-2017-11-24');
    expect(plan.roles[0]).toMatchObject({ person: 'person:sergei-lavrov', of: 'country:russia' });
  });
});

describe('unknown and ambiguous references', () => {
  it('refuses an unknown speaker at statements[N].speaker', () => {
    const raw = seedJson();
    const i = seedStatementIndex(raw, 'lavrov-deep-concern');
    raw.statements[i].speaker = 'Vladimir Putin';
    const issues = issuesOf(() => buildPlan(parseDossier(raw), []));
    expect(issues).toEqual([{ path: `statements[${i}].speaker`, message: 'unknown actor "Vladimir Putin"' }]);
  });

  it.each([
    ['a topic name', 'Kuril Islands dispute'],
    ['a topic id', 'topic:kuril-islands-dispute'],
    ['a place name', 'Kunashir'],
    ['a claim text', 'Japan itself poses no direct risk to Russia'],
    ['another statement\u2019s handle', 'lavrov-no-problems-with-japan'],
  ])('treats a speaker that is %s as an unknown actor', (_what, speaker) => {
    const raw = seedJson();
    const i = seedStatementIndex(raw, 'lavrov-deep-concern');
    raw.statements[i].speaker = speaker;
    const issues = issuesOf(() => buildPlan(parseDossier(raw), []));
    expect(issues).toEqual([{ path: `statements[${i}].speaker`, message: `unknown actor "${speaker}"` }]);
  });

  it('refuses references of the wrong kind elsewhere, naming the kind wanted', () => {
    const raw = seedJson();
    const i = seedStatementIndex(raw, 'lavrov-deep-concern');
    raw.statements[i].mentions = [{ target: 'Kuril Islands dispute' }];
    raw.statements[i].topics = [{ topic: 'Japan' }];
    raw.article.publisher = 'person:caroline-mortimer';
    raw.actors[0].roles[0].of = 'person:taro-kono';
    raw.places[2].partOf = 'country:russia';
    const messages = issuesOf(() => buildPlan(parseDossier(raw), [])).map((x) => `${x.path}: ${x.message}`);
    expect(messages.sort()).toEqual(
      [
        'article.publisher: unknown organisation "person:caroline-mortimer"',
        'actors[0].roles[0].of: unknown country or organisation "person:taro-kono"',
        'places[2].partOf: unknown place "country:russia"',
        `statements[${i}].topics[0].topic: unknown topic "Japan"`,
        `statements[${i}].mentions[0].target: unknown actor or place "Kuril Islands dispute"`,
      ].sort(),
    );
  });

  it('names both candidates of an ambiguous name', () => {
    const text = 'Kim talks\n\nKim said no.';
    const raw = miniDossier({
      text,
      actors: [
        { id: 'person:kim-jong-un', type: 'PERSON', name: 'Kim Jong-un', aliases: ['Kim'] },
        { id: 'person:kim-yo-jong', type: 'PERSON', name: 'Kim Yo-jong', aliases: ['kim'] },
      ],
      statements: [{ ref: 's1', text: 'no', speaker: 'Kim' }],
    });
    const issues = issuesOf(() => buildPlan(parseDossier(raw), []));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('statements[0].speaker');
    expect(issues[0]!.message).toContain('ambiguous');
    expect(issues[0]!.message).toContain('person:kim-jong-un');
    expect(issues[0]!.message).toContain('person:kim-yo-jong');
  });

  it('is not ambiguous when the kind tells the candidates apart', () => {
    // "Moscow (city)" is a Place; its alias and the Country's alias differ only by kind.
    const plan = planSeed((raw) => {
      raw.places[0].aliases.push('Moscow');
      raw.statements[seedStatementIndex(raw, 'lavrov-deep-concern')].speaker = 'Moscow';
      raw.events[0].place = 'Moscow';
    });
    expect(row(plan, 'lavrov-deep-concern').speaker).toBe('country:russia');
    expect(plan.events[0]!.place).toBe('place:moscow');
  });

  it('reports every bad reference at once', () => {
    const raw = seedJson();
    raw.statements[0].speaker = 'Nobody';
    raw.statements[1].relays = ['no-such-statement'];
    raw.statements[2].event = 'No such event';
    const issues = issuesOf(() => buildPlan(parseDossier(raw), []));
    expect(issues.map((x) => x.path).sort()).toEqual(['statements[0].speaker', 'statements[1].relays[0]', 'statements[2].event']);
    expect(issues.find((x) => x.path === 'statements[1].relays[0]')!.message).toBe('unknown statement "no-such-statement"');
  });
});

describe('references to the graph (known entities)', () => {
  const TEXT = 'Lavrov in Moscow\n\nLavrov attacked Tokyo over missile defence.';
  const outsider = (speaker: string) =>
    parseDossier(miniDossier({ text: TEXT, statements: [{ ref: 's1', text: 'attacked Tokyo over missile defence', speaker }] }));

  it('cannot resolve a speaker the dossier does not define without them', () => {
    expect(issuesOf(() => buildPlan(outsider('Sergei Lavrov'), []))).toEqual([{ path: 'statements[0].speaker', message: 'unknown actor "Sergei Lavrov"' }]);
  });

  it.each(['Sergei Lavrov', 'Mr Lavrov', 'SERGEY LAVROV', 'person:sergei-lavrov'])('resolves %j to a known person', (speaker) => {
    expect(buildPlan(outsider(speaker), [LAVROV]).statements[0]!.speaker).toBe('person:sergei-lavrov');
  });

  it('resolves a bare id to a known entity with no keys', () => {
    const known: KnownEntity[] = [{ id: 'person:vladimir-putin', type: 'Person', keys: [] }];
    expect(buildPlan(outsider('person:vladimir-putin'), known).statements[0]!.speaker).toBe('person:vladimir-putin');
  });

  it('ignores a known entity of the wrong kind', () => {
    const known: KnownEntity[] = [{ id: 'topic:lavrov', type: 'Topic', keys: ['sergei lavrov'] }];
    expect(issuesOf(() => buildPlan(outsider('Sergei Lavrov'), known))[0]!.message).toBe('unknown actor "Sergei Lavrov"');
  });

  it('refuses a name shared by two known entities as ambiguous', () => {
    const known: KnownEntity[] = [LAVROV, { id: 'person:lavrov-junior', type: 'Person', keys: ['lavrov'] }];
    const [issue] = issuesOf(() => buildPlan(outsider('Lavrov'), known));
    expect(issue!.message).toMatch(/ambiguous.*person:sergei-lavrov.*person:lavrov-junior|ambiguous.*person:lavrov-junior.*person:sergei-lavrov/);
  });

  it('tells onMissing of each reference found nowhere', () => {
    const missing: string[] = [];
    expect(() => buildPlan(outsider('Mr Lavrov'), [], (ref) => missing.push(ref))).toThrow(DossierError);
    expect(missing).toEqual(['Mr Lavrov']);
  });

  it('lists, as ids and name keys, what the dossier refers to but does not define', () => {
    const text = 'Talks\n\nLavrov attacked Tokyo. Kono answered.';
    const d = parseDossier(
      miniDossier({
        text,
        actors: [
          { id: 'person:taro-kono', type: 'PERSON', name: 'Taro Kono', aliases: ['Kono'] },
          { type: 'COUNTRY', name: 'Japan', aliases: ['Tokyo'] },
        ],
        statements: [
          {
            ref: 's1',
            text: 'attacked Tokyo',
            speaker: 'Mr Lavrov',
            mentions: [{ target: 'Tokyo' }, { target: 'country:russia' }],
            topics: [{ topic: 'Kuril Islands Dispute' }],
          },
          { ref: 's2', text: 'answered', speaker: 'Kono', respondsTo: ['s1'], event: 'event:lavrov-kono-talks-2017-11-24' },
        ],
      }),
    );
    const { ids, keys } = missingReferences(d);
    // Its own explicit ids are looked up too, to tell which entries are already in the graph.
    expect(ids.sort()).toEqual(['country:russia', 'event:lavrov-kono-talks-2017-11-24', 'org:example-news', 'person:taro-kono']);
    // "japan": the name of an entry without an id, looked up so that it can adopt the graph's id
    // (with its folded key "~japan", as a graph node may be keyed by another spelling).
    expect(keys.sort()).toEqual(['japan', 'kuril islands dispute', 'lavrov', '~japan']);
  });
});

describe('every reference field', () => {
  // One reference of each field, each to an entity the dossier does not define. missingReferences
  // reads the dossier's references without building a plan (the plan is built once, by buildPlan).
  const outward = () =>
    parseDossier(
      miniDossier({
        text: 'Talks in Tokyo.',
        article: { authors: ['Ann Writer'], contributors: ['Wire Agency'] },
        actors: [{ type: 'PERSON', name: 'Taro Kono', roles: [{ title: 'Foreign Minister', of: 'Japan' }] }],
        places: [{ name: 'Kunashir', partOf: 'Kuril Islands', claimedBy: ['Japan'], controlledBy: ['Russia'] }],
        topics: [{ name: 'Territory', parent: 'Diplomacy' }],
        events: [{ name: 'Talks', kind: 'meeting', date: '2017-11', place: 'Tokyo', involves: [{ actor: 'Lavrov' }] }],
        statements: [
          {
            ref: 's1',
            text: 'Talks in Tokyo.',
            speaker: 'Lavrov',
            event: 'APEC Summit',
            topics: [{ topic: 'Security' }],
            mentions: [{ target: 'North Korea' }],
            claims: [{ claim: 'The islands are Russian' }],
            relays: ['statement:abc'],
            respondsTo: ['statement:def'],
          },
        ],
      }),
    );
  const known: KnownEntity[] = [
    { id: 'person:ann-writer', type: 'Person', keys: ['ann writer'] },
    { id: 'org:wire-agency', type: 'Organization', keys: ['wire agency'] },
    { id: 'country:japan', type: 'Country', keys: ['japan'] },
    { id: 'country:russia', type: 'Country', keys: ['russia'] },
    { id: 'country:north-korea', type: 'Country', keys: ['north korea'] },
    { id: 'place:kuril-islands', type: 'Place', keys: ['kuril islands'] },
    { id: 'place:tokyo', type: 'Place', keys: ['tokyo'] },
    { id: 'topic:diplomacy', type: 'Topic', keys: ['diplomacy'] },
    { id: 'topic:security', type: 'Topic', keys: ['security'] },
    { id: 'person:sergei-lavrov', type: 'Person', keys: ['lavrov'] },
    { id: 'event:apec-summit', type: 'Event', keys: ['apec summit'] },
    { id: 'claim:the-islands-are-russian', type: 'Claim', keys: ['the islands are russian'] },
    { id: 'statement:abc', type: 'Statement', keys: [] },
    { id: 'statement:def', type: 'Statement', keys: [] },
  ];

  it('is looked up when the dossier does not define it, and each unknown one is an issue at its path', () => {
    const { ids, keys } = missingReferences(outward());
    expect(ids.filter((id) => id.startsWith('statement:')).sort()).toEqual(['statement:abc', 'statement:def']);
    const names = ['ann writer', 'wire agency', 'japan', 'russia', 'north korea', 'kuril islands', 'tokyo', 'diplomacy', 'security', 'lavrov', 'apec summit'];
    expect(keys).toEqual(expect.arrayContaining([...names, 'the islands are russian']));
    expect(issuesOf(() => buildPlan(outward(), [])).map((i) => i.path)).toEqual([
      'article.authors[0]',
      'article.contributors[0]',
      'actors[0].roles[0].of',
      'places[0].partOf',
      'places[0].claimedBy[0]',
      'places[0].controlledBy[0]',
      'topics[0].parent',
      'events[0].place',
      'events[0].involves[0].actor',
      'statements[0].speaker',
      'statements[0].event',
      'statements[0].topics[0].topic',
      'statements[0].mentions[0].target',
      'statements[0].claims[0].claim',
      'statements[0].relays[0]',
      'statements[0].respondsTo[0]',
    ]);
  });

  it('resolves against the entities the lookup finds', () => {
    const plan = buildPlan(outward(), known);
    expect(plan.article).toMatchObject({ authors: ['person:ann-writer'], contributors: ['org:wire-agency'] });
    expect(plan.roles[0]!.of).toBe('country:japan');
    expect(plan.placeLinks.map((l) => (l.to === 'place:kunashir' ? l.from : l.to))).toEqual(['place:kuril-islands', 'country:japan', 'country:russia']);
    expect(plan.topics[0]!.parent).toBe('topic:diplomacy');
    expect(plan.events[0]).toMatchObject({ place: 'place:tokyo', startDate: '2017-11-01', datePrecision: 'MONTH' });
    expect(plan.involvements[0]!.actor).toBe('person:sergei-lavrov');
    expect(plan.statements[0]).toMatchObject({
      speaker: 'person:sergei-lavrov',
      event: 'event:apec-summit',
      topics: [{ id: 'topic:security' }],
      mentions: [{ id: 'country:north-korea' }],
      claims: [{ id: 'claim:the-islands-are-russian' }],
      relays: ['statement:abc'],
      respondsTo: ['statement:def'],
    });
  });
});

describe('adopting the ids of known entities', () => {
  const TEXT = 'Lavrov in Moscow\n\nLavrov attacked Tokyo.';
  const dossier = (speaker = 'Sergei Lavrov') =>
    parseDossier(
      miniDossier({
        text: TEXT,
        actors: [{ type: 'PERSON', name: 'Sergei Lavrov', aliases: ['Lavrov'] }],
        statements: [{ ref: 's1', text: 'attacked Tokyo', speaker }],
      }),
    );

  it('gives an entry without an id the slug of its name', () => {
    const plan = buildPlan(dossier(), []);
    expect(plan.actors[0]!.id).toBe('person:sergei-lavrov');
    expect(plan.statements[0]!.speaker).toBe('person:sergei-lavrov');
  });

  it('adopts the id of a known person with the same name key, even when it is not the slug', () => {
    const known: KnownEntity[] = [{ id: 'person:lavrov-sv', type: 'Person', keys: ['lavrov', 'sergei lavrov'] }];
    const plan = buildPlan(dossier(), known);
    expect(plan.actors[0]!.id).toBe('person:lavrov-sv');
    expect(plan.statements[0]!.speaker).toBe('person:lavrov-sv');
  });

  it('does not adopt the id of a known entity of another type', () => {
    const known: KnownEntity[] = [{ id: 'country:sergei-lavrov-land', type: 'Country', keys: ['sergei lavrov'] }];
    const plan = buildPlan(dossier('person:sergei-lavrov'), known);
    expect(plan.actors[0]!.id).toBe('person:sergei-lavrov');
    expect(plan.statements[0]!.speaker).toBe('person:sergei-lavrov');
  });

  it('does not adopt when two known entities share the name', () => {
    const known: KnownEntity[] = [
      { id: 'person:lavrov-1', type: 'Person', keys: ['sergei lavrov'] },
      { id: 'person:lavrov-2', type: 'Person', keys: ['sergei lavrov'] },
    ];
    expect(buildPlan(dossier('person:sergei-lavrov'), known).actors[0]!.id).toBe('person:sergei-lavrov');
  });

  it('never replaces an explicit id', () => {
    const raw = miniDossier({
      text: TEXT,
      actors: [{ id: 'person:s-lavrov', type: 'PERSON', name: 'Sergei Lavrov' }],
      statements: [{ ref: 's1', text: 'attacked Tokyo', speaker: 'person:s-lavrov' }],
    });
    const known: KnownEntity[] = [{ id: 'person:lavrov-sv', type: 'Person', keys: ['sergei lavrov'] }];
    expect(buildPlan(parseDossier(raw), known).actors[0]!.id).toBe('person:s-lavrov');
  });

  const georgia = () =>
    parseDossier(
      miniDossier({
        text: 'Georgia talks\n\nMoscow warned Georgia.',
        actors: [
          { type: 'COUNTRY', name: 'Georgia' },
          { id: 'country:russia', type: 'COUNTRY', name: 'Russia', aliases: ['Moscow'] },
        ],
        statements: [{ ref: 's1', text: 'warned Georgia', speaker: 'Moscow', mentions: [{ target: 'Georgia' }] }],
      }),
    );
  const usState: KnownEntity = { id: 'place:georgia-us-state', type: 'Place', keys: ['georgia'] };

  it('resolves a dossier-defined name on its own (the fixture of the next test)', () => {
    expect(missingReferences(georgia()).keys).toEqual(['georgia', '~georgia']);
    expect(buildPlan(georgia(), []).statements[0]!.mentions).toEqual([{ id: 'country:georgia', role: 'SUBJECT', start: null, end: null }]);
  });

  // ingest.ts fetches exactly such graph entities (missingReferences lists the names of id-less
  // entries): the dossier's own entry must still win.
  it('prefers the dossier\u2019s own entry over a graph entity with the same name', () => {
    expect(buildPlan(georgia(), [usState]).statements[0]!.mentions).toEqual([{ id: 'country:georgia', role: 'SUBJECT', start: null, end: null }]);
  });

  const cyrillic = () =>
    parseDossier(
      miniDossier({
        text: 'Переговоры\n\nЛавров и Коно.',
        actors: [
          { type: 'PERSON', name: 'Сергей Лавров' },
          { type: 'PERSON', name: 'Таро Коно' },
        ],
      }),
    );

  it('plans id-less entries with non-Latin names (the fixture of the next test)', () => {
    expect(buildPlan(cyrillic(), []).actors.map((a) => a.name)).toEqual(['Сергей Лавров', 'Таро Коно', 'Example News']);
  });

  // Names with no Latin letters get a hash slug: distinct names, distinct ids.
  it('gives distinct id-less entries distinct ids', () => {
    const ids = buildPlan(cyrillic(), []).actors.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('dates', () => {
  const TEXT = 'Talks\n\nOne. Two. Three. Four.';
  const plan = (saidOn: Array<string | undefined>, article: Record<string, unknown> = {}) =>
    buildPlan(
      parseDossier(
        miniDossier({
          text: TEXT,
          article,
          actors: [{ id: 'person:a', type: 'PERSON', name: 'A' }],
          statements: ['One', 'Two', 'Three', 'Four']
            .slice(0, saidOn.length)
            .map((text, i) => ({ ref: `s${i}`, text, speaker: 'A', ...(saidOn[i] ? { saidOn: saidOn[i] } : {}) })),
        }),
      ),
      [],
    ).statements.map((s) => [s.saidOn, s.datePrecision]);

  it('expands partial dates to their first day and keeps the precision', () => {
    expect(plan(['2017-11', '2017', '2017-11-20'])).toEqual([
      ['2017-11-01', 'MONTH'],
      ['2017-01-01', 'YEAR'],
      ['2017-11-20', 'DAY'],
    ]);
  });

  it('defaults to the day the article was published', () => {
    expect(plan([undefined])).toEqual([['2017-11-24', 'DAY']]);
    expect(plan([undefined], { publishedAt: '2018-01-02' })).toEqual([['2018-01-02', 'DAY']]);
  });

  it('gives a date-only publishedAt a midnight UTC time', () => {
    const p = buildPlan(parseDossier(miniDossier({ text: TEXT, article: { publishedAt: '2018-01-02' } })), []);
    expect(p.article.publishedAt).toBe('2018-01-02T00:00:00Z');
  });

  it('does the same for event dates', () => {
    const p = planSeed();
    expect(p.events.find((e) => e.id === 'event:abe-trump-meeting-2017-11')).toMatchObject({ startDate: '2017-11-01', datePrecision: 'MONTH' });
    expect(p.events.find((e) => e.id === 'event:lavrov-kono-talks-2017-11-24')).toMatchObject({ startDate: '2017-11-24', datePrecision: 'DAY' });
  });

  it('plans the seed statements with their own dates', () => {
    const p = planSeed();
    expect(row(p, 'abe-supports-us-position-100-percent')).toMatchObject({ saidOn: '2017-11-01', datePrecision: 'MONTH' });
    expect(row(p, 'us-all-options-on-the-table')).toMatchObject({ saidOn: '2017-01-01', datePrecision: 'YEAR' });
    expect(row(p, 'lavrov-deep-concern')).toMatchObject({ saidOn: '2017-11-24', datePrecision: 'DAY' });
  });
});

describe('paragraphs', () => {
  it('counts blank-line-separated paragraphs from the headline (0)', () => {
    const text =
      'Alpha headline\n\nBravo standfirst\n\nCharlie line one\nDelta line two\n\n\n\nEcho after many blanks\n  \nFoxtrot after a whitespace line\r\n\r\nGolf after CRLF';
    const words = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf'];
    const p = buildPlan(
      parseDossier(
        miniDossier({
          text,
          actors: [{ id: 'person:a', type: 'PERSON', name: 'A' }],
          statements: words.map((w) => ({ ref: w, text: w, speaker: 'A' })),
        }),
      ),
      [],
    );
    expect(p.statements.map((s) => s.paragraph)).toEqual([0, 1, 2, 2, 3, 4, 5]);
  });

  it('puts every seed statement in the paragraph that holds its text', () => {
    const plan = planSeed();
    const paragraphs = String(plan.article.text).split(/\n\s*\n/);
    for (const s of plan.statements) expect(paragraphs[s.paragraph as number]).toContain(s.text);
    expect(row(plan, 'russia-deeply-concerned').paragraph).toBe(0);
    expect(row(plan, 'russia-criticises-japan').paragraph).toBe(2);
  });
});

describe('statement ids and links', () => {
  it('hashes the article id and span, so the same dossier gives the same ids', () => {
    const first = planSeed();
    const second = planSeed();
    expect(second.statements.map((s) => s.id)).toEqual(first.statements.map((s) => s.id));
    const raw = seedJson();
    raw.statements.forEach((s: any, i: number) => {
      expect(first.statements[i]!.id).toBe(statementId(SEED_ARTICLE, s.span));
    });
  });

  it('changes every statement id with the article id', () => {
    const other = planSeed((raw) => (raw.article.id = 'article:another'));
    const seed = planSeed();
    expect(other.statements.every((s, i) => s.id !== seed.statements[i]!.id)).toBe(true);
  });

  it('does not change a statement id when only its wording data changes', () => {
    const seed = planSeed();
    const changed = planSeed((raw) => (raw.statements[seedStatementIndex(raw, 'lavrov-deep-concern')].confidence = 0.5));
    expect(row(changed, 'lavrov-deep-concern').id).toBe(row(seed, 'lavrov-deep-concern').id);
  });

  it('derives the article id from the url when there is none', () => {
    const p = buildPlan(parseDossier(miniDossier({ text: 'Talks\n\nText.', article: { url: 'https://www.example.com/News/Mini.html' } })), []);
    expect(p.articleId).toBe('article:example-com-news-mini-html');
    expect(p.article.id).toBe(p.articleId);
  });

  it('resolves relays and respondsTo to the statement ids', () => {
    const plan = planSeed();
    const id = (ref: string) => row(plan, ref).id;
    expect(row(plan, 'lavrov-all-options-abe-100-percent').relays).toEqual([id('us-all-options-on-the-table'), id('abe-supports-us-position-100-percent')]);
    expect(row(plan, 'kono-no-regime-change').respondsTo).toEqual([id('lavrov-us-hoping-for-military-options'), id('lavrov-all-options-abe-100-percent')]);
    expect(row(plan, 'kono-no-regime-change').relays).toEqual([]);
  });

  it('resolves a link to a statement already in the graph by its id', () => {
    const prior = statementId('article:earlier', { start: 0, end: 10 });
    const raw = seedJson();
    raw.statements[0].respondsTo = [prior];
    expect(issuesOf(() => buildPlan(parseDossier(raw), []))).toEqual([{ path: 'statements[0].respondsTo[0]', message: `unknown statement "${prior}"` }]);
    const plan = buildPlan(parseDossier(raw), [{ id: prior, type: 'Statement', keys: [] }]);
    expect(plan.statements[0]!.respondsTo).toEqual([prior]);
  });
});

describe('hostile strings stay data', () => {
  it('plans a name full of Cypher verbatim, with a clean slug id', () => {
    const hostile = '"}) MATCH (n) DETACH DELETE n //';
    const sqlish = "' OR 1=1 --";
    const text = `Headline\n\nHe said ${sqlish} and C:\\path\\.`;
    const plan = buildPlan(
      parseDossier(
        miniDossier({
          text,
          actors: [{ type: 'PERSON', name: hostile, aliases: [sqlish] }],
          statements: [{ ref: 's1', text: sqlish, speaker: sqlish }],
        }),
      ),
      [],
    );
    expect(plan.actors[0]).toMatchObject({ id: 'person:match-n-detach-delete-n', name: hostile, aliases: [sqlish] });
    expect(plan.statements[0]).toMatchObject({ text: sqlish, speaker: 'person:match-n-detach-delete-n' });
    expect(plan.article.text).toBe(text);
  });
});

describe('ids and handles', () => {
  const two = (actors: unknown[]) => parseDossier(miniDossier({ text: 'Talks\n\nOne.', actors, statements: [{ ref: 's1', text: 'One.', speaker: 'A' }] }));

  it('refuses a derived id that collides with an explicit one', () => {
    const dossier = two([
      { id: 'person:a', type: 'PERSON', name: 'A' },
      { type: 'PERSON', name: 'a' },
    ]);
    expect(() => buildPlan(dossier, [])).toThrow(/actors\[1\]: has the same id "person:a" as actors\[0\]/);
  });

  it('keeps the slug id of an entry that adopted a graph id as a way to refer to it', () => {
    const dossier = two([{ type: 'PERSON', name: 'Sergei Lavrov' }]);
    (dossier.statements[0] as any).speaker = 'person:sergei-lavrov';
    const plan = buildPlan(dossier, [{ id: 'person:lavrov-sv', type: 'Person', keys: ['sergei lavrov'] }]);
    expect(plan.statements[0]!.speaker).toBe('person:lavrov-sv');
  });
});

describe('two names of one known entity', () => {
  it('lets both entries adopt the graph id (a collision with an explicit id is still refused, above)', () => {
    const text = 'Talks\n\nThe Northern Territories, or Kuril Islands, were discussed.';
    const dossier = parseDossier(
      miniDossier({
        text,
        actors: [{ id: 'person:a', type: 'PERSON', name: 'A' }],
        places: [{ name: 'Northern Territories' }, { name: 'Kuril Islands' }],
        statements: [{ ref: 's1', text: 'were discussed', speaker: 'A', mentions: [{ target: 'Northern Territories' }, { target: 'Kuril Islands' }] }],
      }),
    );
    const known: KnownEntity[] = [{ id: 'place:kuril-islands', type: 'Place', keys: ['kuril islands', 'northern territories'] }];
    const plan = buildPlan(dossier, known);
    expect(plan.places.map((p) => p.id)).toEqual(['place:kuril-islands', 'place:kuril-islands']);
    expect(plan.statements[0]!.mentions).toEqual([
      { id: 'place:kuril-islands', role: 'SUBJECT', start: null, end: null },
      { id: 'place:kuril-islands', role: 'SUBJECT', start: null, end: null },
    ]);
  });
});
