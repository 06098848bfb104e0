"""Swedish display names of the labels."""

from triage.names_sv import RISK_FACTOR, ROUTE, URGENCY
from triage.rules import RULES
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
    "drugs": "alkohol eller droger",
    "substance_use": "bruk av alkohol eller droger",
    "police_matter": "polisärende",
    "crime": "brott",
    "mental_illness": "psykisk ohälsa",
    "school_absence": "skolfrånvaro",
    "behaviour": "beteende",
    "neglect": "omsorgsbrist",
    "partner_violence": "våld mellan vuxna",
    "honour_control": "hedersrelaterad kontroll",
    "support_sought": "söker eller tar emot stöd",
    "separation_conflict": "separation eller vårdnadskonflikt",
    "repeated_reports": "tidigare anmälningar",
}
# the safety rules by their Swedish description
RULE = {rule.id: rule.description for rule in RULES}


def term(name: str) -> str:
    """A model feature as staff read it: ``cue:violence|nyligen`` → ``våld (nyligen)``."""
    if name.startswith("cue:"):
        kind, _, detail = name[4:].partition("|")
        kind = CUE.get(kind, kind.replace("_", " "))
        return f"{kind} ({detail})" if detail else kind
    if name.startswith("regel:"):
        rule_id = name[6:]
        return "säkerhetsregel: " + RULE.get(rule_id, rule_id.replace("_", " ")).lower()
    if name.startswith("reporter="):
        value = name.split("=", 1)[1]
        return "anmälare: " + REPORTER.get(value, value).lower()
    if name.startswith("age="):
        return "ålder " + name.split("=", 1)[1].replace("-", "–")
    return name
