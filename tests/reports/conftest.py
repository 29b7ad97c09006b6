"""Report test fixtures (the data and helpers are in report_helpers.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from casefile.vault.vault import Vault
from tests.reports.report_helpers import CaseIds, populate


@pytest.fixture
def case_ids(vault: Vault) -> Iterator[CaseIds]:
    yield populate(vault)
