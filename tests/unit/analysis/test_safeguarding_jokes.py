"""Added in 2026.11.10: jokes, games, pets and topics that use the words of harm, each beside a
disclosure in the same words that must still flag; and the disclosure families found with them."""

import pytest

from tests.unit.analysis.readings import flagged


@pytest.mark.parametrize(
    "text",
    [
        # hyperbole about family over something trivial
        "my brother is gonna kill me when he sees i used his charger 😂",
        "i'm going to murder my sister she borrowed my straighteners and broke them",
        # games and pets
        "i got well battered at mario kart by my foster dad",
        "we took the puppy to get groomed and she came back fluffy",
        # harm as the subject of a programme, a project or a lesson
        "we are doing a project on knife crime in english",
        "there was a self harm storyline on hollyoaks and i talked to my carer about it",
        # going missing from a lesson or in a game
        "i went missing from maths to go to the library lol",
        # a fantasy escape
        "im gonna run away to hogwarts when i get my letter",
        # bullying that stopped, a baby teething, the body-safety rule
        "i don't get picked on anymore since i moved schools",
        "my baby sister bites me when she's teething",
        "the nurse said keep your private parts private",
    ],
)
def test_jokes_games_pets_and_topics_do_not_flag(text):
    assert not flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # the same words, meant
        "my brother is gonna kill me when he finds out i told you what he does",
        "dad said he will kill me if i tell anyone",
        "i ran away to my mates and i'm not going back",
        "i don't get bullied anymore but now they send me messages telling me to kill myself",
        # a sarcastic cover story
        "got a bruise on my arm from walking into a door 🙄",
        # a young child's pain and knowledge she should not have
        "my daughter says her front bottom is sore after she stays at his",
        "he keeps saying things a 6 year old shouldn't know about",
        # a home without power for days
        "the gas has been off for 5 days and we're eating cold beans",
        # gifts from strangers; favours for a man's friends
        "men i don't really know, they buy me weed and drive me about",
        "he said i can live at his for free if i do favours for his mates",
        # a breached order, a man at the door at night
        "my ex breached the non-molestation order again last night",
        "he keeps turning up at night banging on the door",
        # going where no one can find you
        "im going to get a tent and go where nobody can find me",
    ],
)
def test_the_same_words_meant_still_flag(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "my dad used to hit me but he left years ago, it's been 3 years and we're fine now",
        "there used to be shouting and hitting at home but we're safe now and our worker still visits",
    ],
)
def test_a_harm_over_with_a_worker_still_visiting_is_not_flagged(text):
    assert not flagged(text)


def test_a_harm_over_but_still_frightening_flags():
    assert flagged("there used to be hitting at home and i'm still scared he will come back")


@pytest.mark.parametrize(
    "text",
    [
        # sibling banter, with a clause word inside
        "my sister gave me a dead leg for eating her chips, fair enough",
        "my brother calls me a nerd but i call him names too",
        "we were play fighting on the trampoline and he gave me a dead arm",
        # a service that feels neglectful; a history read out; never gone missing
        "i feel really neglected by the team since my worker left",
        "they brought up the domestic abuse history from years ago in the meeting",
        "she's been with us two years and hasn't gone missing once",
        "my son went missing in asda for about five minutes, he was at the toys",
        # a self-harm past dealt with, and a harm before a child was removed
        "i used to self harm but i'm a year clean now",
        "our son was hit by his birth dad before he was removed. he's now 9, safe with us and doing well",
        # wanting to stay at a party; a man who used to be in a gang giving a talk
        "i don't wanna go home cos the party at my cousins is amazing",
        "a man who used to be in a gang came to talk to our youth club",
        "the kids are hungry all the time, they're growing so fast",
    ],
)
def test_banter_services_and_a_past_dealt_with_do_not_flag(text):
    assert not flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "my ex found out our new address even though there's a non molestation order",
        "one of the carers grabbed my arm really hard and i'm afraid to tell anyone",
        "a man whos 27 picks me up after college and buys me drinks",
        "the bruises weren't from football, it was my stepdad",
        "he puts his hand under her clothes when mum is at work",
        "my brother punched me and broke my tooth and he does it every day",
    ],
)
def test_disclosures_beside_those_readings_still_flag(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "we fought over the telly and he pinched me so dad sent us both to bed",
        "my brother keeps calling me a muppet but that's brothers",
        "she hit me with the news that we're moving to a bigger house",
        "kms this revision is endless",
        "there's a wasp in the kitchen, nobody is safe",
        "my worker went missing for two weeks, on annual leave apparently",
        "nobody gets hurt, they just shout about money and make up later",
        "I hurt my knee and had it x-rayed at the hospital",
        "i felt unsafe at home when i was little but that's why they moved me and now i'm in a good place",
        "my sister self harmed when she was 14, she's 19 now and has been well for years",
    ],
)
def test_more_harmless_readings_do_not_flag(text):
    assert not flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "his uncle does secret cuddles in the bath and says not to tell",
        "mum goes out every night and leaves me and my brother on our own",
        "my stepdad swings for me when he's drunk and i told school i came off my scooter",
        "her dad calls our daughter stupid and useless all the time",
        "my foster carer says nobody wanted me",
        "her mum tells her on the phone it's her fault they got taken into care",
        "i've written my mum a note so she knows it's not her fault",
        "he's been coming round since the plan ended and i'm scared to say anything",
        "thinking about unaliving myself",
        "my carer tells me i'm a waste of space",
    ],
)
def test_more_disclosures_flag(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "we watched a film in pshe about a girl whose sister died by suicide",
        "the agency really exploits its drivers but that's zero hours for you",
        "the conference felt like being punched over and over",
        "i took his phone off him at 11 because he had school",
        "my 5 year old asked where babies come from",
        "my son used to self harm but he's been well for three years now",
        "when i was small my dad hit us but he's not in our lives now and we're safe",
    ],
)
def test_round_13_harmless_readings_do_not_flag(text):
    assert not flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "i told my teacher i fell off the trampoline but it wasnt the trampoline",
        "she talks about tickle games at her uncle's that are not okay",
        "her stepdad tells our son he's fat and useless every day",
        "he makes him stand facing the wall for hours when he's naughty",
        "he came back from his dad's with a round burn on his arm",
        "i found razors hidden in her phone case",
        "the kids know to go upstairs when his car pulls up",
        "i said what i was supposed to say because he was sat next to me",
    ],
)
def test_round_13_disclosures_flag(text):
    assert flagged(text)
