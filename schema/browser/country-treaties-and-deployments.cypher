// Which treaties is a country party to (the other parties, who signed and ratified them, which events concern them), and which troop deployments did it send or receive, and where are they?
// :param id => 'north-korea'
MATCH (country:Country {id: $id})
OPTIONAL MATCH party = (country)-[:PARTY_TO]->(:Treaty)
WITH country, collect(party) AS treaties
OPTIONAL MATCH act = (country)-[:PARTY_TO]->(:Treaty)<-[:PARTY_TO|SIGNED|RATIFIED]-(:Entity)
WITH country, treaties, collect(act) AS partiesSignaturesRatifications
OPTIONAL MATCH event = (country)-[:PARTY_TO]->(:Treaty)<-[:CONCERNS]-(:Event)
WITH country, treaties, partiesSignaturesRatifications, collect(event) AS treatyEvents
OPTIONAL MATCH deployment = (country)<-[:DEPLOYED_FROM|DEPLOYED_TO]-(:Deployment)-[:DEPLOYED_FROM|DEPLOYED_TO|DEPLOYED_IN]->()
RETURN country, treaties, partiesSignaturesRatifications, treatyEvents, collect(deployment) AS deployments
