"""The packaged build, tested as a user gets it: `make dist-smoke` (run by `make test`).

The Linux tarball that `make dist` made is unpacked into a temporary folder outside the
checkout and its executables run there with a throw-away home: the version, a vault created
and opened, the demo, a list, a WGAD report, a batch of 25 briefs in worker processes, and the
window opening the demo vault and closing. The wheel and the folder must carry migrations,
fonts, translations and icons. Skipped unless CASEFILE_DIST names the dist/ folder, so the
ordinary test run stays fast.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from casefile import __version__
from casefile.assets import REQUIRED_ASSETS
from casefile.demo.build import DEMO_PASSPHRASE
from casefile.vault.migrations import RELEASED_REVISIONS

DIST = os.environ.get("CASEFILE_DIST")
ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "seven amber lanterns drift over quiet harbours"
APP_ID = "org.casefile.Casefile"

pytestmark = [
    pytest.mark.skipif(not DIST, reason="set CASEFILE_DIST (make dist-smoke)"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux tarball"),
]


@pytest.fixture(scope="module")
def dist() -> Path:
    assert DIST is not None
    return Path(DIST)


@pytest.fixture(scope="module")
def app(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tarball unpacked outside the checkout: the folder a user runs."""
    (archive,) = dist.glob(f"casefile-{__version__}-linux-*.tar.gz")
    target = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="tar")
    folder = target / f"casefile-{__version__}"
    assert not folder.resolve().is_relative_to(ROOT)
    return folder


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="module")
def env(home: Path) -> dict[str, str]:
    """A bare environment: no Python paths, a throw-away home, Qt offscreen."""
    keep = ("PATH", "LANG", "LC_ALL", "TMPDIR")
    environment = {name: os.environ[name] for name in keep if name in os.environ}
    environment.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        QT_QPA_PLATFORM="offscreen",
    )
    (home / "runtime").mkdir(mode=0o700, exist_ok=True)
    return environment


def run(
    app: Path,
    *args: str,
    env: dict[str, str],
    cwd: Path,
    executable: str = "casefile",
    extra: dict[str, str] | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(app / executable), *args],
        env={**env, **(extra or {})},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


@pytest.fixture(scope="module")
def demo(app: Path, env: dict[str, str], home: Path) -> Path:
    done = run(app, "demo", str(home / "demo"), env=env, cwd=home)
    assert done.returncode == 0, done.stderr
    return home / "demo.casefile"


# -- what the build carries ------------------------------------------------------------------


def test_the_wheel_carries_the_assets(dist: Path) -> None:
    (wheel,) = dist.glob(f"casefile-{__version__}-py3-none-any.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for asset in REQUIRED_ASSETS:
        assert f"casefile/_assets/{asset}" in names, asset
    for revision in RELEASED_REVISIONS:
        assert any(
            n.startswith(f"casefile/_assets/db/migrations/versions/{revision}_") for n in names
        ), revision
    assert f"casefile-{__version__}.dist-info/licenses/LICENSE" in names
    entry_points = zipfile.ZipFile(wheel).read(f"casefile-{__version__}.dist-info/entry_points.txt")
    assert b"casefile = casefile.cli.main:main" in entry_points
    assert b"casefile-gui = casefile.app:main" in entry_points


def test_the_folder_carries_the_assets_qt_pdf_and_licences(app: Path) -> None:
    internal = app / "_internal"
    assets = internal / "casefile" / "_assets"
    for asset in REQUIRED_ASSETS:
        assert (assets / asset).is_file(), asset
    for revision in RELEASED_REVISIONS:
        assert list((assets / "db/migrations/versions").glob(f"{revision}_*.py")), revision
    qt = internal / "PySide6" / "Qt"
    assert list(qt.glob("lib/libQt6Pdf.so*")), "QtPdf (the report preview)"
    assert list((internal / "PySide6").glob("QtPdfWidgets*.so"))
    assert (qt / "translations" / "qtbase_ru.qm").is_file(), "Qt's own Russian texts"
    assert list((qt / "plugins" / "platforms").glob("libqoffscreen.so"))
    assert list((qt / "plugins" / "platforms").glob("libqxcb.so"))
    assert list((qt / "plugins" / "iconengines").glob("libqsvgicon.so"))
    assert (app / "LICENSE").read_text().startswith(" " * 20 + "GNU GENERAL PUBLIC LICENSE")
    for component in ("PySide6_Essentials", "shiboken6", "sqlcipher3", "cryptography", "Python"):
        assert any((app / "licenses").glob(f"{component}*/*")), component


def test_the_tarball_has_a_menu_entry_metadata_and_icons(app: Path) -> None:
    share = app / "share"
    desktop = (share / "applications" / f"{APP_ID}.desktop").read_text()
    assert "Exec=Casefile\n" in desktop and f"Icon={APP_ID}\n" in desktop
    metainfo = (share / "metainfo" / f"{APP_ID}.metainfo.xml").read_text()
    assert f'<release version="{__version__}"' in metainfo
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert os.access(app / "install.sh", os.X_OK)


# -- the executables -------------------------------------------------------------------------


def test_version(app: Path, env: dict[str, str], home: Path) -> None:
    done = run(app, "--version", env=env, cwd=home)
    assert (done.returncode, done.stdout) == (0, f"casefile {__version__}\n")


def test_init_and_info(app: Path, env: dict[str, str], home: Path) -> None:
    secrets = {"CASEFILE_NEW_PASSPHRASE": PASSPHRASE}
    done = run(app, "init", str(home / "office"), env=env, cwd=home, extra=secrets)
    assert done.returncode == 0, done.stderr
    opened = {"CASEFILE_PASSPHRASE": PASSPHRASE}
    done = run(app, "info", "--vault", str(home / "office"), env=env, cwd=home, extra=opened)
    assert done.returncode == 0, done.stderr
    assert f"Casefile version: {__version__}" in " ".join(done.stdout.split())
    assert f"Schema revision: {RELEASED_REVISIONS[-1]}" in " ".join(done.stdout.split())


def test_demo_list_and_wgad_report(app: Path, env: dict[str, str], home: Path, demo: Path) -> None:
    secrets = {"CASEFILE_PASSPHRASE": DEMO_PASSPHRASE, "CASEFILE_VAULT": str(demo)}
    done = run(app, "list", "people", "--json", env=env, cwd=home, extra=secrets)
    assert done.returncode == 0, done.stderr
    people = json.loads(done.stdout)
    assert len(people) > 25
    pdf = home / "wgad.pdf"
    done = run(
        app,
        "report",
        people[0]["id"],
        "--template",
        "wgad",
        "--override-consent",
        "frozen build smoke test",
        "-o",
        str(pdf),
        env=env,
        cwd=home,
        extra=secrets,
    )
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    # The editable copy (python-docx and lxml inside the build).
    docx = home / "wgad.docx"
    done = run(
        app,
        "report",
        people[0]["id"],
        "--template",
        "wgad",
        "--override-consent",
        "frozen build smoke test",
        "--confirm-override",
        "-o",
        str(docx),
        env=env,
        cwd=home,
        extra=secrets,
    )
    assert done.returncode == 0, done.stderr
    assert docx.read_bytes().startswith(b"PK")
    # A search with a typo finds a name only through the fuzzy pass (rapidfuzz in the build).
    done = run(app, "search", "Tologonv", env=env, cwd=home, extra=secrets)
    assert done.returncode == 0, done.stderr
    assert "Төлөгөнов" in done.stdout


def test_selftest_renders_a_batch_of_25_briefs_in_worker_processes(
    app: Path, env: dict[str, str], home: Path
) -> None:
    done = run(app, "selftest", "--briefs", "25", "--workers", "2", env=env, cwd=home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "a batch of 25 embassy briefs in 2 worker processes" in done.stdout


def test_the_command_runs_through_a_link(app: Path, env: dict[str, str], home: Path) -> None:
    """install.sh links ~/.local/bin/casefile to the folder's executable."""
    link = home / "bin" / "casefile"
    link.parent.mkdir(exist_ok=True)
    link.symlink_to(app / "casefile")
    done = run(link.parent, "--version", env=env, cwd=home)
    assert done.returncode == 0, done.stderr


@pytest.fixture
def fresh_home(tmp_path: Path, env: dict[str, str]) -> Iterator[dict[str, str]]:
    """The window's own home: no vault at the default place, so it shows the welcome."""
    fresh = dict(env)
    fresh.update(
        HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    yield fresh


def test_the_window_opens_the_demo_vault_and_closes(
    app: Path, fresh_home: dict[str, str], tmp_path: Path
) -> None:
    done = run(
        app,
        env=fresh_home,
        cwd=tmp_path,
        executable="Casefile",
        extra={"CASEFILE_SMOKE_DEMO": "1"},
    )
    assert done.returncode == 0, done.stderr
    assert "casefile-smoke: vault opened; main window shown" in done.stderr
    assert "casefile-smoke: closed cleanly" in done.stderr, done.stderr
