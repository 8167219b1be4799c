"""A data-free tokeniser and normaliser for how children, young people and parents write.

Everything downstream (sentiment, themes, safeguarding) matches against the same normalised
tokens, so a rule written once for "don't" also catches "dont", "do'nt" and "don’t", and one for
"so good" also catches "sooooo gooood". The tables here are generic English text-speak, not
Tellus's domain: domain words live in the YAML files beside this module.
"""

import re
from dataclasses import dataclass


def _pairs(table: str) -> dict[str, str]:
    """'gr8=great idk=i_don't_know' -> {'gr8': 'great', 'idk': "i don't know"}."""
    return {typed: meant.replace("_", " ") for typed, _, meant in (item.partition("=") for item in table.split())}


def word_set(table: str) -> frozenset[str]:
    """The whitespace-separated words of a table written as one string."""
    return frozenset(table.split())


# Curly quotes and backticks arrive from phones; rules are written with a plain apostrophe.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'"})

# Emoji become marker words, so a rule or a lexicon can score them like any other word.
POSITIVE_MARK = "emojipos"
NEGATIVE_MARK = "emojineg"
_POSITIVE_EMOJI = "😀😃😄😁😆😊🙂😍🥰😘😻❤♥💕💖💗💓💞💙💚💛💜🧡👍👏🙌⭐🌟✨🎉🥳😎🤗☺😇💯🙏😌👌🤩🫶🌈"
_NEGATIVE_EMOJI = "🙃😢😭😞☹🙁😠😡🤬👎💔😔😩😫😤😒😖😣😟😰😨😱🤮🙄😑😥😓😿🥺😪🤢💩😬"
_EMOJI = {ord(ch): f" {POSITIVE_MARK} " for ch in _POSITIVE_EMOJI}
_EMOJI.update({ord(ch): f" {NEGATIVE_MARK} " for ch in _NEGATIVE_EMOJI})
_EMOJI[0xFE0F] = ""  # the variation selector that follows many emoji
_EMOJI[0x200D] = ""  # zero-width joiner inside composed emoji

# Emoticons need their own pass: they are punctuation the tokeniser would otherwise drop.
_EMOTICONS = re.compile(
    r"(?P<pos>(?<![\w])(?:[:;=]-?[)\]dDpP]|\(:|<3+|[xX]D)(?![\w]))|(?P<neg>(?<![\w])(?:[:;=]'?-?[(\[/\\|]|</3|D:)(?![\w/]))"
)

# Generic text-speak and frequent misspellings, as typed=meant; "_" stands for a space in what is meant.
TEXT_SPEAK = _pairs(
    """
    gr8=great tbf=to_be_fair sosial=social socail=social
    gud=good gd=good gooood=good luv=love lub=love luvly=lovely lovley=lovely lovly=lovely rly=really
    rlly=really realy=really relly=really reely=really u=you ya=you yu=you ur=your youre=you're yr=your r=are
    cuz=because coz=because cos=because bc=because bcos=because becuase=because becouse=because beacuse=because
    becos=because bcoz=because dont=don't dnt=don't doesnt=doesn't doesent=doesn't dosent=doesn't dosnt=doesn't
    didnt=didn't didint=didn't cant=can't carnt=can't cannot=can't couldnt=couldn't wont=won't wouldnt=wouldn't
    shouldnt=shouldn't isnt=isn't wasnt=wasn't werent=weren't arent=aren't aint=ain't havent=haven't hasnt=hasn't
    hadnt=hadn't im=i'm ive=i've weve=we've youve=you've theyve=they've hes=he's shes=she's theyre=they're
    theres=there's thats=that's whats=what's
    its=it's lets=let's wanna=want_to gonna=going_to gotta=got_to dunno=don't_know idk=i_don't_know ik=i_know
    tbh=to_be_honest imo=in_my_opinion pls=please plz=please plez=please thx=thanks thnx=thanks thanx=thanks
    tnx=thanks ty=thank_you tysm=thank_you_so_much ppl=people wiv=with wid=with wat=what wot=what wen=when wer=where
    b4=before 2day=today 2moro=tomorrow 2morrow=tomorrow 2nite=tonight l8=late l8r=later m8=mate m8s=mates w8=wait
    sum1=someone some1=someone any1=anyone no1=no_one every1=everyone ne1=anyone nuffin=nothing nothin=nothing
    nufink=nothing nuthin=nothing sumthin=something somethin=something anythin=anything evrything=everything
    evrythin=everything everythin=everything alot=a_lot abit=a_bit alright=all_right aight=all_right ok=okay k=okay
    kk=okay okey=okay oki=okay tho=though thru=through prob=probably probs=probably def=definitely defo=definitely
    deffo=definitely definately=definitely definatly=definitely hapy=happy happi=happy horible=horrible
    horrable=horrible rubish=rubbish awsome=awesome awsum=awesome amazin=amazing amzing=amazing amaizing=amazing
    brill=brilliant briliant=brilliant fab=fabulous nise=nice nic=nice helpfull=helpful helpfu=helpful
    usefull=useful carefull=careful freind=friend frend=friend freinds=friends frends=friends skool=school
    scool=school skl=school mam=mum mom=mum mummy=mum mommy=mum mummys=mum's mommys=mum's daddys=dad's mumy=mum
    mother=mum daddy=dad father=dad mums=mum's
    dads=dad's nans=nan's nana=nan nanny=nan nanna=nan gran=nan grandma=nan granny=nan sw=social_worker
    sws=social_workers socal=social soshal=social wokrer=worker workr=worker wrker=worker
    lissen=listen lisen=listen listend=listened lisened=listened lisens=listens listns=listens lissens=listens
    explane=explain explanes=explains explaned=explained undastand=understand understnd=understand udnerstand=understand
    meetin=meeting meetins=meetings metting=meeting mettings=meetings meating=meeting meatings=meetings
    alwayz=always allways=always alwys=always nevr=never neva=never nver=never bein=being goin=going doin=doing
    nuthing=nothing nuffink=nothing scard=scared scaird=scared skared=scared werried=worried woried=worried
    wories=worries worrys=worries becoz=because gona=going_to wana=want_to iz=is woz=was wuz=was dat=that dis=this
    dem=them dey=they bruv=brother sis=sister hme=home hom=home luvs=loves luved=loved lyk=like lik=like liek=like
    jus=just juss=just jst=just ppl's=people's tht=that wiht=with teh=the hav=have gt=get gettin=getting
    helpin=helping tryin=trying comin=coming sayin=saying tellin=telling talkin=talking listenin=listening
    nothink=nothing somethink=something anythink=anything kinda=kind_of sorta=sort_of lotta=lot_of outta=out_of
    cuppa=cup_of_tea innit=isn't_it ta=thanks cheers=thanks nite=night nites=nights
    wud=would wld=would wuld=would wudnt=wouldn't itd=it_would
    theyll=they'll youll=you'll itll=it'll wouldve=would_have couldve=could_have shouldve=should_have noones=no_one's
    xx= xxx= x= lol= lmao= haha=
    da=dad gies=gives gie=give hidin=hiding leathered=beaten wean=child weans=children greetin=crying
    dinnae=don't cannae=can't wisnae=wasn't didnae=didn't isnae=isn't wouldnae=wouldn't
    hame=home yam=home yem=home fae=from naebody=nobody doon=down
    """
)

# Words whose elongations keep a double letter ("sooo good" is "so", "gooood" is "good").
_DOUBLE_LETTER_WORDS = word_set(
    """
    access accommodation across add address agree all allow annoyed annoying apple apply appointment appreciate
    assess assessment ball been beginning bell better boo boss bull bully bunny call carry carrying class commit
    committee common connect cool cutting daddy different difficult dinner discuss doll dropping fall fee feel
    feeling fill follow food free full funny getting glass good grass happen happened happy hell hitting hurry issue
    issues keep kill kiss kitty less lesson letter letting little loo loss matter meeting mess miss mood mummy nanny
    need odd off offer officer opportunity pass passed poo possess press pull puppy putting really running school
    see seen setting shall shell shopping silly sitting sleep small smell soon sorry speed spell staff still
    stopping stress stuff success suggest summer sunny support supported supportive sweet teen teens tell three
    tomorrow too tree wall wee week weekly well will winner worried worry yell
    """
)
_ELONGATION = re.compile(r"([a-z])\1{2,}")
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)*|[.!?;,:]")
_CLAUSE_BREAKS = frozenset(".!?;")
CONTRASTS = frozenset({"but", "however", "although", "though", "except", "yet", "whereas"})


@dataclass(frozen=True, slots=True)
class Normalised:
    """Tokens of one answer, lower-cased and expanded, with an emphasis flag per token."""

    tokens: tuple[str, ...]
    emphasis: tuple[bool, ...]

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


def _deelongate(word: str) -> str:
    """'sooooo' -> 'so', 'gooood' -> 'good', 'pleeease' -> 'please'."""
    double = _ELONGATION.sub(r"\1\1", word)
    if double in _DOUBLE_LETTER_WORDS or double in TEXT_SPEAK:
        return double
    return _ELONGATION.sub(r"\1", word)


def _shouted(raw: str) -> bool:
    return len(raw) > 2 and raw.isupper()


def prepare(text: str) -> str:
    """Lower-case text with apostrophes unified and emoji and emoticons turned into marker words."""
    text = text.translate(_APOSTROPHES)
    text = _EMOTICONS.sub(lambda m: f" {POSITIVE_MARK} " if m.group("pos") else f" {NEGATIVE_MARK} ", text)
    return text.translate(_EMOJI)


def normalise(text: str) -> Normalised:
    """Split an answer into normalised tokens: text-speak expanded, elongations undone, emoji marked."""
    tokens: list[str] = []
    emphasis: list[bool] = []
    prepared = prepare(text)
    for raw in re.finditer(r"\S+", prepared):
        chunk = raw.group()
        loud = _shouted(chunk.strip(".,!?;:'\"()"))
        for match in _TOKEN.finditer(chunk.lower()):
            word = match.group()
            stretched = bool(_ELONGATION.search(word))
            if stretched:
                word = _deelongate(word)
            word = TEXT_SPEAK.get(word, word)
            for part in word.split():
                tokens.append(part)
                emphasis.append(loud or stretched)
    return Normalised(tuple(tokens), tuple(emphasis))


# The clause after "even though" / "even if" is conceded, not the writer's point ("she helped me
# with my forms even though it took ages" is praise).
CONCESSIONS = frozenset({"though", "if", "tho"})
AFTER_CONTRAST, CONCEDED, PLAIN = "contrast", "conceded", "plain"


def clauses(normalised: Normalised) -> list[tuple[int, int, str]]:
    """(start, end, kind) token ranges of the clauses of an answer.

    A clause ends at sentence punctuation or a contrast word; the clause that follows "but" usually
    carries the writer's point ("she's nice but she never turns up"), so callers weight it up
    (kind "contrast"); one after "even though" or "even if" is conceded, so they weight it down.
    """
    spans: list[tuple[int, int, str]] = []
    tokens = normalised.tokens
    start, kind = 0, PLAIN
    for index, token in enumerate(tokens):
        conceded = token in CONCESSIONS and index > 0 and tokens[index - 1] == "even"
        if token in _CLAUSE_BREAKS or token in CONTRASTS or conceded:
            end = index - 1 if conceded else index
            if end > start:
                spans.append((start, end, kind))
            start = index + 1
            kind = CONCEDED if conceded else AFTER_CONTRAST if token in CONTRASTS else PLAIN
    if start < len(tokens):
        spans.append((start, len(tokens), kind))
    return spans
