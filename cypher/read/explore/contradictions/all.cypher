// Every claim is a candidate.
MATCH (c:Claim)
{{>contradicted-claims}}
