"""Alert channels against real loopback servers (issue 14, acceptance 1).

A real SMTP server (aiosmtpd, STARTTLS and TLS with a certificate made here, AUTH) receives the e-mail; aiohttp
fakes of ntfy, the Telegram Bot API and a webhook receiver get exactly the expected requests (headers, body, the
HMAC checked here with hmac/hashlib); a private D-Bus daemon carries the desktop notification. One failing or
hanging channel is retried, reported, and does not stop the others. The terminal commands run end to end.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import hmac
import json
import logging
import shutil
from datetime import UTC, datetime, timedelta
from email.header import decode_header, make_header

import pytest

from core.alerts import Alert, ChannelError
from core.alerts.channels import EmailChannel, NtfyChannel, TelegramChannel, WebhookChannel
from core.retry import RetryPolicy
from tests.servers.alert_fakes import (
    NotificationService,
    NtfyFake,
    SmtpSink,
    TelegramFake,
    WebhookFake,
    make_certificates,
)

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
NTFY_TOKEN = "tk_NTFYTOKEN0c9e2b"  # distinctive values, so a leak anywhere is easy to find
BOT_TOKEN = "7104432211:AAF-BOTTOKEN-x9Qm2LzP4v"
HOOK_SECRET = "HOOK-SECRET-31f0aa"
SMTP_PASSWORD = "SMTP-PASS-5e1f"
AMOUNT = "$25,000"
FAST = RetryPolicy(attempts=3, backoff_s=0.02, budget_s=75.0)


def liquidation_alert(key: str = "liq:binance-acct:BTC/USDT:USDT@20260302T0800") -> Alert:
    return Alert(key=key, kind="liquidation", severity="critical", title="BTC long near liquidation",
                 body="BTC long on Binance: liquidation 4.8 % away (1.1 daily σ). Add margin or reduce.", at=T0,
                 body_with_amounts=f"BTC long on Binance: liquidation 4.8 % away (1.1 daily σ); position {AMOUNT}.")


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    return make_certificates(tmp_path_factory.mktemp("certs"))


@pytest.fixture
def smtp(certs):
    ca, cert, key = certs
    sink = SmtpSink(cert, key, mode="starttls", password=SMTP_PASSWORD).start()
    yield sink
    sink.stop()


def email_channel(sink, ca, **changes) -> EmailChannel:
    args = dict(name="mail", host="127.0.0.1", port=sink.port, security=sink.mode, from_addr="undertow@example.org",
                to_addrs=["trader@example.org"], username=sink.user, password=SMTP_PASSWORD, ca_file=str(ca),
                timeout_s=10)
    args.update(changes)
    return EmailChannel(**args)


# --- e-mail ----------------------------------------------------------------------------------------------------
async def test_email_over_starttls_reaches_a_real_smtp_server(smtp, certs):
    await email_channel(smtp, certs[0]).send(liquidation_alert(), amounts=False)
    (mail,) = smtp.messages
    assert mail.tls and mail.login == "alerts@example.org" and smtp.logins == [("alerts@example.org", True)]
    assert mail.mail_from == "undertow@example.org" and mail.rcpt_tos == ["trader@example.org"]
    msg = email.message_from_bytes(mail.content, policy=email.policy.default)
    assert msg["Subject"] == "[Undertow] BTC long near liquidation"
    assert msg["To"] == "trader@example.org" and msg["Auto-Submitted"] == "auto-generated"
    assert msg["X-Undertow-Alert"] == "liquidation; severity=critical"
    assert msg["Date"].datetime == T0
    body = msg.get_content()
    assert body.splitlines()[0] == "BTC long on Binance: liquidation 4.8 % away (1.1 daily σ). Add margin or reduce."
    assert AMOUNT not in body and SMTP_PASSWORD.encode() not in mail.content


async def test_email_over_tls_with_amounts_when_allowed(certs):
    ca, cert, key = certs
    sink = SmtpSink(cert, key, mode="tls", password=SMTP_PASSWORD).start()
    try:
        await email_channel(sink, ca, port=sink.port).send(liquidation_alert(), amounts=True)
    finally:
        sink.stop()
    (mail,) = sink.messages
    assert mail.tls and AMOUNT in email.message_from_bytes(mail.content, policy=email.policy.default).get_content()


async def test_email_failures_say_why_without_the_password(smtp, certs):
    with pytest.raises(ChannelError) as refused:
        await email_channel(smtp, certs[0], password="WRONG-" + SMTP_PASSWORD).send(liquidation_alert(), amounts=False)
    assert str(refused.value) == f"the mail server 127.0.0.1:{smtp.port} refused the user name or password"
    assert refused.value.category == "rejected" and not smtp.messages
    with pytest.raises(ChannelError) as untrusted:  # the test CA is not trusted without ca_file
        await email_channel(smtp, certs[0], ca_file="").send(liquidation_alert(), amounts=False)
    assert "certificate of the mail server" in str(untrusted.value) and "could not be verified" in str(untrusted.value)
    with pytest.raises(ChannelError) as mismatch:  # TLS spoken to a STARTTLS port
        await email_channel(smtp, certs[0], security="tls").send(liquidation_alert(), amounts=False)
    assert mismatch.value.category in ("rejected", "network", "timeout")
    for exc in (refused.value, untrusted.value, mismatch.value):
        assert SMTP_PASSWORD not in str(exc)


# --- ntfy --------------------------------------------------------------------------------------------------------
async def test_ntfy_gets_title_priority_tags_and_bearer_token():
    async with NtfyFake(token=NTFY_TOKEN) as fake:
        await NtfyChannel("phone", fake.base_url + "/", "undertow-f1x7", NTFY_TOKEN).send(liquidation_alert(),
                                                                                         amounts=False)
        (req,) = fake.requests
        assert (req.method, req.path) == ("POST", "/undertow-f1x7")
        assert req.header("Title") == "BTC long near liquidation"
        assert req.header("Priority") == "5" and req.header("Tags") == "rotating_light,liquidation"
        assert req.header("Authorization") == f"Bearer {NTFY_TOKEN}"
        assert req.header("Content-Type") == "text/plain; charset=utf-8"
        assert req.body.decode("utf-8") == liquidation_alert().body
        # a title beyond Latin-1 travels RFC 2047-encoded, which ntfy decodes
        title = Alert("k", "blind", "warning", "Blind on Binance — no data", "b", T0)
        await NtfyChannel("phone", fake.base_url, "undertow-f1x7", NTFY_TOKEN).send(title, amounts=False)
        raw = fake.requests[1].header("Title")
        assert raw.startswith("=?utf-8?") and str(make_header(decode_header(raw))) == "Blind on Binance — no data"
        assert fake.requests[1].header("Priority") == "4" and fake.requests[1].header("Tags") == "warning,blind"
        # a wrong token: ntfy's 403, reported without the token
        with pytest.raises(ChannelError) as refused:
            await NtfyChannel("phone", fake.base_url, "undertow-f1x7", "tk_wrong").send(title, amounts=False)
        assert str(refused.value) == "the ntfy server refused the credentials (HTTP 403): forbidden"
        assert refused.value.category == "rejected"


# --- Telegram ----------------------------------------------------------------------------------------------------
async def test_telegram_send_message_and_its_errors(caplog):
    caplog.set_level(logging.INFO, logger="httpx")
    async with TelegramFake(BOT_TOKEN, chats={424242}) as fake:
        await TelegramChannel("tg", BOT_TOKEN, "424242", fake.base_url).send(liquidation_alert(), amounts=False)
        (req,) = fake.requests
        assert (req.method, req.path) == ("POST", f"/bot{BOT_TOKEN}/sendMessage")
        assert req.header("Content-Type") == "application/json"
        assert json.loads(req.body) == {"chat_id": 424242, "disable_web_page_preview": True,
                                        "text": f"BTC long near liquidation\n\n{liquidation_alert().body}"}
        with pytest.raises(ChannelError) as no_chat:
            await TelegramChannel("tg", BOT_TOKEN, "777", fake.base_url).send(liquidation_alert(), amounts=False)
        assert str(no_chat.value) == "Telegram rejected the message (HTTP 400): Bad Request: chat not found"
        with pytest.raises(ChannelError) as bad_token:
            await TelegramChannel("tg", "1:" + "B" * 30, "424242", fake.base_url).send(liquidation_alert(),
                                                                                       amounts=False)
        assert "refused the bot token" in str(bad_token.value) and bad_token.value.category == "rejected"
        fake.faults = [429]
        with pytest.raises(ChannelError) as limited:
            await TelegramChannel("tg", BOT_TOKEN, "424242", fake.base_url).send(liquidation_alert(), amounts=False)
        assert limited.value.category == "rate_limited" and limited.value.retry_after_s == 1.0
    assert "/bot<redacted>/sendMessage" in caplog.text  # httpx logs every URL at INFO: the token is cut out
    assert BOT_TOKEN not in caplog.text and "BBBBBBBB" not in caplog.text
    for exc in (no_chat.value, bad_token.value, limited.value):
        assert BOT_TOKEN not in str(exc)


# --- webhook -----------------------------------------------------------------------------------------------------
async def test_webhook_posts_json_signed_with_hmac_sha256():
    async with WebhookFake() as fake:
        await WebhookChannel("hook", fake.base_url + "/undertow?src=alerts", HOOK_SECRET).send(liquidation_alert(),
                                                                                               amounts=False)
        await WebhookChannel("hook", fake.base_url + "/plain").send(liquidation_alert(), amounts=True)
    signed, plain = fake.requests
    assert (signed.method, signed.path) == ("POST", "/undertow?src=alerts")
    assert signed.header("Content-Type") == "application/json" and signed.header("X-Undertow-Event") == "liquidation"
    expected = "sha256=" + hmac.new(HOOK_SECRET.encode(), signed.body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(signed.header("X-Undertow-Signature"), expected)
    assert json.loads(signed.body) == {
        "source": "undertow", "key": "liq:binance-acct:BTC/USDT:USDT@20260302T0800", "kind": "liquidation",
        "severity": "critical", "title": "BTC long near liquidation", "body": liquidation_alert().body,
        "at": "2026-03-02T08:00:00+00:00", "amounts": False}
    assert plain.header("X-Undertow-Signature") is None
    assert json.loads(plain.body)["body"].endswith(f"position {AMOUNT}.") and json.loads(plain.body)["amounts"]


# --- the desktop notification over D-Bus ------------------------------------------------------------------------------
@pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon for a private session bus")
async def test_desktop_notification_over_a_private_dbus():
    from desktop.notify import DesktopChannel

    service = NotificationService().start()
    try:
        await DesktopChannel("desktop", bus=service.address).send(liquidation_alert(), amounts=False)
    finally:
        service.stop()
    ((app, replaces, icon, summary, body, actions, hints, expire),) = service.calls
    assert (app, replaces, summary, body, actions, expire) == ("Undertow", 0, "BTC long near liquidation",
                                                               liquidation_alert().body, [], -1)
    assert hints["urgency"] == ("y", 2) and icon == "dialog-warning"


async def test_desktop_notification_falls_back_to_the_tray_and_says_when_it_cannot():
    from desktop.notify import DesktopChannel

    shown = []
    nowhere = "unix:path=/nonexistent/undertow-test-bus"
    await DesktopChannel("desktop", lambda t, b, s: shown.append((t, b, s)) or True, bus=nowhere).send(
        liquidation_alert(), amounts=False)
    assert shown == [("BTC long near liquidation", liquidation_alert().body, "critical")]
    with pytest.raises(ChannelError, match="no desktop notification could be shown: the D-Bus session bus"):
        await DesktopChannel("desktop", bus=nowhere).send(liquidation_alert(), amounts=False)
    with pytest.raises(ChannelError, match="the tray icon is off"):
        await DesktopChannel("desktop", lambda t, b, s: False, bus=nowhere).send(liquidation_alert(), amounts=False)


# --- everything together, through the session ----------------------------------------------------------------------
def _configure_all(session, smtp, ca, ntfy, telegram, webhook) -> None:
    session.save_alert_channel("email", "mail", {"host": "127.0.0.1", "port": smtp.port, "security": "starttls",
                                                 "username": smtp.user, "from_addr": "undertow@example.org",
                                                 "to_addr": "trader@example.org", "ca_file": str(ca)},
                               {"password": SMTP_PASSWORD}, now=T0)
    session.save_alert_channel("ntfy", "phone", {"server": ntfy.base_url, "topic": "undertow-f1x7"},
                               {"token": NTFY_TOKEN}, now=T0)
    session.save_alert_channel("telegram", "tg", {"chat_id": "424242", "api_base": telegram.base_url},
                               {"bot_token": BOT_TOKEN}, now=T0)
    session.save_alert_channel("webhook", "hook", {"url": webhook.base_url + "/undertow"},
                               {"hmac_secret": HOOK_SECRET}, now=T0)


async def test_one_alert_reaches_every_channel_once_and_a_failing_one_does_not_stop_the_others(session, smtp, certs,
                                                                                                 tmp_path):
    async with NtfyFake(token=NTFY_TOKEN) as ntfy, TelegramFake(BOT_TOKEN, {424242}) as telegram, \
            WebhookFake(hang_s=30) as webhook:
        _configure_all(session, smtp, certs[0], ntfy, telegram, webhook)
        dispatcher = session.dispatcher()
        dispatcher.retry, dispatcher.timeout_s = FAST, 1.0
        assert sorted(dispatcher.channels) == ["hook", "mail", "phone", "tg"]

        first = await session.dispatch_alert(liquidation_alert(), T0)
        assert {d.channel: (d.outcome, d.attempts) for d in first} == {
            "mail": ("sent", 1), "phone": ("sent", 1), "tg": ("sent", 1), "hook": ("sent", 1)}
        assert len(smtp.messages) == len(ntfy.requests) == len(telegram.requests) == len(webhook.requests) == 1
        received = [smtp.messages[0].content, ntfy.requests[0].body, telegram.requests[0].body,
                    webhook.requests[0].body]
        assert not any(AMOUNT.encode() in r for r in received)  # no amounts unless allowed

        # the same alert again: de-duplicated on every channel, nothing sent
        again = await session.dispatch_alert(liquidation_alert(), T0 + timedelta(minutes=1))
        assert {d.outcome for d in again} == {"duplicate"} and len(ntfy.requests) == 1

        # ntfy fails (500, every try) and the webhook hangs: both retried and reported; mail and Telegram unharmed
        ntfy.faults = [500, 500, 500]
        webhook.faults = ["hang", "hang", "hang"]
        session.update_settings(alerts_include_amounts=True)
        second = await session.dispatch_alert(liquidation_alert("blind:okx@1"), T0 + timedelta(minutes=2))
        by = {d.channel: d for d in second}
        assert (by["mail"].outcome, by["tg"].outcome) == ("sent", "sent")
        assert (by["phone"].outcome, by["phone"].attempts) == ("failed", 3)
        assert by["phone"].error == "the ntfy server failed (HTTP 500): injected fault"
        assert (by["hook"].outcome, by["hook"].attempts, by["hook"].error) == ("failed", 3, "no answer within 1 s")
        assert len(ntfy.requests) == 1 + 3 and len(webhook.requests) == 1 + 3
        assert AMOUNT in email.message_from_bytes(smtp.messages[1].content, policy=email.policy.default).get_content()
        assert AMOUNT in json.loads(telegram.requests[1].body)["text"]

        statuses = {s.channel: s for s in session.alert_channel_statuses(T0 + timedelta(minutes=3))}
        assert statuses["phone"].state == "failed" and statuses["phone"].last_ok_at == T0
        assert statuses["phone"].last_error == "the ntfy server failed (HTTP 500): injected fault"
        assert statuses["mail"].state == "ok" and statuses["mail"].sent_last_hour == 2

        # a test alert through the failing channel, once it is back
        test = await session.send_test_alert("phone", T0 + timedelta(minutes=4))
        assert test.ok and ntfy.requests[-1].header("Title") == "Undertow test alert"
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("undertow.sqlite*"))
    for secret in (NTFY_TOKEN, BOT_TOKEN, HOOK_SECRET, SMTP_PASSWORD):
        assert secret.encode() not in raw


async def test_rate_limit_holds_back_the_flood(session):
    async with NtfyFake() as ntfy:
        session.save_alert_channel("ntfy", "phone", {"server": ntfy.base_url, "topic": "t1"}, None, now=T0)
        session.update_settings(alert_rate_limit_per_hour=2)
        results = [await session.dispatch_alert(liquidation_alert(f"k{i}"), T0 + timedelta(minutes=i))
                   for i in range(5)]
        assert [r[0].outcome for r in results] == ["sent", "sent", "rate_limited", "rate_limited", "rate_limited"]
        assert len(ntfy.requests) == 2
        late = await session.dispatch_alert(liquidation_alert("k9"), T0 + timedelta(minutes=61))
        assert late[0].ok and ntfy.requests[-1].body.decode().endswith(
            "(3 earlier alerts were held back by the rate limit on this channel; open Undertow to see everything.)")


# --- the terminal ----------------------------------------------------------------------------------------------------
@pytest.fixture
def runtime_ntfy():
    """An ntfy fake on the runtime's loop (the CLI's session runs its I/O there)."""
    from core.runtime import get_runtime

    runtime = get_runtime()
    fake = NtfyFake(token=NTFY_TOKEN)
    runtime.run(fake.start(), timeout=10)
    yield fake
    runtime.run(fake.stop(), timeout=10)


def _cli(capsys, *argv) -> tuple[int, str, str]:
    from desktop.__main__ import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_alert_add_list_test_remove_in_the_terminal(runtime_ntfy, memory_keyring, capsys, monkeypatch,
                                                    undertow_home):
    monkeypatch.setenv("UNDERTOW_ALERT_SECRET", NTFY_TOKEN)
    code, out, err = _cli(capsys, "alert", "add", "ntfy", "phone", "--server", runtime_ntfy.base_url,
                          "--topic", "undertow-f1x7", "--test")
    assert code == 0, err
    assert "Added ntfy channel 'phone' (secret in the OS keyring)." in out and "OK: a test alert went out" in out
    (req,) = runtime_ntfy.requests
    assert req.header("Authorization") == f"Bearer {NTFY_TOKEN}" and req.header("Title") == "Undertow test alert"

    code, out, _ = _cli(capsys, "alert", "test", "phone")
    assert code == 0 and out.strip() == "OK: a test alert went out through 'phone'" and len(runtime_ntfy.requests) == 2

    code, out, _ = _cli(capsys, "alert", "list", "--json")
    listed = json.loads(out)
    assert code == 0 and listed["include_amounts"] is False and listed["rate_limit_per_hour"] == 12
    (phone,) = listed["channels"]
    assert (phone["name"], phone["kind"], phone["enabled"], phone["secret"], phone["state"]) == \
        ("phone", "ntfy", True, "keyring", "ok")
    assert phone["target"] == f"{runtime_ntfy.base_url}/und…" and phone["sent_last_hour"] == 2

    runtime_ntfy.faults = [401]  # rejected: no retry, exit 1 with the reason
    code, out, _ = _cli(capsys, "alert", "test", "phone")
    assert code == 1 and out.strip() == ("FAILED: 'phone': the ntfy server refused the credentials (HTTP 401): "
                                         "injected fault")
    code, out, _ = _cli(capsys, "alert", "list")
    assert "FAILED" in out and "refused the credentials" in out and NTFY_TOKEN not in out

    code, out, _ = _cli(capsys, "alert", "disable", "phone")
    assert code == 0 and "is off" in out
    code, _, err = _cli(capsys, "alert", "add", "ntfy", "phone", "--url", "https://x.org")
    assert code == 2 and "--url is not a setting of a ntfy channel" in err
    code, _, err = _cli(capsys, "alert", "add", "ntfy", "bad", "--topic", "no spaces allowed")
    assert code == 2 and "ntfy topic" in err and "Traceback" not in err
    code, _, err = _cli(capsys, "alert", "test", "nobody")
    assert code == 2 and "no alert channel 'nobody'" in err

    code, out, _ = _cli(capsys, "alert", "remove", "phone")
    assert code == 0 and memory_keyring.entries == {}
    raw = b"".join(p.read_bytes() for p in undertow_home.rglob("*.sqlite*"))
    assert NTFY_TOKEN.encode() not in raw


@pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon for a private session bus")
def test_alert_test_desktop_from_the_terminal(memory_keyring, capsys, monkeypatch):
    service = NotificationService().start()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", service.address)
    try:
        assert _cli(capsys, "alert", "add", "desktop", "desktop")[0] == 0
        code, out, err = _cli(capsys, "alert", "test", "desktop")
    finally:
        service.stop()
    assert code == 0, out + err
    assert [c[3] for c in service.calls] == ["Undertow test alert"]
