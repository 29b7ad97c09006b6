"""The only layer that knows about SQLCipher: engine, keys, migrations, backup."""
