"""Train-only phrasings for the young person's own alcohol and drug use (eget_missbruk)."""

EXTRA: dict[str, tuple[str, ...]] = {
    "eget_missbruk/cannabis": (
        "Jag är {C:s} morbror. När {C} var hos oss i helgen luktade hela gästrummet sött och bränt, och jag hittade papers och en liten burk med torkade toppar i {hans} ryggsäck. {han} skrattade bara bort det.",
        "{C} röker på typ varje dag efter plugget nu, blir helt väck o äter massa. köper av nån kille vid {PLACE}.",
        "Ungdomen anträffades {RECENT} vid {PLACE} med en joint i handen. Urinprovet var positivt för THC. {C} medger regelbundet bruk sedan ca ett år.",
        "{C:s} {P1} hör av sig och är förtvivlad: {C} har slutat med innebandyn, sover till två på dagarna och har röda ögon när {han} kommer hem. I går hittade {P1} en liten zip-påse med grönt innehåll i {C:s} jacka.",
        "Eleven har flera gånger setts bakom idrottshallen med en grupp som röker något som luktar starkt och sött. {C} har erkänt för mig att {han} ”blazar lite” för att kunna slappna av.",
        "Enligt kompisarna har {C} börjat röka hasch med några äldre i {hans} trappuppgång och har blivit ”helt likgiltig”. {C} har också börjat låna pengar av alla.",
    ),
    "eget_missbruk/alkohol_fest_en_gang": (
        "{C} kom hem från kusinens studentfest vinglig och kräktes i trädgården. Det har aldrig hänt förut, och föräldrarna har redan pratat med {honom} och vill gärna att någon på ungdomsmottagningen också gör det.",
        "{C} va jätteful på festen i lördags o spydde, första gången tror jag. {hans} {P1} kom o hämtade o va inte arg, bara orolig.",
        "Omhändertagen enl. LOB {RECENT}, berusad på en privat fest. Tidigare ej känd. Vh hämtade omgående, är samarbetsvilliga och önskar samtal.",
        "Jag hittade grannarnas {AGE}-åring, {C}, sittande på trappan i natt, tydligt onykter efter en fest. Jag väckte föräldrarna som tog hand om {honom} direkt och var tacksamma. Enligt dem har det aldrig hänt förut.",
        "{C} berättade själv på måndagen att {han} drack ”typ fem cidrar” på en fest och mådde skitdåligt. Föräldrarna vet om det och har bestämt att de ska prata med en fältassistent tillsammans. Inga tidigare incidenter.",
        "En enstaka berusningshändelse vid en hemmafest, enligt både {C} och vårdnadshavarna. {C} har i övrigt inga problem, går bra i skolan och har en stabil kompiskrets. Föräldrarna ber om tips på föräldrastöd.",
    ),
    "eget_missbruk/alkohol_upprepat": (
        "Varje fredag och lördag är {C} full, enligt {hans} storebror. Den senaste månaden har {C} också druckit på vardagarna och kommit hem med skrubbsår utan att minnas hur.",
        "{C} dricker typ hela tiden nu, har alltid en petflaska med vodka o cola i väskan. förra veckan däckade {han} två gånger.",
        "Fjärde LOB-omhändertagandet under året. Ungdomen har vid samtliga tillfällen varit kraftigt berusad, senast med 2,3 promille. Vh uppger att de inte längre kan påverka.",
        "I {CLUB} har {C} flera gånger luktat sprit på träningarna, och ledaren har hittat tomma flaskor i {hans} väska. {C} har sagt att {han} dricker för att våga vara social.",
        "Jag är {C:s} faster. {C} har blivit full på nästan alla släktkalas det senaste året, snor ur barskåpet och ljuger om det. {han} sa till sin kusin att {han} ”behöver det för att kunna sova”.",
        "{C} har haft minnesluckor efter att ha druckit vid flera tillfällen sedan i höstas och har enligt kompisar blandat sprit med energidryck ”för att orka mer”. Föräldrarna har försökt men får ingen ordning på det.",
    ),
    "eget_missbruk/tabletter_och_narkotika": (
        "{C} har enligt {P1} tömt hela burken med {P2:s} smärtstillande på en vecka och har varit glasig i blicken och nickat till vid middagsbordet.",
        "{C} tar typ lean o xans m några från {PLACE}, e helt borta på helgerna o ibland på vardagar med. orolig att {han} ska ta för mycket nån gång.",
        "Inkom till akuten {RECENT} med misstänkt GHB-förgiftning. Medvetandesänkt vid ankomst, nu vaken. Medger återkommande användning av ”G” och tabletter på fester.",
        "Jag är {C:s} kusin och har sett att {C} köper piller via Snapchat, små blå med tryck på. {C} säger att det är för ångesten men tar flera om dagen och har blivit som en annan människa.",
        "Polisen omhändertog {C} vid {PLACE} efter att {han} setts sniffa gas från en tändargasbehållare tillsammans med andra ungdomar. Enligt {C} var det inte första gången.",
        "Vid städning hittade {P1} en burk med okända vita tabletter, ett avklippt sugrör och en liten spegel i {C:s} garderob. {C} erkänner att {han} tar ”lite kokain” på helgerna men säger att {han} har koll.",
    ),
    "eget_missbruk/saljer_droger": (
        "{C} har två mobiler och säljer enligt flera ungdomar i området ”grönt” via Snapchat. {C} röker själv varje kväll och har plötsligt gott om kontanter.",
        "alla vet att {C} langar, typ hela skolan köper av {honom}. {han} e själv hög varje dag.",
        "Ungdomen greps {RECENT} vid {PLACE} med 14 förpackade påsar cannabis, kontanter samt Swish-historik som tyder på försäljning. Positivt drogtest. Erkänner eget bruk, förnekar försäljning.",
        "Jag är {C:s} mormor. Jag har sett {C} ta emot pengar och lämna ut små paket vid busshållplatsen flera gånger, och {C} är alltid hög när {han} kommer till mig. {C} har plötsligt råd med dyra kläder.",
        "{C:s} {P1} har hittat en låda under sängen med tabletter uppdelade i små påsar och en lista med namn och belopp. {C} medger att {han} säljer för att kunna betala sitt eget missbruk.",
        "Eleven har setts lämna ut något till yngre elever i utbyte mot pengar på toaletterna. En av de yngre berättade att {C} sålt ”tabbar” till honom och att {C} själv tar dem varje dag.",
    ),
}
