/** Names whose part in the article is not clear stay mentions, not actors (src/extract/unclear.ts and the entity rules). */
import { describe, expect, it } from 'vitest';
import { extractDossier } from '../../src/extract/index.js';

const actorsOf = (paragraphs: string[]) => {
  const { dossier } = extractDossier(paragraphs.join('\n\n'), { url: 'https://example.com/a', published: '2024-05-01' });
  return { actors: dossier.actors.map((a) => `${a.type}:${a.name}`), mentions: (dossier.mentions ?? []).map((m) => m.text) };
};

describe('countries named only in passing', () => {
  it('are mentions, not actors: an adjective, a place, a modifier', () => {
    const { actors, mentions } = actorsOf([
      'Paper maker agrees deal',
      'Norrland Paper agreed to buy its Danish rival, the company said on Monday, ahead of a summit in Canada.',
      'The deal is worth 6 billion US dollars, said Anna Berg, an analyst at Halvorsen Capital in Santiago, Chile.',
    ]);
    expect(actors).not.toContain('COUNTRY:Denmark');
    expect(actors).not.toContain('COUNTRY:Canada');
    expect(actors).not.toContain('COUNTRY:United States');
    expect(actors).not.toContain('COUNTRY:Chile');
    expect(mentions).toEqual(expect.arrayContaining(['Canada', 'Chile']));
    // An adjective names no one: nothing to review.
    expect(mentions).not.toContain('Danish');
  });

  it('are mentions when named only inside a name, as a capital used as a modifier, or by a correspondent of them', () => {
    const { actors } = actorsOf([
      'Steel makers warn',
      'The German Steel Association said on Monday that the Paris Agreement mattered, over coffee at a London club.',
      'Cargo bound for Italy was delayed, said Jana Richter, a correspondent for the Spanish broadcaster Radio Uno.',
    ]);
    expect(actors).toContain('ORGANIZATION:German Steel Association');
    for (const country of ['Germany', 'France', 'United Kingdom', 'Italy', 'Spain']) expect(actors).not.toContain(`COUNTRY:${country}`);
  });

  it('stay actors when they act or their officials do', () => {
    const { actors } = actorsOf([
      'Leaders meet',
      'Japan protested on Monday. "We will not give up," the visiting Swedish prime minister told reporters in Berlin.',
      'A Seoul court ruled on Friday. In a statement, Ukraine’s foreign ministry welcomed the decision.',
    ]);
    expect(actors).toContain('COUNTRY:South Korea');
    expect(actors).toContain('COUNTRY:Ukraine');
    expect(actors).toContain('COUNTRY:Japan');
    expect(actors).toContain('COUNTRY:Sweden');
  });
});

describe('names of bodies and people read to their end', () => {
  it('keeps "and" inside a body\'s name, an Arabic particle in a person\'s, and "in" only for a body named by its seat', () => {
    const { actors } = actorsOf([
      'Hospital trust responds',
      'Kingsmead and District NHS Trust said on Monday it had opened beds. A Department of Health and Social Care spokesperson said funding was available.',
      'Prime Minister Mohammed Shia al-Sudani told reporters the deal was fair, said Liu Qingfeng, a researcher at the Chinese Academy of International Trade and Economic Cooperation.',
      '"It is plan B," said Haruka Ishida, a professor at Waseda University in Tokyo.',
    ]);
    expect(actors).toEqual(
      expect.arrayContaining([
        'ORGANIZATION:Kingsmead and District NHS Trust',
        'ORGANIZATION:Department of Health and Social Care',
        'PERSON:Mohammed Shia al-Sudani',
        'ORGANIZATION:Chinese Academy of International Trade and Economic Cooperation',
        'ORGANIZATION:Waseda University',
      ]),
    );
  });
});

describe('bodies named only in passing', () => {
  it('"UN" before "Security Council", soldiers ("Soviet troops") and "military" as an adjective are no actors of their own', () => {
    const { actors } = actorsOf([
      'Islands row',
      'Japan will press for the islands, which Soviet troops seized in 1945, Japan said on Monday.',
      'Japan would back a resolution at the UN Security Council but not a US military strike, and will not buy American military equipment, Japan said.',
    ]);
    expect(actors).toContain('ORGANIZATION:UN Security Council');
    for (const junk of [
      'ORGANIZATION:United Nations',
      'ORGANIZATION:Soviet troops',
      'COUNTRY:Soviet Union',
      'ORGANIZATION:US military',
      'ORGANIZATION:American military',
    ])
      expect(actors).not.toContain(junk);
  });

  it("keeps a country's military when it is the noun", () => {
    const { actors } = actorsOf(['Missiles', '"These systems will never be handed over to the American military," Lavrov said on Monday.']);
    expect(actors.some((a) => /^ORGANIZATION:(?:American|US|U\.S\.) military$/.test(a))).toBe(true);
  });
});

describe('names with a plural possessive or a place word', () => {
  it('reads "Seoul Central District Prosecutors\' Office" whole and "Harlan Creek" as a place', () => {
    const { dossier } = extractDossier(
      [
        'Ruling',
        "The Seoul Central District Prosecutors' Office said on Friday it would appeal. The fire jumped the highway near Harlan Creek, officials said.",
      ].join('\n\n'),
      { url: 'https://example.com/b', published: '2024-05-01' },
    );
    expect(dossier.actors.map((a) => a.name)).toContain("Seoul Central District Prosecutors' Office");
    expect(dossier.actors.map((a) => a.name)).not.toContain('Harlan Creek');
    expect(dossier.places.map((p) => p.name)).toContain('Harlan Creek');
  });
});

describe('site navigation and ampersands', () => {
  it('names no actor in a navigation trail, and reads "Embassy & Consulate" as one name', () => {
    const { actors } = actorsOf([
      'U.S. Embassy & Consulate in Iraq Home | News & Events | Readouts',
      'The U.S. Embassy & Consulate in Iraq said on Monday that talks would continue. CBC News | British Columbia | LIVE',
    ]);
    expect(actors).toContain('ORGANIZATION:U.S. Embassy & Consulate in Iraq');
    for (const junk of ['ORGANIZATION:U.S. Embassy', 'ORGANIZATION:Consulate in Iraq', 'PERSON:Columbia', 'ORGANIZATION:Events'])
      expect(actors).not.toContain(junk);
  });
});

describe('where a name starts and ends', () => {
  it("a title-case headline's verb ends a name", () => {
    const { actors } = actorsOf(['President Anna Berg Speaks with Her Counterpart on the Phone', 'President Anna Berg said on Monday the call went well.']);
    expect(actors).toContain('PERSON:Anna Berg');
    expect(actors.some((a) => a.includes('Speaks'))).toBe(false);
  });
});

describe('a country before a verb', () => {
  it('acts: "a spokeswoman for Norway said" keeps Norway an actor', () => {
    const { actors } = actorsOf(['Ministry responds', 'A Foreign Ministry spokeswoman for Norway said the talks were over.']);
    expect(actors).toContain('COUNTRY:Norway');
  });
});

describe('an embassy named by its seat', () => {
  it('reads "the Russian embassy in Tokyo" as the Russian Embassy in Tokyo', () => {
    const { actors } = actorsOf(['Letters', 'The Russian embassy in Tokyo said on Monday it had received the letter.']);
    expect(actors).toContain('ORGANIZATION:Russian Embassy in Tokyo');
  });
});
