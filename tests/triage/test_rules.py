"""Safety rules: each fires on a credible concern and stays quiet on its negation."""

import pytest

from triage import rules
from triage.schema import Route, Urgency


def fired(text: str, age: int | None = None) -> set[str]:
    return {r.id for r in rules.evaluate(text, age)}


@pytest.mark.parametrize(
    ("rule", "fires", "quiet"),
    [
        (
            "aktuellt_vald_mot_barn",
            "[PERSON_1] berättade i morse att pappa slog henne igår.",
            "[PERSON_1] säger att pappa aldrig har slagit henne.",
        ),
        (
            "vald_mot_barn",
            "För två år sedan slog styvpappa [PERSON_1] med ett bälte.",
            "Det finns inga tecken på våld i hemmet.",
        ),
        (
            "vald_mot_barn",
            "Pappa medger att han gav [PERSON_1] en örfil.",
            "[PERSON_1] slog i huvudet när han ramlade från klätterställningen.",
        ),
        (
            "aktuellt_vald_i_nara_relation",
            "I natt slog pappa mamma medan barnen tittade på.",
            "Polisen fann inga skador och ingen uppgav att pappa slog mamma.",
        ),
        (
            "vagar_inte_ga_hem",
            "Hon vågar inte gå hem ikväll.",
            "Hon gick hem som vanligt och verkade glad.",
        ),
        (
            "hot_om_dodligt_vald",
            "Han har sagt att han ska döda henne om hon berättar.",
            "Hon skrattade och sa att hon dör av skratt.",
        ),
        (
            "suicidrisk",
            "Hon har sagt att hon vill dö och har skrivit avskedsbrev.",
            "Hon har inga självmordstankar enligt skolsköterskan.",
        ),
        (
            "hedersrelaterat",
            "Hon säger att familjen ska gifta bort henne i sommar.",
            "Det finns inget som tyder på tvångsgifte.",
        ),
        (
            "forsvunnet_barn",
            "[PERSON_1] har inte kommit hem sedan igår kväll.",
            "[PERSON_1] är inte försvunnen, hon sov hos en kompis.",
        ),
        (
            "sexuella_overgrepp",
            "Flickan berättade om sexuella övergrepp av en granne.",
            "Det finns ingen misstanke om sexuella övergrepp.",
        ),
    ],
)
def test_rule_fires_on_concern_and_not_on_negation(rule, fires, quiet):
    assert rule in fired(fires)
    assert rule not in fired(quiet)


def test_a_caregiver_telling_of_her_partners_violence_is_about_adults():
    text = (
        "Mamma [PERSON_1] uppgav att hennes man [PERSON_2] slagit henne i ansiktet och "
        "tagit stryptag. Sonen [PERSON_3] var hemma och såg allt."
    )
    assert "aktuellt_vald_i_nara_relation" in fired(text) or "vald_i_nara_relation" in fired(text)
    assert not {"aktuellt_vald_mot_barn", "vald_mot_barn"} & fired(text)


@pytest.mark.parametrize(
    ("text", "child_at_risk"),
    [
        ("Hon har sagt till skolsköterskan att hon tänker ta sitt liv i kväll.", True),
        ("Mamma hittade ett avskedsbrev i hans rum.", True),
        ("Pappa är orolig för att hon ska ta livet av sig.", True),
        ("Enligt [PERSON_1] har pappa försökt ta livet av sig tidigare.", False),
        ("Mamma [PERSON_2] har gjort ett självmordsförsök och är inlagd.", False),
    ],
)
def test_suicide_risk_is_the_childs_unless_a_caregiver_is_the_subject(text, child_at_risk):
    assert ("suicidrisk" in fired(text)) is child_at_risk


@pytest.mark.parametrize(
    "text",
    [
        "Hon bor kvar hemma men uppger att hon inte ville gifta sig med honom.",
        "Pappa har sagt att hon har smutsat ner familjens heder.",
        "Han är rädd för att bli lämnad kvar i hemlandet under sommarlovet.",
        "Mamma pressar henne att gifta sig med en kusin.",
    ],
)
def test_honour_threats_marriage_and_being_left_abroad(text):
    assert "hedersrelaterat" in fired(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polisen har upprättat anmälan om våldtäkt mot barn.", {"sexuella_overgrepp"}),
        ("Rubricering: misshandel, brott i nära relation.", {"vald_i_nara_relation"}),
        ("För två veckor sedan slog min man [PERSON_2] mig i köket.", {"vald_i_nara_relation"}),
        ("I våras slog han sönder rutan till tvättstugan.", set()),
    ],
)
def test_who_was_harmed_decides_the_rule(text, expected):
    assert fired(text) == expected


def test_restrictions_alone_raise_no_honour_rule():
    assert "hedersrelaterat" not in fired("Hon får inte delta i simundervisningen.")


def test_young_child_alone_depends_on_age():
    text = "Tvååringen var ensam hemma hela eftermiddagen."
    assert "ensamt_ungt_barn" in fired(text, age=2)
    assert "ensamt_ungt_barn" not in fired(text, age=16)


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("[PERSON_1], 6 år, hittades ensam vid torget vid niotiden i kväll.", True),
        ("Fyraåringen påträffades ensam på parkeringen av en granne i morse.", True),
        ("Han gick omkring ensam ute i snön utan jacka i natt.", True),
        ("[PERSON_1] känner sig ensam på rasterna och leker sällan med andra.", False),
        ("Hon hittades inte ensam, mamma satt bredvid henne hela tiden.", False),
    ],
)
def test_a_young_child_found_alone(text, alone):
    assert ("ensamt_ungt_barn" in fired(text, age=5)) is alone


@pytest.mark.parametrize(
    ("text", "against_child"),
    [
        ("Förra veckan slog han en klasskompis i ryggen på rasten.", False),
        ("[PERSON_1] sparkade sönder toadörren igår när han blev arg.", False),
        ("Han blev slagen av en kille i skolan igår.", True),
        ("Pappa slog en kompis till honom igår.", True),
        ("Styvpappa har slagit [PERSON_1] med ett bälte igår.", True),
        ("Han sparkas och knuffas när han blir arg på förskolan i dag.", False),
        ("Hon sparkas av pappa när han är full, senast igår.", True),
        ("Enligt mamma har [PERSON_1] slagit ner en främmande person i stan igår.", False),
        ("Hon slog sin lärare i ansiktet i morse.", False),
        ("Han slår andra barn varje dag.", False),
        ("Mamma [PERSON_2] slog en kille till honom igår.", True),
        ("I dag slog [PERSON_1] kamraten i ansiktet så att han blödde näsblod.", False),
        ("I tisdags kom han in med blodiga knogar, sa att han slagits med en kille.", False),
        ("I tisdags sa han att han har slagits av pappa.", True),
        ("I söndags kastade han vattenflaskan mot domaren.", False),
        ("Förra månaden sparkade han sin klasslärare på benet.", False),
        ("Han kan skrika i en halvtimme och slå sin lillasyster när han blir arg.", False),
        ("Hon berättar att pappa slår hennes lillasyster.", True),
        ("I dag säger grannen att det mest är skrik och dörrar som slår igen.", False),
        ("I dag berättade hon att pappa slår på trummor.", False),
        ("Det är tredje gången den här terminen som [PERSON_2] slår någon.", False),
        ("Pappa har slagit henne någon gång i dag.", True),
    ],
)
def test_violence_by_the_child_at_a_peer_or_a_thing_is_not_against_it(text, against_child):
    assert bool({"aktuellt_vald_mot_barn", "vald_mot_barn"} & fired(text)) is against_child


@pytest.mark.parametrize(
    ("text", "recent"),
    [
        (
            "Hon berättade att styvpappa slog mamma för ungefär ett halvår sedan, men de bor "
            "fortfarande ihop.",
            False,
        ),
        ("Hon pratar om att pappa slog mamma ”när vi bodde i gamla huset”.", False),
        ("Pappa slog mamma för två år sedan och i går kväll slog han henne igen.", True),
        ("Pappa slog mamma i går och de bor fortfarande ihop.", True),
    ],
)
def test_the_time_nearest_the_violence_decides_whether_it_is_recent(text, recent):
    assert ("aktuellt_vald_i_nara_relation" in fired(text)) is recent
    assert "vald_i_nara_relation" in fired(text)


@pytest.mark.parametrize(
    ("text", "violence"),
    [
        ("[PERSON_1] ritar ofta bilder där en stor figur slår en liten.", False),
        ("Läkaren har bekräftat att [PERSON_1] får blåmärken mycket lätt i dag.", False),
        ("Mamma slog sönder telefonen i går medan barnen tittade på.", False),
        ("I dag hade [PERSON_1] blåmärken på armen och sa att mamma slog henne.", True),
    ],
)
def test_drawings_medical_explanations_and_broken_things_are_not_violence_at_the_child(
    text, violence
):
    assert bool({"aktuellt_vald_mot_barn", "vald_mot_barn"} & fired(text)) is violence


@pytest.mark.parametrize(
    ("rule", "text", "age"),
    [
        ("vagar_inte_ga_hem", "Hon sa att hon inte kan åka hem, för mamma har lovat stryk.", 14),
        ("forsvunnet_barn", "Ungdomen är på rymmen sedan i helgen.", 15),
        ("ensamt_ungt_barn", "Polisen påträffade [PERSON_1] ensam i lägenheten i natt.", 4),
        ("aktuellt_vald_mot_barn", "I går fick hon en spark i magen av pappa.", 12),
    ],
)
def test_rules_read_subordinate_clauses_and_active_voice(rule, text, age):
    assert rule in fired(text, age)


@pytest.mark.parametrize(
    ("rule", "asserted", "not_asserted"),
    [
        (
            "suicidrisk",
            "Jag frågade om självmordstankar och hon sa att hon har planer på att ta sitt liv.",
            "Jag frågade rakt ut om han har tankar på att ta sitt liv.",
        ),
        (
            "suicidrisk",
            "Hon har självmordstankar, men förnekar att hon har skadat sig.",
            "Vid bedömningarna har hon förnekat dödsönskan, suicidtankar och planer.",
        ),
        (
            "suicidrisk",
            "Hon berättade i dag att hon har gjort en plan för självmord.",
            "Strukturerad suicidriskbedömning gjordes vid samma besök.",
        ),
        (
            "suicidrisk",
            "Hon har samlat mammas sömntabletter i en ask och har tänkt ta dem på fredag.",
            "Mamma tar sina sömntabletter varje kväll och har tänkt ta dem med på resan.",
        ),
        (
            "suicidrisk",
            "Hon säger att hon inte vill leva längre.",
            "Mamma sa att hon inte vill leva i den här lilla stan längre.",
        ),
        (
            "aktuellt_vald_mot_barn",
            "Jag frågade om blåmärket och hon sa att pappa slog henne i går.",
            "Jag har i dag frågat rakt ut om våld och hot.",
        ),
        (
            "vald_mot_barn",
            "Jag frågade [PERSON_1] och hon sa att någon har slagit henne hemma.",
            "Jag frågade [PERSON_1] rakt ut om någon har slagit eller hotat henne hemma.",
        ),
        (
            "suicidrisk",
            "Vi bedömer suicidrisken som hög i dag.",
            "Vi bedömer suicidrisken som låg i dag.",
        ),
        (
            "vald_mot_barn",
            "Vi har sett något som tyder på våld mot barnen.",
            "Vi har inte sett något som tyder på missbruk eller våld mot barnen.",
        ),
        (
            "forsvunnet_barn",
            "Han kom inte hem i natt.",
            "Han kom inte hem förrän tre i natt.",
        ),
        (
            "aktuellt_vald_mot_barn",
            "Mamma förnekar att hon dricker, och [PERSON_1] berättar att pappa slog henne i går.",
            "Pappa förnekar att han slog henne i går, och mamma håller med.",
        ),
        (
            "vald_mot_barn",
            "Mamma har påstått att pappa utövat våld mot barnen.",
            "Ingen av föräldrarna har påstått att den andre utövat våld mot barnen.",
        ),
        (
            "hot_om_dodligt_vald",
            "Pappa hotade i går att döda henne för att hon spelar för mycket.",
            "De skriker ”jag ska döda dig” till varandra när de spelar.",
        ),
        (
            "hot_om_dodligt_vald",
            "Pappa skrek i går att han ska döda henne.",
            "Han skriker ”jag ska döda dig” till sina kompisar i spelet hela tiden.",
        ),
        (
            "forsvunnet_barn",
            "[PERSON_1] försvann i går kväll och har inte kommit hem.",
            "[PERSON_1] anmäldes försvunnen i torsdags och påträffades lördag hos en kompis.",
        ),
        (
            "forsvunnet_barn",
            "Ungdomen är försvunnen sedan i går.",
            "Han har liksom försvunnit in i sitt rum sen jul.",
        ),
        (
            "ensamt_ungt_barn",
            "Hon är ensam hemma på kvällarna i dag.",
            "Mamma blir ensam hemma med [PERSON_1] på dagarna i dag.",
        ),
    ],
)
def test_a_concern_asked_about_denied_or_said_of_something_else_is_not_asserted(
    rule, asserted, not_asserted
):
    assert rule in fired(asserted, age=4)
    assert rule not in fired(not_asserted, age=4)


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("suicidrisk", "Hon skrev i kväll: har tagit typ 20 av mammas sömntabletter."),
        ("suicidrisk", "Snap i går: ni klarar er fint utan mig, jag kommer inte finnas kvar."),
        ("suicidrisk", "Min kompis sa i dag att hon inte ska finnas till efter helgen."),
        ("suicidrisk", "Hon har den här veckan gett bort sin hoodie och sina hörlurar."),
        ("forsvunnet_barn", "Hon kom inte tillbaka till boendet efter skolan igår."),
        ("aktuellt_vald_mot_barn", "För 20 minuter sedan hörde hon dunsar som lät som slag."),
        ("sexuella_overgrepp", "En man på 24 år har bett om bilder utan tröja, som hon skickat."),
        ("sexuella_overgrepp", 'Han har bett om bilder "utan tröja", vilket hon har skickat.'),
        ("aktuellt_vald_mot_barn", "För ca 20 min sedan hörde hon dunsar som lät som slag."),
    ],
)
def test_overdose_farewells_absconding_heard_blows_and_grooming(rule, text):
    assert rule in fired(text, age=14)


def test_a_parent_saying_the_child_is_better_off_without_her_is_no_risk_to_the_child():
    text = "Mamma pratar om att dö och har sagt att [PERSON_1] ”klarar sig bättre utan mig”."
    assert "suicidrisk" not in fired(text)


def test_returning_late_to_class_is_not_going_missing():
    assert "forsvunnet_barn" not in fired("Han kom inte tillbaka till lektionen efter lunch.")


@pytest.mark.parametrize(
    ("text", "recent_violence_at_child"),
    [
        ("Igår berättade hon att mamma slog henne när hon gick i mellanstadiet.", False),
        ("Han sa igår att pappa förra sommaren slog honom i ansiktet.", False),
        ("Han sa igår att pappa slog honom i ansiktet.", True),
        ("I dag såg jag mamman med blått öga i tvättstugan.", False),
        ("I dag såg jag [PERSON_1] med blått öga i tvättstugan.", True),
        ("I dag har [PERSON_1] lekt bråk i dockvrån, där pappadockan slår mammadockan.", False),
        ("Sedan i går har hon ont i en tand och en svullen kind.", False),
        ("Hon sa i dag att pappa slog mig mycket när jag var liten.", False),
        ("Hon sa i dag: pappa slog mig igår, men han bor inte med oss nu.", False),
        ("Hon sa i dag: pappa slog mig igår, och han bor med oss nu.", True),
        (
            "I helgen såg AU raka sår på båda underarmarna, några färska. Hon sa att hon "
            "skär sig när det blir för mycket.",
            False,
        ),
        (
            "I helgen såg AU färska sår på båda underarmarna. Hon sa att hon inte skär sig.",
            True,
        ),
        ("I tisdags såg läraren flera tunna, parallella sår på hennes underarmar.", False),
        ("Han kom idag med rivmärken på armarna. Märkena har han gjort på sig själv.", False),
        ("Han kom idag med rivmärken på armarna. Pappa har gjort dem.", True),
    ],
)
def test_past_violence_play_adult_injuries_self_harm_and_toothache(text, recent_violence_at_child):
    assert ("aktuellt_vald_mot_barn" in fired(text)) is recent_violence_at_child


def test_moderate_drinking_is_not_a_concern():
    from triage.concerns import extract

    moderate = "Mamma dricker alkohol till middagen i dag, ett glas vin."
    heavy = "Mamma dricker mycket alkohol varje dag."
    assert [f.credible for f in extract(moderate) if f.kind == "drugs"] == [False]
    assert [f.credible for f in extract(heavy) if f.kind == "drugs"] == [True]


@pytest.mark.parametrize(
    ("text", "recent_violence"),
    [
        ("I dag säger hon: ”de slår mig inte, de bestämmer bara allt”.", False),
        ("Mamma sa i dag att hon har slagit honom någon gång, men det var länge sen.", False),
        ("Hon slog inte tillbaka när pappa slog henne igår.", True),
        ("Pappa slog henne inte bara en gång igår.", True),
        ("Mamma sa att hon får en örfil när hon inte lyssnar, senast i förrgår.", True),
    ],
)
def test_denials_after_the_verb_and_colloquial_past(text, recent_violence):
    assert ("aktuellt_vald_mot_barn" in fired(text)) is recent_violence


def test_intoxicated_caregiver_needs_caregiver_and_recency():
    assert "berusad_vardnadshavare" in fired("Pappa var kraftigt berusad vid hämtningen idag.", 3)
    assert "berusad_vardnadshavare" not in fired("Pappa var inte berusad vid hämtningen idag.", 3)


def test_a_drunk_child_is_not_a_drunk_caregiver():
    from triage.concerns import extract

    drunk_child = extract(
        "sonen, 15 år, hittades berusad i parken i går och föräldrarna är oroliga."
    )
    assert [(f.child_subject, f.caregiver) for f in drunk_child] == [(True, False)]
    drunk_mother = extract("mamma var berusad när hon hämtade på förskolan i dag.")
    assert [(f.child_subject, f.caregiver) for f in drunk_mother] == [(False, True)]
    assert rules.evaluate("Mamma var berusad när hon hämtade på förskolan i dag.", 3)
    assert not rules.evaluate(
        "Barnet, 3 år, var påverkat efter att ha druckit ur en flaska i dag.", 3
    )


def test_floors_only_raise_and_akut_forces_utredning():
    hits = rules.evaluate("Pappa slog honom igår, han har blåmärken.")
    urgency, route = rules.apply_floors(Urgency.NORMAL, Route.FORSTA_LINJEN, hits)
    assert (urgency, route) == (Urgency.AKUT, Route.UTREDNING)
    assert rules.apply_floors(Urgency.AKUT, Route.FORSTA_LINJEN, []) == (
        Urgency.AKUT,
        Route.UTREDNING,
    )
    assert rules.apply_floors(Urgency.SKYNDSAM, Route.FORSTA_LINJEN, []) == (
        Urgency.SKYNDSAM,
        Route.FORSTA_LINJEN,
    )


def test_evidence_is_the_sentence_that_fired():
    text = "Hon går i fyran. Hon vågar inte gå hem ikväll. Hon tycker om att rita."
    (hit,) = [r for r in rules.evaluate(text) if r.id == "vagar_inte_ga_hem"]
    assert text[hit.evidence_start : hit.evidence_end] == "Hon vågar inte gå hem ikväll."


@pytest.mark.parametrize(
    ("text", "afraid"),
    [
        ("Hon säger att hon inte vill gå hem idag.", True),
        ("Han sa att han inte vill åka hem, för då blir det värre.", True),
        ("Hon vill inte gå hem.", True),
        ("Han sa att han inte vågar sova hemma.", True),
        ("Hon säger att hon gärna vill gå hem nu.", False),
    ],
)
def test_not_wanting_to_go_home_in_a_subordinate_clause(text, afraid):
    assert ("vagar_inte_ga_hem" in fired(text)) is afraid


@pytest.mark.parametrize(
    ("text", "rule", "fires"),
    [
        (
            "Pappa [PERSON_2] kom 17.10, luktade starkt alkohol och sluddrade.",
            "berusad_vardnadshavare",
            True,
        ),
        (
            "Pappa var berusad på julafton för två år sedan kl 17.00.",
            "berusad_vardnadshavare",
            False,
        ),
        (
            "Polisen kom kl 23:40. Pappa hade slagit henne i ansiktet.",
            "aktuellt_vald_mot_barn",
            True,
        ),
        ("Mötet hölls 13.30. Pappa slog henne när hon var liten.", "aktuellt_vald_mot_barn", False),
    ],
)
def test_a_clock_time_dates_an_account_to_its_day(text, rule, fires):
    assert (rule in fired(text, age=3)) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Hon visade tabletter i väskan som hon samlat på sig från badrumsskåpet.", True),
        ("Hon har bestämt sig för att ta dem ikväll.", True),
        ("Mamma har tabletter som hon fått av läkaren.", False),
        ("Han har bestämt sig för att ta körkort.", False),
    ],
)
def test_gathered_means_and_a_decided_time_are_a_suicide_plan(text, fires):
    assert ("suicidrisk" in fired(text, age=14)) is fires


@pytest.mark.parametrize(
    "when",
    [
        "för ungefär fem veckor sedan",
        "för ca två veckor sedan",
        "i julas",
        "före höstlovet",
        "senast i februari",
    ],
)
def test_violence_weeks_back_is_serious_but_not_todays_danger(when):
    text = f"Hon berättade i dag att pappa slog henne med en galge {when}."
    assert fired(text, age=9) >= {"vald_mot_barn"}
    assert "aktuellt_vald_mot_barn" not in fired(text, age=9)


def test_a_child_still_missing_after_the_holiday_is_missing_now():
    assert "forsvunnet_barn" in fired("[PERSON_1] har inte kommit tillbaka efter sommarlovet.")
    assert "forsvunnet_barn" not in fired("Hon har inte kommit tillbaka in i gruppen.")


@pytest.mark.parametrize(
    ("text", "recent_violence"),
    [
        (  # explained, and a witness says the same
            "Igår hade han ett blått öga. Han sa att han fått en boll i ansiktet på fotbollen "
            "och hans kompis som var med sa samma sak.",
            False,
        ),
        (  # explained and confirmed by the preschool staff
            "I söndags hade han ett blåmärke på smalbenet. Personalen bekräftade att han "
            "ramlat med cykeln på gården i fredags.",
            False,
        ),
        (  # a caregiver's account that no one else confirms
            "Igår hade han ett blått öga. Pappa sa att han ramlat i trappan.",
            True,
        ),
        (  # confirmed, but the account is doubted
            "Igår hade han blåmärken på armarna. Pappa sa att han ramlat och mamma bekräftade "
            "det, men förklaringen stämmer inte med skadorna.",
            True,
        ),
        (  # a sport's account, and a teammate says the same
            "I tisdags hade han stora blåmärken på låren. Han sa att det var från bandyn, och "
            "min son som spelar i samma lag säger samma sak.",
            False,
        ),
        (  # an account denied is no account
            "I tisdags hade han blåmärken på båda överarmarna. Han har gjort samma sak två "
            "gånger till och har inte ramlat hos oss.",
            True,
        ),
        (  # violence told beside the account
            "Igår hade hon ett blåmärke på kinden. Hon sa att hon ramlat, men hennes bror "
            "bekräftade att pappa slog henne.",
            True,
        ),
    ],
)
def test_an_injury_explained_and_confirmed_by_someone_else_is_not_recent_violence(
    text, recent_violence
):
    assert ("aktuellt_vald_mot_barn" in fired(text, age=8)) is recent_violence


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Han har hällt ut tändvätska i hallen och sagt att huset ska brinna.", True),
        ("Pappa har sagt att han ska skjuta henne om hon går till polisen.", True),
        ("Mamma sa till henne i helgen: ”Jag ska döda dig om du berättar för någon.”", True),
        ("De har sagt att de ska döda honom och hans lillebror om han pratar.", True),
        ('Efteråt skrek han "jag ska knivhugga dig" till en klasskamrat.', False),
        ("Han skrek att han ska döda dig till en kompis på rasten.", False),
        ('Han blev tacklad och skrek "jag dödar dig!!" till motståndaren.', False),
        ('Sedan en månad säger han ofta "jag ska döda dig" till andra barn.', False),
        ('Efter skjutningen säger hon ofta att "någon kommer att skjuta oss".', False),
        ("De sa: ”Säg till honom att han är död om han inte har pengarna till fredag.”", True),
        ("I går kväll kom ett sms till mamma: Ni kommer inte leva till imorgon.", True),
        ("Hans pappa är död sedan flera år och han bor med mamma.", False),
        ("Mormor kommer inte att leva länge till, säger läkarna.", False),
        ('I söndags skrek han "jag dödar dig" till en spelare i motståndarlaget.', False),
    ],
)
def test_threats_of_fire_and_weapons_and_a_childs_threat_at_a_peer(text, threat):
    assert ("hot_om_dodligt_vald" in fired(text, age=11)) is threat


@pytest.mark.parametrize(
    ("text", "access"),
    [
        (
            "En vuxen man har bett om bilder utan tröja, vilket hon har skickat. Han har "
            "skrivit att de ska ses på lördag: han ska hämta henne med bil.",
            True,
        ),
        ("En vuxen man har bett om bilder utan tröja, vilket hon har skickat.", False),
        (
            "En vuxen man har bett om bilder utan tröja, vilket hon har skickat. Vi ska "
            "träffa mamma på måndag.",
            False,
        ),
    ],
)
def test_grooming_with_a_meeting_arranged_gives_the_suspect_access(text, access):
    assert "sexuella_overgrepp" in fired(text, age=13)
    assert ("sexuella_overgrepp_tillgang" in fired(text, age=13)) is access


@pytest.mark.parametrize(
    ("household", "access"),
    [
        ("[PERSON_3] är enligt folkbokföringen skriven på [ADDRESS_1] med sonen.", True),
        ("Husrannsakan planeras; [PERSON_3] är inte frihetsberövad och bor kvar i hemmet.", True),
        ("Grannens föräldrar bor i samma hus men pratar inte med varandra.", False),
    ],
)
def test_a_suspect_registered_with_the_child_a_few_sentences_on_has_access(household, access):
    text = (
        "Ett konto kopplat till [PERSON_2] har laddat upp bildmaterial som klassas som "
        "sexuella övergrepp mot barn. Minst två bilder visar ett barn i en lägenhet. "
        f"Barnets ansikte syns inte. {household}"
    )
    assert ("sexuella_overgrepp_tillgang" in fired(text, age=8)) is access


@pytest.mark.parametrize(
    ("rule", "asserted", "not_asserted"),
    [
        (
            "vald_mot_barn",
            "Allt i det jag sett och hört tyder på våld.",
            "Ingenting i det jag sett eller hört tyder på våld.",
        ),
        (
            "vald_mot_barn",
            "Det har framkommit något i samtalen med barnet som tyder på våld.",
            "Det har inte framkommit något i samtalen med föräldrarna eller barnet som tyder "
            "på våld, missbruk eller brister i omsorgen.",
        ),
        (
            "vald_mot_barn",
            "Fritids har sett tydliga tecken på våld mot honom.",
            "Varken jag, fritids eller skolsköterskan har sett några tecken på våld.",
        ),
        (
            "vald_mot_barn",
            "Mamma har beskrivit våld mot barnen.",
            "Ingen av föräldrarna har beskrivit hot eller våld, varken mot varandra eller barnen.",
        ),
        (
            "sexuella_overgrepp",
            "Vi ser tecken på att någon utnyttjar honom sexuellt.",
            "Vi har inga tecken på droger, kriminalitet eller att någon utnyttjar honom sexuellt.",
        ),
        (
            "suicidrisk",
            "Skolsköterskan bedömer att det finns akut suicidrisk.",
            "Varken skolsköterskan eller jag bedömer att det finns akut suicidrisk.",
        ),
        (
            "vald_mot_barn",
            "Hon vill inte berätta mer, men det finns tecken på att pappa slår henne.",
            "Enligt skolans rutin skickar vi en anmälan när en elevtext beskriver våld mot barn.",
        ),
        (
            "vald_mot_barn",
            "Jag anmäler eftersom hon i dag berättade att pappa slår henne.",
            "Rektor vill att alla uttalanden om våld ska anmälas, även när vi inte ser oro.",
        ),
        (
            "aktuellt_vald_mot_barn",
            "I dag hade hon nya blåmärken på armarna.",
            "Anmälan görs i dag för att vi följer skolans rutin vid blåmärken.",
        ),
        (
            "aktuellt_vald_mot_barn",
            "Jag har aldrig sett något liknande: pappan slog henne i ansiktet i går.",
            "Jag har aldrig hört något som låtit som slag eller att någon blivit skadad i går.",
        ),
        (
            "vald_mot_barn",
            "Han sa i dag att hans pappa har slagit honom flera gånger.",
            "Jag frågade honom rakt ut, eftersom jag måste, om pappa någonsin har slagit honom.",
        ),
    ],
)
def test_no_sign_of_a_concern_neither_nor_and_a_reporting_routine_assert_nothing(
    rule, asserted, not_asserted
):
    assert rule in fired(asserted, age=6)
    assert rule not in fired(not_asserted, age=6)


@pytest.mark.parametrize(
    ("text", "rules_fired"),
    [
        ("Mamma kastade en stol mot henne i går.", {"aktuellt_vald_mot_barn", "vald_mot_barn"}),
        ("Han flyttade när mamma kastade ut honom i slutet av sommaren.", set()),
        ("Det är mycket ljud från lägenheten på kvällarna. Dörrar som slår.", set()),
        ("I dag fick vi larm om en grupp ungdomar som knuffade kunder vid entrén.", set()),
        ("Vi anmäler i dag uppgifterna om tidigare våld och hot.", {"vald_mot_barn"}),
        ("Hon berättade i dag att pappa brukade slå henne i ansiktet.", {"vald_mot_barn"}),
        ("Tidigare i dag slog pappa henne.", {"aktuellt_vald_mot_barn", "vald_mot_barn"}),
        ("I dag berättade hon att pappan dömdes för misshandel av henne.", {"vald_mot_barn"}),
    ],
)
def test_evictions_strangers_and_earlier_violence(text, rules_fired):
    assert fired(text, age=9) & {"aktuellt_vald_mot_barn", "vald_mot_barn"} == rules_fired


@pytest.mark.parametrize(
    ("rule", "asserted", "not_asserted"),
    [
        (
            "vald_mot_barn",
            "[PERSON_1] berättade i veckan att hennes pappa slår henne.",
            "[PERSON_1] lämnade i veckan in en novell om en flicka vars pappa slår henne.",
        ),
        (
            "vald_mot_barn",
            "Det finns tecken på våld och missbruk i hemmet.",
            "Finns det tecken på våld, missbruk eller annat i hemmet?",
        ),
        (
            "hot_om_dodligt_vald",
            "Hon sa till en klasskamrat att pappa kommer döda henne om hon berättar.",
            'Hon sa till en kamrat "min pappa kommer döda mig" när hon fick tillbaka provet.',
        ),
        (
            "hot_om_dodligt_vald",
            'Hon skrek "pappa kommer döda mig om jag berättar för någon!".',
            'Hon skrek "pappa kommer döda mig om jag inte kan simma till sommaren!".',
        ),
        (
            "hot_om_dodligt_vald",
            'I går tog pappa tag i honom och skrek "jag ska döda dig".',
            'I går slog han en annan kille efter en tackling och skrek "jag ska döda dig".',
        ),
        (
            "vald_mot_barn",
            "Han säger att mamma har slagit honom.",
            "Han har slagit lagkamrater och sparkat en fritidspedagog på smalbenet.",
        ),
        (
            "vald_mot_barn",
            "Han berättade att pappa slog honom så att benen blev blå.",
            "Han berättade att han tränar judo och att han slog benen i studsmattan hemma.",
        ),
    ],
)
def test_fiction_a_forms_question_hyperbole_and_the_childs_own_blows(rule, asserted, not_asserted):
    assert rule in fired(asserted, age=10)
    assert rule not in fired(not_asserted, age=10)


@pytest.mark.parametrize(
    ("after", "play"),
    [
        ("Efteråt skrattade han och sa att dom hade kuddkrig och att pappa vann.", True),
        ("Mamma berättade att det var en lek, de brottades på golvet.", True),
        ("Han förklarade att de spelar FIFA på kvällarna och att pappa alltid vinner.", True),
        ("Han ville inte berätta mer och verkade rädd.", False),
        ("De spelar FIFA ibland, men han verkade rädd när han sa det.", False),
        ("Han sa att det var på skoj, men han verkade rädd.", False),
    ],
)
def test_a_childs_words_of_violence_shown_to_be_play(after, play):
    text = f"I dag sa [PERSON_1] vid samlingen att pappa slog honom i huvudet. {after}"
    assert ("aktuellt_vald_mot_barn" not in fired(text, age=4)) is play


@pytest.mark.parametrize(
    ("text", "acute"),
    [
        ('Hon skrev "jag vill dö" till en kompis. BUP bedömde risken som låg.', False),
        ("Han skrek att han skulle ta livet av sig. Han sa det i affekt.", False),
        ("Hon har självmordstankar. Hon har inga planer och har en bra kontakt med mamma.", False),
        ('Hon skrev "jag vill dö" till en kompis i går kväll.', True),
        ("Hon har samlat tabletter för att ta sitt liv. Hon har passiva dödstankar.", True),
        ("Han försökte ta sitt liv i natt. Han förnekar planer nu.", True),
        ("Vi frågade henne på flera sätt om självmordstankar. Hon svarade tydligt nej.", False),
        ("Hon har pratat om självmord. Hon har inte några sådana planer, säger hon.", False),
        ("Hon grät när det var dags att hoppa från kanten i simhallen.", False),
        ("Hon skrev att hon ska hoppa från bron i kväll.", True),
    ],
)
def test_words_of_suicide_judged_low_risk_are_not_acute_but_acts_and_plans_are(text, acute):
    assert ("suicidrisk" in fired(text, age=15)) is acute


@pytest.mark.parametrize(
    ("text", "rule", "fires"),
    [
        ('Han sa i går "jag dödar dig om du tar barnen ifrån mig".', "hot_om_dodligt_vald", True),
        (
            "Hon berättade i går att pappa, innan han flyttade ut förra vintern, sa att han "
            'skulle "ha ihjäl henne" om hon berättade.',
            "hot_om_dodligt_vald",
            False,
        ),
        (
            "Hon berättade att mammas sambo utsatte henne för sexuella övergrepp under den tid "
            "han bodde med familjen.",
            "sexuella_overgrepp_tillgang",
            False,
        ),
        (
            "Han har självmordstankar. Vi bedömer att det inte finns akut suicidrisk i dag.",
            "suicidrisk",
            False,
        ),
        (
            "Rektor vill att allt som rör självmordstankar ska dokumenteras.",
            "suicidrisk",
            False,
        ),
    ],
)
def test_present_tense_threats_old_threats_and_abuse_and_assessed_words(text, rule, fires):
    assert (rule in fired(text, age=12)) is fires
