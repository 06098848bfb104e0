"""Concern cues of the risk factors that no rule reads: what fires, for whom, and denied."""

import json
import re
from pathlib import Path

import pytest

from triage.concerns import extract, lexicon, sentences
from triage.concerns.extract import _kinds
from triage.concerns.prefilter import any_of, split_alternatives, spread


def kinds(text: str) -> set[str]:
    return {f.kind for f in extract(text)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Vi misstänker att [PERSON_1] röker på med äldre killar.", "drugs"),
        ("Hon har små pupiller och är ofokuserad.", "drugs"),
        ("Han har förekommit i flera polisanmälningar i höstas.", "police_matter"),
        ("[PERSON_1] har gripits för rån i centrum.", "crime"),
        ("Enligt en förälder säljer hon tabletter på skolgården.", "crime"),
        ("Mamma pratar med någon som inte finns och skriker på nätterna.", "mental_illness"),
        ("Pappa har en svår depression och ligger mest i sängen.", "mental_illness"),
        ("Eleven har 60 procent frånvaro den här terminen.", "school_absence"),
        ("Han har inte varit i skolan sedan jullovet.", "school_absence"),
        ("Hon får utbrott och kastar stolar i klassrummet.", "behaviour"),
        ("Barnet kommer till förskolan i tunna kläder och är hungrigt.", "neglect"),
        ("Familjen bor i misär, utan el sedan flera veckor.", "neglect"),
        ("Han spelar dataspel hela nätterna och sover i skolan.", "behaviour"),
        ("Närvaron har varit låg hela hösten.", "school_absence"),
        ("Barnet har aldrig vaccinerats och saknar tandvård.", "neglect"),
        ("Föräldrarna har en pågående vårdnadstvist.", "separation_conflict"),
        ("Mamman har fått diagnosen postpartumdepression.", "mental_illness"),
        ("Hon har svårt med gränser och slutat komma hem på helgerna.", "behaviour"),
        ("Det är ett kontrollerande klimat hemma.", "partner_violence"),
        ("Grannen hörde dunsar och en kvinna skrika i natt.", "partner_violence"),
        ("Anmälan gäller grov kvinnofridskränkning mot barnets mamma.", "partner_violence"),
        ("Tidigare våld i familjen som barnet har sett.", "partner_violence"),
        ("Hon får inte delta i simundervisningen eller följa med på klassresan.", "honour_control"),
        ("Hans telefon kontrolleras varje kväll.", "honour_control"),
        ("Han säljer gräs och röker själv dagligen.", "substance_use"),
        ("Positivt drogtest. Erkänner eget bruk, förnekar försäljning.", "substance_use"),
        ("ja röker typ varje dag nu", "substance_use"),
        ("Urinprovet gav utslag för THC.", "substance_use"),
    ],
)
def test_risk_factor_cues_fire(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Han brottas på fritiden och tycker om det.",
        "Hon tränar på brottarklubben två kvällar i veckan.",
        "De brottades på golvet i korridoren.",
        "Hon fick ett benbrott när hon ramlade från klätterställningen.",
        "Vi har inte sett något som tyder på psykisk ohälsa hos föräldrarna.",
    ],
)
def test_no_crime_cue_in_sport_or_injury_and_a_denied_cue_is_not_credible(text):
    found = extract(text)
    assert "crime" not in {f.kind for f in found}
    assert all(not f.credible for f in found if f.kind == "mental_illness")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Pappa slog sönder telefonen i ilska.", "partner_violence"),
        ("Hon tycker om idrott och simning.", "honour_control"),
        ("Grannen hör musik och skratt från lägenheten på kvällarna.", "partner_violence"),
        ("Föräldrarna har svårt att sätta gränser och vill ha råd.", "behaviour"),
        ("Han spelar fotboll och trummor på fritiden.", "behaviour"),
        ("Skolkuratorn har träffat honom och han har full närvaro.", "school_absence"),
        ("Hon är vaccinerad enligt programmet och går till tandläkaren.", "neglect"),
        ("Vårdnadshavarna är informerade om anmälan.", "separation_conflict"),
        ("Polisen har gripit honom med cannabis uppdelat i påsar.", "substance_use"),
        ("Utandningsprovet visade 0,00 promille.", "substance_use"),
        ("Mamma är själv frustrerad över situationen.", "substance_use"),
    ],
)
def test_near_misses_raise_no_cue(text, kind):
    assert kind not in kinds(text)


def test_violence_between_the_parents_is_against_an_adult_even_as_a_noun():
    text = "Våldet mellan föräldrarna upphörde i våras."
    found = [f for f in extract(text) if f.kind == "violence"]
    assert found and found[0].adult_victim


def test_denied_own_use_is_not_credible():
    found = [f for f in extract("[PERSON_1] förnekar eget bruk.") if f.kind == "substance_use"]
    assert found and not found[0].credible and found[0].child_subject


def test_the_child_named_last_is_the_one_arrested_not_the_parent_who_told():
    text = "[PERSON_1]s fosterpappa har berättat att [PERSON_1] har gripits för rån."
    found = [f for f in extract(text) if f.kind == "crime"]
    assert found and found[0].child_subject and not found[0].caregiver


def test_a_parent_taken_by_the_police_is_no_offending_child():
    found = [f for f in extract("Pappa greps i natt efter bråket.") if f.kind == "police_matter"]
    assert found and not found[0].child_subject and found[0].caregiver
    assert "crime" not in kinds("Pappa greps i natt efter bråket.")


def test_a_named_child_is_the_one_using_and_a_named_parent_is_not():
    child = [f for f in extract("[PERSON_1] har små pupiller och är trött.") if f.kind == "drugs"]
    parent = [f for f in extract("Mamma [PERSON_2] röker på varje kväll.") if f.kind == "drugs"]
    assert child and child[0].child_subject and not child[0].caregiver
    assert parent and not parent[0].child_subject and parent[0].caregiver


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Pappa vet om att vi skriver och tar gärna emot hjälp.", "support_sought", True),
        ("Mamma vill inte ha hjälp och stänger dörren.", "support_sought", False),
        ("Det här är tredje gången jag anmäler familjen.", "repeated_reports", True),
        ("Föräldrarna separerade i våras och bråkar om umgänget.", "separation_conflict", True),
    ],
)
def test_cues_for_and_against_an_investigation(text, kind, expected):
    assert any(f.credible for f in extract(text) if f.kind == kind) is expected


def test_one_scan_for_any_cue_agrees_with_scanning_every_kind():
    """The shortcut that skips sentences without cues never skips one that has a cue, and
    the hints tried only where it matches find the kinds that scanning finds."""
    samples = Path(__file__).parents[2] / "data_samples"
    texts = [
        json.loads(line)["text"].lower()
        for file in samples.glob("*.jsonl")
        for line in file.read_text(encoding="utf-8").splitlines()
    ]
    pieces = [text[s:e] for text in texts for s, e in sentences(text)]
    assert len(pieces) > 5_000
    for piece in pieces:
        kinds = {k for k, p in lexicon.CUES.items() if p.search(piece)}
        assert kinds == {k for k, p in lexicon.KIND_HINTS.items() if p.search(piece)}, piece
        first = lexicon.ANY_CUE.search(piece)
        assert (first is not None) == bool(kinds), piece
        assert set(_kinds(piece, first) if first else []) == kinds, piece
    with pytest.raises(ValueError, match="alternation"):
        any_of([re.compile("slog")], lexicon._BEFORE, lexicon._AFTER)


def test_spreading_and_splitting_keep_the_alternatives():
    assert split_alternatives(r"a(?:b|c)|[|]d|e\|f|g") == [r"a(?:b|c)", "[|]d", r"e\|f", "g"]
    assert spread("(?:fått|få|tog) stryk") == ["fått stryk", "få stryk", "tog stryk"]
    assert spread(r"(?:a|\w+) b") == [r"(?:a|\w+) b"]
    assert spread("(?:a|b)? c") == ["(?:a|b)? c"]
    joined = any_of(
        [re.compile("(?:x)(?:sl(?:og|å)|(?:fått|få) stryk)(?:y)")], "(?:x)(?:", ")(?:y)"
    )
    assert joined.search("xfå strykyy") and joined.search("xslåy") and not joined.search("xslagy")


@pytest.mark.parametrize(
    "text", ["jag skär mig på armen", "Jag skär mej ibland.", "jag bränner mig"]
)
def test_self_harm_told_in_the_first_person(text):
    assert [f.kind for f in extract(text)] == ["self_harm"]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("[PERSON_1] har berättat för personalen att han ville dö.", "suicide", True),
        ("Hon sa att hon orkade inte leva längre.", "suicide", True),
        ("Han ville dö av skratt när han såg filmen.", "suicide", False),
        ("Hon hoppar ofta över lunchen och tränar flera timmar om dagen.", "mental_illness", True),
        ("Hon kräks efter maten varje dag.", "mental_illness", True),
        ("Vi hoppar över lunchen på fredag eftersom vi åker på utflykt.", "mental_illness", False),
        ("Han poserar på bilder med något som ser ut som ett skjutvapen.", "crime", True),
        ("Han leker med en vattenpistol i trädgården.", "crime", False),
    ],
)
def test_a_wish_to_die_told_in_the_past_an_eating_disorder_and_a_firearm(text, kind, expected):
    assert (kind in kinds(text)) is expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Mamma säger att det sitter mikrofoner i lamporna och har tejpat över alla.",
            "mental_illness",
        ),
        ("Mamma pratade osammanhängande om att barnet hade blivit utbytt.", "mental_illness"),
        ("Pappa har täckt alla fönster med aluminiumfolie.", "mental_illness"),
        ("Han sa att mamma e på psyk sen i söndags.", "mental_illness"),
        ("Barnet säger att mamma är ledsen i huvudet och sover mycket.", "mental_illness"),
        ("Det är en sån där grå period för pappa igen.", "mental_illness"),
        ("Mamma har sagt att hon inte vill vara med längre.", "mental_illness"),
        (
            "Pappa säger att maten är förgiftad och att grannarna är ute efter dem.",
            "mental_illness",
        ),
        (
            'Hon sa att pappa tar på hennes "ställe där man kissar" och att det är en hemlighet.',
            "sexual",
        ),
        ("Han berättade att mamma smeker honom mellan benen när de ligger i soffan.", "sexual"),
        ("Hon sa att farbror brukar ”smaka på” henne mellan benen när hon ska somna.", "sexual"),
        ("Mammas sambo kommer in i hennes rum och tar på henne under täcket.", "sexual"),
        ("Under blöjbytet sa hon att pappa ”pussar där” och pekade mot sitt kön.", "sexual"),
        ("Hon sa att styvpappa brukar kolla under hennes underkläder.", "sexual"),
    ],
)
def test_a_parents_illness_and_abuse_in_everyday_words_are_read_with_the_one_at_home(text, kind):
    found = [f for f in extract(text) if f.kind == kind]
    assert found and found[0].credible and found[0].caregiver


@pytest.mark.parametrize(
    "text",
    [
        "Mamma fyllde i EPDS och låg under gränsvärdet.",
        "Bredvid låg aluminiumfolie med brända rester.",
        "Jag knackade för att lämna ett paket.",
    ],
)
def test_screenings_and_drug_foil_are_no_mental_illness(text):
    assert "mental_illness" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Han blev tagen av en butikskontrollant när han snodde energidryck.",
        "Hon stoppade ett mobilskal i tröjärmen.",
        "[PERSON_1] har slagit sönder en lampa i trapphuset.",
        "Hon och några kompisar välte ett par soptunnor.",
        "Hans pappa hittade en digitalvåg och små plastpåsar i ryggsäcken.",
        "Han har fått 500 kr åt gången för att hålla i grejer.",
        "Vid en väskkontroll hittades en butterflykniv hos honom.",
        "Polisen bekräftar att han är misstänkt i flera av fallen.",
    ],
)
def test_a_young_persons_own_offending_in_everyday_words_is_read(text):
    assert "crime" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Personalen fick kalla på väktare när han skrek på avdelningen.",
        "Mamma blev tagen och sa att hon hade märkt det.",
        "Han tog hennes telefon i en vecka.",
        "Han har slagit sönder två dörrar och sin egen skärm.",
        "Hon tog bröd från fruktvagnen och stoppade i väskan.",
    ],
)
def test_guards_a_moved_parent_and_a_childs_outburst_are_no_crime(text):
    assert "crime" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hon sa att hennes snippa gör ont.",
        "Mamma tvättar henne mellan benen när hon badar.",
        "Hon har en pojkvän i parallellklassen och de har haft samlag några gånger.",
        "Vi brukar baka och titta på film.",
    ],
)
def test_care_pain_and_a_teenagers_own_relationship_are_no_abuse(text):
    assert "sexual" not in kinds(text)
