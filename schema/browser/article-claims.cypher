// What does an article say: every claim it reports, with who originated and relayed each, what each is about, and who published, wrote and edited the article?
// :param article => '2024-11-12-jatimtimes-rusia-korea-utara-aliansi'
MATCH (article:Article {id: $article})
OPTIONAL MATCH byline = (article)-[:PUBLISHED_BY|WRITTEN_BY|EDITED_BY|CITES]->()
WITH article, collect(byline) AS bylines
OPTIONAL MATCH said = (article)<-[:IN]-(r:Report)-[:REPORTS]->(:Claim)
WITH article, bylines, said, r.position AS position ORDER BY position
WITH article, bylines, collect(said) AS claims
OPTIONAL MATCH source = (article)<-[:IN]-(:Report)-[:ORIGINATED_BY|RELAYED_BY]->()
WITH article, bylines, claims, collect(source) AS sources
OPTIONAL MATCH about = (article)<-[:IN]-(:Report)-[:REPORTS]->(:Claim)-[:ABOUT]->()
RETURN article, bylines, claims, sources, collect(about) AS about
