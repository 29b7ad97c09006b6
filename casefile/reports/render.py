"""The template registry and the one public entry: render_report(data, template) -> PDF bytes."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

import pypdf
from reportlab.platypus import Flowable, PageBreak

from casefile.errors import ValidationError
from casefile.reports import dossier, embassy, ill_treatment, special_procedures, wgad, wgeid
from casefile.reports.common import RunningSection, RunningText, build_pdf, heading
from casefile.reports.data import Audience, RenderOptions, ReportData
from casefile.reports.docx_writer import build_docx
from casefile.reports.i18n import Translator, check_language
from casefile.reports.parts import Ctx

#: What a report can be written as: the PDF to send, or the .docx to edit before sending.
FILE_FORMATS = ("pdf", "docx")


@dataclass(frozen=True)
class TemplateSpec:
    name: str
    #: None: chosen when printing (RenderOptions.audience), UN by default.
    audience: Audience | None
    default_profile: str
    story: Callable[[Ctx], list[Flowable]]
    #: A case's own summary before its defendants' reports, which then follow as an annex.
    case_story: Callable[[Sequence[Ctx]], list[Flowable]] | None = None


TEMPLATES: dict[str, TemplateSpec] = {
    spec.name: spec
    for spec in (
        TemplateSpec("embassy", Audience.EMBASSY, "embassy", embassy.story, embassy.case_story),
        TemplateSpec("wgad", Audience.UN, "un", wgad.story),
        TemplateSpec("special-procedures", Audience.UN, "un", special_procedures.story),
        TemplateSpec("wgeid", Audience.UN, "un", wgeid.story),
        # The medical findings and their consistency are the account's core evidence.
        TemplateSpec("ill-treatment", None, "un-account", ill_treatment.story),
        TemplateSpec("dossier", Audience.INTERNAL, "internal", dossier.story),
    )
}


def template_spec(template: str) -> TemplateSpec:
    try:
        return TEMPLATES[template]
    except KeyError:
        raise ValidationError(
            '"%1" is not a report template. Use one of: %2.',
            template,
            ", ".join(TEMPLATES),
            field="template",
        ) from None


def audience_of(template: str, options: RenderOptions | None = None) -> Audience:
    """Whom the document goes to, which decides the consent it needs."""
    spec = template_spec(template)
    if spec.audience is not None:
        return spec.audience
    return (options.audience if options else None) or Audience.UN


def default_recipient(template: str, t: Translator, options: RenderOptions | None = None) -> str:
    if template_spec(template).audience is None:
        return t(f"recipient.{template}.{audience_of(template, options).value}")
    return t(f"recipient.{template}")


def header_recipient(template: str, t: Translator, options: RenderOptions) -> str:
    """'To: …' with the recipient as typed, or the default one in the case the language
    needs after "To:" (Russian: dative, «Кому: Рабочей группе …»); internal use has no "To"."""
    if options.recipient:
        return t("header.to", recipient=options.recipient)
    if audience_of(template, options) is Audience.INTERNAL:
        return t("header.internal")
    default = default_recipient(template, t, options)
    spec = template_spec(template)
    key = f"recipient_to.{template}" + (
        f".{audience_of(template, options).value}" if spec.audience is None else ""
    )
    return t("header.to", recipient=t(key) if t.has(key) else default)


def reference_text(t: Translator, item: ReportData) -> str:
    # Case numbers are often typed with their "№"; the label already says what it is.
    return t("header.reference", reference=item.reference.lstrip("№ "))


def running_text(
    template: str, t: Translator, options: RenderOptions, first: ReportData, generated: date
) -> RunningText:
    """The header and footer every page of a report carries, alone or joined in a batch."""
    audience = audience_of(template, options)
    return RunningText(
        recipient=header_recipient(template, t, options),
        reference=reference_text(t, first),
        mark=t("mark.internal" if audience is Audience.INTERNAL else "mark.confidential"),
        generated=t("footer.generated", date=t.date(generated)),
        page_of=t("footer.page_of", page="{page}", pages="{pages}"),
    )


def render_report(
    data: ReportData | Sequence[ReportData],
    template: str,
    *,
    lang: str = "en",
    options: RenderOptions | None = None,
    file_format: str = "pdf",
) -> bytes:
    """The PDF of ``template`` for one person, or for several one after another (a case's
    defendants, each from a new page), numbered as one document; with ``file_format="docx"``
    the same story as an editable .docx. Nothing touches the disk.

    ``data`` must already be redacted for the document's recipient (the reporting service does
    this); the template prints what it is given.
    """
    spec = template_spec(template)
    if file_format not in FILE_FORMATS:
        raise ValidationError(
            '"%1" is not a report format. Use one of: %2.',
            file_format,
            ", ".join(FILE_FORMATS),
            field="format",
        )
    items = [data] if isinstance(data, ReportData) else list(data)
    if not items:
        raise ValidationError("There is nobody to report on.")
    options = options or RenderOptions()
    t = Translator(lang)
    audience = audience_of(template, options)
    check_language(lang, audience)
    group = tuple(i.person.full_name for i in items) if len(items) > 1 else ()
    ctxs = [Ctx(item, t, options, audience, index, group) for index, item in enumerate(items)]
    story: list[Flowable] = []
    if spec.case_story is not None and len(items) > 1:
        # Two pages a diplomat reads first; each person's brief follows as an annex.
        story += spec.case_story(ctxs)
        story += [PageBreak(), *heading(t("annex.individual"))]
    for ctx in ctxs:
        if ctx.index:
            story.append(PageBreak())
        story += spec.story(ctx)
    generated = options.generated_on or items[0].today
    running = running_text(template, t, options, items[0], generated)
    if file_format == "docx":
        return build_docx(story, running, lang=t.lang, generated=generated)
    return build_pdf(story, running, lang=t.lang)


def render_joined(
    items: Sequence[ReportData],
    template: str,
    *,
    lang: str = "en",
    options: RenderOptions | None = None,
) -> tuple[bytes, tuple[int, ...]]:
    """Reports about several people as ONE PDF: each from a new page with its own reference
    and "Page X of Y", as if printed alone, but with the fonts embedded once (a batch's
    briefs, each rendered alone, carried a font subset each: 84% of a brief's bytes).
    Returns the PDF and each report's number of pages."""
    spec = template_spec(template)
    if not items:
        raise ValidationError("There is nobody to report on.")
    options = options or RenderOptions()
    t = Translator(lang)
    audience = audience_of(template, options)
    check_language(lang, audience)
    story: list[Flowable] = []
    starts: list[int] = []
    for index, item in enumerate(items):
        if index:
            story.append(PageBreak())
        story.append(RunningSection(index, reference_text(t, item), starts))
        story += spec.story(Ctx(item, t, options, audience))
    generated = options.generated_on or items[0].today
    running = running_text(template, t, options, items[0], generated)
    pdf = build_pdf(story, running, lang=t.lang)
    total = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    ends = [*starts[1:], total + 1]
    return pdf, tuple(end - start for start, end in zip(starts, ends, strict=True))
