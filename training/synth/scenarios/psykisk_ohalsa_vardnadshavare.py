"""A caregiver's mental illness (psykisk_ohalsa_vardnadshavare).

Urgency follows what the illness does to the care of the child: psychosis with a young
child alone with the parent is ``akut``; psychosis or suicidality with another adult
caring is ``skyndsam``; depression where caregiving works is ``normal`` and fits first-line
support. A hospitalised single parent whose child is left without care is ``akut``.
"""

from __future__ import annotations

from training.synth.scenario import Scenario
from triage.schema import RiskFactor as RF
from triage.schema import Urgency as U

SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        family="psykisk_ohalsa_vardnadshavare/psykos_ensam_med_barn",
        risk_factors=(RF.PSYKISK_OHALSA_VARDNADSHAVARE,),
        urgency=U.AKUT,
        utredning=True,
        min_age=0,
        max_age=6,
        phrasings=(
            "{C:s} {P1} verkar psykotisk. {P1_name} pratade i dag vid hämtningen om att grannarna avlyssnar lägenheten och att {C} måste skyddas från ”strålningen”. {P1_name} är ensam med barnet.",
            "Jag är {C:s} morbror. Min syster har slutat ta sin medicin och hör röster igen. Hon har låst in sig med {C}, som är {AGE} år, och säger att ingen får komma in.",
            "Barnets {P1} har under veckan blivit alltmer förvirrad, sover inte och pratar osammanhängande. {C} är hemma med {P1} på dagarna och ingen annan vuxen finns i hushållet.",
            "Psykiatrin informerar om att en patient med känd schizofreni har avvikit från avdelningen i morse. Patienten har ensam vårdnad om {C}, {AGE} år, som enligt uppgift är hemma med en barnvakt som ska gå klockan 17.",
            "Barnets {P1} stod i morse utanför {PRESCHOOL} i bara strumplästen och skrek att barnen var i fara, och gick sedan därifrån med {C}. Föräldern har tidigare vårdats för psykos.",
            "Jag är granne. Barnets {P1} har de senaste dygnen spelat hög musik på nätterna, skrikit om djävulen och satt upp folie för fönstren. Den lilla är hemma hela tiden och jag har inte sett någon annan vuxen där.",
            "Enligt {C} säger {P1} att maten är förgiftad och har inte låtit {honom} äta sedan {RECENT}. {C} är ensam med {P1}.",
        ),
    ),
    Scenario(
        family="psykisk_ohalsa_vardnadshavare/psykos_annan_vuxen_finns",
        risk_factors=(RF.PSYKISK_OHALSA_VARDNADSHAVARE,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=0,
        phrasings=(
            "{C:s} {P1} har fått ett psykotiskt skov och är inlagd sedan {RECENT}. Barnets {P2} tar hand om {C}, men {C} såg när {P1} hämtades av polis och ambulans.",
            "Barnens {P1} har bipolär sjukdom och är just nu i en manisk fas. {P2_name} har tagit över omsorgen och sover hemma med barnen, men vi är oroliga för hur {C} har det.",
            "{C} berättar att {P1} ”pratar med någon som inte finns” och ibland skriker mitt i natten. Mormor bor hos familjen och {C} sover hos henne.",
            "Vuxenpsykiatrin gör en anmälan: vår patient har psykotiska symtom och har barn i hemmet. Den andra föräldern finns i hemmet och är informerad.",
            "Under ett samtal med {P2} framkom att {P1} de senaste veckorna har haft vanföreställningar om att barnen övervakas. {P2_name} är hemma med barnen och har kontaktat psykiatrin.",
            "{C} verkar orolig och trött. Enligt {C} är {P1} ”sjuk i huvudet” igen, tror att folk förföljer familjen och har slutat gå till jobbet. Barnets {P2} finns hemma.",
        ),
    ),
    Scenario(
        family="psykisk_ohalsa_vardnadshavare/depression_omsorg_fungerar",
        risk_factors=(RF.PSYKISK_OHALSA_VARDNADSHAVARE,),
        urgency=U.NORMAL,
        utredning=False,
        min_age=0,
        phrasings=(
            "{C:s} {P1} har berättat om sin sjukskrivning för depression och att hen går i samtal på vårdcentralen. {C} kommer i tid, är ren och har med sig det {han} ska, men föräldern skulle vilja ha stöd i föräldraskapet.",
            "Jag vill inte överdriva, men {P1} har sagt till mig att det är tungt psykiskt just nu. Barnet verkar ha det bra och hämtas och lämnas som vanligt.",
            "{P1_name} tar antidepressiv medicin och har kontakt med psykiatrin. {P1_name} säger att vardagen fungerar men att orken tar slut på kvällarna, och undrar om det finns något stöd för familjen.",
            "Vårdnadshavaren har en känd depression sedan flera år. Omsorgen om {C} bedöms fungera; vi anmäler för att {C} har frågat varför {P1} gråter så mycket.",
            "Jag är sjuksköterska på {CLINIC}. Min patient, {C:s} {P1}, har en måttlig depression. Hen fungerar som förälder och vill gärna ha kontakt med familjecentralen.",
            "{C} säger att {P1} är ”ledsen i huvudet” och sover mycket på helgerna, men att de äter middag tillsammans och att {P1} hjälper till med läxorna.",
            "Mamma har utmattningssyndrom och är sjukskriven. Barnen har det bra, pappa bor också hemma och familjen har själva bett om samtalsstöd.",
        ),
    ),
    Scenario(
        family="psykisk_ohalsa_vardnadshavare/svar_depression_omsorg_brister",
        risk_factors=(RF.PSYKISK_OHALSA_VARDNADSHAVARE, RF.FORSUMMELSE),
        urgency=U.NORMAL,
        utredning=True,
        min_age=6,
        phrasings=(
            "{C:s} {P1} har en svår depression och ligger enligt {C} i sängen nästan hela dagarna. {C} får själv ordna frukost och kläder, och det finns sällan mat hemma.",
            "{C} kommer ofta utan matsäck och i smutsiga kläder. {C} säger att {P1} ”är sjuk och sover jämt” och att {han} fixar sig själv på morgonen.",
            "Vi har under lång tid sett att {C} tar hand om sig själv. {C:s} {P1} har en psykisk sjukdom och orkar inte med vardagen; inga tider hålls, och {C} har inte varit hos tandläkaren på flera år.",
            "Enligt {C:s} mormor har {P1} varit deprimerad i över ett år och tar inte hand om hemmet. Det är smutsigt, disken står i veckor och {C} äter mest mackor.",
            "Barnets {P1} svarar inte i telefon, kommer inte på möten och har själv sagt sig inte orka någonting på grund av sin depression. {C} har tappat i skolan och är ofta hungrig.",
            "”Hemma gör jag allt själv, {P1} bara ligger”, sa {C}. Enligt {C} har {P1} varit så sedan i höstas.",
        ),
    ),
    Scenario(
        family="psykisk_ohalsa_vardnadshavare/inlagd_barn_utan_omsorg",
        risk_factors=(RF.PSYKISK_OHALSA_VARDNADSHAVARE, RF.FORSUMMELSE),
        urgency=U.AKUT,
        utredning=True,
        min_age=6,
        max_age=14,
        phrasings=(
            "{C:s} {P1}, som är ensamstående, blev inlagd på psykiatrisk akutavdelning i natt. {C} är ensam hemma och ingen vet vem som ska ta hand om {honom}.",
            "Psykiatrin ringer: en patient som tvångsvårdas sedan i morse har berättat att hennes barn, {AGE} år, är ensamt i lägenheten på {ADDRESS}. Ingen annan vårdnadshavare finns.",
            "{C} kom till skolan i dag och sa att {P1} åkte ambulans i går kväll. {C} har sovit ensam hemma och har ingen att gå hem till i eftermiddag.",
            "Vårdnadshavaren har lagts in efter ett suicidförsök. Barnet, {C}, är hos en granne sedan i går, men grannen kan inte ha {honom} kvar och vet inte vem som ska kontaktas.",
            "Akut behov av omsorg. Ensamstående {P1} inlagd inom psykiatrin sedan {RECENT}; {C} har enligt uppgift varit själv hemma sedan dess.",
            "Enligt {C} har {P1} ”åkt till sjukhuset för att {P1} var ledsen” och det finns ingen annan hemma. {C} har ätit det som fanns i frysen.",
        ),
    ),
    Scenario(
        family="psykisk_ohalsa_vardnadshavare/inlagd_ordnad_omsorg",
        risk_factors=(RF.PSYKISK_OHALSA_VARDNADSHAVARE,),
        urgency=U.NORMAL,
        utredning=False,
        min_age=0,
        phrasings=(
            "{C:s} {P1} är inlagd på psykiatrisk avdelning sedan förra veckan. {C} bor under tiden hos mormor, som fungerar bra som omsorgsgivare, och familjen önskar stödsamtal för {C}.",
            "Barnets {P1} vårdas inneliggande för depression. {P2_name} är hemma med barnen och omsorgen fungerar; {P2_name} har själv bett om kontakt med familjestödet.",
            "Vi vill informera om att {P1_name} är inlagd inom psykiatrin och att {C} under tiden bor hos sin {P2}, som har ordnat med det praktiska. Vi ser ingen akut oro men {C} behöver någon att prata med.",
            "Jag är kurator på avdelningen. Min patient har barn och vill att barnen ska få stöd. Barnen bor med den andra föräldern under vårdtiden och allt fungerar praktiskt.",
            "{C} berättar att {P1} ligger på sjukhus ”för att {P1} var så trött och ledsen”. {C} bor hos farmor så länge och verkar ha det tryggt där.",
            "Inläggning inom psykiatrin för vårdnadshavare. Omsorgen om {C} är tillgodosedd genom {P2}, och familjen är positiv till stöd via barngruppsverksamheten.",
        ),
    ),
    Scenario(
        family="psykisk_ohalsa_vardnadshavare/suicidal_foralder",
        risk_factors=(RF.PSYKISK_OHALSA_VARDNADSHAVARE,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=4,
        phrasings=(
            "{C} berättade att {P1} har sagt: ”Jag vill inte leva längre.” Dessutom har {C} hittat ett avskedsbrev i köket. Föräldern har kontakt med psykiatrin.",
            "{C:s} {P1} gjorde ett suicidförsök för en månad sedan och {C} var den som hittade {P1}. Föräldern är hemma igen och har kontakt med psykiatrin, men {C} är mycket orolig.",
            "Vid ett besök på vårdcentralen uttryckte {P1_name} tankar på att ta sitt liv. Hen bor ensam med {C}. Psykiatrin har kopplats in och en ny tid är bokad.",
            "Jag är orolig för {C}. {C:s} {P1} pratar öppet med {honom} om att dö och har sagt att {C} ”klarar sig bättre utan mig”.",
            "”Jag vaktar {P1} på nätterna så att {P1} inte gör sig illa”, sa {C} till mig. Enligt {C} har {P1} försökt ta livet av sig tidigare.",
            "Vårdnadshavaren har återkommande suicidtankar och har tidigare gjort två försök. Barnet är {AGE} år och bor med vårdnadshavaren på heltid.",
        ),
    ),
    Scenario(
        family="psykisk_ohalsa_vardnadshavare/postpartum",
        risk_factors=(RF.PSYKISK_OHALSA_VARDNADSHAVARE,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=0,
        max_age=1,
        phrasings=(
            "Vid hembesöket berättade mamman att hon har påträngande tankar på att skada bebisen och inte vågar vara ensam med barnet. Pappan är föräldraledig och hemma. Hon har fått en akut tid i psykiatrin.",
            "BVC-sjuksköterskan har sett att {C:s} mamma har en djup förlossningsdepression. Hon gråter under hela besöket, säger att hon inte känner något för barnet och att hon inte orkar mer.",
            "Jag är barnmorska. Den nyblivna mamman har en svår förlossningsdepression, sover inte och har sagt att barnet ”hade det bättre utan mig”. Barnets pappa är hemma och har kontaktats.",
            "Mamman till {C}, fyra månader, har fått diagnosen postpartumdepression. Hon har svårt att ta hand om barnets grundläggande behov och partnern får göra det mesta.",
            "{C} är tre veckor gammal. Mamman har enligt pappan slutat äta och sova, pratar konstigt och har blivit inlagd för förlossningspsykos. Pappan är nu ensam med barnet och har bett om stöd.",
            "Oro efter besök på BVC: förälderns psykiska mående efter förlossningen har försämrats kraftigt och hen har uttryckt rädsla för att tappa kontrollen med barnet. Den andra föräldern finns hemma.",
        ),
    ),
)
