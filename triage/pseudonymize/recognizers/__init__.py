"""Swedish presidio recognizers (``supported_language="sv"``), one per file."""

from triage.pseudonymize.recognizers.address import SwedishAddressRecognizer
from triage.pseudonymize.recognizers.case_number import CaseNumberRecognizer
from triage.pseudonymize.recognizers.date import SwedishDateRecognizer
from triage.pseudonymize.recognizers.email import SwedishEmailRecognizer
from triage.pseudonymize.recognizers.id_number import SwedishIdNumberRecognizer
from triage.pseudonymize.recognizers.location import SwedishLocationRecognizer
from triage.pseudonymize.recognizers.organization import SwedishOrganizationRecognizer
from triage.pseudonymize.recognizers.phone import SwedishPhoneRecognizer

__all__ = [
    "CaseNumberRecognizer",
    "SwedishAddressRecognizer",
    "SwedishDateRecognizer",
    "SwedishEmailRecognizer",
    "SwedishIdNumberRecognizer",
    "SwedishLocationRecognizer",
    "SwedishOrganizationRecognizer",
    "SwedishPhoneRecognizer",
]
