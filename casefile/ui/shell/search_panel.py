"""Search results: records matching the search box, grouped by kind, matches highlighted.

The query runs 200 ms after the last keystroke, off the GUI thread, through
casefile.services.search.search; a result that arrives after a newer query was started is dropped.
Results are one QTextBrowser page of escaped HTML whose links open the records. Enter in the
search box opens the top result (services.search.search.top_hit), after the pending search
if one is due.
"""

from __future__ import annotations

import contextlib
import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, QUrl, Signal, Slot
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from casefile.services.search.search import prepare_fuzzy, snippet_html, top_hit
from casefile.services.search.search import search as run_search
from casefile.ui.i18n.labels import label
from casefile.ui.i18n.language import fill
from casefile.ui.kit.tasks import TaskRunner

if TYPE_CHECKING:
    from casefile.vault.vault import Vault

DEBOUNCE_MS = 200
LIST_TABLES = frozenset({"persons", "cases", "hearings"})


class SearchPanel(QWidget):
    """Runs searches and shows their results.

    Signals:
        record_activated(str, str): a result was clicked (table, record id).
        results_shown(int): a search finished with this many hits.
    """

    record_activated = Signal(str, str)
    results_shown = Signal(int)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_id = "search"
        self._runner = runner
        self._vault: Vault | None = None
        self._text = ""
        self._serial = 0
        self._shown_text = ""  # the text the results on screen are for
        self._open_when_found = False  # Enter was pressed before the results came
        self._fuzzy_prepared = False  # the vault's name keys asked for (prepare_fuzzy)
        self.top = -1  # the number of the result Enter opens, -1 for none
        self.hits: list[Any] = []

        self.heading = QLabel(self)
        self.heading.setObjectName("searchHeading")
        self.results = QTextBrowser(self)
        self.results.setOpenLinks(False)
        self.results.setObjectName("searchResults")
        self.heading.setBuddy(self.results)  # screen readers name the results by the heading
        self.results.anchorClicked.connect(self._on_results_anchor_clicked)
        self.heading.setContentsMargins(4, 4, 4, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.results, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._show_intro()

    # -- page interface ---------------------------------------------------------------------------

    def set_vault(self, vault: Vault | None) -> None:
        self._vault = vault
        self._fuzzy_prepared = False
        if vault is None:
            self.clear()

    def reload(self) -> None:
        if self._text:
            self._run()

    def clear(self) -> None:
        self._timer.stop()
        self._serial += 1
        self._text = ""
        self._shown_text = ""
        self._open_when_found = False
        self.top = -1
        self.hits = []
        self.results.clear()
        self._show_intro()

    # -- searching --------------------------------------------------------------------------------

    def set_query(self, text: str) -> None:
        """Searches for text after the debounce delay (at once if it is empty)."""
        self._text = text.strip()
        self._open_when_found = False
        if not self._text:
            self.clear()
            return
        if not self._fuzzy_prepared and self._vault is not None:
            self._fuzzy_prepared = True
            vault = self._vault
            # Optional: a failure (the vault locked meanwhile) only means the search reads it.
            self._runner.run(lambda: prepare_fuzzy(vault), lambda _r: None, lambda _e: None)
        self._timer.start()

    def open_top(self) -> None:
        """Opens the top result (Enter in the search box), once the typed text's are in."""
        if not self._text:
            return
        if self._shown_text == self._text and not self._timer.isActive():
            self.open_hit(self.top)
            return
        self._open_when_found = True
        if self._timer.isActive():
            self._timer.stop()
            self._run()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._run()

    def _run(self) -> None:
        vault, text = self._vault, self._text
        if vault is None or not text:
            return
        self._serial += 1
        serial = self._serial

        def search() -> object:
            return run_search(vault, text)

        self.heading.setText(self.tr("Searching…"))
        self._runner.run(search, lambda groups: self._on_found(serial, text, groups))

    def _on_found(self, serial: int, text: str, groups: object) -> None:
        if serial != self._serial or self._vault is None:
            return  # a newer search started, or the vault locked meanwhile
        assert isinstance(groups, list)
        self._shown_text = text
        best = top_hit(groups)
        # Found with a slip in the name: said, so a near namesake is not taken for it.
        similar = " <i>" + html.escape(self.tr("similar spelling")) + "</i>"
        self.top = -1
        self.hits = []
        parts: list[str] = []
        for group in groups:
            parts.append(f"<h3>{html.escape(label(group.kind))}</h3>")
            for hit in group.hits:
                number = len(self.hits)
                self.hits.append(hit)
                if hit is best:
                    self.top = number
                title = hit.label or self.tr("(untitled)")
                near = similar if hit.fuzzy else ""
                parts.append(
                    f'<p style="margin-bottom:8px"><a href="hit:{number}">'
                    f"<b>{html.escape(title)}</b></a>{near}<br/>"
                    f"{snippet_html(hit.snippet)}</p>"
                )
        count = len(self.hits)
        if count:
            self.heading.setText(fill(self.tr("Results: %1"), str(count)))
        else:
            self.heading.setText(self.tr("Nothing found. Try fewer or shorter words."))
        self.results.setHtml("".join(parts))
        self.results_shown.emit(count)
        if self._open_when_found:
            self._open_when_found = False
            self.open_hit(self.top)

    def open_hit(self, number: int) -> None:
        """Opens the record of a result: lists show the record itself, others their owner."""
        if not 0 <= number < len(self.hits):
            return
        hit = self.hits[number]
        if hit.table in LIST_TABLES:
            self.record_activated.emit(hit.table, hit.id)
        else:
            self.record_activated.emit(hit.owner_table, hit.owner_id)

    @Slot(QUrl)
    def _on_results_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "hit":
            with contextlib.suppress(ValueError):
                self.open_hit(int(url.path()))

    def _show_intro(self) -> None:
        self.heading.setText(
            self.tr("Type in the search box: names in any case and script, case numbers, places.")
        )
