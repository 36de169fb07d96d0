"""Every text core makes for a person to read reaches the window in the user's language (issue 16, acceptance 3).

Core cannot translate (no Qt): a user-visible text made there is a ``core.messages.Message`` whose template is marked
``QT_TRANSLATE_NOOP("Core", ...)``; ``make translations`` extracts the templates (core/ is in the lupdate sources)
and the window shows ``desktop.i18n.text(message)``. Three things can go wrong, and each has a test here:

1. A template has no finished translation in ja, zh_CN or ru (the translators have not seen it, or left it
   unfinished): ``test_every_core_text_is_translated``. It names every missing template.
2. A template lupdate cannot read (built text, an escape lupdate keeps raw) never reaches the translators:
   ``test_lupdate_extracts_every_core_template`` compares lupdate's harvest with the AST's.
3. A user-visible text is made as a plain ``str`` (an f-string, a literal, a ``.format``) and so can never be
   translated: the AST guard ``test_user_visible_texts_in_core_are_messages`` over the constructors and fields
   that carry such texts, and the behavioural ``test_text_producers_return_messages`` over the functions that
   make them (reminders, freshness, exchange errors, plausibility, risk notes, alerts).
"""

from __future__ import annotations

import ast
import dataclasses
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from core.messages import Message
from tests.test_translations import core_sources, lupdate, ts_messages

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("ja", "zh_CN", "ru")
CONTEXT = "Core"
#: Qt-free desktop modules that make Core messages (the alert channel for desktop notifications).
EXTRA_SOURCES = (ROOT / "desktop" / "notify.py",)
PLACEHOLDER = re.compile(r"\{\w*\}")


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def core_templates(paths: list[Path] | None = None) -> dict[str, list[str]]:
    """template -> where it is marked (``file:line``), for every ``QT_TRANSLATE_NOOP("Core", "<literal>")``."""
    out: dict[str, list[str]] = {}
    for path in paths if paths is not None else [*core_sources(), *EXTRA_SOURCES]:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "QT_TRANSLATE_NOOP" and len(node.args) == 2):
                continue
            if _literal(node.args[0]) != CONTEXT:
                continue
            text = _literal(node.args[1])
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            assert text is not None, f"{where}: QT_TRANSLATE_NOOP needs a literal text (lupdate cannot read this)"
            out.setdefault(text, []).append(where)
    return out


def test_core_marks_its_texts():
    templates = core_templates()
    # the texts this issue converted, one from each producer: a vanished marker would hide them from translators
    for text in ("Excess collateral", "{share} of your net worth is on {account}", "not refreshed for {age}",
                 "{venue} rejected the API key (revoked, expired, or mistyped). Check it in Accounts.",
                 "{name} is {value} (must be above 0)", "whole account: liquidates at {move}",
                 "Blind on {source}", "Undertow test alert", "{field} is required for a {kind} channel"):
        assert text in templates, text
    # a template's placeholders are plain names: the number formats live in the parameter types (core.messages)
    specs = [f"{text!r} ({where[0]})" for text, where in templates.items() if re.search(r"\{[^}]*[:!][^}]*\}", text)]
    assert not specs, specs


def test_the_makefile_scans_core():
    mk = (I18N / "translations.mk").read_text(encoding="utf-8")
    command = next(line for line in mk.splitlines() if "pyside6-lupdate" in line)
    assert "$(CORE_SOURCES)" in command and "CORE_SOURCES = $(shell find core -name '*.py'" in mk


def test_lupdate_extracts_every_core_template(tmp_path):
    """What lupdate reads from core is exactly what the code marks (an escape or a built text would differ)."""
    out = tmp_path / "core.ts"
    lupdate(out, [*core_sources(), *EXTRA_SOURCES])
    extracted = {source for (ctx, source) in ts_messages(out) if ctx == CONTEXT}
    marked = set(core_templates())
    assert extracted == marked, (sorted(marked - extracted), sorted(extracted - marked))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_core_text_is_translated(language):
    """Each template core marks has a finished, non-empty translation with the same placeholders."""
    path = I18N / f"undertow_{language}.ts"
    known = ts_messages(path)
    problems = []
    for text, where in sorted(core_templates().items()):
        entry = known.get((CONTEXT, text))
        if entry is None:
            problems.append(f"missing: {text!r} ({where[0]})")
            continue
        translation = entry.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not (translation.text or "").strip():
            problems.append(f"not translated: {text!r} ({where[0]})")
        elif sorted(PLACEHOLDER.findall(translation.text or "")) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {text!r} -> {translation.text!r}")
    assert not problems, (f"{path.name}: {len(problems)} core texts without a usable translation "
                          "(run `make translations` and translate the \"Core\" context):\n" + "\n".join(problems))


# --- the guard: user-visible text made in core is a Message -------------------------------------------------------
#: Constructors whose arguments are read by a person: name -> (positions, keywords) of those arguments.
TEXT_ARGUMENTS: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {
    "Condition": ((3,), ("message",)),  # core.reminders
    "Alert": ((3, 4, 6), ("title", "body", "body_with_amounts")),  # core.alerts
    "SourceError": ((1,), ("message",)),  # core.sync: the reason a source failed
    "ChannelError": ((0,), ("message",)),  # core.alerts: why an alert channel failed
    "ChannelConfigError": ((0,), ()),
    "UnavailableChannel": ((1,), ("reason",)),
    "DBusUnavailable": ((0,), ()),
    "SourceFreshness": ((6,), ("reason",)),
}
#: Modules that still make user-visible text as plain strings, with how many such places: the lead converts them
#: (and lowers or removes the count); a module not listed here may have none, and a listed one may not gain any.
PENDING = {
    "core/custody/watchtower.py": 9,  # the cold-wallet alerts: title, body and body with amounts of three alerts
    "core/custody/http.py": 10,  # chain-server failures (SourceError reasons shown as a wallet's stale reason)
    "core/custody/esplora.py": 8,
    "core/custody/sources.py": 5,
    "core/custody/evm.py": 5,
    "core/exchanges/ccxt_source.py": 1,
    "core/exchanges/venues.py": 1,
    "core/exchanges/probes/hyperliquid.py": 1,
    "core/watch/marks.py": 1,
    "core/store/alerts_repo.py": 4,  # alert-channel settings errors
}


def _built_text(node: ast.expr) -> bool:
    """True for an expression that builds English text: a literal with letters, an f-string, str concatenation,
    ``"...".format(...)`` or ``"...".join(...)`` (a Message is made with ``message(...)`` / ``joined(...)``)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(ch.isalpha() for ch in node.value)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _built_text(node.left) or _built_text(node.right)
    if isinstance(node, ast.IfExp):
        return _built_text(node.body) or _built_text(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
        return isinstance(node.func.value, (ast.Constant, ast.JoinedStr))
    return False


def _scopes(tree: ast.Module) -> list[ast.AST]:
    return [tree, *(n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)))]


def _own_nodes(scope: ast.AST):
    """The nodes of a function (or module) without those of the functions nested in it."""
    todo = list(ast.iter_child_nodes(scope))
    while todo:
        node = todo.pop()
        yield node
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            todo.extend(ast.iter_child_nodes(node))


def plain_texts(source: str, filename: str) -> list[str]:
    """``file:line: Name`` for each user-visible argument of ``TEXT_ARGUMENTS`` built as a plain ``str``: in the
    call itself, or in a local variable the same function assigned built text to (``body = f"..."``)."""
    found = []
    for scope in _scopes(ast.parse(source, filename)):
        nodes = list(_own_nodes(scope))
        built = {t.id for n in nodes if isinstance(n, (ast.Assign, ast.AugAssign, ast.AnnAssign)) and n.value
                 is not None and (_built_text(n.value) or isinstance(n, ast.AugAssign))
                 for t in (n.targets if isinstance(n, ast.Assign) else [n.target]) if isinstance(t, ast.Name)}
        for node in nodes:
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else \
                node.func.attr if isinstance(node.func, ast.Attribute) else ""
            if name not in TEXT_ARGUMENTS:
                continue
            positions, keywords = TEXT_ARGUMENTS[name]
            args = [a for i, a in enumerate(node.args) if i in positions]
            args += [k.value for k in node.keywords if k.arg in keywords]
            found += [f"{filename}:{node.lineno}: {name}" for a in args
                      if _built_text(a) or (isinstance(a, ast.Name) and a.id in built)]
    return found


def test_the_guard_flags_plain_text():
    bad = '''
def f():
    body = f"cannot see {label}"
    return Alert("k", "blind", "warning", title, body, now)
Condition("R1", "a", 1.0, f"{x} on {y}")
Alert("k", "blind", "warning", "Blind on " + label, body="Undertow cannot see it", at=now)
raise SourceError("bad_data", "the server sent {}".format(x))
raise ChannelError(message(QT_TRANSLATE_NOOP("Core", "ok")) if a else "not ok")
'''
    good = '''
def f():
    body = message(QT_TRANSLATE_NOOP("Core", "cannot see {source}"), source=label)
    return Alert("k", "blind", "warning", title, body, now)
Condition("R1", "a", 1.0, message(QT_TRANSLATE_NOOP("Core", "{x} on {y}"), x=x, y=y))
Alert("k", "blind", "warning", title, body=joined([a, b]), at=now, body_with_amounts=body)
raise SourceError("bad_data", user_message("bad_data", venue))
raise ChannelError(text, "other")
'''
    assert len(plain_texts(bad, "bad.py")) == 6
    assert plain_texts(good, "good.py") == []


def test_user_visible_texts_in_core_are_messages():
    by_file: dict[str, list[str]] = {}
    for path in [*core_sources(), *EXTRA_SOURCES]:
        rel = str(path.relative_to(ROOT))
        found = plain_texts(path.read_text(encoding="utf-8"), rel)
        if found:
            by_file[rel] = found
    new = [f for rel, found in by_file.items() if rel not in PENDING for f in found]
    assert not new, "user-visible text made as a plain str (make it a core.messages Message):\n" + "\n".join(new)
    grown = {rel: len(found) for rel, found in by_file.items() if rel in PENDING and len(found) > PENDING[rel]}
    assert not grown, f"more plain texts than the pending count: {grown}"
    done = sorted(set(PENDING) - set(by_file))
    assert not done, f"converted: remove from PENDING: {done}"


# --- behaviour: the producers return Messages --------------------------------------------------------------------
NOW = datetime(2026, 2, 12, 12, 0, tzinfo=UTC)  # the demo data's market time


@pytest.fixture(scope="module")
def demo_snapshot():
    from core.demo import load_demo_snapshot

    return load_demo_snapshot(NOW)


def _messages(*texts) -> list[str]:
    """The texts that are not Messages (empty texts are fine: nothing to read)."""
    return [repr(t) for t in texts if t and not isinstance(t, Message)]


def test_text_producers_return_messages(demo_snapshot):
    from core import freshness, reminders
    from core.exchanges import errors
    from core.plausibility import model_problems, summary
    from core.risk import assess_accounts, assess_positions, format_move
    from core.sync import SourceError

    snap = demo_snapshot
    # reminders: every rule's reading (fired or not) carries a Message and a Message title
    context = reminders.ReminderContext(withdrawal_enabled_accounts=frozenset(a.id for a in snap.accounts))
    found = reminders.conditions(snap, NOW, context=context)
    assert {c.rule_id for c in found} >= {"R1", "R3", "R5", "R7", "LIQ"}
    assert not _messages(*(c.message for c in found), *(c.kind for c in found))
    # freshness: stale by age, never synced, a key problem, the verdict lines
    fresh = freshness.assess(dataclasses.replace(snap, demo=False), NOW + timedelta(days=1), timedelta(hours=1),
                             {"new-account": "New"})
    assert fresh.blind
    assert not _messages(fresh.headline(), *fresh.reasons(), *(s.reason for s in fresh.sources),
                         *(s.describe() for s in fresh.sources), *(s.fix for s in fresh.sources),
                         *(freshness.key_message(p, "Bybit", "Main") for p in (freshness.KEY_MISSING,
                                                                                 freshness.KEYRING_LOCKED)))
    # exchange errors: every category's sentence, and what a ccxt-less failure maps to
    assert not _messages(*(errors.user_message(c, "Binance") for c in (*errors.CATEGORIES, "implausible")),
                         errors.to_source_error(TimeoutError(), "Binance", timeout_s=10).message,
                         errors.to_source_error(ConnectionError(), "OKX", "positions").message)
    assert isinstance(errors.to_source_error(SourceError("x", errors.user_message("other", "B")), "B").message,
                      Message)
    # plausibility
    problems = model_problems(prices_usd={"EUR": -1.0, "BTC": float("nan"), "ETH": 1e12})
    assert len(problems) == 3 and not _messages(*problems, summary(problems, 1))
    # risk: account notes and disagreements, position methods and notes made by core.risk
    accounts, positions = assess_accounts(snap), assess_positions(snap)
    assert not _messages(*(a.note for a in accounts), *(a.disagreement for a in accounts),
                         *(r.note for r in positions if r.note and "whole account" in r.method),
                         *(r.method for r in positions if "whole account" in r.method),
                         format_move("BTC", -0.123), format_move("BTC", None))


def test_alert_texts_are_messages(demo_snapshot):
    from core.alerts.dispatch import make_test_alert
    from core.messages import QT_TRANSLATE_NOOP, Percent, message
    from core.reminders import Condition, Reminder, ReminderState
    from core.risk import assess_accounts, assess_positions
    from core.watch.rules import Reading, SourceView, Thresholds, WatchConfig, WatchState, evaluate

    snap = demo_snapshot
    account = snap.accounts[0]
    text = message(QT_TRANSLATE_NOOP("Core", "{share} of your net worth is on {account}"), share=Percent(0.5, 0),
                   account=account.label)
    due = Reminder(Condition("R1", account.id, 2.0, text, account_id=account.id),
                   ReminderState("R1", account.id, True, NOW - timedelta(days=1)), True)
    config = WatchConfig(Thresholds(99.0, 99.0, 1.0), blind_after=1)
    reading = Reading(snap, assess_positions(snap), assess_accounts(snap),
                      {account.id: SourceView(account.id, account.label, False, "down")}, (due,))
    alerts, _ = evaluate(reading, WatchState(), config, NOW)
    assert {a.kind for a in alerts} >= {"liquidation", "margin", "blind", "reminder"}
    alerts.append(make_test_alert("phone", NOW))
    assert not _messages(*(t for a in alerts for t in (a.title, a.body, a.body_with_amounts)))
    # names, never ids: the account's label is in the reminder alert, its id only in the key
    reminder = next(a for a in alerts if a.kind == "reminder")
    assert account.label in reminder.body and account.id not in reminder.title + reminder.body

