// Statements not yet in the graph (checked in the same transaction, see graph/dossiers.ts):
// the same nodes and relationships as 12-statements, without the removal of what a previous
// version of the dossier had — a new statement has nothing to remove.
{{>ingest-statements}}
