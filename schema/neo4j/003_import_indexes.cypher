// What the import looks up besides ids: before writing, the claim ids other articles already give
// to other content (SeedImporter's ClaimsNamedOtherwise starts from a report's claimName).
CREATE INDEX report_claim_name IF NOT EXISTS FOR (n:Report) ON (n.claimName);
