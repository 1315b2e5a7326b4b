/** Topic tagging and stance from the taxonomy in data/topics.json. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { taxonomyTopics, tagStatement, TAXONOMY_FILE } from '../../src/extract/topics.js';
import { SEED_FILE } from '../support/paths.js';

const topicsOf = (text: string) => tagStatement(text).map((t) => t.topic);

describe('tagStatement', () => {
  it('finds the seed topics with the stance of the nearest cue', () => {
    expect(tagStatement('We are expressing deep concern that Japan is becoming a territory for the US global missile defence system')).toEqual([
      { topic: 'topic:us-missile-defence-north-east-asia', stance: 'CONCERN' },
    ]);
    expect(tagStatement('Japan welcomes the position of the United States: all means of deterrence will be used.')).toEqual([
      { topic: 'topic:us-deterrence-for-japan-and-south-korea', stance: 'SUPPORT' },
    ]);
  });

  it('reads a negated support cue as opposition, and no cue as neutral', () => {
    expect(tagStatement('Japan was not seeking regime change in the North.')).toEqual([{ topic: 'topic:regime-change-in-north-korea', stance: 'OPPOSE' }]);
    expect(tagStatement('They do not support new sanctions.')[0]).toEqual({ topic: 'topic:sanctions', stance: 'OPPOSE' });
    expect(tagStatement('The regime change question came up.')).toEqual([{ topic: 'topic:regime-change-in-north-korea', stance: 'NEUTRAL' }]);
  });

  it('keeps the most specific topic for the same words', () => {
    // "missile defence" beats "defence"; "nuclear program" (North Korea) beats "nuclear".
    expect(topicsOf('the missile defence shield')).toEqual(['topic:us-missile-defence-north-east-asia']);
    expect(topicsOf('to stop its nuclear program')).toEqual(['topic:north-korea-nuclear-missile-programme']);
    // A subtopic makes its ancestor redundant.
    expect(topicsOf('more sanctions on North Korea')).not.toContain('topic:north-korea-nuclear-missile-programme');
  });

  it('matches whole words only, across spacing and hyphens', () => {
    expect(topicsOf('a cooperative spirit')).toEqual([]);
    expect(topicsOf('north   east asia is calm')).toEqual(['topic:north-east-asia-security']);
    expect(topicsOf('security in North-East Asia')).toEqual(['topic:north-east-asia-security']);
    expect(topicsOf('security in North East Asia')).toEqual(['topic:north-east-asia-security']);
  });
});

describe('taxonomyTopics', () => {
  it('keeps the seed’s topic ids, so extracted statements meet curated ones', () => {
    const seed = JSON.parse(readFileSync(SEED_FILE, 'utf8'));
    const ids = new Set(taxonomyTopics().map((t) => t.id));
    for (const topic of seed.topics) expect(ids.has(topic.id)).toBe(true);
  });

  it('returns the topics asked for with their ancestors', () => {
    expect(
      taxonomyTopics(['topic:pressure-and-sanctions-on-north-korea'])
        .map((t) => t.id)
        .sort(),
    ).toEqual(['topic:north-east-asia-security', 'topic:north-korea-nuclear-missile-programme', 'topic:pressure-and-sanctions-on-north-korea']);
  });

  it('reads a taxonomy whose every parent exists', () => {
    const data = JSON.parse(readFileSync(TAXONOMY_FILE, 'utf8'));
    const ids = new Set(data.topics.map((t: { id: string }) => t.id));
    for (const t of data.topics) if (t.parent) expect(ids.has(t.parent)).toBe(true);
  });
});
