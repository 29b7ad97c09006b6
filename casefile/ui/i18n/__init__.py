"""The interface language: translations, labels for stored codes, messages from below the UI."""
