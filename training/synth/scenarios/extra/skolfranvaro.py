"""Train-only phrasings for school absence (skolfranvaro)."""

EXTRA: dict[str, tuple[str, ...]] = {
    "skolfranvaro/mild_franvaro_samarbete": (
        "Närvaron har dalat lite, runt 85 procent, mest pga att {C} har svårt att komma upp efter helgerna. {C:s} {P1} svarar alltid när vi ringer och vill gärna ha råd om kvällsrutiner.",
        "ja har skolkat typ nån lektion i veckan sen jul, mest matten. {P1} vet om det o vi har pratat m mentorn, vill bara ha ngn att snacka med om det.",
        "Elevens närvaro uppgår innevarande termin till ca 82 %. Frånvaron är till största delen anmäld. Vh har deltagit i två möten, är samarbetsvilliga och har själva efterfrågat kontakt med familjestödet.",
        "{C} har missat en del dagar sedan höstlovet, oftast med huvudvärk som förklaring. Inget allvarligt, och {P1_name} har själv ringt och frågat om det finns någon att prata med.",
        "Några missade förmiddagar i månaden, inget mer. Hemmet är med på noterna och tackar ja till stöd.",
        "Efter att {C} bytte till en ny grupp i höstas har det blivit en del sovmorgnar och enstaka missade dagar, något som {C:s} {P1} upptäckte före oss och själv tog upp på utvecklingssamtalet; familjen vill gärna träffa skolkuratorn.",
    ),
    "skolfranvaro/hemmasittare_foraldrar_engagerade": (
        "{C} har inte satt sin fot i skolan sedan sportlovet. {han} säger att {han} får hjärtklappning bara av att tänka på korridorerna och sitter mest hemma med datorn. Föräldrarna är med på varje möte och har själva sökt hjälp via vårdcentralen.",
        "orkar inte skolan alls sen typ oktober, blir helt kall i kroppen o kan inte andas när jag ska gå in. mina föräldrar försöker verkligen o vi har tid på bup men det går inte fort nog.",
        "Enl. uppgift från vh har {C} sedan ca tio veckor tillbaka inte klarat av att ta sig till skolan pga ångest och nedstämdhet. Vh är mkt engagerade, har kontakt med BUP och önskar stöd i hemmet.",
        "Det började med magont på söndagskvällarna och nu är {C} hemma helt och hållet. {C} gråter mycket och säger att {han} inte duger till något. {C:s} {P1} har tagit tjänstledigt för att vara med {honom} och ber om råd, för ingenting de provat har hjälpt.",
        "Enligt {C:s} bästa kompis ligger {C} mest i sängen och svarar inte på meddelanden. När vi ringde hem bekräftade {P1_name} att {C} mår psykiskt dåligt och inte varit på lektionerna på flera veckor, och berättade att familjen redan har fått en första tid hos BUP.",
        "Ångestrelaterad hemmasittning sedan vårterminens start; föräldrarna kämpar och tar emot all hjälp som erbjuds.",
    ),
    "skolfranvaro/hemmasittare_oklart": (
        "{C} har inte synts till sedan sportlovet. Ingen svarar i telefon, breven besvaras inte och vid hembesöket var det ingen som öppnade.",
        "Grannbarnet {C} borde gå i skolan men är hemma varje dag sedan i höstas, jag ser {honom} i fönstret mitt på förmiddagen. När jag frågade {C:s} {P1} fick jag bara svaret att det ”är ordnat”.",
        "Eleven har under läsåret en frånvaro om 94 %. Samtliga kallelser till möten har uteblivit. Vh har vid ett tillfälle meddelat per sms att eleven ”studerar hemma”, vilket skolan inte kan kontrollera.",
        "{C} har inte vart i plugget sen typ oktober, folk säger att {han} bara sover hela dagarna. ingen från skolan får tag på {hans} föräldrar o vi vet inte ens om {han} bor kvar här.",
        "Vi har inte lyckats nå någon vuxen i familjen sedan september, och {C} har under samma tid kommit till skolan två halvdagar. Skolsköterskan har inte kunnat erbjuda hälsosamtal och vi har ingen bild av hur {C} mår eller vad {han} gör.",
        "Frånvaron är total sedan {DATE}. Kontaktförsök via mejl till {EMAIL}, telefon och rekommenderat brev har inte besvarats, och vi vet inte om {C} ens är kvar i kommunen.",
    ),
    "skolfranvaro/sena_ankomster_strofranvaro": (
        "{C} dyker ofta upp en kvart efter att första passet börjat, och ibland försvinner {han} efter lunchen. {C:s} {P1} svarar direkt när vi hör av oss och har lovat att skjutsa {honom} på morgnarna.",
        "Eleven har under perioden v. 36–48 registrerats med 27 sena ankomster samt ca 12 timmars ogiltig frånvaro fördelat på enstaka pass. Vh informerad, inga övriga farhågor.",
        "kommer sent typ varje dag för bussen går 07.52 o nästa e för sen lol, o ibland drar vi från slöjden. {P1} e sur men säger att vi ska lösa det.",
        "Det är inga hela dagar, men {C} smiter från sista lektionen på fredagar och är sen flera morgnar i veckan. När vi tog upp det med hemmet blev {P1_name} förvånad och tacksam för att vi hörde av oss.",
        "Sen igen. Det är vad som står i närvarosystemet nästan varje morgon om {C}, som verkar tycka att det räcker att komma till andra timmen. Familjen samarbetar och vi har gjort en närvaroplan.",
        "{C:s} {P1} har själv ringt och berättat att {C} har svårt att somna och därför kommer för sent; de har bokat tid hos skolsköterskan för att få råd om sömnen.",
    ),
    "skolfranvaro/halls_hemma_for_syskon": (
        "{C} berättar att {han} har fått stanna hemma på tisdagar och torsdagar sedan {P1} fick nytt jobb, eftersom det inte finns någon annan som kan hämta {SIB} och laga mat.",
        "jag får typ inte gå till skolan när {SIB_role} e sjuk för då måste jag vara hemma o passa, {P1} jobbar o säger att det e mitt ansvar.",
        "Enligt egen uppgift uteblir eleven från undervisningen ca två dagar/vecka för att ta hand om yngre syskon medan vh arbetar eller sover. Vh har vid kontakt bekräftat detta och ser det som en nödvändighet.",
        "Jag ser ofta {C} gå med barnvagnen i {PLACE} mitt på skoldagen. När jag frågade sa {han} att {han} är ”barnvakt åt {P1}” och att det är så nästan varje vecka.",
        "När {C} kom tillbaka efter fem dagars frånvaro förklarade {han} att de yngre hade vattkoppor och att någon måste vara hemma med dem. Frånvaron har samma mönster hela läsåret, och {P1_name} har inte svarat på våra kallelser.",
        "Hemma med småsyskonen i stället för i klassrummet – igen. {C} är {AGE} år och ansvarar för lämning och hämtning, och för hela dagar när de yngre är sjuka.",
    ),
    "skolfranvaro/upprepad_eskalerande": (
        "Vi skickade en orosanmälan om {C:s} närvaro {PAST} och ytterligare en i våras. Då var {C} borta varannan dag, nu kommer {han} knappt alls, och kontakten med {P1} har i princip upphört.",
        "Fjärde anmälan från skolan gällande samma elev. Frånvaron har ökat från 25 % ht till 60 % vt och 85 % innevarande termin. Tidigare erbjudna insatser (familjebehandling, närvaroteam) har avbrutits av familjen.",
        "Ni har fått höra om {C} förut. Sedan dess har vi försökt med anpassat schema, hembesök och hämtning med taxi, men för varje månad blir det färre dagar på plats.",
        "Det senaste ärendet hos er avslutades med att familjen skulle få stöd av första linjen. Det stödet tog slut efter två träffar och {C:s} frånvaro är nu högre än någonsin.",
        "Ny anmälan, samma oro som de tidigare gångerna – men nu i betydligt större omfattning.",
        "Det här är minst tredje gången någon hör av sig om att {C} inte går i skolan. Förra året rörde det sig om några dagar i månaden; nu säger {C} själv att {han} ”har slutat bry sig” och är hemma de flesta dagar.",
    ),
}
