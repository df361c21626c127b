"""Presigned URLs for the fake storage (S3/R2 SigV4-like) and Hugging Face CDN (CloudFront-like) hosts.

The real hosts accept a URL only while its signature matches and it has not expired; clients must treat
the URL as opaque and ask the API again for a fresh one when it stops working. The fake signs with an
HMAC over the parts that matter, so tampering with the key, the filename or the expiry is caught, and a
``FakeClock`` lets tests jump past the expiry without sleeping.
"""

from __future__ import annotations

import base64
import calendar
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Mapping
from urllib.parse import quote, quote_plus

S3_CREDENTIAL_ID = "e01358d793ad6966166af8b3064953ad"
CLOUDFRONT_KEY_PAIR_ID = "K3RPWS32NSSJCE"


def encode_uri_component(value: str) -> str:
    """JavaScript's encodeURIComponent (what Civitai's presigner uses for the disposition)."""
    return quote(value, safe="!~*'()")


class FakeClock:
    """Wall-clock time plus an adjustable offset, shared by signers and the download endpoint."""

    def __init__(self) -> None:
        self.offset = 0.0

    def now(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds

    def reset(self) -> None:
        self.offset = 0.0


def _hmac_hex(secret: bytes, *parts: str) -> str:
    return hmac.new(secret, "\n".join(parts).encode(), hashlib.sha256).hexdigest()


class StorageSigner:
    """Mints and checks Civitai delivery URLs shaped like R2 presigned GETs (reference §7.3)."""

    def __init__(self, clock: FakeClock, secret: bytes | None = None) -> None:
        self.clock = clock
        self.secret = secret or secrets.token_bytes(32)

    def presign(self, base: str, key: str, filename: str, expires: int = 86400) -> str:
        amz_date = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(self.clock.now()))
        credential = f"{S3_CREDENTIAL_ID}/{amz_date[:8]}/us-east-1/s3/aws4_request"
        disposition = f'attachment; filename="{filename}"'
        signature = _hmac_hex(self.secret, "GET", key, str(expires), disposition, amz_date, credential)
        query = "&".join(
            [
                f"X-Amz-Expires={expires}",
                f"response-content-disposition={encode_uri_component(disposition)}",
                "X-Amz-Algorithm=AWS4-HMAC-SHA256",
                f"X-Amz-Credential={quote(credential, safe='/')}",
                f"X-Amz-Date={amz_date}",
                "X-Amz-SignedHeaders=host",
                f"X-Amz-Signature={signature}",
            ]
        )
        return f"{base}/{quote(key, safe='/')}?{query}"

    def check(self, method: str, key: str, query: Mapping[str, str]) -> str | None:
        """``None`` when valid, else "missing", "mismatch" (incl. a HEAD on a GET URL) or "expired"."""
        needed = ("X-Amz-Expires", "X-Amz-Date", "X-Amz-Credential", "X-Amz-Signature")
        if any(name not in query for name in needed):
            return "missing"
        disposition = query.get("response-content-disposition", "")
        expected = _hmac_hex(
            self.secret,
            method,
            key,
            query["X-Amz-Expires"],
            disposition,
            query["X-Amz-Date"],
            query["X-Amz-Credential"],
        )
        if not hmac.compare_digest(expected, query["X-Amz-Signature"]):
            return "mismatch"
        try:
            signed_at = calendar.timegm(time.strptime(query["X-Amz-Date"], "%Y%m%dT%H%M%SZ"))
            lifetime = int(query["X-Amz-Expires"])
        except ValueError:
            return "mismatch"
        if self.clock.now() > signed_at + lifetime:
            return "expired"
        return None


def hf_content_disposition(filename: str) -> str:
    """What the Hugging Face CDN puts in ``response-content-disposition`` (reference §12.2)."""
    return f"inline; filename*=UTF-8''{quote(filename, safe='')}; filename=\"{filename}\";"


class CdnSigner:
    """Mints and checks Hugging Face CDN URLs shaped like CloudFront signed URLs."""

    def __init__(self, clock: FakeClock, secret: bytes | None = None) -> None:
        self.clock = clock
        self.secret = secret or secrets.token_bytes(32)

    def presign(self, base: str, path: str, filename: str, expires_in: int = 3600) -> str:
        expires = int(self.clock.now()) + expires_in
        disposition = hf_content_disposition(filename)
        policy = base64.b64encode(
            json.dumps(
                {
                    "Statement": [
                        {"Resource": f"{base}{path}*", "Condition": {"DateLessThan": {"AWS:EpochTime": expires}}}
                    ]
                },
                separators=(",", ":"),
            ).encode()
        ).decode()
        signature = _hmac_hex(self.secret, path, str(expires), disposition)
        query = "&".join(
            [
                f"response-content-disposition={quote_plus(disposition, safe='*')}",
                "response-content-type=application%2Foctet-stream",
                f"Expires={expires}",
                f"Policy={quote_plus(policy)}",
                f"Signature={signature}",
                f"Key-Pair-Id={CLOUDFRONT_KEY_PAIR_ID}",
            ]
        )
        return f"{base}{path}?{query}"

    def check(self, path: str, query: Mapping[str, str]) -> str | None:
        if "Expires" not in query or "Signature" not in query:
            return "missing"
        expected = _hmac_hex(self.secret, path, query["Expires"], query.get("response-content-disposition", ""))
        if not hmac.compare_digest(expected, query["Signature"]):
            return "mismatch"
        try:
            expires = int(query["Expires"])
        except ValueError:
            return "mismatch"
        if self.clock.now() > expires:
            return "expired"
        return None
