"""Small helpers the fake's own tests share."""

from __future__ import annotations

VERSION_ID = 1387174


async def storage_url(fake_services, http, version_id: int = VERSION_ID) -> str:
    """The presigned storage URL the fake's download endpoint redirects to."""
    url = f"{fake_services.urls.civitai_api_base}/api/download/models/{version_id}"
    async with http.get(url, allow_redirects=False) as response:
        assert response.status == 307
        return response.headers["Location"]
