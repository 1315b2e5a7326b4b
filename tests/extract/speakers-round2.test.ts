/**
 * Issue 13, round 2: speaker rules found on the development set, each as a small article —
 * names after an Arabic article ("al-Sudani"), anonymous sources ("a government source … the
 * source said"), titles ("Sheriff"), Korean family names and "she", a nationality in a role
 * ("the top Russian diplomat"), a surname shared with a body, "the governor" vs a deputy, and a
 * titled subject in focus.
 */
import { describe, expect, it } from 'vitest';
import { parseDossier } from '../../src/dossier/validate.js';
import { extractDossier } from '../../src/extract/index.js';
import { buildPlan } from '../../src/ingest/plan.js';

function extract(...paragraphs: string[]) {
  const result = extractDossier(paragraphs.join('\n\n'), { published: '2024-03-14', publisher: 'Example News', url: 'https://example.test/a' });
  buildPlan(parseDossier(result.dossier), []);
  return result.dossier;
}

const speakerOf = (d: ReturnType<typeof extract>, start: string) => d.statements.find((s) => s.text.startsWith(start))?.speaker;

describe('issue 13 round 2: speakers', () => {
  it('"Prime Minister Omar Khalid al-Hashimi … al-Hashimi said": the surname after "al-" is part of the name', () => {
    const d = extract(
      'Dam deal signed',
      'Prime Minister Omar Khalid al-Hashimi told reporters that the deal “ends a long dispute”.',
      '“The water belongs to everyone,” al-Hashimi said.',
    );
    expect(d.actors.map((a) => a.name)).toContain('Omar Khalid al-Hashimi');
    expect(speakerOf(d, 'ends a long')).toBe('Omar Khalid al-Hashimi');
    expect(speakerOf(d, 'The water')).toBe('Omar Khalid al-Hashimi');
  });

  it('"a Finnish government source … the source said": the anonymous source speaks, not its country', () => {
    const d = extract(
      'Talks stall',
      'Finland and Norway met in Oslo on Monday.',
      'A Finnish government source, who spoke on condition of anonymity, said Helsinki had not expected progress. “The talks will go on,” the source said.',
      '“We are in no hurry,” one senior Nordic diplomat said.',
    );
    expect(speakerOf(d, 'The talks will')).toBe('Finnish government source');
    expect(speakerOf(d, 'We are in no')).toMatch(/^senior Nordic diplomat$/i);
  });
});

describe('issue 13 round 2: pronouns', () => {
  it('"Sheriff Ann Lowe said … she said": a sheriff is a title, so the woman after it is a person and "she" is hers', () => {
    const d = extract(
      'Fire spreads',
      'Fire chief Tom Reed told reporters that crews were protecting the town.',
      'Marlow County Sheriff Ann Lowe said 300 people had been evacuated.',
      '“Leave now,” she said.',
    );
    expect(d.actors.find((a) => a.name === 'Ann Lowe')?.type).toBe('PERSON');
    expect(speakerOf(d, 'Leave now')).toBe('Ann Lowe');
  });

  it('"Kim Ji-hye said … she said": a Korean family name says nothing of sex, so "she" is not the man before her', () => {
    const d = extract(
      'Verdict appealed',
      'His lawyer, Park Tae-ho, said the court had erred. He added that they would appeal.',
      'Speaking by phone, Kim Ji-hye said she felt “relieved.”',
      '“I lost two years of my life,” she said.',
    );
    expect(speakerOf(d, 'I lost two')).toBe('Kim Ji-hye');
  });

  it('"…," the top Russian diplomat said: a nationality names no one, so the role is the minister the passage is about', () => {
    const d = extract(
      'Minister denies strikes',
      'Russia rejected the claims on Tuesday, Russian Foreign Minister Ivan Petrov told a news conference.',
      '“We strike only military targets,” the top Russian diplomat said after the talks.',
    );
    expect(speakerOf(d, 'We strike only')).toBe('Ivan Petrov');
  });

  it('"Halvorsen said", after "chairman Erik Halvorsen" and "the Halvorsen family trust": the surname is the person', () => {
    const d = extract(
      'Packaging deal agreed',
      'Its largest shareholder, the Halvorsen family trust, has agreed to sell.',
      'Talks began after the buyer approached chairman Erik Halvorsen at a conference.',
      'Halvorsen said in the statement that the family had “thought long and hard” about selling.',
    );
    expect(speakerOf(d, 'thought long')).toBe('Erik Halvorsen');
  });

  it('"the governor said": the governor, not the deputy governor mentioned since', () => {
    const d = extract(
      'Bank cuts rates',
      'The bank cut rates on Thursday, with Governor Alan Booth saying the economy was weak.',
      'Deputy Governor Ruth Kane voted to hold.',
      '“We acted in time,” the governor said.',
    );
    expect(speakerOf(d, 'We acted')).toBe('Alan Booth');
  });

  it('"The governor, who …, was asked … “…,” he said": the sentence about the governor puts him in focus', () => {
    const d = extract(
      'Bank cuts rates',
      'The bank cut rates on Thursday, Governor Alan Booth told reporters.',
      '“The hawks are not going quietly,” wrote Raj Patel, an economist at Example Bank, in a note.',
      'The governor, who took office in March, was asked how long rates would stay low. “As long as they need to,” he said.',
    );
    expect(speakerOf(d, 'As long as')).toBe('Alan Booth');
  });

  it('a headline "Japan with U.S. \'all the way\' on trade, Tanaka tells Biden": the present "tells" attributes to Tanaka', () => {
    const d = extract(
      "Japan with U.S. 'all the way' on trade, Tanaka tells Biden",
      'TOKYO (Reuters) - Japanese Prime Minister Ken Tanaka told U.S. President Joe Biden on Monday that Japan stood “all the way” with the United States.',
    );
    expect(d.statements.filter((s) => s.text === 'all the way').map((s) => s.speaker)).toEqual(['Ken Tanaka']);
  });

  it('"Sen. Ann Cole, a Democrat, posted on X that the case showed “…”": the poster speaks, not "the case"', () => {
    const d = extract(
      'Treasurer sentenced',
      'The judge, Paul Reyes, said the theft was "a betrayal of public trust."',
      'State Sen. Ann Cole, a Democrat whose district includes the county, posted on X that the case showed "why we need independent audits of every fund."',
    );
    expect(speakerOf(d, 'why we need')).toBe('Ann Cole');
  });

  it('a press-conference transcript: "SATO Yumi, Daily News: …" is a line by the reporter, one person however often she asks', () => {
    const d = extract(
      'Press conference by the Foreign Minister',
      'Minister Kato: I visited Seoul last week and held talks.',
      'SATO Yumi, Daily News: Will you raise the fishing dispute in Beijing?',
      'Minister Kato: Of course. It is a top priority.',
      'SATO Yumi, Daily News: The ministry has warned that it will send "a strong protest" to Beijing. Is that right?',
      'Minister Kato: Yes.',
    );
    expect(speakerOf(d, 'Will you raise')).toBe('SATO Yumi');
    expect(speakerOf(d, 'The ministry has warned')).toBe('SATO Yumi');
    expect(d.actors.filter((a) => a.name.startsWith('SATO Yumi'))).toHaveLength(1);
  });
});
