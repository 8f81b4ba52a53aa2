"""Storage: the SQLCipher vault, its key slots, ORM models and migrations. Never imports Qt."""
