/** The ingestDossier mutation: a dossier in, its article out — or a typed error and no write. */
import { DossierError } from '../dossier/errors.js';
import { ConflictError } from '../graph/dossiers.js';
import { ingestDossier } from '../ingest/ingest.js';
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

builder.mutationFields((t) => ({
  ingestDossier: t.field({
    type: ArticleRef,
    description: 'Validates a dossier and writes it to the graph in one transaction: all of it, or nothing. Ingesting the same dossier again changes nothing.',
    errors: {
      types: [DossierError, ConflictError],
      union: { description: 'The ingested article, or why nothing was written.' },
      result: { description: 'The dossier was written.' },
      dataField: { description: 'The ingested article.' },
    },
    args: {
      dossier: t.arg({ type: 'JSON', required: true, description: 'The dossier (see data/seed for an example).' }),
      replace: t.arg.boolean({ defaultValue: false, description: 'Overwrite an article already ingested with a different text.' }),
    },
    resolve: async (_root, args, ctx) => {
      const result = await ingestDossier(ctx.graph, args.dossier, { replace: args.replace ?? false });
      ctx.log.info('dossier ingested', { ...result });
      return result.articleId;
    },
  }),
}));
