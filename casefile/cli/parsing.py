"""The argument parser, kept free of the vault stack so `casefile` alone starts quickly."""

from __future__ import annotations

import argparse
from typing import NoReturn


class ArgumentParser(argparse.ArgumentParser):
    """Never echoes unrecognised values: someone may have typed a passphrase there."""

    def error(self, message: str) -> NoReturn:
        prefix = "unrecognized arguments: "
        if message.startswith(prefix):
            shown = [
                word.split("=", 1)[0] if word.startswith("-") else "…"
                for word in message.removeprefix(prefix).split()
            ]
            message = prefix + " ".join(shown)
        super().error(message)


type Subparsers = argparse._SubParsersAction[ArgumentParser]
