/** The synthetic corpus: deterministic, valid, and skewed like real news. */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDossier } from '../../src/dossier/validate.js';
import { generateCorpus, scaleFor } from '../../src/gen/corpus.js';
import { writeCorpus } from '../../src/gen/main.js';
import { Rng } from '../../src/gen/prng.js';
import { buildPlan, missingReferences, type KnownEntity } from '../../src/ingest/plan.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-gen-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const bytes = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n--\n');

describe('the corpus generator', () => {
  it('writes the same bytes for the same seed, and other bytes for another seed', () => {
    const a = writeCorpus({ size: 'XS', seed: 7, out: path.join(tmp, 'a') });
    const b = writeCorpus({ size: 'XS', seed: 7, out: path.join(tmp, 'b') });
    const c = writeCorpus({ size: 'XS', seed: 8, out: path.join(tmp, 'c') });
    expect(a.statements).toBe(300);
    expect(bytes(a.dir)).toBe(bytes(b.dir));
    expect(bytes(c.dir)).not.toBe(bytes(a.dir));
  });

  it('draws from a seeded PRNG, not Math.random', () => {
    const x = new Rng(42);
    const y = new Rng(42);
    expect(Array.from({ length: 5 }, () => x.next())).toEqual(Array.from({ length: 5 }, () => y.next()));
  });

  it('produces dossiers that validate and resolve, answering earlier articles by statement id', () => {
    const known = new Map<string, KnownEntity>();
    let crossArticle = 0;
    let relays = 0;
    let claims = 0;
    const polarities = new Map<string, Set<string>>();
    for (const raw of generateCorpus(scaleFor('S', 2000), 3)) {
      const dossier = parseDossier(JSON.parse(JSON.stringify(raw)));
      const lookups = missingReferences(dossier);
      const plan = buildPlan(
        dossier,
        lookups.ids.flatMap((id) => (known.has(id) ? [known.get(id)!] : [])),
      );
      for (const s of plan.statements) {
        known.set(s.id as string, { id: s.id as string, type: 'Statement', keys: [] });
        relays += (s.relays as string[]).length;
        crossArticle += (s.respondsTo as string[]).filter((id) => !plan.statements.some((t) => t.id === id)).length;
        for (const c of s.claims as Array<{ id: string; polarity: string }>) {
          claims += 1;
          polarities.set(c.id, (polarities.get(c.id) ?? new Set()).add(c.polarity));
        }
      }
    }
    expect(relays).toBeGreaterThan(0);
    expect(crossArticle).toBeGreaterThan(0);
    expect(claims).toBeGreaterThan(0);
    // claims both affirmed and denied (by different actors)
    expect([...polarities.values()].some((p) => p.size === 2)).toBe(true);
  });

  it('has Zipf-like speakers and mentions: the top share far above the median', () => {
    const speakers = new Map<string, number>();
    const mentioned = new Map<string, number>();
    const kinds = new Set<string>();
    for (const d of generateCorpus(scaleFor('S'), 1)) {
      for (const s of d.statements) {
        kinds.add(s.kind);
        speakers.set(s.speaker, (speakers.get(s.speaker) ?? 0) + 1);
        for (const m of s.mentions) mentioned.set(m.target, (mentioned.get(m.target) ?? 0) + 1);
      }
    }
    for (const counts of [speakers, mentioned]) {
      const sorted = [...counts.values()].sort((a, b) => b - a);
      const median = sorted[sorted.length >> 1]!;
      expect(sorted[0]! / median).toBeGreaterThan(50);
      expect(sorted.length).toBeGreaterThan(100);
    }
    expect(kinds.size).toBe(3);
  });
});
