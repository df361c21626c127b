"""A request body read as strict JSON: what Python's json module lets through that the pack cannot handle.

`json.loads` accepts `NaN`/`Infinity` (not JSON; they come back out as invalid JSON), lone UTF-16 surrogates
such as `"\\ud800"` (a str no file name, URL or log line can be encoded from: a 500 later, far from the door),
and nests until the interpreter's recursion limit. Each is refused here with a sentence.
"""

from __future__ import annotations

import json
import re
from typing import TypeVar

from pydantic import BaseModel, ValidationError

Body = TypeVar("Body", bound=BaseModel)

# A `\\uD800`–`\\uDFFF` escape somewhere: only then is the decoded text checked for an unpaired one.
SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class BadJson(ValueError):
    """The body is not JSON the pack accepts; the message says why."""


def _no_constants(name: str) -> float:
    raise BadJson(f"the body holds {name}, which is not JSON")


def loads_strict(raw: bytes) -> object:
    try:
        data = json.loads(raw, parse_constant=_no_constants)
    except BadJson:
        raise
    except RecursionError:
        raise BadJson("the body is nested too deeply") from None
    except (ValueError, UnicodeDecodeError):
        raise BadJson("the body is not JSON") from None
    if SURROGATE_ESCAPE.search(raw):
        try:
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise BadJson("the body holds a lone UTF-16 surrogate (\\ud800–\\udfff), which is not text") from None
        except RecursionError:
            raise BadJson("the body is nested too deeply") from None
    return data


def describe_invalid(error: ValidationError) -> str:
    """The first few problems pydantic found, as one sentence a caller can act on."""
    problems = []
    for item in error.errors()[:5]:
        where = ".".join(str(part) for part in item["loc"]) or "body"
        problems.append(f"{where}: {item['msg']}")
    return "invalid request: " + "; ".join(problems)


def parse_body(raw: bytes, model: type[Body]) -> Body:
    """`raw` as strict JSON validated into `model`; BadJson with a sentence when it is not one."""
    data = loads_strict(raw)
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise BadJson(describe_invalid(error)) from None
    except RecursionError:
        raise BadJson("the body is nested too deeply") from None
