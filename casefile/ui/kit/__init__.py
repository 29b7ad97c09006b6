"""Small parts every window uses: the task runner, dialogs, errors, icons, style, settings,
table models."""
