// The dossier's `mentions` section: names found in the text that are not (yet) actors. Validation
// (the span must hold exactly the text, as for statements), defaults, ids, and how a plan links a
// mention to the one actor of its name.
import { describe, expect, it } from 'vitest';
import { mentionId, statementId } from '../../src/dossier/ids.js';
import { parseDossier } from '../../src/dossier/validate.js';
import { buildPlan, missingReferences } from '../../src/ingest/plan.js';
import { issuesOf, miniDossier } from './fixtures.js';

const TEXT = 'Talks in Moscow\n\nLavrov said the talks went well. Mr Smith and the officials said nothing.';
const at = (text: string) => ({ start: TEXT.indexOf(text), end: TEXT.indexOf(text) + text.length });

function withMentions(mentions: unknown[]): any {
  return {
    ...miniDossier({
      text: TEXT,
      actors: [{ id: 'person:sergei-lavrov', type: 'PERSON', name: 'Sergei Lavrov', aliases: ['Lavrov'] }],
      statements: [{ ref: 's1', text: 'the talks went well', speaker: 'Lavrov' }],
    }),
    mentions,
  };
}

describe('the mentions section', () => {
  it('is optional: a dossier without it has none', () => {
    const raw = withMentions([]);
    delete raw.mentions;
    expect(parseDossier(raw).mentions).toEqual([]);
  });

  it('accepts a mention whose span holds its text, and guesses UNKNOWN by default', () => {
    const d = parseDossier(withMentions([{ text: 'Mr Smith', span: at('Mr Smith'), reason: 'a surname never introduced' }]));
    expect(d.mentions).toEqual([{ text: 'Mr Smith', span: at('Mr Smith'), guess: 'UNKNOWN', reason: 'a surname never introduced' }]);
  });

  it('refuses a span that does not hold the text, at the span, quoting both', () => {
    const issues = issuesOf(() => parseDossier(withMentions([{ text: 'Mr Smith', span: at('the officials'), reason: 'x' }])));
    expect(issues).toEqual([
      {
        path: 'mentions[0].span',
        message: `article text at ${at('the officials').start}..${at('the officials').end} is "the officials", not the mention text "Mr Smith"`,
      },
    ]);
  });

  it('refuses a span past the end of the text, and two mentions with one span', () => {
    const past = issuesOf(() => parseDossier(withMentions([{ text: 'x', span: { start: 1, end: TEXT.length + 5 }, reason: 'x' }])));
    expect(past).toEqual([{ path: 'mentions[0].span.end', message: `is past the end of the article text (${TEXT.length} characters)` }]);
    const twice = { text: 'Mr Smith', span: at('Mr Smith'), reason: 'x' };
    expect(issuesOf(() => parseDossier(withMentions([twice, { ...twice, guess: 'PERSON' }]))).map((i) => i.path)).toEqual(['mentions[1].span']);
  });

  it('refuses an unknown guess, an empty reason, an unknown field and a text over 200 characters, each at its path', () => {
    const span = at('Mr Smith');
    const paths = issuesOf(() =>
      parseDossier(
        withMentions([
          { text: 'Mr Smith', span, guess: 'ALIEN', reason: 'x' },
          { text: 'Mr Smith', span, reason: '  ' },
          { text: 'Mr Smith', span, reason: 'x', actor: 'person:smith' },
          { text: 'x'.repeat(201), span, reason: 'x' },
        ]),
      ),
    ).map((i) => i.path);
    expect(paths).toEqual(['mentions[0].guess', 'mentions[1].reason', 'mentions[2]', 'mentions[3].text']);
  });
});

describe('mentions in a plan', () => {
  const raw = () =>
    withMentions([
      { text: 'Lavrov', span: at('Lavrov'), guess: 'PERSON', reason: 'a test' },
      { text: 'Mr Smith', span: at('Mr Smith'), guess: 'PERSON', reason: 'a surname never introduced' },
      { text: 'the officials', span: at('the officials'), guess: 'GROUP', reason: 'a generic plural' },
    ]);

  it('gives each mention a hash id of its article and span, distinct from a statement’s of the same span', () => {
    const plan = buildPlan(parseDossier(raw()), []);
    const id = mentionId(plan.articleId, at('Mr Smith'));
    expect(id).toMatch(/^mention:[0-9a-f]{20}$/);
    expect(id.slice('mention:'.length)).toBe(statementId(plan.articleId, at('Mr Smith')).slice('statement:'.length));
    expect(plan.mentions.map((m) => m.id)).toContain(id);
    expect(plan.mentions[1]).toMatchObject({
      text: 'Mr Smith',
      guess: 'PERSON',
      start: at('Mr Smith').start,
      end: at('Mr Smith').end,
      nameKeys: ['smith', '~smith'],
    });
  });

  it('links a mention to the one actor its name names (the dossier’s or the graph’s), and never makes it an issue', () => {
    const known = [{ id: 'person:john-smith', type: 'Person' as const, keys: ['john smith', 'smith'] }];
    const plan = buildPlan(parseDossier(raw()), known);
    expect(plan.mentions.map((m) => m.actor)).toEqual(['person:sergei-lavrov', 'person:john-smith', null]);
    const two = [...known, { id: 'person:jane-smith', type: 'Person' as const, keys: ['jane smith', 'smith'] }];
    expect(buildPlan(parseDossier(raw()), two).mentions[1]!.actor).toBeNull();
  });

  it('asks the graph for the names of mentions the dossier does not answer', () => {
    const { keys } = missingReferences(parseDossier(raw()));
    expect(keys).toEqual(expect.arrayContaining(['smith', 'the officials']));
    expect(keys).not.toContain('lavrov');
  });
});
