"""The main window and what all its pages share: navigation, search, record actions, the
Tools menu."""
