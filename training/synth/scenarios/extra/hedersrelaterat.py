"""Train-only phrasings for honour-related violence and oppression (hedersrelaterat)."""

EXTRA: dict[str, tuple[str, ...]] = {
    "hedersrelaterat/hot_om_hedersvald": (
        "min bror sa att om jag fortsätter prata med den där personen så e jag död för familjen o att han ska se till att det blir på riktigt. jag vågar inte gå hem ikväll.",
        "{C} har höga betyg och drömmer om att bli läkare. I dag stannade {han} kvar efter lektionen och berättade att {P1} har hittat bilder på {honom} och en klasskamrat, och att männen i släkten nu har sagt att {C} ”ska få betala” för skammen.",
        "AU, som är släkt med familjen, uppger att det pratas i släkten om att {C} har ”vanärat familjen” genom att ha en partner, och att en farbror {RECENT} sagt att problemet ska ”lösas”. AU är rädd för {C:s} liv.",
        "Polisen har mottagit uppgifter om hot i hederskontext mot {C}, {AGE} år. Ms uppger att {P1} och en äldre bror hotat att skada ms allvarligt om ms inte avslutar en relation.",
        "elev till ssk idag, rädd, säger att familjen fått veta om en relation o att en kusin hotat att ”ta hand om” {honom}. vill ej gå hem.",
        "{C:s} kompis kom till mig i morse och var jätterädd. Kompisen sa att {C} har fått ett röstmeddelande från {P1}, där {P1} säger att {C} har gjort familjen till åtlöje och att {C} ”inte kommer att få se nästa vecka”.",
    ),
    "hedersrelaterat/hedersvald_misshandel": (
        "pappa o min farbror slog mig igår för att dom såg mig med en kille vid centrum, dom sa att jag förstört familjens heder. jag har blåmärken på ryggen.",
        "Eleven söker skolsköterskan med smärta i armen. Status: färska hematom på överarmar och rygg. Eleven uppger att {P1} och ett äldre syskon {RECENT} slog {honom} som straff för att {han} ljugit om var {han} varit efter skolan och därmed ”dragit skam över familjen”.",
        "Anmälan om misshandel i hederskontext. Målsägande {C}, {AGE} år. Ms har {RECENT} tilldelats slag med tillhygge av {P1} och en morbror. Som motiv har uppgetts att ms haft en relation som familjen inte godkänt. Ms har synliga skador på armar och ben.",
        "{C} kom till skolan i dag i långärmat trots värmen och höll sig för sig själv. På idrotten syntes randiga märken på benen. Efter lektionen berättade {C} att {P1} slog {honom} med en sladd i går kväll för att {han} har en hemlig partner, och sa: ”Det handlar om hedern.”",
        "Min dotter går i klass med {C}. Hon berättade att {C} visade blåmärken och sa att {hans} bröder slog {honom} i helgen för att {han} skämt ut familjen, och att {C} inte tror att det är över.",
        "misshandlad av {P1} o kusin {RECENT} pga ”heder”, {C} har svullnad vid ögat, vill ej gå hem.",
    ),
    "hedersrelaterat/tvangsaktenskap": (
        "dom har bestämt att jag ska gifta mig i sommar med nån i släkten som e typ 25. jag vill inte men {P1} säger att jag inte har nåt val.",
        "Under ett samtal om gymnasieval sa {C} att det inte spelar någon roll vad {han} väljer, eftersom {han} ska giftas bort efter nian. Partnern är utvald av {P1} och betydligt äldre. {C} började gråta när jag frågade om {han} själv ville.",
        "På ungdomsmottagningen uppger {C}, {AGE} år, att {han} har vigts religiöst med en vuxen under sommarlovet och att föräldrarna nu vill att {han} ska flytta dit. {C} säger att {han} aldrig tillfrågades.",
        "AU uppger att hen har bjudits in till ett förlovningskalas för {C} om två veckor. AU vet att {C} bara är {AGE} år och har hört {C} säga att {han} inte vill gifta sig.",
        "Polisen har mottagit uppgifter om misstänkt äktenskapstvång. Ms {C}, {AGE} år, uppges ha lovats bort till en släkting. Vigseln planeras enligt uppgift under kommande lov.",
        "elev berättar om planerat giftermål m kusin i sommar, vill ej, rädd för familjens reaktion om {han} säger nej.",
    ),
    "hedersrelaterat/bortforande_utomlands": (
        "dom har tagit mitt pass o säger att vi ska hälsa på släkten men jag hörde {P1} säga i telefon att jag ska bo kvar där. vi åker på söndag, hjälp.",
        "Familjen har ansökt om ledighet för {C} från och med nästa vecka och ”tills vidare”. {C} har i förtroende berättat att {han} ska lämnas hos släktingar utomlands för att ”bli av med de svenska vanorna” och att {han} inte vill åka.",
        "Polisen har tagit emot uppgifter om risk för bortförande av barn. {C}, {AGE} år, ska enligt uppgift föras utomlands av {P1} inom de närmaste dagarna för att stanna där. Barnet har uttryckt rädsla.",
        "Jag är {C:s} faster. Jag har fått veta att {C:s} {P1} har köpt en enkelbiljett till {C} och planerar att lämna {honom} hos släkten i hemlandet för att {C} ”har blivit för svensk”. Resan är på torsdag.",
        "{C} har varit glad och förväntansfull inför sommarlovet och pratat om fotbollsläger. I dag berättade {han} dock att det inte blir något läger: {P1} har sagt att hela sommaren ska tillbringas hos släkten utomlands, och en kusin har berättat för {C} att {han} inte ska få komma tillbaka.",
        "oro för bortförande, {C} säger att familjen ska resa utomlands nästa v o att {han} ska lämnas kvar. passet har {P1} tagit.",
    ),
    "hedersrelaterat/kontroll_begransningar": (
        "jag får inte ha snap eller insta o {P1} kollar min mobil varje kväll. jag får inte gå på kalas om det e killar där. ingen har hotat mig men jag känner mig som i ett fängelse.",
        "{C} får inte följa med på studiebesöket eller på lägerskolan, och {P1} har krävt att {C} inte ska göra grupparbeten med elever av motsatt kön. {C} säger att ingen hotar {honom}, men att {han} inte får bestämma något själv.",
        "Vid hälsosamtalet framkommer att eleven inte får delta i fritidsaktiviteter eller träffa kompisar efter skolan, och att syskonen rapporterar till föräldrarna. Inga hot eller våld framkommer. Eleven uttrycker stark oro inför framtiden.",
        "Jag är granne och ser att {C} alltid följs av ett äldre syskon till och från bussen. {C} har berättat för min dotter att {han} inte får ha kompisar hemma eller gå ut utan sällskap, för att ”folk pratar”.",
        "{C} får ej delta i simning o lägerskola, mobilen kontrolleras, kusiner bevakar {honom} i skolan. inga hot kända.",
        "Begränsad frihet pga familjens rykte. Inga hot. {C} mår dåligt av kontrollen.",
    ),
    "hedersrelaterat/hbtq_hot": (
        "jag kom ut som gay för {P1} igår o nu säger {P1} att jag ska skickas till släkten för att bli normal, o min bror sa att han hellre ser mig död. jag sitter på en toa på centralen nu.",
        "{C} berättade i dag att familjen har läst {hans} meddelanden till en person av samma kön. {P1} har sagt att {C} är död för familjen, och en farbror har skrivit att {C} ”ska få sitt straff”. {C} vågar inte gå hem.",
        "Ungdomsmottagningen: {C}, {AGE} år, identifierar sig som icke-binär. Efter att en släkting sett {C} på en Pride-tillställning har {P1} och ett äldre syskon hotat med att ”rätta till” {honom} med våld. {C} är mycket rädd.",
        "Polisen har mottagit anmälan om olaga hot. Målsägande {C}, {AGE} år, uppger att familjen hotat ms till livet sedan det framkommit att ms är homosexuell. Utpekade gärningspersoner är barnets {P1} och två farbröder.",
        "{C:s} bästa kompis hörde av sig i kväll. {C} har blivit utkastad hemifrån efter att ha kommit ut som trans, och kusiner har skrivit att de ska ”hitta” {honom}. {C} sover hos kompisen i natt.",
        "{C} trivs bra i klassen och är engagerad i elevrådet. Det senaste året har {han} berättat för några vuxna på skolan att {han} är bisexuell. I går fick {P1} veta, och nu säger {C} att {P1} hotar att skicka {honom} utomlands och att släkten ”kommer att ta hand om det”.",
    ),
}
