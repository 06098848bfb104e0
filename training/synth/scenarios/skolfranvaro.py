"""School absence (skolfranvaro).

Absence alone is ``normal``. With cooperative parents and a limited concern it fits
first-line support; long absence where the school cannot reach the family or cannot tell
what the child is doing, and an escalating picture over several referrals, need
``utredning``.
"""

from __future__ import annotations

from training.synth.scenario import Scenario
from triage.schema import RiskFactor as RF
from triage.schema import Urgency as U

SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        family="skolfranvaro/mild_franvaro_samarbete",
        risk_factors=(RF.SKOLFRANVARO,),
        urgency=U.NORMAL,
        utredning=False,
        min_age=7,
        phrasings=(
            "{C} har en frånvaro på ungefär 20 procent den här terminen, mest måndagar och fredagar. Föräldrarna är medvetna, samarbetar med skolan och har själva bett om stöd.",
            "Frånvaron har ökat sedan jul. Vi har haft två möten med {P1}, som är engagerad och vill hitta lösningar. Vi anmäler för att familjen ska kunna få stöd utan att det behöver bli en utredning.",
            "Sammanlagt har {C} varit borta 14 dagar under höstterminen, oftast med sjukanmälan från {P1}. Skolan har ingen annan oro; vårdnadshavarna är lätta att nå och positiva till samverkan.",
            "Eleven har en del ogiltig frånvaro, främst enstaka lektioner på eftermiddagen. {P1_name} har varit på möte och tycker att det är bra att vi tar tag i det tidigt.",
            "{C} säger att {han} ”inte orkar” gå till skolan ibland och stannar hemma. {C:s} {P1} ringer alltid och meddelar och har bett elevhälsan om råd.",
            "Frånvaron ligger runt 15 %. Vi har en god kontakt med hemmet och har gjort en plan tillsammans, men familjen önskar också kontakt med familjebehandlare i första linjen.",
            "Ingen dramatik, men {C:s} närvaro har sjunkit under våren. Föräldrarna samarbetar väl.",
            "Vi har märkt att {C} ofta är sjukanmäld på måndagar. Vid mötet med föräldrarna kom vi överens om en plan, och familjen vill gärna ha kontakt med skolans familjebehandlare.",
        ),
    ),
    Scenario(
        family="skolfranvaro/hemmasittare_foraldrar_engagerade",
        risk_factors=(RF.SKOLFRANVARO, RF.PSYKISK_OHALSA_BARN),
        urgency=U.NORMAL,
        utredning=False,
        min_age=9,
        phrasings=(
            "{C} har inte varit i skolan sedan höstlovet på grund av stark ångest. Föräldrarna gör allt de kan, har kontakt med BUP och kommer på alla möten, men behöver mer stöd hemma.",
            "Eleven har varit hemma i tre månader. {C} beskriver en klump i magen varje morgon och får panikattacker vid skolgrinden. {C:s} {P1} följer med till skolan varje dag men det går inte.",
            "Jag är {C:s} {P1} och skriver själv. Mitt barn har inte klarat av att gå till skolan sedan augusti, mår dåligt och sover dåligt. Vi har kontakt med skolan men behöver hjälp som familj.",
            "Långvarig frånvaro sedan förra terminen. {C} är nedstämd och isolerar sig på rummet. Vårdnadshavarna är oroliga och samarbetsvilliga och har tackat ja till alla insatser skolan erbjudit.",
            "{C} har en närvaro på 10 % sedan i våras och har fått en ångestdiagnos. Skolan och familjen har ett tätt samarbete, och familjen efterfrågar nu stöd från socialtjänsten.",
            "”Jag vill gå dit men kroppen stänger av”, sa {C} när vi gjorde hembesök. Föräldrarna är engagerade och har själva hört av sig till oss för att få hjälp.",
        ),
    ),
    Scenario(
        family="skolfranvaro/hemmasittare_oklart",
        risk_factors=(RF.SKOLFRANVARO,),
        urgency=U.NORMAL,
        utredning=True,
        min_age=8,
        phrasings=(
            "{C} har inte varit i skolan på fem månader. Vi har skickat brev och ringt hem ett tjugotal gånger utan att få tag på vårdnadshavarna, och vi vet inte vad {C} gör på dagarna.",
            "Eleven har nästan 100 procent frånvaro sedan terminsstart. Ingen från familjen kommer på de möten vi kallar till, och vid hembesök öppnade ingen.",
            "{C} är inskriven hos oss men har knappt synts till det här läsåret. {P1_name} svarar ibland på sms och lovar att {C} ska komma, men ingenting händer.",
            "Vi har en elev, {C}, som har varit borta från skolan i över ett halvår. Vårdnadshavarna uppger sjukdom men har inte lämnat något intyg, och skolsköterskan har inte fått träffa {C}.",
            "Frånvaron är nu så omfattande att {C} riskerar att inte få några betyg. Skolans alla försök till kontakt har misslyckats.",
            "Hemmasittare sedan ett år. Familjen har tackat nej till elevhälsans insatser och vi har ingen insyn i hur {C} har det.",
            "Elev med 85 % frånvaro sedan höstlovet. Vårdnadshavare svarar inte på brev, sms eller samtal. Okänt var eleven befinner sig dagtid.",
        ),
    ),
    Scenario(
        family="skolfranvaro/sena_ankomster_strofranvaro",
        risk_factors=(RF.SKOLFRANVARO,),
        urgency=U.NORMAL,
        utredning=False,
        min_age=7,
        phrasings=(
            "{C} kommer nästan varje dag för sent till första lektionen, ofta 30–40 minuter. Barnets {P1} säger att det är svårt att få iväg alla barn på morgonen och vill gärna ha tips.",
            "Det handlar mest om ströfrånvaro: en lektion här och en där, och ofta sen ankomst. {C} har inte förklarat varför, men {P1} har lovat att prata med {honom}.",
            "Eleven skolkar från idrotten och har under terminen missat drygt 30 lektioner. Vårdnadshavaren är informerad och samarbetar.",
            "{C:s} närvaro har blivit ojämn sedan {han} bytte klass. Det är sen ankomst och enstaka halvdagar. Föräldrarna tar det på allvar.",
            "Vi anmäler för att {C} har mycket ströfrånvaro. Vi har ingen annan oro för {C} och har god kontakt med hemmet.",
            "”Jag försover mig bara”, säger {C}. {C:s} {P1} har köpt en väckarklocka och ringer skolan om det blir sent igen.",
        ),
    ),
    Scenario(
        family="skolfranvaro/halls_hemma_for_syskon",
        risk_factors=(RF.SKOLFRANVARO, RF.FORSUMMELSE),
        urgency=U.NORMAL,
        utredning=True,
        min_age=9,
        phrasings=(
            "{C} är ofta hemma från skolan för att passa småsyskonen när {P1} arbetar. Det har hänt minst en dag i veckan hela terminen.",
            "Enligt {C} måste {han} stanna hemma och ta hand om {SIB} när {P1} inte orkar. {C} har missat flera prov.",
            "{C:s} {P1} sa själv när vi ringde att {C} behövs hemma och att ”skolan får vänta”. Frånvaron är nu över 40 procent.",
            "Vi ser ett mönster där {C} hålls hemma för att sköta hushållet och syskonen. {C} är trött och ledsen över att missa skolan.",
            "”Någon måste ju vara hemma med bebisen”, förklarade {C} när vi frågade om frånvaron. {C} är {AGE} år.",
            "Omfattande frånvaro där eleven används som barnvakt för yngre syskon. Vårdnadshavarna ser inget problem med detta.",
        ),
    ),
    Scenario(
        family="skolfranvaro/upprepad_eskalerande",
        risk_factors=(RF.SKOLFRANVARO,),
        urgency=U.NORMAL,
        utredning=True,
        min_age=8,
        phrasings=(
            "Det här är skolans tredje anmälan om {C:s} frånvaro. Förra gången var den 30 %, nu är den 70 %, och de stödsamtal familjen erbjöds har inte blivit av.",
            "Vi anmälde frånvaro redan {PAST}. Sedan dess har det blivit sämre och {C} har nu inte varit i skolan sedan {DATE}.",
            "Frånvaron har ökat för varje termin sedan årskurs 5 och tidigare anmälningar har inte lett till någon förändring. Vi ser nu ett behov av en fördjupad utredning.",
            "Upprepad anmälan. Den första gjordes när {C} gick i fyran; {han} är nu {AGE} år och nästan helt borta från skolan.",
            "Vi har gjort flera anmälningar om {C} tidigare, alla om frånvaro. Bilden blir allt tydligare: {C} kommer mer sällan, och kontakten med hemmet blir sämre.",
            "Trots tidigare anmälan och insatser från första linjen fortsätter frånvaron att öka kraftigt.",
        ),
    ),
)
