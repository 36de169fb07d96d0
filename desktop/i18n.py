"""The interface language: load Undertow's and Qt's translations, set the number/date locale, tell views.

Translations are Qt ``.qm`` files in ``resources/i18n/undertow_<lang>.qm`` compiled from the ``.ts``
sources by ``make translations``. Switching installs the new translators, which makes Qt send
``QEvent.LanguageChange`` to every widget: views re-set their texts in ``retranslate()`` from
``changeEvent``. Things that are not widgets (tray icon, QActions) listen to ``language_changed``.

Numbers: ``desktop.format`` stays Qt-free for the CLI; the GUI gives it the locale's group and decimal
separators here, so "1 234,5" in Russian and "1,234.5" in Japanese come from the same formatter.
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
        system = QLocale.system()
        locale = system if not setting and language == best_language(system.name()) else QLocale(language)
        QLocale.setDefault(locale)
        _set_number_symbols(locale)
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
        state.settings_changed.connect(lambda s: self.apply(s.language))


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


# Texts made by core (which cannot import Qt) that the GUI shows: marked here so lupdate extracts them,
# translated by their English text with ``core_text(context, text)``.
CORE_TEXTS = [
    QT_TRANSLATE_NOOP("ReminderKind", "Excess collateral"),
    QT_TRANSLATE_NOOP("ReminderKind", "Long-term coins on exchanges"),
    QT_TRANSLATE_NOOP("ReminderKind", "Exchange concentration"),
    QT_TRANSLATE_NOOP("ReminderKind", "Idle exchange balance"),
    QT_TRANSLATE_NOOP("ReminderKind", "Self-custody drill"),
    QT_TRANSLATE_NOOP("ReminderKind", "Stale wallet data"),
    QT_TRANSLATE_NOOP("ReminderKind", "Security hygiene"),
    QT_TRANSLATE_NOOP("ReminderKind", "Liquidation proximity"),
    QT_TRANSLATE_NOOP("ReminderKind", "Reminder"),
    QT_TRANSLATE_NOOP("Scenario", "2025-10-10 crash"),  # the bundled presets in resources/scenarios
    QT_TRANSLATE_NOOP("Scenario", "BTC breaks the $70k support"),
    QT_TRANSLATE_NOOP("Scenario", "BTC breaks the $75k support"),
    QT_TRANSLATE_NOOP("Scenario", "Collateral haircut (USDe / wBETH off par)"),
    QT_TRANSLATE_NOOP("Scenario", "Gap of -10 % (survival rule)"),
    QT_TRANSLATE_NOOP("Scenario", "Short squeeze (+15 %)"),
    QT_TRANSLATE_NOOP("MarginMode", "cross"),
    QT_TRANSLATE_NOOP("MarginMode", "isolated"),
    QT_TRANSLATE_NOOP("Side", "long"),
    QT_TRANSLATE_NOOP("Side", "short"),
    QT_TRANSLATE_NOOP("SourceState", "fresh"),
    QT_TRANSLATE_NOOP("SourceState", "stale"),
    QT_TRANSLATE_NOOP("SourceState", "failed"),
]


def core_text(context: str, text: str) -> str:
    """The translation of an English text made by core (unknown texts come back unchanged)."""
    return QCoreApplication.translate(context, text)
