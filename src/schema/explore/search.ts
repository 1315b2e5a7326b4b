/** `search`: one box over what was said, who and what is named, and the sources. */
import { z } from 'zod';
import { SEARCH_BOUNDS, search, type SearchHitRow } from '../../graph/search.js';
import { builder } from '../builder.js';
import { costsWork } from '../complexity.js';
import { displayLabel, labelsOf, nodeTypeValue } from '../../graph/subgraph.js';
import { NodeTypeEnum } from './graph-types.js';

const SearchText = z.string().trim().min(1, 'text must not be empty').max(SEARCH_BOUNDS.maxText, `text must be at most ${SEARCH_BOUNDS.maxText} characters`);

const First = z
  .number()
  .int('first must be a whole number')
  .min(1, `first must be between 1 and ${SEARCH_BOUNDS.maxFirst}`)
  .max(SEARCH_BOUNDS.maxFirst, `first must be between 1 and ${SEARCH_BOUNDS.maxFirst}`);

const SearchHitRef = builder.objectRef<SearchHitRow>('SearchHit').implement({
  description: 'A node whose text, name, aliases or headline matched a search, with where it matched.',
  fields: (t) => ({
    node: t.field({ type: builder.nodeInterfaceRef(), description: 'The full typed object.', resolve: (h) => h.node as never }),
    type: t.field({ type: NodeTypeEnum, description: 'What kind of node.', resolve: (h) => nodeTypeValue(h.node) as never }),
    score: t.float({
      description: 'Lucene relevance (BM25); higher is better. Comparable within one answer, not across searches.',
      resolve: (h) => h.score,
    }),
    label: t.string({ description: 'A short caption: name, headline or the start of the text.', resolve: (h) => displayLabel(h.node) }),
    field: t.exposeString('field', { description: 'The property that matched: text, name, aliases or headline.' }),
    fragment: t.exposeString('fragment', {
      description: 'About 160 characters of that property around the first matched word (for aliases: the alias), with … where cut.',
    }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description:
      'Full-text search over statement texts, the names and aliases of actors, places and topics, and article headlines and texts, best match first. The words are matched as plain terms (any of them; no query syntax), case-insensitively.',
    args: {
      text: t.arg.string({ required: true, description: `Words to look for (1–${SEARCH_BOUNDS.maxText} characters).`, validate: SearchText }),
      types: t.arg({
        type: [NodeTypeEnum],
        description: 'Only hits of these types (default: all). Claims and events are not searched.',
      }),
      first: t.arg.int({
        defaultValue: SEARCH_BOUNDS.defaultFirst,
        description: `Most hits returned, 1–${SEARCH_BOUNDS.maxFirst}.`,
        validate: First,
      }),
    },
    // One full-text index lookup (under 10 ms on the 1M-statement graph): cheap, but not free.
    complexity: costsWork(() => 100),
    resolve: (_root, args, ctx) => search(ctx.graph, { text: args.text.trim(), labels: labelsOf(args.types), limit: args.first ?? SEARCH_BOUNDS.defaultFirst }),
  }),
);
