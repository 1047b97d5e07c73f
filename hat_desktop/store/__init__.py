"""The one place SQL lives: SQLCipher connection, keys, migrations, ledger, repositories."""
