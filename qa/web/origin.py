"""Only this page may change the corpus: Host and Origin/Referer checks on every request.

A web page open in the user's browser can send a POST to ``127.0.0.1:7860`` (a form or
``fetch`` needs no permission to *send*); the browser then says where the request came
from in ``Origin`` (or at least ``Referer``). So every request that can change something
(any method but GET/HEAD/OPTIONS: uploads, removals, the API's writes, the chat's queue)
is refused unless that origin is the page's own. A request with neither header comes from
a program (curl, ``gradio_client``), not from a page, and is allowed.

The ``Host`` header must name this server (the host it was started on, ``--host``, plus
loopback names when it listens on loopback), which stops DNS-rebinding pages from
reaching it under a name of their own.
"""
from __future__ import annotations

import ipaddress
import json
import socket
from urllib.parse import urlsplit

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})
_WILDCARDS = frozenset({"0.0.0.0", "::", ""})


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def allowed_hosts(host: str, extra: tuple[str, ...] | list[str] = ()) -> frozenset[str]:
    """The host names this server answers to when started with ``--host host``.

    Loopback serves the loopback names; a wildcard (0.0.0.0, ::) serves the machine's
    name and addresses too; any other address or name serves itself. ``extra`` adds names
    (e.g. a reverse proxy's), from QA_ALLOWED_HOSTS.

    >>> sorted(allowed_hosts("127.0.0.1"))
    ['127.0.0.1', '::1', 'localhost']
    >>> sorted(allowed_hosts("192.168.1.5"))
    ['192.168.1.5']
    """
    host = (host or "").strip().strip("[]").lower()
    names = {h.strip().strip("[]").lower() for h in extra if h and h.strip()}
    if host in _WILDCARDS:
        names |= LOOPBACK_NAMES
        for name in {socket.gethostname(), socket.getfqdn()}:
            names.add(name.lower())
            try:
                names |= {info[4][0].lower() for info in socket.getaddrinfo(name, None)}
            except OSError:
                pass
    elif _is_loopback(host):
        names |= LOOPBACK_NAMES | {host}
    else:
        names.add(host)
    return frozenset(names)


def host_name(netloc: str) -> str:
    """The host of a ``Host`` header or URL netloc, without port or IPv6 brackets.

    >>> host_name("[::1]:7860"), host_name("LocalHost:80"), host_name("127.0.0.1")
    ('::1', 'localhost', '127.0.0.1')
    """
    netloc = (netloc or "").strip().lower()
    if netloc.startswith("["):
        return netloc[1:netloc.find("]")] if "]" in netloc else netloc[1:]
    return netloc.rsplit(":", 1)[0] if netloc.count(":") == 1 else netloc


def refusal(method: str, headers: dict[str, str], allowed: frozenset[str]) -> str | None:
    """Why a request must be refused, or None. ``headers`` are lower-case names.

    >>> ok = allowed_hosts("127.0.0.1")
    >>> refusal("POST", {"host": "127.0.0.1:7860", "origin": "http://127.0.0.1:7860"}, ok) is None
    True
    >>> refusal("POST", {"host": "127.0.0.1:7860", "origin": "http://evil.example"}, ok)
    'cross-origin request refused: Origin http://evil.example is not this page (http://127.0.0.1:7860)'
    >>> refusal("GET", {"host": "evil.example:7860"}, ok)
    'Host evil.example:7860 is not served here (allowed: 127.0.0.1, ::1, localhost); set QA_ALLOWED_HOSTS to add a name'
    """
    host = headers.get("host", "")
    if host_name(host) not in allowed:
        return (f"Host {host or '(none)'} is not served here (allowed: {', '.join(sorted(allowed))}); "
                "set QA_ALLOWED_HOSTS to add a name")
    if method.upper() in SAFE_METHODS:
        return None
    for header in ("origin", "referer"):
        value = headers.get(header)
        if not value:
            continue
        parts = urlsplit(value)
        if value == "null" or parts.netloc.lower() != host.lower() or parts.scheme not in ("http", "https"):
            shown = f"{parts.scheme}://{parts.netloc}" if parts.netloc else value
            return f"cross-origin request refused: {header.title()} {shown} is not this page (http://{host})"
        return None  # Origin is the stronger header: when present, Referer is not consulted
    return None


class OriginGuard:
    """ASGI middleware applying ``refusal`` to every HTTP request: 403 (400 for a bad Host),
    with a JSON ``{"error": ...}`` body."""

    def __init__(self, app, allowed: frozenset[str]):
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        method = scope.get("method", "GET") if scope["type"] == "http" else "GET"
        problem = refusal(method, headers, self.allowed)
        if problem is None:
            return await self.app(scope, receive, send)
        if scope["type"] == "websocket":
            return await send({"type": "websocket.close", "code": 1008})
        status = 400 if problem.startswith("Host ") else 403
        body = json.dumps({"error": problem}).encode("utf-8")
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
