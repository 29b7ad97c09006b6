"""Open formats: the JSON/CSV export, the CSV import and its reader, bulk writes, saved files."""
