"""The child witnesses violence between adults (vald_i_nara_relation).

In these phrasings {P1} is the adult who uses violence and {P2} the one subjected to it.
Violence tonight or yesterday with the violent adult still there, strangling and threats to
kill are ``akut``; violence earlier where the other parent has acted (moved out, shelter,
restraining order) is ``skyndsam``. All route to ``utredning``.
"""

from __future__ import annotations

from training.synth.scenario import Scenario
from triage.schema import RiskFactor as RF
from triage.schema import Urgency as U

SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        family="vald_i_nara_relation/bevittnat_nyligen_utovare_kvar",
        risk_factors=(RF.VALD_I_NARA_RELATION,),
        urgency=U.AKUT,
        utredning=True,
        min_age=3,
        phrasings=(
            "{C} berättade i dag att {P1} slog {P2} i huvudet {RECENT} medan {C} stod i dörröppningen. Den som slog bor kvar hemma och {C} är rädd för att det ska hända igen i kväll.",
            "”Jag såg när {P1} sparkade {P2} som låg på golvet”, sa {C} till mig när {han} kom hit i dag. Enligt {C} är alla kvar hemma som vanligt.",
            "{C:s} {P2} kom och hämtade {C} i dag med ett svullet öga och sa att {P1} blev våldsam {RECENT}, inför barnen. Enligt {P2_name} går det inte att lämna, och {P2_name} vill inte att vi ringer polisen.",
            "Igår kväll misshandlade {P1} {P2} i köket enligt {C}, {AGE} år, som gömde sig under bordet med {SIB}. {C} säger att {P1} fortfarande är hemma och ”jättearg”.",
            "{C} var tyst och trött i dag och somnade flera gånger. Efter ett tag berättade {han} att vuxna hade bråkat hela natten och att {P1} tog stryptag på {P2} och slog {P2} så att det blödde. Ingen har flyttat ut.",
            "Jag är {C:s} {P2}. Min partner slog mig {RECENT} när {C} var vaken och såg det. Jag har ingenstans att ta vägen med barnen och partnern kommer hem igen i kväll.",
            "Barnet har bevittnat våld i hemmet i natt. Den våldsutövande vuxna är kvar i bostaden.",
            "Jag vill anmäla oro för {C}. När jag lämnade {C} hemma efter träningen {RECENT} öppnade {P2} dörren med blod på läppen och ett rött märke på halsen, och i bakgrunden skrek {P1} åt alla. {C} såg alltihop.",
            "Bråk hemma i natt, pappa slog mamma så att hon blödde från näsan. {C} såg det. Pappa bor kvar. Mamma vill inte göra polisanmälan.",
        ),
    ),
    Scenario(
        family="vald_i_nara_relation/polisutryckning_barn_narvarande",
        risk_factors=(RF.VALD_I_NARA_RELATION,),
        urgency=U.AKUT,
        utredning=True,
        min_age=0,
        phrasings=(
            "Polisen ryckte ut till {ADDRESS} i natt efter larm om bråk. Barnets {P2} hade synliga skador i ansiktet. I lägenheten fanns {C}, {AGE} år, som var vaken och grät. Den misstänkte avvisades inte från bostaden.",
            "Polisanmälan om misshandel i nära relation. Vid polisens ankomst satt {C} i soffan och höll för öronen. Målsäganden är barnets {P2} och den misstänkte är barnets {P1}, som släpptes efter förhör i morse och har återvänt hem.",
            "En patrull kallades till familjen efter att grannar ringt 112 om skrik och dunsar. Barnen {C} och {SIB} befann sig i rummet bredvid när {P1} enligt {P2} slog {P2} med knytnäven.",
            "Vid ingripandet kl. 01.30 uppgav {C} till polisen: ”Det var {P1} som kastade en stol på {P2}.” Den misstänkte nekar och befinner sig fortfarande i hemmet.",
            "Polisen informerar om att det har gjorts en anmälan om grov kvinnofridskränkning mot barnets {P2}. Senaste misshandeln skedde {RECENT} i närvaro av {C}. Ingen av parterna har lämnat bostaden.",
            "Larm om pågående misshandel på {ADDRESS}. Ett litet barn fanns i bostaden under händelsen; barnet bedömdes vara oskadd men hade bevittnat våldet. Ärendenummer {CASENR}.",
            "Jag ringer från polisen angående familjen på {PLACE}. Vi var där {RECENT} för tredje gången i år. Barnets {P2} vill inte medverka och {P1} bor kvar, och {C} har sett allt.",
        ),
    ),
    Scenario(
        family="vald_i_nara_relation/strypning",
        risk_factors=(RF.VALD_I_NARA_RELATION,),
        urgency=U.AKUT,
        utredning=True,
        min_age=3,
        phrasings=(
            "{C} berättade att {P1} ”tog {P2} runt halsen så att {P2} inte kunde andas” {RECENT}. {C} försökte dra bort {P1} men blev knuffad åt sidan.",
            "{C:s} {P2} sökte vård på akuten {RECENT} med märken efter strypgrepp på halsen. Barnet var hemma under händelsen och den som utövat våldet bor kvar i familjen.",
            "Strypvåld i hemmet bevittnat av barnet. Enligt {C} höll {P1} fast {P2} mot väggen med händerna om halsen tills {P2} föll ihop.",
            "I ett samtal med kuratorn ritade {C} hur {P1} stryper {P2} och sa att ”det hände igen i helgen”.",
            "{P2_name}, som är min arbetskamrat, har berättat för mig att {P1} tog strypgrepp på {P2_name} {RECENT} framför barnen. {P2_name} tror inte att någon skulle tro på det.",
            "Enligt {C} svimmade {P2} nästan när {P1} kramade om halsen under bråket. {C} ringde sin mormor men ingen vuxen har agerat.",
        ),
    ),
    Scenario(
        family="vald_i_nara_relation/dodshot_mot_foralder",
        risk_factors=(RF.VALD_I_NARA_RELATION,),
        urgency=U.AKUT,
        utredning=True,
        min_age=3,
        phrasings=(
            "{C} har hört {P1} säga till {P2} att ”jag ska döda dig och sen mig själv”. Det sades {RECENT} när hela familjen var hemma.",
            "Barnets {P2} har sökt skydd hos mig och berättar att {P1} har hotat att döda {P2} om {P2} tar med sig barnen. Hotet upprepades {RECENT} i barnens närvaro.",
            "Enligt {C} har {P1} visat en kniv och sagt att {P2} ”inte kommer att överleva” om {P2} lämnar. {C} säger att {han} inte sover på nätterna.",
            "Olaga hot i hemmet: den misstänkte ska ha hotat att skjuta {C:s} {P2}. Barnet befann sig i bostaden och hörde hotet.",
            "{C} skrev i ett sms till mig {RECENT}: ”Pappa säger att han ska döda mamma, kan du komma?” Jag är {C:s} kompis förälder och ringde polisen.",
            "Barnets {P2} har flera gånger den senaste veckan fått hotfulla sms från {P1} som bor kvar hemma med familjen, senast ”du är död i kväll”. {C} har läst meddelandena.",
        ),
    ),
    Scenario(
        family="vald_i_nara_relation/grannar_hor_misshandel",
        risk_factors=(RF.VALD_I_NARA_RELATION,),
        urgency=U.AKUT,
        utredning=True,
        min_age=0,
        phrasings=(
            "Jag bor granne med familjen, i lägenheten under dem på {ADDRESS}. I natt hörde jag en vuxen skrika ”sluta slå mig”, kraftiga dunsar mot golvet och sedan ett litet barn som grät länge.",
            "Jag är granne och det är inte första gången jag hör det här: skrik, saker som kastas och någon som blir slagen. Men {RECENT} var det värre än vanligt och barnen var hemma, jag hörde dem gråta.",
            "Anonym anmälan från granne. Anmälaren hörde i går kväll en man skrika hot och en kvinna gråta och ropa på hjälp, och mitt i allt ett barn som skrek ”sluta pappa”.",
            "Grannen i trappuppgången såg {RECENT} barnens {P2} springa ut i trapphuset med blödande näsa, följd av {P1}. Barnen, {C} och {SIB}, stod i dörren.",
            "Jag är granne och vill vara anonym. Familjen i porten bredvid har bråk nästan varje natt och i natt lät det som att någon blev misshandlad. Det bor små barn där.",
            "Jag bor granne med familjen. Ljuden från lägenheten ovanför var inte vanliga grälljud, det var slag. Jag hörde en vuxen säga ”inte framför barnen” och sedan en smäll.",
            "Granne ringde polisen kl. 23 i går. Skrik, ”hjälp”, slag mot vägg. Två barn i lägenheten enligt grannen. Ingen öppnade när patrullen kom först, därefter en man som sa att allt var lugnt.",
        ),
    ),
    Scenario(
        family="vald_i_nara_relation/bevittnat_tidigare_foralder_agerat",
        risk_factors=(RF.VALD_I_NARA_RELATION,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=2,
        phrasings=(
            "{C} har bevittnat våld mellan föräldrarna {PAST}. {P2_name} har sedan dess separerat från {P1} och bor ensam med barnen på ny adress.",
            "{C:s} {P2} berättade vid ett utvecklingssamtal att {P1} slog {P2} under flera år och att barnen ofta såg det. {P2_name} flyttade ut med barnen förra månaden och har ansökt om kontaktförbud.",
            "{C} pratar om att pappa slog mamma ”när vi bodde i gamla huset”. Föräldrarna är separerade sedan ett år och {C} bor hos {P2}, som säger att det inte förekommer något våld nu.",
            "Barnets {P2} har nu brutit upp från relationen efter våldet i våras, polisanmält och fått hjälp av kvinnojouren. {C} har inte umgänge med {P1} för närvarande.",
            "Det har framkommit att {C} under sina första år levde med våld mellan de vuxna. Den våldsutövande föräldern lämnade familjen {PAST} och har inget umgänge.",
            "{C}: ”När {P1} bodde hemma slog {P1} {P2}. Nu är det lugnt hemma.” Detta stämmer med det {P2_name} har berättat för oss.",
            "Jag arbetar på kvinnojouren. {P2_name} och {C} kom till oss förra veckan efter att ha levt med våld i flera år. Barnets {P1} vet inte var de bor.",
            "Våldet mellan föräldrarna upphörde när {P1} flyttade ut {PAST}. {C} har bearbetningssamtal på BUP och {P2} beskrivs som stabil och skyddande.",
        ),
    ),
    Scenario(
        family="vald_i_nara_relation/aldre_vald_fortfarande_tillsammans",
        risk_factors=(RF.VALD_I_NARA_RELATION,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=3,
        phrasings=(
            "{C} berättade att {P1} slog {P2} för ungefär ett halvår sedan, i samband med en fest. {C} säger att det inte har hänt igen, men föräldrarna bor fortfarande ihop.",
            "Enligt {C:s} {SIB_role} har det förekommit våld mellan föräldrarna {PAST}. Vi vet inte om det pågår i dag; {C} säger att föräldrarna ”bara bråkar” nu.",
            "{P2_name} har i samtal med mig berättat att {P1} har varit våldsam vid två tillfällen, senast {PAST}, och att barnen var hemma då. {P2_name} vill stanna i relationen.",
            "Det finns en polisanmälan om misshandel mellan barnets föräldrar från {PAST}. Ingen ny händelse är känd, men familjen lever tillsammans och {C} har varit orolig och ledsen på sistone.",
            "I en skrivuppgift om sommarlovet skrev {C} om hur pappa knuffade ner mamma i trappan. När vi frågade sa {C} att det var länge sedan.",
            "Tidigare våld i familjen som barnet har sett. Den senaste kända händelsen är från i somras och föräldrarna har inte separerat.",
        ),
    ),
    Scenario(
        family="vald_i_nara_relation/psykiskt_vald_kontroll",
        risk_factors=(RF.VALD_I_NARA_RELATION,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=3,
        phrasings=(
            "{C} berättar att {P1} ofta skriker åt {P2}, kallar {P2} värdelös och äcklig och slår sönder saker i hemmet. {C} har inte sett några slag, men {han} är rädd hela tiden.",
            "{P2_name} har berättat för mig att {P1} kontrollerar allt: pengar, telefon och vilka {P2_name} får träffa. Barnen hör när {P1} hotar att ta dem ifrån {P2}.",
            "Barnets {P2} får inte lämna lägenheten utan lov. {C} beskriver att {P1} sparkar in dörrar och kastar porslin när {P1} blir arg.",
            "Det är ett kontrollerande och hotfullt klimat i hemmet. Barnets {P1} har slagit sönder telefonen för {P2_name} och låst in {P2_name} på balkongen medan barnen tittade på.",
            "{C} ritar bilder av en vuxen som skriker och en annan som gråter. {C} säger att {P1} ”blir som ett monster” och att {P2} gråter varje kväll.",
            "Jag har själv hört när {P1} vid hämtningen kallade {P2} värdelös och hotade med att ”du vet vad som händer om du pratar med någon”. {C} höll {P2} hårt i handen.",
        ),
    ),
    Scenario(
        family="vald_i_nara_relation/skyddat_boende",
        risk_factors=(RF.VALD_I_NARA_RELATION,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=0,
        phrasings=(
            "{P2_name} och {C} har flyttat till ett skyddat boende efter att {P2_name} under lång tid utsatts för våld av {P1}. {C} har sett och hört våldet.",
            "Jag ringer från kvinnojouren. En mamma och hennes barn, {C}, {AGE} år, har sökt skydd hos oss. Våldet har pågått i flera år och barnet har varit närvarande vid flera tillfällen.",
            "Barnen har bott på skyddat boende med {P2} sedan {DATE}. Barnens {P1} har kontaktförbud och vet inte var de befinner sig.",
            "Familjen har tagits emot på skyddat boende efter en polisanmälan om misshandel. Den misstänkte är häktad. Barnet har behov av stöd efter det som hänt.",
            "{C:s} {P2} har lämnat {P1} och bor med barnen hos en släkting i en annan kommun. Våldet skedde senast för tre veckor sedan, då {C} ringde polisen.",
            "Pappa har sökt sig till ett skyddat boende för män med sina två barn. Han har utsatts för våld av barnens mamma och barnen har bevittnat det.",
        ),
    ),
)
