"""Credentials: scrypt password hashes, hashed API keys, the server secret, the text hash."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import os
import secrets
from enum import StrEnum
from pathlib import Path

from triage.settings import Settings

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1  # ~32 MiB and ~50 ms per hash
API_KEY_PREFIX = "trk_"


class Role(StrEnum):
    INTEGRATION = "integration"  # the case system: triage and read cases
    INTAKE = "intake"  # intake staff: triage, read and review cases
    ADMIN = "admin"  # everything, including model reload and the agreement page


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return "$".join(
        ("scrypt", str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P), _b64(salt), _b64(digest))
    )


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        candidate = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(candidate, base64.b64decode(digest))


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=64 * 2**20, dklen=32
    )


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def new_api_key() -> str:
    """A random key, shown once to the operator; only its hash is stored."""
    return API_KEY_PREFIX + secrets.token_urlsafe(32)


def hash_api_key(key: str) -> str:
    """SHA-256 is enough here: keys carry 256 random bits, unlike passwords."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def server_secret(settings: Settings) -> bytes:
    """``TRIAGE_SECRET_KEY``, else a random key created once in the data directory (0600)."""
    if settings.secret_key is not None:
        return settings.secret_key.get_secret_value().encode("utf-8")
    path = Path(settings.data_dir) / "secret.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):  # another process made it first
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "w") as handle:
                handle.write(secrets.token_hex(32))
    return path.read_text().strip().encode("utf-8")


def text_hash(secret: bytes, text: str) -> str:
    """Keyed hash of the raw referral: recognises a resubmission, cannot be reversed."""
    return hmac.new(secret, text.encode("utf-8"), hashlib.sha256).hexdigest()
