"""Neutral context: family background, school, leisure, routine information.

No risk factor, ``normal``, no ``utredning``. Used to pad long referrals the way real ones
are padded, so that length and background detail carry no signal of their own.
"""

from __future__ import annotations

from training.synth.scenario import Scenario
from triage.schema import Urgency as U


def _neutral(family: str, phrasings: tuple[str, ...], min_age: int = 0, max_age: int = 17):
    return Scenario(
        family=f"neutral/{family}",
        risk_factors=(),
        urgency=U.NORMAL,
        utredning=False,
        phrasings=phrasings,
        min_age=min_age,
        max_age=max_age,
        tags=frozenset({"neutral"}),
    )


SCENARIOS: tuple[Scenario, ...] = (
    _neutral(
        "familjesammansattning",
        (
            "{C} bor med {P1} och {P2} samt {SIB_role} {SIB} i en lägenhet på {ADDRESS}.",
            "Familjen består av {C}, {hans} {P1} och två yngre syskon. Barnens {P2} bor i en annan kommun och träffar barnen varannan helg.",
            "Föräldrarna har gemensam vårdnad. {C} bor växelvis hos {P1} och {P2}, en vecka i taget.",
            "{C} är född {DATE} och har personnummer {PNR}. Vårdnadshavare är {P1_name} och {P2_name}.",
            "{C_full} bor tillsammans med sin {P1} {P1_name}. Familjen flyttade till kommunen för tre år sedan.",
            "Det finns en stor släkt runt familjen; mormor och morfar bor i samma område och hjälper ofta till.",
            "{C} är mellanbarn i en syskonskara på fyra. Storasyster har flyttat hemifrån och läser på universitetet.",
            "{P1_name} arbetar som undersköterska på {ORG} och {P2_name} är egenföretagare.",
        ),
    ),
    _neutral(
        "skolgang_prestation",
        (
            "{C} är {AGE} år och går på {SCHOOL}. {C} ligger i nivå med kunskapskraven i de flesta ämnen.",
            "Skolmässigt går det bra för {C}, som är särskilt duktig i engelska och tycker om matte.",
            "{C} har godkända betyg i alla ämnen utom kemi, där {han} får extra stöd på studietiden.",
            "{C} har gått på {SCHOOL} sedan första klass och har samma mentor sedan två år.",
            "Enligt klassläraren är {C} ambitiös, gör sina läxor och räcker ofta upp handen.",
            "Rektor har informerats och står bakom anmälan. {C} har i övrigt en fungerande skolgång.",
            "{C} har en anpassad studieplan i svenska på grund av dyslexi, vilket fungerar bra.",
            "{C} har höga ambitioner och pratar redan om att bli veterinär.",
        ),
        min_age=7,
    ),
    _neutral(
        "fritid",
        (
            "På fritiden spelar {C} fotboll i {CLUB} två gånger i veckan.",
            "{C} tycker om att rita och spela Minecraft med sina kompisar.",
            "{C} går på dans på onsdagar och simskola på lördagar.",
            "{C:s} stora intresse är hästar, och {han} är i stallet nästan varje helg.",
            "{C} spelar trummor i kulturskolan och uppträdde på vårkonserten.",
            "{C} är scout och var på sommarläger med {CLUB} i somras.",
            "På helgerna brukar {C} vara hos farmor och fiska.",
        ),
        min_age=5,
    ),
    _neutral(
        "anmalan_rutin",
        (
            "Anmälan görs efter samråd med min närmaste chef.",
            "Jag nås på {PHONE} eller {EMAIL} om ni vill ha mer information.",
            "Anmälan görs i min yrkesroll. Kontakta mig gärna på telefon {PHONE} under kontorstid.",
            "Vi har tidigare inte gjort någon anmälan om detta barn.",
            "Ärendet har diskuterats i arbetsgruppen och vi är överens om att anmäla.",
            "Jag har dokumenterat det jag sett och kan komplettera vid behov. Mitt ärendenummer hos er är {CASENR}.",
            "Anmälan skickas via kommunens e-tjänst. Uppgifterna är lämnade efter bästa förmåga.",
            "Vårdnadshavarna har informerats om att vi gör en anmälan.",
        ),
    ),
    _neutral(
        "forskola_vardag",
        (
            "{C} går på {PRESCHOOL} sedan ett år tillbaka, fem dagar i veckan mellan åtta och fyra.",
            "På förskolan leker {C} gärna i sandlådan och har två bästa kompisar.",
            "{C} äter bra på förskolan och sover middag efter lunchen.",
            "{C} har lätt för att prata och tycker om sagostunden.",
            "Inskolningen på {PRESCHOOL} gick bra och {C} trivs med pedagogerna.",
            "{C} går på en avdelning med tjugo barn och fyra pedagoger.",
        ),
        min_age=1,
        max_age=5,
    ),
    _neutral(
        "halsa_utveckling_smabarn",
        (
            "{C} har följt sin tillväxtkurva och utvecklas enligt åldern vid BVC-kontrollerna.",
            "{C} är vaccinerad enligt programmet och har inga kända sjukdomar.",
            "Vid det senaste BVC-besöket var språkutvecklingen åldersadekvat.",
            "{C} föddes fullgången och har varit frisk.",
            "{C} har haft några öroninflammationer men är i övrigt frisk.",
            "{C} går, springer och klättrar som andra barn i samma ålder.",
        ),
        max_age=5,
    ),
    _neutral(
        "boende",
        (
            "Familjen bor i en trea i {PLACE} och har gjort det i sex år.",
            "Familjen har nyligen flyttat till ett radhus på {ADDRESS}.",
            "Bostaden är en hyresrätt och barnen har egna rum.",
            "Familjen bor på landet, ungefär två mil utanför tätorten.",
            "De bor i en villa i {PLACE} med trädgård och en hund.",
            "Familjen bor i andrahand sedan i våras och letar efter en större lägenhet.",
        ),
    ),
    _neutral(
        "sprak_ursprung",
        (
            "Familjen talar ett annat språk än svenska hemma. {C:s} {P1} förstår svenska bra, men vid möten behövs tolk.",
            "{C} är född i Sverige. Föräldrarna kom hit för drygt tio år sedan.",
            "Familjen kom till Sverige för två år sedan och {C} lär sig svenska snabbt.",
            "{C} är tvåspråkig och växlar obehindrat mellan språken.",
            "Barnets {P2} läser svenska bättre än talar det och föredrar information skriftligt.",
            "Tolk behövs vid kontakt med {P1_name}.",
        ),
    ),
    _neutral(
        "kompisar_socialt",
        (
            "{C} har flera kompisar och är omtyckt i gruppen.",
            "{C} är lite blyg i början men tar sedan gärna plats i leken.",
            "Socialt fungerar {C} bra, med en nära vän sedan länge och umgås med flera andra.",
            "{C} är hjälpsam mot yngre barn och ofta den som tröstar.",
            "{C} har en bästis som {han} träffar nästan varje dag efter skolan.",
            "{C} är populär i klassen och har lätt att få kontakt med både barn och vuxna.",
        ),
        min_age=6,
    ),
    _neutral(
        "tidigare_kontakter",
        (
            "Så vitt vi vet har familjen ingen tidigare kontakt med socialtjänsten.",
            "Familjen har tidigare haft kontakt med familjecentralen när {C} var liten, vilket de var nöjda med.",
            "{C} har en kontakt med skolkuratorn sedan i höstas för att prata om studieteknik.",
            "Familjen har ekonomiskt bistånd sedan en månad tillbaka i väntan på att {P1} ska börja ett nytt jobb.",
            "{C} har träffat logoped på {CLINIC} under ett år.",
            "Föräldrarna har tidigare gått en föräldrautbildning på eget initiativ.",
        ),
        min_age=6,
    ),
)
