// Which claims say something about the same thing with the same predicate, side by side with their figures, times and stances, and who originated each?
// The API's Claim.relations says how each pair stands (same, refines, agrees, disagrees) and why; this shows the candidates it compares.
MATCH pair = (a:Claim)-[:ABOUT]->(subject)<-[:ABOUT]-(b:Claim)
WHERE a.id < b.id
  AND a.predicate = b.predicate
  AND (a.quantityQualifier IS NOT NULL OR b.quantityQualifier IS NOT NULL OR a.stance <> b.stance OR a.time <> b.time)
WITH a, b, collect(pair) AS sharedSubjects
OPTIONAL MATCH originA = (a)<-[:REPORTS]-(:Report)-[:ORIGINATED_BY]->(:Entity)
WITH a, b, sharedSubjects, collect(originA) AS originatorsA
OPTIONAL MATCH originB = (b)<-[:REPORTS]-(:Report)-[:ORIGINATED_BY]->(:Entity)
RETURN a.predicate AS predicate, a.statement AS claimA, a.key AS contentA, b.statement AS claimB, b.key AS contentB,
       sharedSubjects, originatorsA, collect(originB) AS originatorsB
