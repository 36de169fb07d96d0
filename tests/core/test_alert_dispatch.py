"""The alert dispatcher's rules (de-duplication, rate limit, amounts, retries, timeouts, reporting), channel
settings, and their storage (a real SQLite store, the in-memory keyring).

The channels here are small in-process stand-ins implementing the ``Channel`` protocol (recording, failing,
hanging): they exercise the dispatcher's rules with exact control over time and failures. The real channels
against real loopback servers are in ``tests/servers/test_alert_channels.py``.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from core.alerts import Alert, ChannelError
from core.alerts.channels import message_text
from core.alerts.config import ChannelConfig, ChannelConfigError, secret_id, validate_options, validate_secret
from core.alerts.dispatch import (
    DUPLICATE,
    FAILED,
    RATE_LIMITED,
    SENT,
    Delivery,
    Dispatcher,
    channel_status,
    make_test_alert,
)
from core.retry import RetryPolicy

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
FAST = RetryPolicy(attempts=3, backoff_s=0.01, budget_s=75.0)  # room for three tries of the 20 s timeout


def alert(key: str = "liq:binance:BTC@1", at: datetime = T0, severity: str = "critical") -> Alert:
    return Alert(key=key, kind="liquidation", severity=severity, title="BTC long near liquidation",
                 body="BTC long on Binance: liquidation 4.8 % away (1.1 daily σ).", at=at,
                 body_with_amounts="BTC long on Binance: liquidation 4.8 % away (1.1 daily σ); position $25,000.")


@dataclass
class Recording:
    name: str
    got: list[tuple[Alert, bool]] = field(default_factory=list)
    times: list[float] = field(default_factory=list)

    async def send(self, alert: Alert, *, amounts: bool) -> None:
        self.got.append((alert, amounts))
        self.times.append(time.monotonic())


@dataclass
class Failing:
    """Fails ``times`` times with ``category``, then delivers."""

    name: str
    times: int = 99
    category: str = "venue_down"
    calls: int = 0

    async def send(self, alert: Alert, *, amounts: bool) -> None:
        self.calls += 1
        if self.calls <= self.times:
            raise ChannelError(f"the server failed (HTTP 500), call {self.calls}", self.category)


@dataclass
class Hanging:
    name: str
    hang_s: float = 30.0
    calls: int = 0

    async def send(self, alert: Alert, *, amounts: bool) -> None:
        self.calls += 1
        await asyncio.sleep(self.hang_s)


class Broken:
    name = "broken"

    async def send(self, alert: Alert, *, amounts: bool) -> None:
        raise ZeroDivisionError("a bug")


@dataclass
class MemoryJournal:
    recorded: list[Delivery] = field(default_factory=list)
    forgotten: list[str] = field(default_factory=list)

    def record(self, deliveries):
        self.recorded.extend(deliveries)

    def forget(self, key):
        self.forgotten.append(key)


def outcomes(deliveries) -> dict[str, str]:
    return {d.channel: d.outcome for d in deliveries}


# --- amounts ---------------------------------------------------------------------------------------------------
async def test_no_amounts_unless_allowed():
    phone = Recording("phone")
    d = Dispatcher([phone], retry=FAST)
    await d.dispatch(alert(), T0)
    (sent, amounts), = phone.got
    assert amounts is False and "$" not in message_text(sent, amounts)
    d.configure(include_amounts=True)
    await d.dispatch(alert("other"), T0)
    sent, amounts = phone.got[1]
    assert amounts is True and message_text(sent, amounts).endswith("position $25,000.")
    # an alert without an amounts version sends its plain body even when amounts are allowed
    plain = Alert("k", "blind", "warning", "Blind on Binance", "No fresh data from Binance for 5 min.", T0)
    assert message_text(plain, True) == "No fresh data from Binance for 5 min."


# --- de-duplication ----------------------------------------------------------------------------------------------
async def test_same_key_is_sent_once_within_the_window_and_again_after_it():
    phone, mail = Recording("phone"), Recording("mail")
    journal = MemoryJournal()
    d = Dispatcher([phone, mail], retry=FAST, journal=journal)
    assert outcomes(await d.dispatch(alert(), T0)) == {"phone": SENT, "mail": SENT}
    assert outcomes(await d.dispatch(alert(), T0 + timedelta(hours=5, minutes=59))) == {"phone": DUPLICATE,
                                                                                          "mail": DUPLICATE}
    assert outcomes(await d.dispatch(alert(), T0 + timedelta(hours=6))) == {"phone": SENT, "mail": SENT}
    assert len(phone.got) == len(mail.got) == 2
    assert all(x.outcome == SENT for x in journal.recorded) and len(journal.recorded) == 4  # duplicates not kept


async def test_forget_rearms_a_key():
    phone = Recording("phone")
    journal = MemoryJournal()
    d = Dispatcher([phone], retry=FAST, journal=journal)
    await d.dispatch(alert(), T0)
    d.forget(alert().key)
    assert journal.forgotten == [alert().key]
    assert outcomes(await d.dispatch(alert(), T0 + timedelta(minutes=1))) == {"phone": SENT}
    assert outcomes(await d.dispatch(alert(), T0 + timedelta(minutes=2))) == {"phone": DUPLICATE}


async def test_a_channel_that_failed_gets_the_key_again_the_others_do_not():
    phone, hook = Recording("phone"), Failing("hook", times=3, category="rejected")
    d = Dispatcher([phone, hook], retry=FAST)
    assert outcomes(await d.dispatch(alert(), T0)) == {"phone": SENT, "hook": FAILED}
    second = await d.dispatch(alert(), T0 + timedelta(minutes=1))
    assert outcomes(second) == {"phone": DUPLICATE, "hook": FAILED}
    assert hook.calls == 2  # "rejected" is not retried: one try per dispatch


async def test_concurrent_dispatches_of_one_key_send_it_once():
    slow = Hanging("phone", hang_s=0.2)
    d = Dispatcher([slow], retry=FAST, timeout_s=5)
    first, second = await asyncio.gather(d.dispatch(alert(), T0), d.dispatch(alert(), T0))
    assert sorted([first[0].outcome, second[0].outcome]) == [DUPLICATE, SENT] and slow.calls == 1


async def test_history_restores_dedup_and_rate_limit_after_a_restart():
    phone = Recording("phone")
    d = Dispatcher([phone], retry=FAST, rate_limit_per_hour=2)
    await d.dispatch(alert("a"), T0)
    await d.dispatch(alert("b"), T0 + timedelta(minutes=1))
    restarted = Dispatcher([phone], retry=FAST, rate_limit_per_hour=2, history=d.log)
    again = await restarted.dispatch(alert("a"), T0 + timedelta(minutes=2))
    assert outcomes(again) == {"phone": DUPLICATE}
    held = await restarted.dispatch(alert("c"), T0 + timedelta(minutes=2))
    assert outcomes(held) == {"phone": RATE_LIMITED} and len(phone.got) == 2


# --- rate limit ------------------------------------------------------------------------------------------------
async def test_rate_limit_per_channel_per_hour_and_the_held_back_note():
    phone, mail = Recording("phone"), Recording("mail")
    d = Dispatcher([phone, mail], retry=FAST, rate_limit_per_hour=3)
    for i in range(3):
        assert outcomes(await d.dispatch(alert(f"k{i}"), T0 + timedelta(minutes=i))) == {"phone": SENT, "mail": SENT}
    held = await d.dispatch(alert("k3"), T0 + timedelta(minutes=10))
    assert outcomes(held) == {"phone": RATE_LIMITED, "mail": RATE_LIMITED}
    assert "limit of 3 alerts per hour" in held[0].error
    await d.dispatch(alert("k4"), T0 + timedelta(minutes=20))
    assert len(phone.got) == 3
    # an hour after the first one, a slot frees up; the message says two alerts were held back
    later = await d.dispatch(alert("k5"), T0 + timedelta(minutes=60))
    assert outcomes(later) == {"phone": SENT, "mail": SENT}
    sent, _ = phone.got[-1]
    assert sent.body.endswith("(2 earlier alerts were held back by the rate limit on this channel; open Undertow "
                              "to see everything.)")
    assert sent.body_with_amounts.endswith("see everything.)")
    status = d.status("phone", T0 + timedelta(minutes=60))
    assert status.state == "ok" and status.held_back == 0 and status.sent_last_hour == 3  # minutes 1, 2 and 60


async def test_failed_tries_count_toward_the_rate_limit_and_zero_means_one():
    hook = Failing("hook", category="rejected")
    d = Dispatcher([hook], retry=FAST, rate_limit_per_hour=0)
    assert d.limit == 1
    assert outcomes(await d.dispatch(alert("a"), T0)) == {"hook": FAILED}
    assert outcomes(await d.dispatch(alert("b"), T0 + timedelta(minutes=1))) == {"hook": RATE_LIMITED}


# --- failures: retries, timeouts, isolation ---------------------------------------------------------------------
async def test_a_transient_failure_is_retried_then_delivered():
    hook = Failing("hook", times=2)
    d = Dispatcher([hook], retry=FAST)
    (delivery,) = await d.dispatch(alert(), T0)
    assert delivery.outcome == SENT and delivery.attempts == 3


async def test_retries_run_out_and_the_failure_is_reported():
    hook = Failing("hook", times=99)
    d = Dispatcher([hook], retry=FAST)
    (delivery,) = await d.dispatch(alert(), T0)
    assert delivery.outcome == FAILED and delivery.attempts == 3 and hook.calls == 3
    assert delivery.error == "the server failed (HTTP 500), call 3"
    status = d.status("hook", T0)
    assert status.state == "failed" and status.last_error == delivery.error and status.last_ok_at is None


async def test_a_permanent_failure_is_not_retried():
    hook = Failing("hook", times=99, category="rejected")
    (delivery,) = await Dispatcher([hook], retry=FAST).dispatch(alert(), T0)
    assert delivery.outcome == FAILED and delivery.attempts == 1


async def test_a_hanging_channel_times_out_without_holding_up_the_others():
    phone, stuck = Recording("phone"), Hanging("stuck", hang_s=30)
    d = Dispatcher([stuck, phone, Broken()], retry=RetryPolicy(attempts=2, backoff_s=0.01), timeout_s=0.3)
    started = time.monotonic()
    result = await d.dispatch(alert(), T0)
    elapsed = time.monotonic() - started
    assert outcomes(result) == {"stuck": FAILED, "phone": SENT, "broken": FAILED}
    assert phone.times[0] - started < 0.3  # the phone got it before the stuck channel's first try even timed out
    by = {x.channel: x for x in result}
    assert by["stuck"].error == "no answer within 0.3 s" and by["stuck"].attempts == 2 and stuck.calls == 2
    assert by["broken"].error == "unexpected error (ZeroDivisionError)"
    assert 0.6 <= elapsed < 5.0  # two tries of 0.3 s and a short pause; never the 30 s hang


async def test_the_retry_budget_bounds_a_channel_in_total():
    stuck = Hanging("stuck", hang_s=30)
    d = Dispatcher([stuck], retry=RetryPolicy(attempts=5, backoff_s=0.01, budget_s=0.5), timeout_s=1.0)
    (delivery,) = await d.dispatch(alert(), T0)
    assert (delivery.outcome, delivery.attempts, delivery.error) == (FAILED, 1, "no answer within 0.5 s (all tries)")
    # a retry that could not finish within the budget is not started
    d = Dispatcher([stuck], retry=RetryPolicy(attempts=5, backoff_s=0.01, budget_s=0.5), timeout_s=0.3)
    (delivery,) = await d.dispatch(alert("other"), T0)
    assert (delivery.attempts, delivery.error) == (1, "no answer within 0.3 s")


# --- the test alert and statuses ----------------------------------------------------------------------------------
async def test_test_alert_ignores_dedup_and_rate_limit_but_is_recorded():
    phone = Recording("phone")
    journal = MemoryJournal()
    d = Dispatcher([phone], retry=FAST, rate_limit_per_hour=1, journal=journal)
    await d.dispatch(alert(), T0)
    test = make_test_alert("phone", T0)
    assert "$" not in test.body and test.kind == "test" and test.key == "test:phone:2026-03-02T08:00:00+00:00"
    delivery = await d.send_test(phone, test, T0)
    assert delivery.ok and len(phone.got) == 2 and journal.recorded[-1] == delivery
    assert d.status("phone", T0).sent_last_hour == 2


def test_channel_status_from_a_log():
    log = [Delivery("phone", "a", "liquidation", T0, SENT, attempts=1),
           Delivery("phone", "b", "liquidation", T0 + timedelta(minutes=5), RATE_LIMITED, "held back"),
           Delivery("mail", "a", "liquidation", T0, FAILED, "refused", 3)]
    now = T0 + timedelta(minutes=30)
    phone = channel_status("phone", log, now)
    assert (phone.state, phone.last_at, phone.last_ok_at, phone.held_back, phone.sent_last_hour) == \
        ("rate_limited", T0 + timedelta(minutes=5), T0, 1, 1)
    mail = channel_status("mail", log, now)
    assert (mail.state, mail.last_error, mail.last_ok_at) == ("failed", "refused", None)
    assert channel_status("desk", log, now).state == "never"
    assert channel_status("phone", log, T0 + timedelta(hours=2)).sent_last_hour == 0


# --- channel settings ---------------------------------------------------------------------------------------------
def test_channel_settings_are_checked_and_normalised():
    assert validate_options("ntfy", {"topic": "undertow-x1"}) == {"server": "https://ntfy.sh", "topic": "undertow-x1"}
    assert validate_options("email", {"host": "smtp.example.org", "security": "TLS", "port": "465",
                                      "from_addr": "me@example.org", "to_addr": "a@example.org,b@example.org"}) == {
        "host": "smtp.example.org", "port": "465", "security": "tls", "from_addr": "me@example.org",
        "to_addr": "a@example.org, b@example.org"}
    assert validate_options("telegram", {"chat_id": "-1001234567890"})["api_base"] == "https://api.telegram.org"
    assert validate_options("desktop", {}) == {}
    bad = [("ntfy", {"topic": "has space"}, "ntfy topic"),
           ("ntfy", {"topic": "t", "server": "ftp://x"}, "http:// or https://"),
           ("ntfy", {"topic": "t", "token": "tk_secret"}, "kept in the keyring"),
           ("webhook", {"url": "https://user:pw@example.org/hook"}, "must not contain a user name"),
           ("email", {"host": "smtp.example.org", "from_addr": "me@example.org", "to_addr": "x"}, "not an e-mail"),
           ("email", {"host": "h", "security": "none", "from_addr": "a@b.org", "to_addr": "a@b.org"}, "unencrypted"),
           ("email", {"host": "h", "port": "99999", "from_addr": "a@b.org", "to_addr": "a@b.org"}, "between 1"),
           ("telegram", {"chat_id": "me"}, "chat id"),
           ("sms", {}, "unknown channel type"),
           ("webhook", {}, "URL is required"),
           ("ntfy", {"topic": "t", "colour": "red"}, "no setting colour")]
    for kind, options, message in bad:
        with pytest.raises(ChannelConfigError, match=message):
            validate_options(kind, options)


def test_secrets_are_checked():
    assert validate_secret("ntfy", {}, {"token": " tk_abc "}, has_stored=False) == {"token": "tk_abc"}
    assert validate_secret("ntfy", {}, {}, has_stored=False) == {}
    with pytest.raises(ChannelConfigError, match="Bot token is required"):
        validate_secret("telegram", {}, {}, has_stored=False)
    assert validate_secret("telegram", {}, {}, has_stored=True) == {}  # an edit keeps the stored token
    with pytest.raises(ChannelConfigError, match="looks like"):
        validate_secret("telegram", {}, {"bot_token": "nonsense"}, has_stored=False)
    with pytest.raises(ChannelConfigError, match="password is required"):
        validate_secret("email", {"username": "me"}, {}, has_stored=False)


# --- storage: configs in the DB, secrets in the keyring, deliveries kept ------------------------------------------
@pytest.fixture
def session(tmp_path, memory_keyring):
    from core.session import Session

    s = Session.open(path=tmp_path / "undertow.sqlite")
    yield s
    s.store.close()


TOKEN = "NTFY-TOKEN-tk_9d3e71"


def test_channel_configs_round_trip_and_secrets_stay_in_the_keyring(session, memory_keyring, tmp_path):
    saved = session.save_alert_channel("ntfy", "phone", {"server": "https://ntfy.example.org/", "topic": "u-x1"},
                                       {"token": TOKEN}, now=T0)
    assert saved == ChannelConfig("phone", "ntfy", True, {"server": "https://ntfy.example.org", "topic": "u-x1"},
                                  "keyring", T0.isoformat(), T0.isoformat())
    assert session.alert_channels() == [saved] and session.find_alert_channel("PHONE") == saved
    assert memory_keyring.entries == {("undertow", secret_id("phone")): '{"token": "NTFY-TOKEN-tk_9d3e71"}'}
    # an edit without a secret keeps the stored one; a different kind under the same name is refused
    later = T0 + timedelta(hours=1)
    edited = session.save_alert_channel("ntfy", "phone", {"topic": "u-x2"}, None, now=later, enabled=False)
    assert (edited.options["topic"], edited.enabled, edited.secret_ref, edited.created_at, edited.updated_at) == \
        ("u-x2", False, "keyring", T0.isoformat(), later.isoformat())
    assert '"NTFY-TOKEN-tk_9d3e71"' in memory_keyring.entries[("undertow", secret_id("phone"))]
    with pytest.raises(ChannelConfigError, match="exists already"):
        session.save_alert_channel("webhook", "phone", {"url": "https://example.org/h"}, None, now=T0)
    with pytest.raises(ChannelConfigError):
        session.save_alert_channel("ntfy", "bad name!", {"topic": "x"}, None, now=T0)
    assert session.set_alert_channel_enabled("phone", True, later).enabled
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("undertow.sqlite*"))
    assert TOKEN.encode() not in raw and b"u-x2" in raw
    assert session.delete_alert_channel("phone") and session.alert_channels() == []
    assert memory_keyring.entries == {} and not session.delete_alert_channel("phone")


def test_deliveries_are_kept_and_restore_the_dispatcher(session):
    from core.store import alerts_repo

    session.save_alert_channel("webhook", "hook", {"url": "http://127.0.0.1:9/never"}, None, now=T0)
    log = [Delivery("hook", "a", "liquidation", T0, SENT, attempts=1),
           Delivery("hook", "b", "blind", T0 + timedelta(minutes=1), FAILED, "refused", 3)]
    with session.store.write() as db:
        alerts_repo.record_deliveries(db, log)
        alerts_repo.forget_key(db, "b")
    loaded = alerts_repo.load_deliveries(session.store.read())
    assert loaded == [log[0], Delivery("hook", "b", "blind", T0 + timedelta(minutes=1), FAILED, "refused", 3,
                                       rearmed=True)]
    (status,) = session.alert_channel_statuses(T0 + timedelta(minutes=2))
    assert (status.channel, status.state, status.last_error, status.sent_last_hour) == ("hook", "failed", "refused", 2)
    dispatcher = session.dispatcher()
    assert dispatcher.is_duplicate("hook", "a", T0 + timedelta(minutes=3))
    assert not dispatcher.is_duplicate("hook", "b", T0 + timedelta(minutes=3))
    assert session.delete_alert_channel("hook") and alerts_repo.load_deliveries(session.store.read()) == []


async def test_the_session_dispatcher_follows_the_configuration(session, memory_keyring):
    assert session.dispatcher().channels == {}
    session.save_alert_channel("telegram", "tg", {"chat_id": "42"}, {"bot_token": "123456:" + "A" * 30}, now=T0)
    session.save_alert_channel("webhook", "hook", {"url": "http://127.0.0.1:9/h"}, None, now=T0, enabled=False)
    dispatcher = session.dispatcher()
    assert list(dispatcher.channels) == ["tg"] and not dispatcher.include_amounts and dispatcher.limit == 12
    session.update_settings(alerts_include_amounts=True, alert_rate_limit_per_hour=4)
    assert session.dispatcher() is dispatcher and dispatcher.include_amounts and dispatcher.limit == 4
    # the token vanished from the keyring: the channel is still there and reports why it cannot send
    memory_keyring.entries.clear()
    session.set_alert_channel_enabled("hook", True, T0)
    session.set_alert_channel_enabled("tg", True, T0 + timedelta(seconds=1))  # the config changed: rebuilt
    dispatcher.retry = FAST
    result = await session.dispatch_alert(alert(), T0)
    by = {d.channel: d for d in result}
    assert by["tg"].outcome == FAILED and by["tg"].attempts == 1
    assert by["tg"].error == "the channel's secret is missing (it is not in the keyring): enter it again"
    assert by["hook"].outcome == FAILED and "could not reach the webhook at 127.0.0.1" in by["hook"].error
    with pytest.raises(ChannelConfigError, match="no alert channel"):
        await session.send_test_alert("nobody", T0)
