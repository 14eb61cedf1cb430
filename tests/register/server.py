"""A local stand-in for Enhetsregisteret's open API: a real HTTP server on 127.0.0.1 in a
thread, answering in the API's shapes (bodies as data.brreg.no writes them).

Tests give it answers per path (``answer``) or a queue of answers for one path (``queue``);
an unknown path answers 404 with an empty body, as the register does for an unknown number.
``requests`` lists every path asked, so a test sees what the client really sent.
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

BASE = "/enhetsregisteret/api"


@dataclass(frozen=True)
class Answer:
    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0


def json_answer(data: Any, status: int = 200, **kwargs: Any) -> Answer:
    return Answer(status, json.dumps(data, ensure_ascii=False).encode(),
                  (("Content-Type", "application/json"),), **kwargs)  # fmt: skip


def enhet(number: str, name: str, form: str = "AS", **extra: Any) -> dict[str, Any]:
    """An entity as /enheter/{orgnr} returns it (the fields we read and some around them)."""
    data: dict[str, Any] = {
        "organisasjonsnummer": number,
        "navn": name,
        "organisasjonsform": {"kode": form, "beskrivelse": "Aksjeselskap"},
        "registreringsdatoEnhetsregisteret": "2018-04-11",
        "registrertIMvaregisteret": True,
        "forretningsadresse": {"land": "Norge", "landkode": "NO", "postnummer": "5003",
                               "poststed": "BERGEN", "adresse": ["Eksempelgaten 3"]},
        "konkurs": False,
        "underAvvikling": False,
        "underTvangsavviklingEllerTvangsopplosning": False,
        "_links": {"self": {"href": f"https://data.brreg.no{BASE}/enheter/{number}"}},
    }  # fmt: skip
    data.update(extra)
    return data


def deleted_enhet(number: str, on: str = "2025-06-30") -> dict[str, Any]:
    """The slim body of a deleted entity: 200, with slettedato."""
    return {"organisasjonsnummer": number, "slettedato": on, "respons_klasse": "SlettetEnhet",
            "_links": {"self": {"href": f"https://data.brreg.no{BASE}/enheter/{number}"}}}  # fmt: skip


def underenhet(number: str, name: str, parent: str) -> dict[str, Any]:
    return {"organisasjonsnummer": number, "navn": name, "overordnetEnhet": parent,
            "organisasjonsform": {"kode": "BEDR", "beskrivelse": "Underenhet"}}  # fmt: skip


@dataclass
class FakeRegister:
    """The server's state: fixed answers, queued answers, and the paths asked."""

    fixed: dict[str, Answer] = field(default_factory=dict)
    queued: dict[str, deque[Answer]] = field(default_factory=lambda: defaultdict(deque))
    requests: list[str] = field(default_factory=list)
    down: bool = False  # every request answers 503
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{BASE}"

    def answer(self, path: str, answer: Answer) -> None:
        self.fixed[BASE + path] = answer

    def queue(self, path: str, *answers: Answer) -> None:
        self.queued[BASE + path].extend(answers)

    def entity(self, data: dict[str, Any]) -> None:
        self.answer(f"/enheter/{data['organisasjonsnummer']}", json_answer(data))

    def asked(self, path: str) -> int:
        return sum(1 for p in self.requests if p.split("?")[0] == BASE + path)

    def respond(self, path: str) -> Answer:
        self.requests.append(path)
        if self.down:
            return Answer(503, b"Service Unavailable")
        bare = path.split("?")[0]
        if self.queued.get(bare):
            return self.queued[bare].popleft()
        return self.fixed.get(path) or self.fixed.get(bare) or Answer(404)


def serve() -> Iterator[FakeRegister]:
    state = FakeRegister()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            answer = state.respond(self.path)
            if answer.delay:
                time.sleep(answer.delay)
            try:
                self.send_response(answer.status)
                for name, value in answer.headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
