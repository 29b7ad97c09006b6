"""Exchange between laptops without a server: signed, encrypted change bundles and merge.

bundle_format (the file), devices (keys, partners, trust, fingerprints), changes (what goes
into a bundle), merge (preview and apply), service (the use cases the CLI and UI call).
"""
