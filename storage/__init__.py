"""Orders and messages in the database: SQLAlchemy 2 typed models and Alembic migrations."""
