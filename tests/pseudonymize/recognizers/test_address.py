"""SwedishAddressRecognizer: street addresses, postcodes with town, c/o, Box.

Streets, numbers and postcodes are invented combinations.
"""

from __future__ import annotations

import pytest

from triage.pseudonymize.recognizers import SwedishAddressRecognizer

RECOGNIZER = SwedishAddressRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Familjen bor på Storgatan 12B sedan i våras.", ["Storgatan 12B"]),
        ("Adress: Västra Vägen 3 lgh 1102", ["Västra Vägen 3 lgh 1102"]),
        ("De bor på Ringvägen 45, 3 tr, mitt emot skolan.", ["Ringvägen 45, 3 tr"]),
        ("Gamla vägen 4 ligger utanför byn.", ["Gamla vägen 4"]),
        (
            "Blåklintsgången 41 B, lgh 1204, 424 37 Angered efter larm",
            ["Blåklintsgången 41 B, lgh 1204, 424 37 Angered"],
        ),
        (
            "Ny adress Myrstacksvägen 14 B, lgh 1001, 961 64 Boden.",
            ["Myrstacksvägen 14 B, lgh 1001, 961 64 Boden"],
        ),
        ("Lärkgatan 7 uppgång B i Södra Lindhagen", ["Lärkgatan 7 uppgång B"]),
        ("Sjötullsgränd 112, 802 74 GÄVLE", ["Sjötullsgränd 112, 802 74 GÄVLE"]),
        (
            "Brottsplats: Solvändan 14, lgh 1102, 703 62 Örebro",
            ["Solvändan 14, lgh 1102, 703 62 Örebro"],
        ),
        (
            "Hallonstigen 11, Kolarbacken 9 A och Ekorrgläntan 4",
            ["Hallonstigen 11", "Kolarbacken 9 A", "Ekorrgläntan 4"],
        ),
        ("Adress:\nStorgatan 12\n223 62 Lund", ["Storgatan 12\n223 62 Lund"]),
        ("Storgatan 12, SE-223 62 Lund", ["Storgatan 12, SE-223 62 Lund"]),
        ("Gustav Adolfs torg 3 och Stortorget 1", ["Gustav Adolfs torg 3", "Stortorget 1"]),
        # c/o: the whole line
        ("c/o Andersson sedan en vecka", ["c/o Andersson"]),
        (
            "Adress: c/o Lindgren, Kolarbacken 9 A, 826 30 Söderhamn",
            ["c/o Lindgren, Kolarbacken 9 A, 826 30 Söderhamn"],
        ),
        # a capitalised name with a house number, when a postcode and town follow
        ("Register: Skogsbrynet 14, 813 30 Åsbyn. Tel", ["Skogsbrynet 14, 813 30 Åsbyn"]),
        ("Familjen bor på Kvarnbo 3\n745 92 Enköping nu.", ["Kvarnbo 3\n745 92 Enköping"]),
        ("Han har varit här 14 gånger, 813 30 Åsbyn", ["813 30 Åsbyn"]),
        # postcode with town, Box
        ("Hon flyttade till 223 62 Lund i fjol.", ["223 62 Lund"]),
        ("Postadress Box 123, 851 12 Sundsvall", ["Box 123, 851 12 Sundsvall"]),
        ("postnummer 223 62", ["223 62"]),
        # chat text in lower case
        ("bor på storgatan 5 med mamma", ["storgatan 5"]),
        ("bor på näsallén 19, 143 24 lärksätra", ["näsallén 19, 143 24 lärksätra"]),
        (
            "vi bor på blåklintsgången 41 b, lgh 1204, 424 37 angered nu",
            ["blåklintsgången 41 b, lgh 1204, 424 37 angered"],
        ),
        ("de bor på skolgatan 14 b, 2 tr", ["skolgatan 14 b, 2 tr"]),
        ("larmades till norra vägen 18 b i natt", ["norra vägen 18 b"]),
        ("gamla lulevägen 19, 961 46 boden", ["gamla lulevägen 19, 961 46 boden"]),
        ("föräldrar: per lund, ribbings väg 22. jag nås", ["ribbings väg 22"]),
        ("bor på knutby torg 8 och granliden 4", ["knutby torg 8", "granliden 4"]),
        ("patrull till bäckbacke 107 efter samtal", ["bäckbacke 107"]),
        ("familjen bor på 619 73 klintsätra sedan i fjol", ["619 73 klintsätra"]),
        ("plats: 619 73 klintsätra. patrullen bestod", ["619 73 klintsätra"]),
        # dictated: the house number read out in words
        ("och de bor på lärkgatan nio sedan i våras", ["lärkgatan nio"]),
        ("adressen är sjömansgatan fjorton tre trappor", ["sjömansgatan fjorton"]),
        ("vi gick över torget ett par gånger längs storgatan en bit", []),
        ("sen hem till hemvägen tre", []),
        # not addresses
        ("på hemvägen 3 killar följde efter", []),
        ("Storgatan är lång och Gatan 5 finns inte.", []),
        ("Vägen 5 minuter bort, backen 2 gånger.", []),
        ("Mamma nås på 070-123 45 67 och 08-581 696 20.", []),
        ("Skulden är 12 500 kr och 10000 SEK.", []),
        ("Han är 14 år och går i 8B.", []),
        ("handlingsplan 2 upprättas", []),
        ("han åkte flygplan 2 gånger, gick en omväg 3 km och tog en väg 2 gånger", []),
        ("i skidbacke 2 dagar, på parkeringsplatsen 4 killar", []),
        ("plats: 100 20 minuter bort", ["100 20"]),
    ],
)
def test_examples(surfaces, text, expected):
    assert surfaces(RECOGNIZER, text) == expected


def test_presidio_conventions():
    assert RECOGNIZER.supported_language == "sv"
    assert RECOGNIZER.supported_entities == ["ADDRESS"]
    assert all(p.name and 0 < p.score <= 1 for p in RECOGNIZER.patterns)
    assert "adress" in RECOGNIZER.context
