"""The child's behaviour: outbursts, fighting, norm-breaking (beteendeproblem).

Outbursts and fighting are ``normal`` and fit first-line support. An escalating picture
(threats, older friends, nights out, violence towards a parent) is ``skyndsam`` and needs
``utredning``.
"""

from __future__ import annotations

from training.synth.scenario import Scenario
from triage.schema import RiskFactor as RF
from triage.schema import Urgency as U

SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        family="beteendeproblem/utbrott_skola",
        risk_factors=(RF.BETEENDEPROBLEM,),
        urgency=U.NORMAL,
        utredning=False,
        min_age=6,
        max_age=15,
        phrasings=(
            "{C} får kraftiga utbrott i klassrummet när {han} inte får som {han} vill: {han} kastar böcker, välter stolar och springer ut. Föräldrarna är medvetna och samarbetar med skolan.",
            "Vi har svårt att hantera {C:s} utbrott. Det händer flera gånger i veckan och andra elever blir rädda. {C} är snabbt ångerfull efteråt.",
            "{C} har svårt med impulskontrollen och hamnar ofta i konflikter på rasterna. Vårdnadshavarna är engagerade och {C} är anmäld till en neuropsykiatrisk utredning.",
            "”Jag vet inte varför jag blir så arg”, sa {C} efter att ha slängt sin dator i golvet. {C:s} {P1} har själv frågat om det finns föräldrastöd.",
            "Eleven har under hösten haft ett utagerande beteende med svordomar mot lärare och vägran att följa instruktioner. Inga andra bekymmer är kända.",
            "{C} skriker och smäller i dörrar när något ändras i schemat. Det har blivit lite bättre med en anpassad studieplan, men familjen vill ha mer stöd.",
            "Utåtagerande i klassrummet flera gånger i veckan, kastar saker, svär åt personal. Föräldrar informerade och positiva till stöd. Ingen oro kring hemmet.",
        ),
    ),
    Scenario(
        family="beteendeproblem/slagsmal",
        risk_factors=(RF.BETEENDEPROBLEM,),
        urgency=U.NORMAL,
        utredning=False,
        min_age=7,
        max_age=15,
        phrasings=(
            "{C} har varit inblandad i tre slagsmål på skolgården den här månaden. Det är ömsesidiga bråk utan allvarliga skador. {C:s} {P1} har varit på möte och vill jobba med det hemma.",
            "På rasten i dag slog {C} en klasskompis efter en ordväxling. Det är inte första gången. Föräldrarna tog det på stort allvar när vi ringde.",
            "{C} hamnar ofta i bråk och knuffas och sparkas när {han} känner sig orättvist behandlad. Skolan har en plan och familjen är positiv till stöd från första linjen.",
            "Vi vill ha hjälp med {C}, som slåss mycket med andra barn på fritids. Hemma är allt lugnt enligt föräldrarna, som är samarbetsvilliga.",
            "Slagsmål mellan {C} och en annan elev i matsalen. Ingen skadades allvarligt. {C} har haft liknande incidenter tidigare under terminen.",
            "”Han började”, säger {C} om bråket. Det har blivit många sådana episoder det senaste halvåret och vi tror att {C} behöver stöd att hantera konflikter.",
            "Barnet har svårt i kamratrelationerna och slår ibland till andra när det blir konflikt. Vårdnadshavarna är positiva till stöd och vi har inga andra farhågor.",
        ),
    ),
    Scenario(
        family="beteendeproblem/forskola_utagerande",
        risk_factors=(RF.BETEENDEPROBLEM,),
        urgency=U.NORMAL,
        utredning=False,
        min_age=2,
        max_age=6,
        phrasings=(
            "{C} bits, slår och river de andra barnen flera gånger om dagen på förskolan. Föräldrarna känner igen det hemifrån och vill gärna ha föräldrastöd.",
            "Vi på förskolan har svårt att få vardagen att fungera för {C}, som får långa raseriutbrott och slänger saker. {P1_name} är engagerad och ber om hjälp.",
            "{C} har ett utagerande beteende sedan lillasyster föddes. {C} har slagit en pedagog och kastat sand på andra barn. Föräldrarna samarbetar väl.",
            "Vi ser ett barn som har svårt att reglera sig. {C} kan inte vara med i samlingen utan att knuffas och skrika, och föräldrarna är lika bekymrade som vi.",
            "Utagerande beteende hos ett förskolebarn. Inga andra farhågor. Föräldrarna önskar kontakt med familjecentralen.",
            "”Hemma är det likadant”, sa {C:s} {P1} när vi berättade om bitandet. Föräldrarna har själva föreslagit att vi kontaktar socialtjänstens öppna verksamhet.",
        ),
    ),
    Scenario(
        family="beteendeproblem/eskalerande",
        risk_factors=(RF.BETEENDEPROBLEM,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=11,
        phrasings=(
            "{C:s} beteende har eskalerat snabbt den här terminen: {han} har hotat lärare, slagit sönder ett fönster och sprungit från skolan flera gånger. Föräldrarna säger att de har tappat kontrollen.",
            "Det som började med utbrott i klassrummet har blivit hot mot personal och våld mot andra elever. Senast {RECENT} hotade {C} en lärare med att ”komma och hämta” henne.",
            "{C} umgås numera med äldre ungdomar, kommer hem mitt i natten och ljuger om var {han} varit. Enligt {P1_name} har {C} slutat lyssna helt.",
            "Vi ser ett allt mer normbrytande beteende hos {C}: skolk, sena kvällar, nya kompisar som är kända av polisen och en aggressiv ton mot alla vuxna.",
            "{C} har fått tre avstängningar på kort tid för hot och våld. Föräldrarna är uppgivna och insatserna från elevhälsan har inte hjälpt.",
            "Oron för {C} växer för varje vecka. {C} har blivit avvisad från fritidsgården för hot mot personalen, är ute sent och har sagt till sin {P1} att {han} ”skiter i allt”.",
            "Under de senaste månaderna har {C:s} beteende förändrats: {C} har hotat andra elever, slagit sönder inredning och blivit avstängd från fritidsgården. Föräldrarna säger att de inte når fram.",
        ),
    ),
    Scenario(
        family="beteendeproblem/vald_mot_foralder",
        risk_factors=(RF.BETEENDEPROBLEM,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=11,
        phrasings=(
            "Jag är {C:s} {P1} och jag är rädd för mitt barn. {C} har slagit mig flera gånger när jag sagt nej och senast {RECENT} knuffade {C} mig mot väggen.",
            "{C:s} {P1} berättar att {C} slår sönder saker hemma och har sparkat {P1} i benet vid två tillfällen. Föräldrarna ber om hjälp.",
            "Polisen har varit hemma hos familjen efter att {C}, {AGE} år, hotat sin {P1} med en kniv under ett bråk om datorn. Ingen skadades.",
            "{C} blir våldsam mot sina föräldrar när {han} inte får pengar. Barnets {P1} har fått blåmärken och vågar inte längre säga nej.",
            "Föräldrarna söker själva hjälp: deras {AGE}-åring har de senaste månaderna blivit allt mer aggressiv och har slagit sin {P2}.",
            "”Jag är rädd för vad {C} ska göra härnäst”, säger {P1_name}. {C} har slagit hål i dörrar och väggar och hotat föräldrarna.",
        ),
    ),
    Scenario(
        family="beteendeproblem/spelande_dygnsrytm",
        risk_factors=(RF.BETEENDEPROBLEM,),
        urgency=U.NORMAL,
        utredning=False,
        min_age=10,
        phrasings=(
            "{C} sitter uppe och spelar datorspel till fyra, fem på morgonen och är helt slut på dagarna. Föräldrarna har försökt begränsa det, men det blir bråk varje gång och de vill ha stöd.",
            "Vi ser en elev som har vänt på dygnet på grund av spelande. {C:s} {P1} är med på möten och har själv bett om hjälp.",
            "{C:s} spelande har tagit över: {han} äter inte längre middag med familjen, blir rasande när internet stängs av och har tappat sina gamla kompisar. Inga andra farhågor.",
            "Jag är {C:s} {P1}. Vi har problem med gamingen – {C} spelar tio timmar om dagen och vägrar sluta. Vi behöver råd om hur vi ska göra.",
            "Föräldrarna är oroliga för {C:s} skärmanvändning och sömn. {C} är trött men kommer i tid och sköter det mesta.",
            "”Jag kan inte sluta, det är som att spelet drar i mig”, säger {C}. Familjen är motiverad att ta emot stöd.",
        ),
    ),
)
