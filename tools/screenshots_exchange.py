"""Screenshots of the exchange safeguards, into docs/screenshots/: the office receives a bundle
from a field laptop that moved many people to the trash and deleted two for good.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_exchange.py

Takes: the Send dialog with its generated passphrase (exchange-send.png), the list of mass
changes the import stops at (exchange-mass-changes.png), the trash with the deletions that
wait for a yes (exchange-trash.png), and the exchange window's received bundles, each of
which can be taken back (exchange-undo-import.png). Vaults are built in a temporary folder
with a cheap key derivation (fine for pictures, never for real data) and removed afterwards.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from screenshots import ROOT, SIZE, save, settle, wait_until

from casefile.ui.kit.dialogs import DialogService
from casefile.ui.kit.settings import UiSettings
from casefile.ui.kit.style import application_style
from casefile.ui.start.controller import AppController

DUPLICATES = ("Asanov Bakyt (typed twice)", "Tologonova Aizada (typed twice)")


def _laptop_purges_people(office_path: Path, temp: Path, passphrase: str) -> Path:
    """A field laptop that received the office's vault, then deleted people for good; returns
    the bundle it sends back."""
    from casefile.services.exchange import devices, service
    from casefile.services.exchange.safeguards import mass_change_limit
    from casefile.services.lists.listing import list_people
    from casefile.services.records import trash
    from casefile.vault.keyfile import KdfCost
    from casefile.vault.schema import Person
    from casefile.vault.vault import Vault

    cheap = KdfCost(memory_kib=8, time_cost=1, parallelism=1)
    laptop = Vault.create(temp / "laptop.casefile", passphrase, kdf_cost=cheap, actor="Aibek").vault
    office = Vault.open(office_path, passphrase, actor="Office")
    with laptop, office:
        devices.set_device_name(laptop, "Aibek's laptop (Osh)")
        devices.set_device_name(office, "Office (Bishkek)")
        for one, other in ((laptop, office), (office, laptop)):
            card = devices.this_device(one)
            devices.trust_device(other, devices.parse_card(card.card), card.name)
        # Two entries typed twice by mistake reach the office, then the laptop removes them.
        with laptop.write() as session:
            twice = [Person(full_name=name) for name in DUPLICATES]
            session.add_all(twice)
        service.import_bundle(office, service.export_bundle(laptop, "Office (Bishkek)").data)
        service.import_bundle(
            laptop,
            service.export_bundle(office, "Aibek's laptop (Osh)").data,
            accept_mass_changes=True,
        )
        for person in twice:
            trash.move_to_trash(laptop, "persons", person.id)
            trash.purge(laptop, "persons", person.id)
        with office.read() as session:
            enough = mass_change_limit(session) + 1 - len(twice)
        for row in list_people(laptop)[:enough]:
            trash.move_to_trash(laptop, "persons", row.id)
        back = service.export_bundle(laptop, "Office (Bishkek)")
    path = temp / "casefile-3f9a61c2.cfbundle"
    path.write_bytes(back.data)
    return path


def _dialog(app: QApplication, name: str) -> Any:
    found: list[QWidget] = []

    def visible() -> bool:
        found[:] = [w for w in app.topLevelWidgets() if w.objectName() == name and w.isVisible()]
        return bool(found)

    wait_until(app, visible)
    return found[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    out: Path = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)

    from casefile.demo.build import DEMO_PASSPHRASE, build_demo_vault
    from casefile.ui.i18n.language import set_language
    from casefile.vault.keyfile import KdfCost

    app = QApplication(sys.argv[:1])
    app.setStyle(application_style())
    app.setQuitOnLastWindowClosed(False)
    set_language("en")
    with tempfile.TemporaryDirectory(prefix="casefile-shots-") as tmp:
        temp = Path(tmp)
        demo = temp / "office.casefile"
        build_demo_vault(
            demo, kdf_cost=KdfCost(memory_kib=8, time_cost=1, parallelism=1)
        ).vault.close()
        bundle = _laptop_purges_people(demo, temp, DEMO_PASSPHRASE)

        settings = UiSettings(QSettings(str(temp / "settings.ini"), QSettings.Format.IniFormat))
        dialogs = DialogService()
        controller = AppController(
            dialogs=dialogs, settings=settings, default_path=temp / "none.casefile", demo_path=demo
        )
        controller.start()
        controller.show_unlock(demo, prefill=DEMO_PASSPHRASE, hint="")
        assert controller.unlock_dialog is not None
        controller.unlock_dialog.try_unlock()
        wait_until(app, lambda: controller.main_window is not None and controller.vault is not None)
        window = controller.main_window
        assert window is not None
        window.showNormal()
        window.resize(*SIZE)
        settle(app)
        exchange = window.exchange

        exchange.open_send()
        send = exchange.send_dialog
        wait_until(app, lambda: send.partner_box.count() > 0)
        send.passphrase_button.setChecked(True)
        settle(app)
        save(send, out, "exchange-send")
        send.reject()

        # The file chooser answers with the laptop's bundle (the dialog service asks it).
        dialogs.open_file = lambda *_args, **_kw: bundle  # type: ignore[method-assign]
        exchange.open_receive()
        receive = _dialog(app, "receiveChangesDialog")
        wait_until(
            app, lambda: receive.import_button.isEnabled() or receive.preview_button.isEnabled()
        )
        if receive.preview_button.isEnabled():
            receive.show_preview()
            wait_until(app, lambda: receive.import_button.isEnabled())
        settle(app)
        save(receive, out, "exchange-receive")
        QTimer.singleShot(0, receive.import_bundle)
        mass = _dialog(app, "massChangesDialog")
        settle(app)
        save(mass, out, "exchange-mass-changes")
        mass.accept_button.click()
        wait_until(app, lambda: receive.imported is not None)
        receive.close()

        window.show_page("trash")
        wait_until(app, lambda: window.trash.model.rowCount() > len(DUPLICATES))
        window.trash.view.selectRow(0)
        settle(app)
        save(window, out, "exchange-trash")

        exchange.open_exchange()
        log = exchange.exchange_dialog
        assert log is not None
        wait_until(app, lambda: log.received.rowCount() > 0)
        log.received_view.selectRow(0)
        settle(app)
        save(log, out, "exchange-undo-import")
        log.close()

        QTimer.singleShot(0, controller.lock)
        wait_until(app, lambda: controller.vault is None)
        controller.shutdown()
        settle(app, 0.1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
