"""Sexual abuse and exploitation (sexuella_overgrepp).

Suspected abuse where the suspect has access to the child is ``akut``; sexualised behaviour
in a small child, online grooming and abuse where the suspect no longer has access are
``skyndsam``. Every credible concern routes to ``utredning``. Descriptions stay as
non-graphic as real referrals are.
"""

from __future__ import annotations

from training.synth.scenario import Scenario
from triage.schema import RiskFactor as RF
from triage.schema import Urgency as U

SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        family="sexuella_overgrepp/forovare_har_tillgang",
        risk_factors=(RF.SEXUELLA_OVERGREPP,),
        urgency=U.AKUT,
        utredning=True,
        min_age=6,
        phrasings=(
            "{C} berättade för mig efter lektionen att {P1} brukar komma in i {hans} rum på nätterna och röra {honom} mellan benen. Det hände senast {RECENT}.",
            "I samtal med skolkuratorn sa {C}: ”Jag vill inte att styvpappa ska komma in när jag duschar. Han tar på mig och säger att det är vår hemlighet.” Styvpappan bor i hemmet.",
            "{C:s} kompis har berättat för sin mamma, som har kontaktat oss, att {C} har sagt att {P1} tvingar {honom} att sova i samma säng och tar på {hans} kropp. {C} bor kvar hemma med {P1}.",
            "Misstanke om sexuella övergrepp. {C} har skrivit i en lapp till sin lärare att ”{P1_name} gör saker med mig på nätterna som jag inte vill”. {P1_name} är {C:s} {P1} och bor med barnet.",
            "{C}, {AGE} år, har i dag berättat för skolsköterskan om övergrepp från {A}, som ofta är barnvakt. Enligt {C} hände det senast i helgen och {A} ska passa {honom} igen på fredag.",
            "Jag är {C:s} moster. När {C} sov över hos mig {RECENT} berättade {han} att {P1} visar filmer med nakna vuxna och sedan vill att {C} ska ta av sig. Jag vet inte vad jag ska göra och {C} ska vara hemma hos {P1} i kväll.",
            "Barnet uppger att {P1} har haft sexuellt umgänge med {honom} vid flera tillfällen under det senaste året. Den misstänkte bor i samma bostad som barnet.",
            "Det {C} berättade i dag var så pass konkret att jag inte kan vänta med att anmäla: det gäller beröring av könsorganen, det sker hemma, och det är {P1} som gör det.",
            "Barnet har i dag berättat om sexuella övergrepp från en vuxen som bor i hemmet. Berättelsen är detaljerad och vi bedömer att barnet inte kan gå hem utan att skyddsfrågan är löst.",
        ),
    ),
    Scenario(
        family="sexuella_overgrepp/smabarn_berattar",
        risk_factors=(RF.SEXUELLA_OVERGREPP,),
        urgency=U.AKUT,
        utredning=True,
        min_age=2,
        max_age=6,
        phrasings=(
            "Under blöjbytet sa {C} spontant att {P1} ”pussar där” och pekade mot sitt kön. När pedagogen frågade vidare sa {C} ”varje kväll”.",
            "På förskolan har {C} i dag berättat att {A} ”tar på mig där nere och det gör ont”. Det är {A} som oftast hämtar {C} på förskolan.",
            "{C} klagar på ont i underlivet och har återkommande rodnader. I dag sa {C} till sin pedagog att det är {P1} som ”pillar där” när {C} ska sova.",
            "Vid vilan sa {C}, {AGE} år: ”När mamma jobbar ska jag leka doktor med hennes kompis, han tar av mina byxor.” Mammans kompis bor enligt uppgift periodvis hos familjen.",
            "En pedagog på {PRESCHOOL} hörde {C} berätta för en annan pedagog att morfar ”tar fram snoppen och vill att jag håller i den”. {C} sover över hos morfar varannan helg.",
            "{C} har ritat en teckning som visar en vuxen och ett barn utan kläder. När vi frågade vem det var sa {C} ”det är jag och {P1}, det är en hemlighet”.",
        ),
    ),
    Scenario(
        family="sexuella_overgrepp/sexualiserat_beteende_smabarn",
        risk_factors=(RF.SEXUELLA_OVERGREPP,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=2,
        max_age=6,
        phrasings=(
            "Vi på förskolan har under flera veckor sett att {C} leker sexualiserade lekar med andra barn, bland annat försöker {C} dra ner deras byxor och härmar samlag.",
            "{C} visar ett sexualiserat beteende som inte stämmer med åldern. {C} använder ord för sexuella handlingar som ett barn på {AGE} år normalt inte känner till.",
            "Personalen har noterat att {C} vid upprepade tillfällen onanerar intensivt i samlingen, även när andra barn och vuxna ser på, och blir mycket upprörd när det avbryts.",
            "Vi vet inte om något har hänt, men {C:s} lekar med dockorna är sexuellt tydliga på ett sätt som oroar oss. {C} har inte berättat något om någon vuxen.",
            "{C} har försökt kyssa andra barn med tungan och vill att de ska ta på {honom}. Beteendet har ökat den senaste månaden.",
            "Sexualiserat beteende hos ett litet barn: {C} har vid två tillfällen försökt stoppa in föremål i underlivet på sig själv under vilan och säger att ”så gör man”.",
            "Under blöjbytet lägger sig {C} i en position och säger saker som pedagogerna upplever som inövade och sexuella. Vi har ingen konkret uppgift om vem som i så fall skulle ha utsatt {honom}.",
        ),
    ),
    Scenario(
        family="sexuella_overgrepp/grooming_natet",
        risk_factors=(RF.SEXUELLA_OVERGREPP,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=10,
        phrasings=(
            "{C} har fått kontakt med en vuxen man via ett spel och har skickat nakenbilder till honom. Mannen har enligt {C} lovat pengar och vill träffas.",
            "Föräldrarna hittade i {C:s} telefon chattar med en okänd person som ber om bilder på {hans} kropp och skriver att {C} inte får berätta för någon.",
            "En kompis till {C} berättade för mig att {C} har skickat nakenbilder till någon {han} träffat på Snapchat, som säger sig vara 16 men verkar vara mycket äldre.",
            "{C} kom till mig och grät. Någon {han} lärt känna på nätet hotar att sprida bilder som {C} skickat om {han} inte skickar fler. {C} är {AGE} år.",
            "Misstanke om grooming. {C} har under flera månader chattat med en vuxen som ger {honom} presentkort och som nu har börjat skriva sexuella saker.",
            "Jag arbetar på fritidsgården och såg på {C:s} mobil ett meddelande från en man: ”skicka en bild till, annars berättar jag för din mamma”.",
            "Enligt {P1} har {C} under hösten skickat bilder på sig själv utan kläder till flera vuxna män som kontaktat {honom} på nätet. Polisanmälan är gjord.",
        ),
    ),
    Scenario(
        family="sexuella_overgrepp/forovare_utan_tillgang",
        risk_factors=(RF.SEXUELLA_OVERGREPP,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=7,
        phrasings=(
            "{C} har berättat att en tränare i {CLUB} tog på {honom} på ett sexuellt sätt i omklädningsrummet. Tränaren är avstängd och har ingen kontakt med barnen längre.",
            "Det har framkommit att {C} utsattes för sexuella övergrepp av en kusin när familjen var utomlands {PAST}. Kusinen bor kvar i det landet och familjen har ingen kontakt.",
            "{P1_name} har berättat att {C} har sagt att den tidigare sambon gjorde saker mot {honom} när de bodde ihop. Sambon flyttade ut {PAST} och har inget umgänge.",
            "Enligt {C} blev {han} utsatt för sexuella övergrepp av en granne när familjen bodde i {PLACE}. Familjen har flyttat och grannen vet inte var de bor.",
            "Sexuellt övergrepp från {A}, som enligt uppgift inte längre träffar {C}. Barnets {P1} tar det på allvar och har redan polisanmält.",
            "{C} säger i samtal: ”Det var en kille i min förra klass som tvingade mig. Han har flyttat nu.” Händelsen ska ha skett {PAST}.",
            "{C:s} {P2} har berättat att {C} utsattes för övergrepp av {P1} innan föräldrarna separerade. {P1_name} har inte träffat barnet på flera år och det finns ett kontaktförbud.",
        ),
    ),
    Scenario(
        family="sexuella_overgrepp/overgrepp_av_jamnarig",
        risk_factors=(RF.SEXUELLA_OVERGREPP,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=12,
        phrasings=(
            "{C} har berättat att {han} blev våldtagen av en jämnårig kille på en fest i {PLACE} {RECENT}. Polisanmälan är gjord och {C} har varit på akutmottagningen.",
            "Jag är mentor i åk 8 och har via en klasskompis fått veta att {C} utsattes för en sexuell handling mot sin vilja efter skolavslutningsfesten. {C} vill inte att föräldrarna ska få veta.",
            "Polisen informerar om att {C}, {AGE} år, är målsägande i en utredning om våldtäkt. Den misstänkte är 16 år och går på en annan skola.",
            "{C} har i flera veckor varit frånvarande i tankarna, och i dag berättade {han} att några killar i skolan tvingade {honom} till sexuella handlingar i ett förråd.",
            "Vid ungdomsmottagningen berättade {C} att {hans} tidigare pojkvän tvingade {honom} till sex vid flera tillfällen. De har gjort slut och {C} vill ha stöd.",
            "Jag är mamma till en kompis. Min dotter säger att {C} blev utsatt för övergrepp av en äldre kille på ett läger i somras och att {C} inte har berättat för någon vuxen.",
        ),
    ),
    Scenario(
        family="sexuella_overgrepp/exploatering_sex_mot_ersattning",
        risk_factors=(RF.SEXUELLA_OVERGREPP,),
        urgency=U.AKUT,
        utredning=True,
        min_age=13,
        phrasings=(
            "Vi har uppgifter om att {C} träffar äldre män som ger {honom} pengar, alkohol och kläder i utbyte mot sex. {C} ska enligt kompisar träffa en av dem igen i kväll.",
            "{C} har berättat för en kompis att {han} ”tar betalt” för att träffa vuxna män som {han} kommer i kontakt med via en app. Senast var det {RECENT}.",
            "Fältassistenterna har flera gånger sett {C} kliva in i bilar med vuxna män vid {PLACE} sent på kvällen. {C} har nya dyra saker som familjen inte kan förklara.",
            "Polisen har vid en kontroll hittat {C}, {AGE} år, i en lägenhet tillsammans med två vuxna män. Det finns misstankar om att {C} utnyttjas sexuellt mot ersättning.",
            "{C} säger själv att det ”bara är ett sätt att få pengar” och att {han} inte tycker att det är något konstigt. Männen är runt 40 år och kontakten pågår.",
            "Sex mot ersättning. Uppgifterna kommer från en anonym källa men är detaljerade: namn på mötesplatsen, tidpunkter och att {C} har träffat samme man flera gånger den senaste veckan.",
        ),
    ),
    Scenario(
        family="sexuella_overgrepp/nakenbilder_spridda",
        risk_factors=(RF.SEXUELLA_OVERGREPP,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=11,
        phrasings=(
            "Nakenbilder på {C} sprids just nu bland eleverna på {SCHOOL}. Bilderna skickades ursprungligen till en klasskompis som har delat dem vidare.",
            "{C} har blivit utsatt för att en film där {han} är naken har lagts upp i en gruppchatt. {C} säger att {han} blev pressad att ta den.",
            "I veckan fick vi veta att ett antal killar i klassen har delat sexuella bilder på {C} och hotar att sprida fler om {C} inte gör som de säger.",
            "Det florerar bilder på {C} utan kläder på sociala medier. {C} vill inte komma till skolan och {P1} vet inte vem som har lagt upp dem.",
            "Någon har skapat ett falskt konto i {C:s} namn där det läggs ut bilder av sexuell karaktär. Enligt {C} är det en tidigare vän som ligger bakom.",
            "Spridning av nakenbilder på en elev, {C}, {AGE} år. Polisanmälan är gjord av skolan och vårdnadshavare är informerade.",
        ),
    ),
    Scenario(
        family="sexuella_overgrepp/aldre_barn_i_hemmet",
        risk_factors=(RF.SEXUELLA_OVERGREPP,),
        urgency=U.AKUT,
        utredning=True,
        min_age=4,
        max_age=14,
        phrasings=(
            "{C} har berättat att {hans} storebror, som är 16 och bor hemma, kommer in på natten och tar på {honom} under täcket. Föräldrarna vet inte om det.",
            "Enligt {C} tvingar en kusin som bor hos familjen {honom} att göra sexuella saker när de vuxna inte är hemma. Senast hände det {RECENT}.",
            "En {AGE}-åring har berättat för mig att ett äldre syskon ”gör sånt som vuxna gör” med {honom} i badrummet när föräldrarna sover.",
            "{C:s} {P1} ringer och är förtvivlad: {C} har berättat att halvbrodern har utsatt {honom} för sexuella övergrepp. Halvbrodern bor kvar i hemmet och föräldern vet inte vad som ska göras.",
            "Misstanke om sexuella övergrepp från ett äldre syskon i samma hushåll. Barnet uppger att det har pågått sedan i vintras och att det senast skedde i helgen.",
            "”Han säger att det är en lek, men jag vill inte”, berättade {C} om vad storasysterns pojkvän, som ofta sover över, gör när de är ensamma.",
        ),
    ),
)
