"""The young person's own alcohol and drug use (eget_missbruk).

Drug use and repeated heavy drinking are ``skyndsam`` and need ``utredning``; drinking at a
party once, with engaged parents, is ``normal`` and fits first-line support. Selling drugs
is also the young person's own crime (``kriminalitet``).
"""

from __future__ import annotations

from training.synth.scenario import Scenario
from triage.schema import RiskFactor as RF
from triage.schema import Urgency as U

SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        family="eget_missbruk/cannabis",
        risk_factors=(RF.EGET_MISSBRUK,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=12,
        phrasings=(
            "{C} har vid flera tillfällen kommit till skolan påverkad, med röda ögon och fnissig, och luktar cannabis. {C} har själv sagt till en kompis att {han} röker ”varje dag nu”.",
            "Polisen har {RECENT} tagit {C}, {AGE} år, för ringa narkotikabrott efter att ha hittat hasch i {hans} ficka vid {PLACE}. {C} erkände eget bruk.",
            "{C:s} {P1} hittade en grinder och gräs i {C:s} rum och är förtvivlad. {C} medger att {han} har rökt på sedan i somras.",
            "Jag är fältassistent och har sett {C} röka på med äldre ungdomar i parken flera kvällar i rad. {C} var tydligt påverkad när vi pratade.",
            "Urinprovet som togs på ungdomsmottagningen var positivt för THC. {C} säger att {han} ”bara röker på helgerna”, men {hans} närvaro och betyg har rasat.",
            "”Alla röker ju, det är inte farligare än alkohol”, sa {C} när jag frågade om cannabislukten. {C} har blivit trött och ointresserad av allt.",
            "Misstanke om narkotikabruk. {C} har tappat sina gamla kompisar, sover bort dagarna och har ont om pengar hela tiden. En kompis säger att {C} köper gräs av en kille i {PLACE}.",
        ),
    ),
    Scenario(
        family="eget_missbruk/alkohol_fest_en_gang",
        risk_factors=(RF.EGET_MISSBRUK,),
        urgency=U.NORMAL,
        utredning=False,
        min_age=13,
        phrasings=(
            "{C} var berusad på en fest i helgen och polisen körde hem {honom}. Det är första gången något sådant hänt, och föräldrarna tog det på stort allvar.",
            "Polisen omhändertog {C}, {AGE} år, enligt LOB i lördags efter att ha druckit på en skolavslutning. {C:s} {P1} hämtade och har sedan själv hört av sig och vill ha stöd.",
            "En vakt på {ORG} ringde hem till familjen efter att {C} druckit sprit med kompisar på en fest. Föräldrarna hämtade direkt. Ingen tidigare oro.",
            "Jag är {C:s} {P1} och skriver för att vår {AGE}-åring kom hem full efter en fest i fredags. Vi har pratat mycket om det hemma, men vill gärna att någon utomstående också pratar med {honom}.",
            "{C} blev illamående av alkohol på en klassfest och fick hämtas av {P1}. Det är en engångshändelse enligt både {C} och föräldrarna.",
            "Första kända tillfället med alkohol. {C} drack öl och vodka på en hemmafest i {PLACE}. Vårdnadshavarna är engagerade och positiva till samtal på Maria ungdom.",
        ),
    ),
    Scenario(
        family="eget_missbruk/alkohol_upprepat",
        risk_factors=(RF.EGET_MISSBRUK,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=13,
        phrasings=(
            "Det här är tredje gången i år som polisen omhändertar {C} för berusning. Senast {RECENT} hittades {C} liggande i en buske vid {PLACE} och fick köras till akuten.",
            "{C} dricker enligt kompisar varje helg, ofta tills {han} däckar. {C} har berättat att {han} tar sprit från {P1}s skåp och köper av äldre killar.",
            "{C:s} {P1} har hittat tomma flaskor under sängen flera gånger och säger att {C} ofta kommer hem full mitt i veckan.",
            "{C} kom till skolan berusad på morgonen för andra gången den här månaden. {C} luktade starkt av alkohol och kunde inte gå rakt.",
            "Ungdomen har vårdats för alkoholförgiftning två gånger det senaste halvåret. {C} säger att {han} dricker ”för att stänga av”.",
            "”Jag dricker inte mer än andra”, säger {C}, men enligt föräldrarna är {han} berusad flera kvällar i veckan.",
        ),
    ),
    Scenario(
        family="eget_missbruk/tabletter_och_narkotika",
        risk_factors=(RF.EGET_MISSBRUK,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=13,
        phrasings=(
            "{C} har köpt tabletter, troligen Tramadol och Xanax, via Telegram. {C} verkar sluddrig och ”borta” i skolan och har somnat på lektionerna.",
            "Polisen hittade {RECENT} {C} kraftigt påverkad av något som kan ha varit spice. {C} fick föras till sjukhus och har nu skrivits ut till {P1}.",
            "En kompis till {C} berättar att {C} tar ”benzo” nästan varje dag och blandar med alkohol. Kompisen är rädd att något ska hända.",
            "{C:s} {P1} hittade en påse med piller och en lista med beställningar i {C:s} telefon. {C} säger att det ”bara är för att sova”.",
            "Vi misstänker narkotikabruk. {C} har små pupiller, är trött och ofokuserad och har stora humörsvängningar. {C} har själv antytt att {han} ”testat lite olika grejer”.",
            "Misstanke om att {C} missbrukar receptbelagda läkemedel. Det har försvunnit tabletter från mormors medicinskåp, och {C} har vid två tillfällen varit svår att väcka.",
        ),
    ),
    Scenario(
        family="eget_missbruk/saljer_droger",
        risk_factors=(RF.EGET_MISSBRUK, RF.KRIMINALITET),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=13,
        phrasings=(
            "{C} säljer gräs till andra elever på skolgården och röker själv dagligen, enligt flera elever. Vi har sett {honom} med stora summor kontanter.",
            "Polisen har gripit {C} med 30 gram cannabis uppdelat i påsar samt en våg. {C} erkände eget bruk och försäljning till kompisar.",
            "Enligt uppgift från en förälder säljer {C} tabletter i {PLACE} för att finansiera sitt eget missbruk.",
            "{C} berättade för mig att {han} ”langar lite” för att ha råd med sitt eget rökande. Det verkade inte som att {han} förstod allvaret.",
            "Vid en husrannsakan hos familjen hittades narkotika i {C:s} rum, förpackat för försäljning. {C} har tidigare varit påverkad i skolan.",
            "Ungdomen är misstänkt för narkotikabrott – både innehav för eget bruk och överlåtelse till andra ungdomar.",
        ),
    ),
)
