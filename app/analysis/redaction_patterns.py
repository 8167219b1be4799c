"""The patterns redaction.py runs for personal data that has a shape: emails, phone and NHS numbers,
postcodes, dates, addresses and schools. Names, which have no shape, are found in redaction.py.

Each entry is (label, pattern, needles): a pattern only runs when one of its needles is in the text,
which spares the slower patterns on the many answers that could not match them. A pattern with a
group named x redacts only that group ("went to" stays, the school's name goes).

Lower-case forms are ambiguous ("5 minute walk", "year 6 6th", "a good high school"), so the patterns
for them ask for a cue (a house number, "live on", "my school", an address word before a postcode)
and refuse the everyday words in _STOP before a street or school word.
"""

import re

DIGITS = tuple("0123456789")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)"
)
# Street words in any case; the plain ones are rarely anything but a street in lower case.
_STREET_TABLE = (
    "road rd street st avenue ave lane ln close cl drive dr way court ct crescent cres place pl gardens gdns "
    "grove gr terrace terr walk hill park view square sq mews rise row green parade vale gate fields meadow meadows "
    "wharf quay heights bank brow croft fold chase estate boulevard approach wynd"
)
STREET_WORDS = tuple(_STREET_TABLE.split())  # also the tagger's test of a plausible address
_STREET = rf"(?:{'|'.join(STREET_WORDS)})"
_STREET_PLAIN = r"(?:road|rd|street|avenue|ave|lane|ln|crescent|cres|gardens|gdns|grove|terrace|mews|close|drive)"
_STREET_TITLE = (
    r"(?:Road|Rd|Street|St(?!\.?\s+[A-Z])|Avenue|Ave|Lane|Ln|Close|Cl|Drive|Dr(?!\.?\s+[A-Z])|Way|Court|Crescent|"
    r"Cres|Place|Gardens|Gdns|Grove|Terrace|Walk|Hill|Park|View|Square|Sq|Mews|Rise|Row|Parade|Vale|Boulevard|"
    r"Esplanade|Promenade|Embankment|Broadway|Wynd|Loan|Brae|Vennel|Drove)"
)
_HOUSE = (
    r"(?:Cottage|Cottages|Lodge|Farmhouse|Farm|Bungalow|Manor|Villa|Rectory|Vicarage|Grange|Barn|House|"
    r"Schoolhouse|Forge|Croft|Steading|Bothy|Smithy|Stables|Granary|"
    r"Traveller Site|Travellers Site|Caravan Park|Caravan Site|Halting Site|Site|B&B|Hotel|Hostel|Inn|Foyer|Lodge)"
)
_SCHOOL_STOP = (
    r"(?:the|a|an|my|our|his|her|their|your|this|that|new|old|big|local|previous|last|next|same|different|another|"
    r"other|secondary|primary|high|junior|infant|infants|middle|special|boarding|nursery|sixth|form|free|private|"
    r"state|independent|residential|normal|mainstream|alternative|catholic|church|village|nearby|current|first|"
    r"second|day|night|sunday|summer|holiday|football|dance|drama|driving|art|music|beauty|hair|cooking|sports|"
    r"language|forest|at|in|to|from|go|went|and|but|i|when|then|now|also|because|he|she|they|we|it|is|was|"
    r"after|before|during|of|for|with|on|by|about|like|love|hate|left|moved|changed|started|finished|got|get)"
)
# Words that come between a number and "walk", "drive", "park" ... in ordinary sentences.
_STOP = (
    rf"(?:{_SCHOOL_STOP}|good|bad|nice|great|rubbish|crap|ok|okay|decent|small|better|worse|best|worst|proper|"
    r"short|long|quick|little|minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|weeks?|months?|years?|miles?|"
    r"metres?|meters?|km|times?|more|less|of|or|so|as|very|really|too|min|hour|steps?|goals?|points?|people|"
    r"kids|children|boys|girls|friends|mates|us|them|me|you|him|are|were|be|am|not|no|yes|its|it's|there|here|"
    r"where|what|who|which|some|any|all|every|each|one|two|three|four|five|six|ten|bus|car|train|taxi|cars|"
    r"buses|dogs?|cats?|lap|laps|go|goes|get|gets|got|take|takes|took|wait|way|home|school|town|city|shop|"
    r"shops|park|up|down|round|around|back|out|off|over|just|only|about|almost|nearly|each|per|a|an|attend|"
    r"attends|attended|attending|visit|visited|called|named|goes|going|gone|leave|leaving|join|joined|joining)"
)
_WORD = rf"(?!{_STOP}\b)[a-z][a-z'’-]+"
# Between a house number and a street word: everyday words except the ones streets are named after.
_NUM_STOP = (
    r"(?:the|a|an|my|our|his|her|their|your|this|that|and|but|or|i|he|she|they|we|it|is|was|are|were|at|in|to|"
    r"from|of|for|with|on|by|so|if|then|when|minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|weeks?|months?|"
    r"years?|miles?|metres?|meters?|km|times?|more|less|steps?|goals?|points?|people|kids|children|boys|girls|"
    r"friends|mates|us|them|me|you|him|be|am|not|no|yes|some|all|every|one|bus|buses|car|cars|train|trains|taxi|"
    r"dogs?|cats?|laps?|go|goes|get|gets|got|take|takes|took|min|hour|good|nice|long|short|quick|little|big|"
    r"small|just|about|nearly|almost|over|up|down|out|off|back|round|we'd|i'd|i'm|we're)"
)
_NUM_WORD = rf"(?!{_NUM_STOP}\b)[a-z][a-z'’-]+"
_SCHOOL_TYPE = (
    r"(?:Special School|Special Academy|Junior and Infants? School|Infant and Junior School|"
    r"Primary and Nursery School|Primary|Juniors?|Infants?|"
    r"Secondary|High|Grammar|Academy|College|School|Day Nursery|Nursery|Pre-?[Ss]chool|Sixth Form|"
    r"University|Free School|Studio School|PRU|Pupil Referral Unit)"
)
_SCHOOL_LOWER = (
    r"(?:prim[ae]?ry school|prim[ae]?ry|primay|juniors|junior school|infants|infant school|high school|high|"
    r"secondary school|secondary|grammar school|grammar|academy|college|school|community college|uni|university|"
    r"sixth form college|sixth form|nursery school|nursery|pre-?school|catholic college|catholic primary|"
    r"c of e primary|ce primary|pru)"
)
_NOT_SAINT = (
    r"(?:is|was|has|does|goes|this|his|its|as|us|yes|lots|loads|pass|miss|less|plus|always|times|days|bus|"
    r"minutes|mins|kids|gets|says|thanks)"
)
_ADDRESS_CUE = (
    r"(?:live|lives|living|lived|stay|stays|staying|stayed|moved|moving|move|house|home|flat|address|placement|"
    r"lodgings|nan's|nans|mum's|mums|dad's|dads)"
)

# Numbers and dates said aloud, as dictation writes them: "oh seven seven double oh nine hundred ...",
# "the twenty second of august twenty eleven". Seven or more number words in a row are a phone or NHS
# number (nobody says seven number words running in a sentence); a spoken day needs its month.
_UNIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_NUMBER_WORD = (
    rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]?{_UNIT_WORD})?|ten|eleven|twelve|"
    rf"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|{_UNIT_WORD})"
)
_SPOKEN_DIGITS = rf"(?:(?:(?:double|triple|treble)\s+)?(?:oh|zero|nought|{_UNIT_WORD})|hundred|thousand|\d{{1,5}})"
_SPOKEN_RUN = rf"(?:{_SPOKEN_DIGITS}|{_NUMBER_WORD})"
# A run starts at its first number word, so counting aloud ("one two three ...") is seen whole.
_NOT_AFTER_A_NUMBER = "".join(
    rf"(?<!\b{word} )" for word in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "oh")
)
_ORDINAL_WORD = (
    r"(?:(?:twenty|thirty)[\s-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
    r"seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
)
_SPOKEN_YEAR = (
    rf"(?:(?:nineteen|twenty)\s+(?:oh\s+)?{_NUMBER_WORD}|two\s+thousand(?:\s+and)?(?:\s+{_NUMBER_WORD})?|(?:19|20)\d\d)"
)
_SPOKEN_NEEDLES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "oh", "zero", "nought")
_ORDINAL_NEEDLES = ("first", "second", "third", "th")

PATTERNS: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    ("EMAIL", re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"), ("@",)),
    # "@kayla.morrison_x": a social media handle, which often is the person's name.
    ("NAME", re.compile(r"(?<![\w.+'-])@(?P<x>[A-Za-z0-9_.]{3,30}[A-Za-z0-9_])"), ("@",)),
    # "kaylz2010 at example dot com": an email address said aloud.
    (
        "EMAIL",
        re.compile(
            r"\b[\w.+'-]+(?:\s+(?:dot|underscore)\s+[\w+'-]+)*\s+at\s+[\w-]+(?:\s+dot\s+[a-z]{2,6}){1,3}\b", re.I
        ),
        (" dot ", " DOT ", " Dot "),
    ),
    (
        "PHONE",
        re.compile(
            r"(?<![\w+])(?:(?:\+|00)\s?44[\s.-]?(?:\(0\)[\s.-]?)?|\(?0)\d{2,4}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?!\d)"
        ),
        DIGITS,
    ),
    # "01685 37 22 91": an area code, then the number in pairs.
    ("PHONE", re.compile(r"(?<![\w+])0\d{3,4}(?:[ .-]\d{2}){3}(?![\w])"), DIGITS),
    # "0 7 7 0 0 9 0 0 5 5 5", "o77oo 9oo 456": a number typed a digit at a time, or with the letter o for 0.
    (
        "PHONE",
        re.compile(r"(?<![\w+])0(?: \d){9,10}(?![\w])|(?<![\w+])[0oO]7[\doO]{3}[ .-]?[\doO]{3}[ .-]?[\doO]{3}(?![\w])"),
        DIGITS,
    ),
    ("NHS_NUMBER", re.compile(r"(?<![\d+])\d{3}[\s.-]?\d{3}[\s.-]?\d{4}(?!\d)"), DIGITS),
    # "4508 123 457 is my nhs number": ten digits in any grouping, said before the words.
    (
        "NHS_NUMBER",
        re.compile(
            r"(?<![\d+])(?P<x>\d(?:[\s.-]?\d){9})(?![\d])\s+(?:is|was|=|-)\s+(?:my|his|her|their|our|the|your)\s+"
            r"(?:[\w']+\s+)?nhs\b",
            re.I,
        ),
        DIGITS,
    ),
    # "NHS no is 9185 846 481": after the words, ten digits in any grouping.
    (
        "NHS_NUMBER",
        re.compile(r"\bnhs\W{0,3}(?:no\b\.?|number|num|#)?\W{0,3}(?:is\s+)?(?P<x>\d(?:[\s.-]?\d){9})(?![\d])", re.I),
        DIGITS,
    ),
    (
        "POSTCODE",
        # "BS21 6TH" is a postcode; "bs21 6th" may be an ordinal, so only a cue makes it one (below).
        re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?(?!\d(?-i:st|nd|rd|th)\b)\d[ABD-HJLNP-UW-Z]{2}\b", re.I),
        DIGITS,
    ),
    (
        "POSTCODE",
        re.compile(
            rf"(?:\b(?:post ?code|p/?code|in|at|near|live|lives|from|to|off|{_STREET})\W{{0,3}}(?:is\s+)?|,\s*)"
            r"(?P<x>[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b",
            re.I,
        ),
        DIGITS,
    ),
    # "02/02/2016", "2016-02-02", and "2016/02/02" written year first with slashes
    (
        "DATE",
        re.compile(
            r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b"
            r"|\b(?:19|20)\d\d/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])\b"
        ),
        DIGITS,
    ),
    # "on 21/10", "his birthday, 28/05": a day and a month with no year, only after a word that makes it a date
    # (a score "10/10" or "8/10" has none).
    (
        "DATE",
        re.compile(
            r"\b(?:on|born|dob|d\.?o\.?b\.?|birthday|bday|since|until|till|before|after|due)\W{0,3}(?:is\s+|was\s+)?"
            r"(?:the\s+)?(?P<x>(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2]))\b(?![/.-]\d)",
            re.I,
        ),
        DIGITS,
    ),
    # "dob 02 02 2016": a day, a month and a four-digit year with spaces between.
    ("DATE", re.compile(r"\b(?:0?[1-9]|[12]\d|3[01]) (?:0?[1-9]|1[0-2]) (?:19|20)\d\d\b"), DIGITS),
    (
        "NHS_NUMBER",
        re.compile(rf"\bnine[\s,.-]+nine[\s,.-]+nine(?:[\s,.-]+{_SPOKEN_DIGITS}){{4,}}\b", re.I),
        ("nine", "Nine", "NINE"),
    ),
    (
        "PHONE",
        re.compile(
            rf"\b{_NOT_AFTER_A_NUMBER}(?!one[\s,.-]+two[\s,.-]+three\b){_SPOKEN_RUN}(?:[\s,.-]+{_SPOKEN_RUN}){{6,}}\b",
            re.I,
        ),
        _SPOKEN_NEEDLES,
    ),
    (
        "DATE",
        re.compile(
            rf"\b{_ORDINAL_WORD}\s+(?:of\s+{_MONTH}|(?!may\b|mar\b|march\b){_MONTH})\b(?:,?\s+{_SPOKEN_YEAR}\b)?"
            rf"|\b{_MONTH}\s+(?:the\s+)?{_ORDINAL_WORD}\b(?:,?\s+{_SPOKEN_YEAR}\b)?",
            re.I,
        ),
        _ORDINAL_NEEDLES,
    ),
    (
        "DATE",
        re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}\b\.?(?:,?\s+(?:19|20)\d\d\b)?", re.I),
        DIGITS,
    ),
    (
        "DATE",
        re.compile(rf"\b{_MONTH}\.?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+(?:19|20)\d\d\b)?", re.I),
        DIGITS,
    ),
    ("DATE", re.compile(rf"\b{_MONTH}\.?\s+(?:19|20)\d\d\b", re.I), DIGITS),
    # "friday 14th", "Tues the 3rd": a weekday and a day of the month.
    (
        "DATE",
        re.compile(
            r"\b(?:mon|tues?|weds?|wednes|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?\s+(?:the\s+)?[1-3]?\d(?:st|nd|rd|th)\b",
            re.I,
        ),
        DIGITS,
    ),
    # "Christmas Eve 2012": a festival day with its year.
    (
        "DATE",
        re.compile(
            r"\b(?:christmas|boxing|new year's|new years|valentine's|valentines|hallowe'?en)(?:\s+(?:eve|day))?"
            r"\s+(?:19|20)\d\d\b",
            re.I,
        ),
        DIGITS,
    ),
    # "tuesday the ninth": a weekday and a day said aloud.
    (
        "DATE",
        re.compile(
            rf"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\s+(?:the\s+)?{_ORDINAL_WORD}\b", re.I
        ),
        _ORDINAL_NEEDLES,
    ),
    # "my dob is nought five oh three two thousand and ten": a birth date said digit by digit.
    (
        "DATE",
        re.compile(
            rf"\b(?:dob|d\.o\.b\.?|born|birthday|date of birth)\s+(?:is\s+|on\s+|was\s+)?"
            rf"(?P<x>{_SPOKEN_RUN}(?:(?:\s+and)?[\s,.-]+{_SPOKEN_RUN}){{3,}})\b",
            re.I,
        ),
        _SPOKEN_NEEDLES,
    ),
    # "on 21/02", "since 3/5": a day and month with no year, after a date word (not "5/10 for her").
    (
        "DATE",
        re.compile(
            r"\b(?:on|since|from|until|till|by|before|after|dob|born|date|due|of|mon|tues?|weds?|thu(?:rs?)?|fri|sat|"
            r"sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day|move out|moving out|booked for|is for|moved to|"
            r"birthday|bday|"
            r"(?:appt|appointment|hearing|court|review|conference|meeting)(?: is| on)?)"
            r"\s+(?:the\s+)?"
            r"(?P<x>(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9]))\b(?!/)",
            re.I,
        ),
        DIGITS,
    ),
    # "visited 28.02 and 14.03": a day and month with a dot, after a date word or another such date (not "at
    # 10.05", "£12.50" or "between 10.30 and 11.05").
    (
        "DATE",
        re.compile(
            r"(?:\b(?:on|since|from|until|till|by|before|after|visited|came|saw|met|rang|phoned|called)|"
            r"(?<=(?:[12]\d|3[01]|0[1-9])\.(?:1[0-2]|0[1-9]) )(?:and|or|,))"
            r"\s+(?:the\s+)?(?P<x>(?:[12]\d|3[01]|0[1-9])\.(?:1[0-2]|0[1-9]))\b(?![.:]\d)",
            re.I,
        ),
        DIGITS,
    ),
    # "on the 4th", "born in 2011", "DOB 2011": a day or a year alone, only after a date cue.
    (
        "DATE",
        re.compile(
            r"\b(?:on|by|from|until|till|since|before|after|due|is|was|it's|to|birthday for)\s+the\s+"
            r"(?P<x>[1-3]?\d(?:st|nd|rd|th))\b"
            r"(?!\s+(?:floor|place|time|grade|year|class|form|attempt|go|round|one|lesson|period|minute|try|day|"
            r"week|month|birthday|hole|step|stop|house|door|page|level|question|person|team|of\s+(?:the|every|each|a)|"
            r"social|worker|workers|carer|carers|foster|placement|placements|school|move|home|new|different|pa|sw)\b)",
            re.I,
        ),
        DIGITS,
    ),
    (
        "DATE",
        re.compile(
            r"\b(?:born|birth|dob|d\.o\.b\.?|birthday)\s*(?:in|on|is|was|year|:)?\s*(?P<x>(?:19|20)\d\d)\b", re.I
        ),
        DIGITS,
    ),
    (
        "ADDRESS",
        re.compile(
            rf"\b\d{{1,4}}(?:-\d{{1,4}})?[A-Za-z]?,?\s+(?:[A-Z][A-Za-z'’-]+\s+){{1,3}}(?:{_STREET_TITLE}|{_HOUSE})\b"
        ),
        DIGITS,
    ),
    # "31 Westgate", "9 Kirkgate": a street named "-gate" (an old word for a street), after a house number.
    ("ADDRESS", re.compile(r"\b\d{1,4}[A-Za-z]?,?\s+[A-Z][a-z]+gate\b"), DIGITS),
    # "41 Esplanade", "3 The Parade": streets named by their street word alone.
    (
        "ADDRESS",
        re.compile(r"\b\d{1,4}[A-Za-z]?,?\s+(?:The\s+)?(?:Esplanade|Promenade|Broadway|Embankment|Parade|Strand)\b"),
        DIGITS,
    ),
    # "12a park view", "27 RIVERSIDE DRIVE": a house number, one to three words that are not everyday
    # words, then a street word, in any case.
    (
        "ADDRESS",
        re.compile(rf"\b(?!(?:19|20)\d\d\b)\d{{1,4}}[a-z]?,?\s+(?:{_NUM_WORD}\s+){{1,3}}{_STREET}\b", re.I),
        DIGITS,
    ),
    ("ADDRESS", re.compile(rf"\b(?!(?:19|20)\d\d\b)\d{{1,4}}[a-z]?,?\s+(?:the\s+)?{_STREET_PLAIN}\b", re.I), DIGITS),
    # "forty two mill lane", "number nine, bell street": a house number said aloud.
    (
        "ADDRESS",
        re.compile(
            rf"\b(?:number\s+)?{_NUMBER_WORD}(?:\s+{_UNIT_WORD})?,?\s+(?:{_NUM_WORD}\s+){{1,2}}{_STREET_PLAIN}\b", re.I
        ),
        _SPOKEN_NEEDLES,
    ),
    # "3 the old forge, pentre road": a numbered house name, then its street.
    (
        "ADDRESS",
        re.compile(
            rf"\b(?!(?:19|20)\d\d\b)\d{{1,4}}[a-z]?,?\s+(?:the\s+)?(?:{_NUM_WORD}\s+){{0,2}}{_NUM_WORD},\s+"
            rf"(?:{_NUM_WORD}\s+){{1,2}}{_STREET}\b",
            re.I,
        ),
        DIGITS,
    ),
    # "12b high street": one word of any kind between a house number and a plain street word.
    (
        "ADDRESS",
        re.compile(
            r"\b(?!(?:19|20)\d\d\b)\d{1,4}[a-z]?,?\s+[a-z'’-]+\s+(?:road|rd|street|avenue|lane|crescent|grove|terrace)\b",
            re.I,
        ),
        DIGITS,
    ),
    (
        "ADDRESS",
        re.compile(r"\b(?:flat|apartment|apt|unit|room|block|suite|house)\s+\d{1,4}[a-z]?\b(?=,?\s+\d)", re.I),
        DIGITS,
    ),
    (
        "ADDRESS",
        re.compile(r"\b(?:flat|apartment|apt|unit|plot|pitch)\s+(?:no\.?\s*)?\d{1,4}[a-z]?(?:/\d{1,2})?\b", re.I),
        DIGITS,
    ),
    # "pitch 9 at Marston Lane site", "caravan 114 at Sandy Acres Holiday Park": a pitch or a van on a named site.
    (
        "ADDRESS",
        re.compile(
            r"\b(?:[Pp]itch|[Pp]lot|[Cc]aravan|[Vv]an|[Ss]tatic|[Cc]halet|[Bb]erth|[Mm]ooring)\s+(?:[Nn]o\.?\s*)?\d{1,4}[a-z]?"
            r"\s+(?:at|on|in)\s+(?:the\s+)?[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,3}\s+"
            r"(?:[Ss]ite|[Hh]oliday [Pp]ark|[Cc]aravan [Pp]ark|[Pp]ark|[Mm]arina|[Ee]state)\b"
        ),
        DIGITS,
    ),
    # "on the Longley estate": an estate named before the word.
    (
        "ADDRESS",
        re.compile(r"\b(?:on|at|from|in|off|near) the (?P<x>[A-Z][a-z'’]+(?: [A-Z][a-z'’]+)? [Ee]state)\b"),
        ("estate", "Estate"),
    ),
    # "2 bryn teg llanrwst ll26 0dt", "nine heol y nant cardiff cf14 3ne": a house number and the words
    # after it, up to a postcode, whatever the street is called.
    (
        "ADDRESS",
        re.compile(
            rf"\b(?:at|is|to|address|addy|live|lives|living|moved to)\s+(?P<x>(?:\d{{1,4}}[a-z]?|{_NUMBER_WORD})"
            r"(?:,?\s+[a-z'’-]+){1,4})(?=,?\s+[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2}\b)",
            re.I,
        ),
        DIGITS,  # the postcode has digits
    ),
    # "our address is Upper Setter ZE2 9LR": a named house or farm, with no number, given as the address and
    # followed by its postcode.
    (
        "ADDRESS",
        re.compile(
            r"\b(?:address is|addy is|address:|live at|living at|lives at)\s+"
            r"(?P<x>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,3})(?=,?\s+[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b)",
        ),
        DIGITS,  # the postcode has digits
    ),
    # "4/2, 77 Dumbarton Road": a Scottish tenement flat before the house number.
    ("ADDRESS", re.compile(r"\b\d{1,2}/\d{1,2}(?=,?\s+\d{1,4}[a-z]?\s+[A-Za-z])"), DIGITS),
    # "flat 3 kestrel house": a flat in a named block, in any case.
    (
        "ADDRESS",
        re.compile(
            rf"\b(?:flat|apartment|room|unit)\s+\d{{1,4}}[a-z]?,?\s+(?:{_NUM_WORD}\s+){{1,2}}"
            r"(?:house|court|lodge|tower|towers|heights|mansions|buildings|foyer|hall)\b",
            re.I,
        ),
        DIGITS,
    ),
    # "Flat B", "flat 2B" after a street: a lettered flat.
    ("ADDRESS", re.compile(r"\b(?:[Ff]lat|FLAT|[Aa]partment|[Uu]nit)\s+[A-H]\b"), ("lat", "LAT", "partment", "nit")),
    # "live at 221 Kingsway": a number and one street name with no street word, after a living cue.
    (
        "ADDRESS",
        re.compile(
            rf"\b{_ADDRESS_CUE}\s+(?:is\s+)?(?:at|to|in)\s+(?P<x>\d{{1,4}}[a-z]?,?\s+[A-Z][a-z'’]+)\b(?!\s+{_STREET_TITLE})"
        ),
        DIGITS,
    ),
    (
        "ADDRESS",
        re.compile(
            # "The Old Schoolhouse": a house name's own "The" belongs to it
            rf"\b(?:The\s+(?=[A-Z][a-z'’]+\s+{_HOUSE}\b))?"
            r"(?:(?!(?:The|My|Our|His|Her|Their|A|An|I|We|In|At|On|To|From|This|That|Foster|Children's|"
            r"Care|Group|Family|Respite|Big|White|Open|Full|Safe|Mum's|Dad's|Nan's|Council)\b)"
            rf"[A-Z][a-z'’]+\s+){{1,2}}(?:{_STREET_TITLE}|{_HOUSE})\b"
        ),
        (
            *("Road", "Rd", "St", "Ave", "Lane", "Ln", "Cl", "Dr", "Way", "Cres", "Place", "Gardens", "Grove"),
            *("Terrace", "Walk", "Hill", "Park", "View", "Square", "Sq", "Mews", "Rise", "Row", "Court", "Parade"),
            *("Vale", "Boulevard", "Cottage", "Lodge", "Farm", "Bungalow", "Manor", "Villa", "Rectory"),
            *("Vicarage", "Grange", "Barn", "House", "Site", "B&B", "Hotel", "Hostel", "Inn", "Foyer", "Lodge"),
            *("Schoolhouse", "Forge", "Croft", "Steading", "Bothy", "Smithy", "Stables", "Granary"),
            *("Esplanade", "Promenade", "Embankment", "Broadway"),
        ),
    ),
    # "i live on maple avenue", "moved to rose cottage": a street or house name after an address cue.
    (
        "ADDRESS",
        re.compile(
            rf"\b{_ADDRESS_CUE}\s+(?:is\s+)?(?:on|in|at|to|off|near)\s+(?P<x>(?:{_WORD}\s+){{1,2}}"
            rf"(?:{_STREET}|cottage|lodge|farm|bungalow|manor|villa|rectory|vicarage|grange)\.?)(?!\w)",
            re.I,
        ),
        ("live", "stay", "mov", "house", "home", "flat", "address", "placement", "lodging", "nan", "mum", "dad"),
    ),
    (
        "ADDRESS",
        re.compile(rf"\b(?:on|off|in|near|down|along|up)\s+(?P<x>(?:{_WORD}\s+){{1,2}}{_STREET_PLAIN})\b", re.I),
        ("road", "rd", "street", "avenue", "ave", "lane", "ln", "crescent", "cres", "gardens", "grove", "terrace"),
    ),
    (
        "SCHOOL",
        re.compile(
            rf"\b(?:St\.?\s+|Saint\s+)?(?:(?!(?i:{_SCHOOL_STOP})\b)[A-Z][A-Za-z'’-]+\s+){{1,4}}"
            rf"(?:C\s?of\s?E\s+|CE\s+|RC\s+|Catholic\s+|Church\s+of\s+England\s+|Church\s+in\s+Wales\s+|Community\s+|"
            rf"C\.E\.\s+)?"
            rf"{_SCHOOL_TYPE}(?:\s+(?:School|Academy|College))?(?:\s+for\s+(?:the\s+)?(?:Deaf|Blind|Girls|Boys))?\b"
        ),
        (
            *("Primary", "Junior", "Infant", "Secondary", "High", "Grammar", "Academy", "College", "chool"),
            *("Nursery", "Sixth", "University", "PRU", "Pupil"),
        ),
    ),
    # "Our Lady of the Vale Primary", "Holy Family Catholic School": a church school's name with "of" and "the".
    (
        "SCHOOL",
        re.compile(
            r"\b(?:Our Lady|Holy|Sacred Heart|Christ the King|Blessed|Corpus Christi)"
            r"(?:\s+(?:of|and|the|&|[A-Z][\w'’-]+)){0,5}?"
            rf"\s+(?:RC\s+|Catholic\s+|C\s?of\s?E\s+|CE\s+)?{_SCHOOL_TYPE}\b"
        ),
        ("Our Lady", "Holy", "Sacred", "Christ", "Blessed", "Corpus"),
    ),
    # "mrs jones" in lower case ("miss" and "dr" are too often a verb or a drive to be read so).
    (
        "NAME",
        re.compile(rf"\b(?:mr|mrs|ms|mx)\.?\s+(?!{_STOP}\b)[a-z][a-z'’-]+(?<!'s)(?<!’s)"),
        ("mr", "ms", "mx"),
    ),
    (
        "NAME",
        re.compile(
            rf"\b(?:teacher|tutor|head|headteacher|called|named)(?: is| was)? "
            rf"(?P<x>miss\s+(?!{_STOP}\b)[a-z][a-z'’-]+(?:\s+(?!{_STOP}\b)[a-z][a-z'’-]+(?=\s*(?:[,.!?]|$)))?)",
            re.I,
        ),
        ("miss", "Miss"),
    ),
    # Welsh-medium schools: "Ysgol Bryn Teg".
    ("SCHOOL", re.compile(r"\b[Yy]sgol(?:\s+(?:y|yr))?(?:\s+[A-Z][\w'’-]+){1,3}"), ("sgol",)),
    ("SCHOOL", re.compile(r"\b[Cc]oleg(?:\s+(?:y|yr))?(?:\s+[A-Z][\w'’-]+){1,3}"), ("oleg",)),
    # Welsh street names: "27b Heol y Nant", "4 Stryd Fawr".
    (
        "ADDRESS",
        re.compile(
            r"\b\d{1,4}[a-z]?,?\s+(?:Heol|Stryd|Ffordd|Lon|Lôn|Rhodfa|Cilgant|Maes|Plas|Tŷ|Ty|Glan)"
            r"(?:\s+(?:yr|y|[A-ZÂÊÎÔÛŴŶ][\w'’-]+)\b){1,3}"
        ),
        DIGITS,
    ),
    # "Heol y Bryn, Pontypridd", "Glan yr Afon": a Welsh street name with no number, after a comma or cue.
    (
        "ADDRESS",
        re.compile(
            r"(?:(?<=, )|(?<=\bto )|(?<=\bat )|(?<=\binto )|(?<=\bon ))"
            r"(?:Heol|Stryd|Ffordd|Lon|Lôn|Rhodfa|Cilgant|Maes|Plas|Glan|Bryn|Cwm|Pant)(?:\s+(?:yr|y|[A-ZÂÊÎÔÛŴŶ][\w'’-]+)\b){1,3}"
        ),
        ("Heol", "Stryd", "Ffordd", "Lon", "Lôn", "Rhodfa", "Cilgant", "Maes", "Plas", "Glan", "Bryn", "Cwm", "Pant"),
    ),
    # "st marys", "St Bede's": a saint's name, as schools (and churches) are called.
    (
        "SCHOOL",
        re.compile(
            rf"\b(?:st|saint)\.?\s+(?!{_NOT_SAINT}\b)[a-z]{{2,}}(?:'s|’s|s)\b"
            rf"(?:\s+(?:c of e|ce|rc|catholic|church of england)\b)?(?:\s+{_SCHOOL_LOWER}\b)?(?:\s+school\b)?",
            re.I,
        ),
        ("st", "St", "ST", "aint"),
    ),
    (
        "SCHOOL",
        re.compile(
            rf"\b(?:go to|goes to|go|goes|went to|going to|attend|attends|attended|at|from|in|got into|"
            rf"my (?:old |new |last )?school(?: is| was|,)?|"
            rf"school(?: is| was)? called|our school(?: is)?) "
            rf"(?P<x>(?:(?!{_SCHOOL_STOP}\b)[a-z][a-z'’-]+\s+){{1,3}}{_SCHOOL_LOWER})\b",
        ),
        (
            *("prim", "academy", "school", "college", "grammar", "university", "high", "junior", "infants", "uni"),
            *("sixth", "nursery"),
        ),
    ),
    # "moved from King Henry VIII to Monmouth Comprehensive": the school left, named beside the one joined.
    (
        "SCHOOL",
        re.compile(
            r"\b(?:moved|changed|transferred|went|switched)\s+(?:schools?\s+|colleges?\s+)?from\s+"
            r"(?P<x>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|[IVX]+)){0,3})"
            rf"(?=\s+to\s+(?:[A-Z][\w'’-]*\s+){{1,3}}(?:{_SCHOOL_TYPE}|Comprehensive|Comp)\b)"
        ),
        ("from",),
    ),
    # "I'm at Collyer's now doing A levels": a college or university named by what the writer studies there.
    (
        "SCHOOL",
        re.compile(
            r"\b(?:i'm|im|i am|she's|he's|she is|he is)\s+(?:now\s+)?at\s+"
            r"(?P<x>(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))"
            r"(?=\s+(?:now\s+)?(?:doing|studying)\s+(?:my\s+|a\s+|an\s+|the\s+)?(?:a[- ]?levels?|gcses?|btecs?|nvqs?|"
            r"level\s+\d|courses?|degree|access|apprenticeship|hospitality|catering|childcare|health and social care|"
            r"construction|hair|beauty|motor vehicle|plumbing|engineering|nursing|business|music|art)\b)",
            re.I,
        ),
        (" at ",),
    ),
    # "hillside academy": a name before a school word, even with no cue, if it is not an everyday word.
    (
        "SCHOOL",
        re.compile(
            rf"\b(?P<x>(?:{_WORD}\s+){{1,2}}(?:academy|primary school|high school|grammar school|juniors|infants|"
            r"community college|secondary school|junior school|infant school|pru|sixth form college|special school))\b"
        ),
        ("academy", "school", "juniors", "infants", "college", "pru"),
    ),
]
