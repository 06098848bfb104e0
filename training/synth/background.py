"""Routine background sentences that pad referrals without changing any label.

They state ordinary facts (family, school, leisure, health, contact details, the
reporter's situation) and never a concern, a denial or an earlier referral. The split
assigns whole families to train or test (``split.family_splits``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Background:
    family: str
    sentences: tuple[str, ...]
    min_age: int = 0
    max_age: int = 17
    voices: frozenset[str] | None = None  # None: any voice


SCHOOL_VOICES = frozenset({"skola_mentor", "skola_rektor", "skolskoterska"})
HEALTH_VOICES = frozenset({"akutlakare", "bvc", "bup", "tandvard", "skolskoterska"})
PROFESSIONAL = (
    SCHOOL_VOICES | HEALTH_VOICES | {"forskola", "hvb", "fritidsgard", "soc_vuxen", "tranare"}
)
PRIVATE = frozenset({"granne", "anhorig", "anonym_au"})
CLOSE = (
    SCHOOL_VOICES
    | PRIVATE
    | {"forskola", "fritidsgard", "tranare", "hvb", "kompis_chatt", "soc_vuxen", "bup"}
)

BACKGROUNDS: tuple[Background, ...] = (
    Background(
        "bakgrund/familj",
        (
            "{C} bor med {P1} och {P2}.",
            "{C} har en {SIB_role} som heter {SIB}.",
            "I familjen finns också {C:s} {SIB_role} {SIB}.",
            "Familjen talar {LANG} hemma.",
            "{P2} arbetar på {ORG}.",
            "{P2_name} arbetar som undersköterska.",
            "Familjen flyttade hit från en annan kommun för ungefär ett år sedan.",
            "{C:s} {P2} heter {P2_name}.",
        ),
        voices=CLOSE | HEALTH_VOICES,
    ),
    Background(
        "bakgrund/skola",
        (
            "{C} går i {CLASS} på {SCHOOL}.",
            "{C} bytte till {SCHOOL} i början av läsåret.",
            "{C} tycker om idrott och bild.",
            "Klassen har haft flera lärarbyten under året.",
            "{C} äter lunch i matsalen tillsammans med sina klasskompisar.",
            "{C} har svenska som andraspråk och läser modersmål på {LANG}.",
            "{C} har bytt klass en gång, när familjen flyttade.",
        ),
        min_age=7,
        voices=SCHOOL_VOICES | PRIVATE | {"fritidsgard", "tranare", "kompis_chatt"},
    ),
    Background(
        "bakgrund/forskola",
        (
            "{C} går på {PRESCHOOL} sedan ett par år tillbaka.",
            "{C} går på en av de yngre avdelningarna.",
            "{C} lämnas oftast av {P2} på morgonen.",
            "{C} har en kompis i gruppen som {han} leker mest med.",
            "{C} tycker om att måla och vara ute på gården.",
            "Inskolningen gjordes av {P2_name} på våren.",
        ),
        min_age=1,
        max_age=6,
        voices=frozenset({"forskola", "bvc", "anhorig", "granne"}),
    ),
    Background(
        "bakgrund/fritid",
        (
            "{C} spelar fotboll i {CLUB}.",
            "{C} går på simskola på helgerna.",
            "{C} spelar gärna spel med kompisar på fritiden.",
            "{C} har en bästa kompis i klassen.",
            "{C} brukar vara på {YOUTH} på kvällarna.",
            "{C} har tränat i {CLUB} sedan {han} var liten.",
        ),
        min_age=8,
        voices=CLOSE,
    ),
    Background(
        "bakgrund/halsa",
        (
            "{C} har astma och går på kontroller på {CLINIC}.",
            "{C} är fysiskt frisk så vitt vi vet.",
            "{C} har glasögon sedan förra året.",
            "{C} fick diagnosen celiaki för ett par år sedan och äter glutenfritt.",
            "{C} har allergi mot nötter och har alltid med sig sin medicin.",
            "{C:s} vaccinationer är gjorda enligt programmet.",
        ),
        voices=HEALTH_VOICES | PRIVATE | {"forskola"},
    ),
    Background(
        "bakgrund/kontakt",
        (
            "{P2} nås på {PHONE}.",
            "Familjen bor på {ADDRESS}.",
            "{C:s} personnummer är {PNR}.",
            "{P2_name} har e-postadressen {EMAIL}.",
            "Familjen behöver tolk på {LANG}.",
            "Vårdnadshavarnas telefonnummer: {PHONE}.",
            "Adress enligt folkbokföringen: {ADDRESS}.",
        ),
        voices=PROFESSIONAL | PRIVATE | {"polis", "ung_chatt"},
    ),
    Background(
        "bakgrund/kannedom",
        (
            "Jag har känt familjen i några år.",
            "Såvitt jag vet är familjen inte känd hos er sedan tidigare.",
            "Det här är första gången jag hör av mig till er.",
            "Vi har inte gjort någon anmälan om {C} tidigare.",
            "Jag har träffat {C} ett flertal gånger.",
            "Jag känner familjen ganska väl sedan {C} var liten.",
        ),
        voices=frozenset(
            {
                "granne",
                "anhorig",
                "anonym_au",
                "skola_mentor",
                "skolskoterska",
                "forskola",
                "bvc",
                "fritidsgard",
                "tranare",
                "soc_vuxen",
            }
        ),
    ),
    Background(
        "bakgrund/boende",
        (
            "Familjen bor i en trea i {PLACE}.",
            "De flyttade till lägenheten på {ADDRESS} förra året.",
            "Familjen har en hund som {C} brukar gå ut med.",
            "Familjen hyr sin lägenhet av {ORG}.",
            "Det finns en lekpark precis utanför huset där barnen brukar vara.",
            "Skolan ligger på gångavstånd från bostaden.",
        ),
        voices=PRIVATE | {"soc_vuxen", "bvc", "forskola", "hvb"},
    ),
    Background(
        "bakgrund/anmalaren",
        (
            "Jag har arbetat här länge och gör inte anmälningar i onödan.",
            "Jag har pratat med min chef innan jag skrev det här.",
            "Jag skriver det här efter att ha tänkt över saken under helgen.",
            "Jag har dokumenterat det jag sett och hört.",
            "Jag skriver så sakligt jag kan.",
            "Min chef är informerad om anmälan.",
        ),
        voices=PROFESSIONAL - {"tranare"},
    ),
    Background(
        "bakgrund/skolrutin",
        (
            "Under hösten har klassen arbetat med ett tema om rymden, och {C} har varit delaktig "
            "i grupparbetena.",
            "{C} har extra stöd i läsning två gånger i veckan, upplagt för en mindre grupp.",
            "Klassen var på studiebesök på ett museum förra månaden och {C} var med hela dagen.",
            "Vi hade ett utvecklingssamtal med {P2} {DATE} där vi gick igenom terminens planering.",
            "{C} har anpassad idrott efter en gammal knäskada, och {P2} har lämnat intyg om det.",
            "På rasterna brukar {C} spela fotboll med några från parallellklassen.",
        ),
        min_age=7,
        voices=SCHOOL_VOICES,
    ),
    Background(
        "bakgrund/forskolerutin",
        (
            "Barngruppen består av sexton barn och fyra pedagoger, och {C} har gått här sedan inskolningen.",
            "Vi hade föräldramöte i höstas, och {P2} var med och berättade om familjens sommar.",
            "{C} sover middag efter lunch och brukar somna snabbt.",
            "På förmiddagarna är gruppen mycket ute, och {C} gillar att klättra och gunga.",
            "{C} pratar både svenska och {LANG} och har ett rikt ordförråd.",
            "Hämtningen sker oftast vid fyratiden.",
        ),
        min_age=1,
        max_age=6,
        voices=frozenset({"forskola"}),
    ),
    Background(
        "bakgrund/halsovard",
        (
            "{C} är vaccinerad enligt programmet.",
            "Senaste besöket före detta var en vanlig kontroll.",
            "Tolk på {LANG} användes vid besöket.",
            "{C} har tidigare sökt hos oss för en öroninflammation.",
            "Besöket var inbokat sedan tidigare som ett rutinbesök.",
            "Vi har inga tidigare journalanteckningar om oro för {C}.",
        ),
        voices=frozenset({"akutlakare", "bvc", "bup", "tandvard", "skolskoterska"}),
    ),
    Background(
        "bakgrund/polisrutin",
        (
            "Patrullen bestod av två polisassistenter.",
            "Uppgifterna nedan bygger på patrullens anteckningar och samtal på plats.",
            "Polisen har inga tidigare registrerade händelser på adressen.",
            "Samtal hölls med de vuxna i bostaden.",
            "Kopia av anmälan har skickats till socialtjänsten.",
            "Tolk behövdes inte vid kontakten.",
        ),
        voices=frozenset({"polis"}),
    ),
    Background(
        "bakgrund/fritidsrutin",
        (
            "Gården har öppet fyra kvällar i veckan och {C} kommer de flesta av dem.",
            "{C} är med i musikgruppen och brukar spela trummor.",
            "Vi har ett bra samarbete med fältgruppen i {PLACE}.",
            "Träningarna är på tisdagar och torsdagar.",
            "{C} var med på lägret i somras och fungerade bra i gruppen.",
            "Vi är ett tjugotal ungdomar som brukar ses på kvällarna.",
        ),
        min_age=10,
        voices=frozenset({"fritidsgard", "tranare", "hvb"}),
    ),
    Background(
        "bakgrund/vardag",
        (
            "{C} tycker om att baka tillsammans med {P2}.",
            "{C} verkar ha ett par nära kompisar.",
            "{C} pratar ofta om {SIB}.",
            "{C} har berättat att familjen var och hälsade på släkt i somras.",
            "{C} berättade glatt om sin födelsedag för någon vecka sedan.",
            "{C} har nyligen börjat intressera sig för att rita serier.",
        ),
        min_age=4,
        voices=CLOSE,
    ),
)
