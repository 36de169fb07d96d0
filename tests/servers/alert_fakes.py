"""Loopback stand-ins for the services alert channels talk to: an SMTP server (aiosmtpd, real SMTP with STARTTLS
or TLS and AUTH), ntfy, the Telegram Bot API and a webhook receiver (aiohttp), and a freedesktop notification
service on a private D-Bus daemon. Each records exactly what it received, and can be told to fail (an HTTP status)
or hang for the next requests. All bind 127.0.0.1 only and stop themselves after ``lifetime_s``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import socket
import ssl
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]  # as sent (names case-insensitive: lookup through ``header``)
    body: bytes
    at: float  # time.monotonic() on arrival

    def header(self, name: str) -> str | None:
        for k, v in self.headers.items():
            if k.lower() == name.lower():
                return v
        return None


class HttpFake:
    """Records every request; ``faults`` holds what to do with the next ones: an HTTP status or "hang"."""

    def __init__(self, hang_s: float = 5.0, lifetime_s: float = 60.0) -> None:
        self.requests: list[Received] = []
        self.faults: list[int | str] = []
        self.hang_s = hang_s
        self.lifetime_s = lifetime_s
        self.base_url = ""

    async def start(self) -> HttpFake:
        self._released = asyncio.Event()
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}"
        self._deadline = asyncio.get_running_loop().call_later(
            self.lifetime_s, lambda: asyncio.ensure_future(self._runner.cleanup()))
        return self

    async def stop(self) -> None:
        self._deadline.cancel()
        self._released.set()
        await self._runner.cleanup()

    async def __aenter__(self) -> HttpFake:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        self.requests.append(Received(request.method, request.path_qs, dict(request.headers), body,
                                      time.monotonic()))
        fault = self.faults.pop(0) if self.faults else None
        if fault == "hang":  # until hang_s has passed or the fake stops, whichever comes first
            try:
                await asyncio.wait_for(self._released.wait(), self.hang_s)
            except TimeoutError:
                pass
            return web.Response(status=504)
        if isinstance(fault, int):
            return self.fault_response(fault)
        return await self.answer(request, body)

    def fault_response(self, status: int) -> web.StreamResponse:
        return web.json_response({"error": "injected fault"}, status=status)

    async def answer(self, request: web.Request, body: bytes) -> web.StreamResponse:
        return web.Response(status=204)


class NtfyFake(HttpFake):
    """``POST /<topic>``: answers like ntfy (the published message as JSON); with ``token`` set, a request without
    ``Authorization: Bearer <token>`` gets ntfy's 403."""

    def __init__(self, token: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.token = token

    def fault_response(self, status: int) -> web.StreamResponse:
        return web.json_response({"code": status * 100 + 1, "http": status, "error": "injected fault"}, status=status)

    async def answer(self, request: web.Request, body: bytes) -> web.StreamResponse:
        if self.token and request.headers.get("Authorization") != f"Bearer {self.token}":
            return web.json_response({"code": 40301, "http": 403, "error": "forbidden"}, status=403)
        topic = request.path.strip("/")
        return web.json_response({"id": "u7Qx0dZ2", "time": int(time.time()), "event": "message", "topic": topic,
                                  "title": request.headers.get("Title", ""), "message": body.decode("utf-8")})


class TelegramFake(HttpFake):
    """``POST /bot<token>/sendMessage``: the Bot API's answers for a good call, a wrong token (401), an unknown
    chat (400) and rate limiting (429 with ``parameters.retry_after``)."""

    def __init__(self, token: str, chats: set[int | str], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.token = token
        self.chats = chats
        self.sent: list[dict[str, Any]] = []

    def fault_response(self, status: int) -> web.StreamResponse:
        if status == 429:
            return web.json_response({"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 1",
                                      "parameters": {"retry_after": 1}}, status=429)
        return web.json_response({"ok": False, "error_code": status, "description": "Internal Server Error"},
                                 status=status)

    async def answer(self, request: web.Request, body: bytes) -> web.StreamResponse:
        import json

        if request.path != f"/bot{self.token}/sendMessage":
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        payload = json.loads(body)
        if payload.get("chat_id") not in self.chats:
            return web.json_response({"ok": False, "error_code": 400, "description": "Bad Request: chat not found"},
                                     status=400)
        self.sent.append(payload)
        return web.json_response({"ok": True, "result": {"message_id": len(self.sent), "date": int(time.time()),
                                                         "chat": {"id": payload["chat_id"], "type": "private"},
                                                         "text": payload["text"]}})


class WebhookFake(HttpFake):
    """Any POST: 204 No Content (the receiver checks nothing; the tests check what it got)."""


# --- SMTP ----------------------------------------------------------------------------------------------------
def make_certificates(directory: Path) -> tuple[Path, Path, Path]:
    """A throw-away CA and a server certificate it signed for 127.0.0.1 / localhost: (ca.pem, cert.pem, key.pem)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Undertow test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
          .not_valid_after(now + dt.timedelta(days=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    paths = directory / "ca.pem", directory / "cert.pem", directory / "key.pem"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return paths


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Mail:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes
    tls: bool  # the message came over an encrypted connection
    login: str | None  # the user that authenticated, if any


@dataclass
class SmtpSink:
    """A real SMTP server (aiosmtpd) on 127.0.0.1 in its own thread: ``mode`` "starttls" (STARTTLS required before
    AUTH and MAIL) or "tls" (TLS from the first byte); AUTH PLAIN/LOGIN with ``user``/``password``."""

    cert: Path
    key: Path
    mode: str = "starttls"
    user: str = "alerts@example.org"
    password: str = "SMTP-PASS-5e1f"
    messages: list[Mail] = field(default_factory=list)
    logins: list[tuple[str, bool]] = field(default_factory=list)  # (login, accepted)

    def start(self) -> SmtpSink:
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult, LoginPassword

        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        sink = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
                login = session.auth_data if session.authenticated else None  # what the authenticator returned
                sink.messages.append(Mail(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content
                                          or envelope.content, session.ssl is not None or sink.mode == "tls", login))
                return "250 Message accepted for delivery"

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == self.user
                  and auth_data.password.decode() == self.password)
            self.logins.append((auth_data.login.decode() if isinstance(auth_data, LoginPassword) else "?", ok))
            return AuthResult(success=ok, handled=False, auth_data=auth_data.login.decode() if ok else None)

        self.port = free_port()
        kwargs: dict[str, Any] = {"authenticator": authenticator, "auth_require_tls": True}
        if self.mode == "tls":
            # The whole connection is TLS; aiosmtpd only knows about STARTTLS, so it would hide AUTH otherwise.
            kwargs.update(ssl_context=context, auth_require_tls=False)
        else:
            kwargs.update(tls_context=context, require_starttls=True)
        self._controller = Controller(Handler(), hostname="127.0.0.1", port=self.port,
                                      server_hostname="mail.test", **kwargs)
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()


# --- D-Bus -----------------------------------------------------------------------------------------------------
class NotificationService:
    """A private ``dbus-daemon`` and, on it, a minimal ``org.freedesktop.Notifications`` that records every
    ``Notify`` call (app name, summary, body, hints) and answers with an id."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.address = ""
        self._stop = threading.Event()

    def start(self) -> NotificationService:
        self._daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
                                        stdout=subprocess.PIPE, text=True)
        assert self._daemon.stdout is not None
        self.address = self._daemon.stdout.readline().strip()
        ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, args=(ready,), daemon=True)
        self._thread.start()
        assert ready.wait(10), "the fake notification service did not start"
        return self

    def _serve(self, ready: threading.Event) -> None:
        from jeepney import HeaderFields, MessageType, new_method_return
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        with open_dbus_connection(bus=self.address) as conn:
            conn.send_and_get_reply(message_bus.RequestName("org.freedesktop.Notifications"))
            ready.set()
            while not self._stop.is_set():
                try:
                    msg = conn.receive(timeout=0.1)
                except TimeoutError:
                    continue
                if msg.header.message_type is not MessageType.method_call:
                    continue
                if msg.header.fields.get(HeaderFields.member) == "Notify":
                    self.calls.append(tuple(msg.body))
                    conn.send(new_method_return(msg, "u", (len(self.calls),)))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._daemon.terminate()
        self._daemon.wait(5)
