"""The reports' fixed texts, keyed by message id: English here, other languages from the
translation files (resources/translations/reports_<lang>.ts, read by reports.catalogue).

Only the templates' own words are translated; what the user entered is printed as entered.
Controlled-vocabulary labels (detention types, methods, hearing kinds, recipients) come from
the vault's vocabulary table, so user-added terms print with their own labels.
A message not translated yet prints in English; a message id missing from English is our bug
and raises KeyError (the tests render every template in every language, and fail when a
message lacks a translation: tests/reports/test_report_translations.py).
Feminine forms are messages of their own, "<id>.f" ("Освобождена"), chosen by Translator.g.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from functools import cache
from types import MappingProxyType
from typing import Any

from casefile.domain.dates import PartialDate
from casefile.errors import ValidationError
from casefile.reports import catalogue
from casefile.reports.catalogue import finished
from casefile.reports.data import Audience, VocabLabels

EN: dict[str, str] = {
    # values
    "value.not_recorded": "not recorded",
    "value.withheld": "withheld in this copy",
    "value.yes": "yes",
    "value.no": "no",
    "value.none_recorded": "None recorded.",
    # running header and footer
    "mark.confidential": "CONFIDENTIAL",
    "mark.internal": "INTERNAL — DO NOT SHARE",
    "header.to": "To: {recipient}",
    "header.reference": "Ref. {reference}",
    "footer.generated": "Generated {date}",
    "footer.page_of": "Page {page} of {pages}",
    # default recipients
    "recipient.embassy": "Embassy",
    "recipient.wgad": "UN Working Group on Arbitrary Detention",
    "recipient.special-procedures": "UN Special Procedures",
    "recipient.ill-treatment.un": "UN Special Rapporteur on torture",
    "recipient.ill-treatment.embassy": "Embassy",
    "recipient.ill-treatment.internal": "Internal use",
    "recipient.dossier": "Internal use",
    # template names
    "template.embassy": "Embassy brief",
    "template.wgad": "WGAD questionnaire",
    "template.special-procedures": "Special Procedures communication",
    "template.ill-treatment": "Ill-treatment summary",
    "template.dossier": "Internal dossier",
    # the cover list of a bundle of briefs
    "cover.title": "Embassy briefs: people in detention",
    "cover.intro": "{count} briefs follow, each from a new page and numbered on its own.",
    "cover.reference": "{count} briefs",
    "cover.no": "No.",
    "cover.name": "Name",
    "cover.status": "Status",
    "cover.pages": "Pages in this file",
    # redactions
    "redaction.applied": "Redactions applied: {list}.",
    "redaction.none": "none (complete internal copy)",
    "redaction.sources": "sources",
    "redaction.contacts": "contact details and addresses",
    "redaction.initials": "initials for people who asked for them",
    "redaction.notes": "internal notes",
    "redaction.medical": "medical findings",
    # common labels
    "label.age": "age",
    "label.age_head": "Age",
    "label.sex": "Sex",
    "label.nationality": "Nationality",
    "label.profession": "Profession or activity",
    "label.roles": "Role",
    "label.organisations": "Organisation",
    "label.case_numbers": "Case numbers",
    "label.notes": "Notes",
    # enumerations
    "sex.female": "female",
    "sex.male": "male",
    "sex.other": "other",
    "sex.unknown": "not recorded",
    "role.human_rights_defender": "human-rights defender",
    "role.journalist": "journalist",
    "role.blogger": "blogger",
    "role.lawyer": "lawyer",
    "role.activist": "activist",
    "role.relative": "relative",
    "role.witness": "witness",
    "status.no_record": "No detention on record",
    "status.disappeared": "Disappeared",
    "status.police_custody": "In police custody",
    "status.pretrial_detention": "In pre-trial detention",
    "status.imprisoned": "Imprisoned",
    "status.house_arrest": "Under house arrest",
    "status.travel_ban": "Under a travel ban",
    "status.probation": "On probation",
    "status.expelled": "Expelled",
    "status.released": "Released",
    "status.days_in_custody": "{days} days in custody",
    "status.since": "since {date}",
    "status.held_at": "Held at {place}",
    "status.term_until": "Current detention term until {date}",
    "charge_status.pending": "pending",
    "charge_status.dropped": "dropped",
    "charge_status.acquitted": "acquitted",
    "charge_status.convicted": "convicted",
    "case_status.investigation": "investigation",
    "case_status.trial": "trial",
    "case_status.appeal": "appeal",
    "case_status.closed": "closed",
    "case_role.defendant": "defendant",
    "case_role.victim": "victim",
    "case_role.lawyer": "lawyer",
    "case_role.witness": "witness",
    "case_role.judge": "judge",
    "case_role.prosecutor": "prosecutor",
    "outcome.held": "held",
    "outcome.postponed": "postponed",
    "outcome.verdict": "verdict",
    "outcome.detention_extended": "detention extended",
    "risk.low": "low",
    "risk.medium": "medium",
    "risk.high": "high",
    "risk.critical": "critical",
    "medium.printed": "printed",
    "medium.saved": "saved",
    # timeline
    "timeline.when": "Date",
    "timeline.measure": "Measure",
    "timeline.where": "Place and authority",
    "timeline.term_until": "term until {date}",
    "timeline.ordered_by": "ordered by {authority}",
    "timeline.forces": "Forces: {forces}",
    "timeline.reasons": "Reasons given: {reasons}",
    "timeline.legal_basis": "Legal basis: {basis}",
    "timeline.warrant": "Warrant shown: {shown}",
    "timeline.notes": "Notes: {notes}",
    # charges and hearings
    "charge.article": "Art. {article}",
    "charge.article_head": "Article",
    "charge.wording": "Wording",
    "charge.brought_on": "Brought",
    "charge.status": "Status",
    "hearing.none_scheduled": "no hearing scheduled",
    "hearing.closed": "Closed to the public",
    # ill-treatment pieces
    "ill.reported": "Complaint to {to}",
    "ill.on": "on {date}",
    "ill.response": "Response: {response}",
    "ill.no_response": "No response recorded",
    "ill.exam_on": "examined on {date}",
    "ill.exam_by": "by {examiner}",
    "ill.findings": "Findings: {findings}",
    "ill.findings_withheld": "Findings withheld in this copy",
    "ill.no_exam": "no medical examination recorded",
    "ill.injuries_short": "Injuries: {injuries}",
    "ill.when_where": "Date and place",
    "ill.circumstances": "Circumstances",
    "ill.perpetrators": "People involved (unit, rank)",
    "ill.methods": "Methods",
    "ill.injuries": "Injuries and after-effects",
    "ill.medical": "Medical examination",
    "ill.witnesses": "Witnesses",
    "ill.complaints": "Complaints and responses",
    "ill.source": "Source",
    # consent and submitter
    "consent.given": "Consent to submit given",
    "consent.informed_state": "Informed that the State will be contacted",
    "consent.public": "Consent to appear in a public report",
    "consent.name_usage": "Name to be used",
    "consent.full_name": "full name",
    "consent.initials": "initials only",
    "consent.none": "No consent on record",
    "submitter.name": "Name",
    "submitter.organisation": "Organisation",
    "submitter.postal": "Postal address",
    "submitter.email": "E-mail",
    "submitter.phone": "Telephone",
    "submitter.missing": "not set (vault setting “submitter”)",
    # embassy brief
    "embassy.title": "Case brief",
    "embassy.subtitle": "For the attention of the embassy",
    "embassy.status": "Status today",
    "embassy.charges": "Charges",
    "embassy.next_hearing": "Next hearing",
    "embassy.who": "Who they are and why it matters",
    "embassy.charges_head": "Charges",
    "embassy.timeline": "Detention timeline (latest events)",
    "embassy.timeline_more": "{count} earlier events are not listed.",
    "embassy.ill_treatment": "Ill-treatment concerns",
    "embassy.requests": "What we ask of the embassy",
    "embassy.contact": "Contact",
    "embassy.ask.observe": "Send an observer to the next hearing on {date} ({court}).",
    "embassy.ask.observe_any": "Send an observer to the hearings once they are scheduled.",
    "embassy.ask.raise": "Raise the case with the authorities and ask that the proceedings "
    "meet international fair-trial standards.",
    "embassy.ask.visit": "Ask for access to the detained person and for an independent "
    "medical examination.",
    "embassy.ask.investigate": "Ask for a prompt, effective and impartial investigation of the "
    "allegations of ill-treatment.",
    # WGAD
    "wgad.title": "Model questionnaire",
    "wgad.subtitle": "To be completed by persons alleging arbitrary arrest or detention — "
    "UN Working Group on Arbitrary Detention",
    "wgad.s1": "I. Identity",
    "wgad.s2": "II. Arrest",
    "wgad.s3": "III. Detention",
    "wgad.s4": "IV. Why the arrest or detention is considered arbitrary",
    "wgad.s5": "V. Domestic remedies and their results",
    "wgad.s6": "VI. Person or organisation submitting",
    "wgad.family_name": "Family name",
    "wgad.first_name": "First name",
    "wgad.birth": "Date of birth or age",
    "wgad.document": "Identity document",
    "wgad.doc_type": "Type",
    "wgad.doc_issued_by": "Issued by",
    "wgad.doc_issued_on": "Issued on",
    "wgad.doc_number": "Number",
    "wgad.profession": "Profession and/or activity",
    "wgad.address": "Address of usual residence",
    "wgad.date": "Date",
    "wgad.place": "Place",
    "wgad.arrest_forces": "Forces that carried out the arrest",
    "wgad.warrant": "Warrant or other decision shown",
    "wgad.authority": "Authority that issued it",
    "wgad.reasons": "Reasons given by the authorities",
    "wgad.legal_basis": "Legal basis, including the legislation applied",
    "wgad.no_arrest": "No arrest is recorded.",
    "wgad.no_detention": "No detention is recorded.",
    "wgad.duration": "Duration",
    "wgad.duration_now": "{days} days in custody as of {date}.",
    "wgad.duration_total": "{days} days in custody in total.",
    "wgad.term_until": "Current term until {date}.",
    "wgad.holding_forces": "Forces holding the detainee",
    "wgad.places": "Places of detention, transfers and present place",
    "wgad.present_place": "Present place: {place}",
    "wgad.ordered_by": "Authorities that ordered the detention",
    "wgad.category": "Category {number}",
    "wgad.category.I": "no legal basis can be invoked to justify the deprivation of liberty",
    "wgad.category.II": "deprivation of liberty for exercising rights guaranteed by the UDHR "
    "or the ICCPR (expression, assembly, association …)",
    "wgad.category.III": "grave violation of the norms of a fair trial",
    "wgad.category.IV": "prolonged administrative custody of migrants or asylum seekers",
    "wgad.category.V": "discrimination",
    "wgad.categories": "Categories of arbitrary detention",
    "wgad.circumstances": "Circumstances and reasons",
    "wgad.pending": "pending",
    "wgad.complaint": "Complaint",
    "wgad.step": "Step taken",
    "wgad.before": "Before",
    "wgad.result": "Result",
    "wgad.submission_date": "Date",
    "wgad.signature": "Signature",
    # Special procedures
    "sp.title": "Submission to the UN Special Procedures",
    "sp.urgent": "Request for an urgent appeal (ongoing or imminent violation)",
    "sp.allegation": "Request for an allegation letter (past violation)",
    "sp.s_victim": "1. Alleged victim",
    "sp.s_consent": "2. Consent",
    "sp.s_perpetrators": "3. Alleged perpetrators",
    "sp.s_facts": "4. Facts",
    "sp.s_domestic": "5. Action taken domestically and the authorities' response",
    "sp.s_defender": "6. Human-rights defender: activities and link to the violation",
    "sp.s_submitter": "7. Submitter",
    "sp.submitter_confidential": "The identity of the submitter is to be kept confidential.",
    "sp.victim_name": "Name",
    "sp.birth": "Date of birth or age",
    "sp.occupation": "Occupation and activities",
    "sp.residence": "Residence",
    "sp.status": "Current situation",
    "sp.group": "Individual or group",
    "sp.individual": "individual (1 person)",
    "sp.ill_treatment": "ill-treatment",
    "sp.arrest_date": "Date of arrest",
    "sp.arrest_place": "Place of arrest",
    "sp.reasons": "Reasons given",
    "sp.charges": "Charges",
    "sp.incident": "Incident {number}",
    "sp.incident_date": "Date and place",
    "sp.description": "Description",
    "sp.activities": "Activities",
    "sp.link": "Link between the activities and the violation",
    "sp.reprisals": "Fear of reprisals",
    # Ill-treatment summary
    "ill.title": "Ill-treatment account",
    "ill.subtitle": "Set out along the elements of the Istanbul Protocol",
    "ill.s_victim": "The person",
    "ill.victim": "Name",
    "ill.s_incident": "Incident {number}",
    "ill.none": "No ill-treatment report is recorded.",
    "ill.none_short": "no ill-treatment report recorded",
    "ill.s_consent": "Informed consent and confidentiality",
    "ill.confidentiality": "This account is shared in confidence. It must not be forwarded "
    "to the authorities without the person's informed consent.",
    # Dossier
    "dossier.title": "Internal dossier",
    "dossier.subtitle": "Everything on record. Internal — do not share.",
    "dossier.s_identity": "Identity and contacts",
    "dossier.full_name": "Full name",
    "dossier.other_names": "Other spellings and aliases",
    "dossier.contacts": "Contact details",
    "dossier.risk": "Risk level",
    "dossier.s_status": "Status today",
    "dossier.over_48h": "Possibly held in police custody beyond the legal 48 hours: check.",
    "dossier.s_consent": "Consents",
    "dossier.consent_given_on": "Given",
    "dossier.consent_scope": "Shared with",
    "dossier.consent_un": "UN",
    "dossier.consent_embassies": "embassies",
    "dossier.consent_public": "public",
    "dossier.consent_how": "How obtained",
    "dossier.consent_state": "State",
    "dossier.consent_current": "current",
    "dossier.consent_withdrawn": "withdrawn {date}",
    "dossier.s_cases": "Cases",
    "dossier.role_in_case": "role: {role}",
    "dossier.s_detention": "Detention timeline",
    "dossier.s_hearings": "Hearings",
    "dossier.kind": "Kind",
    "dossier.court": "Court and judge",
    "dossier.outcome": "Outcome",
    "dossier.s_ill_treatment": "Ill-treatment reports",
    "dossier.s_interventions": "Interventions",
    "dossier.recipient": "Recipient",
    "dossier.summary": "Summary",
    "dossier.reply": "Reply and outcome",
    "dossier.s_sources": "Sources",
    "dossier.source": "Source",
    "dossier.confidential": "confidential",
    "dossier.reliability": "Reliability",
    "dossier.s_disclosures": "Documents given out",
    "dossier.override": "consent overridden: {reason}",
    "dossier.template": "Document",
    "dossier.by": "By",
    "dossier.gaps_title": "Gaps",
    "dossier.gaps_intro": "What each outgoing document still needs from this record.",
    "dossier.gaps_none": "Nothing missing.",
    # the court-day list
    "court_day.title_day": "Court-day list",
    "court_day.title_week": "Hearings of the week",
    "court_day.recipient": "Internal use",
    "court_day.reference": "Hearings {period}",
    "court_day.count": "Hearings: {hearings}, courts: {courts}",
    "court_day.none": "No hearings in this period.",
    "court_day.without_names": "Names are left out of this copy: case references only.",
    "court_day.no_court": "Court not recorded",
    "court_day.time": "Time",
    "court_day.case": "Case",
    "court_day.defendants": "Defendants",
    "court_day.lawyer": "Lawyer",
    "court_day.judge": "Judge",
    "court_day.notes": "Hearing",
    "court_day.no_time": "—",
    "court_day.defendant_count": "defendants: {count}",
    "court_day.closed": "closed to the public",
    "court_day.postponed_to": "postponed → {date}",
    "court_day.postponed": "postponed, no new date",
    "weekday.0": "Monday",
    "weekday.1": "Tuesday",
    "weekday.2": "Wednesday",
    "weekday.3": "Thursday",
    "weekday.4": "Friday",
    "weekday.5": "Saturday",
    "weekday.6": "Sunday",
    # issue 19: facts, WGEID, missing elements
    "header.internal": "For internal use",
    "recipient.wgeid": "UN Working Group on Enforced or Involuntary Disappearances",
    "template.wgeid": "WGEID case submission",
    "status.released.f": "Released",
    "status.disappeared.f": "Disappeared",
    "status.expelled.f": "Expelled",
    "charge_status.convicted.f": "convicted",
    "charge_status.acquitted.f": "acquitted",
    "ill.s_victim.f": "The person",
    "status.days_paren": "({days} days)",
    "status.measure_term": "term until {date}",
    "status.whereabouts_unknown": "Whereabouts unknown",
    "status.released_on": "Released on {date}",
    "status.released_on.f": "Released on {date}",
    "status.custody_total": "{days} days in custody in total",
    "outcome.house_arrest_extended": "house arrest extended",
    "outcome.decision": "decision delivered",
    "verdict.convicted": "Convicted",
    "verdict.convicted.f": "Convicted",
    "verdict.acquitted": "Acquitted",
    "verdict.acquitted.f": "Acquitted",
    "verdict.dropped": "Charges dropped",
    "verdict.dropped.f": "Charges dropped",
    "verdict.pending": "Verdict delivered (charges not yet updated)",
    "verdict.pending.f": "Verdict delivered (charges not yet updated)",
    "verdict.on_appeal": "(on appeal)",
    "verdict.on": "on {date}",
    "verdict.sentence": "Sentence: {sentence}.",
    "appeal.decided": "decided on {date}",
    "appeal.pending": "pending",
    "appeal.pending_next": "pending, next hearing on {date}",
    "history.reference": "ref. {reference}",
    "history.reply": "Reply: {reply}",
    "history.outcome": "Result: {outcome}",
    "period.custody": "In custody",
    "period.house_arrest": "Under house arrest",
    "period.disappeared": "Disappeared",
    "period.ongoing": "ongoing",
    "period.days": "{days} days",
    "consent.given_by": "Who gave it, and how",
    "consent.given_by_field": "Who gave the authorisation (consent: “How obtained”)",
    "consent.initials_scope_head": "Initials",
    "consent.initials_here": "The person asks that only initials be used in anything made "
    "public; this copy uses them too.",
    "consent.initials_scope": "The person asks that only initials be used in anything made "
    "public; the full name is given in this confidential submission.",
    "checklist.other_language": "Written in another language than this report: {field}",
    "wgad.latin_name": "Name in Latin letters (as in the passport)",
    "wgad.latin_name_field": "Name in Latin letters (person: “Other spellings”)",
    "wgad.disappearance": "The person was taken and their whereabouts were not disclosed: an "
    "enforced disappearance (see the WGEID submission).",
    "wgad.present": "Present situation",
    "wgad.verdict": "Verdict and sentence",
    "wgad.verdict_field": "Verdict and sentence (charge: “Sentence”)",
    "wgad.no_verdict": "no verdict yet",
    "wgad.appeals": "Appeals",
    "wgad.un_history": "Earlier submissions to UN bodies and their results",
    "wgad.un_history_none": "No earlier submission to a UN body is recorded.",
    "wgad.authorisation": "Authorisation by the person concerned or their family",
    "wgad.submitter": "Submitter",
    "sp.group_of": "group of {count} people (this is person {number})",
    "sp.group_intro": "One communication about {count} people in the same case: {names}.",
    "sp.group_member": "Person {number} of {count}",
    "sp.s_urgency": "Why urgent action is needed",
    "sp.urgency_field": "Why it is urgent (the urgency text, or the person’s risk level)",
    "sp.urgent_48h": "Held in police custody possibly beyond the legal 48 hours without a court "
    "decision.",
    "sp.urgent_risk": "Risk level assessed by the submitter: {level}.",
    "sp.urgent_health": "Injuries reported ({date}): {injuries}",
    "sp.earlier": "Earlier communications (urgent appeals, allegation letters) and references",
    "embassy.alert": "Alert",
    "embassy.over_48h": "Possibly held in police custody beyond the legal 48 hours.",
    "embassy.lawyer": "Lawyer",
    "embassy.lawyer_field": "Lawyer (case participant with the role lawyer)",
    "embassy.public": "Public statement",
    "embassy.public_yes": "The person agrees to a public statement.",
    "embassy.public_no": "No public statement: the person has not agreed to one.",
    "embassy.history": "Earlier interventions and their results",
    "embassy.ask.visit_home": "Ask to visit the person under house arrest.",
    "embassy.ask.whereabouts": "Ask the authorities to disclose the person’s fate and whereabouts.",
    "embassy.ask.visa": "Consider an emergency visa or temporary relocation if the risk grows.",
    # embassy brief about a case: the summary, then each defendant's brief as an annex
    "embassy.case_stage": "Stage",
    "embassy.court": "Court",
    "embassy.articles": "Articles",
    "embassy.defendants": "Defendants ({count})",
    "embassy.col_name": "Name, role",
    "embassy.col_situation": "Situation today",
    "embassy.col_days": "Days held",
    "embassy.case_public_all": "All defendants agree to a public statement.",
    "embassy.case_public_none": "No public statement: none of the defendants has agreed to one.",
    "embassy.case_public_some": "No public statement about the case as a whole; only some "
    "defendants agree to one: {names}.",
    "embassy.case_ask.whereabouts": "Ask the authorities to disclose the fate and whereabouts "
    "of {names}.",
    "embassy.case_ask.visit": "Ask for access to the detained defendants ({names}) and for an "
    "independent medical examination.",
    "embassy.case_ask.visit_home": "Ask to visit the defendants under house arrest ({names}).",
    "embassy.case_ask.investigate": "Ask for a prompt, effective and impartial investigation of "
    "the allegations of ill-treatment ({names}).",
    "embassy.case_ask.visa": "Consider an emergency visa or temporary relocation if the risk "
    "grows ({names}).",
    "annex.individual": "Annex: individual briefs",
    "ill.time": "Time of the incident",
    "ill.time_missing": "not recorded (no field: give it in the circumstances)",
    "ill.time_field": "Time of the incident (no field: write it in “Circumstances”)",
    "ill.held_at": "Held at the time",
    "ill.conditions": "Conditions and routine of detention",
    "ill.conditions_field": "Conditions and routine of detention (no field: write them in "
    "“Circumstances”)",
    "ill.safeguards": "Safeguards",
    "ill.safeguard_lawyer": "Lawyer: {lawyer}",
    "ill.safeguard_doctor": "Seen by a doctor: {doctor}",
    "ill.safeguard_family": "Family informed or allowed to visit: {family}",
    "ill.family_field": "Family access (no field: write it in “Circumstances”)",
    "ill.consistency_field": "Degree of consistency between findings and allegations (write it "
    "in the medical findings)",
    "ill.s_attachments": "Photographs, medical certificates and other attachments",
    "ill.no_attachments": "No attachment is kept with this record.",
    "wgeid.title": "Enforced or involuntary disappearance",
    "wgeid.subtitle": "Case submission to the UN Working Group on Enforced or Involuntary "
    "Disappearances",
    "wgeid.s1": "1. The disappeared person",
    "wgeid.s2": "2. The disappearance",
    "wgeid.s3": "3. Steps taken to find the person and domestic remedies",
    "wgeid.s4": "4. Source of the information",
    "wgeid.s5": "5. Consent of the person or the family",
    "wgeid.name": "Full name",
    "wgeid.doc_number": "Identity document number",
    "wgeid.date": "Date (at least month and year)",
    "wgeid.place": "Place of arrest or abduction, or where last seen",
    "wgeid.forces": "Forces believed responsible (State agents, or acting with the State’s "
    "support or acquiescence)",
    "wgeid.state_link": "What was said or is known of the authorities’ involvement",
    "wgeid.present": "Situation today",
    "wgeid.none": "No disappearance is recorded for this person.",
    "wgeid.no_steps": "No step to find the person is recorded.",
    "wgeid.event_field": "The disappearance (detention event of type “disappearance”)",
    "recipient_to.embassy": "Embassy",
    "recipient_to.wgad": "UN Working Group on Arbitrary Detention",
    "recipient_to.special-procedures": "UN Special Procedures",
    "recipient_to.wgeid": "UN Working Group on Enforced or Involuntary Disappearances",
    "recipient_to.ill-treatment.un": "UN Special Rapporteur on torture",
    "recipient_to.ill-treatment.embassy": "Embassy",
}

#: The languages a report can be written in; each but English has a translation file.
LANGUAGES: tuple[str, ...] = ("en", "ru", "ky")
#: UN bodies get English or Russian (Russian is a UN working language; Kyrgyz is not):
#: Kyrgyz is for embassies and internal use.
UN_LANGUAGES: tuple[str, ...] = ("en", "ru")

# Kyrgyz dates as official letters abbreviate them: "2024-ж. 12-апрели", read "2024-жылдын
# 12-апрели" (the month takes the possessive). The full "2024-жылдын" is wider than the
# reports' narrow date columns and was cut mid-word. A translation asks for a case with a
# format spec: "{date:abl} бери" prints "2024-ж. 12-апрелинен бери" (KyDate below).
_KY_MONTHS = (
    "январы",
    "февралы",
    "марты",
    "апрели",
    "майы",
    "июну",
    "июлу",
    "августу",
    "сентябры",
    "октябры",
    "ноябры",
    "декабры",
)


def base_language(lang: str) -> str:
    """'ru_RU' -> 'ru'; languages without a table fall back to English."""
    base = lang.replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else "en"


def languages_for(audience: Audience) -> tuple[str, ...]:
    """The languages a document for ``audience`` may be written in."""
    return UN_LANGUAGES if audience is Audience.UN else LANGUAGES


def check_language(lang: str, audience: Audience) -> None:
    """Refuse Kyrgyz (or another language not offered) for a UN body."""
    if base_language(lang) not in languages_for(audience):
        raise ValidationError(
            "A document for a UN body is written in English or Russian, not in %1.",
            lang,
            field="lang",
        )


@cache
def table(lang: str) -> Mapping[str, str]:
    """Message id -> text in ``lang``: English itself, else the finished translations."""
    if lang == "en":
        return MappingProxyType(EN)
    return MappingProxyType(finished(list(catalogue.load(lang)), EN))


#: Case suffixes after a possessive month ("апрели" -> "апрелинен"), by vowel harmony with
#: the word's last vowel; and after a bare year ("2024-жыл" -> "2024-жылдан").
_KY_CASES = ("abl", "dat", "loc")
_KY_AFTER_POSSESSIVE = {
    "а": ("нан", "на", "нда"),
    "е": ("нен", "не", "нде"),
    "о": ("нон", "но", "ндо"),
    "ө": ("нөн", "нө", "ндө"),
}
_KY_HARMONY = {"а": "а", "ы": "а", "у": "а", "о": "о", "е": "е", "и": "е", "ө": "ө", "ү": "ө"}
_KY_AFTER_YEAR = {"abl": "дан", "dat": "га", "loc": "ы"}


class KyDate(str):
    """A Kyrgyz date that takes the case its sentence needs: format spec "abl" (from, бери /
    тартып), "dat" (to, чейин / карата) or "loc" (on); none: as it is."""

    def __format__(self, spec: str) -> str:
        if spec not in _KY_CASES:
            return super().__format__(spec)
        text = str(self)
        if text.endswith("-жыл"):
            return text + _KY_AFTER_YEAR[spec]
        last = next((c for c in reversed(text) if c in _KY_HARMONY), "а")
        return text + _KY_AFTER_POSSESSIVE[_KY_HARMONY[last]][_KY_CASES.index(spec)]


class _Word(str):
    """A value other than a date in a Kyrgyz message: a case spec leaves it as it is."""

    def __format__(self, spec: str) -> str:
        return str(self) if spec in _KY_CASES else super().__format__(spec)


def ky_date(value: PartialDate) -> KyDate:
    if value.month is None:
        text = f"{value.year}-жыл"
    elif value.day is None:
        text = f"{value.year}-ж. {_KY_MONTHS[value.month - 1]}"
    else:
        text = f"{value.year}-ж. {value.day}-{_KY_MONTHS[value.month - 1]}"
    return KyDate(f"болжол менен {text}" if value.approximate else text)


class Translator:
    """The fixed texts of one language, and dates and labels as that language prints them."""

    def __init__(self, lang: str = "en") -> None:
        self.lang = base_language(lang)
        self._table = table(self.lang)

    def __call__(self, key: str, **values: Any) -> str:
        text = self._table.get(key)
        if text is None:
            text = EN[key]  # KeyError: a message id missing from English is a bug
        if values and self.lang == "ky":
            values = {k: v if isinstance(v, KyDate) else _Word(v) for k, v in values.items()}
        return text.format(**values) if values else text

    def has(self, key: str) -> bool:
        return key in EN

    def g(self, key: str, sex: str | None, **values: Any) -> str:
        """A message agreeing with the person's grammatical gender: the ".f" form for a
        woman where the language has one ("Освобождена", "осуждена")."""
        if sex == "female" and f"{key}.f" in EN:
            return self(f"{key}.f", **values)
        return self(key, **values)

    def date(self, value: PartialDate | date | datetime) -> str:
        """As precise as what is known: "April 2024", "c. 2023", "апрель 2024",
        "2024-ж. апрели"."""
        if isinstance(value, datetime):
            value = value.date()
        if isinstance(value, date):
            value = PartialDate.from_date(value)
        if self.lang == "ky":
            return ky_date(value)
        return value.format(self.lang)

    def enum(self, group: str, code: str, *, sex: str | None = None) -> str:
        """The label of a fixed code ("status.pretrial_detention"); the code itself if unknown.
        With ``sex``, the feminine form where there is one."""
        key = f"{group}.{code}"
        return self.g(key, sex) if key in EN else code.replace("_", " ")

    def term(self, vocab: VocabLabels, vocabulary: str, code: str) -> str:
        """The label of a vocabulary term as stored in the vault, in (en, ru, ky) order; a
        Kyrgyz label that is missing falls back to the Russian one, as in the interface; the
        code if unknown."""
        labels = vocab.get(vocabulary, {}).get(code)
        if labels is not None:
            order = {"en": (0,), "ru": (1,), "ky": (2, 1)}[self.lang]
            for index in order:
                label = labels[index] if index < len(labels) else None
                if label:
                    return label
            if labels[0]:
                return labels[0]
        return self.enum(vocabulary, code)
