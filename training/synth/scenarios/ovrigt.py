"""Concerns that cut across themes: missing children, repeated referrals, caregivers who
refuse contact, and parents or young people asking for support.

Families:
  forsvunnen/      a child missing or on the run: ``akut``.
  upprepade/       several earlier referrals with an escalating picture: ``utredning``.
  vagrar_kontakt/  caregivers refuse contact while the concern is serious: ``utredning``.
  stodbehov/       parents or the young person ask for support: ``normal``, first line.
Each scenario states the underlying concern itself, so its labels stand on their own.
"""

from __future__ import annotations

from training.synth.scenario import Scenario
from triage.schema import RiskFactor as RF
from triage.schema import Urgency as U

SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        family="forsvunnen/rymt_hemifran",
        risk_factors=(RF.BETEENDEPROBLEM,),
        urgency=U.AKUT,
        utredning=True,
        min_age=11,
        phrasings=(
            "{C} har inte kommit hem sedan {RECENT}. {C:s} {P1} har anmält {honom} försvunnen till polisen. {C} svarar inte i telefon och har tidigare rymt och hittats i en annan stad.",
            "{C} stack hemifrån efter ett gräl i går kväll och har inte hörts av sedan dess. Telefonen är avstängd. Kompisar säger att {C} har pratat om att ”dra” till några äldre {han} träffat på nätet.",
            "Polisen efterlyser {C}, {AGE} år, som avvek från hemmet i natt. Det är tredje gången den här månaden.",
            "Jag är {C:s} {P1} och vet inte var mitt barn är. {C} packade en väska och försvann när jag sov. Det har gått ett dygn.",
            "{C} har inte varit i skolan i dag och {P1} säger att {han} inte har sovit hemma på två nätter. {C} har skrivit till en kompis att {han} ”aldrig kommer hem igen”.",
            "Ungdomen är på rymmen sedan i helgen och har enligt uppgift setts vid {PLACE} tillsammans med okända vuxna.",
        ),
    ),
    Scenario(
        family="forsvunnen/saknad_okand_anledning",
        risk_factors=(),
        urgency=U.AKUT,
        utredning=True,
        min_age=6,
        phrasings=(
            "{C}, {AGE} år, kom inte hem efter skolan i går och är fortfarande försvunnen. Familjen har letat hela natten och polisen är kontaktad.",
            "Ett barn i vår verksamhet är försvunnet sedan i eftermiddags. {C} gick från fritids utan att säga något och ingen vet var {han} är.",
            "Polisen informerar om att {C} anmälts saknad av {P1} i morse. {C} har inte tidigare försvunnit och det finns ingen känd anledning.",
            "{C:s} {P1} ringer och är desperat: {C} har inte kommit hem från träningen och svarar inte i telefonen. Det har gått sex timmar.",
            "Försvunnet barn. {C} sågs senast vid {PLACE} vid 17-tiden i går.",
            "Vi kan inte hitta {C}. {C} skulle ha kommit till oss, sin mormor och morfar, efter skolan men har inte dykt upp och ingen av kompisarna vet något.",
        ),
    ),
    Scenario(
        family="forsvunnen/rymt_fran_placering",
        risk_factors=(RF.BETEENDEPROBLEM,),
        urgency=U.AKUT,
        utredning=True,
        min_age=12,
        phrasings=(
            "{C} har avvikit från HVB-hemmet sedan {RECENT} och är efterlyst. Personalen tror att {C} har sökt sig till äldre kompisar i {PLACE}.",
            "Familjehemmet meddelar att {C} inte har kommit tillbaka efter skolan. {C} har avvikit tidigare och varit borta i flera dygn.",
            "Avvikning från placering. {C}, {AGE} år, lämnade boendet under natten och har inte gått att nå.",
            "Jag arbetar på ett stödboende där {C} bor. {C} har inte varit hemma sedan i fredags och har lagt ut bilder från en fest i en annan stad.",
            "{C} rymde från familjehemmet i morse och har sagt till en kompis att {han} ”aldrig tänker gå tillbaka”. Polisen är underrättad.",
            "Ungdomen har åter avvikit från det särskilda ungdomshemmet. Det är andra gången denna vecka.",
        ),
    ),
    Scenario(
        family="upprepade/forsummelse_eskalerar",
        risk_factors=(RF.FORSUMMELSE,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=2,
        phrasings=(
            "Det här är vår fjärde anmälan om {C} i år. Varje gång har det gällt hygien och mat, och för varje gång har det blivit värre: nu kommer {C} hungrig nästan varje dag.",
            "Vi anmälde oro för omsorgen {PAST} och ärendet lades ner. Sedan dess har {C} gått ner i vikt, kommer ofta smutsig och har börjat stjäla mat från andra barn.",
            "Upprepad anmälan. Samma oro som tidigare – bristande tillsyn, smuts, trötthet – men nu också att {C} lämnas ensam på kvällarna.",
            "Vi har anmält tre gånger på två år. Bilden av en långvarig omsorgssvikt har förstärkts, och tidigare erbjudna insatser har inte tagits emot.",
            "Det är inte första gången jag hör av mig om familjen. Mina tidigare anmälningar gällde kläder och hygien; i dag hade {C} ett obehandlat sår på benet som ingen hade tittat på.",
            "Tidigare anmälningar har inte lett till förändring. {C:s} situation försämras: fler uteblivna läkarbesök, mindre mat hemma och längre tid ensam.",
        ),
    ),
    Scenario(
        family="upprepade/missbruk_igen",
        risk_factors=(RF.MISSBRUK_VARDNADSHAVARE,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=0,
        phrasings=(
            "Jag har anmält {P1}s drickande tidigare. Nu har det blivit värre – {P1} har luktat alkohol vid varje hämtning den här veckan.",
            "Familjen är känd sedan tidigare för {P1}s missbruk. Det har kommit flera anmälningar under året och nu uppger {C} att {P1} dricker varje dag.",
            "Tredje anmälan om samma sak: {C:s} {P1} är påverkad av droger och {C} får klara sig själv. Varje gång har det blivit lite värre.",
            "Upprepade anmälningar om vårdnadshavarens missbruk. Senaste uppgiften är att {P1} har förlorat jobbet och att missbruket ökat.",
            "Vi ringde in en anmälan om {P1} och alkoholen {PAST}. Sedan dess har {C} berättat mer och mer, och nu säger {han} att {P1} dricker redan på morgonen.",
            "Anmälan nummer fem om samma familj. Grannarna ser {P1} berusad nästan dagligen och {C} har slutat ha kompisar hem.",
        ),
    ),
    Scenario(
        family="upprepade/ungdom_allt_samre",
        risk_factors=(RF.BETEENDEPROBLEM,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=12,
        phrasings=(
            "Vi har anmält oro för {C} två gånger tidigare i år. Då handlade det om utbrott; nu är {C} ute på nätterna, har nya äldre kompisar och har hotat en lärare.",
            "Det här är den tredje anmälan om {C} från olika håll. Varje anmälan har beskrivit en försämring, och nu har {C} slutat komma hem på helgerna.",
            "Upprepad anmälan med eskalerande bild: först skolk, sedan bråk, nu hot och sena kvällar med personer vi inte känner.",
            "Jag vet att ni har fått anmälningar om {C} tidigare. Jag vill bara säga att det har blivit mycket värre: {C} har ingen respekt för någon vuxen längre och försvinner i flera timmar.",
            "Den här anmälan kompletterar tidigare anmälningar från {PAST}. {C:s} beteende har utvecklats i en oroande riktning.",
            "Fältgruppen har nu anmält oro för {C} vid flera tillfällen. Mönstret är tydligt: {C} är ute senare, med äldre personer, och verkar allt mer påverkad av den miljön.",
        ),
    ),
    Scenario(
        family="vagrar_kontakt/misstankt_vald",
        risk_factors=(RF.VALD_MOT_BARN,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=6,
        phrasings=(
            "Vi har vid flera tillfällen sett blåmärken på {C} och {C} har antytt att {P1} slår. Föräldrarna vägrar komma på möte, svarar inte i telefon och har nu börjat hålla {C} hemma.",
            "När vi tog upp vår oro för att {C} utsätts för våld hemma blev {P1} arg och sa att skolan inte har med det att göra och att det inte blir några fler samtal.",
            "{C} har antytt att det ”blir jobbigt” hemma när {han} gör fel och har haft oförklarade blåmärken. Vi har sökt vårdnadshavarna i två veckor utan resultat och de har bett oss att sluta ringa.",
            "Vårdnadshavarna har tackat nej till all kontakt med skolan och elevhälsan. Samtidigt har {C} vid två tillfällen kommit med märken i ansiktet som {han} inte vill förklara.",
            "Föräldrarna hotar att byta skola om vi fortsätter ”lägga oss i”. Vi är oroliga eftersom {C} i höstas berättade att {P1} hade slagit {honom} med en toffel, och vi har inte kunnat följa upp det.",
            "Tidigare försök till kontakt har avvisats. Oron gäller misstänkt fysisk bestraffning i hemmet och familjen vill inte samarbeta.",
        ),
    ),
    Scenario(
        family="vagrar_kontakt/allvarlig_forsummelse",
        risk_factors=(RF.FORSUMMELSE,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=2,
        phrasings=(
            "{C} har gått ner i vikt och är ofta sjuk, men föräldrarna vägrar ta {C} till läkare och har slutat svara på våra kontaktförsök.",
            "Vi har bett familjen komma på möte fyra gånger angående {C:s} hygien och hunger. Ingen har kommit och {P1} lägger på när vi ringer.",
            "Familjen har sagt nej till läkarbesök, nej till tandvård och nej till möte med oss. Samtidigt är {C} tydligt undernärd och har kariesvärk.",
            "Föräldrarna avvisar alla försök till kontakt. {C} kommer utan mat, utan kläder efter väder och säger att ingen är hemma på kvällarna.",
            "Vårdnadshavaren har uttryckligen sagt att {P1} inte vill ha kontakt med någon myndighet. Vår oro för {C:s} grundläggande omsorg kvarstår och har växt.",
            "Vi når inte fram till familjen. {C} har en obehandlad infektion sedan flera veckor och {P1} vägrar låta någon titta på den.",
        ),
    ),
    Scenario(
        family="stodbehov/foraldrar_ber_om_stod_beteende",
        risk_factors=(RF.BETEENDEPROBLEM,),
        urgency=U.NORMAL,
        utredning=False,
        min_age=4,
        phrasings=(
            "Jag är {C:s} {P1} och vi föräldrar ber om hjälp. {C} har svårt att följa regler hemma och vi bråkar mycket. Vi vill lära oss hantera det bättre.",
            "{C:s} {P1} har själv ringt och undrar om det finns föräldragrupper. {C} är trotsig och har utbrott, och föräldrarna känner sig otillräckliga.",
            "Jag är {C:s} {P1} och orkar inte längre med {C:s} ilska. Jag har aldrig slagit {honom}, men jag höjer rösten mycket och vill ha stöd innan det blir värre.",
            "Föräldrarna har bett oss förmedla kontakt med socialtjänsten. De vill ha stöd kring {C:s} beteende, som har varit stökigt sedan flytten.",
            "Ansökan om stöd från vårdnadshavare. {C} har svårt med gränser och familjen önskar kontakt med familjebehandlare.",
            "”Vi behöver någon som kan hjälpa oss att få vardagen att fungera”, skriver {P1_name}. {C} har utbrott varje kväll vid läggdags.",
        ),
    ),
    Scenario(
        family="stodbehov/foraldrastress",
        risk_factors=(),
        urgency=U.NORMAL,
        utredning=False,
        min_age=0,
        max_age=12,
        phrasings=(
            "Jag är {C:s} {P1}, ensamstående med tre barn, och känner mig helt slutkörd. Barnen har det bra, men jag behöver någon att prata med och kanske hjälp med avlastning.",
            "{C:s} {P1} har berättat att det är svårt att få ihop vardagen efter att ha börjat jobba heltid och undrar om det finns stöd att få.",
            "Jag är {C:s} {P1} och känner mig osäker som förälder. Jag har hört att familjecentralen har föräldragrupper och undrar hur man anmäler sig.",
            "{P1_name} är trött och stressad men har inte gjort något som oroar oss för {C}. {P1_name} frågade om det finns någon som kan stötta familjen.",
            "Föräldern ber själv om råd och stöd i föräldraskapet. Ingen oro för barnets säkerhet har framkommit.",
            "”Jag vill bara bli en bättre förälder”, sa {P1} när vi pratade vid hämtningen. Det finns ingen annan oro kring {C}.",
        ),
    ),
    Scenario(
        family="stodbehov/ungdom_soker_sjalv",
        risk_factors=(RF.KONFLIKT_SEPARATION,),
        urgency=U.NORMAL,
        utredning=False,
        min_age=13,
        phrasings=(
            "{C} skrev till oss: ”Hej, jag är {AGE} år. Jag och mina föräldrar bråkar hela tiden och jag vill prata med någon. Ingen slår mig eller så, men det är jobbigt hemma.”",
            "{C} har själv hört av sig via chatten och berättar om mycket gräl hemma sedan föräldrarna separerade. {C} är inte rädd men vill ha någon att prata med.",
            "Ett meddelande från {C}, {AGE} år: ”Kan man få prata med någon utan att det blir en stor grej? Mamma och pappa skriker på varandra och på mig, men ingen gör något våldsamt.”",
            "Ungdomen kontaktar själv socialtjänsten och önskar stödsamtal om konflikter med sina föräldrar. Inget våld och inga andra risker framkommer.",
            "{C} kom till ungdomsmottagningen och ville ha hjälp med hur {han} ska prata med sin {P1}, som {han} grälar med nästan varje dag.",
            "”Jag vill inte att ni ska ta mig hemifrån, jag vill bara att vi ska sluta bråka”, skrev {C} i sitt mejl till oss.",
        ),
    ),
)
