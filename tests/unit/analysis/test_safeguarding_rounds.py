"""Safeguarding families found round by round (2026.11.26.11 onwards, each round's blind batches read after
they were scored), each beside the everyday answers that share its words. Sentences here are written for the
tests, not copied from any labelled batch; every row was checked to fail on the analyser before its round, except
the controls marked "kept"."""

import pytest

from app.analysis.safeguarding import PATTERN_SETS
from tests.unit.analysis.readings import flagged, flagged_by_rules


@pytest.mark.parametrize(
    "text",
    [
        # an adult who gets physical or rough; held by the throat
        "my stepdad gets a bit physical when he's had a drink",
        "mum can get rough with us when we dont listen",
        "he had her by the throat against the fridge",
        "dad grabbed me round the neck last week",
        # a partner who reads everything
        "i cant say much, my partner checks my messages every night",
        "my husband goes through my phone so i delete everything",
        # running for a man
        "im doing runs for an older lad now, he sorts me out",
        "been shotting for some man dem in town",
        # not sure of still being here; the old thing started again
        "dont think ill still be here by my birthday",
        "i'm not sure i'll be around much longer so it doesn't matter",
        "i started doing it again, the thing my old worker was worried about",
        # aids and medicine never replaced; a bed with no sheets; a dog's mess; the same clothes for years
        "my glasses snapped in october and dad still hasn't got them sorted so i cant see the board",
        "my inhaler ran out weeks ago and mum won't get another one",
        "there's no sheets on my bed, just the mattress",
        "the dogs do their poo all over the landing and nobody cleans it",
        "ive had the same school shoes since year 4 and they hurt my feet",
        # harm that looks over but says it is not: kept flagged
        "the bruises on my back weren't from rugby like i told miss",
        "i was hit by my dad years ago and he's started again since he came back",
        "when dad shouts at mum i hide under the bed with my teddy",
    ],
)
def test_a_disclosure_of_this_round_is_flagged_by_the_rules(text):
    assert flagged_by_rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        # games and sport
        "he got quite physical in the match on saturday but the ref sorted it",
        "got a massive bruise on my leg from the go karts haha",
        "i got a black eye from a cricket ball at sports day, it's gone now",
        "my brother punched me in the arm playing fifa and i punched him back lol",
        "i ran away from my cousins in the garden, we were playing hide and seek",
        "my little brother battered me with his foam sword 😂",
        # a lesson about bodies
        "we did the pants rule at school about private parts and who to tell",
        "she read my daughter a book about safe touch and that nobody should touch them",
        # hyperbole and jokes
        "id rather die than go to another looked after review meeting",
        "mum said she'd kill me if i lost my coat again 😂",
        "i went missing from the longest team meeting ever, only joking i was in the loo",
        # everyday home life
        "mum shouts at me to get up for school every morning",
        "there's no food i like in the cupboard so i have toast",
        "the house was really scary in the storm last night",
        "i got a saturday job at the cafe and they pay me cash, it's good money",
        "someone hacked my snapchat but i got it back and changed my password",
        "i always wear the same football shirt on match days",
        # harm that is over and dealt with
        "i used to self harm but i'm three years clear now and doing well",
        "before i came into care we had no food but my foster carers are lovely",
        "we had no heating for two days but the worker sorted an emergency delivery",
        "mum got the injunction and moved us to a refuge, we're all safe and i can sleep again",
        "dad used to hit mum before i was born, he's been gone for years and we've not seen him in ten years",
    ],
)
def test_an_everyday_answer_that_shares_its_words_is_not_flagged(text):
    assert not flagged(text), text


def test_british_words_are_not_read_as_misspelt_harm_words():
    # "grans" is not "grabs", "slags me" (teases me) is not "slaps me", "shotting" (dealing) is not "shouting"
    speller = PATTERN_SETS["en"].speller
    assert speller.correct("at my grans he slags me off for shotting") == "at my grans he slags me off for shotting"
    assert speller.correct("he grabbs me and slapps me") == "he grabs me and slaps me"  # still read as meant
    assert not flagged_by_rules("i stay at my grans on fridays and she makes tea")
    assert not flagged_by_rules("my worker knows im a city fan and slags me about it")
    assert flagged_by_rules("my brother slaps me when mum is out")


# 2026.11.26.12, read from holdout95-110.
@pytest.mark.parametrize(
    "text",
    [
        "i wish my worker would look at my arms when she comes",
        "he only hits me where nobody can see",
        "my stepdad dont hit me where people can see",
        "i told the nurse i fell down the stairs. i didnt fall down the stairs",
        "i just want to disappear for good",
        "ive written my goodbye letters already",
        "im actually done with everything now",
        "she always sees me with my husband in the room so i cant tell her anything",
        "i cant tell you what really goes on in this house",
    ],
)
def test_a_disclosure_of_the_second_round_is_flagged_by_the_rules(text):
    assert flagged_by_rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "i got kicked by a cow at the farm and had a massive bruise lol",
        "i didnt want to go home from the beach it was so nice",
        "if i have to do one more pathway plan ill kill myself 😂",
        "my worker warned us about older lads offering lifts, good to know",
        "county lines is what the worker talked about in group",
        "she asked me the suicide questions and i said no, that was fine",
        "no food in the house cos mum forgot to go to aldi so we had chippy",
        "my trainers have got holes in but nan is getting me new ones",
        "our house is so spooky at halloween, dad loves it",
        "my dad used to hit me when i was little but he's been gone since i was 3 and i'm happy where i live",
    ],
)
def test_an_everyday_answer_of_the_second_round_is_not_flagged(text):
    assert not flagged(text), text


def test_a_football_result_taken_hard_is_not_read_by_the_rules_as_wanting_to_die():
    # The rules only: the models trained on holdout4-190 put this answer just over their threshold
    # (P 0.29), and a "done with life" followed by "only joking" is one a person should be free to read.
    assert not flagged_by_rules("arsenal lost again, im done with life 😭 only joking")


# 2026.11.26.14, read from holdout111-118.
@pytest.mark.parametrize(
    "text",
    [
        # a harmless reading given and taken back in the same breath
        "the marks on my legs are from my uncle, mum says its just messing about but it isnt",
        "i have bruises on my back from my stepdad, he calls it play fighting but it isn't",
        "we told the doctor he fell off the sofa but that wasnt true",
        # told what to say about an injury
        "mum makes me say the marks are from the dog",
        "he told me to tell school i walked into a door",
        # flinching when an adult comes near
        "i flinch every time my stepdad walks into the room",
        # what an adult did to me
        "i got told off in the meeting about what dad did to me",
        # knowing the place
        "i've found the bridge thats high enough if it gets worse",
        # said it was fine because he was there
        "i said things were fine at the review because dad was sitting right next to me",
    ],
)
def test_a_disclosure_of_the_third_round_is_flagged_by_the_rules(text):
    assert flagged_by_rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "we were play fighting and i won, it was fun",
        "we were wrestling and he hurt my arm but it wasn't bad",  # "but it wasn't" takes back only a denial
        "at judo the instructor flipped me onto the mat and i got my yellow belt",
        "grandad calls me his little monkey cos i climb everything",
        "didnt have breakfast cos i slept in, had a big lunch instead",
        "i didnt want to go home from youth club because we were having such a good time",
        "that review was so long i felt like banging my head on the desk lol",
        "theres a massive moth on my ceiling and i do not feel safe 😂",
        "we watch scary videos about ghosts at sleepovers",
        "my iro forgot my review date and i felt a bit neglected haha",
        "we did a lesson about a woman whose boyfriend hit her and how to get help",
        "i went missing a few times when i was 13 but ive been settled with my nan 3 years now",
        "the man who hurt me is in prison since years ago and i feel fine about it now",
    ],
)
def test_an_everyday_answer_of_the_third_round_is_not_flagged(text):
    assert not flagged(text), text


# 2026.11.26.16, read from holdout119-126.
@pytest.mark.parametrize(
    "text",
    [
        "my uncle gets handy when he's had a drink",
        "ive gone awol from my placement twice this week",
        "i can't talk freely at home because he checks my calls",
    ],
)
def test_a_disclosure_of_the_fourth_round_is_flagged_by_the_rules(text):
    assert flagged_by_rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "my son bites and kicks when he gets overwhelmed, the new support plan is helping",
        "played dodgeball at cadets and got battered lol",
        "the drama at school was about a mum whose boyfriend hit her",
        "we learnt what to do if a friend has taken an overdose at the youth club",
        "im home alone for an hour after school, im 15 so its fine",
        "my kickboxing class is the best, i get kicked loads but its fun",
        "when we first came to england we had no money for food but now we are settled and happy",
        "my dad hit us years ago, he's not allowed contact now and its sorted through court",
    ],
)
def test_an_everyday_answer_of_the_fourth_round_is_not_flagged(text):
    assert not flagged(text), text


# 2026.11.27.17, read from holdout127-134.
@pytest.mark.parametrize(
    "text",
    [
        "nan smacks harder than mum ever did",
        "the teacher asked about my cut lip and i said netball, it wasnt netball",
        "mum had a swollen face after all the fighting last night",
        "when the fighting starts i take my little brother upstairs",
        "im doing bits for my olders after school",
        "my belly is always empty at dad's house",
    ],
)
def test_a_disclosure_of_the_fifth_round_is_flagged_by_the_rules(text):
    assert flagged_by_rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "the injection at the doctors hurt me but i was brave",
        "i ran off at the beach when i was 4 and the lifeguard found me",
        "my worker asked me on my own if anyone had touched me in a way i didnt like and i said no",
        "the way social workers talk about my mum makes me feel like rubbish",
        "we learnt how groomers target kids online, it was useful",
        "the school think dad can't look after me but he does, he just works long hours",
        "my uncle screams at the tv when england lose",
        "my foster mum helps me wash my hair in the bath because its so thick",
        "my boyfriend is 15 like me and my foster carers have met him",
        "i feel really safe at my placement, they lock up at night and i have a nightlight",
        "my foster mum never smacks us, she just takes our phones away if we're cheeky",
        "my dad is strict and won't let me stay out past 10 but he's fair",
        "someone hacked my minecraft account and deleted all my stuff, i was raging",
        "our bathroom had mould all over but the landlord sorted it and its fixed now",
        "we didnt feel safe with dad before but he did the parenting course and it's good now",
        "i self harmed a lot last year but ive been clean 8 months and i feel so much better",
        "mum left him because he was violent years ago, we're safe in our new flat and he has no contact with us",
    ],
)
def test_an_everyday_answer_of_the_fifth_round_is_not_flagged(text):
    assert not flagged(text), text


def test_a_screening_question_answered_yes_is_still_flagged():
    assert flagged_by_rules("the iro asked us all whether anybody had ever hurt us, i said yes my stepdad does")
    assert not flagged("the iro asked us all whether anybody had ever hurt us, we said no")


# 2026.11.27.19, read from holdout127-134 after the models were retrained.
@pytest.mark.parametrize("text", ["one more beating like that and i'll die", "another hiding when we get home i bet"])
def test_another_beating_to_come_is_flagged_by_the_rules(text):
    assert flagged_by_rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "ill kill him if he takes my charger again lol",
        "i'm on my phone all day chatting to my mates",
        "if he makes me do another all about me form ill die 💀",
        "we took another beating at football on saturday",  # kept: a beating in sport
    ],
)
def test_an_everyday_answer_of_the_sixth_round_is_not_flagged(text):
    assert not flagged(text), text


# 2026.11.27.20, read from holdout135-142.
@pytest.mark.parametrize(
    "text",
    [
        "my stepdad skelped me so hard i couldnt sit down",
        "my ear was ringing for 3 days after what happened at home",
        "please come round when hes not expecting you, not on a booked day",
        "sorry i missed you, i wasnt home for three nights",
    ],
)
def test_a_disclosure_of_the_seventh_round_is_flagged_by_the_rules(text):
    assert flagged_by_rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "she was missing from the meeting and no one said",
        "more money for days out and trips please",
        "the tooth fairy forgot to come again 😭",  # kept
        "we did county lines awareness at youth club and learnt the signs",
        "im grounded if i dont tidy my room",
        "my mum and dad argue about contact but nobody is getting hurt",
        "dad makes sure we have packed lunch every day even though hes on his own",
        "my mum tells me every day she loves me even when im naughty",
        "i fell off my bike but its just a sprain",  # kept
        "we did boxing at cadets and i got a black eye, loved it",
        "i was scared going to dads at first but the plan worked and its been fine for ages now",
        "we were neglected as wee kids which is why im in care, im well looked after now",
        "the man who hurt me when i was little is in prison now and i had counselling, im doing good",
        "i dont want to go home early cos the disco is dead good",
    ],
)
def test_an_everyday_answer_of_the_seventh_round_is_not_flagged(text):
    assert not flagged(text), text


# 2026.11.27.21, read from holdout143-150.
@pytest.mark.parametrize(
    "text",
    [
        "he doesnt hit us where it shows",
        "she only ever visits after mum has done my makeup",
        "can i speak to someone without him knowing",
        "my husband hides all the post from the council",
        "hes nice at the minute but its building up again like last time",
        "we go hungry in the holidays cos theres no free school meals",
    ],
)
def test_a_disclosure_of_the_eighth_round_is_flagged_by_the_rules(text):
    assert flagged_by_rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "got absolutely battered 5-0 in the cup lol",
        "the nurse asked at my review if anyone hurts me and i said no",
        "my gran shouts at me every single day to tidy my room, typical gran",
        "my uncle takes us to every match at the weekend",
        "my mate picked me up to go to town in his car",
        "my auntie is always posting baby photos of me on facebook",
        "the hot water in the unit stopped working for a day so we had cold showers",
        "i make my own breakfast now im 13 and my carer checks i eat",
        "the cow kicked me at the farm and i got a bruise lol",
    ],
)
def test_an_everyday_answer_of_the_eighth_round_is_not_flagged(text):
    assert not flagged(text), text


def test_a_young_child_making_their_own_dinner_is_still_flagged():  # kept: the guard stops at ages 12 and up
    assert flagged("i make my own dinner, its just cereal, im 5")


# 2026.11.27.22, read from holdout151-158.
@pytest.mark.parametrize(
    "text",
    [
        "the nurse asked me some questions about whether anyone hurts me and i said no",
        "my foster carer helped me change the privacy settings on snapchat and block strangers",
        "my little brother ran away to the bottom of the garden with his teddy when he was 3",
        "i went missing at the castle on our school trip, they found me in the cafe",
        "that lesson was a beating",
        "took a ball to the face at rugby training and had a black eye for school photos",
        "if my dad sees my phone bill he'll kill me",
        "we had a talk at school about consent and controlling relationships",
        "we did private parts rules with the nurse and it was fine",
        "i was scared at home when the fireworks went off",
        "i was scared in the house during the storm",
        "we ran away from the ducks at the pond",
        "we watched hollyoaks where the dad hit her and mum switched over",
        "i hate going home cos my brother always hogs the xbox",
        "we got battered 7-0 on saturday",
        "they battered us 6-1 at home",
    ],
)
def test_an_everyday_answer_of_the_ninth_round_is_not_flagged(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "if i tell anyone he'll kill me",
        "if mum finds out i told you she'll kill me",
        "he hit me when we were watching eastenders",
        "i ran away from home last week and slept at the park",
        "i'm scared at home when he's been drinking",
        "i went missing for three days and the police found me",
        "my dad gave me a black eye",
        "i don't like going home because my stepdad hits me",
        "someone on tiktok keeps messaging me and asked for pics",
        "he battered us",
    ],
)
def test_the_ninth_round_guards_leave_a_disclosure_flagged(text):  # kept: controls beside the guards
    assert flagged_by_rules(text), text


# 2026.11.27.34, read from holdout159-174.
@pytest.mark.parametrize(
    "text",
    [
        "my baby sisters nappy never gets changed until i get back from school",
        "not safe there. thats all i can say",
        "home isnt good at the moment",
        "things at home are not ok right now",
        "he always goes for mum when hes had a drink",
        "my worker asked if i was ok at home and i said nothing but that's not true",
        "i told her i was fine but i was lying",
        "the non mol has been in place for a year but he still turns up at the school",
        "he breached his non mol twice this month",
    ],
)
def test_a_disclosure_of_the_tenth_round_is_flagged_by_the_rules(text):
    assert flagged_by_rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "my dad says he'll kill me if i'm late for dinner again lol",
        "i ran off in the review cos it was boring",
        "i went missing from the conversation when they talked about money",
        "i wish i could disappear during maths lol",
        "my worker explained county lines in a session so i know the signs",
        "we watched a film about overdose in health class, it was sad",
        "felt like i'd been kicked in the stomach when they said my review was moved again",
        "mum and her fella fight over whose turn it is to cook",
        "i don't feel safe when my sister is driving haha she only just passed her test",
        "i do deliveries for a takeaway on saturdays, its good money",
        "got left at the school gate for 15 minutes cos the taxi broke down",
        "the boy who pushed me in pe got sorted by the head, he had to say sorry",
        "we got battered at netball 20-3 lol",
    ],
)
def test_an_everyday_answer_of_the_tenth_round_is_not_flagged(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "used to self harm, haven't for over three years, camhs really helped, "
        "i know what to do if it ever happens again",
        "ive been clean from self harm for a year now and im proud of myself",
        "my stepdad used to hit us but we did the family therapy and we're really close now",
        "she left him because he was violent, that was years ago and we haven't seen him since, we're safe and happy",
        "my ex was violent but the restraining order has been in place 3 years now and the kids are doing great",
        "i didnt feel safe at my old foster home but i moved last year and my carers now are amazing",
    ],
)
def test_a_harm_told_as_over_in_the_tenth_round_is_not_flagged(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "i've been clean from cutting for two years but i relapsed last week",
        "dad used to hit us and we did family therapy but he's started again",
        "the injunction has been in place for ages but my ex still comes round",
        "the injunction is in place but he keeps messaging me",
        "my worker explained what grooming is and now i think that's what my boyfriend is doing",
        "we watched a film about a girl who took an overdose and i've done that too",
        "we watched a film about suicide in pshe and my worker checked i was ok after, he hits me at home",
        "my mum says dad's only joking when he hits us",
    ],
)
def test_the_tenth_round_readings_leave_a_disclosure_flagged(text):  # kept: controls beside the guards
    assert flagged_by_rules(text), text


# 2026.11.27.35, read from holdout175-182.
@pytest.mark.parametrize(
    "text",
    [
        "my sister husband hits her",
        "baba hits mama when he is angry",
        "papa hurt ammi last night",
    ],
)
def test_a_disclosure_of_the_eleventh_round_is_flagged_by_the_rules(text):
    assert flagged_by_rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "my key worker said she would murder me at uno and she did",
        "i go missing in action when its time to tidy my room",
        "the court case is dragging on, i just want it to be over",
        "i got a bruise on my arm when i fell off the trampoline, my carer put ice on it",
        "the older lads at the boxing club let me spar with them",
        "the electric went off for a day in the storm so we had candles and it was fun",
        "the mum in the soap was so mean she hit her son and i was upset",
        "we watched a film about catfishing in pshe and it was scary",
        "i hate being at home cos the wifi keeps dropping",
        "a long time ago in my country soldiers hurt me, here i am safe with my carers",
        "i used to self harm when i first came but that was years ago, now im at college and doing good",
    ],
)
def test_an_everyday_answer_of_the_eleventh_round_is_not_flagged(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "i just want it all to be over",
        "the older lads at football give me vapes and money to take bags to town",
        "my sister's boyfriend beats her",
    ],
)
def test_the_eleventh_round_readings_leave_a_disclosure_flagged(text):  # kept: controls beside the guards
    assert flagged_by_rules(text), text


def test_a_stranger_in_a_game_is_not_read_as_a_character_in_a_film():  # kept: the film reading stops at films
    assert flagged("the man in the game asked me to show my belly on camera")


# 2026.11.27.43, read from holdout183-190: a cover story taken back in its own words; someone else's
# excuse ("he says its just messing"), which explains nothing away; bruises always there.
@pytest.mark.parametrize(
    "text",
    [
        "said my lip was from netball. it wasnt netball",
        "told my teacher the mark was off the dog. it wasnt the dog",
        "i said to school my eye was from the door but it wasnt the door",
        "he grabs me by the throat when hes drunk, mum says hes just messing",
        "i always got bruises and no one ever asks why",
    ],
)
def test_a_disclosure_of_the_twelfth_round_is_flagged_by_the_rules(text):
    assert flagged_by_rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "my sister said she'd kill me if i told dad about the surprise party",
        "no food in the fridge cos i blew my wages on trainers lol",
        "its scary at home when the cat hears the thunder, she hides in the wardrobe",
        "im starving cos i wouldnt eat my tea, it was fish",
        "we got told about e-safety and sextortion in assembly, quite scary",
        "i got a black eye off a hurl at hurling training, the coach put ice on it",
        "dad was violent to mum but thats all over, we live with nan and i feel safe now",
        "i used to cut myself but ive been doing well for a year and i still see my camhs worker, im proud of myself",
        "we got hit as kids back in the day, im not doing that to mine",
        "i do a paper round for the corner shop and he pays me 15 a week",
    ],
)
def test_an_everyday_answer_of_the_twelfth_round_is_not_flagged(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "she said no one is allowed to hit me and i can tell her",  # a worker's rule, told: still harmless
        "i told her the truth but it wasnt the answer she wanted",  # "the" said twice is not a story taken back
    ],
)
def test_the_twelfth_round_readings_leave_an_everyday_answer_unflagged(text):  # kept: controls beside the readings
    assert not flagged(text), text


# 2026.11.27.46, read from holdout191-198: an adult who bangs a head on something; a child who went out and
# has not been heard from; boredom explains a meeting left, not a home run from.
@pytest.mark.parametrize(
    "text",
    [
        "my uncle smashed my head on the table when i was cheeky",
        "he went out after tea on friday and we still havent heard from him",
        "i ran away from home cos it was so boring there",
    ],
)
def test_a_disclosure_of_the_thirteenth_round_is_flagged_by_the_rules(text):
    assert flagged_by_rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "when i was wee my dad hurt me, thats why i came into care. ive done loads of counselling and im doing ok",
        "i didnt feel safe when mum was drinking but shes been in recovery for 3 years now",
        "dad hit us when we were wee but he has no contact now and we are safe with mum",
        "the last worker got battered with complaints from my nan, fair play to her",
    ],
)
def test_an_everyday_answer_of_the_thirteenth_round_is_not_flagged(text):
    assert not flagged(text), text


def test_a_worker_not_heard_from_is_not_read_as_a_child_gone_missing():  # kept: a control beside the new signal
    assert not flagged("i havent heard from my worker since june and she doesnt answer her phone")


# 2026.11.27.49, read from holdout199-206: a hand on a child's private parts by another verb; a plan already made;
# blame told day after day; a cover story naming someone, taken back in a new sentence.
@pytest.mark.parametrize(
    "text",
    [
        "grandad tickles my private and i dont like it",
        "if they move me again I'm done, I've planned how",
        "i keep getting told it's my fault dad left",
        "i told the teacher it was my cousin messing about. it wasn't him",
    ],
)
def test_a_disclosure_of_the_fourteenth_round_is_flagged_by_the_rules(text):
    assert flagged_by_rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        # squabbles over who drives or the last roast potato; a team one supports
        "mum and dad fight about who's doing the school run lol",
        "my mum fights my stepdad for the last roast potato",
        "my brother says im thick for supporting leeds",
        # a pet's grooming; a class register; a sibling who takes things; a cow's kick
        "our dog was that muddy after the walk it got groomed",
        "i was missing from the register cos of my dentist appointment",
        "i lock my door cos my little sister takes my makeup",
        "one of the cows kicked me when we were milking, proper bruise",
        # no food laid on at a meeting; snowed in; an allowance that does not stretch
        "there was no food laid on at the meeting which was a shame",
        "we had no milk in when the snow blocked the road but the farm shop helped",
        "the allowance doesnt cover school shoes for both of them",
        # a worker's screening question answered no; a film's character
        "she asks every visit if anyone has touched me in a way i didn't like. i say no cos nobody has",
        "we watched a film about a dad who was controlling and it was sad",
        # harm told as over: coping tools still used, no contact, grand now
        "i used to self harm but its been a year and im doing good, i still use my coping kit",
        "dad was violent when i was little but hes no contact now and we're grand",
        # family news and rules at tea
        "my mum and her partner are getting married and i'm a page boy",
        "my carer makes me eat my greens every night",
    ],
)
def test_an_everyday_answer_of_the_fourteenth_round_is_not_flagged(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "my worker asked if anyone touches me and i said no but that was a lie",  # the screening answer taken back
        "they said i'm getting married to a man back home and i'm 14",  # a wedding that is the child's own
        "been sofa surfing and my PA doesn't know where i am",  # not knowing where the child is: not resolved
    ],
)
def test_the_fourteenth_round_readings_leave_a_disclosure_flagged(text):  # kept: controls beside the readings
    assert flagged(text), text


# 2026.11.27.51, read from holdout207-214: what staff or carers say or think it is explains nothing; a "tickle" that
# hurts; a favour owed with a threat to the family.
@pytest.mark.parametrize(
    "text",
    [
        "the big lad in the home keeps climbing into my bed at night and staff say its just messing",
        "he holds me down and kicks me when the carers are out, they think we're just play fighting",
        "uncles tickles hurt my bottom",
    ],
)
def test_a_disclosure_of_the_fifteenth_round_is_flagged(text):
    assert flagged(text), text


def test_a_favour_owed_with_a_threat_to_the_family_is_flagged_by_the_rules():
    assert flagged_by_rules("i have to do a favour for this man or my dad gets it")


@pytest.mark.parametrize(
    "text",
    [
        "my PA has been missing in action since easter",
        "my kitten scratched my hand and it bled a bit",
        "honestly if i have to fill in another one of these surveys ill kill myself",
        "we done kickboxing at the centre and i got a fat lip but i loved it",
        "i go on youtube at home and watch cat videos with my sister",
        "the house is a tip while dad does the bathroom but its nearly done",
        "my carer taught me to ride my bike and i fell off loads",
        "we feel safe now the locks are changed and he's gone for good",
    ],
)
def test_an_everyday_answer_of_the_fifteenth_round_is_not_flagged(text):
    assert not flagged(text), text


def test_a_pet_that_bites_a_sibling_leaves_a_secret_flagged():  # kept: the pet reading is the writer's own arm or hand
    assert flagged("the dog bit my little brothers face again and mum says we're not to tell")


# 2026.11.27.53, read from holdout215-222: an excuse said on with the subject left out; everyday readings; harm told
# as over in more ways.
def test_an_excuse_said_on_without_its_subject_explains_nothing():
    assert flagged("my cousin kicks me in the back and says its only messing but it really hurts")


@pytest.mark.parametrize(
    "text",
    [
        "i ran off at the end of the meeting to get my bus",
        "the house is scary at night cos of the wind",
        "mum is on nights at the hotel again so nan comes round",
        "i go running most mornings, it helps my head",
        "my goldfish died cos i neglected it, feel bad",
        "i was messaging someone on snap who turned out to be my mate from school lol",
        "the snow was mad last week and the lights went off but we had a laugh with torches",
        "i had a really rough time in year 8 and hurt myself, but i've had counselling and im doing great now",
        "my stepdad hit me when i was 9 but he's never done it since and we get on now",
    ],
)
def test_an_everyday_answer_of_the_sixteenth_round_is_not_flagged(text):
    assert not flagged(text), text


# 2026.11.27.56, read from holdout223-230: a child discredited to everyone; a cover story told again.
@pytest.mark.parametrize(
    "text",
    [
        "mum tells everyone im a liar so no one believes me",
        "i told the nurse i fell down the stairs again, my worker never asks",
    ],
)
def test_a_disclosure_of_the_seventeenth_round_is_flagged_by_the_rules(text):
    assert flagged_by_rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "the council keep neglecting the estate, the park is wrecked",
        "my carer is grooming me to be a dog groomer, it's my work experience",
        "my brother sends me memes every night and they make me laugh",
        "got a burn off a sparkler on bonfire night, my own fault",
        "the lad in the film got battered and it was class",
        "dad hit us years ago, there's been no contact for 5 years, the order is still in place and we're safe now",
        "mum used to hit us but she done all the courses and we've been back home 2 years now",
        "we've had three peaceful years since the injunction",
    ],
)
def test_an_everyday_answer_of_the_seventeenth_round_is_not_flagged(text):
    assert not flagged(text), text


# 2026.11.27.58, read from holdout231-238: nothing eaten for days; a visit asked for without warning; a tickle under
# pyjamas; a cover story taken back ("but its not from the bike").
@pytest.mark.parametrize(
    "text",
    [
        "can she bring some food, we've had nowt since tuesday",
        "can my worker come without telling mum first, it's different when she's here",
        "i dont like grandads tickles under my jamas",
    ],
)
def test_a_disclosure_of_the_eighteenth_round_is_flagged_by_the_rules(text):
    assert flagged_by_rules(text), text


def test_a_cover_story_taken_back_by_its_cause_is_flagged():
    assert flagged("I tell the teacher I fell off the trampoline but its not from the trampoline")


@pytest.mark.parametrize(
    "text",
    [
        "we did the pants song at nursery, my privates are private",
        "she went missing for 3 weeks - the social worker i mean",
        "my sister thumped me cos i took her charger, we're fine now",
        "no food in the house because the ocado order is late",
        "i feel completely neglected by the council",
        "my worker is grooming me for my college interview, we practise every week",
        "other workers made me feel like rubbish but she never does",
        "the fridge is always empty cos i eat everything, mam says im a bottomless pit",
    ],
)
def test_an_everyday_answer_of_the_eighteenth_round_is_not_flagged(text):
    assert not flagged(text), text


# 2026.11.27.60, read from holdout239-246: harm that began with a person when the writer was young and is still going
# on; old scars "mostly"; everyday readings; harm told as over in more ways.
@pytest.mark.parametrize(
    "text",
    [
        "this started when i was 9 with my stepbrother and it's still going on at weekends",
        "my cuts are all healed now. mostly",
    ],
)
def test_a_disclosure_of_the_nineteenth_round_is_flagged_by_the_rules(text):
    assert flagged_by_rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "started when i was 9 with my football club and i'm still going",  # kept: a club is not a person
        "my scars are old now, from when i had my appendix out",  # kept: no reassurance taken back
    ],
)
def test_the_nineteenth_round_leaves_an_everyday_answer_alone(text):
    assert not flagged_by_rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "left my coat on the bus and my dad's gonna murder me",
        "my aunty put a lock on my insta so people i don't know can't message me",
        "nan yells at us when we don't tidy up",
        "we did the pants stuff at school about private parts",
        "dad hit us when we were small but we're safe with our foster carers now",
        "we had no gas last winter but it's all sorted now",
        "we went to a refuge when dad hit mum but we live where he can't find us",
        "the worker helped us move to a refuge and it's all sorted now",
    ],
)
def test_an_everyday_answer_of_the_nineteenth_round_is_not_flagged(text):
    assert not flagged(text), text


def test_a_forgotten_kit_reading_leaves_a_threat_after_it_flagged():  # kept: the guard covers the kit, not what follows
    assert flagged("i forgot my pe kit again and dad will kill me, last time he broke my arm")


@pytest.mark.parametrize(
    "text",
    [
        "it was on the news about a man who hit his girlfriend, thats what my dad does",
        "we watched a soap where the husband is so controlling, that's what he's doing to mum",
        "there was a film about a stepdad who was violent and i think that's what he's doing",
    ],
)
def test_a_story_on_the_telly_told_as_ones_own_is_flagged(text):  # .64: the telly and soap guards of .49 and .58
    assert flagged(text), text


def test_a_story_on_the_telly_alone_is_not_flagged():  # kept: the guards still read the story itself
    assert not flagged("it was on the news about a man who hit his girlfriend, really sad")


# 2026.11.27.65, read from holdout247-254: a hand on a child's privates during a game; a child's age beside an
# adult's; a cover story given in advance; a hole in a door nobody asked about; everyday readings.
@pytest.mark.parametrize(
    "text",
    [
        "my step brother touches my private parts when we play tig",
        "when i was 13 and he was 24 we used to meet up after school",
        "dad said if anyone asks we banged our heads on the bunk bed",
        "nobody has asked about the holes in the kitchen door or who made them",
        "(said to nursery nurse) daddy says if somebody asks i fell down the stairs",
    ],
)
def test_a_disclosure_of_the_twentieth_round_is_flagged_by_the_rules(text):
    assert flagged_by_rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "i won hide and seek and my brother hit me with a pillow lol",  # kept: a game still explains a pillow fight
        "my teacher says i'm doing brilliant in maths",  # kept: a teacher's words are still hers
    ],
)
def test_the_twentieth_round_leaves_an_everyday_answer_alone(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "the cupboards are always empty cos my little brothers eat everything",
        "that horror film would kill me with fright",
        "the worker's paperwork is a total neglect of duty",
        "mum used to call me worthless but that was years ago and my counsellor helped me work through it",
        "if i have to sit through another review i will literally kill myself",
        "the review was that long i wanted to punch the wall",
        "i used to self harm but ive been clear for a year and camhs helped, still see them monthly",
        "i ran away from grandads dog lol",
        "i have a scar on my tummy from when i had my appendix out",
    ],
)
def test_an_everyday_answer_of_the_twentieth_round_is_not_flagged(text):
    assert not flagged(text), text


# 2026.11.27.69, read from holdout255-262: a baby shaken; hungry at night; an abuser back who "says he's changed";
# "lost it" is a temper, not a game of it; everyday readings and harm told as over in more ways.
@pytest.mark.parametrize(
    "text",
    [
        "he lost it with the toddler last night and shook her hard",
        "i'm hungry at night",
        "we're moving back in with him, he swears he's changed",
        "my dad lost it and hit me with the remote",
    ],
)
def test_a_disclosure_of_the_twenty_first_round_is_flagged_by_the_rules(text):
    assert flagged_by_rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "my pa's gone missing, not seen her since the summer",
        "he went missing for a month, no visits, then a new worker turned up",
        "the traffic on the bridge makes me want to die",
        "they battered me with questions at the review",
        "my worker neglects to write things down",
        "we had no electric for an afternoon cos of the storm",
        "my last carer used to smack us but she got struck off and its all good",
        "dad used to hit me but that was years ago and its all good",
        "someone was sending me creepy messages on snap, my carer blocked them and it stopped straight away",
    ],
)
def test_an_everyday_answer_of_the_twenty_first_round_is_not_flagged(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "my sister went missing for weeks, no calls, we were so scared",  # kept: a sister, not the worker
        "he's been gone since friday, i've reported it to the police",  # kept: a report is not the harm dealt with
    ],
)
def test_the_twenty_first_round_readings_leave_a_disclosure_flagged(text):
    assert flagged(text), text


# 2026.11.27.73, read from holdout263-270: a partner who "kicks off" and a gran rung to fetch the children; everyday
# readings; harm told as over in more ways.
def test_a_partner_who_kicks_off_and_a_gran_rung_to_fetch_the_children_is_flagged_by_the_rules():
    assert flagged_by_rules("i had to ring my nan to come and get me when her fella kicked off")


@pytest.mark.parametrize(
    "text",
    [
        "she calls me names but i call her names back, we're sisters",
        "nobody picked me up from college because of the bus strike so i walked",
        "the police came to our door but it was to ask us about the stolen van",
        "i ran away from home when i was 5 to my nans next door",
        "our washing machine broke and flooded the kitchen",
        "the letter from the council made me feel worthless",
        "dad hit me when i was small but i've been with my foster carers 4 years and i'm so happy",
        "i used to self harm but its been 2 years and i've got a counsellor",
        "she went missing for like a month, no calls, then someone new rang",
    ],
)
def test_an_everyday_answer_of_the_twenty_second_round_is_not_flagged(text):
    assert not flagged(text), text


def test_a_carer_who_calls_a_child_names_is_still_flagged():  # kept: no one calls them back
    assert flagged("mum calls me names and says im useless")


# 2026.11.27.75, read from holdout271-278: everyday readings and harm told as over in more ways.
@pytest.mark.parametrize(
    "text",
    [
        "the storm knocked two trees over on the lane by our house and the power went off, it was scary but fun",
        "we got kicked off the server for swearing lol",
        "this review is literally emotional abuse lol",
        "my battery died at the bus stop and i wanted to die",
        "im 15 so my carers leave me on my own for an hour or two, its fine",
        "my teacher says i'm in danger of failing science",
        "dad used to hit mum when i was small but she left him and we've got a good life now",
    ],
)
def test_an_everyday_answer_of_the_twenty_third_round_is_not_flagged(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "im 15 and my dad leaves me on my own for days",  # kept: days, not an hour or two
        "my stepdad says i'm in danger if i tell anyone",  # kept: danger that is not a school grade
    ],
)
def test_the_twenty_third_round_readings_leave_a_disclosure_flagged(text):
    assert flagged(text), text


# 2026.11.27.76, read from holdout279-286: everyday readings, harm told as over in more ways, and a fear of a new
# adult in the home.
@pytest.mark.parametrize(
    "text",
    [
        "we groom the ponies every saturday at the riding school",
        "the pony at the farm kicked me, i was fine after",
        "its scary when the electric goes off in a storm but mum has torches",
        "i want to run away to australia when i'm older and be a vet",
        "i'll kill my little brother if he takes my charger again",
        "my pa is grooming me for big things, she says i could go to uni",
        "my worker told me why my dad can't look after me right now, it made sense",
        "we did a drama in pshe about a controlling boyfriend and my carer talked it through with me after",
        "im working at a hotel by the beach for the summer, the tips are good money",
    ],
)
def test_an_everyday_answer_of_the_twenty_fourth_round_is_not_flagged(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "i've been self-harm free for over a year now thanks to camhs",
        "there was no food in the house over easter, the worker got us vouchers and its all sorted now",
        "when i first moved in we argued loads but we get on really well now",
        "i didn't feel safe at my last foster home but they moved me that week",
        "before i came into care i was always hungry but now my nan cooks loads",
        "when i was little there was never enough food but i've lived with my grandad for years now",
        "the worker came with us to the refuge and he doesn't know where we live",
    ],
)
def test_harm_told_as_over_in_the_twenty_fourth_round_is_not_flagged(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "i will kill him if he touches me again",
        "we did a lesson on domestic abuse and my dad does that",
        "i want to run away when he gets home",  # kept: no plan for when one is older
        "i've been self harm free for two months but i relapsed last week",  # kept: it came back
        "before i came into care i was always hungry but now my carer hits me",  # kept: harm now
        "he was grooming me online",  # kept: not a pony
    ],
)
def test_the_twenty_fourth_round_flags_these(text):
    assert flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "im frightened of the new man who stays at our house",
        "i'm scared of the new lodger that lives in our flat",
    ],
)
def test_a_fear_of_a_new_adult_in_the_home_is_read_by_the_rules(text):  # .76: the model caught some already
    assert flagged_by_rules(text), text


# 2026.11.27.78, read from holdout287-294: home told as bad for now, wanting to die said word by word, and
# everyday readings and harm told as over.
@pytest.mark.parametrize(
    "text",
    [
        "home is horrible at the moment, can i stay at nan's",
        "things at home are really bad right now",
        "me. want. die.",
    ],
)
def test_home_bad_for_now_and_wanting_to_die_word_by_word_are_read_by_the_rules(text):
    assert flagged_by_rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "he got a black eye off his own paddle at canoeing",
        "my worker explained private parts to my daughter in a way she got",
        "my sister hacked my snapchat for a laugh and posted a potato",
        "my daughter goes missing in her books for hours",
        "i was so hungry cos the review ran over lunch",
        "our flat was dangerous with the old wiring but the council fixed it",
        "i watch scary videos on youtube with my brother",
        "we watched a film in class where the dad was violent and talked about it after",
        "my sister punched me in the arm for taking her charger then we made up",
        "my brother thumped me on the shoulder for eating his crisps, we're fine now",
        "since the injunction we finally feel safe at home",
        "i used to cut myself but that was years ago, i'm so much better now",
        "mum lost her job and we had no food for a bit last winter, but we're alright now and she's working again",
    ],
)
def test_an_everyday_answer_or_harm_over_of_the_twenty_fifth_round_is_not_flagged(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "i want die",  # kept: already read
        "my brother punched me in the face and hes always doing it",  # kept: no squabble over a thing of his
        "dad hit me last year and now he's doing it again",  # kept: "again" after harm, not after work
        "we watched a film where the dad was violent, thats what my dad does",  # kept: the film told as home
    ],
)
def test_the_twenty_fifth_round_readings_leave_a_disclosure_flagged(text):
    assert flagged(text), text


# 2026.11.27.79, read from holdout295-302: care gone without for ages is not harm that stopped, the writer's pictures
# put on a page, and everyday readings.
def test_a_child_not_washed_for_ages_is_not_told_as_over():
    assert flagged("my sheets haven't been changed for ages and i smell at school")


def test_pictures_put_on_a_page_are_read_by_the_rules():  # the model caught it already
    assert flagged_by_rules("my pictures have been posted on a fake page with my school on it")


@pytest.mark.parametrize(
    "text",
    [
        "she helped me talk to my dad about relationships and sex",
        "i ran away from home in roblox and made a new family lol",
        "we read a book about a boy who wanted to die but he got help",
        "my cousin is 20 and buys me chips after training",
        "my uncle's got a gun for the foxes, he keeps it locked up",
        "left out of the review again, neglected as always by the office",
        "we had no electric for a day when the storm took the lines down",
        "we were watching corrie and a man got stabbed so mum switched it off",
        "before the worker came we had no food in but she sorted vouchers and now we're fine",
    ],
)
def test_an_everyday_answer_or_harm_over_of_the_twenty_sixth_round_is_not_flagged(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "i feel neglected by my mum",  # kept: not the office
        "we haven't had a proper dinner for ages",  # kept: gone without, not over
    ],
)
def test_the_twenty_sixth_round_readings_leave_a_disclosure_flagged(text):
    assert flagged(text), text


def test_a_person_not_seen_for_ages_is_still_told_as_over():  # kept: the care words leave this reading alone
    assert not flagged("he used to hit me but i haven't seen him for ages")


# 2026.11.27.80, read from holdout303-310: fed elsewhere and nothing at home, home written in dialect, the worker's
# question answered "because someone does", and everyday readings.
@pytest.mark.parametrize(
    "text",
    [
        "the youth club gives us a hot dinner, at hame there's usually nothing",
        "we get breakfast at school because at mine there's normally nowt",
        "please stop asking if anybody hurts me, because somebody does",
        "my worker keeps asking if anyone touches me and someone does",
    ],
)
def test_the_twenty_seventh_round_disclosures_are_flagged(text):
    assert flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "the youth club gives us pizza, at home there's nothing to do though",  # kept: boredom, not hunger
        "my worker asks if anyone hurts me and nobody does",  # kept: the question answered no
    ],
)
def test_the_twenty_seventh_round_readings_leave_an_everyday_answer_alone(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "that panel was brutal, felt like i'd been punched by the end",
        "i went missing for an hour at the agricultural show cos i was on the waltzers",
        "i do a paper round for the newsagent near my nan's and he pays me 20 a week",
        "i used to self harm in year 9 but i'm 19 now and doing well, my pa helps me keep up my therapy",
        "i ran away from home at 13 but that was ages ago, me and my dad are sorted now",
        "we got smacked as kids back in the day, it's nothing like that now",
        "the older lads on the school bus let me sit at the back with them now",
        "i'm going missing from insta for a bit to revise",
        "i do runs at parkrun with my foster dad",
        "we had a talk at school about sextortion and where to get help",
        "in pshe we learned about private parts and who is allowed to touch them",
    ],
)
def test_an_everyday_answer_or_harm_over_of_the_twenty_seventh_round_is_not_flagged(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "i do runs for the older lads every saturday",  # kept: running for someone
        "i got smacked as a kid by my stepdad and still do",  # kept: not back in the day
        "i used to self harm and i keep doing it when things get bad",  # kept: keeps on
    ],
)
def test_the_twenty_seventh_round_readings_leave_a_disclosure_flagged(text):
    assert flagged(text), text


# 2026.11.27.81, read from holdout311-318: the ambulance or police called over a fight at home, a parent who leaves
# young children alone to work, not seeing oneself reach 18, a bag packed and hidden, videos of naked adults shown to a
# child, and everyday readings.
@pytest.mark.parametrize(
    "text",
    [
        "an ambulance had to come to the house because of the fighting",
        "i have to leave the children alone while i go to work, theyre 5 and 7",
    ],
)
def test_the_twenty_eighth_round_disclosures_are_flagged(text):
    assert flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "i don't see myself living past 18 tbh",
        "i keep a bag packed behind my wardrobe just in case",
        "mums boyfriend made me watch videos of people with no clothes on",
    ],
)
def test_the_twenty_eighth_round_disclosures_are_read_by_the_rules(text):  # the model caught them already
    assert flagged_by_rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "social services should just leave my kids alone",  # kept: "stop bothering us"
        "i've got my bag packed under my bed for the school trip",  # kept: a trip
        "i wanted to hide under the covers when the review started",
        "the contact centre looks a bit neglected, the toys are broken",
        "i wanted to die when miss read out my essay",
        "i wish i could run away from pe on wednesdays",
        "we slept under the stars on the scout camp",
        "my little sister is driving me up the wall",
    ],
)
def test_an_everyday_answer_of_the_twenty_eighth_round_is_not_flagged(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "i wanted to die when mum said she never wanted me",  # kept: not a report read out
        "i want to run away from home",  # kept: not a lesson
        "i feel neglected at home",  # kept: not a place
    ],
)
def test_the_twenty_eighth_round_readings_leave_a_disclosure_flagged(text):
    assert flagged(text), text


# 2026.11.27.82, read from holdout319-326: an overdose nobody noticed, a stranger online asking where a child lives,
# someone staying who is not allowed, medicine run out that nobody has replaced, and everyday readings.
def test_an_overdose_nobody_noticed_is_not_told_as_over():
    assert flagged("i swallowed a load of my nan's pills in the summer, nobody noticed and i'm fine now")


@pytest.mark.parametrize(
    "text",
    [
        "some guy messaged my son asking where he lives",
        "her ex is stopping at ours again even though the social worker said he's not allowed",
        "my inhaler ran out last week and nobody has ordered a new one",
    ],
)
def test_the_twenty_ninth_round_disclosures_are_read_by_the_rules(text):  # the model caught them already
    assert flagged_by_rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        "mum and dad never fight, they just bicker about the telly",
        "he's 17 and i'm 16 and my foster carer likes him",
        "i always run off up the hill with the dog after tea",
        "it gets scary at home when there's a thunderstorm",
        "i ran away from my little sister at the beach cos she was being annoying",
        "the neighbours had a party and were shouting till 3am",
        "my sister has a boyfriend and they're always kissing on the sofa",
        "my friend photoshopped my face onto a cat and put it in the group chat",
        "i'm cutting down on energy drinks and my worker is proud of me",
    ],
)
def test_an_everyday_answer_of_the_twenty_ninth_round_is_not_flagged(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "he's 19 and i'm 16",  # kept: an adult
        "mum and dad fight all the time",  # kept: they do fight
        "it gets scary at home when dad's been drinking",  # kept: not the weather
    ],
)
def test_the_twenty_ninth_round_readings_leave_a_disclosure_flagged(text):
    assert flagged(text), text


# 2026.11.27.83, read from holdout327-334: a carer who tells a child their family does not care, harm told as over in
# more ways, and everyday readings.
def test_a_carer_who_says_the_family_does_not_care_is_read_by_the_rules():  # the model caught it already
    assert flagged_by_rules("my foster carer says my real family don't care about me so there's no point ringing them")


@pytest.mark.parametrize(
    "text",
    [
        "i want to run away from my spellings lol",
        "i'm starving cos tea is late again",
        "i got home late one night and my carer rang the police, fair enough",
        "i'm being groomed to be the next head girl lol",
        "feel so neglected by the leaving care team",
        "my brother and his girlfriend kiss all the time, yuck",
        "we're running away to Tenby for the weekend in the caravan",
        "my uncle has a gun for the rabbits but it's locked in a cabinet and we're not allowed near it",
        "there was no food in when we moved into our new house but the worker got us a food parcel the same day",
        "mum hit me when i was small but that was years ago, i live with my aunty now and she's lovely",
        "i ran away a lot when i was 13 but that got sorted years ago",
    ],
)
def test_an_everyday_answer_or_harm_over_of_the_thirtieth_round_is_not_flagged(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "i feel neglected by my mum and her boyfriend",  # kept: not a team
        "the house is a war zone when dad's been drinking",  # kept: not baking
        "i stayed at my mate's for three nights and nobody knew where i was",  # kept: nobody knew
    ],
)
def test_the_thirtieth_round_readings_leave_a_disclosure_flagged(text):
    assert flagged(text), text


# 2026.11.27.84, read from holdout335-342: a parent who forgets a child's meals, safer anywhere than at home, harm told
# as over in more ways, and everyday readings.
def test_safer_anywhere_than_at_home_is_flagged():
    assert flagged("i feel much safer at nan's than at home")


def test_a_parent_who_forgets_meals_is_read_by_the_rules():  # the model caught it already
    assert flagged_by_rules("daddy forgets my dinner when mummy is at work")


@pytest.mark.parametrize(
    "text",
    [
        "mum forgot my packed lunch once but brought it in",  # kept: once
        "my dad goes missing for weeks at a time, he's on the rigs",
        "mum keeps posting embarrassing photos of me on facebook",
        "my brother beats me at every game of fifa",
        "his dad jokes make me want to die lol",
        "i got a black eye playing dodgeball",
        "i ran away when i was 12 but that was years ago, i live with my nan now and i'm doing my gcses",
        "dad was violent when i was little but now it's just me and mum and it's really calm",
    ],
)
def test_an_everyday_answer_or_harm_over_of_the_thirty_first_round_is_not_flagged(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "my brother beats me",  # kept: not at a game
        "we learned about grooming in pshe and that's what my uncle does",  # kept: told as the writer's own
    ],
)
def test_the_thirty_first_round_readings_leave_a_disclosure_flagged(text):
    assert flagged(text), text


# 2026.11.27.85, read from holdout343-350 (every disclosure found on .84): everyday readings only.
@pytest.mark.parametrize(
    "text",
    [
        "the landing is dangerous at home cos my sister leaves her shoes everywhere",
        "they held the conference over lunch and there was no food, starving",
        "my referral got neglected for months",
    ],
)
def test_an_everyday_answer_of_the_thirty_second_round_is_not_flagged(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "my stepdad kicked me",  # kept: not an animal
        "he says i'm a pain and hits me",  # kept: not a pain in the bum
    ],
)
def test_the_thirty_second_round_readings_leave_a_disclosure_flagged(text):
    assert flagged(text), text
