"""Records one at a time: drafts and their checks, history and undo, the trash, vocabularies,
files, hearings, and where a record opens."""
