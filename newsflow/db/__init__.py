"""The database: schema (models), engines, and migrations."""
