# Translations: `make translations` extracts every tr()/translate() text of the GUI into the .ts sources
# (keeping what is already translated, dropping what vanished) and compiles them into the .qm files the
# app loads. tests/test_translations.py fails when a .ts is unfinished or a .qm is older than its .ts.
# The CLI (desktop/commands, __main__, selftest) and the Qt-free format.py are not scanned: they print English.
# core/ is scanned too: the texts it makes for a person are core.messages Messages marked with
# QT_TRANSLATE_NOOP("Core", ...); the window translates them (desktop.i18n.text), the terminal prints English.
LANGUAGES := ja zh_CN ru
I18N      := resources/i18n
TS_FILES  := $(foreach l,$(LANGUAGES),$(I18N)/undertow_$(l).ts)
GUI_SOURCES = $(shell find desktop -name '*.py' -not -path 'desktop/commands/*' -not -name __main__.py \
                -not -name selftest.py -not -name format.py -not -name cli.py | sort)
CORE_SOURCES = $(shell find core -name '*.py' | sort)

.PHONY: translations
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(GUI_SOURCES) $(CORE_SOURCES) -locations none -no-obsolete -ts $(TS_FILES)
	for ts in $(TS_FILES); do $(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm || exit 1; done
