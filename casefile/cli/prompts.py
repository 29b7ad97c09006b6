"""Reading secrets and confirmations: from the environment, a hidden prompt, or a pipe.

A secret never comes from the command line (argv is visible to other users of the machine
and ends up in shell history). In order:

1. the environment variable named by the caller (for scripts);
2. a hidden prompt (getpass) when standard input is a terminal;
3. otherwise one line read from standard input (for pipes): each secret the command needs
   takes the next line, without its line ending; nothing else is stripped.
"""

from __future__ import annotations

import getpass
import os
import sys
from typing import TYPE_CHECKING

from casefile.errors import BugError, KnownError, WeakPassphraseError, message

if TYPE_CHECKING:
    from casefile.domain.passphrase import PassphraseVerdict

ENV_VAULT = "CASEFILE_VAULT"
ENV_PASSPHRASE = "CASEFILE_PASSPHRASE"
ENV_NEW_PASSPHRASE = "CASEFILE_NEW_PASSPHRASE"
ENV_RECOVERY_KEY = "CASEFILE_RECOVERY_KEY"

#: Attempts a person at a terminal gets to choose an acceptable new passphrase.
NEW_PASSPHRASE_ATTEMPTS = 3


class UsageError(KnownError):
    """The command was used wrongly or given invalid input (exit code 2)."""

    exit_code = 2


def say(message: str) -> None:
    """A message for the person at the terminal, on stderr so stdout stays clean."""
    print(message, file=sys.stderr)


def stdin_is_interactive() -> bool:
    stream = sys.stdin
    if stream is None:
        return False
    try:
        return stream.isatty()
    except (ValueError, OSError):  # closed or detached
        return False


def _from_env(names: tuple[str, ...]) -> str | None:
    for name in names:
        value = os.environ.get(name)
        if value:  # an empty variable counts as unset
            return value
    return None


def _read_line(what: str, env: tuple[str, ...]) -> str:
    stream = sys.stdin
    line = stream.readline() if stream is not None else ""
    if not line:
        hint = message("set %1, ", env[0]) if env else ""
        raise UsageError(
            "No %1 was given: %2type it at a terminal, or pipe it in as one line.", what, hint
        )
    return line.removesuffix("\n").removesuffix("\r")


def read_secret(
    prompt: str,
    env: tuple[str, ...] = (),
    *,
    what: str = "passphrase",
    hint_env: tuple[str, ...] | None = None,
) -> str:
    """A secret from the first set variable in `env`, a hidden prompt, or one line of stdin.

    `hint_env` names the variables an error message suggests (default: `env`)."""
    value = _from_env(env)
    if value is None:
        if stdin_is_interactive():
            try:
                value = getpass.getpass(prompt)
            except EOFError:
                raise UsageError("No %1 was typed.", what) from None
        else:
            value = _read_line(what, env if hint_env is None else hint_env)
    if not value:
        raise UsageError("An empty %1 is not accepted.", what)
    return value


def read_passphrase(prompt: str = "Passphrase: ") -> str:
    """The passphrase of an existing vault: CASEFILE_PASSPHRASE, a prompt, or stdin."""
    return read_secret(prompt, (ENV_PASSPHRASE,))


def _assess(passphrase: str) -> PassphraseVerdict:
    # zxcvbn's dictionaries take a while to import; only commands that set a passphrase pay.
    from casefile.domain.passphrase import assess_passphrase

    return assess_passphrase(passphrase)


def _require_strong(passphrase: str) -> str:
    verdict = _assess(passphrase)
    if not verdict.acceptable:
        raise WeakPassphraseError(verdict.advice)
    return passphrase


def read_new_passphrase(
    env: tuple[str, ...] = (ENV_NEW_PASSPHRASE,), what: str = "new passphrase"
) -> str:
    """A new passphrase, checked for strength and typed twice (once when it comes from env).

    At a terminal a weak or mistyped passphrase may be tried again; from a pipe it may not.
    Raises WeakPassphraseError (with the advice) or UsageError when the two differ.
    """
    value = _from_env(env)
    if value is not None:
        return _require_strong(value)
    attempts = NEW_PASSPHRASE_ATTEMPTS if stdin_is_interactive() else 1
    for attempt in range(1, attempts + 1):
        last = attempt == attempts
        first = read_secret(f"{what[0].upper()}{what[1:]}: ", what=what, hint_env=env)
        verdict = _assess(first)
        say(f"Passphrase strength: {verdict.advice}")
        if not verdict.acceptable:
            if last:
                raise WeakPassphraseError(verdict.advice)
            continue
        second = read_secret(f"Type the {what} again: ", what=what, hint_env=env)
        if first == second:
            return first
        if last:
            raise UsageError("The two passphrases are not the same. Nothing was changed.")
        say("The two passphrases are not the same. Try again.")
    raise BugError("read_new_passphrase ran out of attempts without deciding")


def ask(prompt: str) -> str:
    """One visible line typed at the terminal; the prompt goes to stderr."""
    sys.stderr.write(prompt)
    sys.stderr.flush()
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.removesuffix("\n").removesuffix("\r")


def confirm(question: str) -> bool:
    """y/N at a terminal; False (no) when nobody is there to answer."""
    if not stdin_is_interactive():
        return False
    return ask(f"{question} [y/N] ").strip().lower() in {"y", "yes"}
