/**
 * What eval judges around the quotes (src/eval/checks.ts) and how targets are judged against
 * goals and floors (src/eval/targets.ts): each judgement can go wrong, and says so.
 */
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/dossier/schema.js';
import { checkArticle, checkScores, junkActors } from '../../src/eval/checks.js';
import { evaluate } from '../../src/eval/evaluate.js';
import { goldArticles } from '../../src/eval/gold.js';
import { floorOf, judgeTarget, strayFloors, type Target } from '../../src/eval/targets.js';

const [seed] = goldArticles().filter((a) => a.set === 'seed');
const copy = (): Dossier => structuredClone(seed!.gold);
const actor = (name: string, type: 'PERSON' | 'COUNTRY' | 'ORGANIZATION', aliases: string[] = []) =>
  ({ type, name, aliases, roles: [], memberOf: [] }) as unknown as Dossier['actors'][number];

describe('junk actors', () => {
  it('finds none in the gold against itself', () => {
    expect(junkActors(seed!.gold, seed!.gold)).toEqual([]);
  });

  it('names fragments, places made actors and actors of the wrong type; spellings of gold actors are not junk', () => {
    const predicted = copy();
    predicted.actors.push(
      actor('Two leaders', 'ORGANIZATION'),
      actor('Moscow (city)', 'ORGANIZATION'),
      actor('N. Korea', 'PERSON', ['North Korea']),
      actor('Sergej Lavrov', 'PERSON'),
      actor('Taro Kōno', 'PERSON'),
    );
    expect(junkActors(seed!.gold, predicted)).toEqual([
      { name: 'Two leaders', type: 'ORGANIZATION', why: 'no gold actor' },
      { name: 'Moscow (city)', type: 'ORGANIZATION', why: 'a place' },
      { name: 'N. Korea', type: 'PERSON', why: 'a PERSON where gold has the COUNTRY North Korea' },
    ]);
    const counts = checkArticle(seed!.gold, predicted, predicted).counts;
    expect(counts).toMatchObject({ actorsCreated: seed!.gold.actors.length + 5, junkActors: 3 });
    expect(checkScores(counts).junkShare).toBeCloseTo(3 / (seed!.gold.actors.length + 5));
  });
});

/** A dossier with neither date nor publisher (both may become optional in the schema). */
function undated(d: Dossier): Dossier {
  const { publishedAt: _date, publisher: _publisher, ...article } = d.article;
  return { ...d, article } as unknown as Dossier;
}

describe('article date and publisher', () => {
  it('are right when the day and the publisher (by any of its names) are gold’s', () => {
    const found = copy();
    found.article.publishedAt = '2017-11-24';
    found.article.publisher = 'Independent';
    expect(checkArticle(seed!.gold, found, found)).toMatchObject({ counts: { dateRight: 1, publisherRight: 1, refused: 0 }, misses: [] });
  });

  it('are wrong when the date is another day or unknown, or the publisher another or a placeholder', () => {
    const today = copy();
    today.article.publishedAt = '2026-12-06T10:00:00Z';
    today.article.publisher = 'Unknown publisher';
    expect(checkArticle(seed!.gold, today, today)).toMatchObject({
      counts: { dateRight: 0, publisherRight: 0 },
      misses: ['date 2017-11-24 found 2026-12-06', 'publisher The Independent found Unknown publisher'],
    });
    const unknown = undated(copy());
    expect(checkArticle(seed!.gold, unknown, unknown).misses).toEqual(['date 2017-11-24 found unknown', 'publisher The Independent found unknown']);
  });

  it('count unknown as right only when gold does not know either', () => {
    const gold = undated(copy());
    expect(checkArticle(gold, gold, gold).counts).toMatchObject({ dateRight: 1, publisherRight: 1 });
    expect(checkArticle(gold, seed!.gold, seed!.gold).counts).toMatchObject({ dateRight: 0, publisherRight: 0 });
  });
});

describe('an article its own extraction refuses', () => {
  it('is counted, with nothing of it right, and eval carries on', () => {
    let calls = 0;
    const e = evaluate(
      (_raw, options) => {
        calls += 1;
        if (!options.published) throw new Error('statements[7].speaker: "Berlin (city)" is not an actor\n  at stack');
        return { dossier: copy() };
      },
      { articles: [seed!, seed!], missing: [] },
      [],
    );
    expect(calls).toBe(4);
    expect(e.sets[0]).toMatchObject({ checks: { articles: 2, refused: 2, dateRight: 0, publisherRight: 0 }, checkScores: { refused: 2 } });
    expect(e.articles[0]!.misses).toEqual(['refused: from its text alone: statements[7].speaker: "Berlin (city)" is not an actor']);
    // The quotes were scored on the extraction given the metadata, which did not refuse.
    expect(e.sets[0]!.scores.exactRecall).toBe(1);
  });
});

describe('targets: goals, floors and hard targets', () => {
  const goal: Target = { set: 'holdout', metric: 'speakerAccuracy', goal: 0.95 };
  const ceiling: Target = { set: 'holdout', metric: 'junkShare', goal: 0.02, atMost: true };
  const hard: Target = { set: 'dev', metric: 'exactF1', goal: 0.95, hard: true };

  it('a goal met with no floor passes; with a floor left, fails asking for its removal', () => {
    const met = judgeTarget(goal, 0.96, undefined, {});
    expect([met.status, met.failure]).toEqual(['met (0.960)', undefined]);
    expect(judgeTarget(goal, 0.96, undefined, { 'holdout speakerAccuracy': 0.78 }).failure).toBe(
      'holdout speakerAccuracy is met (0.960): remove its floor from src/eval/floors.ts',
    );
  });

  it('a goal missed says so plainly; holds at or above its floor; fails below it, or with no floor (naming the line to record)', () => {
    const floors = { 'holdout speakerAccuracy': 0.78 };
    const held = judgeTarget(goal, 0.78, undefined, floors);
    expect([held.status, held.failure]).toEqual(['MISSED (goal 0.95, measured 0.780, floor 0.78)', undefined]);
    expect(judgeTarget(goal, 0.8, undefined, floors).failure).toBeUndefined();
    expect(judgeTarget(goal, 0.77, undefined, floors).failure).toBe('holdout speakerAccuracy 0.770 regressed past its floor 0.78');
    expect(judgeTarget(goal, 0.7768, undefined, {}).failure).toBe(
      "holdout speakerAccuracy missed with no floor recorded: add 'holdout speakerAccuracy': 0.776, to src/eval/floors.ts",
    );
  });

  it('an at-most goal (junk, refusals) holds at or below its recorded worst', () => {
    expect(judgeTarget(ceiling, 0.01, undefined, {}).failure).toBeUndefined();
    expect(judgeTarget(ceiling, 0.2, undefined, { 'holdout junkShare': 0.23 }).failure).toBeUndefined();
    expect(judgeTarget(ceiling, 0.24, undefined, { 'holdout junkShare': 0.23 }).failure).toBe('holdout junkShare 0.240 regressed past its floor 0.23');
    expect(floorOf(ceiling, 0.2291)).toBe(0.23);
    expect(floorOf(goal, 0.7768)).toBe(0.776);
  });

  it('a hard target missed fails, floor or not; an unmeasured target fails', () => {
    expect(judgeTarget(hard, 0.9, undefined, { 'dev exactF1': 0.8 }).failure).toBe('dev exactF1 0.900 < 0.95');
    expect(judgeTarget(goal, undefined, 'no gold articles', {}).failure).toBe('holdout speakerAccuracy: not scored — no gold articles');
  });

  it('a floor recorded for no target is reported', () => {
    expect(strayFloors([goal], { 'holdout speakerAccuracy': 0.7, 'holdout speakerAcuracy': 0.7 })).toEqual([
      'src/eval/floors.ts records a floor for "holdout speakerAcuracy", which is no target',
    ]);
  });
});
