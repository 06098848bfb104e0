"""Staff sessions and CSRF protection for the web form."""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated

from fastapi import Depends, Request

from api.cases import Actor
from api.deps import ServicesDep, staff_member


class LoginRequired(Exception):
    """No valid session: the handler redirects to the login page."""

    def __init__(self, next_path: str) -> None:
        self.next_path = next_path


class CsrfFailed(Exception):
    """A form post without the session's CSRF token."""


def csrf_token(request: Request) -> str:
    """The session's CSRF token, created on first use."""
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return token


def check_csrf(request: Request, submitted: str) -> None:
    expected = request.session.get("csrf", "")
    if not expected or not hmac.compare_digest(expected, submitted or ""):
        raise CsrfFailed


def log_in(request: Request, username: str, role: str) -> None:
    """A fresh session (no fixation): new CSRF token, the user and role."""
    request.session.clear()
    request.session.update({"user": username, "role": role, "csrf": secrets.token_urlsafe(32)})


def staff(request: Request, services: ServicesDep) -> Actor:
    """Dependency: the logged-in staff member, else a redirect to the login page."""
    actor = staff_member(request, services)
    if actor is None:
        request.session.clear()
        raise LoginRequired(request.url.path)
    return actor


Staff = Annotated[Actor, Depends(staff)]
