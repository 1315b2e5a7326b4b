// No anchor: every statement is a candidate.
MATCH (s:Statement)
{{>timeline-undated-count}}
