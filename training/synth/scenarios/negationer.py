"""Negations, innocent uses of alarming words, and concerns checked and dismissed.

These establish no risk factor, ``normal`` urgency and no ``utredning``: "inga tecken på
våld", an accident that is witnessed and explained, bruises from football confirmed by the
coach, idioms such as "dör av skratt", loud music rather than fights, rumours that were
checked and dismissed, denial by everyone with nothing specific behind the worry. They
teach the model that alarming words alone decide nothing. Hearsay that *is* specific
belongs in the risk modules, where it counts.
"""

from __future__ import annotations

from training.synth.scenario import Scenario
from triage.schema import Urgency as U


def _negation(family: str, phrasings: tuple[str, ...], min_age: int = 0, max_age: int = 17):
    return Scenario(
        family=f"negation/{family}",
        risk_factors=(),
        urgency=U.NORMAL,
        utredning=False,
        phrasings=phrasings,
        min_age=min_age,
        max_age=max_age,
        tags=frozenset({"negation"}),
    )


SCENARIOS: tuple[Scenario, ...] = (
    _negation(
        "inga_tecken_pa_vald",
        (
            "Det finns inga tecken på våld i hemmet.",
            "Vi har inte sett några blåmärken eller andra skador på {C}, och {C} har aldrig berättat om något våld.",
            "Jag vill understryka att vi inte har någon misstanke om att {C} far illa fysiskt. Inga skador, inget i {hans} berättelser som tyder på det.",
            "Inga uppgifter om våld eller hot har framkommit, varken från {C}, syskonen eller föräldrarna.",
            "Sjuksköterskan har träffat {C} vid hälsobesöket och såg inga tecken på fysisk misshandel.",
            "{C} verkar trygg med båda föräldrarna. Vi har aldrig sett {C} rädd vid hämtning och det finns inget som pekar på våld.",
            "Det har inte förekommit något våld i familjen såvitt vi känner till, och ingen av de vuxna runt {C} har uttryckt någon sådan oro.",
            "Ingen misstanke om våld. Vi anmäler av andra skäl.",
            "Vid samtal med barnet framkom ingenting som tyder på att någon vuxen i hemmet är våldsam.",
        ),
    ),
    _negation(
        "aldrig_slagit",
        (
            "{C} säger själv: ”Pappa har aldrig slagit mig, han blir bara arg ibland och går ut och går.”",
            "Jag frågade {C} rakt ut om någon hemma slår {honom}. {C} skakade på huvudet och sa att ingen har gjort det, aldrig.",
            "{C:s} {P1} har aldrig varit våldsam mot barnen, enligt både {C} och {P2}.",
            "”Mamma skulle aldrig slå mig”, sa {C} och skrattade lite när jag frågade.",
            "Ingen vuxen i hemmet har någonsin lagt hand på {C}, varken enligt {C} eller {C:s} syskon.",
            "{P1_name} har aldrig slagit {C}. Det {C} berättade om var att {han} blev utskälld för att {han} kommit hem sent.",
            "När jag frågade om det blev bråk efter utvecklingssamtalet sa {C}: ”Nej, vi pratade bara. Ingen slår hos oss.”",
        ),
    ),
    _negation(
        "olycka_forklarad",
        (
            "{C} slog i huvudet när {han} ramlade från klätterställningen på lekplatsen. Personalen såg fallet och {P1} kontaktades direkt.",
            "Blåmärket på {C:s} panna kommer från att {han} snubblade i trappan i går, vilket två vuxna såg.",
            "{C} har ett gips på armen. {C} bröt den när {han} föll av cykeln i helgen, och både {C} och kompisen som var med berättar samma sak.",
            "Skrapsåren på {C:s} knän är från när {han} ramlade med sparkcykeln utanför affären. Jag var själv där och såg det.",
            "{C} fick en svullen läpp efter att ha krockat med en kompis i leken. Båda barnen grät en stund och var sedan glada igen.",
            "Vi såg själva när {C} halkade på isen och slog i ansiktet. Det blev ett blåmärke under ögat som {P1} har fått information om.",
            "Det röda märket på kinden är efter ett bett från en myra på utflykten, inget annat.",
        ),
        min_age=2,
    ),
    _negation(
        "idrottsskador_bekraftade",
        (
            "Blåmärkena på {C:s} ben kommer från fotbollen. Tränaren i {CLUB} bekräftar att {C} fick flera sparkar på smalbenen under helgens cup.",
            "{C} har blåmärken på armarna, men de kommer från handbollsträningen. {C} visade själv bilder från matchen och tränaren har bekräftat det.",
            "Vi frågade om märkena på {C:s} rygg. De kommer från brottningen, vilket både {C} och ledaren berättat om, och ser ut som sådana skador brukar.",
            "Det som såg ut som misshandel var alltså en skada från innebandyn: en klubba i ansiktet vid ett närkamp, vilket flera såg.",
            "{C} kom med en blåtira på måndagen. Tränaren har hört av sig och berättat att {C} fick en armbåge i ansiktet på matchen i lördags.",
            "{C} rider och föll av hästen förra veckan. Blåmärket på höften och de skrapade händerna kommer därifrån, enligt både {C} och stallet.",
        ),
        min_age=5,
    ),
    _negation(
        "idiom_alarmerande_ord",
        (
            "{C} är en glad elev som ofta ”dör av skratt” åt sina egna skämt.",
            "När vi spelade kortspel ropade {C} ”jag dödar dig om du fuskar!” och alla skrattade, {C} också.",
            "{C} säger att matematiken är ”mördande tråkig”, men klarar den bra.",
            "På rasten lekte barnen tjuv och polis och {C} sprang runt och ropade ”pang pang”. Det var en helt vanlig lek.",
            "{C} berättade att {P1} ”slog rekord” i att baka bullar i helgen. Det var mycket viktigt för {C}.",
            "{C:s} favoritord just nu är ”knäpp”, och {han} säger att kompisarna ”knarkar godis” på fredagarna, vilket betyder att de äter mycket lösgodis.",
            "{C} ritar gärna drakar som sprutar eld och ”bränner ner borgen”, vilket är en del av en bok vi läser i klassen.",
            "”Jag kommer att skjuta upp läxan tills i morgon”, sa {C} – det är det enda ”skjutandet” vi har hört talas om.",
        ),
        min_age=6,
    ),
    _negation(
        "hog_musik_inte_brak",
        (
            "Jag ringde först för att jag hörde höga ljud från lägenheten, men det visade sig vara musik och en födelsedagsfest. Inga bråk, inga skrik av rädsla.",
            "Grannen har klagat på ljud, men när hyresvärden var där var det en tv-spelsturnering med kompisar. Alla var glada och barnen mådde bra.",
            "Ljuden från familjens lägenhet är dammsugare och hög musik på helgmorgnar, inget annat. Jag har aldrig hört gräl där.",
            "Det är högljutt hos familjen ibland, mest barn som leker och en hund som skäller, men jag har aldrig hört något som låter som våld.",
            "Polisen åkte dit efter ett samtal om oväsen. Det var en fest med dans och ingen oro för barnen noterades.",
            "Jag bor granne och hör mycket musik och skratt genom väggen, och ibland att barnen springer. Inget som har fått mig att bli orolig.",
        ),
    ),
    _negation(
        "rykte_kontrollerat_avfardat",
        (
            "Det har gått ett rykte bland föräldrarna om att {C:s} {P1} dricker. Vi har pratat med {P1}, med {C} och med mormor, och inget tyder på att det stämmer.",
            "En elev påstod att {C} blivit slagen hemma. När vi pratade med eleven visade det sig att det var ett missförstånd om en film de sett.",
            "Ryktet om att {C} skulle ha en kniv i skolan har kontrollerats. Det var en linjal i ett fodral, vilket både {C} och läraren har visat.",
            "Efter en anonym uppgift om att familjen skulle resa utomlands för att gifta bort {C} har vi haft samtal med {C} enskilt. Resan är en vanlig sommarsemester och {C} ser fram emot den; familjen har returbiljetter och {C} har redan planer för hösten här hemma.",
            "Påståendet i sociala medier om att {C} säljer droger är utrett av skolan och polisen och har avskrivits. Det handlade om en förväxling.",
            "Skvallret om att {C} skadar sig visade sig komma från en bild som inte var på {C}. {C} har inga skador och mår bra enligt både {C} och föräldrarna.",
            "Vi har hört att någon i området sagt att barnen lämnas ensamma. Vi har följt upp: det är en vuxen storasyster på 22 som passar dem några timmar, vilket är helt i sin ordning.",
        ),
        min_age=11,
    ),
    _negation(
        "fornekat_inget_konkret",
        (
            "Vi har frågat {C}, båda föräldrarna och syskonen. Alla säger att ingenting har hänt, och vi har inga konkreta observationer som talar emot det.",
            "Det är mer en känsla än något konkret. {C} har inte berättat något, vi har inte sett några skador och föräldrarna förnekar att det finns problem.",
            "När vi tog upp frågan med familjen förnekade alla att något skulle vara fel, och vi har inte heller något specifikt att peka på.",
            "{C} säger att allt är bra hemma och vi har ingen anledning att tro något annat.",
            "Ingen har sett eller hört något. Anmälaren uppger själv att uppgiften är vag och bygger på ett intryck.",
            "Vi har inte kunnat hitta något som bekräftar oron. Både {C} och vårdnadshavarna beskriver en vanlig vardag.",
            "Vi har frågat runt, men ingen – varken {C}, föräldrarna eller personalen – har sett eller hört något konkret. Oron gick inte att bekräfta.",
        ),
    ),
    _negation(
        "medicinsk_forklaring",
        (
            "De blåaktiga fläckarna på {C:s} rygg är mongolfläckar, vilket finns dokumenterat i journalen sedan födseln.",
            "{C:s} viktnedgång beror på nydebuterad celiaki. {C} är utredd på {CLINIC} och föräldrarna följer kostplanen noga.",
            "Blåmärkena som personalen såg beror på en blodsjukdom som {C} behandlas för. Läkaren har bekräftat att {C} får blåmärken mycket lätt.",
            "{C} har eksem som {han} kliar sig blodig på under natten. Det är inget självskadebeteende, och familjen har kontakt med hudmottagningen.",
            "{C:s} trötthet och bleka hy beror på järnbrist som nu behandlas. Föräldrarna har varit snabba att söka vård.",
            "Rodnaden i underlivet visade sig vara en svampinfektion som vårdcentralen har behandlat. Inga andra fynd.",
        ),
        max_age=12,
    ),
    _negation(
        "franvaro_giltig",
        (
            "{C:s} frånvaro i höstas beror på en blindtarmsoperation och har intyg från sjukhuset. {C} är nu tillbaka och har full närvaro.",
            "Den långa ledigheten var beviljad av rektor för en familjeresa och {C} är tillbaka i skolan som planerat.",
            "{C} har varit borta två veckor med influensa och lunginflammation. {C:s} {P1} sjukanmälde varje dag och {C} har fått hjälp att ta igen skolarbetet.",
            "Frånvaron är giltig: {C} har en kronisk sjukdom och är borta vid läkarbesök, vilket är känt och planerat tillsammans med skolan.",
            "{C} missade några dagar i samband med farfars begravning. Det var meddelat i förväg.",
            "Det har inte förekommit någon ogiltig frånvaro. All frånvaro är anmäld av vårdnadshavare och rör sig om vanliga förkylningar.",
        ),
        min_age=6,
    ),
    _negation(
        "alkohol_mattligt",
        (
            "{C:s} {P1} dricker ett glas vin till middagen ibland, men {C} har aldrig sett {P1} full.",
            "Jag känner familjen väl. De dricker alkohol vid fester som de flesta, men jag har aldrig sett någon av föräldrarna berusad med barnen.",
            "{C} berättade att föräldrarna hade fest och drack champagne på nyår. {C} tyckte det var roligt och fick vara uppe till tolv. Inget konstigt hände.",
            "Vi har aldrig känt någon alkohollukt vid hämtning och inget tyder på missbruk hos vårdnadshavarna.",
            "{C} nämnde att {P1} ”tog en öl” på stranden. Det framkom inget som tyder på att {P1} var påverkad.",
            "Föräldrarna är nyktra alkoholister sedan många år och har inte druckit sedan innan {C} föddes, vilket de själva berättade om.",
        ),
    ),
    _negation(
        "syskonbrak_och_lek",
        (
            "{C} och {SIB} bråkar som syskon gör om vems tur det är med spelet, men det är inget som oroar oss.",
            "{C} berättade att {han} och {SIB_role} hade ”krig” med vattenpistoler hela helgen. Det lät som en mycket rolig helg.",
            "På förskolan lekte {C} ”mamma, pappa, barn” och låtsades laga mat och lägga dockan. Leken var helt åldersadekvat.",
            "{C} och kusinerna brottas i soffan och ibland slutar det med gråt, men de vuxna finns där och det är inget annat än lek.",
            "{C} ritade en bild där det är ”storm och åska” över huset. När vi frågade sa {han} att {han} tycker om oväder och att de brukar titta på blixtarna tillsammans hemma.",
            "Syskonen {C} och {SIB} knuffades lite i hallen vid hämtningen men var sams igen efter en minut.",
        ),
        min_age=3,
        max_age=6,
    ),
    _negation(
        "tidigare_oro_undanroad",
        (
            "Oron som vi hade för {C} i höstas har inte bekräftats. Efter möten med familjen fungerar allt väl och vi har ingen kvarstående oro.",
            "Vi ringde för några veckor sedan angående {C:s} trötthet. Det har nu visat sig bero på att {han} spelar i en orkester med sena repetitioner, vilket föräldrarna har ändrat på.",
            "Den anmälan som gjordes {PAST} ledde inte till någon utredning, och det som då oroade har inte återkommit.",
            "Vi har följt {C} noga efter förra terminens oro, och {C} verkar må bra, har kompisar och god närvaro.",
            "Efter samtal med föräldrarna förstår vi att familjen har haft en tuff period med flytt, men de har redan stöd och allt fungerar.",
            "Det finns ingen aktuell oro. Det som tidigare noterades har föräldrarna tagit tag i på ett bra sätt.",
        ),
        min_age=6,
    ),
    _negation(
        "ej_misstankt_vittne",
        (
            "{C} var med när en klasskompis blev rånad i helgen, men enligt polisen är {C} vittne och inte misstänkt för något.",
            "{C} finns med i en polisanmälan, men som målsägande för en stulen cykel. {C} har inte själv gjort något.",
            "Polisen pratade med {C} efter bråket i centrum eftersom {C} hade filmat det. {C} var inte inblandad.",
            "{C:s} namn nämndes i samband med skadegörelsen på skolan, men det har klarlagts att {C} inte var där.",
            "{C} ringde själv 112 när {han} såg en bilolycka och har fått beröm av polisen.",
            "{C} hittade en kniv i buskarna på skolgården och lämnade den direkt till en lärare.",
        ),
        min_age=9,
    ),
    _negation(
        "psykisk_ohalsa_avfardad",
        (
            "Texten om att ”vilja försvinna” som {C} skrev var en låttext till ett musikprojekt. {C} förnekar alla tankar på att skada sig och vi ser inga andra tecken.",
            "{C} har inga tecken på självskada. Rivmärkena som kompisarna såg kom från katten, vilket {C} visade och skolsköterskan bekräftade.",
            "Vi har pratat med {C} om måendet. {C} beskriver sig som glad, sover bra och har inga tankar på att dö.",
            "Bilden som {C} lade upp med texten ”orkar inte mer” handlade om ett matteprov. {C} skrattade när vi frågade och sa att {han} mår bra.",
            "Kuratorn har träffat {C} två gånger och ser ingen psykisk ohälsa; {C} var ledsen efter ett bråk med en kompis, och det har gått över.",
            "{C} har aldrig skadat sig själv och har aldrig uttryckt några självmordstankar, enligt både {C} och föräldrarna.",
        ),
        min_age=10,
    ),
    _negation(
        "eget_bruk_avfardat",
        (
            "Drogtestet som togs på ungdomsmottagningen var negativt. {C} säger att {han} aldrig har testat narkotika och vi har inget som talar emot det.",
            "Lukten som läraren reagerade på kom från en doftpåse i ryggsäcken, inte från cannabis.",
            "{C} drack ingen alkohol på festen; det var tvärtom {C} som ringde efter en vuxen när en kompis mådde dåligt.",
            "Uppgiften om att {C} röker på har kontrollerats med {C} och föräldrarna. Inget tyder på det, och {C:s} närvaro och resultat är goda.",
            "{C} snusar inte, röker inte och dricker inte, enligt både {C} och föräldrarna, och ingen av oss har sett något annat.",
            "De ”gröna grejerna” i {C:s} väska var torkade örter från hemkunskapen, vilket läraren har bekräftat.",
        ),
        min_age=12,
    ),
    _negation(
        "paverkan_forklarad",
        (
            "Personalen trodde först att {P1} var påverkad vid hämtningen, men det visade sig vara en diabeteskänning. {P1_name} åt något och blev sig själv igen.",
            "{C:s} {P1} sluddrade vid hämtningen, vilket berodde på bedövning efter ett tandläkarbesök samma eftermiddag.",
            "Lukten vi kände vid lämningen var handsprit, inte alkohol. Vi har pratat med {P1} och det finns ingen oro för missbruk.",
            "{P1} var trött och ostadig vid mötet, men har en känd sjukdom med yrsel och medicinerar för det. Inget tyder på alkohol eller droger.",
            "Grannens misstanke om att {P1} skulle vara berusad på kvällarna kommer från att {P1} arbetar natt och går och lägger sig på dagarna.",
            "{P1_name} har lämnat negativa prover och har ingen missbruksproblematik enligt beroendemottagningen, dit {P1_name} självmant gick för att undanröja oron.",
        ),
    ),
)
