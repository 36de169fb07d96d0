"""What a configured alert channel is: its kind, its public settings, and which of its fields are secret.

A ``ChannelConfig`` is stored in the database (``core.store.alerts_repo``) with public settings only; the
secret fields (an SMTP password, a Telegram bot token, an ntfy access token, a webhook's HMAC key) live in
the OS keyring through ``core.secrets``, under ``secret_id(name)``. Every channel is opt-in: nothing is
configured until the user adds it, and a configured channel can be switched off without being forgotten.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

from core.messages import QT_TRANSLATE_NOOP, message

#: The kinds of channel, in the order a front end offers them.
CHANNEL_KINDS = ("desktop", "email", "ntfy", "telegram", "webhook")
EMAIL_SECURITY = ("starttls", "tls")  # STARTTLS on the submission port, or TLS from the first byte (465)
NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")
NTFY_TOPIC = re.compile(r"[-_A-Za-z0-9]{1,64}")
TELEGRAM_CHAT = re.compile(r"-?\d{1,20}|@[A-Za-z][A-Za-z0-9_]{3,31}")


class ChannelConfigError(ValueError):
    """The user's channel settings cannot work; the message says which field and why (never a secret)."""


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # English; the desktop translates its own labels keyed by ``key``
    secret: bool = False
    required: bool = False
    default: str = ""
    help: str = ""
    advanced: bool = False


@dataclass(frozen=True)
class KindSpec:
    kind: str
    name: str
    fields: tuple[FieldSpec, ...]
    help: str = ""

    @property
    def public_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if not f.secret)

    @property
    def secret_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.secret)

    def field(self, key: str) -> FieldSpec:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(key)


KIND_SPECS: Mapping[str, KindSpec] = MappingProxyType({
    "desktop": KindSpec("desktop", "Desktop notification", (), help=(
        "A notification on this computer's desktop (freedesktop notifications; the tray icon's message where "
        "there is none). Only while Undertow runs.")),
    "email": KindSpec("email", "E-mail (SMTP)", (
        FieldSpec("host", "SMTP server", required=True, help="your mail provider's submission server"),
        FieldSpec("port", "Port", default="587", help="587 for STARTTLS, 465 for TLS"),
        FieldSpec("security", "Security", default="starttls", help="starttls or tls"),
        FieldSpec("username", "User name", help="empty when the server needs no login"),
        FieldSpec("password", "Password", secret=True, help="kept in the OS keyring"),
        FieldSpec("from_addr", "From", required=True, help="the sender address"),
        FieldSpec("to_addr", "To", required=True, help="one or more addresses, separated by commas"),
        FieldSpec("ca_file", "CA certificate file", advanced=True,
                  help="a PEM file to trust in addition to the system's (a self-hosted server)"),
    ), help="Sent through your own mail server; the password stays in the OS keyring."),
    "ntfy": KindSpec("ntfy", "ntfy", (
        FieldSpec("server", "Server", default="https://ntfy.sh", help="ntfy.sh or your own ntfy server"),
        FieldSpec("topic", "Topic", required=True,
                  help="on a public server the topic is the password: pick something hard to guess"),
        FieldSpec("token", "Access token", secret=True, help="optional, for a protected topic (tk_…)"),
    ), help="A push notification to the ntfy app on your phone, through the server you choose."),
    "telegram": KindSpec("telegram", "Telegram bot", (
        FieldSpec("bot_token", "Bot token", secret=True, required=True, help="from @BotFather; kept in the OS keyring"),
        FieldSpec("chat_id", "Chat id", required=True, help="your chat with the bot (a number) or @channel"),
        FieldSpec("api_base", "Bot API server", default="https://api.telegram.org", advanced=True,
                  help="only for a self-hosted Bot API server"),
    ), help="A message from your own Telegram bot."),
    "webhook": KindSpec("webhook", "Webhook", (
        FieldSpec("url", "URL", required=True, help="receives a JSON POST per alert"),
        FieldSpec("hmac_secret", "Signing secret", secret=True,
                  help="optional: the body is signed with HMAC-SHA256 (header X-Undertow-Signature)"),
    ), help="A JSON POST to a URL of yours (Home Assistant, n8n, your own script)."),
})


@dataclass(frozen=True)
class ChannelConfig:
    """One configured channel. ``name`` is the user's handle for it (``undertow alert test NAME``)."""

    name: str
    kind: str
    enabled: bool = True
    options: Mapping[str, str] = field(default_factory=dict)  # public settings only
    secret_ref: str = ""  # "keyring", "session" or "" (no secret); the secret is in core.secrets
    created_at: str = ""
    updated_at: str = ""

    @property
    def spec(self) -> KindSpec:
        return KIND_SPECS[self.kind]

    def option(self, key: str) -> str:
        """The stored value of a public field, else its default."""
        value = self.options.get(key)
        return str(value) if value not in (None, "") else self.spec.field(key).default

    def target(self) -> str:
        """Where the channel delivers, for lists (no secret; an ntfy topic is shortened, it acts as a password)."""
        if self.kind == "email":
            return f"{self.option('to_addr')} via {self.option('host')}:{self.option('port')}"
        if self.kind == "ntfy":
            topic = self.option("topic")
            return f"{self.option('server').rstrip('/')}/{topic[:3]}…" if topic else self.option("server")
        if self.kind == "telegram":
            return f"chat {self.option('chat_id')}"
        if self.kind == "webhook":
            parts = urlsplit(self.option("url"))
            return f"{parts.scheme}://{parts.netloc}{parts.path}"
        return "this computer"


def _required(label: str, kind: str) -> str:
    return message(QT_TRANSLATE_NOOP("Core", "{field} is required for a {kind} channel"), field=label, kind=kind)


def secret_id(name: str) -> str:
    """The keyring entry of channel ``name`` (distinct from exchange account ids)."""
    return f"alert-channel:{name}"


def validate_name(name: str) -> str:
    name = (name or "").strip()
    if not NAME_PATTERN.fullmatch(name):
        raise ChannelConfigError(message(QT_TRANSLATE_NOOP("Core", "a channel name is 1 to 40 letters, digits, '-', "
                                                           "'_' or '.', starting with a letter or digit")))
    return name


#: The addresses ``validate_url`` checks, as its errors name them.
_URL_NAMES = {"webhook URL": message(QT_TRANSLATE_NOOP("Core", "webhook URL")),
              "ntfy server": message(QT_TRANSLATE_NOOP("Core", "ntfy server")),
              "Bot API server": message(QT_TRANSLATE_NOOP("Core", "Bot API server"))}


def validate_url(url: str, what: str) -> str:
    url = (url or "").strip().rstrip("/") if what != "webhook URL" else (url or "").strip()
    parts = urlsplit(url)
    name = _URL_NAMES.get(what, what)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ChannelConfigError(message(QT_TRANSLATE_NOOP("Core", "the {what} must be an http:// or https:// URL"),
                                         what=name))
    if parts.username or parts.password:
        raise ChannelConfigError(message(QT_TRANSLATE_NOOP("Core", "the {what} must not contain a user name or "
                                                                   "password; use the secret field"), what=name))
    return url


def _addresses(text: str, what: str) -> str:
    items = [a.strip() for a in (text or "").split(",") if a.strip()]
    if not items:
        raise ChannelConfigError(message(QT_TRANSLATE_NOOP("Core", "the sender address is missing"))
                                 if what == "sender" else
                                 message(QT_TRANSLATE_NOOP("Core", "the recipient address is missing")))
    for a in items:
        if not re.fullmatch(r"[^@\s,<>]+@[^@\s,<>]+\.[^@\s,<>]+", a):
            raise ChannelConfigError(message(QT_TRANSLATE_NOOP("Core", "{address} is not an e-mail address"),
                                             address=repr(a)))
    return ", ".join(items)


def validate_options(kind: str, options: Mapping[str, Any]) -> dict[str, str]:
    """The public settings of a ``kind`` channel, checked and normalised; unknown keys are refused."""
    if kind not in KIND_SPECS:
        raise ChannelConfigError(message(QT_TRANSLATE_NOOP("Core", "unknown channel type {kind}; choose one of "
                                                                   "{kinds}"),
                                         kind=repr(kind), kinds=", ".join(CHANNEL_KINDS)))
    spec = KIND_SPECS[kind]
    public = {f.key for f in spec.public_fields}
    secret = {f.key for f in spec.secret_fields}
    misplaced = sorted(k for k in options if k in secret and options[k])
    if misplaced:
        raise ChannelConfigError(message(QT_TRANSLATE_NOOP("Core", "{fields} is a secret and is kept in the keyring, "
                                                                   "not here"), fields=", ".join(misplaced)))
    unknown = sorted(k for k in options if k not in public and k not in secret)
    if unknown:
        raise ChannelConfigError(message(QT_TRANSLATE_NOOP("Core", "a {kind} channel has no setting {fields}"),
                                         kind=spec.name, fields=", ".join(unknown)))
    values = {f.key: str(options.get(f.key) or "").strip() or f.default for f in spec.public_fields}
    for f in spec.public_fields:
        if f.required and not values[f.key]:
            raise ChannelConfigError(_required(f.label, spec.name))
    if kind == "email":
        try:
            port = int(values["port"])
        except ValueError:
            raise ChannelConfigError(message(QT_TRANSLATE_NOOP("Core", "the SMTP port must be a number"))) from None
        if not 0 < port < 65536:
            raise ChannelConfigError(message(QT_TRANSLATE_NOOP("Core", "the SMTP port must be between 1 and 65535")))
        values["port"] = str(port)
        values["security"] = values["security"].lower()
        if values["security"] not in EMAIL_SECURITY:
            raise ChannelConfigError(message(QT_TRANSLATE_NOOP("Core", "security must be starttls or tls (Undertow "
                                                                       "never sends mail unencrypted)")))
        if not re.fullmatch(r"[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\]", values["host"]):
            raise ChannelConfigError(message(QT_TRANSLATE_NOOP("Core", "{host} is not a server name"),
                                             host=repr(values["host"])))
        values["from_addr"] = _addresses(values["from_addr"], "sender")
        if "," in values["from_addr"]:
            raise ChannelConfigError(message(QT_TRANSLATE_NOOP("Core", "there is one sender address")))
        values["to_addr"] = _addresses(values["to_addr"], "recipient")
    elif kind == "ntfy":
        values["server"] = validate_url(values["server"], "ntfy server")
        if not NTFY_TOPIC.fullmatch(values["topic"]):
            raise ChannelConfigError(message(QT_TRANSLATE_NOOP("Core", "an ntfy topic is 1 to 64 letters, digits, '-' "
                                                                       "or '_'")))
    elif kind == "telegram":
        values["api_base"] = validate_url(values["api_base"], "Bot API server")
        if not TELEGRAM_CHAT.fullmatch(values["chat_id"]):
            raise ChannelConfigError(message(QT_TRANSLATE_NOOP("Core", "the chat id is a number (e.g. 123456789 or "
                                                                       "-100…) or an @channel name")))
    elif kind == "webhook":
        values["url"] = validate_url(values["url"], "webhook URL")
    return {k: v for k, v in values.items() if v}


def validate_secret(kind: str, options: Mapping[str, str], secret: Mapping[str, str], *,
                    has_stored: bool) -> dict[str, str]:
    """The secret fields of a ``kind`` channel (empty values dropped). A required secret may be omitted only
    when one is stored already (``has_stored``: an edit that keeps it)."""
    spec = KIND_SPECS[kind]
    keys = {f.key for f in spec.secret_fields}
    unknown = sorted(k for k in secret if k not in keys and secret[k])
    if unknown:
        raise ChannelConfigError(message(QT_TRANSLATE_NOOP("Core", "a {kind} channel has no secret {fields}"),
                                         kind=spec.name, fields=", ".join(unknown)))
    values = {k: str(v).strip() for k, v in secret.items() if k in keys and str(v or "").strip()}
    for f in spec.secret_fields:
        if f.required and f.key not in values and not has_stored:
            raise ChannelConfigError(_required(f.label, spec.name))
    if kind == "email" and options.get("username") and "password" not in values and not has_stored:
        raise ChannelConfigError(message(QT_TRANSLATE_NOOP("Core", "a password is required when a user name is "
                                                                   "given")))
    if kind == "telegram" and "bot_token" in values and not re.fullmatch(r"\d{3,20}:[A-Za-z0-9_-]{20,}",
                                                                         values["bot_token"]):
        raise ChannelConfigError(message(QT_TRANSLATE_NOOP("Core", "a bot token looks like 123456789:AA… (from "
                                                                   "@BotFather)")))
    return values
