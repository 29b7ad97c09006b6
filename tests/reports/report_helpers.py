"""Report test data and helpers: plain ReportData, a small case in a vault, PDF readers."""

from __future__ import annotations

import contextlib
import io
import zlib
from dataclasses import dataclass
from datetime import date, time, timedelta

import pypdf
from pypdf.generic import IndirectObject, StreamObject

from casefile.domain.dates import PartialDate
from casefile.reports.data import (
    Affiliation,
    CaseItem,
    ChargeItem,
    ConsentData,
    DetentionItem,
    HearingItem,
    IllTreatmentItem,
    PersonData,
    ReportData,
    SourceItem,
    StatusData,
    Submitter,
)
from casefile.services.reporting.submitter import SUBMITTER_SETTING
from casefile.vault.schema import (
    Case,
    CaseParticipant,
    Charge,
    Consent,
    DetentionEvent,
    Hearing,
    IllTreatmentReport,
    Person,
    Source,
    SourceLink,
)
from casefile.vault.vault import Vault

PD = PartialDate
TODAY = date(2026, 11, 23)
NAME = "Айгүл Өмүрбекова"  # ү and ө: Kyrgyz letters
PHONE = "+996 555 123 456"
ADDRESS = "ул. Токтогула 12, кв. 5"
SOURCE_NAME = "Чолпон Источникова"
SOURCE_PHONE = "+996 700 987 654"
MEDICAL = "Fracture of the left ulna"
NOTE = "Meets her lawyer on Tuesdays"
SUBMITTER = {
    "name": "Jamila Example",
    "organisation": "Example Rights Centre",
    "postal_address": "PO Box 1, Bishkek",
    "email": "cases@example.org",
    "phone": "+996 312 000 000",
}


def sample_data(**changes: object) -> ReportData:
    """One person in pre-trial detention, with every section filled in."""
    person = PersonData(
        id="p-1",
        full_name=NAME,
        family_name="Өмүрбекова",
        first_names="Айгүл",
        name_variants=("Aigul Omurbekova",),
        sex="female",
        birth_date=PD(1990, 4),
        nationalities=("Kyrgyz Republic",),
        id_document_type="Passport",
        id_document_number="AN7654321",
        id_document_issued_by="MKK 211011",
        id_document_issued_on=PD(2018, 5, 3),
        profession="Reporter for «Кел-Кел Медиа»",
        roles=("journalist", "human_rights_defender"),
        organisations=(Affiliation("Кел-Кел Медиа", "reporter"),),
        usual_address=ADDRESS,
        contact_details=PHONE,
        notes=NOTE,
        name_usage="full_name",
    )
    detention = (
        DetentionItem(
            "arrest",
            PD(2024, 4),
            place="Бишкек, ул. Киевская",
            forces="State Committee for National Security (ГКНБ)",
            warrant_shown=False,
            ordering_authority="Investigator of the ГКНБ",
            reasons_given="Calls to mass unrest in a video",
            legal_basis="Criminal Procedure Code, art. 96",
        ),
        DetentionItem(
            "pretrial_detention",
            PD(2024, 4, 14),
            term_until=date(2026, 12, 14),
            place="СИЗО-1 ГКНБ",
            forces="ГКНБ",
            ordering_authority="Pervomaisky District Court",
            reasons_given="Risk of absconding",
            legal_basis="Criminal Procedure Code, art. 110",
            notes=NOTE,
        ),
    )
    data = ReportData(
        person=person,
        today=TODAY,
        reference="01-234/2024",
        status=StatusData(
            "pretrial_detention", 954, date(2024, 4, 14), date(2026, 12, 14), "СИЗО-1"
        ),
        detention=detention,
        charges=(
            ChargeItem("278 part 3", "Criminal Code", "Calls to mass unrest", PD(2024, 4, 15)),
        ),
        cases=(
            CaseItem(
                "c-1",
                "Kel-Kel Media journalists",
                ("01-234/2024",),
                "Reporters of Кел-Кел Медиа were arrested over a video about power cuts.",
                "trial",
                "defendant",
            ),
        ),
        hearings=(
            HearingItem(
                "h-0",
                "c-1",
                date(2025, 3, 1),
                None,
                "Pervomaisky District Court",
                None,
                "detention_extension",
                outcome="detention_extended",
            ),
            HearingItem("h-1", "c-1", date(2026, 12, 3), time(10, 0), "Pervomaisky District Court"),
        ),
        next_hearing=HearingItem(
            "h-1", "c-1", date(2026, 12, 3), time(10, 0), "Pervomaisky District Court"
        ),
        ill_treatment=(
            IllTreatmentItem(
                "i-1",
                PD(2023, approximate=True),
                "ИВС ГУВД Бишкек",
                "Beaten during the first interrogation",
                "Two officers",
                "Criminal investigation unit",
                "captain",
                ("beating", "threats"),
                "Bruises on the back",
                PD(2024, 4, 20),
                "Independent doctor",
                MEDICAL,
                "A cellmate",
                "Prosecutor's Office",
                PD(2024, 4, 25),
                "No grounds to open a case",
                PD(2024, 5, 30),
                "s-1",
            ),
        ),
        consents=(
            ConsentData(
                True, True, False, "full_name", True, PD(2024, 5), "Signed form", current=True
            ),
        ),
        sources=(
            SourceItem("s-1", SOURCE_NAME, SOURCE_PHONE, True, "reliable", "Cellmate's sister"),
        ),
        submitter=Submitter(**{k: v for k, v in SUBMITTER.items()}),
        vocab={
            "ill_treatment_method": {
                "beating": ("Beating", "Избиение"),
                "threats": ("Threats", "Угрозы"),
            },
            "detention_type": {
                "arrest": ("Arrest", "Задержание"),
                "pretrial_detention": ("Pre-trial detention", "Содержание под стражей (СИЗО)"),
            },
        },
    )
    return data if not changes else _replace(data, changes)


def _replace(data: ReportData, changes: dict[str, object]) -> ReportData:
    import dataclasses

    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


# -- reading PDFs ---------------------------------------------------------------------------


def pdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def all_bytes(pdf: bytes) -> bytes:
    """The file, every stream decoded, and the document info: everything a search could find."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    chunks = [pdf]
    for generation, objects in reader.xref.items():
        for number in objects:
            obj = reader.get_object(IndirectObject(number, generation, reader))
            if isinstance(obj, StreamObject):
                chunks.append(obj.get_data())
    for page in reader.pages:
        chunks.append(page.get_contents().get_data() if page.get_contents() else b"")
    chunks.append(repr(dict(reader.metadata or {})).encode("utf-8"))
    # Also any raw deflate stream pypdf might not have listed.
    for start in range(len(pdf)):
        if pdf.startswith(b"stream", start):
            body = pdf[start + 6 :].lstrip(b"\r\n")
            with contextlib.suppress(zlib.error):
                chunks.append(zlib.decompressobj().decompress(body))
    return b"\n".join(chunks)


def forms(text: str) -> list[bytes]:
    """The byte forms a text could take in a PDF: UTF-8, UTF-16-BE (with and without BOM)."""
    return [text.encode("utf-8"), text.encode("utf-16-be"), b"\xfe\xff" + text.encode("utf-16-be")]


# -- a small case in a vault ----------------------------------------------------------------


@dataclass(frozen=True)
class CaseIds:
    consenting: str  # UN and embassies, full name
    unconsented: str  # no consent at all
    initials: str  # UN only, initials
    case: str


def populate(vault: Vault) -> CaseIds:
    with vault.write() as s:
        a = Person(
            full_name=NAME,
            sex="female",
            birth_date=PD(1990, 4),
            nationalities=["KG"],
            roles=["journalist"],
            profession="Reporter",
            usual_address=ADDRESS,
            contact_details=PHONE,
            notes=NOTE,
            id_document_type="Passport",
            id_document_number="AN7654321",
        )
        b = Person(full_name="Нурбек Сыдыков", sex="male", roles=["blogger"])
        c = Person(full_name="Бакыт Аманбай уулу", sex="male", roles=["activist"])
        case = Case(
            title="Kel-Kel Media journalists",
            case_numbers=["01-234/2024"],
            summary="Бакыт Аманбай уулу and two reporters were arrested over a video.",
            status="trial",
        )
        s.add_all([a, b, c, case])
        s.flush()
        for person in (a, b, c):
            s.add(CaseParticipant(case_id=case.id, person_id=person.id, role="defendant"))
            s.add(Charge(person_id=person.id, case_id=case.id, article="278 part 3"))
            s.add(
                DetentionEvent(
                    person_id=person.id,
                    case_id=case.id,
                    type="arrest",
                    start=PD(2024, 4),
                    place="ГКНБ",
                    forces="ГКНБ",
                )
            )
            s.add(
                DetentionEvent(
                    person_id=person.id,
                    case_id=case.id,
                    type="pretrial_detention",
                    start=PD(2024, 4, 14),
                    term_until=TODAY + timedelta(days=20),
                    place="СИЗО-1",
                    ordering_authority="Pervomaisky District Court",
                )
            )
        s.add(
            Consent(
                person_id=a.id,
                share_with_un=True,
                share_with_embassies=True,
                name_usage="full_name",
                informed_state_contacted=True,
                given_on=PD(2024, 5),
            )
        )
        s.add(
            Consent(person_id=c.id, share_with_un=True, name_usage="initials", given_on=PD(2024, 6))
        )
        source = Source(name=SOURCE_NAME, contact_details=SOURCE_PHONE)
        s.add(source)
        s.flush()
        report = IllTreatmentReport(
            victim_id=a.id,
            case_id=case.id,
            incident_date=PD(2023, approximate=True),
            place="ИВС ГУВД",
            circumstances=f"Beaten during interrogation; {SOURCE_NAME} saw the bruises.",
            methods=["beating"],
            injuries="Bruises",
            medical_exam_date=PD(2024, 4, 20),
            medical_findings=MEDICAL,
            reported_to="Prosecutor's Office",
            reported_on=PD(2024, 4, 25),
            source_id=source.id,
            notes=NOTE,
        )
        s.add(report)
        s.flush()
        s.add(SourceLink(source_id=source.id, record_table="persons", record_id=a.id))
        s.add(
            Hearing(
                case_id=case.id,
                scheduled_date=TODAY + timedelta(days=10),
                scheduled_time=time(10, 0),
                court="Pervomaisky District Court",
            )
        )
        ids = CaseIds(a.id, b.id, c.id, case.id)
    vault.set_setting(SUBMITTER_SETTING, SUBMITTER)
    return ids
