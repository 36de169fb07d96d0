"""The interface language: load Undertow's and Qt's translations, set the number/date locale, tell views.

Translations are Qt ``.qm`` files in ``resources/i18n/undertow_<lang>.qm`` compiled from the ``.ts``
sources by ``make translations``. Switching installs the new translators, which makes Qt send
``QEvent.LanguageChange`` to every widget: views re-set their texts in ``retranslate()`` from
``changeEvent``. Things that are not widgets (tray icon, QActions) listen to ``language_changed``.

Numbers: ``desktop.format`` stays Qt-free for the CLI; the GUI gives it the locale's group and decimal
separators here, so "1 234,5" in Russian and "1,234.5" in Japanese come from the same formatter. A switch also
gives every open window the new locale (a widget keeps the locale it was created with otherwise), and English on an
English or POSIX system keeps the system's date format rather than QLocale("en")'s US one.

Texts made by core: ``text(message)`` shows a ``core.messages.Message`` in the interface language, its numbers,
amounts, durations and moments in the chosen locale; a plain ``str`` passes through.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

from core.messages import Amount, Duration, Message, Number, Percent, Usd, When
from desktop import format as fmt

log = logging.getLogger(__name__)

# (code, name in its own language): endonyms are never translated, a reader must find their own language.
LANGUAGES = [("en", "English"), ("ja", "日本語"), ("zh_CN", "简体中文"), ("ru", "Русский")]
LANGUAGE_CODES = tuple(code for code, _ in LANGUAGES)
SOURCE_LANGUAGE = "en"  # the language of the strings in the code


def best_language(locale_name: str) -> str:
    """The available language for a locale name like 'ja_JP', 'zh_Hans_CN', 'ru-RU' ('en' when none fits)."""
    name = (locale_name or "").replace("-", "_")
    if name in LANGUAGE_CODES:
        return name
    base = name.split("_")[0].lower()
    if base == "zh":
        # Traditional Chinese readers are better served by English than by Simplified characters.
        traditional = any(part in name.split("_")[1:] for part in ("Hant", "TW", "HK", "MO"))
        return SOURCE_LANGUAGE if traditional else "zh_CN"
    return base if base in LANGUAGE_CODES else SOURCE_LANGUAGE


def resolve(setting: str) -> str:
    """The language code for the ``language`` setting ('' = follow the system locale)."""
    if setting:
        return best_language(setting)
    return best_language(QLocale.system().name())


def qm_path(language: str):
    from core.resources import resource_path

    return resource_path("i18n", f"undertow_{language}.qm")


class Translations(QObject):
    """Owns the installed translators; one per application (see ``translations()``)."""

    language_changed = Signal(str)  # the new language code, after the translators are installed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = SOURCE_LANGUAGE
        self._installed: list[QTranslator] = []

    def apply(self, setting: str) -> str:
        """Switch to the language the setting asks for; returns the language code now in use."""
        language = resolve(setting)
        locale = locale_for(language, follow_system=not setting)
        QLocale.setDefault(locale)
        _set_number_symbols(locale)
        _relocalise_widgets(locale)
        if language == self.language and (self._installed or language == SOURCE_LANGUAGE):
            return language
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("switching the language needs a running QCoreApplication")
        for old in self._installed:
            app.removeTranslator(old)
        self._installed = []
        if language != SOURCE_LANGUAGE:
            ours = QTranslator(self)
            if ours.load(str(qm_path(language))):
                self._installed.append(ours)
            else:  # a broken install shows English rather than failing to start
                log.warning("translation file for %s is missing; showing English", language)
            qt = QTranslator(self)  # Qt's own texts: standard buttons (Save, Cancel), context menus
            if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._installed.append(qt)
            for t in self._installed:
                app.installTranslator(t)
        self.language = language
        self.language_changed.emit(language)
        return language

    def follow(self, state) -> None:
        """Apply the state's language now and whenever the settings change."""
        self.apply(state.settings.language)
        applied = [state.settings.language]

        def changed(settings) -> None:  # only a change of language re-applies (not every privacy toggle)
            if settings.language != applied[0]:
                applied[0] = settings.language
                self.apply(settings.language)

        state.settings_changed.connect(changed)


def locale_for(language: str, follow_system: bool = False) -> QLocale:
    """The number and date locale for an interface language: the system's own when the language follows the system
    or the system's locale is in that language (a British user choosing English keeps day/month dates, a Russian
    in Ukraine keeps theirs), else the language's main locale (ja -> ja_JP). The POSIX "C" locale counts as
    English: its dates read ISO 8601, before and after any switch."""
    system = QLocale.system()
    if best_language(system.name()) == language and (
            follow_system or system.language() in (QLocale(language).language(), QLocale.Language.C)):
        return system
    return QLocale(language)


def _relocalise_widgets(locale: QLocale) -> None:
    """``QLocale.setDefault`` reaches only widgets created afterwards: every open window takes the new locale too
    (spin boxes, date edits, validators), so nothing keeps the previous language's number and date format."""
    app = QCoreApplication.instance()
    if app is None or not hasattr(app, "topLevelWidgets"):
        return
    for widget in app.topLevelWidgets():
        widget.setLocale(locale)


def _set_number_symbols(locale: QLocale) -> None:
    # Only the separators follow the locale; digits stay ASCII so amounts read the same everywhere.
    fmt.set_number_symbols(group=locale.groupSeparator() or ",", decimal=locale.decimalPoint() or ".")
    fmt.set_translator(QCoreApplication.translate)


_translations: Translations | None = None


def translations() -> Translations:
    global _translations
    if _translations is None:
        _translations = Translations(QCoreApplication.instance())
    return _translations


def date_time(when: datetime | None) -> str:
    """A local date and time in the chosen locale's short format (no seconds)."""
    if when is None:
        return fmt.DASH
    local = when.astimezone()
    if QLocale().language() == QLocale.Language.C:  # the POSIX locale has no real format: use ISO 8601
        return f"{local:%Y-%m-%d %H:%M}"
    qdt = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    return QLocale().toString(qdt, QLocale.FormatType.ShortFormat)


def date(when: datetime | None) -> str:
    """A local date in the chosen locale's short format."""
    if when is None:
        return fmt.DASH
    if QLocale().language() == QLocale.Language.C:
        return f"{when.astimezone():%Y-%m-%d}"
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(when.timestamp())).date(),
                              QLocale.FormatType.ShortFormat)


def age(when: datetime | None, now: datetime) -> str:
    """How long ago, translated: 'just now', '15 min ago', '3 h ago', '2 d ago'."""
    if when is None:
        return QCoreApplication.translate("Age", "never")
    seconds = max(0, int((now - when).total_seconds()))
    if seconds >= 86400:
        return QCoreApplication.translate("Age", "{n} d ago").format(n=seconds // 86400)
    if seconds >= 3600:
        return QCoreApplication.translate("Age", "{n} h ago").format(n=seconds // 3600)
    if seconds >= 60:
        return QCoreApplication.translate("Age", "{n} min ago").format(n=seconds // 60)
    return QCoreApplication.translate("Age", "just now")


def duration(seconds: float | None) -> str:
    """A length of time, translated: '40 s', '12 min', '3 h 05 min', '2 d 4 h' ('never' for None)."""
    if seconds is None:
        return QCoreApplication.translate("Duration", "never")
    s = max(0, int(seconds))
    if s < 60:
        return QCoreApplication.translate("Duration", "{n} s").format(n=s)
    if s < 3600:
        return QCoreApplication.translate("Duration", "{n} min").format(n=s // 60)
    if s < 86400:
        return QCoreApplication.translate("Duration", "{h} h {m} min").format(h=s // 3600,
                                                                              m=f"{s % 3600 // 60:02d}")
    return QCoreApplication.translate("Duration", "{d} d {h} h").format(d=s // 86400, h=s % 86400 // 3600)


# --- texts made by core (core.messages): translated in their context, numbers and dates in the chosen locale ------
def text(m: Message | str | None) -> str:
    """What the window shows for a text made by core: a ``Message`` translated (its template looked up in its
    context, "Core") with its parameters formatted for the chosen locale, nested messages translated too; a plain
    ``str`` unchanged ('' for None)."""
    if m is None:
        return ""
    if not isinstance(m, Message):
        return str(m)
    values = {name: _param_text(value) for name, value in m.params}
    template = QCoreApplication.translate(m.context, m.template) if m.template else m.template
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation (a renamed placeholder) shows English
        log.warning("the translation of %r does not fit its parameters; showing English", m.template)
        return m.template.format(**values)


def _param_text(value: object) -> str:
    if isinstance(value, Message):
        return text(value)
    if isinstance(value, Percent):
        return fmt.localised(str(value))
    if isinstance(value, Usd):
        if fmt.display_currency().code == "USD":
            return fmt.localised(str(value))
        return fmt.money(value.value)  # the chosen display currency, like every other amount in the window
    if isinstance(value, Amount):
        number = str(Amount(value.value, "", value.decimals))
        return f"{fmt.localised(number)} {value.asset}".rstrip()
    if isinstance(value, Number):
        return fmt.localised(str(value))
    if isinstance(value, Duration):
        return duration(value.seconds)
    if isinstance(value, When):
        return date_time(value.at)
    if isinstance(value, float):
        return fmt.localised(f"{value:g}")
    return str(value)


# Texts made by core (which cannot import Qt) that the GUI shows by their English text: marked here so lupdate
# extracts them, translated with ``core_text(context, text)``. (New texts from core are ``Message``s instead.)
CORE_TEXTS = [
    QT_TRANSLATE_NOOP("Scenario", "2025-10-10 crash"),  # the bundled presets in resources/scenarios
    QT_TRANSLATE_NOOP("Scenario", "BTC breaks the $70k support"),
    QT_TRANSLATE_NOOP("Scenario", "BTC breaks the $75k support"),
    QT_TRANSLATE_NOOP("Scenario", "Collateral haircut (USDe / wBETH off par)"),
    QT_TRANSLATE_NOOP("Scenario", "Gap of -10 % (survival rule)"),
    QT_TRANSLATE_NOOP("Scenario", "Short squeeze (+15 %)"),
    QT_TRANSLATE_NOOP("Scenario", "Slide of -10 % over an hour"),
    QT_TRANSLATE_NOOP("MarginMode", "cross"),
    QT_TRANSLATE_NOOP("MarginMode", "isolated"),
    QT_TRANSLATE_NOOP("Side", "long"),
    QT_TRANSLATE_NOOP("Side", "short"),
    QT_TRANSLATE_NOOP("SourceState", "fresh"),
    QT_TRANSLATE_NOOP("SourceState", "stale"),
    QT_TRANSLATE_NOOP("SourceState", "failed"),
]


def core_text(context: str, english: Message | str) -> str:
    """The translation of an English text made by core (unknown texts come back unchanged); a ``Message`` is
    translated in its own context (``text``)."""
    if isinstance(english, Message):
        return text(english)
    return QCoreApplication.translate(context, english)
