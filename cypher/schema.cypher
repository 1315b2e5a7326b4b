// Constraints and indexes, applied at every start; IF NOT EXISTS makes that idempotent.

// Uniqueness of every id (each constraint also gives the id lookup its index).
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT mention_id IF NOT EXISTS FOR (n:Mention) REQUIRE n.id IS UNIQUE;

// Name lookups. `nameKeys` holds the normalised name and aliases ("lavrov", "sergei lavrov");
// range indexes can't serve `key IN list`, so an exact-match (keyword-analysed) full-text
// index over the list does: each key is one term.
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE FULLTEXT INDEX name_keys IF NOT EXISTS FOR (n:Actor|Place|Topic|Event|Claim) ON EACH [n.nameKeys]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
// Mentions by name key (the same exact-match analyser): an actor that arrives later finds the
// mentions written before it (write/ingest/15-mention-backlinks).
CREATE FULLTEXT INDEX mention_keys IF NOT EXISTS FOR (n:Mention) ON EACH [n.nameKeys]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);

// Statement filters, and the order of statement pages: reportedAt (the article's publishedAt)
// and speakerId are copies kept on the statement so that these indexes give a speaker's, or
// everyone's, statements newest first without reading them all.
CREATE INDEX statement_speaker_reported IF NOT EXISTS FOR (n:Statement) ON (n.speakerId, n.reportedAt);
CREATE INDEX statement_reported IF NOT EXISTS FOR (n:Statement) ON (n.reportedAt);
CREATE INDEX statement_said_on IF NOT EXISTS FOR (n:Statement) ON (n.saidOn);
CREATE INDEX statement_kind IF NOT EXISTS FOR (n:Statement) ON (n.kind);

// Full-text search over what was said and who is named (names and aliases).
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.text];
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Actor|Place|Topic) ON EACH [n.name, n.aliases];
// Full-text search over the sources, headline and body (`search`).
CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (n:Article) ON EACH [n.headline, n.text];

// API keys (access control, not part of the model: no API field reads them). The hash
// constraint also gives the per-request lookup its index.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_key_hash IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.hash IS UNIQUE;
