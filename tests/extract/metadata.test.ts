/** Article metadata read from the text: datelines, agency credits, date lines; unknown stays unknown. */
import { describe, expect, it } from 'vitest';
import { extractDossier } from '../../src/extract/index.js';
import { dateFromWords, isDateLine, parseDateLine } from '../../src/extract/dates.js';
import { readDateline } from '../../src/extract/metadata.js';

const BODY = 'The talks ended without a deal, officials said.\n\n"We will keep talking," the minister told reporters.';

describe('datelines', () => {
  it.each([
    ['GENEVA, March 3 (Reuters) - The talks', { place: 'Geneva', month: 3, day: 3, publisher: 'Reuters' }],
    ['MOSCOW, Nov 24 (TASS) - Russia', { place: 'Moscow', month: 11, day: 24, publisher: 'TASS' }],
    ['TOKYO (Kyodo) -- Japan', { place: 'Tokyo', publisher: 'Kyodo News' }],
    ['BEIJING, Jan. 5 (Xinhua) -- China', { place: 'Beijing', month: 1, day: 5, publisher: 'Xinhua' }],
    ['SEOUL, South Korea (AP) — North Korea', { place: 'Seoul', publisher: 'Associated Press' }],
    ['Bonn (AFP) - The G77', { place: 'Bonn', publisher: 'Agence France-Presse' }],
    ['(Bloomberg) -- The Bank of England', { publisher: 'Bloomberg' }],
    ['MOSCOW, November 24. /TASS/. Russia', { place: 'Moscow', month: 11, day: 24, publisher: 'TASS' }],
    ['LONDON — The prime minister', { place: 'London' }],
  ])('%s', (paragraph, expected) => {
    expect(readDateline(paragraph)).toMatchObject(expected);
  });

  it('is not read from an ordinary sentence', () => {
    expect(readDateline('The minister said on Monday that the talks had ended.')).toBeUndefined();
  });
});

describe('article metadata from the text', () => {
  it('takes the publisher from the dateline’s agency and leaves a yearless date unknown', () => {
    const { dossier, report } = extractDossier(`Talks end without deal\n\nGENEVA, March 3 (Reuters) - ${BODY}`);
    expect(dossier.article.publisher).toBe('Reuters');
    expect(dossier.article.publishedAt).toBeUndefined();
    expect(dossier.statements.every((s) => s.saidOn === undefined)).toBe(true);
    expect(report.review.some((r) => r.path === 'article.publishedAt')).toBe(true);
  });

  it('gives a yearless dateline the year of a date line in the text', () => {
    const raw = `Talks end without deal\n\nFriday 24 November 2017 16:26 GMT\n\nMOSCOW, Nov 24 (TASS) - ${BODY}`;
    const { dossier } = extractDossier(raw);
    expect(dossier.article.publishedAt).toBe('2017-11-24T16:26:00Z');
    expect(dossier.article.publisher).toBe('TASS');
  });

  it('reads "August 1, 2018" as the date and a Kyodo dateline as the publisher', () => {
    const { dossier } = extractDossier(`Japan weighs tariffs\n\nAugust 1, 2018\n\nTOKYO (Kyodo) -- ${BODY}`);
    expect(dossier.article.publishedAt).toBe('2018-08-01');
    expect(dossier.article.publisher).toBe('Kyodo News');
  });

  it('never dates an article today and never invents a publisher', () => {
    const { dossier, report } = extractDossier(`Talks end without deal\n\n${BODY}`);
    expect(dossier.article.publishedAt).toBeUndefined();
    expect(dossier.article.publisher).toBeUndefined();
    expect(JSON.stringify(dossier)).not.toContain('Unknown publisher');
    expect(dossier.actors.some((a) => a.kind === 'news publisher')).toBe(false);
    expect(report.review.map((r) => r.path)).toEqual(expect.arrayContaining(['article.publishedAt', 'article.publisher']));
  });

  it('keeps an option over the text', () => {
    const { dossier } = extractDossier(`Talks end without deal\n\nGENEVA, March 3 (Reuters) - ${BODY}`, { published: '2024-03-03', publisher: 'Example News' });
    expect(dossier.article.publishedAt).toBe('2024-03-03');
    expect(dossier.article.publisher).toBe('Example News');
    expect(dossier.article.contributors).toContain('Reuters');
  });

  it('dates a statement of an undated article only from its own words', () => {
    const raw = `Grain talks\n\nForeign Minister Jane Holm said in March 2022 that the deal was "a lifeline for millions".\n\nIn another speech, Trade Minister Omar Sahin said: "We will keep talking."`;
    const { dossier } = extractDossier(raw);
    const dated = dossier.statements.find((s) => s.text.includes('lifeline'));
    expect(dated?.saidOn).toBe('2022-03');
    expect(dossier.statements.find((s) => s.text.includes('keep talking'))?.saidOn).toBeUndefined();
  });
});

describe('statement dates', () => {
  it('resolves "on Monday" against the article’s day', () => {
    expect(dateFromWords('the minister said on Monday', '2024-03-14')).toBe('2024-03-11');
  });

  it('gives nothing relative without an article day, but keeps absolute dates', () => {
    expect(dateFromWords('the minister said on Monday', undefined)).toBeUndefined();
    expect(dateFromWords('the minister said last week', undefined)).toBeUndefined();
    expect(dateFromWords('the minister said in March 2022', undefined)).toBe('2022-03');
    expect(dateFromWords('the minister said in 2016', undefined)).toBe('2016');
  });

  it('does not take a date inside a relative clause for the statement’s', () => {
    expect(dateFromWords('Erdogan, who brokered the original grain deal in 2022, said', '2024-03-14')).toBeUndefined();
    expect(dateFromWords('Erdogan, who brokered the original grain deal in 2022, said on Monday', '2024-03-14')).toBe('2024-03-11');
    expect(dateFromWords('Erdogan who brokered the original grain deal in 2022 said', '2024-03-14')).toBeUndefined();
  });

  it('ignores the relative clause in a whole extraction', () => {
    const raw =
      'Grain deal talks\n\nMarch 14, 2024\n\nTurkish President Recep Tayyip Erdogan, who brokered the original grain deal in 2022, said the corridor must reopen "without delay".';
    const { dossier } = extractDossier(raw);
    const s = dossier.statements.find((x) => x.text.includes('without delay'));
    expect(s).toBeDefined();
    expect(s?.saidOn).not.toBe('2022');
  });
});

describe('dates the page prints around the article', () => {
  it('reads a year glued to the time ("May 15, 20244:20 PM UTC")', () => {
    expect(parseDateLine('May 15, 20244:20 PM UTCUpdated ago')?.slice(0, 10)).toBe('2024-05-15');
    expect(isDateLine('May 15, 20244:20 PM UTCUpdated ago')).toBe(true);
  });

  it.each([
    ['KYODO NEWS - Dec 19, 2019 - 23:41 | World, All', '2019-12-19'],
    ['Source: Xinhua | 2024-05-16 16:42:15 | Editor: huaxia', '2024-05-16'],
    ['Tuesday, December 24, 2019, 11:02 a.m. Press Conference Room, Ministry of Foreign Affairs', '2019-12-24'],
  ])('takes a timestamp in the page header with other words around it: %s', (stamp, day) => {
    const raw = `${stamp}\nTalks end without deal\n\nMOSCOW (Kyodo) -- ${BODY}`;
    expect(extractDossier(raw).dossier.article.publishedAt?.slice(0, 10)).toBe(day);
  });

  it('gives a yearless dateline the year of a header timestamp', () => {
    const raw = `Source: Xinhua | 2024-05-16 16:42:15 | Editor: huaxia\nTalks end without deal\n\nBEIJING, May 16 (Xinhua) -- ${BODY}`;
    expect(extractDossier(raw).dossier.article.publishedAt?.slice(0, 10)).toBe('2024-05-16');
  });

  it('does not take a dated caption or a dated sentence in the body for the article’s date', () => {
    const raw = `Talks end without deal\n\nThe minister arrives in Berlin, Germany, May 15, 2024. REUTERS/Jane Doe\n\nBERLIN (Reuters) - The talks, which began at 10:30 on March 3, 2022, ended without a deal.\n\n${BODY}`;
    expect(extractDossier(raw).dossier.article.publishedAt).toBeUndefined();
  });

  it('reads a mixed-case dateline with a full date ("Geneva, 12 March 2026 –")', () => {
    expect(readDateline('Geneva, 12 March 2026 – Edited transcript of the briefing')).toMatchObject({ place: 'Geneva', month: 3, day: 12, year: 2026 });
    expect(readDateline('Geneva, March 12, 2026 - The talks')).toMatchObject({ place: 'Geneva', month: 3, day: 12, year: 2026 });
  });
});

describe('publishers the page names around the article', () => {
  const publisherOf = (raw: string) => extractDossier(raw).dossier.article.publisher;

  it('takes a masthead over a breadcrumb, and drops both from the text', () => {
    const raw = `World Health Organization\nHome / News room / Speeches\nShare  Print\nMedia briefing on the outbreak – 12 March 2026\nGeneva, 12 March 2026 – ${BODY}`;
    const { dossier } = extractDossier(raw);
    expect(dossier.article.publisher).toBe('World Health Organization');
    expect(dossier.article.headline).toBe('Media briefing on the outbreak – 12 March 2026');
    expect(dossier.article.publishedAt?.slice(0, 10)).toBe('2026-03-12');
  });

  it('takes a masthead over a line of section labels', () => {
    expect(publisherOf(`NHK WORLD-JAPAN\nNews | Politics\nTalks end without deal\n\n${BODY}`)).toBe('NHK WORLD-JAPAN');
  });

  it('does not take a headline over section labels for a masthead', () => {
    expect(publisherOf(`Talks end without a deal after a long night in Geneva\nNews | Politics\n\n${BODY}`)).toBeUndefined();
  });

  it('takes the name before a date stamp', () => {
    expect(publisherOf(`Talks end without deal\n\nCBC News · Last Updated: August 16, 2025 at 7:40 p.m. PT\n\n${BODY}`)).toBe('CBC News');
  });

  it('ends a copyright holder’s name at its sentence', () => {
    expect(publisherOf(`Talks end without deal\n\n${BODY}\n\nCopyright 2024 The Associated Press. All Rights Reserved.`)).toBe('The Associated Press');
  });

  it.each([
    ['(Photo: Jane Roe / Tamarack Valley Courier)', 'Tamarack Valley Courier'],
    ['Credit: Jane Roe for The New York Times', 'The New York Times'],
  ])('takes the publisher a staff photo credit names: %s', (credit, publisher) => {
    expect(publisherOf(`Talks end without deal\n\nDelegates leave the hall on Tuesday. ${credit}\n\n${BODY}`)).toBe(publisher);
  });

  it('takes no agency or picture library from a photo credit for the publisher', () => {
    expect(publisherOf(`Talks end without deal\n\nDelegates leave the hall on Tuesday. (Photo: Jane Roe / Getty Images)\n\n${BODY}`)).toBeUndefined();
  });

  it('takes the publisher a byline’s role names, as the text names it', () => {
    const raw = `Talks end without deal\n\nBy Jane Roe, Health correspondent, BBC News West Midlands\n\n${BODY}\n\nFigures obtained by the BBC show waits doubled.`;
    expect(publisherOf(raw)).toBe('BBC');
  });

  it('takes the publisher a role line under the byline names', () => {
    const raw = `Talks end without deal\n\nBy Jane Roe\nHealth correspondent, BBC News\n\n${BODY}`;
    expect(publisherOf(raw)).toBe('BBC News');
  });

  it('takes the site a comment prompt names', () => {
    expect(
      publisherOf(`Talks end without deal\n\n${BODY}\n\nJoin thought-provoking conversations, follow other Independent readers and see their replies`),
    ).toBe('Independent');
  });

  it('reads an agency dateline whose place names its country in brackets', () => {
    expect(readDateline('Valmont-sur-Lys (France) (AFP) - A mayoral by-election')).toMatchObject({
      place: 'Valmont-sur-Lys',
      publisher: 'Agence France-Presse',
    });
  });
});

describe('the publisher’s name', () => {
  it('keeps its full name ("The Independent") when the text names it without the article', () => {
    const raw = `Talks end without deal\n\n${BODY}\n\n"We will keep talking," the minister told The Independent on Tuesday.`;
    const { dossier } = extractDossier(raw, { publisher: 'The Independent' });
    expect(dossier.article.publisher).toBe('The Independent');
    const actor = dossier.actors.find((a) => a.name === 'The Independent');
    expect(actor?.aliases).toContain('Independent');
    expect(dossier.actors.filter((a) => /Independent/.test(a.name))).toHaveLength(1);
  });
});

describe('publishers that issue or sign the article', () => {
  const publisherOf = (raw: string) => extractDossier(raw).dossier.article.publisher;

  it('takes the issuer of a press release', () => {
    expect(publisherOf(`Press release from the Office for Rail and Road\n\nRail fares to rise\n\n${BODY}`)).toBe('Office for Rail and Road');
  });

  it.each([
    ['Al Jazeera and news agencies', 'Al Jazeera'],
    ['By Al Jazeera Staff', 'Al Jazeera'],
    ['SOURCE: AL JAZEERA AND NEWS AGENCIES', 'AL JAZEERA'],
  ])('takes the site a staff byline names: %s', (byline, publisher) => {
    expect(publisherOf(`Talks end without deal\n\n${byline}\n\n${BODY}`)).toBe(publisher);
  });
});

describe('no publisher from a person', () => {
  it('takes no person after a role for the publisher', () => {
    expect(extractDossier(`Talks end without deal\n\nFormer editor, John Smith\n\n${BODY}`).dossier.article.publisher).toBeUndefined();
  });
});
