/** The statement stage's attention: whom "he", "she" and "it" mean, given the subjects and the speakers so far. */
import { describe, expect, it } from 'vitest';
import { Attention } from '../../src/extract/attention.js';
import { addEntities, addStructure, readText } from '../../src/extract/pipeline.js';

const RAW = ['Talks', 'Foreign Minister Anna Berg met Mark Stone on Monday. Acme Corp was not invited.', 'Later that day, he spoke.'].join('\n\n');

describe('Attention', () => {
  it('resolves a pronoun to the latest compatible subject, and a speaker recorded later takes over', () => {
    const doc = addEntities(addStructure(readText(RAW)));
    const attention = new Attention(doc.registry);
    const at = doc.text.indexOf('he spoke');
    const name = (e: { name: string } | undefined) => e?.name;
    expect(name(attention.pronoun(at, 'f'))).toBe('Anna Berg');
    expect(name(attention.it(at))).toBe('Acme Corp');
    const stone = doc.registry.entities.find((e) => e.name === 'Mark Stone')!;
    attention.addFocus(doc.text.indexOf('Later'), stone);
    expect(name(attention.pronoun(at, 'm'))).toBe('Mark Stone');
    expect(name(attention.lastSpeaker(at))).toBe('Mark Stone');
    // Attention never changes the entity layer.
    expect(doc.registry.entities.map((e) => e.name)).not.toContain('he');
  });
});
