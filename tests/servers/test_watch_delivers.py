"""The watch engine's alerts reach the user's channels: ``undertow watch`` with the sender it really uses
(``desktop.commands.watch.channel_sender``: the session's dispatcher) against the walking Binance fake and a
loopback ntfy server. One threshold crossing -> exactly one push; the next check, still beyond the threshold,
pushes nothing (no repeats); nothing carries amounts unless the user allowed them."""

from __future__ import annotations

import io

from desktop.commands.watch import build_engine, channel_sender
from tests.servers.alert_fakes import NtfyFake
from tests.servers.conftest import T0, add_fake_accounts
from tests.servers.test_watch import FAST, Script, _set, walking  # noqa: F401 - the fixture


async def test_a_crossing_reaches_ntfy_once_and_without_amounts(session, walking):  # noqa: F811
    walking.mark = 90_000.0
    async with NtfyFake() as ntfy:
        session.save_alert_channel("ntfy", "phone", {"server": ntfy.base_url, "topic": "undertow-w1"}, None, now=T0)
        add_fake_accounts(session, {"binanceusdm": walking}, venues=("binanceusdm",))
        script = Script([_set(walking, mark=75_000.0), _set(walking, mark=74_500.0)])
        engine = build_engine(session, out=io.StringIO(), send=channel_sender(session), clock=script.now,
                              sleep=script.sleep, retry=FAST, persist=False)
        script.engine = engine
        await engine.run()
    pushed = [r for r in ntfy.requests if "near liquidation" in (r.header("Title") or "").lower()
              or "liquidation" in r.body.decode().lower()]
    assert len(pushed) == 1, [r.body for r in ntfy.requests]
    body = pushed[0].body.decode()
    assert "75000" not in body.replace(",", "").replace(" ", "") and "0.009" not in body  # no price, no size
