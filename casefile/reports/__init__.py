"""PDF reports drawn with ReportLab from plain data (casefile.reports.data), written to bytes.

render_report(data, template) is the entry point; completeness(data, template) is the
checklist of what a template still needs. Redaction happens before (casefile.reports.redaction).
"""

from casefile.reports.checklist import completeness
from casefile.reports.data import (
    Audience,
    Redaction,
    RenderOptions,
    ReportData,
)
from casefile.reports.render import TEMPLATES, audience_of, render_report

__all__ = [
    "TEMPLATES",
    "Audience",
    "Redaction",
    "RenderOptions",
    "ReportData",
    "audience_of",
    "completeness",
    "render_report",
]
