"""Train-only phrasings for the child witnessing violence between adults (vald_i_nara_relation).

As in the bank, {P1} is the adult who uses violence and {P2} the one subjected to it.
"""

EXTRA: dict[str, tuple[str, ...]] = {
    "vald_i_nara_relation/bevittnat_nyligen_utovare_kvar": (
        "{P1} slog {P2} igår kväll så att {P2} ramlade in i bordet o jag o {SIB} såg allt. {P1} e fortfarande hemma o jag vill inte vara där.",
        "{C} var ovanligt tyst under förmiddagen och somnade med huvudet mot bordet. När jag satte mig bredvid {honom} berättade {han} att {P1} hade slagit {P2} i ansiktet i natt och att {P2} grät länge i badrummet. {P1} bor kvar hemma.",
        "Jag är {C:s} moster. {C:s} {P2} ringde mig i morse och viskade att {P1} hade misshandlat {P2} igen framför barnen och att {P1} inte tänker flytta. Jag hörde {C} gråta i bakgrunden.",
        "{C} kom till vårdcentralen med {P2} för en förkylning. Under besöket såg jag att {P2} hade en färsk svullnad vid ögat, och {C} sa spontant: ”{P1_name} slog {P2} för att maten var kall.” Det hände {RECENT}, och familjen bor fortfarande ihop.",
        "{C} berättar att {P1} slagit {P2} i helgen, {C} var i samma rum. {P1} bor kvar i lgh. {P2} vill ej polisanmäla.",
        "Barnet såg i går kväll hur {P1} knuffade {P2} in i spisen och slog {P2} med en kastrull. Ingen har lämnat bostaden och barnet ska hem dit i eftermiddag.",
    ),
    "vald_i_nara_relation/polisutryckning_barn_narvarande": (
        "Polisen ingrep {RECENT} i bostaden på {ADDRESS} efter larm om misshandel. Målsägande, barnets {P2}, blödde från näsan. Gärningsperson uppges vara barnets {P1}. I bostaden fanns {C}, {AGE} år, som bevittnat händelsen. Gp kvarstannar i bostaden.",
        "PM: larm 02.10 om bråk i lgh, {P2} m skador i ansiktet. {C} ({AGE} år) närvarande, vaken, rädd. {P1} nekar, ej anhållen.",
        "Underrättelse till socialnämnden. Vid ingripande avseende misshandel i nära relation befann sig ett barn i bostaden. Barnet har sett när {P1} knuffade ner {P2} på golvet och sparkade. Ingen av parterna har lämnat bostaden.",
        "Patrullen kom till familjen strax efter midnatt sedan en granne ringt 112. Det var lugnt när vi kom in och {P1} sa att det bara varit ett gräl, men {P2} hade rivmärken på halsen och berättade att {P1} slagit {P2} med en sko medan {C} satt i soffan.",
        "Tredje utryckningen till samma adress den här månaden. Barnen var hemma vid samtliga tillfällen. Senast {RECENT} hade {P2} blåmärken på armarna, och {P1} var kvar i lägenheten när patrullen lämnade.",
        "polis kallad till {ADDRESS} i natt, vuxen misshandlad, barn fanns i rummet bredvid o hörde allt. misstänkt fortf kvar i bostaden. ärende {CASENR}.",
    ),
    "vald_i_nara_relation/strypning": (
        "{P1} tog {P2} i halsen igår o {P2} fick inte luft, jag skrek åt {P1} att sluta. jag e så rädd att det händer igen.",
        "{C:s} {P2} sökte akuten {RECENT} med petekier i ansiktet och märken på halsen efter strypvåld. Enligt {P2} skedde det i hemmet medan barnen var vakna. Den som utövade våldet, {P1}, bor kvar.",
        "Jag är {C:s} farmor och har alltid haft bra kontakt med familjen. I söndags när jag hämtade {C} var {han} alldeles tyst i bilen, och sedan sa {han}: ”{P1_name} höll {P2} om halsen tills {P2} blev blå i ansiktet.”",
        "Anmälan om grov misshandel, strypvåld. Målsägande är barnets {P2}. Enligt uppgift tog gärningspersonen, barnets {P1}, stryptag på ms i närvaro av {C}. Gärningspersonen har återvänt till bostaden efter förhör.",
        "{C} beskriver att {P1} tog stryptag på {P2} i helgen o att {P2} segnade ihop. inga vuxna har gjort ngt, alla bor kvar.",
        "Barnet har sett {P1} strypa {P2}. Senast {RECENT}.",
    ),
    "vald_i_nara_relation/dodshot_mot_foralder": (
        "{P1} sa till {P2} i natt att {P1} ska döda {P2} med kniven om {P2} lämnar. jag hörde allt från mitt rum.",
        "jag hörde i går kväll hur en man i lägenheten ovanför skrek att han skulle döda henne och ungarna skrek mamma mamma och det lät som att någon föll, jag ringde inte polisen för jag var rädd men jag kan inte sluta tänka på det.",
        "Jag är {C:s} {P2}. {P1} har sagt att {P1} ska skjuta mig om jag tar barnen och går. {P1} har vapen hemma. {C} var i rummet när det sades {RECENT}.",
        "Anmälan om olaga hot. Målsägande är barnets {P2}. Gärningsperson, barnets {P1}, ska {RECENT} ha uttalat att ms ”ska dö i natt”. Barnet {C}, {AGE} år, befann sig i bostaden. Gp och ms bor fortsatt tillsammans.",
        "{C} har varit tröttare än vanligt den senaste veckan men har inte velat prata. I dag när vi ritade familjen ritade {han} {P1} med en kniv, och förklarade att {P1} har sagt att {P2} ska dö om {P2} pratar med någon.",
        "{C} visade sms från {P1} till {P2}: ”du e död ikväll”. skickat {RECENT}. {P1} bor kvar hemma.",
    ),
    "vald_i_nara_relation/grannar_hor_misshandel": (
        "det har hållit på hela kvällen, skrik och smällar och en kvinna som gråter och ropar sluta, och barnen är där, jag hör den lilla gråta hela tiden, jag bor rakt under dem på {ADDRESS} och jag vågar inte knacka på.",
        "AU, som är granne, uppger att hen {RECENT} hörde hur en vuxen i lägenheten bredvid blev slagen, följt av ett barn som skrek ”sluta slå {P2}”.",
        "Jag vill anmäla oro för barnen i lägenheten ovanför mig. I natt hörde jag dunsar mot golvet, en vuxen som skrek på hjälp och en annan vuxen som skrek att det skulle bli mer stryk. Barnen grät hela tiden.",
        "Familjen har bott här i två år och jag har alltid tyckt att de verkar trevliga. Men {RECENT} hörde jag genom väggen hur någon blev slagen, flera gånger, och {C} som skrek och grät. Efteråt såg jag {P2} i trapphuset med blod på tröjan.",
        "granne ringer: bråk o slag hörs fr lgh ovanför ikväll, barn gråter, ngn skriker hjälp. vet ej om polis kontaktad.",
        "Grannen hörde misshandel i bostaden i natt. Små barn bor i hemmet.",
    ),
    "vald_i_nara_relation/bevittnat_tidigare_foralder_agerat": (
        "{C:s} {P2} berättar att {P1} slog {P2} flera gånger inför barnen under förra året. {P2_name} har nu egen lägenhet med barnen och {P1} har kontaktförbud. {C} har svårt att sova, men det är lugnt hemma.",
        "förut slog {P1} {P2} o jag såg det typ varje helg. nu har {P2} flyttat med mig o {SIB} o vi bor nån annanstans, {P1} vet inte var. det e skönt men jag e fortfarande rädd ibland.",
        "Polisen lämnar underrättelse avseende tidigare misshandel i nära relation som barn har bevittnat. Händelserna ska ha skett {PAST}. Målsäganden har därefter separerat från gärningspersonen, som inte längre bor på adressen.",
        "Från kvinnojouren: {P2_name} har med vårt stöd lämnat {P1} och bor sedan en månad med {C} på annan ort. {C} har tidigare sett hur {P1} misshandlade {P2}. Inget umgänge pågår.",
        "Vid läkarbesöket berättade {P2} att familjen lämnade {P1} {PAST} efter flera års våld som {C} bevittnade. {P2} har nu ensam vårdnad och söker stöd för {C:s} oro.",
        "{C} har sett våld mellan vuxna {PAST}, {P2} separerade o har skyddad adress nu. ingen kontakt m {P1}.",
    ),
    "vald_i_nara_relation/aldre_vald_fortfarande_tillsammans": (
        "{C:s} {P2} berättar i samtal att {P1} tog tag i {P2} och knuffade in {P2} i väggen för ungefär ett år sedan medan {C} tittade på. Det har inte hänt igen, säger {P2}, och de bor fortfarande ihop.",
        "för typ ett år sen slog {P1} {P2}, jag såg det. nu e det lugnt men dom bor ju ihop fortfarande o jag tänker på det.",
        "Jag är {C:s} morbror. Jag vet att {P1} slog {P2} {PAST} och att {C} såg det. Jag har inte hört om något nytt sedan dess, men de lever fortfarande ihop och {C} verkar spänd när {P1} är hemma.",
        "Det finns en äldre polisanmälan om misshandel av barnets {P2} från {PAST}. Förundersökningen lades ned. Paret bor tillsammans. Inga nya händelser har kommit till vår kännedom.",
        "{C} pratade länge om sin nya hamster och om sommarlovet. Sedan, helt utan förvarning, sa {han} att {P1} en gång slog {P2} så att {P2} blödde, ”men det var jättelänge sen”. Föräldrarna är fortfarande tillsammans.",
        "tidigare våld i familjen, {C} sett {P1} slå {P2} {PAST}. föräldrarna bor ihop, inget nytt känt.",
    ),
    "vald_i_nara_relation/psykiskt_vald_kontroll": (
        "{P2_name} har berättat att {P1} läser alla {P2_name:s} sms, har hand om alla pengar och bestämmer när {P2_name} får gå ut. Barnen hör när {P1} kallar {P2} dum och värdelös.",
        "{P1} skriker på {P2} varje dag o säger att {P2} e värdelös, {P1} tar {P2:s} telefon o låser in den. {P1} har inte slagit men jag e rädd hela tiden.",
        "Jag hör nästan varje kväll hur en vuxen i lägenheten bredvid skäller ut en annan vuxen i timmar, med ord jag inte vill skriva, och smäller i dörrar. Jag har aldrig hört att någon blir slagen, men barnen är alltid hemma.",
        "Barnet lever i en miljö präglad av kontroll och hot mellan vuxna. {P1} övervakar {P2} via telefonens platsdelning och hotar att ta barnen ifrån {P2}. Fysiskt våld har inte framkommit.",
        "Jag är {C:s} faster. {C:s} {P2} får inte träffa oss längre, {P1} bestämmer över allt. När jag pratade med {C} i telefon sa {han} att {P1} slänger saker i väggen och skriker att {P2} är ”ingenting värd”.",
        "psykiskt våld mellan vh, kontroll av ekonomi o telefon, hot. barnet hör allt. inget fysiskt våld känt.",
    ),
    "vald_i_nara_relation/skyddat_boende": (
        "Vi på det skyddade boendet meddelar att {P2_name} och {C}, {AGE} år, flyttade in hos oss {RECENT} efter att {P2_name} under flera år utsatts för misshandel av {P1}. {C} har bevittnat våldet.",
        "vi bor på ett hemligt ställe nu med {P2} för att {P1} slog {P2} hela tiden. jag får inte säga var. jag saknar mitt rum men det e lugnare här.",
        "Underrättelse från kvinnojour: barn, {AGE} år, vistas sedan {DATE} på skyddat boende tillsammans med {P2}. Bakgrund: långvarigt fysiskt och psykiskt våld från {P1}, som barnet har bevittnat. {P1} saknar kännedom om vistelseorten.",
        "Jag är {C:s} moster. {C} och {P2} bor sedan en vecka på skyddat boende efter att {P1} misshandlat {P2} svårt. {C} frågar hela tiden om {P1} kan hitta dem.",
        "{P2} o barnen på skyddat boende sedan 2 v pga våld fr {P1}. barnen sett o hört våldet. {P1} har kontaktförbud.",
        "Familjen har klarat flytten förvånansvärt bra och {C} har redan fått en ny kompis på boendet. Bakgrunden är dock allvarlig: {P1} har slagit {P2} i flera år, ofta med barnen i samma rum, och {P2} flydde med barnen efter en polisanmälan.",
    ),
}
