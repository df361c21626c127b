"""Which `Host` names the pack's routes answer (DNS rebinding, DESIGN.md §5).

ComfyUI's origin check compares Origin with Host, but a rebinding page sends its own name in both: the name
now resolves to 127.0.0.1 and the browser treats ComfyUI as that page's own site. While ComfyUI listens only on
loopback, a real visitor names it by a loopback name, so any other Host is refused, unless the user listed
it in `CIVITAI_SIDEBAR_ALLOWED_HOSTS` (a name in /etc/hosts, say). Listening on a network address means the
user expects other names (LAN names, a proxy), and then the check is off.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

ALLOWED_HOSTS_VARIABLE = "CIVITAI_SIDEBAR_ALLOWED_HOSTS"


def _is_loopback_address(text: str) -> bool:
    if text == "localhost":
        return True
    try:
        return ipaddress.ip_address(text.strip("[]")).is_loopback
    except ValueError:
        return False


def host_name(header: str) -> str | None:
    """The name in a Host header (`name`, `name:port`, `[v6]:port`), lowercase; None when it is no host."""
    try:
        parts = urlsplit("//" + header.strip())
        parts.port  # noqa: B018 - raises ValueError on a port that is no number
    except ValueError:
        return None
    return parts.hostname or None


def is_loopback_name(name: str) -> bool:
    """localhost (and *.localhost, which browsers keep on this machine), 127.0.0.0/8 and ::1."""
    return name == "localhost" or name.endswith(".localhost") or _is_loopback_address(name)


@dataclass(frozen=True)
class HostGuard:
    listens_on_loopback_only: bool
    extra_hosts: frozenset[str] = frozenset()

    @classmethod
    def build(cls, listen_addresses: Iterable[str], extra_hosts: Iterable[str]) -> HostGuard:
        addresses = [a.strip() for a in listen_addresses if a.strip()]
        loopback_only = all(_is_loopback_address(a) for a in addresses)
        return cls(loopback_only, frozenset(h.strip().lower() for h in extra_hosts if h.strip()))

    def refusal(self, header: str | None) -> str | None:
        """Why a request naming this Host is refused, or None when it is served.

        A request without Host cannot come from a browser (every browser sends one), so it is served."""
        if not self.listens_on_loopback_only or header is None:
            return None
        name = host_name(header)
        if name is not None and (is_loopback_name(name) or name in self.extra_hosts):
            return None
        shown = (name or header)[:100]
        return (
            f"This ComfyUI listens only on this machine, but the request named it {shown!r}: refused, as a web "
            f"page that made its name point here would. Open ComfyUI as localhost or 127.0.0.1, or add the name "
            f"to {ALLOWED_HOSTS_VARIABLE} (comma-separated) in the environment that starts ComfyUI."
        )


def allowed_hosts_from(environ) -> list[str]:
    return environ.get(ALLOWED_HOSTS_VARIABLE, "").split(",")
