// Indexes for what reads start from besides ids (docs/model.md, "Where every read starts"):
// names (entity resolution), kinds, dates (first-reported order, article lists),
// predicates, languages, the names files give claims, and the folded text the text filters search.
// Written in Neo4j 5 syntax; the migrator translates to the 3.x form when it talks to Neo4j 3.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX article_published_on IF NOT EXISTS FOR (n:Article) ON (n.publishedOn);
CREATE INDEX article_language IF NOT EXISTS FOR (n:Article) ON (n.language);
CREATE INDEX claim_time IF NOT EXISTS FOR (n:Claim) ON (n.time);
CREATE INDEX claim_predicate IF NOT EXISTS FOR (n:Claim) ON (n.predicate);
// A claim's key starts with its predicate and the sorted ids of what it is about (ClaimKey): the claims a claim is
// compared with that are about some of its things only are found by prefix (STARTS WITH) seeks on it.
CREATE INDEX claim_key IF NOT EXISTS FOR (n:Claim) ON (n.key);
CREATE INDEX report_claim_name IF NOT EXISTS FOR (n:Report) ON (n.claimName);
// CONTAINS is answered by a TEXT index on Neo4j 5 and by a plain index on Neo4j 3 (NodeIndexContainsScan).
// The importer writes these folded copies (Graph.Neo4j/Schema/SearchProperties.cs); `graph migrate` fills them in on older graphs.
CREATE TEXT INDEX claim_statement_lower IF NOT EXISTS FOR (n:Claim) ON (n.statementLower);
CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (n:Entity) ON (n.searchText);
