"""The Reports menu and its windows: choose, check, preview in memory, save or print."""
