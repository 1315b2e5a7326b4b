/** The ingest mutations: a dossier or an article's text in, the article out — or a typed error and no write. */
import { GraphQLError } from 'graphql';
import { DossierError } from '../dossier/errors.js';
import { ArticleTooLargeError, ExtractionTimeoutError } from '../extract/pool.js';
import { ConflictError } from '../graph/dossiers.js';
import { z } from 'zod';
import { HttpUrl, LIMITS } from '../dossier/schema.js';
import { ingestArticle, type ArticleIngest } from '../ingest/article.js';
import { ingestDossier } from '../ingest/ingest.js';
import { isoDay } from './inputs.js';
import { builder } from './builder.js';
import { ArticleRef } from './refs.js';

const IssueRef = builder.objectRef<{ path: string; message: string }>('DossierIssue').implement({
  description: 'One problem with a dossier, at a JSON path.',
  fields: (t) => ({
    path: t.exposeString('path', { description: 'Where in the dossier, e.g. `statements[3].speaker`.' }),
    message: t.exposeString('message', { description: 'What is wrong there.' }),
  }),
});

builder.objectType(DossierError, {
  name: 'DossierValidationError',
  description: 'The dossier is invalid; nothing was written.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'A summary of the problems.' }),
    issues: t.field({ type: [IssueRef], description: 'Every problem, each with its JSON path.', resolve: (e) => e.issues }),
  }),
});

builder.objectType(ConflictError, {
  name: 'DossierConflictError',
  description: 'The dossier clashes with what the graph holds (an id of another type, an article with another text); nothing was written.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'A summary of the conflicts.' }),
    issues: t.field({ type: [IssueRef], description: 'Every conflict, each with where it is.', resolve: (e) => e.conflicts }),
  }),
});

/** Typed errors of an ingest mutation: what it returns on success, or why nothing was written. */
function ingestErrors(success: string, data: string) {
  return {
    types: [DossierError, ConflictError],
    union: { description: `${success}, or why nothing was written.` },
    result: { description: `${success}: written.` },
    dataField: { description: data },
  };
}

const replaceArg = { defaultValue: false, description: 'Overwrite an article already ingested with a different text.' } as const;

builder.mutationFields((t) => ({
  ingestDossier: t.field({
    type: ArticleRef,
    description: 'Validates a dossier and writes it to the graph in one transaction: all of it, or nothing. Ingesting the same dossier again changes nothing.',
    errors: ingestErrors('The ingested article', 'The ingested article.'),
    args: {
      dossier: t.arg({ type: 'JSON', required: true, description: 'The dossier (see data/seed for an example).' }),
      replace: t.arg.boolean(replaceArg),
    },
    resolve: async (_root, args, ctx) => {
      const result = await ingestDossier(ctx.graph, args.dossier, { replace: args.replace ?? false });
      ctx.log.info('dossier ingested', { ...result });
      return result.articleId;
    },
  }),
}));

const ReviewItemRef = builder.objectRef<{ path: string; reason: string; confidence: number }>('ReviewItem').implement({
  description: 'Something the extractor found but is not sure of: kept, and marked for a person to check.',
  fields: (t) => ({
    path: t.exposeString('path', { description: 'Where in the extracted dossier, e.g. `statements[4].speaker`.' }),
    reason: t.exposeString('reason', { description: 'Why it needs a look.' }),
    confidence: t.exposeFloat('confidence', { description: 'The extractor’s confidence, 0–1.' }),
  }),
});

const ExtractionReportRef = builder.objectRef<ArticleIngest>('ExtractionReport').implement({
  description: 'What the extractor found in an article and what ingesting it changed.',
  fields: (t) => ({
    statements: t.int({ description: 'Statements found.', resolve: (r) => r.report.statements }),
    directQuotes: t.int({ description: 'Of which direct quotes.', resolve: (r) => r.report.directQuotes }),
    actorsCreated: t.int({ description: 'Actors new to the graph.', resolve: (r) => r.result.actorsCreated }),
    actorsLinked: t.int({ description: 'Actors found already in the graph (by name, alias or spelling).', resolve: (r) => r.result.actorsLinked }),
    review: t.field({ type: [ReviewItemRef], description: 'Items marked for review.', resolve: (r) => r.report.review }),
  }),
});

const IngestArticlePayloadRef = builder.objectRef<ArticleIngest>('IngestArticlePayload').implement({
  description: 'The ingested article and the extraction report.',
  fields: (t) => ({
    article: t.field({ type: ArticleRef, description: 'The article as now in the graph.', resolve: (r) => r.result.articleId }),
    report: t.field({ type: ExtractionReportRef, description: 'What was found and changed.', resolve: (r) => r }),
  }),
});

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  description: 'An article as text, with what the text may not say about itself.',
  fields: (t) => ({
    text: t.string({
      required: true,
      description: 'The article text (site chrome is stripped).',
      validate: z.string().min(1, 'must not be empty').max(LIMITS.textChars),
    }),
    url: t.string({ description: 'Where it was published.', validate: HttpUrl }),
    publishedAt: t.field({ type: 'Date', description: 'When it was published (else read from the text).' }),
    publisher: t.string({ description: 'Who published it (else read from the text).', validate: z.string().trim().min(1).max(LIMITS.shortText) }),
  }),
});

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestArticlePayloadRef,
    description:
      'Extracts a dossier from an article’s text (quotes and reported statements with their speakers, actors, topics and stance) and ingests it in one transaction. Ingesting the same text again changes nothing.',
    errors: ingestErrors('The ingested article and its extraction report', 'The article and the extraction report.'),
    args: {
      input: t.arg({ type: IngestArticleInput, required: true, description: 'The article.' }),
      replace: t.arg.boolean(replaceArg),
    },
    resolve: async (_root, { input, replace }, ctx) => {
      const ingested = await ingestArticle(ctx.graph, ctx.extractor, input.text, {
        url: input.url ?? undefined,
        published: isoDay(input.publishedAt) ?? undefined,
        publisher: input.publisher ?? undefined,
        replace: replace ?? false,
      }).catch((error: unknown) => {
        throw extractionLimitError(error);
      });
      ctx.log.info('article ingested', { ...ingested.result, review: ingested.report.review.length });
      return ingested;
    },
  }),
}));

/** The extraction limits, as errors for the client (with a code); any other error as it was. */
function extractionLimitError(error: unknown): unknown {
  if (error instanceof ArticleTooLargeError) {
    return new GraphQLError(`input.text is ${error.bytes} bytes (UTF-8), above the article size limit of ${error.limit} bytes; nothing was written`, {
      extensions: { code: 'ARTICLE_TOO_LARGE', field: 'input.text', limit: error.limit },
    });
  }
  if (error instanceof ExtractionTimeoutError) {
    return new GraphQLError(
      `Extracting the article took longer than the limit of ${error.limitMs} ms and was stopped; nothing was written. Send a shorter text.`,
      {
        extensions: { code: 'EXTRACTION_TIMEOUT', limit: error.limitMs },
      },
    );
  }
  return error;
}
