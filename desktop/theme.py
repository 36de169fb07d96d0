"""Light/dark/system theme for widgets and charts, in one place.

One mechanism repaints everything on a switch, without a restart: ``ThemeManager.apply`` first makes
``chart_palette()`` answer the new colours, then sets the application palette, so Qt delivers every widget a
``QEvent.PaletteChange`` (posted: on the next pass of the event loop). Plain widgets repaint from the palette by
themselves; a view that keeps colours of its own (rich text with inline colours, chart pens and backgrounds)
re-renders in its ``changeEvent`` (``desktop.widgets.is_theme_change``). ``theme_changed`` is emitted last, for
objects that are not widgets. In ``system`` mode a change of the desktop's colour scheme is followed the same way.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class ChartPalette:
    background: str
    foreground: str
    grid_alpha: float
    equity: str  # the user's equity without the cascade
    equity_cascade: str  # ... with the cascade
    danger: str
    warning: str
    ok: str
    long: str
    short: str
    exchange: str
    self_custody: str


LIGHT = ChartPalette("#ffffff", "#202124", 0.15, "#1f77b4", "#d62728", "#d9534f", "#e8a317", "#3c9d5d",
                     "#2e8b57", "#c0392b", "#e67e22", "#2980b9")
DARK = ChartPalette("#1e1f22", "#dcdcdc", 0.25, "#5dade2", "#ff6b6b", "#ff6b6b", "#f0b429", "#5fbf7f",
                    "#58d68d", "#ec7063", "#f39c12", "#5dade2")


def _system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is not None:
        return scheme() == Qt.ColorScheme.Dark
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def _dark_palette() -> QPalette:
    p = QPalette()
    base, alt, text = QColor("#1e1f22"), QColor("#2b2d31"), QColor("#dcdcdc")
    for role, color in ((QPalette.ColorRole.Window, alt), (QPalette.ColorRole.WindowText, text),
                        (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, alt),
                        (QPalette.ColorRole.ToolTipBase, alt), (QPalette.ColorRole.ToolTipText, text),
                        (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, alt),
                        (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.BrightText, QColor("#ff6b6b")),
                        (QPalette.ColorRole.Highlight, QColor("#3d6fb6")),
                        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
                        (QPalette.ColorRole.Link, QColor("#5dade2")),
                        (QPalette.ColorRole.PlaceholderText, QColor("#8a8a8a"))):
        p.setColor(role, color)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#777777"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#777777"))
    return p


class ThemeManager(QObject):
    theme_changed = Signal(object)  # the new ChartPalette

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = "system"
        self.palette = LIGHT
        self._follows_system = False

    def apply(self, mode: str) -> ChartPalette:
        """Apply ``system``, ``light`` or ``dark`` to the whole application and its charts, at once: every widget
        gets a ``PaletteChange`` (see the module's docstring)."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            raise RuntimeError("the theme is applied to a running QApplication")
        self.mode = mode if mode in ("system", "light", "dark") else "system"
        self._follow_system(app)
        if app.style().name().lower() != "fusion":  # a new style re-polishes every widget: only once
            app.setStyle("Fusion")
        dark = self.mode == "dark" or (self.mode == "system" and _system_is_dark())
        # the chart colours first: widgets re-render from them while the palette change is delivered
        self.palette = DARK if dark else LIGHT
        # charts loaded: new ones in the new colours (else desktop.startup.load_charts does it when they are loaded)
        if "pyqtgraph" in sys.modules:
            import pyqtgraph as pg

            pg.setConfigOptions(background=self.palette.background, foreground=self.palette.foreground,
                                antialias=True)
        app.setPalette(_dark_palette() if dark else app.style().standardPalette())
        self.theme_changed.emit(self.palette)
        return self.palette

    def _follow_system(self, app: QApplication) -> None:
        """In ``system`` mode, a switch of the desktop between light and dark applies at once too."""
        if self._follows_system:
            return
        hints = app.styleHints()
        signal = getattr(hints, "colorSchemeChanged", None)
        if signal is not None:
            signal.connect(self._on_system_scheme)
            self._follows_system = True

    def _on_system_scheme(self, *_args: object) -> None:
        if self.mode == "system":
            self.apply("system")


_manager: ThemeManager | None = None


def theme() -> ThemeManager:
    global _manager
    if _manager is None:
        _manager = ThemeManager()
    return _manager


def chart_palette() -> ChartPalette:
    return theme().palette


def style_plot(plot_widget, palette: ChartPalette | None = None) -> None:
    """Restyle an existing pyqtgraph PlotWidget for the current theme."""
    import pyqtgraph as pg

    palette = palette or chart_palette()
    plot_widget.setBackground(palette.background)
    item = plot_widget.getPlotItem()
    for name in ("left", "bottom", "right", "top"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(palette.foreground))
        axis.setTextPen(pg.mkPen(palette.foreground))
    item.showGrid(x=True, y=True, alpha=palette.grid_alpha)
    title = item.titleLabel
    if title.text:  # a title keeps the colour it was drawn with unless told again
        title.setText(title.text, color=palette.foreground)
    if item.legend is not None:
        item.legend.setLabelTextColor(palette.foreground)
        for _sample, label in item.legend.items:  # labels keep their old pixels until re-rendered
            label.setText(label.text, color=palette.foreground)
        item.legend.setBrush(pg.mkBrush(palette.background + "c0"))
