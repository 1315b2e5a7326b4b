/**
 * The extractor meets its accuracy targets on the gold articles (what `npm run eval` checks):
 * a drop below a target fails the suite, and so does a target that could not be measured.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEval } from '../../src/cli/eval.js';
import { evaluate, formatEvaluation } from '../../src/eval/evaluate.js';
import { loadGold, type Gold } from '../../src/eval/gold.js';
import { extractDossier } from '../../src/extract/index.js';
import { SEED_FILE, SEED_RAW_FILE } from '../support/paths.js';
import { captureStdio } from '../support/stdio.js';

describe('extraction accuracy', () => {
  it('meets every target on the seed and the development set, with every gold article scored', () => {
    const evaluation = evaluate(extractDossier);
    expect(evaluation.sets.map((s) => s.set)).toEqual(expect.arrayContaining(['seed', 'dev']));
    expect(evaluation.missing).toEqual([]);
    expect(evaluation.failures, formatEvaluation(evaluation)).toEqual([]);
  });
});

describe('a target that could not be measured', () => {
  // A seed folder with the real seed pair and a second gold dossier whose raw text is missing;
  // no development set at all.
  const dir = mkdtempSync(path.join(tmpdir(), 'claimgraph-gold-'));
  const seedDir = path.join(dir, 'seed');
  const noDir = path.join(dir, 'none');
  let gold: Gold;
  beforeAll(() => {
    mkdirSync(seedDir);
    copyFileSync(SEED_FILE, path.join(seedDir, 'a-seed.json'));
    copyFileSync(SEED_RAW_FILE, path.join(seedDir, 'a-seed.txt'));
    copyFileSync(SEED_FILE, path.join(seedDir, 'b-unscored.json'));
    gold = loadGold({ seed: seedDir, dev: noDir, holdout: noDir });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails, naming the missing raw text, although the articles scored are perfect', () => {
    expect(gold.missing).toEqual([{ name: 'b-unscored', set: 'seed', reason: `raw text ${path.join(seedDir, 'b-unscored.txt')} missing` }]);
    const evaluation = evaluate(extractDossier, gold);
    expect(evaluation.sets).toMatchObject([{ set: 'seed', articles: 1, scores: { exactRecall: 1, speakerAccuracy: 1 } }]);
    expect(evaluation.failures).toEqual([
      `seed exactRecall: not scored — raw text ${path.join(seedDir, 'b-unscored.txt')} missing`,
      `seed speakerAccuracy: not scored — raw text ${path.join(seedDir, 'b-unscored.txt')} missing`,
      `dev speakerAccuracy: not scored — no gold articles in ${noDir}`,
      `dev exactF1: not scored — no gold articles in ${noDir}`,
    ]);
    expect(formatEvaluation(evaluation)).toContain(`Not scored:\n- seed b-unscored: raw text ${path.join(seedDir, 'b-unscored.txt')} missing`);
  });

  describe('claimgraph eval', () => {
    const io = captureStdio();

    it('exits 1 and never says every target was met', () => {
      expect(runEval(gold)).toBe(1);
      expect(io.stdout).not.toContain('All targets met');
      expect(io.stderr).toContain('Targets not met: seed exactRecall: not scored — raw text');
    });
  });
});
