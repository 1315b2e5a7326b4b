/** The extraction scorer itself: perfect on gold against gold, and each error costs what it should. */
import { describe, expect, it } from 'vitest';
import { evaluate, TARGETS } from '../../src/eval/evaluate.js';
import { goldArticles } from '../../src/eval/gold.js';
import { score, scores } from '../../src/eval/score.js';

const [seed] = goldArticles().filter((a) => a.set === 'seed');
const copy = () => structuredClone(seed!.gold);

describe('score', () => {
  it('gives the gold full marks against itself', () => {
    const s = scores(score(seed!.gold, seed!.gold));
    for (const value of Object.values(s)) expect(value).toBe(1);
  });

  it('counts a quote one character short as an overlap, not an exact match', () => {
    const predicted = copy();
    const quote = predicted.statements.find((s) => s.kind === 'DIRECT_QUOTE')!;
    quote.span = { start: quote.span.start, end: quote.span.end - 1 };
    const c = score(seed!.gold, predicted);
    expect(c.overlapQuotes).toBe(c.goldQuotes);
    expect(c.exactQuotes).toBe(c.goldQuotes - 1);
  });

  it('judges speakers by who they are, whatever name the extractor used', () => {
    const predicted = copy();
    const lavrovQuotes = predicted.statements.filter((s) => s.kind === 'DIRECT_QUOTE' && s.speaker === 'person:sergei-lavrov');
    lavrovQuotes.forEach((s) => {
      s.speaker = 'Mr Lavrov';
    });
    expect(scores(score(seed!.gold, predicted)).speakerAccuracy).toBe(1);
    lavrovQuotes[0]!.speaker = 'person:taro-kono';
    const c = score(seed!.gold, predicted);
    expect(c.speakerRight).toBe(c.speakerJudged - 1);
  });

  it('misses reported statements and kinds that are not there', () => {
    const predicted = copy();
    predicted.statements = predicted.statements.filter((s) => s.kind === 'DIRECT_QUOTE');
    expect(scores(score(seed!.gold, predicted)).reportedRecall).toBe(0);
    const retyped = copy();
    retyped.statements.forEach((s) => {
      s.kind = 'DIRECT_QUOTE';
    });
    expect(scores(score(seed!.gold, retyped)).kindAccuracy).toBeLessThan(1);
  });

  it('fails the targets of an extractor that finds nothing', () => {
    const seedTargets = TARGETS.filter((t) => t.set === 'seed');
    const e = evaluate(() => ({ dossier: { ...copy(), statements: [] } }), { articles: [seed!], missing: [] }, seedTargets);
    // Speaker accuracy is over the quotes found, so recall is what catches an empty answer.
    expect(e.failures).toEqual(['seed exactRecall 0.000 < 1']);
  });
});
