/**
 * The dossier: claimgraph's one interchange format. A dossier is one article with everything
 * said in it — actors, places, topics, events, claims and statements — each statement anchored
 * to a span of the article text. Hand-written and extracted dossiers are the same format.
 *
 * References between entries (a statement's speaker, a mention, a role's organisation…) are
 * strings: either an id ("person:sergei-lavrov") or a name or alias ("Mr Lavrov"), resolved
 * case-insensitively against the dossier first and the graph second (see `ingest/plan.ts`).
 */
import { z } from 'zod';
import { HTTP_URL_MESSAGE, isArticleUrl, isHttpUrl } from './urls.js';

export const STATEMENT_KINDS = ['DIRECT_QUOTE', 'INDIRECT', 'PARAPHRASE'] as const;
export const STANCES = ['SUPPORT', 'OPPOSE', 'CONCERN', 'NEUTRAL'] as const;
export const MENTION_ROLES = ['TARGET', 'SUBJECT'] as const;
export const POLARITIES = ['AFFIRMS', 'DENIES'] as const;
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
export const ACTOR_TYPES = ['PERSON', 'COUNTRY', 'ORGANIZATION'] as const;
export const EVENT_ROLES = ['PARTICIPANT', 'HOST', 'SUBJECT'] as const;

export type StatementKind = (typeof STATEMENT_KINDS)[number];
export type Stance = (typeof STANCES)[number];
export type MentionRole = (typeof MENTION_ROLES)[number];
export type Polarity = (typeof POLARITIES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type ActorType = (typeof ACTOR_TYPES)[number];
export type EventRole = (typeof EVENT_ROLES)[number];

/** Bounds that keep one dossier to one article's worth of data. */
export const LIMITS = { textChars: 2_000_000, shortText: 500, entries: 5_000, aliases: 50 } as const;

/** `person:sergei-lavrov`, `statement:3f2a…`: a lower-case kind, a colon, a slug or hash. */
export const Id = z.string().regex(/^[a-z]+:[a-z0-9][a-z0-9-]{0,199}$/, 'must look like "kind:slug" (lower-case letters, digits, hyphens)');

/** An id or a name/alias of an entry in this dossier or the graph. */
export const Ref = z.string().trim().min(1).max(LIMITS.shortText);

const Name = z.string().trim().min(1).max(LIMITS.shortText);
const Aliases = z.array(Name).max(LIMITS.aliases).default([]);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.entries).default([]);

/** A calendar date known to a day ("2017-11-24"), a month ("2017-11") or a year ("2017"). */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(
    (s) => s.length < 10 || (!Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)),
    'is not a real calendar date',
  );

export const Span = z
  .strictObject({ start: z.number().int().nonnegative(), end: z.number().int().positive() })
  .refine((s) => s.end > s.start, { message: 'end must be greater than start', path: ['end'] });

export const RoleEntry = z.strictObject({
  title: Name,
  of: Ref.describe('the country or organisation the role is held in'),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
});

export const ActorEntry = z.strictObject({
  id: Id.optional(),
  type: z.enum(ACTOR_TYPES),
  name: Name,
  aliases: Aliases,
  description: z
    .string()
    .max(LIMITS.shortText * 4)
    .optional(),
  kind: z.string().max(100).optional().describe('for organisations: news agency, military, government…'),
  roles: list(RoleEntry),
});

export const PlaceEntry = z.strictObject({
  id: Id.optional(),
  name: Name,
  aliases: Aliases,
  kind: z.string().max(100).optional().describe('city, island, island chain, sea, region…'),
  description: z
    .string()
    .max(LIMITS.shortText * 4)
    .optional(),
  partOf: Ref.optional(),
  claimedBy: list(Ref),
  controlledBy: list(Ref),
});

export const TopicEntry = z.strictObject({
  id: Id.optional(),
  name: Name,
  description: z
    .string()
    .max(LIMITS.shortText * 4)
    .optional(),
  parent: Ref.optional(),
});

export const EventEntry = z.strictObject({
  id: Id.optional(),
  name: Name,
  kind: z.string().trim().min(1).max(100),
  date: PartialDate,
  description: z
    .string()
    .max(LIMITS.shortText * 4)
    .optional(),
  place: Ref.optional(),
  involves: list(z.strictObject({ actor: Ref, role: z.enum(EVENT_ROLES).default('PARTICIPANT') })),
});

export const ClaimEntry = z.strictObject({ id: Id.optional(), text: Name });

export const StatementEntry = z.strictObject({
  ref: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/, 'must be a short handle (letters, digits, - and _)')
    .describe('handle used by relays / respondsTo inside this dossier'),
  text: z.string().min(1).max(LIMITS.textChars),
  kind: z.enum(STATEMENT_KINDS),
  speaker: Ref,
  saidOn: PartialDate.optional().describe('defaults to the article date'),
  interpreted: z.boolean().default(false),
  confidence: z.number().min(0).max(1).default(1),
  span: Span,
  attribution: z
    .strictObject({
      cue: z.string().trim().min(1).max(200).describe('what decided the speaker: the verb phrase, the pronoun chain, "continuation paragraph"…'),
      span: Span.optional().describe('where that cue is in the article text'),
    })
    .optional()
    .describe('provenance of the speaker (extracted dossiers carry it; hand-made ones may)'),
  topics: list(z.strictObject({ topic: Ref, stance: z.enum(STANCES).default('NEUTRAL') })),
  mentions: list(
    z.strictObject({
      target: Ref,
      role: z.enum(MENTION_ROLES).default('SUBJECT'),
      span: Span.optional().describe('where the target is named in the article text'),
    }),
  ),
  relays: list(Ref),
  respondsTo: list(Ref),
  event: Ref.optional(),
  claims: list(z.strictObject({ claim: Ref, polarity: z.enum(POLARITIES).default('AFFIRMS') })),
});

/** Where an article was published: an absolute http(s) URL, the only kind ever rendered as a link. */
export const HttpUrl = z.string().max(2_000).refine(isHttpUrl, HTTP_URL_MESSAGE);

export const ArticleEntry = z.strictObject({
  id: Id.optional(),
  // Or `urn:sha256:…`, the name extraction gives an article that came without a url (shown as text).
  url: z.string().max(2_000).refine(isArticleUrl, HTTP_URL_MESSAGE),
  headline: Name,
  standfirst: z
    .string()
    .max(LIMITS.shortText * 4)
    .optional(),
  publishedAt: z.iso.datetime({ offset: true }).or(z.iso.date()),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/)
    .default('en'),
  text: z.string().min(1).max(LIMITS.textChars),
  publisher: Ref,
  authors: list(Ref),
  contributors: list(Ref),
});

/** What a name the extractor could not make an actor probably is. */
export const MENTION_GUESSES = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'GROUP', 'UNKNOWN'] as const;
/** A name found in the text that is not (yet) an actor: kept with its span, for review and later promotion. */
export const MentionSchema = z.strictObject({
  text: z.string().trim().min(1).max(200),
  span: Span,
  guess: z.enum(MENTION_GUESSES).default('UNKNOWN'),
  reason: z.string().trim().min(1).max(200).describe('why it is not an actor: "a surname never introduced", "a generic plural"…'),
});

export const Dossier = z.strictObject({
  article: ArticleEntry,
  actors: list(ActorEntry),
  places: list(PlaceEntry),
  topics: list(TopicEntry),
  events: list(EventEntry),
  claims: list(ClaimEntry),
  statements: list(StatementEntry),
  mentions: list(MentionSchema),
});

export type Dossier = z.infer<typeof Dossier>;
export type ActorEntry = z.infer<typeof ActorEntry>;
export type PlaceEntry = z.infer<typeof PlaceEntry>;
export type TopicEntry = z.infer<typeof TopicEntry>;
export type EventEntry = z.infer<typeof EventEntry>;
export type ClaimEntry = z.infer<typeof ClaimEntry>;
export type StatementEntry = z.infer<typeof StatementEntry>;
export type ArticleEntry = z.infer<typeof ArticleEntry>;
