"""The channels that reach the user away from the screen: e-mail (SMTP), ntfy, a Telegram bot and a webhook.

Each talks straight to the user's own server (no server of ours in between) and raises ``ChannelError`` with a
reason a person can act on and never a secret; its ``category`` tells the dispatcher whether another try may
help. HTTP goes through httpx (async); e-mail through the standard library's ``smtplib`` in a worker thread
(its socket timeout ends the thread even when the dispatcher has given up waiting).

The desktop notification lives in the desktop package (``desktop.notify``), which registers its factory here
with ``register_factory("desktop", ...)``: this module never imports it.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import re
import smtplib
import ssl
from collections.abc import Callable, Mapping
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any
from urllib.parse import urlsplit

import httpx

from core import __version__
from core.alerts import Alert, Channel, ChannelError
from core.alerts.config import ChannelConfig
from core.messages import QT_TRANSLATE_NOOP, Message, Number, joined, message

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 15.0
#: A server asking us to wait longer than this gets no retry now (the next alert will try again).
MAX_RETRY_AFTER_S = 60.0
USER_AGENT = f"Undertow/{__version__}"
SIGNATURE_HEADER = "X-Undertow-Signature"
TELEGRAM_MAX_CHARS = 4096
NTFY_PRIORITY = {"info": "3", "warning": "4", "critical": "5"}  # ntfy: 3 default, 4 high, 5 max/urgent
NTFY_TAG = {"info": "information_source", "warning": "warning", "critical": "rotating_light"}


def message_text(alert: Alert, amounts: bool) -> str:
    """The body to send: with amounts only when the user allowed them and the alert has such a body."""
    return alert.body_with_amounts if amounts and alert.body_with_amounts else alert.body


def _redact(text: str, secrets: tuple[str, ...]) -> str:
    for value in secrets:
        if value:
            text = text.replace(value, "•••")
    return text


def _retry_after(raw: Any) -> float | None:
    try:
        value = float(raw)
    except (TypeError, ValueError):
        return None
    return value if value >= 0 else None


#: The services, as the errors name them.
NTFY_SERVER = message(QT_TRANSLATE_NOOP("Core", "the ntfy server"))
TELEGRAM = "Telegram"
THE_WEBHOOK = message(QT_TRANSLATE_NOOP("Core", "the webhook"))


def _status_error(service: str, status: int, detail: str = "", retry_after: float | None = None) -> ChannelError:
    """The error of a non-2xx answer: 429 and 5xx may pass on retry, every other 4xx will not. ``detail`` is the
    server's own words (shown as they are, after the sentence)."""
    def said(text: Message) -> Message:
        return joined([text, detail], ": ")

    if status == 429:
        if retry_after is not None and retry_after > MAX_RETRY_AFTER_S:
            return ChannelError(message(QT_TRANSLATE_NOOP("Core", "{service} is limiting requests (HTTP 429); it "
                                                                  "asks to wait {minutes} min"),
                                        service=service, minutes=round(retry_after / 60)), "rejected")
        return ChannelError(said(message(QT_TRANSLATE_NOOP("Core", "{service} is limiting requests (HTTP 429)"),
                                         service=service)), "rate_limited", retry_after)
    if status >= 500:
        return ChannelError(said(message(QT_TRANSLATE_NOOP("Core", "{service} failed (HTTP {status})"),
                                         service=service, status=status)), "venue_down", retry_after)
    if status in (401, 403):
        return ChannelError(said(message(QT_TRANSLATE_NOOP("Core", "{service} refused the credentials (HTTP "
                                                                   "{status})"), service=service, status=status)),
                            "rejected")
    if status == 404:
        return ChannelError(said(message(QT_TRANSLATE_NOOP("Core", "{service} answered 'not found' (HTTP 404): check "
                                                                   "the address"), service=service)), "rejected")
    return ChannelError(said(message(QT_TRANSLATE_NOOP("Core", "{service} rejected the message (HTTP {status})"),
                                     service=service, status=status)), "rejected")


async def _post(service: str, url: str, timeout_s: float, **kwargs: Any) -> httpx.Response:
    """One POST; transport failures become a ``ChannelError`` naming only the host (a URL may hold a token)."""
    host = urlsplit(url).hostname or "?"
    headers = {"User-Agent": USER_AGENT, **kwargs.pop("headers", {})}
    try:
        async with httpx.AsyncClient(timeout=timeout_s, follow_redirects=False) as client:
            return await client.post(url, headers=headers, **kwargs)
    except httpx.TimeoutException:
        raise ChannelError(message(QT_TRANSLATE_NOOP("Core", "{service} at {host} did not answer within {seconds} s"),
                                   service=service, host=host, seconds=Number(timeout_s)), "timeout") from None
    except httpx.TransportError as exc:
        raise ChannelError(message(QT_TRANSLATE_NOOP("Core", "could not reach {service} at {host} ({error})"),
                                   service=service, host=host, error=type(exc).__name__), "network") from None
    except httpx.HTTPError as exc:
        raise ChannelError(message(QT_TRANSLATE_NOOP("Core", "{service}: request failed ({error})"),
                                   service=service, error=type(exc).__name__), "other") from None


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        value = response.json()
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _header_text(text: str) -> str:
    """One line for an HTTP header: ASCII as is, anything else RFC 2047-encoded (which ntfy decodes)."""
    line = " ".join(text.split())
    return line if line.isascii() else Header(line, "utf-8").encode()


# --- ntfy --------------------------------------------------------------------------------------------------
class NtfyChannel:
    """``POST {server}/{topic}`` with the body as the message and Title/Priority/Tags headers (docs.ntfy.sh);
    an access token goes in ``Authorization: Bearer``."""

    def __init__(self, name: str, server: str, topic: str, token: str = "",
                 timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        self.name = name
        self.url = f"{server.rstrip('/')}/{topic}"
        self._token = token
        self.timeout_s = timeout_s

    def headers(self, alert: Alert) -> dict[str, str]:
        headers = {"Title": _header_text(alert.title), "Priority": NTFY_PRIORITY.get(alert.severity, "3"),
                   "Tags": f"{NTFY_TAG.get(alert.severity, 'bell')},{alert.kind}",
                   "Content-Type": "text/plain; charset=utf-8"}
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        return headers

    async def send(self, alert: Alert, *, amounts: bool) -> None:
        response = await _post(NTFY_SERVER, self.url, self.timeout_s, headers=self.headers(alert),
                               content=message_text(alert, amounts).encode("utf-8"))
        if not response.is_success:
            detail = str(_json(response).get("error") or "")
            raise _redact_error(_status_error(NTFY_SERVER, response.status_code, detail,
                                              _retry_after(response.headers.get("Retry-After"))), (self._token,))


# --- Telegram ----------------------------------------------------------------------------------------------
class _RedactBotToken(logging.Filter):
    """httpx logs every request URL at INFO; a Bot API URL carries the bot token in its path."""

    PATTERN = re.compile(r"/bot[^/\s\"']+/")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "/bot" in message:
            record.msg, record.args = self.PATTERN.sub("/bot<redacted>/", message), None
        return True


_token_filter = _RedactBotToken()
logging.getLogger("httpx").addFilter(_token_filter)


class TelegramChannel:
    """Bot API ``sendMessage`` with ``chat_id`` and plain text (no parse mode: nothing to escape)."""

    def __init__(self, name: str, bot_token: str, chat_id: str, api_base: str = "https://api.telegram.org",
                 timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        self.name = name
        self._token = bot_token
        self.chat_id = chat_id
        self.api_base = api_base.rstrip("/")
        self.timeout_s = timeout_s

    def payload(self, alert: Alert, amounts: bool) -> dict[str, Any]:
        text = f"{alert.title}\n\n{message_text(alert, amounts)}"
        if len(text) > TELEGRAM_MAX_CHARS:
            text = text[:TELEGRAM_MAX_CHARS - 1] + "…"
        chat: int | str = int(self.chat_id) if re.fullmatch(r"-?\d+", self.chat_id) else self.chat_id
        return {"chat_id": chat, "text": text, "disable_web_page_preview": True}

    async def send(self, alert: Alert, *, amounts: bool) -> None:
        url = f"{self.api_base}/bot{self._token}/sendMessage"
        response = await _post(TELEGRAM, url, self.timeout_s, json=self.payload(alert, amounts))
        body = _json(response)
        if response.is_success and body.get("ok", True):
            return
        detail = str(body.get("description") or "")
        hint = (body.get("parameters") or {}).get("retry_after") if isinstance(body.get("parameters"), dict) else None
        status = response.status_code if not response.is_success else int(body.get("error_code") or 400)
        if status == 401:
            error = ChannelError(message(QT_TRANSLATE_NOOP("Core", "Telegram refused the bot token (Unauthorized): "
                                                                   "check it with @BotFather")), "rejected")
        else:
            error = _status_error(TELEGRAM, status, detail,
                                  _retry_after(hint if hint is not None else response.headers.get("Retry-After")))
        raise _redact_error(error, (self._token,))


# --- webhook -----------------------------------------------------------------------------------------------
def webhook_body(alert: Alert, amounts: bool) -> bytes:
    """The exact bytes POSTed (and signed): compact JSON, keys sorted."""
    payload = {"source": "undertow", "key": alert.key, "kind": alert.kind, "severity": alert.severity,
               "title": alert.title, "body": message_text(alert, amounts), "at": alert.at.isoformat(),
               "amounts": bool(amounts and alert.body_with_amounts)}
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def signature(secret: str, body: bytes) -> str:
    """``sha256=<hex HMAC-SHA256 of the body keyed with the secret>`` (the X-Undertow-Signature header)."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


class WebhookChannel:
    """A JSON POST to the user's URL; with a secret, ``X-Undertow-Signature: sha256=<HMAC of the body>``."""

    def __init__(self, name: str, url: str, hmac_secret: str = "", timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        self.name = name
        self.url = url
        self._secret = hmac_secret
        self.timeout_s = timeout_s

    async def send(self, alert: Alert, *, amounts: bool) -> None:
        body = webhook_body(alert, amounts)
        headers = {"Content-Type": "application/json", "X-Undertow-Event": alert.kind}
        if self._secret:
            headers[SIGNATURE_HEADER] = signature(self._secret, body)
        response = await _post(THE_WEBHOOK, self.url, self.timeout_s, headers=headers, content=body)
        if not response.is_success:
            raise _redact_error(_status_error(THE_WEBHOOK, response.status_code, "",
                                              _retry_after(response.headers.get("Retry-After"))), (self._secret,))


# --- e-mail ------------------------------------------------------------------------------------------------
class EmailChannel:
    """SMTP with STARTTLS (port 587) or TLS from the first byte (465); never unencrypted. The certificate is
    checked against the system's CAs (plus ``ca_file`` for a self-hosted server)."""

    def __init__(self, name: str, host: str, port: int, security: str, from_addr: str, to_addrs: list[str],
                 username: str = "", password: str = "", ca_file: str = "",
                 timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        self.name = name
        self.host, self.port, self.security = host, port, security
        self.from_addr, self.to_addrs = from_addr, to_addrs
        self.username, self._password = username, password
        self.ca_file = ca_file
        self.timeout_s = timeout_s

    def message(self, alert: Alert, amounts: bool) -> EmailMessage:
        msg = EmailMessage()
        msg["Subject"] = f"[Undertow] {alert.title}"
        msg["From"] = self.from_addr
        msg["To"] = ", ".join(self.to_addrs)
        msg["Date"] = format_datetime(alert.at)
        msg["Message-ID"] = make_msgid("undertow", domain=self.from_addr.rpartition("@")[2] or None)
        msg["Auto-Submitted"] = "auto-generated"
        msg["X-Undertow-Alert"] = f"{alert.kind}; severity={alert.severity}"
        msg.set_content(f"{message_text(alert, amounts)}\n\n-- \nSent by Undertow from your own computer "
                        "(Settings › Alert channels).\n")
        return msg

    def _context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        if self.ca_file:
            try:
                context.load_verify_locations(cafile=self.ca_file)
            except (OSError, ssl.SSLError) as exc:
                raise ChannelError(message(QT_TRANSLATE_NOOP("Core", "the CA certificate file cannot be read "
                                                                     "({error})"), error=type(exc).__name__),
                                   "config") from None
        return context

    def _deliver(self, msg: EmailMessage) -> None:
        where = f"{self.host}:{self.port}"
        try:
            context = self._context()
            smtp: smtplib.SMTP
            if self.security == "tls":
                smtp = smtplib.SMTP_SSL(self.host, self.port, local_hostname="localhost", timeout=self.timeout_s,
                                        context=context)
            else:
                smtp = smtplib.SMTP(self.host, self.port, local_hostname="localhost", timeout=self.timeout_s)
            with smtp:
                if self.security != "tls":
                    smtp.ehlo()
                    if not smtp.has_extn("starttls"):
                        raise ChannelError(message(QT_TRANSLATE_NOOP("Core", "the mail server {server} does not "
                                                                             "offer STARTTLS; Undertow does not send "
                                                                             "mail unencrypted (try security 'tls' on "
                                                                             "port 465)"), server=where), "rejected")
                    smtp.starttls(context=context)
                    smtp.ehlo()
                if self.username:
                    smtp.login(self.username, self._password)
                smtp.send_message(msg, from_addr=self.from_addr, to_addrs=self.to_addrs)
        except ChannelError:
            raise
        except smtplib.SMTPAuthenticationError:
            raise ChannelError(message(QT_TRANSLATE_NOOP("Core", "the mail server {server} refused the user name or "
                                                                 "password"), server=where), "rejected") from None
        except smtplib.SMTPNotSupportedError:
            raise ChannelError(message(QT_TRANSLATE_NOOP("Core", "the mail server {server} does not support login "
                                                                 "over this connection"), server=where),
                               "rejected") from None
        except smtplib.SMTPRecipientsRefused:
            raise ChannelError(message(QT_TRANSLATE_NOOP("Core", "the mail server {server} refused the recipient "
                                                                 "address"), server=where), "rejected") from None
        except smtplib.SMTPSenderRefused as exc:
            raise ChannelError(message(QT_TRANSLATE_NOOP("Core", "the mail server {server} refused the sender address "
                                                                 "(code {code})"), server=where, code=exc.smtp_code),
                               "venue_down" if 400 <= exc.smtp_code < 500 else "rejected") from None
        except smtplib.SMTPResponseException as exc:
            transient = 400 <= exc.smtp_code < 500
            text = message(QT_TRANSLATE_NOOP("Core", "the mail server {server} temporarily refused the message (code "
                                                     "{code})"), server=where, code=exc.smtp_code) if transient else \
                message(QT_TRANSLATE_NOOP("Core", "the mail server {server} refused the message (code {code})"),
                        server=where, code=exc.smtp_code)
            raise ChannelError(text, "venue_down" if transient else "rejected") from None
        except (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError) as exc:
            raise ChannelError(message(QT_TRANSLATE_NOOP("Core", "the mail server {server} closed the connection "
                                                                 "({error})"), server=where, error=type(exc).__name__),
                               "network") from None
        except smtplib.SMTPException as exc:
            raise ChannelError(message(QT_TRANSLATE_NOOP("Core", "the mail server {server} failed ({error})"),
                                       server=where, error=type(exc).__name__), "other") from None
        except ssl.SSLCertVerificationError as exc:
            raise ChannelError(message(QT_TRANSLATE_NOOP("Core", "the certificate of the mail server {server} could "
                                                                 "not be verified ({reason})"),
                                       server=where, reason=str(exc.verify_message)), "rejected") from None
        except ssl.SSLError as exc:
            raise ChannelError(message(QT_TRANSLATE_NOOP("Core", "TLS with the mail server {server} failed ({reason}): "
                                                                 "check the port and the security (465: tls, 587: "
                                                                 "starttls)"), server=where, reason=str(exc.reason)),
                               "rejected") from None
        except TimeoutError:
            raise ChannelError(message(QT_TRANSLATE_NOOP("Core", "the mail server {server} did not answer within "
                                                                 "{seconds} s"),
                                       server=where, seconds=Number(self.timeout_s)), "timeout") from None
        except OSError as exc:
            raise ChannelError(message(QT_TRANSLATE_NOOP("Core", "could not connect to the mail server {server} "
                                                                 "({error})"), server=where, error=type(exc).__name__),
                               "network") from None

    async def send(self, alert: Alert, *, amounts: bool) -> None:
        msg = self.message(alert, amounts)
        try:
            await asyncio.to_thread(self._deliver, msg)
        except ChannelError as exc:
            raise _redact_error(exc, (self._password,)) from None


# --- building channels from their configuration --------------------------------------------------------------
ChannelFactory = Callable[[ChannelConfig, Mapping[str, str]], Channel]
_FACTORIES: dict[str, ChannelFactory] = {}
_generation = 0


def register_factory(kind: str, factory: ChannelFactory) -> None:
    """Let a front end supply a kind core cannot build itself (the desktop app: "desktop")."""
    global _generation
    _FACTORIES[kind] = factory
    _generation += 1


def unregister_factory(kind: str) -> None:
    global _generation
    _FACTORIES.pop(kind, None)
    _generation += 1


def factories_generation() -> int:
    """Changes whenever a factory is (un)registered: channels built before must be built again."""
    return _generation


class UnavailableChannel:
    """Stands in for a channel that cannot be built here (its secret is missing, the keyring is locked, desktop
    notifications outside the app), so the failure is reported like any other, with the reason."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason

    async def send(self, alert: Alert, *, amounts: bool) -> None:
        raise ChannelError(self.reason, "config")


def build_channel(config: ChannelConfig, secret: Mapping[str, str] | None,
                  timeout_s: float = DEFAULT_TIMEOUT_S) -> Channel:
    """The channel ``config`` describes, with its ``secret`` fields (from ``core.secrets``)."""
    secret = secret or {}
    if config.kind in _FACTORIES:
        return _FACTORIES[config.kind](config, secret)
    opt = config.option
    if config.kind == "ntfy":
        return NtfyChannel(config.name, opt("server"), opt("topic"), secret.get("token", ""), timeout_s)
    if config.kind == "telegram":
        if not secret.get("bot_token"):
            return UnavailableChannel(config.name, message(QT_TRANSLATE_NOOP("Core", "the Telegram bot token is "
                                                                                     "missing: enter it again")))
        return TelegramChannel(config.name, secret["bot_token"], opt("chat_id"), opt("api_base"), timeout_s)
    if config.kind == "webhook":
        return WebhookChannel(config.name, opt("url"), secret.get("hmac_secret", ""), timeout_s)
    if config.kind == "email":
        if opt("username") and not secret.get("password"):
            return UnavailableChannel(config.name, message(QT_TRANSLATE_NOOP("Core", "the SMTP password is missing: "
                                                                                     "enter it again")))
        return EmailChannel(config.name, opt("host"), int(opt("port")), opt("security"), opt("from_addr"),
                            [a.strip() for a in opt("to_addr").split(",") if a.strip()], opt("username"),
                            secret.get("password", ""), opt("ca_file"), timeout_s)
    if config.kind == "desktop":
        return UnavailableChannel(config.name, message(QT_TRANSLATE_NOOP("Core", "desktop notifications are shown "
                                                                                 "by the Undertow app or 'undertow "
                                                                                 "watch' on this computer")))
    return UnavailableChannel(config.name, message(QT_TRANSLATE_NOOP("Core", "unknown channel type {kind}"),
                                                   kind=repr(config.kind)))


def _redact_error(error: ChannelError, secrets: tuple[str, ...]) -> ChannelError:
    text = _redact(str(error), secrets)
    if text == str(error):
        return error
    return ChannelError(text, error.category, error.retry_after_s)  # a server echoed a secret: plain text, redacted
