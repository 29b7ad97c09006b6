"""The argument parser, kept free of the vault stack so `casefile` alone starts quickly."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

#: What replaces a value the user typed in an error message.
HIDDEN = "…"

# argparse's messages that quote what was typed: the part after the colon is the value.
_QUOTING = (
    # "invalid choice: 'x' (choose from 'a', 'b')"
    (
        re.compile(r"invalid choice: .*? \(choose from (.*)\)$", re.DOTALL),
        r"invalid choice (choose from \1)",
    ),
    (re.compile(r"invalid choice: .*$", re.DOTALL), "invalid choice"),
    # "invalid int value: 'x'", "invalid _iso_date value: 'x'"
    (re.compile(r"invalid (\S+) value: .*$", re.DOTALL), r"invalid \1 value"),
    # "ignored explicit argument 'x'"
    (re.compile(r"ignored explicit argument .*$", re.DOTALL), "ignored explicit argument"),
)


class ArgumentParser(argparse.ArgumentParser):
    """Never echoes a value the user typed: someone may have typed a passphrase there.

    argparse quotes the word it refused ("invalid choice: 'my secret words'"); error() keeps
    the sentence and drops the value, and then hides any word of the command line still in
    the message unless it is one of the parser's own option names or choices.
    """

    _typed: tuple[str, ...] = ()

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: Any = None
    ) -> tuple[argparse.Namespace, list[str]]:
        # Remembered only to hide them in error(); subcommand parsers are called here too.
        self._typed = tuple(sys.argv[1:] if args is None else args)
        return super().parse_known_args(args, namespace)

    def error(self, message: str) -> NoReturn:
        super().error(self.without_values(message))

    def without_values(self, message: str) -> str:
        """The message with every value the user typed replaced by HIDDEN."""
        prefix = "unrecognized arguments: "
        if message.startswith(prefix):
            shown = [
                word.split("=", 1)[0] if word.startswith("-") else HIDDEN
                for word in message.removeprefix(prefix).split()
            ]
            message = prefix + " ".join(shown)
        elif message.startswith("ambiguous option: "):
            # "ambiguous option: --fo=VALUE could match --force, --format"
            message = re.sub(r"^(ambiguous option: -[^=\s]*)=\S*", r"\1", message)
        head, sep, tail = message.partition(": ")
        if sep:
            for pattern, replacement in _QUOTING:
                if pattern.match(tail):
                    tail = pattern.sub(replacement, tail)
                    break
            message = head + sep + tail
        return self._hide_typed(message)

    def _hide_typed(self, message: str) -> str:
        known = self._own_words()
        for word in sorted(set(self._typed), key=len, reverse=True):
            for part in (word, *word.split("=", 1)[1:]):
                if len(part) >= 3 and part not in known and part in message:
                    message = message.replace(part, HIDDEN)
        return message

    def _own_words(self) -> set[str]:
        words = {self.prog, *self.prog.split()}
        for action in self._actions:
            words.update(action.option_strings)
            if action.metavar:
                words.add(str(action.metavar))
            if action.dest:
                words.add(action.dest)
            if action.choices is not None:
                words.update(str(choice) for choice in action.choices)
        return words


type Subparsers = argparse._SubParsersAction[ArgumentParser]
