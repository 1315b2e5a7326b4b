/** The model's fixed vocabularies as GraphQL enums (values shared with the dossier schema). */
import type { DATE_PRECISIONS, EVENT_ROLES, MENTION_ROLES, POLARITIES, STANCES, STATEMENT_KINDS } from '../dossier/schema.js';
import { builder } from './builder.js';

export const StatementKindEnum = builder.enumType('StatementKind', {
  description: 'How a statement reports what was said.',
  values: {
    DIRECT_QUOTE: { description: 'The speaker’s exact words, in quotation marks.' },
    INDIRECT: { description: 'Reported speech: "he said that …".' },
    PARAPHRASE: { description: 'The reporter’s summary of what was said or meant.' },
  } satisfies Record<(typeof STATEMENT_KINDS)[number], unknown>,
});

export const StanceEnum = builder.enumType('Stance', {
  description: 'A statement’s position on a topic.',
  values: {
    SUPPORT: { description: 'For it.' },
    OPPOSE: { description: 'Against it.' },
    CONCERN: { description: 'Worried or alarmed about it.' },
    NEUTRAL: { description: 'Mentions it without taking a side.' },
  } satisfies Record<(typeof STANCES)[number], unknown>,
});

export const MentionRoleEnum = builder.enumType('MentionRole', {
  description: 'What a statement does with an actor or place it names.',
  values: {
    TARGET: { description: 'Criticised, addressed or acted upon.' },
    SUBJECT: { description: 'Talked about.' },
  } satisfies Record<(typeof MENTION_ROLES)[number], unknown>,
});

export const PolarityEnum = builder.enumType('Polarity', {
  description: 'Whether a statement affirms or denies a claim.',
  values: {
    AFFIRMS: { description: 'The statement asserts the claim.' },
    DENIES: { description: 'The statement asserts the opposite.' },
  } satisfies Record<(typeof POLARITIES)[number], unknown>,
});

export const DatePrecisionEnum = builder.enumType('DatePrecision', {
  description: 'How much of a date is known: "2017-11-24" (DAY), "November 2017" (MONTH), "2017" (YEAR).',
  values: {
    DAY: { description: 'The day is known.' },
    MONTH: { description: 'Only the month is known; the date is its first day.' },
    YEAR: { description: 'Only the year is known; the date is 1 January.' },
  } satisfies Record<(typeof DATE_PRECISIONS)[number], unknown>,
});

export const EventRoleEnum = builder.enumType('EventRole', {
  description: 'How an actor takes part in an event.',
  values: {
    PARTICIPANT: { description: 'Takes part.' },
    HOST: { description: 'Hosts it.' },
    SUBJECT: { description: 'Is what the event is about.' },
  } satisfies Record<(typeof EVENT_ROLES)[number], unknown>,
});

/** "2017-11-01" at MONTH precision → "2017-11": a date as precisely as it is known. */
export function dateLabel(date: string, precision: string): string {
  return precision === 'YEAR' ? date.slice(0, 4) : precision === 'MONTH' ? date.slice(0, 7) : date.slice(0, 10);
}
