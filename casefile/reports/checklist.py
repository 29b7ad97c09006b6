"""What each template still needs from the record: the checklist shown before printing."""

from __future__ import annotations

from collections.abc import Callable

from casefile.reports import embassy, ill_treatment, special_procedures, wgad, wgeid
from casefile.reports.data import Audience, RenderOptions, ReportData
from casefile.reports.i18n import Translator
from casefile.reports.parts import Ctx, Need, foreign_language_fields

_NEEDS: dict[str, Callable[[ReportData, RenderOptions], list[Need]]] = {
    "embassy": lambda data, _options: embassy.needs(data),
    "wgad": lambda data, options: wgad.needs(data, options.arbitrary_categories),
    "special-procedures": lambda data, options: [
        *special_procedures.needs(data),
        *special_procedures.urgent_needs(data, options),
    ],
    "wgeid": lambda data, _options: wgeid.needs(data),
    "ill-treatment": lambda data, _options: ill_treatment.needs(data),
}
#: The templates that go outside, in the order the dossier's gaps page lists them.
CHECKED_TEMPLATES: tuple[str, ...] = tuple(_NEEDS)


def gaps(data: ReportData, template: str, options: RenderOptions | None = None) -> list[Need]:
    """The needs not met; a field the profile withheld on purpose is not a gap."""
    if template not in _NEEDS:
        return []
    return [
        need
        for need in _NEEDS[template](data, options or RenderOptions())
        if not need.present
        and not (need.withheld_by is not None and need.withheld_by in data.redactions)
    ]


def describe(need: Need, t: Translator) -> str:
    section = t(need.section, number=need.number) if need.number else t(need.section)
    label = t(need.label)
    return section if label == section else f"{section}: {label}"


def completeness(
    data: ReportData,
    template: str,
    *,
    options: RenderOptions | None = None,
    lang: str = "en",
) -> list[str]:
    """What ``template`` still needs from this record, as lines for a checklist.

    Empty when nothing is missing (and always for the internal dossier, which has its own
    gaps page).
    """
    t = Translator(lang)
    seen: list[str] = []
    for need in gaps(data, template, options):
        line = describe(need, t)
        if line not in seen:
            seen.append(line)
    if template in _NEEDS:
        ctx = Ctx(data, t, options or RenderOptions(), Audience.UN)
        seen += [
            t("checklist.other_language", field=t(label)) for label in foreign_language_fields(ctx)
        ]
    return seen
