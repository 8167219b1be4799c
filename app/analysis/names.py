"""Names in a free-text answer, for redaction: the names Tellus knows, a first-name list, and cues.

A name is redacted when it is a known name (staff, the invitee), a word on the first-name list, a word
that is not English next to a cue ("ask for Bev", "my cousin dezzy"), or a name that is also a word
doing what people do ("Summer is my sw", "Hope said"). It errs towards redacting, but keeps languages,
places, festivals and shops (data/not_names_en.txt), misspelt verbs after a cue ("my uncle herts me")
and the other senses of "Will", "May" and "Hope". Everything is built once, at import.
"""

import re
from collections.abc import Iterable
from pathlib import Path

from nicknames import NickNamer

from .spelling import ORDINARY_WORDS
from .text import TEXT_SPEAK, word_set

DATA = Path(__file__).resolve().parent / "data"
Found = tuple[int, int]  # (start, end) of a name in the answer


def _word_list(name: str) -> frozenset[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(word.lower() for line in lines if not line.startswith("#") for word in line.split())


FIRST_NAMES = _word_list("first_names.txt")
COMMON_WORD_NAMES = _word_list("first_names_common_words.txt")
LISTED_NAMES = FIRST_NAMES | COMMON_WORD_NAMES  # every name either list holds
# Towns and villages of Great Britain, whole names in lower case ("withernsea", "king's lynn").
PLACES = frozenset(
    line.strip().lower()
    for line in (DATA / "places_gb.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)
_POSSESSIVE = re.compile(r"['’]s$")

# The people around a child whose names the answers give ("my PA is aisha", "my worker grace").
_ROLES = (
    r"(?:social worker|worker|sw|pa|personal adviser|iro|advocate|key worker|keyworker|caseworker|case worker|"
    r"support worker|mentor|carer|foster carer|teacher|tutor|manager)"
)
# Words after which the next capitalised word is a person's name ("my social worker Jo").
STRONG_CUES = re.compile(
    rf"\b(?:{_ROLES}|personal advisor|youth worker|therapist|counsellor|called|named|name is|name's|names|mum|mam|"
    r"mom|dad|"
    r"brother|sister|nan|nanny|gran|grandad|mate|best mate|bestie|bezzie|best friend|bff|neighbour|coach|tutor|"
    r"nurse|doctor|lodger|housemate|flatmate|"
    r"auntie|aunty|aunt|uncle|cousin|son|daughter|baby|friend|boyfriend|girlfriend|partner|"
    r"step ?dad|step ?mum|stepdad|stepmum|thank you|thanks|thank|thank u|thanku|ty|love you|"
    r"nanna|nana|nanny|grandma|granny|grandpa|gramps|grampa|bruv|bruver|brudda|sis|ask for|asked for|"
    r"speak to|spoke to|talk to|talked to|dear|hi|hiya|hello|interpreter|translator|"
    r"solicitor|guardian|ask|tell|text|txt|texted|ring|rang|phone|phoned|message|messaged|thanks to|thank you to|"
    r"shout ?out to|(?:mum|dad|mother|father|parent|carer|nan|gran|grandad) of)\s*,?\s*$",
    re.IGNORECASE,
)
# Weaker signs, enough for a capitalised word mid-sentence that is on the first-name list.
WEAK_CUES_BEFORE = re.compile(r"(?:with|and|to|told|asked|met|see|saw|seen|like|love|miss|from|by|for|ask)\s*$", re.I)
WEAK_CUES_AFTER = re.compile(
    r"^\s*(?:said|says|told|tells|is my|was my|is our|was our|came|comes|visits|visited|helped|helps|listens|"
    r"listened|rang|rings|called|calls|phoned|texted|texts|emailed|explained|explains|has been|is|was|and|"
    r"&|who|always|never|really|will|does|did|didn't|doesn't|isn't|wasn't|has|had|gets|got|'s|’s)\b",
    re.IGNORECASE,
)
_PAIRED_AFTER = re.compile(r"(?:, [A-Z][a-z'’]+)? (?:and|&) (?:me|i|I|my|[A-Z][a-z'’]+)\b")  # "Faith, Joy and me"
# What may come between a first name and the rest of a full name: "Aoife Ní Bhriain", "Van der Merwe".
_PARTICLES = "ní|ni|nic|ó|uí|ui|mac|mc|van|von|de|da|di|du|le|la|bin|binti|ibn|al|el|ap|abu|abd"
_PARTICLE_WORDS = rf"(?i:{_PARTICLES})(?: (?:der|den|de|la|le))?"
_PARTICLE = re.compile(rf" {_PARTICLE_WORDS} (?=[A-Z])")
_LOWER_PARTICLE = re.compile(rf" (?:{_PARTICLES})(?: (?:der|den|de|la|le))? (?=[a-z])")
# A capitalised word that ends the clause after a first name: "Grace Mitchell (DOB ...)", "Hope Cowie, 15". It is a
# surname when it is no English word (not "Summer Holidays." or "Grace Period,").
_SURNAME_BEFORE_STOP = re.compile(r" ([A-Z][^\W\d_'’]+)(?=\s*[,(.:;!?]|\s+-\s|\s*$)")
_SURNAME_AFTER = re.compile(
    rf"(?: {_PARTICLE_WORDS})? [A-Z][^\W\d_'’]+(?:['’]s)?(?:-[A-Z][^\W\d_'’]+)?"
    r"(?= (?!and\b|&)[a-z]| [A-Z][^\W\d_'’]+(?:,| (?!and\b|&)[a-z]))"
)
_PAIRED_NAME_AFTER = re.compile(r" (?:and|&|n) ([^\W\d_]+)\b")
_AND_JOIN = re.compile(r"\s+(?:and|&)\s+")
LIST_JOIN = re.compile(r"\s*(?:,|&|and|,\s*and)\s+|,")
# "K. Whitfield-Jones", "J. Okafor": an initial and a surname that is not an English word.
INITIAL_SURNAME = re.compile(r"\b[A-Z]\.\s?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?\b")
# "mrs d. harrison": a title, an initial and a surname, all in lower case.
LOWER_TITLED = re.compile(r"\b(?:mrs|mr|ms)\.?\s+(?P<x>[a-z]\.\s?[a-z][a-z'’-]{2,})\b")
TITLES = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|dr|Mister|Missus|Sgt|Cpl|Capt|Lt|Rev|Revd|Prof|Cllr)\.?"  # "dr Khan" as gps are written
    r"\s+(?:[A-Z][a-zA-Z'’-]+|(?!I\b)[A-Z]\b)"
    r"(?:(?:\s+(?:der|den|de|la|le|van|von|da|di|du|al|el|bin|ibn))*\s+[A-Z][a-zA-Z'’-]+)?"
)
# Letters of any alphabet, so "Siobhán", "Zoë" and "Łukasz" are whole words.
WORD = re.compile(r"[^\W\d_][^\W\d_'’]*(?:['’][^\W\d_]+)*(?:-[^\W\d_][^\W\d_'’]*(?:['’][^\W\d_]+)*)*")
# After a first name that is also a word ("Summer", "Hope"), words that show it is a person.
PERSON_AFTER = re.compile(
    r"^(?:['’]s\s+(?:mum|dad|mam|nan|sister|brother|family|house|name|social worker|worker|sw|pa|carer|foster carer|"
    r"manager|teacher|keyworker|key worker|the only one|the one who|review|plan|meeting|appointment|birthday|"
    r"(?:pep|ehcp|lac|cla|cin|cp|core group) (?:meeting|review|plan)|pep|ehcp|"
    r"contact|been|had|got|settled|started|nhs|dob|date of birth)\b|"
    r"\s+and (?:(?:her|his|their) (?:manager|team|colleague|boss|student)|"
    r"(?:her|his) (?:brother|sister|mum|dad|nan|son|daughter|baby|kids|husband|wife|partner))\b|"
    r"\s+(?:said|says|told|tells|came|comes|come (?:to see|to visit)|loves|loved|showed|shows|brought|brings|"
    r"bought|gave|gives|keeps? asking|(?:is|was) in the (?:meeting|review|room|visit|hearing|conference)|"
    r"visits|visited|rang|rings|called|texted|texts|emailed|helped|helps|listens|listened|explained|sorted|took|"
    r"takes|goes|went|left|quit|retired|thought|thinks|knew|knows|asked|asks|promised|promises|forgot|forgets|"
    r"believed|believes|understands|understood|cares|cared|translated|interpreted|"
    r"is my|was my|is our|is the best|was the best|is now|from the|from|at the|"
    r"(?:in|on) the (?:[a-z]+ )?(?:team|office|service|duty desk)|"
    r"(?:is|was|turned|turns) (?:nearly |only |just )?\d{1,2}"
    r"(?=\s+(?:now|and|next|in|this|last|but|so|years? old)\b|\s*[,.!]|\s*$)|"
    r"and me|and i|"
    r"(?:my|(?:my|our) (?:old|last|previous|first)) "  # "Mark our old worker"; not "Hope our new worker is better"
    r"(?:sw|social worker|worker|pa|iro|carer|foster carer|key worker|keyworker|caseworker|case worker|"
    r"support worker|mentor|advocate|personal adviser)|"
    r"my (?:foster |step ?|little |big |older |younger |baby |twin |half |wee )+(?:dad|mum|mam|sister|brother|nan|"
    r"cousin)|"
    r"(?:is|was) (?:a|so|really|very|lovely|kind|nice|amazing|great|the|always|"
    r"never|my|doing|coming|bringing|sound|alright|brilliant|fab|ace|mint|boss|decent|ok|okay|fine|good|funny|"
    r"helpful|well (?:nice|good|sound|kind|funny|decent|mint|safe))|"
    r"(?:did|done) (?:my|our|the|his|her)|needs|wants|just wants|will be|"
    r"(?:our|my) (?:family |support |key |supervising |fostering |link )?(?:social )?worker|"
    r"has (?:settled|moved|started|got|had|come|gone|done|made)|"
    r"never|always|didn't|doesn't|won't|can't|wont|cant|didnt|doesnt|keeps|kept|has been|who was|who is)\b|"
    r"\s*\(\s*(?:my|our|the|she's|he's|his|her|that's|thats|that is|what|aka)\b|\s*\((?:[A-Za-z][a-z]+ ?){1,3}\)|"
    r",\s+(?:my|our) (?:new |old |lovely |amazing )?(?:social worker|worker|sw|pa|iro|keyworker|key worker|carer|"
    r"foster carer|foster mum|foster dad|support worker|mentor|advocate|teacher|personal adviser)\b|"
    r"\s+at (?:[A-Z][\w'’]+ ){1,3}(?:nursery|school|primary|academy|college|centre|hub|house|lodge|unit|clinic)\b|"
    r"\s+as (?:my|our) (?:worker|sw|pa|social worker)\b|"
    r"\s+the (?:night |day |family |contact |support |family support |youth |parenting )?(?:manager|worker|staff|"
    r"nurse|teacher|carer|foster carers?|foster (?:dad|mum|mam|parent)|interpreter|translator|advocate|"
    r"social worker|solicitor|driver|supervisor|"
    r"keyworker|key worker|support worker|mentor|officer|coordinator|co-ordinator|assistant)\b)",
    re.IGNORECASE,
)
# "is called pat", "named summer", "her name is grace": the next word is a name in any case, if it is
# listed or not an English word ("called back", "called the police" are not names).
_CALLED_BEFORE = re.compile(
    rf"\b(?:called|named|name is|name's|names|name\s*:|goes by|(?:my|our|the) (?:{_ROLES}|nan|mum|dad) is)\s+$", re.I
)
# "hi its grace", "this is Mo." (first in the answer): the writer giving their own name. "^" is the
# start of the answer even when the search starts later in it.
_SELF_BEFORE = re.compile(r"(?:\b(?:hi|hiya|hello|hey)[,!]?\s+(?:it's|its|it is|this is)|^this is)\s+$", re.I)
_I_AM_BEFORE = re.compile(r"(?:^|[.!?,]\s*)(?:i'm|im|i am)\s+$", re.I)
_AGE_AFTER = re.compile(r"\s*(?:,|and)?\s*(?:i'm|im|i am)?\s*(?:\d{1,2}|aged)\b", re.I)
# "tell her from jordan": who a message is from, at the end of the answer.
_FROM_BEFORE = re.compile(r"\b(?:tell|say to|thank|give)\s+(?:her|him|them)\b[^.!?]{0,40}\bfrom\s+$", re.I)
_ANSWER_END = re.compile(r"\s*(?:[.!x]+\s*)?$", re.I)
# "I call her Bee": a capitalised word after it is what someone is called (not "they call me dutty").
_NICKNAME_BEFORE = re.compile(r"\bcalls? (?:her|him)\s+$", re.I)
# "tesfay is my surname", "Skip is what everyone calls me": a word the writer says is a name.
_IS_A_NAME = re.compile(
    r"\s+(?:is|was)\s+(?:my|his|her|their|our)\s+(?:sur|first |last |middle |real |full |nick)?name\b"
    r"|\s+is what (?:everyone|everybody|people|they|my [\w']+|all my mates) calls? me\b(?! (?:for|about|when|to|if))",
    re.I,
)
# What only a person does, in words no modal, month or everyday word is followed by ("chidera explained", "if
# will says"): after a lower-case word that is not English at the start of a sentence, and after a known name.
_PERSON_VERBS = (
    "explained explains said says told tells helped helps rang rings sorted visited visits listened listens texted "
    "texts emailed phoned translated interpreted"
)
_PERSON_DOES = re.compile(
    rf"^\s+(?:{'|'.join(_PERSON_VERBS.split())}|is \d{{1,2}}|"
    r"(?:from|fae|frae) the (?:[a-z-]+ ){0,2}(?:team|service))\b",
    re.I,
)
_ROLE_BEFORE = re.compile(
    rf"\b(?:my|our|the|her|his) (?:new |old |last |first |previous |current |lovely )?{_ROLES}\s+$"
    r"|\b(?:ask for|asked for|speak to|talk to)\s+$",
    re.I,
)
_MONTHS = frozenset({"may", "june", "april", "august", "march"})  # names that are months
_SEASONS = frozenset({"summer", "autumn", "winter", "spring"})  # names that are seasons
# What follows a season, not a person: "Summer is my favourite time of year", "Winter holidays".
_SEASON_AFTER = re.compile(
    r"\s+(?:(?:is|was|'s)\s+(?:my\s+)?(?:favourite|fave|favorite|over|nearly here|here|hot|cold|warm|freezing|long|"
    r"dark|the (?:best|worst|nicest) (?:time|season|part))\b"
    r"|(?:holidays?|hols|term|half term|time|months?|camp|break)\b)"
    r"|['’]s\s+(?:been|had|got)\b",  # "Summer's been long": the season, as a person's name cannot be told from it
    re.IGNORECASE,
)
# How a known name that is also a word goes on when it is the person: "will is ok", "mark was good".
_SEEMS_AFTER = re.compile(
    r"^\s+(?:is|was|'s)\s+(?:ok|okay|good|fine|nice|class|sound|safe|the one|the only one)\b", re.IGNORECASE
)
# What a known name that is also a word comes after, or is followed by, only when it is the person: "i told
# dawn", "i liked will" (a modal never comes after "told"); "dawn and kev from the team".
_KNOWN_CUE_BEFORE = re.compile(
    r"\b(?:told|tell|asked|ask|met|liked|like|loved|love|missed|miss|thank|thanks|with|from)\s+$", re.IGNORECASE
)
_AND_NAME_AFTER = re.compile(r"\s+(?:and|&|n)\s+[a-z]+\s+(?:from|at|are|were|is|was|have|came|both)\b", re.IGNORECASE)
_THIRD_PERSON_AFTER = re.compile(
    rf"\s+(?:{'|'.join(_PERSON_VERBS.split())}|promised|promises|knows|thinks|asks|asked)\b", re.IGNORECASE
)
# The family and friends a lower-case name that is also a word follows ("my daughter grace"), and
# what the person then does; a modal ("my son will come") is never taken.
_FAMILY_BEFORE = re.compile(
    r"\b(?:my|our|her|his) (?:daughter|son|girlfriend|boyfriend|partner|sister|brother|little sister|"
    r"little brother|big sister|big brother|friend|best friend|mate|cousin|niece|nephew|grandson|granddaughter|"
    r"wife|husband|baby)\s+$",
    re.I,
)
_DOES_AFTER = re.compile(
    r"^,?\s+(?:has|is|was|comes|came|goes|went|loves|likes|and|who|needs|gets|got|said|says)\b", re.I
)
# "me and rose", "rose and me": a listed name in lower case beside the writer.
_WITH_ME_BEFORE = re.compile(r"\b(?:me|i) (?:and|&|n) (?:our )?$", re.I)  # "me and our jordan": a sibling
# Before a word that describes ("too long and i was sick", "boring and long and i"): not a name paired with me.
_DESCRIBED_BEFORE = re.compile(
    r"\b(?:too|so|very|really|quite|proper|dead|well|is|was|are|were|be|been|being|it's|its|and|or|a bit|more"
    r"|less)\s+$",
    re.I,
)
_WITH_ME_AFTER = re.compile(r"^ (?:and|&|n|an) (?:me|i)\b", re.I)  # "Hope an me want tae live thegither"
_ME_AND_FIRST = re.compile(r"(?:^|[.!?]\s*)(?:me|i) (?:and|&|n) $", re.I)  # the sentence starts "me and dunny"
_INITIAL_AFTER = re.compile(r" [A-HJ-Z]\.?(?=[\s,.!?)]|$)")  # not "I"
# Before a month that is also a name ("in June", "last April"): the month, not the person.
MONTH_BEFORE = re.compile(
    r"\b(?:in|since|until|till|by|of|last|next|this|early|late|mid|end|start|before|after)\s*$", re.I
)
# Capitalised words that never start or continue a name, even after a cue.
NOT_NAMES = (
    word_set(
        """
    i i'm i've i'd i'll a an the and but or so is was are were be been has have had do does did it its it's he she
    they we you my our your his her their this that these those there here what when where why how who which if
    then than because as at in on to for from with of by about not no yes very really just also always never
    sometimes often she's he's they're we're you're can could would should shall might must social worker pa team
    council service school mum dad nan monday tuesday wednesday thursday friday saturday sunday january february
    march july september october november december christmas easter english british god ok okay thanks thank
    please sorry hi hello dear childline nspcc google facebook snapchat instagram tiktok youtube whatsapp xbox
    playstation tesco asda aldi lidl sainsburys morrisons primark mcdonalds kfc camhs nhs cafcass barnardos ofsted
    iro sw uk england wales scotland ireland london manchester birmingham leeds liverpool bristol sheffield
    newcastle universal credit jobcentre mondays tuesdays wednesdays thursdays fridays saturdays sundays sir
    madam gcse gcses btec btecs alevels sats ehcp aunty auntie nanna nana bruv bruva bruver sis hun babe lol
    omg tbh ngl idk fr bday pe re ict dt dob shes hes im ive id ill dont cant wont didnt isnt wasnt doesnt
    theyre thats whats wheres theres youre were weve hadnt havent couldnt wouldnt shouldnt aint innit ya yeah yep
    nah nope pls plz thx ta x xx xxx whos who's whose mr mrs ms mx dr sgt fae aff wee ye yer oot hame ken
    """
    )
    | frozenset(TEXT_SPEAK)
    | _word_list("not_names_en.txt")
)
# Words a name that is also a word ("Will", "May") can start a sentence with in its other sense, and
# what follows them then: "Will never forget", "May I ask", "Can you".
_MODAL_NAMES = frozenset({"will", "may", "can"})
# What never follows "will" the modal, so shows Will the person: "will was my worker", "i hope will comes back".
_WILL_DOES = (
    r"was|is|has|had|comes|came|goes|went|left|said|says|did|does|rang|rings|helped|helps|texted|texts|"
    r"visited|visits|knows|knew|gets|got|took|takes|promised|listens|listened"
)
_WILL_AS_NAME_AFTER = re.compile(
    rf"^\s+(?:{_WILL_DOES}|'s|"
    r"my (?:social |key |support )?(?:worker|sw|pa|keyworker|carer|iro|mentor) (?:is|was|has|'s))\b",
    re.IGNORECASE,
)
# "can will ring me": a modal never follows a modal, so "will" after one is Will the person.
_MODAL_BEFORE = re.compile(r"\b(?:can|could|would|should|might|must|may|shall)\s+$", re.I)
# ... and where Will, found once, is found again ("i hope will comes back").
_WILL_AGAIN = re.compile(rf"(?<![\w'’@-])[Ww]ill(?=\s+(?:{_WILL_DOES})\b)")
# A name found once is not hidden again elsewhere in the answer if it is one of these ("Jan ... since Jan").
_NOT_CARRIED = _MODAL_NAMES | _MONTHS | word_set("jan feb mar apr jun jul aug sep sept oct nov dec")
# After a modal that opens a question ("Will you ...", "Can the worker ..."): never the name, even a known one.
_QUESTION_WORDS = (
    "you u i we they he she it the my your our a an any all someone somebody anyone anybody everyone there this that"
)
_QUESTION_AFTER = re.compile(rf"^\s+(?:{'|'.join(_QUESTION_WORDS.split())})\b", re.IGNORECASE)
# ... and the words a modal is followed by in a statement too ("will never", "may be").
_MODAL_WORDS = f"{_QUESTION_WORDS} be not never always have definitely probably just still really"
_MODAL_AFTER = re.compile(rf"^\s+(?:{'|'.join(_MODAL_WORDS.split())})\b", re.IGNORECASE)
# "miss patience", "mrs hope": a title in any case before a listed name.
_TITLE_BEFORE = re.compile(r"\b(?:miss|mrs|mr|ms|mx|auntie|aunty|uncle|nanna|nana|nan|grandma|grandad)\s+$", re.I)
# "summer is my best friend": a name that is also a word, then what makes it a person.
_IS_MY_PERSON = re.compile(
    r"\s+(?:is|was|'s)\s+(?:my|our|his|her|their)\s+(?:best\s+|big\s+|little\s+|older\s+|younger\s+|baby\s+|"
    r"first\s+|last\s+|old\s+|new\s+|previous\s+|current\s+|"
    r"twin\s+|step\s*|half\s+)?(?:friend|freind|mate|worker|social worker|sw|pa|"
    r"sisters?|brothers?|sis|bro|cousin|teacher|carer|foster carer|girlfriend|boyfriend|nan|mum|dad|auntie|aunty|uncle|"
    r"key worker|keyworker|iro|advocate|neighbour|daughter|son)\b|['’]s name\b|"
    # "amber and rose are my sisters", "sky and blessing my foster sisters": either name of a pair
    r"(?:\s+(?:and|&|n)\s+[^\W\d_]+)?,?\s+(?:(?:are|were)\s+)?(?:my|our|his|her|their)\s+(?:foster\s+|step\s*)?"
    r"(?:little\s+|big\s+|older\s+|younger\s+|twin\s+|best\s+)?"
    r"(?:sisters|brothers|cousins|friends|mates|carers|foster carers|daughters|sons|twins)\b",
    re.IGNORECASE,
)
# Before and after a lower-case word that is not an English word and ends in 's, what shows it is a
# person: whose house someone stays at ("crashing at dazza's") or whose family ("abdiwali's mum rang").
_AT_HOUSE_BEFORE = re.compile(
    r"\b(?:stay|stays|stayed|staying|stop|stopping|stopped|crash|crashing|crashed|sleep|sleeping|slept|live|lives|"
    r"living|lived|been|go|going|went|gone|round|over)\s+(?:at|round|to|over at|round at)\s+$",
    re.I,
)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_OFFICE_AFTER = re.compile(r"\s+(?:office|offices|team|hub|centre|center|branch|site|depot|campus|base)\b", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:my|your|his|her|our|their|the|a|an|this|that|foster|step)\s+$", re.I)
_FAMILY_AFTER_POSSESSIVE = re.compile(
    r"['’]s\s+(?:mum|mam|dad|nan|nanny|gran|grandad|sister|brother|family|auntie|aunty|uncle|cousin|house|flat|place|"
    r"mate|mates|girlfriend|boyfriend|baby|kids|son|daughter|foster carers?|carers?)\b",
    re.I,
)
_CONTACT_BEFORE = re.compile(r"\b(?:ring|text|call|phone|message|whatsapp)\s+$", re.I)
_NUMBER_AFTER = re.compile(r"\s+(?:on|at)\s+\+?\d")
_OBJECT_AFTER = re.compile(r"\s+(?:it|this|that|them|up|him|her|me|us)\b", re.I)
# After a lower-case word that is not an English word, what shows it is a misspelt verb ("uncle maks me").
_VERB_AFTER = re.compile(r"^\s+(?:me|us|him|her|them|my|our|his|their|it|and|in|on|at|to|the|a|off|up|out)\b", re.I)


def _self_introduced(text: str, start: int, end: int | None = None) -> bool:
    """Whether the word at ``start`` follows "hi its" or opens the answer after "this is", or (given its
    ``end``) is the writer's name told with their age ("im autumn and im 7")."""
    if _SELF_BEFORE.search(text, max(0, start - 40), start):
        return True
    said_age = end is not None and _AGE_AFTER.match(text, end)
    return bool(said_age and _I_AM_BEFORE.search(text, max(0, start - 20), start))


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘(*-•")
    return not before or before[-1] in ".!?\n:"


def _is_capitalised(word: str) -> bool:
    return word[0].isupper()


_SHORT_FORM_SIZES = (3, 4, 5)  # "Sam" of Samantha, "Will" of William, "Chris" of Christopher


_NICKNAMER = NickNamer()  # a curated table of English names and their nicknames (the nicknames package)


def known_name_words(known_names: Iterable[str]) -> frozenset[str]:
    """Each known name, its parts and the short forms and nicknames of its parts that are first names
    themselves ("William Stott" -> william stott, william, stott, will, bill; "Robert" -> rob, bob), lower case."""
    words = set()
    for name in known_names:
        name = (name or "").strip().lower()
        if not name:
            continue
        words.add(name)
        parts = [part for part in re.split(r"[\s-]+", name) if len(part) > 1 and part not in NOT_NAMES]
        words.update(parts)
        short = (part[:size] for part in parts for size in _SHORT_FORM_SIZES)
        nicknames = (nickname for part in parts for nickname in _NICKNAMER.nicknames_of(part))
        words.update(form for form in (*short, *nicknames) if form in LISTED_NAMES and form not in NOT_NAMES)
    return frozenset(words)


def known_spans(text: str, known: frozenset[str]) -> list[Found]:
    spans = []
    for name in sorted(known, key=len, reverse=True):
        # "jacks review": a possessive typed without its apostrophe
        for match in re.finditer(rf"(?<![\w'])({re.escape(name)})(?:(?![\w])|(?=s(?![\w])))", text, re.IGNORECASE):
            # A known name that is also a word ("Faith", "Will") counts when capitalised, or in lower case
            # when it opens a sentence doing what people do ("will is ok", "mark was good").
            if name in COMMON_WORD_NAMES and not _known_word_is_person(text, match):
                continue
            spans.append((match.start(), match.end()))
    return spans


def _after_a_modal(text: str, start: int) -> bool:
    """Whether a modal ("can", "could", "would" ...) stands just before ``start``: "will" there is Will the person."""
    return bool(_MODAL_BEFORE.search(text, max(0, start - 20), start))


def _known_word_is_person(text: str, match: re.Match[str]) -> bool:
    """A known name that is also a word, used as the name: after a word only a person follows ("i told dawn");
    capitalised and not a modal asking a question ("Will you ring", "Will the worker come"); or in lower case,
    not a month, a season or a modal used as one, followed by what only a person does ("if will says") or
    opening a sentence and followed by what a person does ("will is ok", "mark was good", "dawn and kev from")."""
    lower, after = match.group().lower(), text[match.end() : match.end() + 40]
    if _KNOWN_CUE_BEFORE.search(text, max(0, match.start() - 20), match.start()):
        return True  # "i told dawn", "i liked will he was funny": a modal never comes after "told"
    if lower in _MODAL_NAMES and _QUESTION_AFTER.match(after):
        return False
    if lower == "will" and _after_a_modal(text, match.start()):
        return True  # "can will ring me"
    if _is_capitalised(match.group()):
        return True
    if lower in _MONTHS or lower in _SEASONS or (lower in _MODAL_NAMES and _MODAL_AFTER.match(after)):
        return False
    if _THIRD_PERSON_AFTER.match(after):
        return True  # "if will says he'll ring": a modal is never followed by "says"
    if _sentence_start(text, match.start()) and _AND_NAME_AFTER.match(after):
        return True  # "dawn and kev from the fostering team"
    return _sentence_start(text, match.start()) and bool(PERSON_AFTER.search(after) or _SEEMS_AFTER.match(after))


def _looks_like_name(text: str, match: re.Match[str]) -> bool:
    """A first-name-list word; a word that is not an English word next to a cue ("my mate jaz", "ask
    for Bex"); or a capitalised word right after a strong cue ("my worker Tiago")."""
    word = match.group()
    lower = word.lower()
    listed = lower in LISTED_NAMES
    plain = word[0].islower() and lower in ORDINARY_WORDS and not listed  # most words: only "is a name" can
    said_to_be = _IS_A_NAME.match(text, match.end())
    said = said_to_be and lower not in NOT_NAMES and not ("middle" in said_to_be.group() and lower in ORDINARY_WORDS)
    if (said or not plain) and _handle(text, match):
        return False  # a gamer tag or username: "ShadowWolf_77", "BaconHairBandit"
    if said:
        return True  # "Skip is what everyone calls me", in any case; not "trouble is my middle name"
    if lower in NOT_NAMES or plain:
        return False  # the second test is a shortcut: no rule below takes a lower-case English word
    if listed and (_IS_MY_PERSON.match(text, match.end()) or _TITLE_BEFORE.search(text, 0, match.start())):
        return True  # in any case: "summer is my best friend", "grace is my worker"
    if listed and lower not in COMMON_WORD_NAMES:
        return True
    before = text[max(0, match.start() - 40) : match.start()]
    after = text[match.end() : match.end() + 40]
    if listed and _listed_name_in_context(text, match, before, after):
        return True
    unknown = _unknown_word(lower) and not word.isupper()
    if _hyphenated_name(word) or (unknown and _unknown_word_in_context(text, match, before, after)):
        return True
    # Everything else must be Title Case (not SHOUTED).
    if not (word[0].isupper() and not word.isupper()):
        return False
    return _capitalised_name(text, match, listed, unknown, before, after)


def _listed_name_in_context(text: str, match: re.Match[str], before: str, after: str) -> bool:
    """A listed name that is also a word, shown to be a person by what is around it, in any case."""
    if match.group().lower() in _MONTHS and MONTH_BEFORE.search(before):
        return False  # "in june and i still", not "june and i"
    if _CALLED_BEFORE.search(before):
        return True  # "my nan is called pat", "my pa is called mark"
    if _self_introduced(text, match.start(), match.end()) and match.group().lower() not in _NOT_CARRIED:
        return True  # "hi its grace", "im autumn and im 7", not "it's may already"
    if _FROM_BEFORE.search(before) and _ANSWER_END.match(text, match.end()):
        return True  # "tell her thanks from jordan"
    if STRONG_CUES.search(before) and _paired_with_name(text, match.end()):
        return True  # "thank u faith and chloe"
    if _WITH_ME_BEFORE.search(before) or (_WITH_ME_AFTER.match(after) and not _DESCRIBED_BEFORE.search(before)):
        return True  # "me and rose went", "grace and me", not "it was boring and long and i had to sit still"
    word = match.group()
    # "my worker grace said", "hope is the best PA", "will from leaving care came"
    return word.islower() and _lower_case_person(text, match, word, before, after)


def _unknown_word_in_context(text: str, match: re.Match[str], before: str, after: str) -> bool:
    """A word that is not English, shown to be a name: "my nan is called bev", "kaz and Shanice",
    "dazza's mum", "my brother marcus-lee" (but not "my uncle herts me")."""
    word = match.group()
    if _CALLED_BEFORE.search(before) or _paired_with_name(text, match.end()):
        return True
    if _self_introduced(text, match.start(), match.end()) and (word[0].isupper() or "this is" not in before.lower()):
        return True  # "hi its kez", "this is Mo", not "this is cyberbullying"
    if _ME_AND_FIRST.search(text, max(0, match.start() - 40), match.start()) or (
        _sentence_start(text, match.start()) and _WITH_ME_AFTER.match(after)
    ):
        return True  # "me and dunny get on now", "mehari and me are brothers"
    if word.islower() and _sentence_start(text, match.start()) and _PERSON_DOES.match(after):
        return not STRONG_CUES.search(word)  # "chidera explained everything", not "carer said"
    if (_FAMILY_AFTER_POSSESSIVE.match(text, match.end()) and not _DETERMINER_BEFORE.search(before)) or (
        _AT_HOUSE_BEFORE.search(before) and text.startswith(("'s", "’s"), match.end())
    ):
        return True  # "abdiwali's mum rang me", "staying at dazza's"
    return bool(STRONG_CUES.search(before)) and (word[0].isupper() or _looks_unlike_a_verb(word.lower(), after))


def _capitalised_name(text: str, match: re.Match[str], listed: bool, unknown: bool, before: str, after: str) -> bool:
    lower = match.group().lower()
    # Paired with the writer or another capitalised word, even first in a sentence ("Jordan and me"),
    # or with a surname ("Jordan Pike keeps messaging me") ...
    if (listed and _PAIRED_AFTER.match(text, match.end())) or (
        (listed or unknown) and _SURNAME_AFTER.match(text, match.end())
    ):
        return True
    if listed and (stop := _SURNAME_BEFORE_STOP.match(text, match.end())) and _unknown_word(stop.group(1).lower()):
        return True
    # ... a name that is also a word, doing what people do ("Summer is the best worker", "Hope said") ...
    month = MONTH_BEFORE.search(before)
    if lower == "will" and _WILL_AS_NAME_AFTER.match(after):
        return True  # "Will was better than the new one": never the modal
    modal = lower in _MODAL_NAMES and _MODAL_AFTER.match(after)  # "Will you ...", "May I ..."
    month_first = lower in _MONTHS and _sentence_start(text, match.start())  # "May has been hard"
    if lower in _SEASONS and _SEASON_AFTER.match(after):
        return False  # "Summer is my favourite time of year", "Winter holidays were long"
    if (listed or unknown) and not modal and PERSON_AFTER.search(after) and not month and not month_first:
        return True
    # ... or mid-sentence, next to a cue, or not an English word at all ("ring Bev", "Mrs Okafor's").
    if _sentence_start(text, match.start()):
        return False
    if STRONG_CUES.search(before) or (unknown and not month) or _NICKNAME_BEFORE.search(before):
        return True
    return listed and not month and bool(WEAK_CUES_BEFORE.search(before) or WEAK_CUES_AFTER.search(after))


_INNER_CAPITAL = re.compile(r"(?<!^Mc)(?<!^Mac)(?<!^De)(?<!^Di)(?<!^La)(?<!^Le)(?<!^O)(?<!^D)(?<![-'’])[A-Z]")


def _handle(text: str, match: re.Match[str]) -> bool:
    """Joined words with capitals inside ("NoScopeNugget") or a word run into digits or an underscore
    ("ShadowWolf_77"): a username, not a person's name. "McKenzie", "DeShawn", "O'Neil" are names."""
    word = match.group()
    if word.isupper():
        return False  # SHOUTED, not joined
    return bool(_INNER_CAPITAL.search(word, 1)) or text[match.end() : match.end() + 1] in ("_", *"0123456789")


def _lower_case_person(text: str, match: re.Match[str], lower: str, before: str, after: str) -> bool:
    """A listed name that is also a word, in lower case: after a role ("my worker grace", "ask for
    hope"), or first in a sentence doing what people do ("hope is the best PA", "will said he'd ring")
    and not a month or a modal used as one ("will you", "may I")."""
    start = match.start()
    if lower == "will" and (
        (_sentence_start(text, start) and _WILL_AS_NAME_AFTER.match(after)) or _after_a_modal(text, start)
    ):
        return True  # "will was my worker", "will has left", "can will ring me": never the modal
    if lower in _SEASONS and _SEASON_AFTER.match(after):
        return False  # "summer is my fave season", as in Title Case
    if lower in _MODAL_NAMES and _MODAL_AFTER.match(after):
        return False
    if _CONTACT_BEFORE.search(before) and _NUMBER_AFTER.match(after):
        return True  # "ring grace on 0207 946 0120"
    if _ROLE_BEFORE.search(before):
        if lower in _MODAL_NAMES and not PERSON_AFTER.search(after):
            return False  # "the new worker will stay longer"
        return not _OBJECT_AFTER.match(after)  # "my worker grace", not "can the worker chase it"
    if _FAMILY_BEFORE.search(before) and lower not in _MODAL_NAMES and _DOES_AFTER.match(after):
        return True  # "my daughter grace has downs syndrome", "my girlfriend amber comes with me"
    return lower not in _MONTHS and _sentence_start(text, match.start()) and bool(PERSON_AFTER.search(after))


def _hyphenated_name(word: str) -> bool:
    """Two or three Title Case parts, each a listed name or no English word: "Amara-Rose"."""
    parts = word.split("-")
    return 2 <= len(parts) <= 3 and all(
        part[:1].isupper() and not part.isupper() and (part.lower() in LISTED_NAMES or _unknown_word(part.lower()))
        for part in parts
    )


def _unknown_word(lower: str) -> bool:
    """Not an English word, a contraction of one ("hasn't") or a word we know is no name."""
    if lower.endswith(("n't", "n’t", "'ll", "'ve", "'re", "'d", "'m")):
        return False
    return len(lower) > 1 and lower not in ORDINARY_WORDS and lower not in NOT_NAMES


def _looks_unlike_a_verb(lower: str, after: str) -> bool:
    return not lower.endswith("ed") and not _VERB_AFTER.match(after)


def _paired_with_name(text: str, end: int) -> bool:
    """'kaz and Shanice', 'kaz and shanice': joined by "and" to a capitalised word or a listed name."""
    paired = _PAIRED_NAME_AFTER.match(text, end)
    if not paired or paired.group(1).lower() in NOT_NAMES:
        return False  # "carers and I"
    return paired.group(1)[0].isupper() or paired.group(1).lower() in FIRST_NAMES


# A capitalised run that ends in one of these names a team or a place of work, not a person:
# "the Grange Team", "Parkside Surgery", "the Hackney hub", "Eastside Child Protection Team".
_ORGANISATION = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?i:team|surgery|practice|centre|center|hub|service|services|unit|clinic|partnership|"
    r"trust|council|project|library|mosque|hospital|office|group|foundation|charity|society|agency|board|panel|"
    r"forum)\b"
)


# A pet's name is not a person's: "our dog is called Dave", "a rabbit called Barbara", "our cat Poppy".
_PET_BEFORE = re.compile(
    r"\b(?:dogs?|cats?|rabbits?|bunny|hamsters?|pupp(?:y|ies)|pup|kittens?|pets?|fish|goldfish|guinea pigs?|budgies?|"
    r"horses?|pony|ponies|tortoises?|snakes?|lizards?|parrots?|gerbils?|ferrets?|teddy|teddies|doll)"
    r"\s+(?:is\s+|was\s+|are\s+)?(?:called\s+|named\s+)?$",
    re.I,
)
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][^\W\d_'’]+ $")
_CAPITAL_AFTER = re.compile(r" ([A-Z][^\W\d_'’]+)\b")
_ACTS_AFTER = re.compile(  # a verb, not "this" in "Hope this helps"; or spoken to ("Grace if you're reading this")
    r"\s+(?:(?!(?:this|thus|its|his|us|yes|less|unless|plus)\b)[a-z]+(?:s|ed)|and|who|has|is|was|had|did|can|will|"
    r"if (?:you're|youre|you are|ur|u r|u are|your) reading|"
    r"if (?:you|u|ya) (?:ever )?(?:read|see|get|hear) (?:this|these|it))\b"
)


def place_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised words at ``start:end`` are a town or village ("the bus from Withernsea",
    "near Cupar", "Knowle West") rather than a person: a place of Great Britain, not led by a first name
    that is also a place ("Stanley", "Hope" stay names; "Milton Keynes" is a place) and not named after a
    strong cue ("my worker Cupar")."""
    if not text[start : start + 1].isupper():
        return False
    before = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
    if before and text[before.start() : end].lower() in PLACES:
        return True  # "in Seaton Delaval": the second word of a place's name
    found = text[start:end].lower()
    first = found.split()[0]
    if found in PLACES and _THE_BEFORE.search(text, max(0, start - 5), start) and _OFFICE_AFTER.match(text, end):
        return True  # "the Barry office", "the Stanley team": where a service works from, even when a name
    if first in LISTED_NAMES:
        return " " in found and found in PLACES
    if found not in PLACES and first not in PLACES:
        return False
    return not STRONG_CUES.search(text, max(0, start - 40), start)


def pet_name(text: str, start: int) -> bool:
    """Whether the name at ``start`` is a pet's or a toy's ("our dog is called Dave")."""
    return bool(_PET_BEFORE.search(text, max(0, start - 30), start))


def repeated(text: str, found: Iterable[str]) -> list[Found]:
    """Where the names ``found`` once in ``text`` stand again: "we stay with Carol and Mick. Carol
    makes the best pancakes" (the second "Carol" starts a sentence, where a name that is also a word is
    not taken alone). A name that is also a word is found again only as written, and not where it
    starts a sentence doing nothing ("Hope you are well"); one that is no English word in any case
    ("Jowan's worker ... jowan is 6"). A modal or a month ("Will", "May") is not looked for again, nor
    a lower-case English word ("my worker hope" leaves "i hope she comes")."""
    wanted = sorted((name for name in set(found) if _looked_for_again(name)), key=len, reverse=True)
    will = [m.span() for m in _WILL_AGAIN.finditer(text)] if any(name.lower() == "will" for name in found) else []
    if not wanted:
        return will
    words = [re.escape(name) if _case_matters(name) else f"(?i:{re.escape(name)})" for name in wanted]
    again = re.compile(rf"(?<![\w'’@-])(?:{'|'.join(words)})(?![\w-])")
    return [match.span() for match in again.finditer(text) if _named_here(text, *match.span())] + will


def _looked_for_again(name: str) -> bool:
    """Capitalised or no English word, and not a modal or a month."""
    if name.lower() in _NOT_CARRIED:
        return False
    return name[:1].isupper() or (name[:1].isalpha() and name.lower() not in ORDINARY_WORDS)


def _case_matters(name: str) -> bool:
    """Whether a part of ``name`` is an English word or on a name list."""
    return any(word.lower() in ORDINARY_WORDS or word.lower() in LISTED_NAMES for word in name.split())


def _named_here(text: str, start: int, end: int) -> bool:
    """Whether a word found as a name elsewhere in the answer is a name here too: yes, unless it is
    also an English word at the start of a sentence and does nothing there ("Hope you are well",
    "Grace period for the rent"; but "Carol makes the best pancakes", "Sue's lasagne is the best")."""
    if text[start:end].lower() not in COMMON_WORD_NAMES or not _sentence_start(text, start):
        return True
    if _POSSESSIVE.match(text[end : end + 2]):
        return True  # a name found elsewhere, with something of theirs here
    surname = _CAPITAL_AFTER.match(text, end)  # "Hope Cowie, 15": a surname that is no English word
    return bool(_ACTS_AFTER.match(text, end) or (surname and surname.group(1).lower() not in ORDINARY_WORDS))


def name_spans(text: str) -> list[Found]:
    """Where the first-name list, the cues and titles find names in ``text`` (overlaps possible)."""
    spans: list[Found] = [m.span() for m in TITLES.finditer(text)]
    spans += [m.span("x") for m in LOWER_TITLED.finditer(text)]
    spans += [
        m.span()
        for m in INITIAL_SURNAME.finditer(text)
        if "-" in m.group() or _unknown_word(m.group()[2:].strip().lower())
    ]
    words = list(WORD.finditer(text))
    index = 0
    while index < len(words):
        match = words[index]
        possessive = _POSSESSIVE.search(match.group())
        if _looks_like_name(text, _Trimmed(match) if possessive else match) or _listed_after_name(text, match, spans):
            end = match.end() - (2 if possessive else 0)
            if not possessive:
                end, index = _rest_of_name(text, words, index)
            if not (match.group()[0].isupper() and _ORGANISATION.match(text, match.start())):
                spans.append((match.start(), end))
        index += 1
    return spans


def _rest_of_name(text: str, words: list[re.Match[str]], index: int) -> tuple[int, int]:
    """(end, index of its last word) of the full name starting with the first name at ``index``: a
    capitalised word straight after it is the surname ("Sarah Jones"), with its particle ("Aoife Ní
    Bhriain", "siobhan ni dhomhnaill"), or an initial ("Tom W"); after a lower-case name, a lower-case
    word that is not English ("jo brennan")."""
    match = words[index]
    end = match.end()
    if not match.group().isupper() and (initial := _INITIAL_AFTER.match(text, end)):
        return initial.end(), index + 1
    particle = _PARTICLE.match(text, end) or (match.group().islower() and _LOWER_PARTICLE.match(text, end))
    if particle:
        while index + 1 < len(words) and words[index + 1].start() < particle.end():
            index += 1
    if index + 1 >= len(words) or (not particle and text[end : words[index + 1].start()] != " "):
        return end, index
    surname = words[index + 1].group()
    capitalised = _is_capitalised(surname) and not surname.isupper() and surname.lower() not in NOT_NAMES
    lower_case = match.group().islower() and surname.islower() and _lower_case_surname(text, match, words[index + 1])
    if not (particle or capitalised or lower_case):
        return end, index
    index += 1
    after = words[index + 1] if index + 1 < len(words) else None
    if capitalised and after and text[words[index].end() : after.start()] == " " and _is_surname(after.group()):
        index += 1  # a middle name: "Emily Rose Wainwright", "Nguyen Thi Lan"
    return words[index].end() - (2 if _POSSESSIVE.search(words[index].group()) else 0), index


# Words that follow a first name given after "my name is" and are not its surname.
_NOT_SURNAMES = word_set("too now though tho then so but lol haha and or is was has had does did said says lives")


def _lower_case_surname(text: str, match: re.Match[str], surname: re.Match[str]) -> bool:
    """'jo brennan': a lower-case word that is not English; or, after a name given with "my name is",
    "is called" or "my pa is", any lower-case word that is not a word of the sentence ("darren wilkes i
    live", "aisha khan, she's"), nor what the person does ("grandad's called ron picks me up")."""
    word = surname.group()
    if _unknown_word(word):
        return True
    if word in NOT_NAMES or word in _NOT_SURNAMES or not _CALLED_BEFORE.search(text, 0, match.start()):
        return False
    return _looks_unlike_a_verb(word, text[surname.end() : surname.end() + 40])


def _is_surname(word: str) -> bool:
    return (
        _is_capitalised(word)
        and not word.isupper()
        and word.lower() not in NOT_NAMES
        and (_unknown_word(word.lower().removesuffix("'s")) or word.lower() in LISTED_NAMES)
    )


def _listed_after_name(text: str, match: re.Match[str], spans: list[Found]) -> bool:
    """A capitalised word listed straight after a name ("Jo and Mo", "Kai, Leon") is a name too."""
    word = match.group()
    if not spans or word.isupper() or word.lower() in NOT_NAMES:
        return False
    # A lower-case word after a Title Case name is not paired with it ("my foster mum Grace and foster dad Sunny").
    if not word[0].isupper() and (
        text[spans[-1][0]].isupper()
        or not (
            (word.lower() in LISTED_NAMES or _unknown_word(word.lower()))
            and _AND_JOIN.fullmatch(text, spans[-1][1], match.start())
        )
    ):
        return False  # "rose and daisy" in lower case only when both are names
    return bool(LIST_JOIN.fullmatch(text[spans[-1][1] : match.start()]))


class _Trimmed:
    """A word match without its possessive "'s", so "Sarah's" is judged as "Sarah"."""

    def __init__(self, match: re.Match[str]) -> None:
        self._match = match

    def group(self) -> str:
        return self._match.group()[:-2]

    def start(self) -> int:
        return self._match.start()

    def end(self) -> int:
        return self._match.end() - 2
