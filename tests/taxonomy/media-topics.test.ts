/**
 * The IPTC Media Topics the repository ships (data/iptc-media-topics.json) and where the
 * taxonomy's topics sit under them (data/topic-media-topics.json): a whole, acyclic hierarchy
 * with the attribution, and a mapping that names only existing concepts and leaves no topic out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEDIA_TOPICS_FILE, mediaTopics, topicMediaTopics } from '../../src/extract/media-topics.js';
import { TAXONOMY_FILE } from '../../src/extract/topics.js';
import { assertNoCycle, formatMediaTopics } from '../../scripts/convert-iptc-media-topics.js';
import { SEED_FILE } from '../support/paths.js';

const file = mediaTopics();
const byQcode = new Map(file.concepts.map((c) => [c.qcode, c]));
const parentsOf = (qcode: string) => {
  const c = byQcode.get(qcode)!;
  return [...(c.broader ? [c.broader] : []), ...(c.alsoBroader ?? [])];
};

describe('data/iptc-media-topics.json', () => {
  it('carries the attribution IPTC asks for, and its source', () => {
    expect(file.attribution).toBe('IPTC Media Topics, © IPTC, CC BY 4.0');
    expect(file.licence).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(file.source).toContain('http://cv.iptc.org/newscodes/mediatopic/');
  });

  it('has the 17 top concepts, from arts to weather, and the whole vocabulary', () => {
    const top = file.concepts.filter((c) => c.level === 1);
    expect(top.map((c) => c.qcode)).toEqual(Array.from({ length: 17 }, (_, i) => `medtop:${String(i + 1).padStart(2, '0')}000000`));
    expect(top.every((c) => c.broader === undefined)).toBe(true);
    expect(byQcode.get('medtop:01000000')!.label).toBe('arts, culture and entertainment');
    expect(byQcode.get('medtop:17000000')!.label).toBe('weather');
    expect(file.concepts).toHaveLength(1153);
  });

  it('knows politics and its child international relations, with their Wikidata items', () => {
    expect(byQcode.get('medtop:11000000')).toMatchObject({ label: 'politics', level: 1, wikidata: 'Q7163' });
    expect(byQcode.get('medtop:20000638')).toMatchObject({
      label: 'international relations',
      broader: 'medtop:11000000',
      level: 2,
      wikidata: 'Q166542',
      wikidataMatch: 'exact',
    });
    expect(byQcode.get('medtop:20000638')!.definition).toMatch(/^Non-violent relations between nations/);
    expect(byQcode.get('medtop:20000642')).toMatchObject({ label: 'economic sanction', broader: 'medtop:20000638', level: 3 });
  });

  it('is sorted by qcode, one entry per qcode, with every broader concept present', () => {
    const qcodes = file.concepts.map((c) => c.qcode);
    expect(qcodes).toEqual([...qcodes].sort());
    expect(new Set(qcodes).size).toBe(qcodes.length);
    const missing = file.concepts.flatMap((c) =>
      parentsOf(c.qcode)
        .filter((q) => !byQcode.has(q))
        .map((q) => `${c.qcode} → ${q}`),
    );
    expect(missing).toEqual([]);
  });

  it('has levels that follow the broader chain, five at most, and no cycle', () => {
    for (const c of file.concepts) expect(c.level, c.qcode).toBe(c.broader ? byQcode.get(c.broader)!.level + 1 : 1);
    expect(Math.max(...file.concepts.map((c) => c.level))).toBe(5);
    expect(() => assertNoCycle(byQcode.keys(), parentsOf)).not.toThrow();
    // The check itself finds a cycle when there is one.
    expect(() => assertNoCycle(['a', 'b'], (q) => [q === 'a' ? 'b' : 'a'])).toThrow(/cycle/);
  });

  it('is in the converter’s exact format (regenerating it changes nothing)', () => {
    expect(formatMediaTopics({ $comment: (JSON.parse(readFileSync(MEDIA_TOPICS_FILE, 'utf8')) as { $comment: string }).$comment, ...file })).toBe(
      readFileSync(MEDIA_TOPICS_FILE, 'utf8'),
    );
  });
});

describe('data/topic-media-topics.json', () => {
  const mapping = topicMediaTopics();

  it('places every taxonomy topic, the seed’s among them, once', () => {
    const taxonomy = (JSON.parse(readFileSync(TAXONOMY_FILE, 'utf8')) as { topics: Array<{ id: string }> }).topics.map((t) => t.id);
    expect(mapping.map((m) => m.topic).sort()).toEqual([...taxonomy].sort());
    const seed = (JSON.parse(readFileSync(SEED_FILE, 'utf8')) as { topics: Array<{ id: string }> }).topics.map((t) => t.id);
    expect(seed.length).toBeGreaterThan(0);
    for (const id of seed) expect(mapping.map((m) => m.topic)).toContain(id);
  });

  it('names only existing Media Topics, with their labels', () => {
    for (const m of mapping) expect(byQcode.get(m.mediaTopic)?.label, m.topic).toBe(m.label);
  });

  it('puts the seed’s specific topics where an analyst would look for them', () => {
    const under = new Map(mapping.map((m) => [m.topic, m.mediaTopic]));
    const topOf = (qcode: string): string => (byQcode.get(qcode)!.broader ? topOf(byQcode.get(qcode)!.broader!) : qcode);
    expect(under.get('topic:kuril-islands-dispute')).toBe('medtop:20000638'); // international relations
    expect(under.get('topic:pressure-and-sanctions-on-north-korea')).toBe('medtop:20000642'); // economic sanction
    expect(topOf(under.get('topic:us-missile-defence-north-east-asia')!)).toBe('medtop:11000000'); // politics > government > defence
    expect(topOf(under.get('topic:armed-conflict')!)).toBe('medtop:16000000'); // conflicts, war and peace
    expect(topOf(under.get('topic:trade')!)).toBe('medtop:04000000'); // economy, business and finance
  });
});
