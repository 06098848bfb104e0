"""Numbers as speech-to-text writes them: one word per digit or number ("noll sju",
"tjugoett", "nittio"), shared by the phone, ID and address recognizers."""

NUMBER_WORD = (
    r"(?:noll|ett|en|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv"
    r"|(?:tret|fjor|fem|sex|sjut|ar|nit)ton"
    r"|(?:tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio)"
    r"(?:ett|en|två|tre|fyra|fem|sex|sju|åtta|nio)?)"
)
# a house number read out: not "en"/"ett", which follow a street name as articles
# ("gick över torget ett par gånger")
HOUSE_NUMBER_WORD = (
    r"(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv"
    r"|(?:tret|fjor|fem|sex|sjut|ar|nit)ton"
    r"|(?:tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio)"
    r"(?:ett|en|två|tre|fyra|fem|sex|sju|åtta|nio)?)"
)
