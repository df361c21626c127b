"""The fake Civitai API host (what ``CIVITAI_API_BASE`` points at), reference §1-§7 and checklist §13.

``/api/v1/images``, ``/models``, ``/models/{id}``, ``/model-versions/{id}``, ``/model-versions/by-hash``
(GET and POST) and ``/model-versions/mini/{id}``: validation errors, paging, meta shapes, cache headers
and verbs as the reference describes. The download endpoint lives in ``civitai_download.py``; this module
wires both into the app.
"""

from __future__ import annotations

import asyncio
import copy
import re
from datetime import datetime
from http import HTTPStatus

from aiohttp import web

from . import civitai_schema as schema
from .catalog import CatalogVersion
from .civitai_auth import is_authenticated, is_browser
from .civitai_download import DOWNLOAD_CACHE, CivitaiDownloads
from .faults import FaultRule
from .gallery import GalleryImage
from .http_common import json_response, make_app, qs_stringify
from .state import FakeState

PUBLIC_CACHE = "public, s-maxage=300, stale-while-revalidate=150"
BY_HASH_CACHE = "public, s-maxage=3600, stale-while-revalidate=150"
CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": "*", "Access-Control-Allow-Methods": "GET"}
MAX_INT4 = 2147483647


def _origin(request: web.Request) -> str:
    return f"{request.scheme}://{request.host}"


def _next_page(request: web.Request, replace: str, value) -> str:
    params: list[tuple[str, str]] = []
    seen = set()
    for key, item in request.query.items():
        if key in seen:
            continue
        seen.add(key)
        params.append((key, str(value) if key == replace else item))
    if replace not in seen:
        params.append((replace, str(value)))
    return f"{_origin(request)}{request.path}?{qs_stringify(params)}"


def _parse_id(text: str, name: str = "id") -> tuple[int | None, str | None]:
    """``z.coerce.number().int().gt(0).lte(2147483647)``; returns (id, prettified error)."""
    issues: list[dict] = []
    value = schema.parse_number({name: text}, name, issues, maximum=MAX_INT4)
    if value is not None and value <= 0:
        issues.append(
            {
                "origin": "number",
                "code": "too_small",
                "minimum": 0,
                "inclusive": False,
                "path": [name],
                "message": "Too small: expected number to be >0",
            }
        )
    return (None, schema.pretty_zod(issues)) if issues else (int(value), None)


class CivitaiApi:
    def __init__(self, state: FakeState) -> None:
        self.state = state

    # --------------------------------------------------------------------------------------- helpers

    def authenticated(self, request: web.Request) -> bool:
        return is_authenticated(self.state, request)

    def mixed_cache(self, request: web.Request) -> dict[str, str]:
        """MixedAuthEndpoint: public cache headers only for anonymous requests."""
        return CORS if self.authenticated(request) else {**CORS, "Cache-Control": PUBLIC_CACHE}

    @staticmethod
    def public_cache(value: str = PUBLIC_CACHE) -> dict[str, str]:
        return {**CORS, "Cache-Control": value}

    async def ensure_hashes(self) -> None:
        """Hash every catalog file once (in a thread: a resized file may be large)."""
        if self.state.catalog.files_without_hashes():
            await asyncio.to_thread(self.state.catalog.compute_all_hashes)

    async def ensure_version_hashes(self, versions: list[CatalogVersion]) -> None:
        pending = [f for v in versions for f in v.files if not f.content.hashes_cached()]
        if pending:
            await asyncio.to_thread(lambda: [f.hashes() for f in pending])

    # ---------------------------------------------------------------------------------------- images

    async def images(self, request: web.Request) -> web.Response:
        query = request.query
        issues: list[dict] = []
        limit = schema.parse_number(query, "limit", issues, minimum=0, maximum=200)
        page = schema.parse_number(query, "page", issues)
        numbers = {
            name: schema.parse_number(query, name, issues)
            for name in ("postId", "modelId", "modelVersionId", "imageId", "userId")
        }
        ids = None
        if "ids" in query:
            parts = [part.strip() for part in query["ids"].split(",") if part.strip()]
            if not parts or not all(part.isdigit() and int(part) > 0 for part in parts):
                issues.append({"code": "custom", "path": ["ids"], "message": "Invalid input"})
            else:
                ids = {int(part) for part in parts}
        schema.parse_enum(query, "period", schema.PERIODS, issues)
        sort = schema.parse_enum(query, "sort", schema.IMAGE_SORTS, issues) or "Most Reactions"
        media_type = schema.parse_enum(query, "type", schema.MEDIA_TYPES, issues)
        browsing_level = schema.parse_number(query, "browsingLevel", issues, integer=False)
        if issues:
            return json_response({"error": schema.zod_error(issues)}, 400, self.public_cache())
        limit = 100 if limit is None else limit
        cursor = query.get("cursor")
        using_paging = bool(page) and not cursor
        if using_paging and page * limit > 1000:
            return json_response({"error": schema.PAGE_CAP_MESSAGE}, 429, self.public_cache())

        nsfw = query.get("nsfw")
        nsfw_mask = schema.NSFW_LEVELS.get(nsfw) if nsfw in schema.NSFW_LEVELS else None
        if nsfw_mask is None and schema.boolean_string(nsfw):
            nsfw_mask = schema.NSFW_TRUE_MASK
        mask = int(browsing_level) if browsing_level is not None else nsfw_mask or schema.PUBLIC_MASK
        legacy = (
            bool(numbers["imageId"]) or ids is not None or (bool(numbers["modelId"]) and not numbers["modelVersionId"])
        )
        with_meta = bool(schema.boolean_string(query.get("withMeta")))
        flat_meta = schema.boolean_string(query.get("flatMeta"))
        with_tags = bool(schema.boolean_string(query.get("withTags")))
        requiring_meta = bool(schema.boolean_string(query.get("requiringMeta")))
        base_models = set(query["baseModels"].split(",")) if query.get("baseModels") else None

        def wanted(image: GalleryImage) -> bool:
            item = image.item
            if not item["browsingLevel"] & mask:
                return False
            if numbers["imageId"] and image.id != numbers["imageId"]:
                return False
            if ids is not None and image.id not in ids:
                return False
            if numbers["postId"] and item.get("postId") != numbers["postId"]:
                return False
            referenced = image.referenced_version_ids()
            if numbers["modelVersionId"] and numbers["modelVersionId"] not in referenced:
                return False
            if numbers["modelId"] and not numbers["modelVersionId"]:
                model = self.state.catalog.models.get(numbers["modelId"])
                if model is None or not referenced & set(model.version_ids):
                    return False
            if query.get("username") and str(item.get("username", "")).lower() != query["username"].lower():
                return False
            if media_type and item.get("type") != media_type:
                return False
            if base_models and item.get("baseModel") not in base_models:
                return False
            return not (requiring_meta and not image.meta)

        matches = sorted((image for image in self.state.gallery.all() if wanted(image)), key=lambda i: -i.id)
        matches = _sort_images(matches, sort)
        if cursor:
            offset = _decode_image_cursor(cursor, matches)
            if offset is None:
                return json_response({"message": f"Invalid cursor: {cursor}"}, 400, self.public_cache())
        elif using_paging:
            offset = (page - 1) * limit
        else:
            offset = 0
        window = matches[offset : offset + limit]
        next_cursor = None
        if offset + limit < len(matches) and limit > 0:
            next_cursor = str(offset + limit) if legacy else _feed_cursor(window[-1])

        items = []
        for image in window:
            item = copy.deepcopy(image.item)
            if not with_meta:
                item["meta"] = None
            else:
                use_flat = flat_meta if flat_meta is not None else not legacy
                meta = copy.deepcopy(image.meta)
                item["meta"] = meta if use_flat else {"id": image.id, "meta": meta}
            if with_tags:
                item["tags"] = []
            items.append(item)
        metadata: dict = {}
        if next_cursor is not None:
            metadata["nextCursor"] = next_cursor
        if using_paging:
            metadata["currentPage"] = page
            metadata["pageSize"] = limit
        if next_cursor is not None:
            metadata["nextPage"] = (
                _next_page(request, "page", page + 1) if using_paging else _next_page(request, "cursor", next_cursor)
            )
        return json_response({"items": items, "metadata": metadata}, 200, self.public_cache())

    # ---------------------------------------------------------------------------------------- models

    async def models(self, request: web.Request) -> web.Response:
        query = request.query
        headers = self.mixed_cache(request)
        authed = self.authenticated(request)
        if any(key in ("favorites", "hidden") for key in query) and not authed:
            return json_response({"error": "Unauthorized"}, 401, headers)
        issues: list[dict] = []
        limit = schema.parse_number(query, "limit", issues, minimum=0, maximum=100)
        page = schema.parse_number(query, "page", issues, minimum=1)
        types = query.getall("types", [])
        for value in types:
            if value not in schema.MODEL_TYPES:
                issues.append(schema.invalid_option("types", schema.MODEL_TYPES))
                break
        sort = schema.parse_enum(query, "sort", schema.MODEL_SORTS, issues) or "Highest Rated"
        schema.parse_enum(query, "period", schema.PERIODS, issues)
        schema.parse_enum(query, "checkpointType", schema.CHECKPOINT_TYPES, issues)
        ids = None
        if query.get("ids"):
            parts = [part.strip() for part in query["ids"].split(",")]
            if not all(part.isdigit() for part in parts):
                issues.append({"code": "custom", "path": ["ids"], "message": "Invalid input"})
            else:
                ids = {int(part) for part in parts}
        if issues:
            return json_response({"error": schema.zod_error(issues)}, 400, headers)
        limit = 100 if limit is None else limit
        cursor = query.get("cursor")
        search = query.get("query")
        using_paging = bool(page) and not cursor
        if using_paging and page * limit > 1000:
            return json_response({"error": schema.PAGE_CAP_MESSAGE}, 429, headers)
        if search and page:
            return json_response({"error": schema.QUERY_WITH_PAGE_MESSAGE}, 400, headers)

        catalog = self.state.catalog
        nsfw = bool(schema.boolean_string(query.get("nsfw")))
        base_models = set(query.getall("baseModels", []))
        tokens = (search or "").lower().split()
        results = []
        for model in list(catalog.models.values()):
            versions = catalog.visible_versions(model)
            data = model.data
            if not versions or schema.boolean_string(query.get("favorites")):
                continue
            if schema.boolean_string(query.get("hidden")):
                continue
            if types and data["type"] not in types:
                continue
            if data.get("nsfw") and not nsfw:
                continue
            if ids is not None and model.id not in ids:
                continue
            if base_models and not any(v.detail.get("baseModel") in base_models for v in versions):
                continue
            tags = [_tag_name(tag) for tag in data.get("tags") or []]
            if query.get("tag") and query["tag"].lower() not in [tag.lower() for tag in tags]:
                continue
            creator = (data.get("creator") or {}).get("username") or ""
            if query.get("username") and creator.lower() != query["username"].lower():
                continue
            if tokens:
                haystack = " ".join(
                    [
                        data["name"],
                        *tags,
                        *(v.detail.get("name") or "" for v in versions),
                        *(f.name for v in versions for f in v.files),
                    ]
                ).lower()
                if not all(token in haystack for token in tokens):
                    continue
            results.append(model)
        results = _sort_models(results, sort, catalog)
        if cursor:
            try:
                offset = int(cursor.rsplit("|", 1)[-1])
            except ValueError:
                return json_response({"error": f"Invalid cursor: {cursor}"}, 400, headers)
        elif using_paging:
            offset = (page - 1) * limit
        else:
            offset = 0
        window = results[offset : offset + limit]
        next_cursor = None
        if offset + limit < len(results) and limit > 0:
            next_offset = offset + limit
            next_cursor = str(next_offset) if search else f"{results[next_offset].id}|{next_offset}"
        await self.ensure_version_hashes([v for m in window for v in catalog.visible_versions(m)])
        base = _origin(request)
        primary_only = bool(schema.boolean_string(query.get("primaryFileOnly")))
        items = [catalog.render_model(model, base, primary_file_only=primary_only) for model in window]
        metadata: dict = {}
        if next_cursor is not None:
            metadata["nextCursor"] = next_cursor
            metadata["nextPage"] = (
                _next_page(request, "page", page + 1) if using_paging else _next_page(request, "cursor", next_cursor)
            )
        if using_paging:
            metadata["currentPage"] = page
            metadata["pageSize"] = limit
        return json_response({"items": items, "metadata": metadata}, 200, headers)

    async def model(self, request: web.Request) -> web.Response:
        headers = self.public_cache()
        model_id, error = _parse_id(request.match_info["model_id"])
        if error:
            return json_response({"error": error}, 400, headers)
        catalog = self.state.catalog
        model = catalog.models.get(model_id)
        if model is None or not catalog.visible_versions(model):
            return json_response({"error": f"No model with id {model_id}"}, 404, headers)
        await self.ensure_version_hashes(catalog.visible_versions(model))
        return json_response(catalog.render_model(model, _origin(request)), 200, headers)

    # -------------------------------------------------------------------------------- model versions

    async def model_version(self, request: web.Request) -> web.Response:
        headers = self.mixed_cache(request)
        version_id, error = _parse_id(request.match_info["version_id"])
        if error:
            return json_response({"error": error}, 400, headers)
        version = self.state.catalog.published_version(version_id)
        if version is None:
            return json_response({"error": "Model not found"}, 404, headers)
        await self.ensure_version_hashes([version])
        return json_response(self.state.catalog.render_version(version, _origin(request)), 200, headers)

    async def model_version_mini(self, request: web.Request) -> web.Response:
        headers = self.mixed_cache(request)
        version_id, error = _parse_id(request.match_info["version_id"])
        if error:
            return json_response({"error": error}, 400, headers)
        version = self.state.catalog.published_version(version_id)
        if version is None:
            return json_response({"error": "Model not found"}, 404, headers)
        await self.ensure_version_hashes([version])
        return json_response(self.state.catalog.render_mini(version, _origin(request)), 200, headers)

    async def by_hash(self, request: web.Request) -> web.Response:
        headers = self.public_cache(BY_HASH_CACHE)
        await self.ensure_hashes()
        version = self.state.catalog.find_by_hash(request.match_info["hash"])
        if version is None:
            return json_response({"error": "Model not found"}, 404, headers)
        return json_response(self.state.catalog.render_version(version, _origin(request)), 200, headers)

    async def _hash_list(self, request: web.Request, maximum: int) -> list[str] | web.Response:
        try:
            body = await request.json()
        except ValueError:
            body = None
        valid = (
            isinstance(body, list)
            and len(body) <= maximum
            and all(isinstance(h, str) and re.fullmatch(r"[0-9A-Fa-f]{64}", h) for h in body)
        )
        if not valid:
            return json_response({"error": f"Body must be an array of at most {maximum} SHA256 hashes"}, 400)
        await self.ensure_hashes()
        return body

    async def by_hash_bulk(self, request: web.Request) -> web.Response:
        hashes = await self._hash_list(request, 100)
        if isinstance(hashes, web.Response):
            return hashes
        versions: dict[int, CatalogVersion] = {}
        for value in hashes:
            version = self.state.catalog.find_by_hash(value)
            if version is not None:
                versions.setdefault(version.id, version)
        base = _origin(request)
        return json_response([self.state.catalog.render_version(v, base) for v in versions.values()])

    async def by_hash_ids(self, request: web.Request) -> web.Response:
        hashes = await self._hash_list(request, 10000)
        if isinstance(hashes, web.Response):
            return hashes
        found = []
        for value in hashes:
            version = self.state.catalog.find_by_hash(value)
            if version is not None:
                found.append({"modelVersionId": version.id, "hash": value.upper()})
        return json_response(found)


def _tag_name(tag) -> str:
    """Tags are strings in current answers and ``{"name": ...}`` objects in 2022/23 ones."""
    return str(tag.get("name", "")) if isinstance(tag, dict) else str(tag)


def _feed_cursor(image: GalleryImage) -> str:
    created = image.item.get("createdAt") or "2024-01-01T00:00:00.000Z"
    millis = int(datetime.fromisoformat(created.replace("Z", "+00:00")).timestamp() * 1000)
    return f"feed:{millis}:{image.id}"


def _decode_image_cursor(cursor: str, matches: list[GalleryImage]) -> int | None:
    if cursor.startswith("feed:"):
        parts = cursor.split(":")
        if len(parts) != 3 or not parts[2].isdigit():
            return None
        position = next((i for i, image in enumerate(matches) if image.id == int(parts[2])), None)
        return None if position is None else position + 1
    head = cursor.split("|", 1)[0]
    return int(head) if head.isdigit() else None


def _sort_images(images: list[GalleryImage], sort: str) -> list[GalleryImage]:
    def stat(image: GalleryImage, *names: str) -> int:
        stats = image.item.get("stats") or {}
        return sum(int(stats.get(name) or 0) for name in names)

    if sort == "Newest":
        return sorted(images, key=lambda i: (i.item.get("createdAt") or "", i.id), reverse=True)
    if sort == "Oldest":
        return sorted(images, key=lambda i: (i.item.get("createdAt") or "", i.id))
    if sort == "Most Reactions":
        return sorted(images, key=lambda i: (-stat(i, "likeCount", "heartCount", "laughCount", "cryCount"), -i.id))
    if sort == "Most Comments":
        return sorted(images, key=lambda i: (-stat(i, "commentCount"), -i.id))
    return images


def _sort_models(models: list, sort: str, catalog) -> list:
    def stat(model, name: str) -> int:
        return int((model.data.get("stats") or {}).get(name) or 0)

    def newest(model) -> str:
        return max((v.sort_key[0] for v in catalog.visible_versions(model)), default="")

    if sort == "Newest":
        return sorted(models, key=lambda m: (newest(m), m.id), reverse=True)
    if sort == "Oldest":
        return sorted(models, key=lambda m: (newest(m), m.id))
    if sort == "Most Downloaded":
        return sorted(models, key=lambda m: (-stat(m, "downloadCount"), -m.id))
    if sort == "Most Discussed":
        return sorted(models, key=lambda m: (-stat(m, "commentCount"), -m.id))
    return sorted(models, key=lambda m: (-stat(m, "thumbsUpCount"), -stat(m, "downloadCount"), -m.id))


def status_fault_response(request: web.Request, rule: FaultRule) -> web.Response:
    """What an injected 429/5xx looks like on this host (download limiter, image-search overload...)."""
    status = rule.status or 500
    reason = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
    headers: dict[str, str] = {}
    if request.path.startswith("/api/download/"):
        headers["Cache-Control"] = DOWNLOAD_CACHE
        message = schema.DOWNLOAD_LIMITER_MESSAGE if status == 429 else reason
        if is_browser(request):
            return web.Response(status=status, text=message, headers=headers, content_type="text/plain")
        return json_response({"error": message}, status, headers)
    if status == 503:
        headers.update({"Cache-Control": "no-store", "Retry-After": "2"})
        if request.path.startswith("/api/v1/images"):
            return json_response({"error": schema.IMAGES_OVERLOADED_MESSAGE}, status, headers)
    return json_response({"error": reason}, status, headers)


async def method_not_allowed(request: web.Request) -> web.Response:
    """MixedAuthEndpoint answers any verb but its own with this JSON."""
    return json_response({"error": "Method not allowed"}, 405)


async def preflight(request: web.Request) -> web.Response:
    return web.Response(status=200, headers=CORS)


def create_civitai_app(state: FakeState) -> web.Application:
    api = CivitaiApi(state)
    app = make_app("civitai", state, status_fault_response)
    downloads = CivitaiDownloads(state)
    app["api"] = api
    # PublicEndpoint does not check the verb (HEAD runs the GET handler); MixedAuthEndpoint answers 405.
    public = {
        "/api/v1/images": api.images,
        "/api/v1/models/{model_id}": api.model,
        "/api/v1/model-versions/by-hash/{hash}": api.by_hash,
        "/api/download/models/{version_id}": downloads.download,
    }
    mixed = {
        "/api/v1/models": api.models,
        "/api/v1/model-versions/mini/{version_id}": api.model_version_mini,
        "/api/v1/model-versions/{version_id}": api.model_version,
    }
    app.router.add_post("/api/v1/model-versions/by-hash", api.by_hash_bulk)
    app.router.add_post("/api/v1/model-versions/by-hash/ids", api.by_hash_ids)
    for path, handler in public.items():
        app.router.add_get(path, handler)
        app.router.add_route("OPTIONS", path, preflight)
    for path, handler in mixed.items():
        app.router.add_get(path, handler, allow_head=False)
        app.router.add_route("OPTIONS", path, preflight)
        app.router.add_route("*", path, method_not_allowed)
    app.router.add_get("/login", downloads.login_page)
    app.router.add_get("/model-versions/{version_id}", downloads.version_page)
    return app
