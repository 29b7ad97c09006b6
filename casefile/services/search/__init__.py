"""Finding people and records: full-text search, name variants across scripts, duplicates."""
