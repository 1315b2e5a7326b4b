/**
 * Acceptance: the seed article extracted from its raw text agrees with the hand-made seed
 * dossier on every direct quote (span and speaker), the interpreter, the relayed statement by
 * Abe and Kono's reported reply — and the dossier is valid and resolves on its own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDossier } from '../../src/dossier/validate.js';
import { extractDossier } from '../../src/extract/index.js';
import { buildPlan } from '../../src/ingest/plan.js';
import { seedJson } from '../dossier/fixtures.js';
import { SEED_RAW_FILE } from '../support/paths.js';

const RAW = readFileSync(SEED_RAW_FILE, 'utf8');
const { dossier, report } = extractDossier(RAW, { published: '2017-11-24', publisher: 'The Independent' });
const seed = seedJson();

const spans = (statements: Array<{ span: { start: number; end: number } }>) => statements.map((s) => `${s.span.start}-${s.span.end}`).sort();
const quotesBy = (name: string) => dossier.statements.filter((s) => s.kind === 'DIRECT_QUOTE' && s.speaker === name);
const seedQuotesBy = (id: string) => seed.statements.filter((s: any) => s.kind === 'DIRECT_QUOTE' && s.speaker === id);

describe('extracting the seed article', () => {
  it('gives a dossier that parses and resolves every reference on its own', () => {
    expect(() => parseDossier(JSON.parse(JSON.stringify(dossier)))).not.toThrow();
    expect(() => buildPlan(dossier, [])).not.toThrow();
  });

  it('keeps the article text of the seed, without site chrome', () => {
    expect(dossier.article.text).toBe(seed.article.text);
    for (const chrome of ['Getty Images', 'commenting forum', 'Notifications', 'logged in', 'Caroline Mortimer', 'Friday 24 November']) {
      expect(dossier.article.text).not.toContain(chrome);
    }
    expect(dossier.article.headline).toBe(seed.article.headline);
    expect(dossier.article.standfirst).toBe(seed.article.standfirst);
    expect(dossier.article.publishedAt).toBe('2017-11-24T16:26:00Z');
    expect(dossier.article.publisher).toBe('The Independent');
    expect(dossier.article.authors).toEqual(['Caroline Mortimer']);
    expect(dossier.article.contributors).toEqual(['Reuters']);
  });

  it('finds exactly the five quotes by Lavrov and the three by Kono, with the seed spans', () => {
    expect(quotesBy('Sergei Lavrov')).toHaveLength(5);
    expect(quotesBy('Taro Kono')).toHaveLength(3);
    expect(spans(quotesBy('Sergei Lavrov'))).toEqual(spans(seedQuotesBy('person:sergei-lavrov')));
    expect(spans(quotesBy('Taro Kono'))).toEqual(spans(seedQuotesBy('person:taro-kono')));
  });

  it('marks the Kono quote said through an interpreter, and the quotes that follow it in the scene', () => {
    const unacceptable = dossier.statements.find((s) => s.text.endsWith('absolutely unacceptable'))!;
    expect(unacceptable).toMatchObject({ kind: 'DIRECT_QUOTE', speaker: 'Taro Kono', interpreted: true });
    expect(quotesBy('Taro Kono').every((s) => s.interpreted)).toBe(true);
    expect(quotesBy('Sergei Lavrov').some((s) => s.interpreted)).toBe(false);
  });

  it("reports Abe's statement inside Lavrov's last quote as an INDIRECT statement that quote relays", () => {
    const abe = dossier.statements.find((s) => s.speaker === 'Shinzo Abe')!;
    expect(abe).toMatchObject({ kind: 'INDIRECT', text: 'he supports the American position 100 percent' });
    const seedAbe = seed.statements.find((s: any) => s.ref === 'abe-supports-us-position-100-percent');
    expect(abe.span).toEqual(seedAbe.span);
    const lastLavrov = quotesBy('Sergei Lavrov').at(-1)!;
    expect(lastLavrov.relays).toContain(abe.ref);
    expect(abe.saidOn).toBe('2017-11');
  });

  it("gives Kono's reply on regime change as INDIRECT, spanning the reported clause like the seed", () => {
    const seedReply = seed.statements.find((s: any) => s.ref === 'kono-no-regime-change');
    const reply = dossier.statements.find((s) => s.text.includes('not seeking regime change'))!;
    expect(reply).toMatchObject({ kind: 'INDIRECT', speaker: 'Taro Kono', span: seedReply.span, text: seedReply.text });
    expect(reply.respondsTo).toHaveLength(1);
    expect(dossier.statements.find((s) => s.ref === reply.respondsTo[0])!.speaker).toBe('Sergei Lavrov');
  });

  it("attributes the headline's single-quoted words to Russia, and Lavrov's reported and characterised speech", () => {
    expect(dossier.statements.find((s) => s.text === 'deeply concerned')).toMatchObject({ kind: 'DIRECT_QUOTE', speaker: 'Russia', confidence: 0.8 });
    const seedExercises = seed.statements.find((s: any) => s.ref === 'lavrov-us-exercises-and-sanctions');
    expect(dossier.statements.find((s) => s.span.start === seedExercises.span.start)).toMatchObject({
      kind: 'INDIRECT',
      speaker: 'Sergei Lavrov',
      text: seedExercises.text,
    });
    const seedAttack = seed.statements.find((s: any) => s.ref === 'lavrov-attacks-tokyo');
    expect(dossier.statements.find((s) => s.kind === 'PARAPHRASE' && s.speaker === 'Sergei Lavrov')).toMatchObject({ text: seedAttack.text });
  });

  it('names the actors with the seed ids for countries, and roles from the text', () => {
    const actor = (name: string) => dossier.actors.find((a) => a.name === name)!;
    expect(actor('Russia')).toMatchObject({ id: 'country:russia', type: 'COUNTRY' });
    // Moscow is also the city in this article: the place keeps the name, the country loses the alias (issue 13).
    expect(actor('Russia').aliases).not.toContain('Moscow');
    expect(actor('Japan').aliases).toContain('Tokyo');
    expect(actor('North Korea')).toMatchObject({ id: 'country:north-korea' });
    expect(actor('United States')).toMatchObject({ id: 'country:united-states' });
    expect(actor('Taro Kono').roles).toEqual([{ title: 'Foreign Minister', of: 'Japan' }]);
    expect(actor('Shinzo Abe').roles).toEqual([{ title: 'Prime Minister', of: 'Japan' }]);
    expect(actor('Sergei Lavrov').aliases).toEqual(expect.arrayContaining(['Lavrov', 'Mr Lavrov']));
    expect(actor('Sergei Lavrov').id).toBeUndefined();
    expect(actor('US military')).toMatchObject({ type: 'ORGANIZATION' });
    expect(dossier.places.find((p) => p.id === 'place:moscow')).toMatchObject({ name: 'Moscow' });
  });

  it('tags statements with topics from the taxonomy, and lists every topic it uses', () => {
    const used = new Set(dossier.statements.flatMap((s) => s.topics.map((t) => t.topic)));
    expect(used.size).toBeGreaterThan(0);
    const listed = new Set(dossier.topics.map((t) => t.id));
    for (const topic of used) expect(listed).toContain(topic);
  });

  it('reports its counts, with nothing below the review threshold on this article', () => {
    expect(report).toMatchObject({ statements: dossier.statements.length, directQuotes: 9, actors: dossier.actors.length });
    expect(report.review).toEqual([]);
  });
});
