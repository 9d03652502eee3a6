from lib import write_pair, tally, para
D = 'blind-61'
def art(name, headline, date, text, t):
    write_pair(D, name, headline, date, text, t)

art('b61_1954_guatemala_oas_referral_soviet_veto',
    'Soviet Veto Kills Plan to Send Guatemala Case to O.A.S.', '1954-06-20', para(
"UNITED NATIONS, N.Y., June 20 (UP) — The Soviet Union tonight vetoed a Brazilian-Colombian resolution that would have referred Guatemala's complaint of aggression to the Organization of American States. It was the sixtieth Soviet veto in the Security Council.",
"The vote was 10 to 1. Semyon K. Tsarapkin, the Soviet delegate, cast the lone negative vote after charging that the United States was trying to \"bury\" the Guatemalan case in a regional body it dominated.",
"Henry Cabot Lodge Jr., the United States representative and president of the Council for June, replied that the Soviet Union should \"stay out of this hemisphere.\" Delegates of Denmark, Lebanon, New Zealand and Turkey said the O.A.S. was the proper first forum for a dispute among American states.",
"Guatemala, which is not a member of the Council, had asked for the emergency session on Friday, saying its territory had been invaded from Honduras and Nicaragua by forces organized abroad. Its delegate, Eduardo Castillo Arriola, was allowed to speak but not to vote.",
"The Inter-American Peace Committee of the O.A.S. said in Washington that it stood ready to send a fact-finding group to the area."),
    tally(1954, 'vetoed', {'Soviet Union': 'against'}, vetoes={'Soviet Union': 'cast'}, rest='for'))

art('b61_1964_cyprus_peace_force_unanimous',
    'U.N. Council Votes Peace Force for Cyprus', '1964-03-04', para(
"UNITED NATIONS, N.Y., March 4 (AP) — The Security Council voted unanimously tonight to create a United Nations peace-keeping force for Cyprus and to appoint a mediator to seek a settlement between the island's Greek and Turkish communities.",
"The resolution, sponsored by Bolivia, Brazil, the Ivory Coast, Morocco and Norway, the Council's five nonpermanent members other than Czechoslovakia, was approved 11 to 0 after more than two weeks of debate.",
"The Soviet Union, Czechoslovakia and France had expressed misgivings about giving the Secretary General, U Thant, the power to decide the size and composition of the force, but all three voted for the text after the sponsors agreed that the force would serve for only three months.",
"Adlai E. Stevenson of the United States called the vote \"a victory for the peace-keeping function of the United Nations.\" Sir Patrick Dean of Britain said British troops already on the island would be placed under the United Nations command.",
"Cyprus, Greece and Turkey, none of them members of the Council, took part in the debate. Turkey's Foreign Minister had warned last week that his country reserved the right to intervene under the 1960 Treaty of Guarantee."),
    tally(1964, 'adopted', {}, rest='for'))

art('b61_1967_undated_withdrawal_resolution_unanimous',
    'Council unanimously adopts British Middle East formula', None, para(
"UNITED NATIONS (AP) - The Security Council on Wednesday unanimously adopted a British resolution calling for the withdrawal of Israeli armed forces \"from territories occupied in the recent conflict\" and for the right of every state in the area to live in peace within secure and recognized boundaries.",
"The resolution also asks Secretary-General U Thant to send a special representative to the Middle East to promote agreement between the parties.",
"Its adoption ended five months of deadlock since the six-day war in June. A rival text submitted by India, Mali and Nigeria, which called for withdrawal from \"all the territories\" occupied, was not pressed to a vote after the British draft gained the support of the non-aligned sponsors. A Soviet draft tabled on Monday was also set aside.",
"Lord Caradon, the British ambassador, said the text was \"a balanced whole\" and that \"to add to it or to detract from it would destroy the balance.\" Soviet Deputy Foreign Minister Vasily Kuznetsov said Moscow had voted for it on the understanding that it meant withdrawal from all occupied territories.",
"Canada and Denmark, which had worked with Argentina and Brazil on earlier compromise drafts, welcomed the outcome, and Ethiopia's ambassador said the council had \"finally spoken with one voice.\" Israel, Egypt and Jordan, which are not members, gave guarded reactions."),
    tally(1967, 'adopted', {}, inferred=True, rest='for'))

art('b61_1971_indo_pakistani_war_ceasefire_soviet_veto',
    'Russians veto U.S. call for India-Pakistan cease-fire', '1971-12-05', para(
"UNITED NATIONS, Dec. 5 (AP) - The Soviet Union early today vetoed a United States resolution in the Security Council calling for an immediate cease-fire between India and Pakistan and the withdrawal of their troops from each other's territory.",
"The vote was 11 to 2, with Britain and France abstaining. Poland joined the Soviet Union in voting against.",
"China, taking part in its first major Council debate since Peking replaced the Nationalists in October, voted for the American text. Its delegate, Huang Hua, accused India of \"naked aggression\" against East Pakistan and said Moscow was behind it.",
"Yakov A. Malik, the Soviet representative, said no cease-fire could work unless it was tied to a political settlement in East Pakistan \"with the elected representatives of the people.\" George Bush, the United States Ambassador, said the veto \"leaves the Council paralyzed while a war rages.\"",
"Britain and France said they had abstained because they hoped to find a text acceptable to all permanent members. A Soviet draft calling for a political settlement received only two votes, Poland's and its own, and Argentina, Belgium, Burundi, Italy, Japan, Nicaragua, Sierra Leone and Somalia said they would now try to agree on a new resolution. Syria asked that the question be sent to the General Assembly."),
    tally(1971, 'vetoed', {'Soviet Union': 'against', 'Poland': 'against', 'United Kingdom': 'abstain', 'France': 'abstain',
        'China': 'for', 'United States': 'for'}, vetoes={'Soviet Union': 'cast'}, rest='for'))

art('b61_1980_afghanistan_withdrawal_soviet_veto',
    'Soviets veto UN call for troop withdrawal from Afghanistan', '1980-01-07', para(
"UNITED NATIONS, Jan 7 (Reuters) - The Soviet Union on Monday vetoed a Security Council resolution calling for the \"immediate and unconditional withdrawal of all foreign troops from Afghanistan,\" after four days of debate in which some 50 countries denounced the Soviet intervention.",
"The resolution, sponsored by the council's non-aligned members Bangladesh, Jamaica, Niger, the Philippines and Zambia, received 13 votes. Only the Soviet Union and East Germany voted against.",
"Soviet Ambassador Oleg Troyanovsky said Soviet forces had entered Afghanistan at the request of its government to repel \"armed interventions from outside\" and that the debate was \"gross interference\" in Afghanistan's affairs. The German Democratic Republic's ambassador, Peter Florin, supported him.",
"U.S. Ambassador Donald McHenry said the veto showed that Moscow \"cannot tolerate even a mild expression of concern.\"",
"Western and non-aligned delegates said they would now seek a procedural vote, which cannot be vetoed, to convene an emergency special session of the 152-member General Assembly later this week."),
    tally(1980, 'vetoed', {'Soviet Union': 'against', 'East Germany': 'against'}, vetoes={'Soviet Union': 'cast'}, rest='for'))

art('b61_1983_korean_airliner_resolution_bare_nine_veto',
    'Soviet veto blocks U.N. censure over downing of Korean jet', '1983-09-12', para(
"UNITED NATIONS (AP) - The Soviet Union on Monday vetoed a Security Council resolution deploring the destruction of a Korean Air Lines jumbo jet, which was shot down by a Soviet fighter on Sept. 1 with the loss of all 269 people aboard.",
"The resolution received nine votes, the minimum needed for adoption in the 15-member council. The Soviet Union and Poland voted against it, and China, Guyana, Nicaragua and Zimbabwe abstained.",
"Voting for the resolution were the United States, Britain, France, the Netherlands, Malta, Jordan, Pakistan, Togo and Zaire. The text had been drafted by 13 countries, including several that are not on the council, among them Australia, Canada, Japan and Colombia.",
"U.S. Ambassador Jeane J. Kirkpatrick said the veto \"cannot change the facts.\" Soviet Deputy Foreign Minister Richard Ovinnikov insisted the plane had been on a spy mission.",
"South Korea, which is not a member of the United Nations, followed the debate as an observer. Japan released tapes of the Soviet pilot's radio communications last week."),
    tally(1983, 'vetoed', {'Soviet Union': 'against', 'Poland': 'against', 'China': 'abstain', 'Guyana': 'abstain',
        'Nicaragua': 'abstain', 'Zimbabwe': 'abstain', 'United States': 'for', 'United Kingdom': 'for', 'France': 'for',
        'Netherlands': 'for', 'Malta': 'for', 'Jordan': 'for', 'Pakistan': 'for', 'Togo': 'for', 'Zaire': 'for'},
        vetoes={'Soviet Union': 'cast'}))

art('b61_1999_russian_draft_on_nato_strikes_defeated',
    'UN Security Council rejects Russian bid to halt NATO strikes', '1999-03-26', para(
"UNITED NATIONS, March 26 (AFP) - The UN Security Council on Friday overwhelmingly rejected a Russian draft resolution demanding an immediate halt to NATO air strikes on Yugoslavia, in a vote that Western diplomats said amounted to an endorsement of the alliance's campaign.",
"The text, co-sponsored by Belarus and India, which are not council members, was defeated by 12 votes to three. Only China and Namibia joined Russia in voting for it.",
"Russian ambassador Sergei Lavrov said the strikes were \"a flagrant violation\" of the UN Charter. \"The members of NATO are trying to place themselves above the law,\" he said.",
"US ambassador A. Peter Burleigh said NATO had acted to prevent a humanitarian catastrophe in Kosovo. Dutch ambassador Peter van Walsum, whose country voted with the majority, said the council's inability to act had left the alliance no choice.",
"The draft needed nine votes to pass. Slovenia, Argentina, Bahrain, Malaysia and Gabon also spoke against it, as did Canada, Brazil and Gambia.",
"NATO began its bombing campaign on Wednesday after Yugoslav President Slobodan Milosevic rejected a peace plan for Kosovo."),
    tally(1999, 'failed to obtain the required number of votes', {'Russia': 'for', 'China': 'for', 'Namibia': 'for'}, rest='against'))

art('b61_2019_sexual_violence_text_adopted_after_us_threat',
    'Security Council adopts resolution on sexual violence in conflict', '2019-04-23', para(
"The Security Council this morning adopted resolution 2467 (2019), calling on States to strengthen justice and support for survivors of sexual violence in conflict, by a vote of 13 in favour, none against and 2 abstentions (China, Russian Federation).",
"The text was drafted by Germany, which holds the Council presidency for April. Negotiations were difficult: the United States had threatened to veto the draft unless references to sexual and reproductive health were removed, and a paragraph establishing a formal working group was dropped at the request of China and the Russian Federation.",
"Speaking after the vote, the representative of the United States said her delegation had voted in favour after the final text omitted language it could not accept. The representative of France said it was \"intolerable\" that the Council could not reaffirm the rights of women who had survived rape.",
"The representative of the Russian Federation said his delegation had abstained because the resolution duplicated the work of existing mechanisms. The representative of China said the Council should respect the primary responsibility of national Governments.",
"Nobel Peace Prize laureates Denis Mukwege and Nadia Murad briefed the Council before the vote. The Council's previous resolution on the subject, resolution 2106 (2013), was adopted unanimously."),
    tally(2019, 'adopted', {'China': 'abstain', 'Russia': 'abstain', 'United States': 'for', 'Germany': 'for'}, rest='for'))

art('b61_2025_south_sudan_mission_renewal_us_abstain',
    'UN council set to renew South Sudan mission with U.S. abstaining', '2025-04-29', para(
"UNITED NATIONS (AP) - The U.N. Security Council is expected to renew the mandate of the U.N. peacekeeping mission in South Sudan for another year on Wednesday, with the United States signaling it will abstain over the cost of the 18,000-strong force.",
"The text was drafted by the United States in past years, but the Trump administration handed the pen to Britain this year. Diplomats said the other 14 council members were all expected to vote in favor after Russia and China won changes softening language on human rights reporting.",
"\"We are not going to block the mission, but we are not going to pay for business as usual,\" a U.S. official told reporters, speaking on condition of anonymity. Washington owes the U.N. peacekeeping budget about $1.5 billion.",
"The three African members of the council, Algeria, Sierra Leone and Somalia, had pressed for the mission to be extended without cuts after fighting flared in Upper Nile state in March and First Vice President Riek Machar was placed under house arrest.",
"The U.N. Human Rights Council voted in Geneva this month to extend its own commission on human rights in South Sudan for a further year."),
    tally(2025, 'likely to pass', {'United States': 'abstain'}, rest='for'))

# negatives
art('b61_neg_1971_assembly_seats_peking',
    'Assembly Votes to Seat Peking and Expel Taiwan', '1971-10-25', para(
"UNITED NATIONS, N.Y., Oct. 25 — The General Assembly voted tonight to admit Communist China and to expel Nationalist China, a stunning defeat for the United States after 22 years of successfully opposing the change.",
"The vote on the Albanian resolution was 76 to 35, with 17 abstentions. Britain, France and the Soviet Union voted for it; the United States, Japan and Australia were among those voting against.",
"Minutes earlier the Assembly had rejected, 59 to 55, with 15 abstentions, an American motion to declare the expulsion of Taiwan an \"important question\" requiring a two-thirds majority. When the result was announced, delegates in the hall rose, cheered and some danced in the aisles.",
"Liu Chieh, the Nationalist delegate, announced before the final vote that his Government would not take part in the proceedings and led his delegation out of the hall.",
"The resolution means that Peking will also take over China's permanent seat, with its veto, on the Security Council. Secretary General U Thant said he would send a cable to Premier Chou En-lai tonight."),
    None)

art('b61_neg_1979_assembly_council_seat_deadlock',
    'Cuba and Colombia still deadlocked after 100 ballots for UN council seat', '1979-12-05', para(
"UNITED NATIONS, Dec 5 (Reuters) - The General Assembly failed again on Wednesday to choose between Cuba and Colombia for the Latin American seat on the Security Council, bringing the number of inconclusive ballots to more than 100 since October.",
"In the latest round, Cuba received 86 votes and Colombia 53, short of the two-thirds majority needed. Cuba's support has been falling since the Soviet-backed Havana government was accused of meddling in Africa.",
"Western diplomats said the deadlock could last into January, leaving the council with only 14 members when the new term starts. Mexico has been mentioned as a compromise candidate acceptable to both sides.",
"Bangladesh, Jamaica, Niger, the Philippines and Zambia were elected to the council in October and will take their seats on Jan. 1 alongside the five permanent members, the United States, the Soviet Union, China, Britain and France.",
"The assembly is also expected to vote this month on a resolution on the Iranian hostage crisis, which is also before the Security Council."),
    None)

art('b61_neg_2021_kremlin_security_council_meeting',
    'Putin discusses Ukraine tensions with his Security Council', '2021-11-19', para(
"MOSCOW (AP) - President Vladimir Putin discussed the situation near Russia's border with Ukraine with permanent members of Russia's Security Council on Friday, the Kremlin said, as Western officials voiced alarm over a buildup of Russian troops.",
"Kremlin spokesman Dmitry Peskov said the meeting, held by video link, also covered the migrant crisis on the border between Belarus and Poland. The council's members include Prime Minister Mikhail Mishustin, Foreign Minister Sergei Lavrov, Defense Minister Sergei Shoigu and the council's secretary, Nikolai Patrushev.",
"Putin has accused NATO of \"provocative\" exercises in the Black Sea and said Western countries were taking Russia's warnings \"too lightly.\"",
"U.S. Secretary of State Antony Blinken said this week that Washington was concerned about \"unusual Russian military activity\" and would not let Moscow \"rewrite the map.\"",
"Ukraine's parliament voted 306-0 on Thursday to appeal to international partners for support. Russia holds a permanent seat with veto power on the U.N. Security Council, where the issue has not been raised."),
    None)
print('made', D)
