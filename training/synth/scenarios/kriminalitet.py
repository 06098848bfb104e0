"""The young person's own crime (kriminalitet).

Serious youth crime – robbery, weapons, drug dealing, assault, recruitment into criminal
networks – is ``skyndsam`` and needs ``utredning``. Threats from a network that put the
young person's life at risk are ``akut``. A first minor offence with engaged parents is
``normal`` and fits first-line support.
"""

from __future__ import annotations

from training.synth.scenario import Scenario
from triage.schema import RiskFactor as RF
from triage.schema import Urgency as U

SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        family="kriminalitet/ran",
        risk_factors=(RF.KRIMINALITET,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=12,
        phrasings=(
            "{C} är misstänkt för rån mot en jämnårig vid {PLACE} {RECENT}. Enligt polisen hotade {C} och två kompisar offret och tog hans telefon och jacka.",
            "Polisen underrättar om att {C_full}, {AGE} år, har delgetts misstanke om grovt rån. Vid rånet användes kniv.",
            "Jag har fått höra från flera elever att {C} och några äldre killar har rånat yngre barn på deras mobiler i centrum. En av dem säger att {C} slog honom.",
            "Misstanke om rån och olaga hot. {C} ska tillsammans med andra ha tvingat en 13-åring att föra över pengar via Swish.",
            "{C:s} {P1} har själv berättat att {C} har gripits för rån och att föräldrarna inte längre vet vad de ska göra med {honom}.",
            "{C} skröt i klassen om att ha ”tagit grejer” från en kille i tunnelbanan. Senare fick vi veta av polisen att det finns en rånanmälan där {C} är misstänkt.",
        ),
    ),
    Scenario(
        family="kriminalitet/kniv_vapen",
        risk_factors=(RF.KRIMINALITET,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=12,
        phrasings=(
            "{C} hade med sig en kniv till skolan i tisdags och visade den för andra elever. {C} sa att {han} behöver den ”för att skydda sig”.",
            "Vid en kontroll i {PLACE} påträffades {C}, {AGE} år, med en kniv i midjan. Ärendet har anmälts som brott mot knivlagen.",
            "Jag har sett bilder på {C} på sociala medier där {han} poserar med något som ser ut som ett skjutvapen.",
            "Enligt polisen har {C} vid två tillfällen den senaste månaden påträffats med tillhyggen, senast en batong och en kniv.",
            "{C:s} {P1} hittade en kniv och en påse med slangbella och kulor i {C:s} ryggsäck och kontaktade oss.",
            "Vapen i skolan: en elev, {C}, bar kniv under skoldagen. {C} har tidigare varit inblandad i slagsmål.",
            "Vid en väskkontroll på fritidsgården hittades en butterflykniv hos {C}. {C} sa att ”alla har en” och att {han} inte tänker sluta bära den.",
        ),
    ),
    Scenario(
        family="kriminalitet/narkotikaforsaljning",
        risk_factors=(RF.KRIMINALITET,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=13,
        phrasings=(
            "Polisen har gripit {C} vid {PLACE} med ett tjugotal förpackade påsar cannabis och 4 000 kronor i kontanter. {C} förnekar eget bruk och drogtestet var negativt.",
            "{C} har enligt flera elever börjat sälja narkotika åt äldre killar. {C} har nya dyra kläder och flera telefoner.",
            "Fältassistenterna har sett {C} agera ”springpojke” vid centrum: {C} tar emot små paket och lämnar dem till olika personer.",
            "{C:s} {P1} hörde av sig och berättade om en våg och många små påsar som låg i {C:s} garderob. {C} säger att det ”inte är {hans}”.",
            "Misstanke om narkotikaförsäljning. {C} har setts i bilar med äldre personer som är kända för polisen, och hämtar och lämnar väskor.",
            "”Jag tjänar mer på en helg än mamma gör på en månad”, ska {C} ha sagt till en klasskompis. Enligt kompisen säljer {C} droger.",
        ),
    ),
    Scenario(
        family="kriminalitet/rekrytering_natverk",
        risk_factors=(RF.KRIMINALITET,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=11,
        phrasings=(
            "Vi är oroliga för att {C} håller på att rekryteras in i ett kriminellt nätverk. {C} umgås med äldre killar från {PLACE} som är kända av polisen och får ”uppdrag” via telefonen.",
            "Polisens kontaktpolis informerar om att {C}, {AGE} år, har setts tillsammans med personer i ett känt nätverk vid flera tillfällen. Det finns uppgifter om att {C} förvarar saker åt dem.",
            "{C} har på kort tid fått dyra kläder, en ny telefon och pratar om att ”jobba” åt någon. {C} har slutat träna och kommer hem sent.",
            "En förälder i klassen har sett {C} i en bil med två vuxna män som ska vara inblandade i nätverkskriminalitet. {C:s} {P1} säger sig inte kunna stoppa {honom}.",
            "Jag är {C:s} tränare i {CLUB}. {C} har berättat att några äldre har erbjudit {honom} 5 000 kronor för att ”hålla i en väska”. {C} tycker att det låter som lätta pengar.",
            "Oro för rekrytering. {C} har börjat använda krypterade appar, har flera telefoner och säger att {han} har ”bröder” i området som tar hand om {honom}.",
            "Vi ser tecken på att {C} dras in i kriminalitet: {han} har börjat umgås med äldre som säljer narkotika i {PLACE}, har pengar som inte går att förklara och har slutat svara föräldrarna.",
        ),
    ),
    Scenario(
        family="kriminalitet/hot_mot_livet_natverk",
        risk_factors=(RF.KRIMINALITET,),
        urgency=U.AKUT,
        utredning=True,
        min_age=13,
        phrasings=(
            "{C} har blivit hotad till livet av personer i ett kriminellt nätverk efter en skuld på 50 000 kronor. {C} säger att de vet var {han} bor och har sagt att {han} ”är död” om {han} inte betalar i kväll.",
            "Polisen informerar om att {C}, {AGE} år, pekas ut som mål i en pågående konflikt mellan två grupperingar. Det har skjutits mot en bil där {C} befann sig {RECENT}.",
            "{C} ringde mig gråtande och berättade att någon har skickat bilder på {hans} port med texten ”vi kommer”. {C} vågar inte gå hem.",
            "Under samtalet sa {C} att {han} tappat ett paket som {han} skulle leverera och att de äldre nu säger att {han} ska ”betala med livet”. {C} har gömt sig hos en kompis.",
            "Familjen har utsatts för ett handgranatsattentat mot ytterdörren i natt. Polisen bedömer att det riktades mot {C}, som misstänks ha kopplingar till ett nätverk.",
            "{C:s} {P1} hör av sig i panik: okända har kört förbi huset och skrikit att de ska döda {C}. {C} har berättat att {han} är skyldig pengar till ett gäng.",
        ),
    ),
    Scenario(
        family="kriminalitet/forsta_snatteri",
        risk_factors=(RF.KRIMINALITET,),
        urgency=U.NORMAL,
        utredning=False,
        min_age=10,
        phrasings=(
            "{C} greps för snatteri av en mascara och godis på {ORG} {RECENT}. Det är första gången, och {P1} kom direkt och tog det mycket allvarligt.",
            "Polisen underrättar om att {C}, {AGE} år, är misstänkt för snatteri. {C} har inte förekommit tidigare. Vårdnadshavarna var närvarande vid förhöret och är engagerade.",
            "Jag är {C:s} {P1}. {C} snattade en tröja tillsammans med en kompis i förra veckan. Vi föräldrar har pratat länge med {C} och vill gärna ha stöd så att det inte händer igen.",
            "Butikspersonal tog {C} för att ha stoppat ett par hörlurar i fickan. {C} var mycket ångerfull och {C:s} {P1} hämtade och betalade.",
            "Första kända brottet. {C} snattade kosmetika på ett köpcentrum. Familjen fungerar väl och föräldrarna är positiva till ett samtal.",
            "”Det var dumt, jag vet”, sa {C} när {P1_name} hämtade {honom} efter snatteriet. Det finns ingen annan oro kring {C}.",
            "Snatteri, värde 149 kr. Ej tidigare känd. Mamma hämtade på plats och var mycket engagerad.",
            "{C} och en kompis tog godis och en energidryck utan att betala. {C} har själv berättat det hemma och föräldrarna ringde till butiken för att be om ursäkt.",
        ),
    ),
    Scenario(
        family="kriminalitet/skadegorelse_forsta",
        risk_factors=(RF.KRIMINALITET,),
        urgency=U.NORMAL,
        utredning=False,
        min_age=10,
        phrasings=(
            "{C} och två kompisar har klottrat på en skolbyggnad i helgen. Det är första gången {C} är misstänkt för något, och föräldrarna har tagit kontakt med skolan för att ersätta skadan.",
            "Polisen meddelar att {C} är misstänkt för skadegörelse efter att ha sparkat sönder en busskur. {C} har inte förekommit tidigare och {P1} är engagerad.",
            "{C} har tillsammans med andra krossat fönster på ett förråd. Föräldrarna är chockade, har pratat med {C} och vill ha stöd från fältgruppen.",
            "En granne såg {C} sprejmåla på en vägg vid {PLACE}. När {C:s} {P1} fick veta följde {P1} med {C} till fastighetsägaren för att be om ursäkt.",
            "Ringa skadegörelse av en {AGE}-åring utan tidigare brottslighet. Familjen samarbetar.",
            "{C} tände eld på en papperskorg ”på skoj” med kompisar. Det blev inga större skador och föräldrarna har tagit det på största allvar.",
        ),
    ),
    Scenario(
        family="kriminalitet/misshandel_av_annan",
        risk_factors=(RF.KRIMINALITET,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=12,
        phrasings=(
            "{C} är misstänkt för misshandel av en jämnårig vid {PLACE}. Offret fick föras till sjukhus med brutet näsben.",
            "{C} och några kompisar sparkade en kille som låg ner och filmade det. Filmen sprids nu på skolan.",
            "Polisen har tagit upp en anmälan om grov misshandel där {C}, {AGE} år, är misstänkt. Det finns uppgifter om att ett slagträ användes.",
            "Enligt {C:s} {P1} har {C} slagit ner en främmande person i stan utan anledning. {C} säger själv att {han} ”inte minns”.",
            "{C} misshandlade en elev på skolgården under rasten så allvarligt att eleven förlorade medvetandet en kort stund.",
            "Det är tredje gången i år som {C} misstänks för misshandel. Senast {RECENT}, då en 14-åring fick sy flera stygn i ansiktet.",
        ),
    ),
    Scenario(
        family="kriminalitet/upprepad_brottslighet",
        risk_factors=(RF.KRIMINALITET,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=12,
        phrasings=(
            "Polisen har under året upprättat sju anmälningar där {C} är misstänkt: snatterier, inbrott i förråd, olovlig körning och senast stöld av en moped.",
            "{C} har förekommit i ett stort antal polisanmälningar det senaste halvåret och brotten blir allt grövre. Familjen verkar inte ha någon kontroll.",
            "Upprepad brottslighet. {C} har varit misstänkt för bilinbrott vid fyra tillfällen och för olaga hot mot en butiksanställd.",
            "{C:s} {P1} berättar att polisen har varit hem till dem flera gånger på kort tid och att {C} är misstänkt för både stölder och inbrott.",
            "{C} och två kompisar har gjort inbrott i flera villor i {PLACE}. {C} har tidigare misstänkts för stölder och skadegörelse.",
            "Eskalerande kriminalitet hos en {AGE}-åring. Från snatterier förra året till inbrott, stöld av bil och olaga hot i år.",
        ),
    ),
)
