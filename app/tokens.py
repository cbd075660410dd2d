"""HMAC-signed tokens: a session token resumes exactly one session; an agent token names an agent.

A token is `base64url(json claims) + "." + base64url(HMAC-SHA256(secret, claims))`. Claims carry
the kind ("s" session, "a" agent), the subject and an expiry, so a token for one session
cannot be turned into one for another, nor a session token into an agent's.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time


class TokenError(Exception):
    pass


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Signer:
    def __init__(self, secret: str):
        self._key = hashlib.sha256(("shopdesk-token:" + secret).encode()).digest()

    def _sign(self, payload: bytes) -> bytes:
        return hmac.new(self._key, payload, hashlib.sha256).digest()

    def issue(self, kind: str, subject: str, ttl_s: int, *, now: float | None = None) -> str:
        claims = {"k": kind, "sub": subject, "exp": int((now or time.time()) + ttl_s)}
        payload = json.dumps(claims, separators=(",", ":"), sort_keys=True).encode()
        return f"{_b64(payload)}.{_b64(self._sign(payload))}"

    def verify(self, token: str, kind: str, *, now: float | None = None) -> str:
        """The token's subject, or TokenError if it is forged, expired or of another kind."""
        if not isinstance(token, str) or len(token) > 1024 or token.count(".") != 1:
            raise TokenError("malformed token")
        body, sig = token.split(".")
        try:
            payload, signature = _unb64(body), _unb64(sig)
        except (ValueError, TypeError) as e:
            raise TokenError("malformed token") from e
        if not hmac.compare_digest(signature, self._sign(payload)):
            raise TokenError("bad signature")
        claims = json.loads(payload)
        if claims.get("k") != kind:
            raise TokenError("token of another kind")
        if claims.get("exp", 0) < (now or time.time()):
            raise TokenError("token expired")
        return str(claims["sub"])
