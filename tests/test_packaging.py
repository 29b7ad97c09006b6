"""What a release needs, checked from the source tree (the frozen build: tests/frozen).

The version in one place and everywhere it is shown, the desktop metadata, the app icon's
generated files, the dependency floor, `casefile selftest`, and the window's hidden demo
smoke switch (the frozen smoke test uses it on the built app).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PIL import Image

from casefile import __version__
from casefile.assets import missing_assets
from casefile.cli.main import main
from casefile.vault.keyfile import KdfCost
from casefile.vault.migrations import RELEASED_REVISIONS

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "org.casefile.Casefile"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_version_flag(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"casefile {__version__}\n"


def test_the_version_has_one_source() -> None:
    assert "version" in PYPROJECT["project"]["dynamic"]
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "casefile/__init__.py"
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_metainfo_names_this_version_and_validates() -> None:
    metainfo = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
    text = metainfo.read_text(encoding="utf-8")
    newest = re.search(r'<release version="([^"]+)"', text)
    assert newest is not None and newest[1] == __version__, "add a <release> for this version"
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli is not installed")
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(metainfo)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_desktop_entry_starts_the_window_with_the_app_icon() -> None:
    entry = (PACKAGING / "linux" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    fields = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert fields["Type"] == "Application"
    assert fields["Exec"] == "Casefile"  # the spec's windowed executable
    assert fields["Icon"] == APP_ID
    assert fields["Terminal"] == "false"
    assert 'name="Casefile"' in (PACKAGING / "casefile.spec").read_text(encoding="utf-8")


def test_app_icon_files_are_generated_from_the_svg() -> None:
    """tools/make_app_icons.py writes them; run it again after changing the SVG."""
    icons = PACKAGING / "icons"
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(icons / f"casefile-{size}.png") as image:
            assert image.size == (size, size)
    with Image.open(icons / "casefile.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(icons / "casefile.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"]
    svg = ROOT / "resources" / "icons" / "app" / "casefile.svg"
    assert svg.read_text(encoding="utf-8").startswith("<?xml")


def test_dependencies_and_entry_points() -> None:
    dependencies = PYPROJECT["project"]["dependencies"]
    assert "sqlcipher3>=0.6.2" in dependencies  # the first release with Windows wheels
    assert PYPROJECT["project"]["scripts"] == {"casefile": "casefile.cli.main:main"}
    assert PYPROJECT["project"]["gui-scripts"] == {"casefile-gui": "casefile.app:main"}
    assert all("==" in pin for pin in PYPROJECT["project"]["optional-dependencies"]["dist"])


def test_license_is_the_gpl_3() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("GNU GENERAL PUBLIC LICENSE\n                       Version 3")
    assert "END OF TERMS AND CONDITIONS" in text


def test_this_checkout_has_every_required_asset() -> None:
    assert missing_assets(RELEASED_REVISIONS) == []


def test_selftest_in_this_process(fast_kdf: KdfCost, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["selftest", "--briefs", "3", "--workers", "0"]) == 0
    out = capsys.readouterr().out
    assert "a batch of 3 embassy briefs in this process" in out
    assert out.rstrip().endswith("Self-test passed.")


@pytest.mark.slow
def test_the_window_opens_the_demo_vault_and_closes(tmp_path: Path) -> None:
    """The hidden switch the frozen smoke test uses, here from the source tree."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEFILE_")}
    env.update(
        HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        QT_QPA_PLATFORM="offscreen",
        CASEFILE_SMOKE_DEMO="1",
        PYTHONPATH=str(ROOT),
    )
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py")],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    steps = [line for line in done.stderr.splitlines() if line.startswith("casefile-smoke:")]
    assert steps[-1] == "casefile-smoke: closed cleanly", done.stderr
    assert "casefile-smoke: vault opened; main window shown" in steps
    assert (tmp_path / "data" / "Casefile" / "demo" / "demo.casefile" / "vault.db").is_file()
