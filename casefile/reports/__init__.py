"""PDF reports drawn with ReportLab from plain data (casefile.reports.data), written to bytes.

render.render_report(data, template) is the entry point; checklist.completeness(data, template)
is the checklist of what a template still needs. Redaction happens before (reports/redaction.py).
The package itself imports nothing, so reading reports.data does not load ReportLab.
"""
