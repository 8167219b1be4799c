"""Disclosures a child half-hides (2026.11.26.8): the belt named as routine, an adult's age beside a
child's, a worker shown a tidy house or a kinder adult, a fall story taken back, school dinner as the
only meal; and the everyday answers that share their words: a harm question answered no, a film about
violence, animals, storms, a lift to an interview, harm that is over and dealt with."""

import pytest

from tests.unit.analysis.readings import flagged, flagged_by_rules


@pytest.mark.parametrize(
    "text",
    [
        # the belt and other implements as punishment
        "its the belt if we leave the gate open",
        "my legs still sting from the belt on friday",
        "mum disciplines us with the slipper when we are bad",
        # a child's age beside an adult's
        "i was 13 and he was 19 and he said it was fine because he was my boyfriend",
        "me and him were together when i was 14 and he was 20, he said it was normal",
        "i dont like what my uncle used to do at bedtime and he is staying at ours again",
        # what is said to a child about their family; names shouted till a child cries
        "she keeps telling him his mum never wanted him",
        "nan shouts at my brother and calls him horrible names and he cries in bed",
        # going without
        "lunch at school is basically it, there is nothing at home",
        "nobody washes my school shirt so it smells",
        "he comes to school in the same clothes every day",
        # not wanting to have survived; a worker who never looks
        "sometimes i think it would be better if i had not survived the crash",
        "my worker never asks about my wrists and i keep my sleeves down",
        # domestic abuse glimpsed
        "mum wears sunglasses in the house after they argue",
        "he yells at mum and then i hear thuds",
        # papers promised for work; accounts that teach not eating
        "a lady says she can sort me a passport if i go to london with her",
        "i follow pages about not eating",
        # the worker shown what the family wants her to see
        "she only visits when the house is tidy",
        "when the worker comes dad is all nice for a few days then it starts again",
        "when she leaves things get worse",
        "my worker thinks everything is fine at home but it isn't",
        "that man still comes round even though he's not allowed",
        # a fall story taken back
        "i told the nurse i fell down the stairs but that's not what happened",
        "i said i came off my scooter but i didn't come off it",
        # 2026.11.26.9: kind in front of the worker; a yes said with the adult in the room; a passport
        # handed over; work with a room; a fall story taken back at the very end
        "she's all smiles when the worker's here but as soon as she left mum started on me",
        "i said yes because dad was in the room",
        "i told her it's fine cos mum was listening",
        "she asked if anyone hurts me and i said no because dad was in the room",
        "the man says i have to give him my passport to keep it safe",
        "a woman offered me a job in a car wash and a room to stay",
        "i told my teacher i fell off the trampoline but i didn't.",
        # 2026.11.26.10: left waiting for hours, forgotten; not here next time; a plan timed round a birthday
        "he was left at the school gate for 2 hours again",
        "my foster carers forgot about me at the station",
        "next time you come i might not be here",
        "i've got it planned for after christmas so it doesn't ruin it for my brother",
    ],
)
def test_half_hidden_disclosures_are_found_by_the_rules(text):
    assert flagged_by_rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        # a worker's question about harm, answered no
        "my worker asked if anyone hurts me and i said no, i'm happy here",
        "she asked whether anyone touches me in a way i dont like and i said no",
        # a film or lesson about violence; a review like a beating
        "we watched a film in PSHE about a dad who was violent to his family",
        "the meeting felt like getting beaten up, so many questions",
        # animals, storms and a war left behind
        "the wind broke the bedroom window",
        "the sheep went missing off the hill again",
        "we ran away from the cows in the field lol",
        "the meeting was like getting battered",
        "we ran away from the war in sudan and now i'm at college",
        # a small kitchen drama; a lift; a job; a growing appetite
        "the fire alarm went off when dad burnt the pizza and the dog went mad",
        "if my brother takes my charger again i swear i'll die",
        "i do a saturday job for money, my worker helped me get it",
        "i'm hungry all the time cos i'm growing",
        # harm that is over and dealt with
        "dad used to hit us but that was years ago, we're adopted now and everything is great",
        "when i was little we never had food in but i've lived with my aunty for 6 years now and she's lovely",
        "mum got an injunction and he hasn't been near us in three years, the kids are thriving",
        "we had no heating last winter but the worker sorted a grant and we're fine now",
        "since mum left him and we moved to the refuge it's so calm",
        "i used to self harm but i'm in a really good place now",
        "got told off for getting back late from the fair but mum knew where i was",
        # 2026.11.26.9: a bad meeting in idiom; the telly; an app; sport; jobs; lessons; siblings
        "that review was a slap in the face",
        "the panel was like a beating",
        "we watched hollyoaks and the bit where he hit her made nan cry",
        "my tablet broke so i can't go on roblox, my life is over",
        "my phone got smashed and i cant go on snap",
        "i don't run off anymore since i moved here",
        "my worker is grooming me for my interview next week",
        "i do deliveries for just eat now i'm 18",
        "the worker read us a book about body safety and private parts",
        "i hate being at home cos my sister hogs the telly",
        "me and my stepdad get on loads better",
        "we had no food in lockdown but the school sent parcels and it's been fine since",
        "i used to self harm but i haven't done it for over 2 years",
        # 2026.11.26.10: a scene in a film, a toddler's kick, losing at a game, hyperbole about forms,
        # a buffet, a prank the school sorted, and harm left behind
        "the film had a sex scene and it was so awkward",
        "my little sister kicks me when she's tired, she's 2",
        "grandad says i'm useless at fifa but he always loses",
        "maths homework makes me want to die",
        "i'd rather die than fill in another form",
        "there was no food left at the buffet by the time we got there",
        "someone made a fake account of me, the school sorted it the same day",
        "we were in a refuge last year and now we've got our own house",
        "i ran away from home when i was 11 but i'm back with mum and its good",
        "i was scared at home before but the worker changed the locks and i'm safe now",
    ],
)
def test_everyday_answers_with_the_same_words_are_not_flagged(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "an older man gave me a lift to college and made me touch him",
        "mums new boyfriend is really nice and he touches me at night",
        "i hate being at home cos my brother hogs the tv and hits me",
        "i play xbox with my cousin and he makes me send pics",
        "one more night at home and i'll kill myself",
        "if he touches me again i swear i'll die",
        "i'd rather die than go home",
        "he showed me a book about private parts and touched me",
    ],
)
def test_a_harmless_frame_does_not_hide_a_disclosure_beside_it(text):
    assert flagged_by_rules(text), text
