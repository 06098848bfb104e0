"""Persistence of cases, reviews, staff accounts and API keys (SQLAlchemy 2 + Alembic)."""
