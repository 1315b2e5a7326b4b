/** The GraphQL schema: every domain file registers its types and root fields on the builder. */
import { builder } from './builder.js';
import './statement.js';
import './actor.js';
import './place.js';
import './article.js';
import './topic.js';
import './event.js';
import './claim.js';
import './mention.js';
import './ingest.js';
import './explore/neighbourhood.js';
import './explore/stances.js';
import './explore/timeline.js';
import './explore/contradictions.js';
import './explore/network.js';
import './explore/search.js';

export const schema = builder.toSchema({ sortSchema: true });
