/**
 * The extractor meets its accuracy targets on the gold articles (what `npm run eval` checks):
 * a drop below a target fails the suite.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, formatEvaluation } from '../../src/eval/evaluate.js';
import { extractDossier } from '../../src/extract/index.js';

describe('extraction accuracy', () => {
  it('meets every target on the seed and the development set', () => {
    const evaluation = evaluate(extractDossier);
    expect(evaluation.sets.map((s) => s.set)).toEqual(expect.arrayContaining(['seed', 'dev']));
    expect(evaluation.failures, formatEvaluation(evaluation)).toEqual([]);
  });
});
