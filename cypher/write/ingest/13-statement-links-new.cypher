// Links of statements new in this transaction: nothing old to remove.
{{>ingest-statement-links}}
