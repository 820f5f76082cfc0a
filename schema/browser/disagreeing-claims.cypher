// Which claims give different figures for the same thing (same subject, same predicate, same unit, different quantities), and who originated each?
MATCH pair = (a:Claim)-[:ABOUT]->(subject)<-[:ABOUT]-(b:Claim)
WHERE a.id < b.id
  AND a.predicate = b.predicate
  AND coalesce(a.quantityUnit, '') = coalesce(b.quantityUnit, '')
  AND (a.quantityValue IS NOT NULL OR a.quantityLow IS NOT NULL OR a.quantityHigh IS NOT NULL)
  AND (b.quantityValue IS NOT NULL OR b.quantityLow IS NOT NULL OR b.quantityHigh IS NOT NULL)
  AND (coalesce(a.quantityValue, -1) <> coalesce(b.quantityValue, -1)
    OR coalesce(a.quantityLow, -1) <> coalesce(b.quantityLow, -1)
    OR coalesce(a.quantityHigh, -1) <> coalesce(b.quantityHigh, -1)
    OR coalesce(a.quantityQualifier, '') <> coalesce(b.quantityQualifier, ''))
WITH a, b, collect(pair) AS sharedSubjects
OPTIONAL MATCH originA = (a)<-[:REPORTS]-(:Report)-[:ORIGINATED_BY]->(:Entity)
WITH a, b, sharedSubjects, collect(originA) AS originatorsA
OPTIONAL MATCH originB = (b)<-[:REPORTS]-(:Report)-[:ORIGINATED_BY]->(:Entity)
RETURN a.predicate AS predicate, a.statement AS claimA, b.statement AS claimB,
       sharedSubjects, originatorsA, collect(originB) AS originatorsB
