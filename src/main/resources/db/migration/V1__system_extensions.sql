-- Extensions later modules rely on: exclusion constraints over time ranges (scheduling) and
-- trigram search (client search). Both are trusted extensions, so a database owner may create them.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
