"""Start windows only some users open, and the style: loaded after the first window paints.

Creating a vault, recovering one, the recovery key and the application style (it loads QStyle's
bindings) are imported here when first needed, so the unlock prompt does not wait for them
(tests/ui/test_ui_launch.py, bench/launch_bench.py). With ui/start/vault_stack.py, this is
where launch's lazy imports live.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyle

    from casefile.ui.start.create_vault import CreateVaultDialog
    from casefile.ui.start.recovery_flow import RecoveryFlow
    from casefile.ui.start.recovery_key import RecoveryKeyDialog


def create_vault_dialog() -> type[CreateVaultDialog]:
    from casefile.ui.start.create_vault import CreateVaultDialog

    return CreateVaultDialog


def recovery_flow() -> type[RecoveryFlow]:
    from casefile.ui.start.recovery_flow import RecoveryFlow

    return RecoveryFlow


def recovery_key_dialog() -> type[RecoveryKeyDialog]:
    from casefile.ui.start.recovery_key import RecoveryKeyDialog

    return RecoveryKeyDialog


def application_style() -> QStyle:
    """Fusion with the bundled icons for Qt's standard ones (it loads QStyle's bindings)."""
    from casefile.ui.kit.style import application_style as style

    return style()
