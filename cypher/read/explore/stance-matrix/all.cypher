// No actors or topics given: every statement about a topic counts.
MATCH (a:Actor)<-[:ATTRIBUTED_TO]-(s:Statement)-[about:ABOUT]->(:Topic)-[:SUBTOPIC_OF*0..5]->(t:Topic)
{{>stance-matrix-cells}}
