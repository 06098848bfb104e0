"""Cases, reviews, staff accounts and API keys.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

from api.storage.tables import UtcDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("municipality", sa.String(64), nullable=False),
        sa.Column("external_id", sa.String(128), nullable=True),
        sa.Column("received_at", UtcDateTime(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("created_by", sa.String(128), nullable=False),
        sa.Column("reporter_type", sa.String(32), nullable=True),
        sa.Column("child_age", sa.Integer(), nullable=True),
        sa.Column("text_hash", sa.String(64), nullable=False),
        sa.Column("pseudonymized_text", sa.Text(), nullable=False),
        sa.Column("urgency", sa.String(16), nullable=False),
        sa.Column("route", sa.String(16), nullable=False),
        sa.Column("needs_careful_review", sa.Boolean(), nullable=False),
        sa.Column("model_version", sa.String(128), nullable=False),
        sa.Column("suggestion", sa.JSON(), nullable=False),
        sa.UniqueConstraint("municipality", "external_id", name="uq_case_external"),
    )
    op.create_index("ix_cases_municipality", "cases", ["municipality"])
    op.create_index("ix_cases_received_at", "cases", ["received_at"])
    op.create_index("ix_cases_text_hash", "cases", ["text_hash"])
    op.create_table(
        "reviews",
        sa.Column("case_id", sa.String(32), sa.ForeignKey("cases.id"), primary_key=True),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("suggested_urgency", sa.String(16), nullable=False),
        sa.Column("suggested_route", sa.String(16), nullable=False),
        sa.Column("final_urgency", sa.String(16), nullable=False),
        sa.Column("final_route", sa.String(16), nullable=False),
        sa.Column("final_risk_factors", sa.JSON(), nullable=False),
        sa.Column("agrees", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("reviewer", sa.String(128), nullable=False),
        sa.Column("reviewed_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_reviews_reviewed_at", "reviews", ["reviewed_at"])
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(256), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("revoked_at", UtcDateTime(), nullable=True),
    )


def downgrade() -> None:
    for table in ("api_keys", "users", "reviews", "cases"):
        op.drop_table(table)
