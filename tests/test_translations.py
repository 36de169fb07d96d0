"""Every user-visible string in the GUI is translatable, and the translations are complete and current.

1. An AST scan of ``desktop/`` flags English text handed straight to a Qt text API (setText, QLabel(...),
   addRow, QMessageBox.*, ...) or returned as display text by a model, without ``tr()``/``translate()``.
2. Each ``resources/i18n/*.ts`` has no unfinished, empty or vanished entries, and lupdate over the
   current sources (the GUI and core) finds no message the ``.ts`` lacks.
3. Each ``.qm`` is what lrelease makes from its ``.ts`` today (``make translations`` rebuilds them).
4. Texts made in ``core`` (``core.messages``: ``QT_TRANSLATE_NOOP("Core", ...)``) are covered by
   ``tests/test_core_translations.py``.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "desktop"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("ja", "zh_CN", "ru")
BIN = Path(sys.executable).parent

# The CLI (commands/, __main__, selftest) prints English on purpose: it must not import Qt. format.py is
# shared with the CLI; the GUI localises its separators through desktop.i18n.
NOT_GUI = ("commands", "__main__.py", "selftest.py", "format.py", "cli.py")

# Qt text APIs -> which positional arguments are shown to people (None: every argument).
TEXT_CALLS: dict[str, tuple[int, ...] | None] = {
    "setText": (0,), "setToolTip": (0,), "setStatusTip": (0,), "setWhatsThis": (0,), "setWindowTitle": (0,),
    "setPlaceholderText": (0,), "setTitle": (0,), "setSpecialValueText": (0,), "setSuffix": (0,),
    "setPrefix": (0,), "showMessage": None, "setLabelText": (0,), "setItemText": (1,), "setTabText": (1,),
    "setLabel": (1,), "addItem": (0,), "addItems": (0,), "insertItem": (1,), "addRow": (0,), "addTab": (1,),
    "setHeaderLabels": (0,), "setHorizontalHeaderLabels": (0,), "setVerticalHeaderLabels": (0,),
    "addAction": (0,), "addMenu": (0,), "setInformativeText": (0,), "setDetailedText": (0,),
    "QLabel": (0,), "QPushButton": (0,), "QToolButton": (0,), "QCheckBox": (0,), "QRadioButton": (0,),
    "QGroupBox": (0,), "QAction": (0,), "QMenu": (0,), "QToolBar": (0,), "QListWidgetItem": (0,),
    "QTableWidgetItem": (0,), "QTreeWidgetItem": None, "QCommandLinkButton": None,
    "critical": (1, 2), "warning": (1, 2), "information": (1, 2), "question": (1, 2), "about": (1, 2),
    "getText": (1, 2), "getItem": (1, 2), "getInt": (1, 2), "getDouble": (1, 2),
    "getOpenFileName": (1,), "getSaveFileName": (1,), "getExistingDirectory": (1,),
}
TEXT_KEYWORDS = {"text", "toolTip", "statusTip", "placeholderText", "windowTitle", "title", "suffix", "prefix",
                 "specialValueText", "name"}
DISPLAY_METHODS = {"data", "headerData"}  # a model's text for DisplayRole/ToolTipRole
TRANSLATORS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}
# Shown as they are in every language: symbols, units, codes, names.
ALLOWED = {"σ", "USD", "BTC", "ETH", "Undertow", "%", "×", "x", "UTC", "ccxt", "DEMO", "xpub", "zpub", "ypub",
           "socks5://127.0.0.1:9050", "https://blockstream.info/api", "mempool.space", "PnL"}
TAGS = re.compile(r"<[^>]*>|&\w+;|\{[^}]*\}|%\d|%[sdfn]|#[0-9a-fA-F]{3,8}\b")


def _linguistic(text: str) -> bool:
    stripped = TAGS.sub(" ", text).strip()
    if stripped in ALLOWED:
        return False
    return any(ch.isalpha() for ch in stripped)


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _untranslated(node: ast.expr | None) -> list[str]:
    """The literal texts in an expression that reach the screen without going through a translator."""
    if node is None:
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if _linguistic(node.value) else []
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
        inner = [t for v in node.values if isinstance(v, ast.FormattedValue) for t in _untranslated(v.value)]
        return ([" ".join(parts)] if _linguistic(" ".join(parts)) else []) + inner
    if isinstance(node, ast.BinOp):
        return _untranslated(node.left) + _untranslated(node.right)
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) + _untranslated(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return [t for e in node.elts for t in _untranslated(e)]
    if isinstance(node, ast.Dict):
        return [t for v in node.values for t in _untranslated(v)]
    if isinstance(node, ast.Subscript):
        return _untranslated(node.value)
    if isinstance(node, ast.Call):
        name = _name(node.func)
        if name in TRANSLATORS:
            return []
        if name in ("join", "format") and isinstance(node.func, ast.Attribute):
            return _untranslated(node.func.value)
    return []


def scan_source(source: str, filename: str = "<sample>") -> list[str]:
    """Findings ``file:line: text`` for user-visible literals that are not translatable."""
    tree = ast.parse(source, filename)
    findings: list[str] = []

    def flag(node: ast.AST, texts: list[str]) -> None:
        findings.extend(f"{filename}:{node.lineno}: {t!r}" for t in texts)

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _name(node.func)
            if name in TRANSLATORS and name in ("tr", "translate"):
                text_arg = node.args[1 if name == "translate" else 0] if len(node.args) > (name == "translate") \
                    else None
                # A variable is fine (it holds a QT_TRANSLATE_NOOP-marked literal); built text is not.
                if name == "tr" and isinstance(node.func, ast.Name) and len(node.args) >= 2:
                    flag(node, ["a bare tr(context, text) is read by lupdate as tr(text, disambiguation): "
                                "call QCoreApplication.translate(context, text)"])
                if isinstance(text_arg, (ast.JoinedStr, ast.BinOp)) or (
                        isinstance(text_arg, ast.Call) and _name(text_arg.func) in ("format", "join")):
                    flag(node, ["tr()/translate() needs a literal source text (lupdate cannot read this)"])
                continue
            if name in TEXT_CALLS:
                wanted = TEXT_CALLS[name]
                for i, arg in enumerate(node.args):
                    if wanted is None or i in wanted:
                        flag(node, _untranslated(arg))
                for kw in node.keywords:
                    if kw.arg in TEXT_KEYWORDS:
                        flag(node, _untranslated(kw.value))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name in DISPLAY_METHODS:
            for sub in ast.walk(node):
                if isinstance(sub, ast.Return):
                    flag(sub, _untranslated(sub.value))
        elif isinstance(node, ast.Lambda) and "models" in Path(filename).parts:
            flag(node, _untranslated(node.body))  # models compute display text in column lambdas
    return findings


def gui_sources() -> list[Path]:
    files = []
    for path in sorted(DESKTOP.rglob("*.py")):
        rel = path.relative_to(DESKTOP)
        if rel.parts[0] in NOT_GUI or rel.name in NOT_GUI:
            continue
        files.append(path)
    return files


BAD_SAMPLE = '''
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
class V(QWidget):
    def __init__(self):
        self.a = QLabel("Open interest")
        self.b = QPushButton(f"Liquidate {n} positions")
        self.c.setToolTip("Funding rate, per 8 h")
        form.addRow("Maintenance margin", self.d)
        QMessageBox.warning(self, "Cold storage", "Move it")
        self.e.setText(self.tr(f"ADL {x}"))
        tr = QCoreApplication.translate
        self.f.setText(tr("Ctx", "Self-custody"))
        combo.addItems(["Long", "Short"])
    def headerData(self, section, orientation, role):
        return "Venue"
'''

GOOD_SAMPLE = '''
from PySide6.QtWidgets import QLabel
class V(QWidget):
    def retranslate(self):
        self.a = QLabel(self.tr("Open interest"))
        self.b.setText(self.tr("Liquidate {n} positions").format(n=n))
        self.c.setToolTip(QCoreApplication.translate("V", "Funding rate"))
        self.hidden.setText("•••")
        self.title.setText(f"<b>{self.tr('Cold storage')}</b>")
        self.sigma.setText(f"{x:.1f} σ")
    def headerData(self, section, orientation, role):
        return "—"
'''


def test_the_scan_flags_untranslated_text_in_a_bad_sample():
    findings = scan_source(BAD_SAMPLE)
    for text in ("Open interest", "Liquidate", "Funding rate", "Maintenance margin", "Cold storage", "Move it",
                 "needs a literal", "Long", "Short", "Venue", "bare tr"):
        assert any(text in f for f in findings), (text, findings)


def test_the_scan_accepts_translated_text_and_symbols():
    assert scan_source(GOOD_SAMPLE) == []


def test_every_user_visible_string_in_the_gui_is_translatable():
    findings = [f for path in gui_sources()
                for f in scan_source(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))]
    assert not findings, "untranslatable text (wrap it in self.tr()):\n" + "\n".join(findings)


# --- .ts files --------------------------------------------------------------------------------------------
def ts_messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    messages = {}
    for context in root.iter("context"):
        ctx = context.findtext("name")
        for message in context.iter("message"):
            messages[(ctx, message.findtext("source"))] = message
    return messages


def _translation_texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def core_sources() -> list[Path]:
    """core/ is scanned too (resources/i18n/translations.mk): its Messages' templates are in the "Core" context."""
    return sorted((ROOT / "core").rglob("*.py"))


def lupdate(ts_out: Path, sources: list[Path] | None = None) -> None:
    tool = BIN / "pyside6-lupdate"
    if not tool.exists():
        pytest.skip("pyside6-lupdate is not installed")
    files = sources if sources is not None else gui_sources() + core_sources()
    subprocess.run([str(tool), *map(str, files), "-locations", "none", "-ts", str(ts_out)],
                   check=True, capture_output=True, cwd=ROOT, timeout=120)


@pytest.fixture(scope="module")
def current_messages(tmp_path_factory) -> set[tuple[str, str]]:
    out = tmp_path_factory.mktemp("lupdate") / "current.ts"
    lupdate(out)
    return set(ts_messages(out))


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_file_is_finished(language):
    path = I18N / f"undertow_{language}.ts"
    assert path.exists(), f"{path} is missing: run `make translations`"
    problems = []
    for (ctx, source), message in ts_messages(path).items():
        kind = message.find("translation").get("type")
        if kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{ctx}: {source!r} is {kind}")
        elif not all(t.strip() for t in _translation_texts(message)):
            problems.append(f"{ctx}: {source!r} has an empty translation")
    assert not problems, f"{path.name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_file_has_every_message_of_the_current_sources(language, current_messages):
    known = set(ts_messages(I18N / f"undertow_{language}.ts"))
    missing = sorted(current_messages - known)
    extra = sorted(known - current_messages)
    assert not missing, "run `make translations` and translate:\n" + "\n".join(map(str, missing))
    assert not extra, "messages no longer in the sources (run `make translations`):\n" + "\n".join(map(str, extra))


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language):
    """A translation keeps every {name} and %1 of its source, or .format() would fail at run time."""
    bad = []
    for (ctx, source), message in ts_messages(I18N / f"undertow_{language}.ts").items():
        wanted = sorted(re.findall(r"\{\w*\}|%\d", source))
        for text in _translation_texts(message):
            if sorted(re.findall(r"\{\w*\}|%\d", text)) != wanted:
                bad.append(f"{ctx}: {source!r} -> {text!r}")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("language", LANGUAGES)
def test_qm_file_is_current(language, tmp_path):
    tool = BIN / "pyside6-lrelease"
    if not tool.exists():
        pytest.skip("pyside6-lrelease is not installed")
    ts, qm = I18N / f"undertow_{language}.ts", I18N / f"undertow_{language}.qm"
    assert qm.exists(), f"{qm.name} is missing: run `make translations`"
    fresh = tmp_path / qm.name
    subprocess.run([str(tool), str(ts), "-qm", str(fresh)], check=True, capture_output=True, timeout=60)
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is older than {ts.name}: run `make translations`"


def test_lupdate_is_on_path_for_make():
    assert shutil.which("pyside6-lupdate", path=str(BIN)) is not None
