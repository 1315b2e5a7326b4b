/**
 * The extractor checks its own output: an entry that fails validation (or names no actor) is
 * dropped with a review item — an actor or place becomes a mention — and the article is never
 * refused; what remains passes validation and the ingest plan.
 */
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/dossier/schema.js';
import { parseDossier } from '../../src/dossier/validate.js';
import { extractDossier } from '../../src/extract/index.js';
import { checkDossier } from '../../src/extract/selfcheck.js';
import { buildPlan } from '../../src/ingest/plan.js';

const ARTICLE = [
  'Scholz: tariff war would hurt workers',
  'German Chancellor Olaf Scholz spoke in Berlin on Tuesday.',
  '“Nobody wins a trade war,” Scholz said. “We will defend our workers,” he added.',
].join('\n\n');

function extracted(): Dossier {
  return structuredClone(extractDossier(ARTICLE, { published: '2024-03-14', publisher: 'Example News', url: 'https://example.test/a' }).dossier);
}

describe('the self-check of an extracted dossier', () => {
  it('drops a statement whose speaker is a place, and one whose span is wrong, each with a review item', () => {
    const draft = extracted();
    expect(draft.statements.length).toBeGreaterThanOrEqual(2);
    expect(draft.places.map((p) => p.name)).toContain('Berlin');
    draft.statements[0]!.speaker = 'Berlin';
    draft.statements[1]!.span = { start: draft.statements[1]!.span.start + 1, end: draft.statements[1]!.span.end };
    // As it was: the whole article refused, pointing at a statement of a dossier nobody saw.
    expect(() => buildPlan(parseDossier(draft), [])).toThrow();
    const { dossier, kept, review } = checkDossier(draft);
    expect(dossier.statements).toHaveLength(draft.statements.length - 2);
    expect(kept).toEqual(draft.statements.map((_, i) => i).slice(2));
    expect(review.map((r) => r.reason)).toEqual([expect.stringContaining('a place is never a speaker'), expect.stringContaining('statements[1].span')]);
    expect(() => buildPlan(parseDossier(dossier), [])).not.toThrow();
  });

  it('makes an actor that fails validation a mention, and drops the statements it spoke', () => {
    const draft = extracted();
    const scholz = draft.actors.findIndex((a) => a.name === 'Olaf Scholz');
    draft.actors[scholz]!.id = 'place:olaf-scholz';
    const { dossier, review } = checkDossier(draft);
    expect(dossier.actors.map((a) => a.name)).not.toContain('Olaf Scholz');
    expect(dossier.mentions).toContainEqual(expect.objectContaining({ text: 'Olaf Scholz', guess: 'PERSON' }));
    expect(dossier.statements.filter((s) => s.speaker === 'Olaf Scholz' || s.speaker === 'Scholz')).toEqual([]);
    expect(review[0]).toMatchObject({ path: `actors[${scholz}]`, reason: expect.stringContaining('made a mention') });
    expect(review.slice(1).every((r) => /speaker .* is no longer an actor/.test(r.reason))).toBe(true);
    expect(() => buildPlan(parseDossier(dossier), [])).not.toThrow();
  });

  it('keeps a valid dossier as it is', () => {
    const draft = extracted();
    const { dossier, review } = checkDossier(draft);
    expect(review).toEqual([]);
    expect(dossier).toEqual(parseDossier(draft));
  });

  it('still refuses what is wrong with the article itself, not an entry', () => {
    const draft = extracted();
    draft.article.url = 'ftp://example.test/a';
    expect(() => checkDossier(draft)).toThrow(/article\.url/);
  });
});
