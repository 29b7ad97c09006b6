"""Builds Casefile for the machine it runs on: the wheel, the one-folder app, and on Linux a
tarball with a menu entry, AppStream metadata and icons.

    make dist                                  # Linux and macOS
    build\\venv-dist\\Scripts\\python packaging\\build.py   # Windows (see README, "Builds")

Run by the interpreter of a venv holding `.[dist]` (PyInstaller, pinned). Steps: build the
wheel into dist/, install it into this venv (the app is frozen from the installed package,
so it carries what the wheel carries), run PyInstaller on packaging/casefile.spec, add the
licences, then archive. Prints the build time and the sizes; the Windows installer and the
macOS disk image are made from the folder by .github/workflows/release.yml.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_ID = "org.casefile.Casefile"
#: freedesktop's hicolor sizes, as tools/make_app_icons.py writes them.
HICOLOR = (16, 22, 24, 32, 48, 64, 128, 256, 512)
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def run(*command: str | Path, cwd: Path = ROOT) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], check=True, cwd=cwd)


def version() -> str:
    text = (ROOT / "casefile" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    assert found is not None
    return found[1]


def build_wheel() -> Path:
    for old in DIST.glob("casefile-*.whl"):
        old.unlink()
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
        "--wheel-dir", DIST, ROOT)  # fmt: skip
    (wheel,) = DIST.glob("casefile-*.whl")
    run(sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall",
        wheel)  # fmt: skip
    return wheel


def freeze() -> Path:
    # Run from the work folder: with the checkout as the current folder, PyInstaller would
    # find the package there instead of the installed wheel (the spec refuses that).
    WORK.mkdir(parents=True, exist_ok=True)
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", DIST, "--workpath", WORK, PACKAGING / "casefile.spec", cwd=WORK)  # fmt: skip
    if sys.platform == "darwin":
        return DIST / "Casefile.app"
    return DIST / "Casefile"


def bundled_distributions() -> list[importlib.metadata.Distribution]:
    """Casefile and everything it requires at run time (not the build or test tools)."""
    seen: dict[str, importlib.metadata.Distribution] = {}
    pending = ["casefile"]
    while pending:
        name = re.split(r"[\s;<>=!~\[(]", pending.pop(), maxsplit=1)[0].lower().replace("_", "-")
        if name in seen:
            continue
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue  # a requirement for another platform
        seen[name] = dist
        pending += [r for r in dist.requires or [] if "extra ==" not in r]
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


def licence_of(dist: importlib.metadata.Distribution) -> str:
    """The licence a distribution declares (expression, field or classifiers)."""
    meta = dist.metadata
    declared = meta.get("License-Expression") or meta.get("License") or ""
    if not declared or len(declared) > 200:  # some put the whole text in the field
        classifiers = meta.get_all("Classifier") or []
        declared = "; ".join(c.split(" :: ")[-1] for c in classifiers if c.startswith("License"))
    return declared or "see its files"


def add_licences(folder: Path) -> None:
    """LICENSE (Casefile's GPL-3.0) at the top; under licenses/, every bundled component's
    licence and notice files, a list of what each declares, and the LGPL-3.0 for Qt for
    Python, whose wheels carry no licence file."""
    shutil.copy2(ROOT / "LICENSE", folder / "LICENSE")
    target = folder / "licenses"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir()
    lines = ["Components included in this build of Casefile, and their licences.", ""]
    for dist in bundled_distributions():
        name = dist.metadata["Name"]
        lines.append(f"{name} {dist.version}: {licence_of(dist)}")
        for file in dist.files or []:
            if LICENCE_FILE.search(file.name) or "licenses" in file.parts[:-1]:
                source = Path(str(dist.locate_file(file)))
                if source.is_file():
                    dest = target / name / file.name
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(source, dest)
        if name.lower().startswith(("pyside6", "shiboken6")):
            (target / name).mkdir(exist_ok=True)
            shutil.copy2(PACKAGING / "licenses" / "LGPL-3.0.txt", target / name / "LGPL-3.0.txt")
    version = sys.version.split()[0]
    lines += [
        f"Python {version}: PSF-2.0",
        "DejaVu fonts: Bitstream Vera / DejaVu licence (free)",
        "",
        "Qt and Qt for Python (PySide6, shiboken6) are used under the LGPL-3.0; their",
        "source code is published by the Qt Project at https://code.qt.io.",
    ]
    (target / "README.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    python_licence = Path(sysconfig.get_path("stdlib")) / "LICENSE.txt"
    if python_licence.is_file():
        (target / "Python").mkdir(parents=True, exist_ok=True)
        shutil.copy2(python_licence, target / "Python" / "LICENSE.txt")
    fonts = ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt"
    (target / "DejaVu-fonts").mkdir(parents=True, exist_ok=True)
    shutil.copy2(fonts, target / "DejaVu-fonts" / fonts.name)


def add_linux_desktop_files(folder: Path) -> None:
    """share/: the .desktop file, AppStream metainfo and hicolor icons; install.sh puts them
    where the desktop finds them."""
    share = folder / "share"
    shutil.rmtree(share, ignore_errors=True)
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy2(PACKAGING / "linux" / f"{APP_ID}.desktop", share / "applications")
    shutil.copy2(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml", share / "metainfo")
    for size in HICOLOR:
        apps = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        apps.mkdir(parents=True)
        shutil.copy2(PACKAGING / "icons" / f"casefile-{size}.png", apps / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icons" / "app" / "casefile.svg", scalable / f"{APP_ID}.svg")
    shutil.copy2(PACKAGING / "linux" / "install.sh", folder / "install.sh")


def machine() -> str:
    import platform

    return platform.machine().lower() or "unknown"


def tarball(folder: Path) -> Path:
    archive = DIST / f"casefile-{version()}-linux-{machine()}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=f"casefile-{version()}")
    return archive


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--no-archive", action="store_true", help="stop after the folder (no tarball)"
    )
    args = parser.parse_args()
    started = time.monotonic()
    wheel = build_wheel()
    wheel_done = time.monotonic()
    folder = freeze()
    frozen = time.monotonic()
    add_licences(folder / "Contents" / "Resources" if sys.platform == "darwin" else folder)
    archive = None
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(folder)
        if not args.no_archive:
            archive = tarball(folder)
    done = time.monotonic()
    mib = 1024 * 1024
    print(f"wheel:   {wheel.relative_to(ROOT)} ({size_of(wheel) / 1024:.0f} KiB)")
    print(f"folder:  {folder.relative_to(ROOT)} ({size_of(folder) / mib:.0f} MiB)")
    if archive is not None:
        print(f"archive: {archive.relative_to(ROOT)} ({size_of(archive) / mib:.0f} MiB)")
    print(
        f"time:    {done - started:.0f} s (wheel {wheel_done - started:.0f} s, "
        f"PyInstaller {frozen - wheel_done:.0f} s, licences and archive {done - frozen:.0f} s)"
    )


if __name__ == "__main__":
    main()
