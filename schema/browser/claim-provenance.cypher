// Where does a claim come from: who originated it, who relayed it (in order), in which report, in which article, published by whom?
// The claim by its id or by a name an article file gives it.
// :param claim => 'north-korea-sent-up-to-12000-troops-to-russia'
MATCH (c:Claim)
WHERE c.id = $claim OR $claim IN c.names
OPTIONAL MATCH report = (c)<-[:REPORTS]-(r:Report)-[:IN]->(a:Article)
WITH c, collect(report) AS reports
OPTIONAL MATCH origin = (c)<-[:REPORTS]-(:Report)-[:ORIGINATED_BY]->(:Entity)
WITH c, reports, collect(origin) AS originators
OPTIONAL MATCH relay = (c)<-[:REPORTS]-(:Report)-[rb:RELAYED_BY]->(:Entity)
WITH c, reports, originators, relay, rb.order AS relayOrder ORDER BY relayOrder
WITH c, reports, originators, collect(relay) AS relays
OPTIONAL MATCH publisher = (c)<-[:REPORTS]-(:Report)-[:IN]->(:Article)-[:PUBLISHED_BY]->(:Organization)
RETURN c AS claim, reports, originators, relays, collect(publisher) AS publishers
