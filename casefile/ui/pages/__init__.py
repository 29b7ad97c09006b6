"""The pages of the main window: lists, the dashboard, the dossier, the case page, the agenda,
the trash."""
