import base64
import json

import pytest

from app.tokens import Signer, TokenError


def test_round_trip_and_binding():
    signer = Signer("s3cret")
    token = signer.issue("s", "session-a", 60)
    assert signer.verify(token, "s") == "session-a"
    with pytest.raises(TokenError, match="another kind"):
        signer.verify(token, "a")  # a session token is not an agent token


def test_forged_subject_is_refused():
    signer = Signer("s3cret")
    body, sig = signer.issue("s", "session-a", 60).split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    claims["sub"] = "session-b"
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    with pytest.raises(TokenError, match="signature"):
        signer.verify(f"{forged}.{sig}", "s")


def test_other_secret_and_expiry_and_garbage():
    token = Signer("one").issue("s", "x", 60)
    with pytest.raises(TokenError):
        Signer("two").verify(token, "s")
    old = Signer("one").issue("s", "x", 60, now=1000.0)
    with pytest.raises(TokenError, match="expired"):
        Signer("one").verify(old, "s")
    for junk in ["", ".", "abc", "a.b.c", "!!!.???", "x" * 5000]:
        with pytest.raises(TokenError):
            Signer("one").verify(junk, "s")
