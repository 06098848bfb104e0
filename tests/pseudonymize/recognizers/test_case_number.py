"""CaseNumberRecognizer: police, social-services, Migration Agency and other case numbers.

All numbers are invented.
"""

from __future__ import annotations

import pytest

from triage.pseudonymize.recognizers import CaseNumberRecognizer

RECOGNIZER = CaseNumberRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # police K-numbers are distinctive on their own
        ("Händelsenr: 5000-K123456-25", ["5000-K123456-25"]),
        # a newborn's or an unidentified patient's temporary number at the hospital
        ("Reservnummer 20250203-R812. Mamma: okänd", ["20250203-R812"]),
        ("hon har reservnummer RN-251109-0217 hos oss", ["RN-251109-0217"]),
        ("PM – Händelse K-216019-26", ["K-216019-26"]),
        ("deras nr K 118342-26 gäller rånet", ["K 118342-26"]),
        ("polisanmält (ärendenummer 5000-K1482736-26)", ["5000-K1482736-26"]),
        ("Ärendenummer hos oss: 5000-k707545-24.", ["5000-k707545-24"]),
        # social services
        ("dnr SN 2025/123", ["SN 2025/123"]),
        ("ert tidigare ärende IFO 2024/1187 avslutades", ["IFO 2024/1187"]),
        ("IFO-2024-0456 (aktualisering)", ["IFO-2024-0456"]),
        ("Dnr 2025-00123", ["2025-00123"]),
        ("Ärendenummer hos oss: 2024-2005.", ["2024-2005"]),  # not a year range
        ("dnr 2025-2044", ["2025-2044"]),
        ("Dnr: 4.2.1-18842/2025", ["4.2.1-18842/2025"]),
        ("Diarienummer SOC 2023:45", ["SOC 2023:45"]),
        ("(ert ärende SoN 2024/1187)", ["SoN 2024/1187"]),  # as boards write their own
        # written all in lower case: a board, court or family-law prefix, and "lma"
        ("ert tidigare ärende ifo 2024/1187 avslutades", ["ifo 2024/1187"]),
        ("(ert ärende son 2024/1187)", ["son 2024/1187"]),
        ("tingsrättens mål nr t 2314-25 barn:", ["t 2314-25"]),
        ("vårt ärende: fr 2025-0412 familjerätten", ["fr 2025-0412"]),
        ("ärende: eb-2025-04417 jag är handläggare", ["eb-2025-04417"]),
        ("samordningsnr saknas, lma 24-817236 i onsdags", ["lma 24-817236"]),
        ("min son 2019-03-04 föddes och ärendet om 2024-05-03", []),
        # a keyword of two words: the match starts at its first
        ("Tingsrättens mål nr T 2314-25", ["T 2314-25"]),
        ("enligt anm. nr 4471-22", ["4471-22"]),
        # Migration Agency: LMA card and dossier numbers
        ("samordningsnr saknas, LMA 12-345678", ["LMA 12-345678"]),
        ("LMA 12345678-9 visades upp", ["LMA 12345678-9"]),
        ("LMA-kort 12-345678", ["12-345678"]),
        ("dossiernummer 1234567", ["1234567"]),
        ("f. 2018-05-14, dossiernr 21-603419", ["21-603419"]),
        ("(dossiernr 8834712)", ["8834712"]),
        ("UM-123456", ["UM-123456"]),
        # a few words and a colon between keyword and number; a number in spaced groups
        ("LMA-nummer på mamman: 23-310 58 77.", ["23-310 58 77"]),
        ("Dossiernummer enligt vår lista: 24-771093.", ["24-771093"]),
        ("ärendet för pojken: 2024-5521", ["2024-5521"]),
        ("Ärendet gäller oss alla: 3 barn.", []),
        ("ärendet gäller: 2025.", []),
        # other keywords; the keyword itself is never masked
        ("Målnummer: 12-449102-25", ["12-449102-25"]),
        ("Mitt ärendenummer hos er är 123 456 789.", ["123 456 789"]),
        ("Ärendenummer 2025-1234.", ["2025-1234"]),
        ("klientnummer 88123", ["88123"]),
        # ordinary numbers, years, dates and times are not case numbers
        ("Ärendet gäller 2 barn i familjen.", []),
        ("Ärendet aktualiserades 2025.", []),
        ("Händelse 12.30 vid skolan.", []),
        ("Händelsen 2025-03-12 utreds.", []),
        ("ärendet 2019-2021 är avslutat", []),
        ("Han har 12345 kr i skuld och 3 barn.", []),
        ("Patrull 2330 var på plats kl. 01.52.", []),
        ("lgh 1204, 424 37 Angered", []),
        ("Hon väger 12 kg och är 98 cm lång.", []),
        ("Enligt 14 kap. 1 § SoL ska vi anmäla.", []),
    ],
)
def test_examples(surfaces, text, expected):
    assert surfaces(RECOGNIZER, text) == expected


def test_presidio_conventions(results):
    assert RECOGNIZER.supported_language == "sv"
    assert RECOGNIZER.supported_entities == ["ID_NUMBER"]
    assert all(p.name and 0 < p.score <= 1 for p in RECOGNIZER.patterns)
    assert "diarienummer" in RECOGNIZER.context
    (result,) = results(RECOGNIZER, "Händelsenr: 5000-K123456-25")
    assert result.score == pytest.approx(0.85)
