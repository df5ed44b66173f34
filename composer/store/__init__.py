"""What the app keeps on disk: settings (TOML), secrets (keyring) and drafts (SQLite, encrypted)."""
