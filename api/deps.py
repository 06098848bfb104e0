"""Dependencies of the routes: the shared services and API-key authentication by role."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, HTTPException, Request, Security, status
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from api.cases import Actor
from api.security import Role, hash_api_key
from api.services import Services

api_key_header = APIKeyHeader(
    name="X-API-Key", auto_error=False, description="An API key from `triage create-api-key`."
)
bearer = HTTPBearer(auto_error=False, description="The same API key as a bearer token.")


def get_services(request: Request) -> Services:
    return request.app.state.services


def require_role(*roles: Role) -> Callable[..., Actor]:
    """A dependency admitting API keys of the given roles (``admin`` is always admitted)."""
    allowed = {role.value for role in roles} | {Role.ADMIN.value}

    def authenticate(
        key: Annotated[str | None, Security(api_key_header)],
        token: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)],
        services: Annotated[Services, Depends(get_services)],
    ) -> Actor:
        presented = key or (token.credentials if token else None)
        if not presented:
            raise HTTPException(
                status.HTTP_401_UNAUTHORIZED,
                "missing API key: send it in the X-API-Key header",
                headers={"WWW-Authenticate": "Bearer"},
            )
        record = services.store.api_key(hash_api_key(presented))
        if record is None:
            raise HTTPException(
                status.HTTP_401_UNAUTHORIZED,
                "invalid or revoked API key",
                headers={"WWW-Authenticate": "Bearer"},
            )
        if record.role not in allowed:
            raise HTTPException(
                status.HTTP_403_FORBIDDEN,
                f"role {record.role!r} may not do this (needs {' or '.join(sorted(allowed))})",
            )
        return Actor(f"key:{record.name}", record.role, frozenset(record.municipalities))

    return authenticate


def key_or_staff(
    request: Request,
    key: Annotated[str | None, Security(api_key_header)],
    token: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)],
    services: Annotated[Services, Depends(get_services)],
) -> Actor:
    """A logged-in staff member (web session) or an API key of any role."""
    actor = staff_member(request, services)
    return actor if actor is not None else _any_key(key, token, services)


def staff_member(request: Request, services: Services) -> Actor | None:
    """The session's staff member, if the account is still active (read on every request,
    so a deactivated account or changed municipalities take effect at once)."""
    username = request.session.get("user")
    user = services.store.user(username) if username else None
    if user is None or not user.active:
        return None
    return Actor(user.username, user.role, frozenset(user.municipalities))


_any_key = require_role(Role.INTEGRATION, Role.INTAKE)
ServicesDep = Annotated[Services, Depends(get_services)]
AnyRole = Annotated[Actor, Depends(require_role(Role.INTEGRATION, Role.INTAKE))]
Integration = Annotated[Actor, Depends(require_role(Role.INTEGRATION))]
Admin = Annotated[Actor, Depends(require_role())]
KeyOrStaff = Annotated[Actor, Depends(key_or_staff)]
