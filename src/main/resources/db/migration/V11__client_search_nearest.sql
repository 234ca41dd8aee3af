-- Typo-tolerant search ranks names by trigram distance; a GiST index returns the nearest names
-- first without scoring every partial match (the GIN index stays for substring matches).
CREATE INDEX client_client_name_gist_idx ON client_client USING gist (search_name gist_trgm_ops);
