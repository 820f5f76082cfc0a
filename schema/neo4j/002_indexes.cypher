// Indexes for what we look up besides ids: names (search, entity resolution) and dates (timelines, sorting).
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX article_published_on IF NOT EXISTS FOR (n:Article) ON (n.publishedOn);
CREATE INDEX claim_time IF NOT EXISTS FOR (n:Claim) ON (n.time);
CREATE INDEX claim_predicate IF NOT EXISTS FOR (n:Claim) ON (n.predicate);
