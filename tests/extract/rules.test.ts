/**
 * The extraction rules one at a time, on short invented passages: quotes and their spans,
 * attributions (after, before, split, pronoun, title, continuation, transcript, interpreter),
 * reported speech and paraphrase, relays and nested quotes, entities and roles.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/ingest/plan.js';
import { extractDossier } from '../../src/extract/index.js';

/** Extracts an article made of a headline and paragraphs. */
function extract(headline: string, ...paragraphs: string[]) {
  const raw = [headline, ...paragraphs].join('\n\n');
  const result = extractDossier(raw, { published: '2024-03-14', publisher: 'Example News', url: 'https://example.test/a' });
  buildPlan(result.dossier, []);
  return result;
}

function statements(headline: string, ...paragraphs: string[]) {
  return extract(headline, ...paragraphs).dossier.statements.map((s) => ({ kind: s.kind, speaker: s.speaker, text: s.text }));
}

describe('direct quotes', () => {
  it('takes the words inside curly or straight marks, without the comma before the attribution', () => {
    expect(statements('Talks resume', '“We will not give up,” Maria Lopez said.', '"The door is open," she added.')).toEqual([
      { kind: 'DIRECT_QUOTE', speaker: 'Maria Lopez', text: 'We will not give up' },
      { kind: 'DIRECT_QUOTE', speaker: 'Maria Lopez', text: 'The door is open' },
    ]);
  });

  it('keeps a final full stop, question or exclamation mark inside the marks', () => {
    const found = statements('Q and A', '“Why now?” asked Peter Grant.', '“Because it is time.” Helen Ward said.');
    expect(found.map((s) => [s.text, s.speaker])).toEqual([
      ['Why now?', 'Peter Grant'],
      ['Because it is time.', 'Helen Ward'],
    ]);
  });

  it('splits a quote interrupted by its attribution into two statements by the same speaker', () => {
    const found = statements('Budget', '“We have done our part,” Finance Minister Anna Berg said, “and now others must do theirs.”');
    expect(found).toEqual([
      { kind: 'DIRECT_QUOTE', speaker: 'Anna Berg', text: 'We have done our part' },
      { kind: 'DIRECT_QUOTE', speaker: 'Anna Berg', text: 'and now others must do theirs.' },
    ]);
  });

  it('attributes a quote introduced with a colon, and a paragraph of quotation that follows it', () => {
    const found = statements(
      'Strike',
      'Union leader Tom Hale told reporters: “This is about dignity.”',
      '“Nobody wants a strike. But we will not be ignored.”',
    );
    expect(found.map((s) => s.speaker)).toEqual(['Tom Hale', 'Tom Hale']);
  });

  it('continues a quote left open at the end of a paragraph into the next one', () => {
    const found = statements(
      'Mayor speaks',
      'Mayor Ruth Okafor said: “The city has waited long enough.',
      '“We will build the bridge, and we will build it this year.”',
    );
    expect(found).toEqual([
      { kind: 'DIRECT_QUOTE', speaker: 'Ruth Okafor', text: 'The city has waited long enough.' },
      { kind: 'DIRECT_QUOTE', speaker: 'Ruth Okafor', text: 'We will build the bridge, and we will build it this year.' },
    ]);
  });

  it('treats single quotes in a headline as quotation marks, and apostrophes as apostrophes', () => {
    const found = statements("Germany 'deeply worried' about Europe's gas supply", 'Germany said on Monday it would act.');
    expect(found[0]).toEqual({ kind: 'DIRECT_QUOTE', speaker: 'Germany', text: 'deeply worried' });
  });

  it('leaves out scare quotes and named things that nobody is said to say', () => {
    const found = statements('Flags', 'The teams will march under a single "peace flag" at the ceremony.');
    expect(found).toEqual([]);
  });

  it('lists a long quotation with no speaker for review instead of guessing', () => {
    const { dossier, report } = extract('Mystery', '“This sentence has no speaker anywhere near it at all,” the banner read.');
    expect(dossier.statements).toEqual([]);
    expect(report.review.map((r) => r.reason)).toEqual([expect.stringContaining('no speaker')]);
  });
});

describe('speakers', () => {
  it('resolves "he" and "she" to the latest subject of that sex', () => {
    const found = statements(
      'Two ministers',
      'Foreign Minister Anna Berg met her counterpart Mark Stone in Oslo on Monday.',
      '“We agreed on the essentials,” she said.',
      '“There is still work to do,” he said.',
    );
    expect(found.map((s) => s.speaker)).toEqual(['Anna Berg', 'Mark Stone']);
  });

  it('resolves "the minister" to the person holding that title', () => {
    const found = statements(
      'Exchange',
      'Economy minister Hiroshi Tanabe faced questions from the lawmaker Aiko Mori.',
      '“The plan is sound,” the minister said.',
    );
    expect(found[0]!.speaker).toBe('Hiroshi Tanabe');
  });

  it('keeps two people with one surname apart, and a bare surname goes to the latest one', () => {
    const { dossier } = extract(
      'Two Parks',
      'Defence Minister Park Ji-won said the drills would go ahead.',
      'Opposition lawmaker Park Min-ho disagreed. “This is reckless,” Park said.',
    );
    const people = dossier.actors.filter((a) => a.type === 'PERSON').map((a) => a.name);
    expect(people).toEqual(expect.arrayContaining(['Park Ji-won', 'Park Min-ho']));
    expect(dossier.statements.find((s) => s.text === 'This is reckless')!.speaker).toBe('Park Min-ho');
    // Neither gets the bare surname as an alias: it would name both.
    for (const a of dossier.actors.filter((x) => x.name.startsWith('Park'))) expect(a.aliases).not.toContain('Park');
  });

  it('tells Mr from Ms when a surname is shared', () => {
    const found = statements(
      'Two Browns',
      'Peter Brown, the club owner, met Angela Brown, who chairs the fans’ group.',
      '“We want guarantees,” Ms Brown said.',
      '“You will have them,” Mr Brown replied.',
    );
    expect(found.map((s) => s.speaker)).toEqual(['Angela Brown', 'Peter Brown']);
  });

  it('reads transcripts: each labelled line is a quote by the labelled speaker, answering the question', () => {
    const { dossier } = extract(
      'Interview',
      'The presenter Jane Fox spoke to the minister Omar Haddad.',
      'Fox: Will the tax rise go ahead?',
      'Haddad: Yes. It is already in the budget.',
    );
    const [question, answer] = dossier.statements;
    expect(question).toMatchObject({ kind: 'DIRECT_QUOTE', speaker: 'Jane Fox', text: 'Will the tax rise go ahead?' });
    expect(answer).toMatchObject({ kind: 'DIRECT_QUOTE', speaker: 'Omar Haddad', text: 'Yes. It is already in the budget.', respondsTo: [question!.ref] });
  });

  it('marks quotes said through an interpreter, for that speaker in that scene', () => {
    const { dossier } = extract(
      'Visit',
      '“We came as friends,” President Lee Sang-ho said through an interpreter.',
      '“We leave as partners.”',
      'The visit ends on Friday.',
      '“It was a good visit,” Lee said later in English.',
    );
    expect(dossier.statements.map((s) => s.interpreted)).toEqual([true, true, false]);
  });

  it('attributes what a spokesperson says for a body to that body', () => {
    const found = statements(
      'Ministry responds',
      'A Foreign Ministry spokeswoman for Norway said the talks were over.',
      '“There is nothing more to discuss,” the spokeswoman said.',
    );
    expect(new Set(found.map((s) => s.speaker)).size).toBe(1);
  });
});

describe('reported speech', () => {
  it('finds INDIRECT statements after said (that), told reporters and responded, without "that" or the full stop', () => {
    const found = statements(
      'Port',
      'Harbour master Lena Vogt said that the port would reopen on Friday.',
      'She told reporters the cranes had been repaired.',
      'Union chief Dan Roe responded that the workers had not been consulted.',
    );
    expect(found).toEqual([
      { kind: 'INDIRECT', speaker: 'Lena Vogt', text: 'the port would reopen on Friday' },
      { kind: 'INDIRECT', speaker: 'Lena Vogt', text: 'the cranes had been repaired' },
      { kind: 'INDIRECT', speaker: 'Dan Roe', text: 'the workers had not been consulted' },
    ]);
  });

  it('finds "according to X" on either side, and an attribution after the clause', () => {
    const found = statements(
      'Figures',
      'According to the Central Bank, inflation fell to 2 per cent in May.',
      'Unemployment rose slightly, according to Statistics Office figures.',
      'The economy will grow this year, Finance Minister Anna Berg said on Tuesday.',
    );
    expect(found.map((s) => [s.kind, s.text])).toEqual([
      ['INDIRECT', 'inflation fell to 2 per cent in May'],
      ['INDIRECT', 'Unemployment rose slightly'],
      ['INDIRECT', 'The economy will grow this year'],
    ]);
    expect(found[2]!.speaker).toBe('Anna Berg');
  });

  it('splits "said that A and that B" and leaves out the reporter\'s own tails', () => {
    const found = statements('Ruling', 'Judge Carla Diaz said that the law was clear and that the appeal had failed, which ends the case.');
    expect(found.map((s) => s.text)).toEqual(['the law was clear', 'the appeal had failed']);
  });

  it('finds PARAPHRASE for characterised speech acts, from the speaker to the end of the clause', () => {
    const found = statements(
      'Row',
      'France has criticised Italy for closing its ports to rescue ships.',
      'Prime Minister Jean Roux attacked Rome for its "cruelty" during a televised address.',
      'Italy attacked the positions at dawn.',
    );
    expect(found.filter((s) => s.kind === 'PARAPHRASE')).toEqual([
      { kind: 'PARAPHRASE', speaker: 'France', text: 'France has criticised Italy for closing its ports to rescue ships' },
      { kind: 'PARAPHRASE', speaker: 'Jean Roux', text: 'Prime Minister Jean Roux attacked Rome for its "cruelty"' },
    ]);
  });

  it("reports speech relayed inside a quote as the original speaker's, relayed by the quote", () => {
    const { dossier } = extract(
      'Summit',
      '“We note that Chancellor Olaf Weber, at the summit in June, said that he would never accept the deal,” Prime Minister Jean Roux said.',
    );
    const relayed = dossier.statements.find((s) => s.speaker === 'Olaf Weber')!;
    expect(relayed).toMatchObject({ kind: 'INDIRECT', text: 'he would never accept the deal', saidOn: '2023-06' });
    expect(dossier.statements.find((s) => s.speaker === 'Jean Roux')!.relays).toEqual([relayed.ref]);
  });

  it('gives an actor named inside a quote their own nested quote', () => {
    const { dossier } = extract('Aid', '“Last year Brussels told us, ‘The money is coming.’ It never came,” said Amara Diallo.');
    const nested = dossier.statements.find((s) => s.text === 'The money is coming.')!;
    expect(nested).toMatchObject({ kind: 'DIRECT_QUOTE', speaker: 'European Union' });
    expect(dossier.statements.find((s) => s.speaker === 'Amara Diallo')!.relays).toContain(nested.ref);
  });
});

describe('entities', () => {
  it('uses capitals as their country when they act, and as the city after "in"', () => {
    const { dossier } = extract('Talks', 'Paris and Berlin signed the accord in Brussels after talks in Rome.', 'Moscow condemned the accord.');
    const names = dossier.actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['France', 'Germany', 'Russia']));
    expect(dossier.actors.find((a) => a.name === 'France')).toMatchObject({ id: 'country:france' });
    expect(dossier.places.map((p) => p.name)).toContain('Rome');
    expect(dossier.actors.find((a) => a.name === 'Russia')!.aliases).toContain('Moscow');
  });

  it('derives roles from titles, demonyms and appositions', () => {
    const { dossier } = extract(
      'Ministers',
      'Brazilian Foreign Minister Paulo Silva met his Argentine counterpart Lucia Ferro.',
      'Ines Karl, a spokeswoman for the European Commission, declined to comment.',
    );
    const roles = Object.fromEntries(dossier.actors.filter((a) => a.type === 'PERSON').map((a) => [a.name, a.roles]));
    expect(roles['Paulo Silva']).toEqual([{ title: 'Foreign Minister', of: 'Brazil' }]);
    expect(roles['Lucia Ferro']).toEqual([{ title: 'Foreign Minister', of: 'Argentina' }]);
    expect(roles['Ines Karl']).toEqual([{ title: 'Spokeswoman', of: 'European Commission' }]);
  });

  it('names a country’s institutions as organisations and its government as the country', () => {
    const { dossier } = extract('Forces', 'The US military said the Japanese government had agreed.');
    expect(dossier.actors.find((a) => a.name === 'US military')).toMatchObject({ type: 'ORGANIZATION' });
    expect(dossier.statements[0]).toMatchObject({ speaker: 'US military', text: 'the Japanese government had agreed' });
    expect(dossier.statements[0]!.mentions.map((m) => m.target)).toContain('Japan');
  });
});

describe('the article', () => {
  it('strips captions, bylines and prompts, and keeps a wire dateline out of statements', () => {
    const raw = [
      'Sign up to our free Politics newsletter',
      'Tanks roll into capital',
      'By Sam Reed',
      'Tuesday 12 March 2024 10:00 GMT',
      'Soldiers in the square (Reuters)',
      'KYIV (Reuters) - Defence Minister Olena Marko said the city was calm.',
      'Log in to comment',
    ].join('\n\n');
    const { dossier } = extractDossier(raw, { url: 'https://example.test/b' });
    expect(dossier.article.text).toBe('Tanks roll into capital\n\nKYIV (Reuters) - Defence Minister Olena Marko said the city was calm.');
    // No publisher given or printed: the wire credited in the dateline published it.
    expect(dossier.article).toMatchObject({ authors: ['Sam Reed'], publishedAt: '2024-03-12T10:00:00Z', publisher: 'Reuters', contributors: [] });
    expect(dossier.statements).toEqual([expect.objectContaining({ kind: 'INDIRECT', speaker: 'Olena Marko', text: 'the city was calm' })]);
    expect(dossier.actors.map((a) => a.name)).not.toContain('Ukraine');
  });

  it('is deterministic and pure: the same text gives the same dossier', () => {
    const raw = 'Headline\n\n“One,” said Ann Lee.';
    expect(extractDossier(raw, { published: '2024-01-01' })).toEqual(extractDossier(raw, { published: '2024-01-01' }));
  });
});

describe('rules added with dev articles 13–20', () => {
  it('gives a quote introduced by a colon lead-in without a speech verb to its subject', () => {
    const found = statements('Hearing', 'Judge Linda Marsh listened to the appeal. Then she turned to the defendant:', '“You have wasted this court’s time.”');
    expect(found).toEqual([{ kind: 'DIRECT_QUOTE', speaker: 'Linda Marsh', text: 'You have wasted this court’s time.' }]);
  });

  it('reads names with initials as people: "J.R. Hale", "Anne T. Moss"', () => {
    const found = statements('Ruling', 'Magistrate Anne T. Moss fined J.R. Hale on Monday.', '“The fine is fair,” Moss said.', '“I will appeal,” Hale said.');
    expect(found.map((s) => s.speaker)).toEqual(['Anne T. Moss', 'J.R. Hale']);
  });

  it('gives a quote to the person before an indefinite appositive, not the body it names', () => {
    const found = statements('Shares', '“The price is steep,” said Ola Berg, an analyst at Fenwick Capital.');
    expect(found).toEqual([{ kind: 'DIRECT_QUOTE', speaker: 'Ola Berg', text: 'The price is steep' }]);
  });

  it('takes a photo credit’s photographer for no one, and "for the FT" for the publisher', () => {
    const raw = [
      'A town in the rain',
      'By Jo Marsh',
      'Published 2 May 2024',
      'Rain falls on the square © Sam Ode for the FT',
      '“It never stops,” said Ann Lee.',
    ].join('\n\n');
    const { dossier } = extractDossier(raw, { published: '2024-05-02', url: 'https://example.test/b' });
    expect(dossier.article.publisher).toBe('Financial Times');
    expect(dossier.article.text).not.toContain('Sam Ode');
    expect(dossier.actors.map((a) => a.name)).not.toContain('Sam Ode');
    buildPlan(dossier, []);
  });

  it('keeps the publisher’s reference resolvable when a person in the text has the same name', () => {
    const raw = 'Headline\n\n“One,” said Ann Lee.';
    const { dossier } = extractDossier(raw, { published: '2024-01-01', publisher: 'Ann Lee' });
    expect(() => buildPlan(dossier, [])).not.toThrow();
    expect(dossier.actors.some((a) => a.name === dossier.article.publisher && a.type === 'ORGANIZATION')).toBe(true);
  });
});
