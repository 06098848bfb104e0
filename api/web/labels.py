"""Swedish display names of the labels."""

from triage.names_sv import RISK_FACTOR, ROUTE, URGENCY
from triage.schema import ReporterType

__all__ = ["RISK_FACTOR", "ROUTE", "URGENCY", "REPORTER", "DECISION", "PII", "term"]

REPORTER = {
    ReporterType.SKOLA: "Skola",
    ReporterType.FORSKOLA: "Förskola",
    ReporterType.POLIS: "Polis",
    ReporterType.HALSO_SJUKVARD: "Hälso- och sjukvård",
    ReporterType.SOCIALTJANST_ANNAN: "Annan del av socialtjänsten",
    ReporterType.PRIVATPERSON: "Privatperson",
    ReporterType.ANHORIG: "Anhörig",
    ReporterType.ANONYM: "Anonym",
    ReporterType.BARNET_SJALV: "Barnet självt",
    ReporterType.ANNAN: "Annan",
}
DECISION = {"accept": "Godkänt", "override": "Ändrat"}
PII = {
    "PERSON": "person",
    "ID_NUMBER": "id-nummer",
    "PHONE": "telefon",
    "EMAIL": "e-post",
    "ADDRESS": "adress",
    "LOCATION": "plats",
    "ORGANIZATION": "organisation",
    "DATE": "datum",
}

CUE = {
    "violence": "våld",
    "injury": "skada",
    "threat_kill": "hot om att döda",
    "fear_home": "rädd att gå hem",
    "sexual": "sexuella övergrepp",
    "suicide": "suicid",
    "self_harm": "självskada",
    "honour": "heder",
    "missing": "försvunnen",
    "intoxicated": "berusning eller påverkan",
    "child_alone": "barn lämnat ensamt",
    "addiction": "missbruk",
}


def term(name: str) -> str:
    """A model feature as staff read it: ``cue:violence|nyligen`` → ``våld (nyligen)``."""
    if name.startswith("cue:"):
        kind, _, detail = name[4:].partition("|")
        kind = CUE.get(kind, kind.replace("_", " "))
        return f"{kind} ({detail})" if detail else kind
    if name.startswith("regel:"):
        return "säkerhetsregel: " + name[6:].replace("_", " ")
    if name.startswith("reporter="):
        value = name.split("=", 1)[1]
        return "anmälare: " + REPORTER.get(value, value).lower()
    if name.startswith("age="):
        return "ålder " + name.split("=", 1)[1].replace("-", "–")
    return name
