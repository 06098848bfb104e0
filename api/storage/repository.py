"""Queries and writes, one short transaction each."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from datetime import datetime

from sqlalchemy import func, select, true
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from api.storage.database import make_engine, migrate, session_factory
from api.storage.tables import ApiKey, Case, Review, User, utcnow


class ReviewExists(Exception):
    """The case already has a review; reviews are never overwritten (audit trail)."""


class AlreadyAssessed(Exception):
    """The case's protection assessment is already recorded (never overwritten)."""


class Store:
    """All database access of the service."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    @classmethod
    def open(cls, url: str) -> Store:
        """Connect to ``url`` and bring its schema up to date."""
        engine = make_engine(url)
        migrate(engine)
        return cls(session_factory(engine))

    def close(self) -> None:
        engine = self.sessions.kw.get("bind")
        if engine is not None:
            engine.dispose()

    # cases
    def case(self, case_id: str) -> Case | None:
        with self.sessions() as session:
            return session.get(Case, case_id)

    def case_by_external_id(self, municipality: str, external_id: str) -> Case | None:
        with self.sessions() as session:
            return session.scalar(
                select(Case).where(
                    Case.municipality == municipality, Case.external_id == external_id
                )
            )

    def add_case(self, case: Case) -> tuple[Case, bool]:
        """Store a new case; ``(existing, False)`` when its external id raced in first."""
        try:
            with self.sessions.begin() as session:
                session.add(case)
        except IntegrityError:
            if case.external_id is None:
                raise
            existing = self.case_by_external_id(case.municipality, case.external_id)
            if existing is None:
                raise
            return existing, False
        return self.case(case.id) or case, True

    def recent_cases(self, municipalities: Collection[str], limit: int = 100) -> list[Case]:
        with self.sessions() as session:
            query = (
                select(Case)
                .where(Case.municipality.in_(list(municipalities)))
                .order_by(Case.received_at.desc())
                .limit(limit)
            )
            return list(session.scalars(query))

    def cases_received(self, municipality: str, start: datetime, end: datetime) -> list[Case]:
        """A municipality's cases received in ``[start, end)``, with their reviews."""
        with self.sessions() as session:
            query = select(Case).where(
                Case.municipality == municipality,
                Case.received_at >= start,
                Case.received_at < end,
            )
            return list(session.scalars(query))

    def record_protection_assessment(
        self, case_id: str, immediate_protection: bool, by: str, when: datetime | None = None
    ) -> Case:
        """Record the protection assessment once (raises AlreadyAssessed, KeyError)."""
        with self.sessions.begin() as session:
            case = session.get(Case, case_id, with_for_update=True)
            if case is None:
                raise KeyError(case_id)
            if case.protection_assessed_at is not None:
                raise AlreadyAssessed(case_id)
            case.protection_assessed_at = when or utcnow()
            case.protection_assessed_by = by
            case.immediate_protection = immediate_protection
        return self.case(case_id) or case

    # reviews
    def add_review(self, review: Review) -> Review:
        try:
            with self.sessions.begin() as session:
                if session.get(Review, review.case_id) is not None:
                    raise ReviewExists(review.case_id)
                session.add(review)
        except IntegrityError as error:
            raise ReviewExists(review.case_id) from error
        return review

    def recent_agreements(self, municipality: str, window: int) -> list[bool]:
        with self.sessions() as session:
            query = (
                select(Review.agrees)
                .join(Case)
                .where(Case.municipality == municipality)
                .order_by(Review.reviewed_at.desc())
                .limit(window)
            )
            return list(session.scalars(query))

    def reviewed_cases(self) -> Iterator[Case]:
        with self.sessions() as session:
            query = select(Case).join(Review).order_by(Review.reviewed_at)
            yield from session.scalars(query)

    def counts(self, municipalities: Collection[str] | None = None) -> dict[str, int]:
        """Cases and reviews of these municipalities (all when None)."""
        mine = true() if municipalities is None else Case.municipality.in_(list(municipalities))
        with self.sessions() as session:
            return {
                "cases": session.scalar(select(func.count()).select_from(Case).where(mine)) or 0,
                "reviews": session.scalar(
                    select(func.count()).select_from(Review).join(Case).where(mine)
                )
                or 0,
            }

    # credentials
    def user(self, username: str) -> User | None:
        with self.sessions() as session:
            return session.scalar(select(User).where(User.username == username))

    def user_count(self) -> int:
        with self.sessions() as session:
            return session.scalar(select(func.count()).select_from(User)) or 0

    def add_user(
        self, username: str, password_hash: str, role: str, municipalities: Collection[str]
    ) -> User:
        user = User(
            username=username,
            password_hash=password_hash,
            role=role,
            municipalities=sorted(set(municipalities)),
            active=True,
        )
        with self.sessions.begin() as session:
            session.add(user)
        return user

    def add_api_key(
        self, name: str, key_hash: str, role: str, municipalities: Collection[str]
    ) -> ApiKey:
        key = ApiKey(
            name=name, key_hash=key_hash, role=role, municipalities=sorted(set(municipalities))
        )
        with self.sessions.begin() as session:
            session.add(key)
        return key

    def api_key(self, key_hash: str) -> ApiKey | None:
        with self.sessions() as session:
            return session.scalar(
                select(ApiKey).where(ApiKey.key_hash == key_hash, ApiKey.revoked_at.is_(None))
            )

    def revoke_api_key(self, name: str, when: datetime | None = None) -> bool:
        with self.sessions.begin() as session:
            key = session.scalar(select(ApiKey).where(ApiKey.name == name))
            if key is None:
                return False
            key.revoked_at = when or utcnow()
            return True
