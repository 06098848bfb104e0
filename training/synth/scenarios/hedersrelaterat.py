"""Honour-related violence and oppression (hedersrelaterat).

Threats of honour-related violence, forced marriage and fear of being taken abroad are
``akut``. Control and restrictions without threats are ``skyndsam``. All route to
``utredning``.
"""

from __future__ import annotations

from training.synth.scenario import Scenario
from triage.schema import RiskFactor as RF
from triage.schema import Urgency as U

SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        family="hedersrelaterat/hot_om_hedersvald",
        risk_factors=(RF.HEDERSRELATERAT,),
        urgency=U.AKUT,
        utredning=True,
        min_age=11,
        phrasings=(
            "{C} berättar att familjen har fått veta att {han} har en pojkvän eller flickvän. {C:s} {P1} har sagt att {C} ”har smutsat ner familjens heder” och att {han} ska ”få som {han} förtjänar”.",
            "{C} vågar inte gå hem. Enligt {C} har {hans} äldre bror sagt att {han} kommer att dödas om {han} fortsätter träffa sin kompis från skolan. Brodern har tidigare låst in {honom} på rummet.",
            "I dag kom {C} till mig och sa: ”Om min pappa får veta att jag har pratat med er slår han ihjäl mig. Han har sagt det förut.” Det handlar om att {C} inte vill leva som familjen bestämmer.",
            "En kompis till {C} berättar att {C} har fått hot från släktingar efter att bilder på {C} med en kille spridits. {C} säger att farbror har sagt att ”det finns bara ett sätt att tvätta bort skammen”.",
            "Misstanke om hedersrelaterat våld och hot. {C} har fått höra att {han} kommer att skickas bort eller skadas om {han} inte bryter kontakten med sin partner.",
            "{C} säger att {P1} {RECENT} skrek att {han} ska ”få betala” för att {han} hade visat håret på en bild. {C} är rädd för vad som händer när resten av släkten får veta.",
            "Jag är kurator. {C} har berättat att hela släkten har haft möte om {hans} beteende och att {hans} kusin har hotat med att ”ta hand om saken”.",
        ),
    ),
    Scenario(
        family="hedersrelaterat/hedersvald_misshandel",
        risk_factors=(RF.HEDERSRELATERAT, RF.VALD_MOT_BARN),
        urgency=U.AKUT,
        utredning=True,
        min_age=11,
        phrasings=(
            "{C} har blåmärken på armarna och säger att {P1} slog {honom} {RECENT} för att {han} hade visat håret på en bild. Enligt {C} handlar det om familjens heder.",
            "{C} berättar att {hans} storebror och {P1} misshandlade {honom} i helgen efter att ha hittat {hans} hemliga Instagramkonto. ”De sa att jag har vanärat familjen.”",
            "Skolsköterskan har sett {C} med ett svullet öga. {C} uppger att {hans} farbror slog {honom} för att {han} setts med en kompis av det motsatta könet, och att släkten ”inte är klar” med {honom}.",
            "Våld i hederskontext: {C} har blivit slagen med en sladd av {P1} som straff för att {han} varit ute efter skolan utan lov. Syskonen ska ha hållit fast {honom}.",
            "”Pappa och mina bröder slog mig för att jag har en pojkvän”, skrev {C} i ett meddelande till mig {RECENT}. {C} vill inte gå hem.",
            "{C} har varit frånvarande i tre dagar och kom i dag tillbaka med märken i ansiktet. {C} berättar att familjen straffade {honom} för att {han} vägrat följa familjens klädregler, och att det är ”för hederns skull”.",
        ),
    ),
    Scenario(
        family="hedersrelaterat/tvangsaktenskap",
        risk_factors=(RF.HEDERSRELATERAT,),
        urgency=U.AKUT,
        utredning=True,
        min_age=12,
        phrasings=(
            "{C} har berättat att {hans} föräldrar har bestämt att {han} ska gifta sig med en kusin i sommar. {C} vill inte och säger att {han} inte har något val.",
            "{C}, {AGE} år, säger att familjen har förlovat {honom} med en man som är 30 år. Bröllopet ska enligt {C} hållas under sommarlovet.",
            "Jag är {C:s} lärare. {C} visade en ring och sa gråtande att {han} ”ska gifta sig nästa månad” med någon {han} aldrig träffat.",
            "Det har framkommit att {C} har ingått ett religiöst äktenskap med en vuxen. {C} bor fortfarande hemma men uppger att {han} inte ville gifta sig.",
            "{C} säger att {P1} pressar {honom} att gifta sig och har hotat med att {C} annars inte längre ”är en del av familjen”. {C} är rädd.",
            "Oro för tvångsäktenskap. {C} har nämnt att det ska firas ”förlovning” i helgen och att {han} inte fick säga nej.",
        ),
    ),
    Scenario(
        family="hedersrelaterat/bortforande_utomlands",
        risk_factors=(RF.HEDERSRELATERAT,),
        urgency=U.AKUT,
        utredning=True,
        min_age=8,
        phrasings=(
            "{C} är rädd för att bli lämnad kvar i hemlandet under sommarlovet. Familjen har bokat enkelbiljetter och {C} har hört att {han} ska ”lära sig veta sin plats” hos släktingar.",
            "{C} berättade att {P1} har tagit {hans} pass och sagt att de ska resa till {P1}s hemland på fredag. {C} vet inte när de ska komma tillbaka och tror att det är för att {han} ska giftas bort.",
            "En klasskompis säger att {C} har skrivit till henne att {han} ska skickas utomlands ”för att bli uppfostrad” och att {han} inte vill åka. Resan ska vara nästa vecka.",
            "{C} har inte kommit till skolan sedan {DATE}. Familjen uppger att {C} är ”på semester” hos släkten utomlands, men {C} skrev till en kompis att {han} är inlåst och inte får åka hem.",
            "{C:s} {P1} sa i samtal att {C} ska bo hos farmor utomlands ett år ”för att komma ifrån dåliga kompisar”. {C} säger själv att {han} inte vill och är rädd.",
            "Risk för bortförande. {C} har berättat att familjen planerar en resa under lovet där {han} ska stanna kvar och gå i en koranskola. {C} grät och bad oss om hjälp.",
            "”Om jag åker dit kommer jag aldrig tillbaka”, sa {C} om resan som familjen har planerat till nästa vecka.",
        ),
    ),
    Scenario(
        family="hedersrelaterat/kontroll_begransningar",
        risk_factors=(RF.HEDERSRELATERAT,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=10,
        phrasings=(
            "{C} får inte delta i idrotten eller simundervisningen och får inte följa med på klassresan. {C} berättar att {hans} telefon kontrolleras varje kväll och att {han} inte får ha kompisar av motsatt kön.",
            "{C:s} {SIB_role} följer {honom} till och från skolan varje dag och rapporterar till föräldrarna vem {han} pratar med. {C} säger att {han} inte har blivit hotad men att {han} inte får göra något själv.",
            "{C} beskriver ett liv med starka begränsningar: {han} får inte vara ute efter skolan, inte ha sociala medier och inte välja sina kläder. Det handlar enligt {C} om familjens rykte.",
            "Vi misstänker att {C} lever i ett hedersrelaterat sammanhang. {C} har slutat med sina fritidsaktiviteter efter att en släkting sett {honom} med en kompis, och {C} blir orolig när vi pratar om framtiden.",
            "{C} säger att {han} måste komma direkt hem och att {hans} kusiner ”håller koll” på {honom} i skolan. Inga hot har framkommit, men {C} mår dåligt av kontrollen.",
            "”Jag får inte ens välja gymnasium själv, det bestämmer pappa och farbror”, sa {C}. {C} får inte gå på fester eller ha en pojk- eller flickvän.",
            "Eleven får inte delta i skolans sexualundervisning, inte vara med på skolresan och måste bära telefon med platsdelning påslagen. Inga hot, men eleven uttrycker att {han} ”inte får leva sitt eget liv”.",
        ),
    ),
    Scenario(
        family="hedersrelaterat/hbtq_hot",
        risk_factors=(RF.HEDERSRELATERAT,),
        urgency=U.AKUT,
        utredning=True,
        min_age=12,
        phrasings=(
            "{C} har berättat för familjen att {han} är homosexuell. Sedan dess har {P1} sagt att {C} är en skam och att {han} ska ”botas” utomlands, och {C:s} bror har hotat med stryk.",
            "{C} är transperson och har kommit ut för sina föräldrar. Enligt {C} hotar {P1} med att kasta ut {honom} och säger att släkten ”kommer att göra något” om det kommer ut.",
            "{C} vågar inte sova hemma i natt. Familjen har hittat meddelanden mellan {C} och en person av samma kön och {C} har fått höra att {han} ”inte längre är någons barn” och att {han} ska straffas.",
            "Jag jobbar på ungdomsmottagningen. {C}, {AGE} år, berättar att {han} är bisexuell och att {P1} har hotat med att skicka {honom} till släkten för att ”få ordning” på {honom}.",
            "{C} har fått sms från en farbror: ”Du har förstört familjens namn, du ska betala.” Anledningen är att {C} har kommit ut som queer.",
            "Hot från familjen kopplat till {C:s} sexuella läggning. {C} har fått veta att föräldrarna planerar en resa till hemlandet ”för att lösa problemet”.",
        ),
    ),
)
