/**
 * Reported speech (src/extract/reported.ts) on short invented passages: where the reported
 * clause starts and ends, and whose it is, for the forms news writing uses.
 */
import { describe, expect, it } from 'vitest';
import { extractDossier } from '../../src/extract/index.js';
import { buildPlan } from '../../src/ingest/plan.js';

/** The INDIRECT and PARAPHRASE statements of an article made of a headline and paragraphs. */
function reported(...paragraphs: string[]) {
  const raw = ['Council news', ...paragraphs].join('\n\n');
  const { dossier } = extractDossier(raw, { published: '2024-03-14', publisher: 'Example News', url: 'https://example.test/a' });
  buildPlan(dossier, []);
  return dossier.statements.filter((s) => s.kind !== 'DIRECT_QUOTE').map((s) => ({ kind: s.kind, speaker: s.speaker, text: s.text }));
}

describe('the subject of a reporting verb', () => {
  it('is the noun phrase before a relative clause or an appositive set off by commas', () => {
    expect(
      reported(
        'Helga Brandt, who has opposed the bypass through the valley since the disastrous 2019 flood, said on her arrival at the council that the town would never pay for it.',
        'Jonas Pietersen, a Dane who ran a rival firm before joining the board, acknowledged that regulators would look closely at the deal.',
      ),
    ).toEqual([
      { kind: 'INDIRECT', speaker: 'Helga Brandt', text: 'the town would never pay for it' },
      { kind: 'INDIRECT', speaker: 'Jonas Pietersen', text: 'regulators would look closely at the deal' },
    ]);
  });
});

describe('words between the verb and "that"', () => {
  it('may be a place or a time: "told reporters outside the court that", "has argued since the summer that"', () => {
    expect(
      reported(
        'Former minister Karl Weiss told reporters outside the courthouse that he would appeal the ruling.',
        'Councillor Ana Ruiz has argued since the summer that rents remain too high.',
      ),
    ).toEqual([
      { kind: 'INDIRECT', speaker: 'Karl Weiss', text: 'he would appeal the ruling' },
      { kind: 'INDIRECT', speaker: 'Ana Ruiz', text: 'rents remain too high' },
    ]);
  });
});

describe('a second speech act after a reported clause', () => {
  it('ends the clause and is a PARAPHRASE by the same speaker: "said A and urged B to …", "but asked …"', () => {
    expect(
      reported(
        'Mayor Helga Brandt said the water system was holding up but asked residents to stop watering lawns.',
        'Finance Minister Karl Weiss said the budget was "not fair" and urged the regions to cut spending.',
      ),
    ).toEqual([
      { kind: 'INDIRECT', speaker: 'Helga Brandt', text: 'the water system was holding up' },
      { kind: 'PARAPHRASE', speaker: 'Helga Brandt', text: 'asked residents to stop watering lawns' },
      { kind: 'INDIRECT', speaker: 'Karl Weiss', text: 'the budget was "not fair"' },
      { kind: 'PARAPHRASE', speaker: 'Karl Weiss', text: 'urged the regions to cut spending' },
    ]);
  });
});

describe('an attribution after the reported clause', () => {
  it('may carry a bare weekday or an event after it, and may name a body no rule knew', () => {
    expect(
      reported(
        'The river rose by two metres overnight, fire officials said Tuesday, driven by heavy rain.',
        'The two leaders agreed to cut tariffs on steel, Mayor Helga Brandt told a joint press conference after the talks at the town hall.',
      ),
    ).toEqual([
      { kind: 'INDIRECT', speaker: 'Fire officials', text: 'The river rose by two metres overnight' },
      { kind: 'INDIRECT', speaker: 'Helga Brandt', text: 'The two leaders agreed to cut tariffs on steel' },
    ]);
  });

  it('keeps a clause whose verb only reports a finding ("the court found that …")', () => {
    expect(reported('The court found that the company had breached its contract, the Transport Ministry said in a statement.')).toEqual([
      expect.objectContaining({ kind: 'INDIRECT', text: 'The court found that the company had breached its contract' }),
    ]);
  });

  it('is no inverted "…, said X" when a clause follows "said"', () => {
    expect(
      reported(
        'Its president, Hildegard Müller, said German carmakers, which sell millions of cars in China, would be the first target of any retaliation.',
        'A Japanese government source, who spoke on condition of anonymity, said Tokyo had not expected a breakthrough.',
      ).map((s) => s.text),
    ).toEqual([
      'German carmakers, which sell millions of cars in China, would be the first target of any retaliation',
      'Tokyo had not expected a breakthrough',
    ]);
  });
});

describe('a relative clause inside a reported clause', () => {
  it('stays in the clause when the clause goes on after it, and is cut when it ends the sentence', () => {
    expect(
      reported(
        'Sergei Lavrov said Moscow regarded the islands, which it calls the Southern Kurils, as Russian territory.',
        'Sergei Lavrov said Moscow would keep the islands, which Soviet troops seized in 1945.',
      ).map((s) => s.text),
    ).toEqual(['Moscow regarded the islands, which it calls the Southern Kurils, as Russian territory', 'Moscow would keep the islands']);
  });
});

describe('a bare reported clause (no "that")', () => {
  it('may open with a plural noun and a past verb, or follow "in a statement"', () => {
    expect(
      reported(
        'Sergeant Dana Whitfield said officers went door to door overnight and that two people were rescued by helicopter.',
        'Mayor Helga Brandt said in a statement the council had opened a new shelter.',
        'Mayor Helga Brandt said in a statement: “We are ready.”',
      ).map((s) => s.text),
    ).toEqual(['officers went door to door overnight', 'two people were rescued by helicopter', 'the council had opened a new shelter']);
  });

  it('ends before ", and its/his/her …" (a new subject), but not at a time ("shortly after 3 p.m.")', () => {
    expect(
      reported(
        'The supporters’ trust said fans felt let down by the board, and its chair, Nadia Bell, wrote that the club had failed them.',
        'Fire officer Jasmine Kaur said the fire jumped the highway shortly after 3 p.m. on Friday.',
      ).map((s) => s.text),
    ).toEqual(['fans felt let down by the board', 'the club had failed them', 'the fire jumped the highway shortly after 3 p.m. on Friday']);
  });
});

describe('more reporting forms', () => {
  it('reads "notes, with …, that", "pointed out that" and "told a … network … that"', () => {
    expect(
      reported(
        'Professor Graham Lowe notes, with a dry laugh, that he will not get the chance.',
        'President Anna Berg pointed out that the two sides had kept their promises.',
        'Trade Secretary Gina Rowe told a U.S. television network on Wednesday that the measures were targeted.',
      ).map((s) => s.text),
    ).toEqual(['he will not get the chance', 'the two sides had kept their promises', 'the measures were targeted']);
  });

  it('ends a paraphrase before ", a day after …" (the reporter\'s context)', () => {
    expect(reported('Chancellor Olaf Brandt warned on Wednesday against a spiral of tariffs, a day after Washington raised duties.')).toEqual([
      { kind: 'PARAPHRASE', speaker: 'Olaf Brandt', text: 'Chancellor Olaf Brandt warned on Wednesday against a spiral of tariffs' },
    ]);
  });
});

describe('reported speech about reported speech', () => {
  it('"X says he told Y … that …" is what X told Y, not "he told Y"', () => {
    expect(reported('Prime Minister Taro Sato says he told President Anna Berg at their meeting on Monday that Japan supports the plan.')).toEqual([
      { kind: 'INDIRECT', speaker: 'Taro Sato', text: 'Japan supports the plan' },
    ]);
  });
});
