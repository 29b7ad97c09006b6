"""Lists and overviews: the paged lists and their queries, statuses, the dashboard, dossiers."""
