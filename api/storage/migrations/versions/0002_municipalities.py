"""Credentials bound to municipalities; the protection assessment as its own event.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

from api.storage.tables import UtcDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

EMPTY = sa.text("'[]'")


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column("municipalities", sa.JSON(), server_default=EMPTY, nullable=False)
        )
    with op.batch_alter_table("api_keys") as batch:
        batch.add_column(
            sa.Column("municipalities", sa.JSON(), server_default=EMPTY, nullable=False)
        )
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("protection_assessed_at", UtcDateTime(), nullable=True))
        batch.add_column(sa.Column("protection_assessed_by", sa.String(128), nullable=True))
        batch.add_column(sa.Column("immediate_protection", sa.Boolean(), nullable=True))
    # before this revision every case belonged to "default": existing credentials keep it
    for table in ("users", "api_keys"):
        op.execute(sa.text(f"UPDATE {table} SET municipalities = '[\"default\"]'"))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("immediate_protection")
        batch.drop_column("protection_assessed_by")
        batch.drop_column("protection_assessed_at")
    for table in ("api_keys", "users"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("municipalities")
