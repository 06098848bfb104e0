"""The database tables. The raw referral text is never stored: only its keyed hash."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UtcDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on every database (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: give a timezone")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Case(Base):
    """One referral and the assistant's suggestion (pseudonymised text only)."""

    __tablename__ = "cases"
    __table_args__ = (UniqueConstraint("municipality", "external_id", name="uq_case_external"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    municipality: Mapped[str] = mapped_column(String(64), index=True)
    external_id: Mapped[str | None] = mapped_column(String(128))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(128))
    reporter_type: Mapped[str | None] = mapped_column(String(32))
    child_age: Mapped[int | None] = mapped_column(Integer)
    text_hash: Mapped[str] = mapped_column(String(64), index=True)
    pseudonymized_text: Mapped[str] = mapped_column(Text)
    urgency: Mapped[str] = mapped_column(String(16))
    route: Mapped[str] = mapped_column(String(16))
    needs_careful_review: Mapped[bool] = mapped_column(Boolean)
    model_version: Mapped[str] = mapped_column(String(128))
    suggestion: Mapped[dict] = mapped_column(JSON)
    # the protection assessment (skyddsbedömning), when recorded before the decision
    protection_assessed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    protection_assessed_by: Mapped[str | None] = mapped_column(String(128))
    immediate_protection: Mapped[bool | None] = mapped_column(Boolean)

    review: Mapped[Review | None] = relationship(back_populates="case", lazy="selectin")


class Review(Base):
    """The social worker's decision, with the model's suggestion beside the final labels."""

    __tablename__ = "reviews"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    decision: Mapped[str] = mapped_column(String(16))
    suggested_urgency: Mapped[str] = mapped_column(String(16))
    suggested_route: Mapped[str] = mapped_column(String(16))
    final_urgency: Mapped[str] = mapped_column(String(16))
    final_route: Mapped[str] = mapped_column(String(16))
    final_risk_factors: Mapped[list] = mapped_column(JSON)
    agrees: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text)
    reviewer: Mapped[str] = mapped_column(String(128))
    reviewed_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, index=True)

    case: Mapped[Case] = relationship(back_populates="review")


class User(Base):
    """A staff account for the web form (password hashed with scrypt), bound to the
    municipalities whose cases it may see."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(16))
    municipalities: Mapped[list] = mapped_column(JSON, server_default=text("'[]'"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class ApiKey(Base):
    """A case-system credential bound to municipalities: only the key's SHA-256 is kept."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    municipalities: Mapped[list] = mapped_column(JSON, server_default=text("'[]'"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
