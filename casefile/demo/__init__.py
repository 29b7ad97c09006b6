"""The demo vault: fictional people, cases and hearings for trying Casefile and for pictures.

Not a use case of the app: the package sits beside services and uses the vault directly.
"""
