from lib import fill, tally, write
B = "blind-71"

# 1 ---------------------------------------------------------------
write(B, "b71_1952_germ_warfare_red_cross_inquiry_veto",
 "MALIK VETOES RED CROSS INQUIRY ON GERM CHARGES", "1952-07-03", """
UNITED NATIONS, N. Y., July 3 — The Soviet Union today vetoed an American proposal that the International Committee of the Red Cross investigate Communist charges that United Nations forces had used germ warfare in Korea and China.

The vote in the Security Council was 10 to 1. Jacob A. Malik, the Soviet delegate, cast the lone negative vote.

Ernest A. Gross, the United States deputy representative, said the Soviet Union "has now made clear that it does not want the truth to be known." He said the Red Cross had been ready to send a commission for months.

Mr. Malik said the committee was "neither international nor impartial" and that the charges should be examined with the participation of representatives of the Chinese People's Republic and the North Korean regime, neither of which is seated at the United Nations.

The United States will ask the Council next week to vote on a second resolution condemning the germ warfare charges as "false" propaganda.
""", tally(1952, "vetoed",
   fill(1952, against=["Soviet Union"], rest="for"), {"Soviet Union": "cast"}))

# 2 ---------------------------------------------------------------
write(B, "b71_1960_congo_force_three_abstain",
 "U.N. VOTES TO SEND TROOPS TO CONGO", "1960-07-14", """
UNITED NATIONS, N. Y., July 14 — The Security Council, in an all-night session, voted early this morning to authorize Secretary General Dag Hammarskjold to provide the Republic of the Congo with United Nations military assistance until its own forces can maintain order.

The resolution, introduced by Mongi Slim of Tunisia, also called on Belgium to withdraw its troops from the Congo. It was adopted 8 to 0, with Britain, France and Nationalist China abstaining.

The Soviet Union and Poland voted for the Tunisian resolution after two Soviet amendments — one condemning Belgian "armed aggression" and one demanding withdrawal within three days — were defeated. The amendments received only the Soviet and Polish votes.

Henry Cabot Lodge of the United States said the Council had acted "with a speed which I believe is unprecedented." Ceylon, Argentina, Ecuador and Italy spoke in favor of the text.

Sir Pierson Dixon of Britain said his Government abstained because the text could be read as a censure of Belgium. The first United Nations troops, from Tunisia and Ghana, are expected to arrive in Leopoldville within days.
""", tally(1960, "adopted",
   fill(1960, abstain=["United Kingdom", "France", "China"], rest="for")))

# 3 ---------------------------------------------------------------
write(B, "b71_1963_southern_rhodesia_british_veto",
 "Britain Vetoes U.N. Resolution on Rhodesia Forces", "1963-09-13", """
UNITED NATIONS, N. Y., Sept. 13 (AP) — Britain used her veto in the Security Council today to kill an African-Asian resolution asking her not to transfer the armed forces of the Central African Federation to the white minority Government of Southern Rhodesia.

The vote was 8 to 1, with France and the United States abstaining. It was the third time Britain had used the veto, and the first since the Suez crisis of 1956.

The resolution was sponsored by Ghana, Morocco and the Philippines. Alex Quaison-Sackey of Ghana said that arming the Salisbury Government would be "placing a loaded gun in the hands of a minority."

Sir Patrick Dean of Britain said the transfer was a domestic matter arising from the dissolution of the Federation and that Southern Rhodesia had been self-governing since 1923. The United States delegate, Francis T. P. Plimpton, said Washington shared the resolution's aims but could not support interference with the dissolution.

The Soviet Union, Nationalist China, Brazil, Norway and Venezuela joined the three sponsors in voting for the text.
""", tally(1963, "vetoed",
   fill(1963, against=["United Kingdom"], abstain=["France", "United States"], rest="for"),
   {"United Kingdom": "cast"}))

# 4 ---------------------------------------------------------------
write(B, "b71_1979_cambodia_vietnam_withdrawal_soviet_veto",
 "Soviet Veto Kills U.N. Call for Withdrawal From Cambodia", None, """
UNITED NATIONS, Jan. 15 — The Soviet Union vetoed tonight a Security Council resolution calling for the withdrawal of all foreign forces from Cambodia, where Vietnamese troops captured Phnom Penh a week ago.

The vote was 13 to 2, with Czechoslovakia joining the Soviet Union in opposition. The resolution was sponsored by seven nonaligned members of the Council — Bangladesh, Bolivia, Gabon, Jamaica, Kuwait, Nigeria and Zambia — and did not name Vietnam.

Oleg A. Troyanovsky, the Soviet representative, said the Council had no business interfering in what he called a Cambodian revolution against "the bloody Pol Pot clique." Prince Norodom Sihanouk, who addressed the Council on behalf of the ousted Government, denounced the veto as "an insult to the Cambodian people."

China's delegate, Chen Chu, called the Vietnamese offensive "naked aggression" backed by Moscow. The United States, Britain, France, Norway and Portugal also voted for the resolution.

Vietnam and Cambodia are not members of the Council.
""", tally(1979, "vetoed",
   fill(1979, against=["Soviet Union", "Czechoslovakia"], rest="for"),
   {"Soviet Union": "cast"}, inferred=True))

# 5 ---------------------------------------------------------------
write(B, "b71_1994_haiti_multinational_force_china_brazil_abstain",
 "U.N. Council Authorizes Invasion of Haiti", "1994-07-31", """
UNITED NATIONS, July 31 — The Security Council today authorized the United States to lead a multinational force to invade Haiti and oust its military leaders, the first time the Council has approved the use of force in the Western Hemisphere.

The resolution was approved 12 to 0. China and Brazil abstained, and Rwanda, whose seat has been empty since the fall of the Government in Kigali, did not take part.

Madeleine K. Albright, the chief United States delegate, said the resolution sent "a clear message" to Lieut. Gen. Raoul Cedras that "you can depart voluntarily and soon, or you can depart involuntarily and soon."

Brazil's representative, Ronaldo Sardenberg, said his Government could not endorse force to resolve a crisis in the hemisphere. China's Li Zhaoxing said the Council should not authorize military action "in matters that are essentially internal." Mexico, Venezuela, Cuba and Uruguay, none of them Council members, also spoke against the use of force.

Argentina voted for the resolution and has offered to contribute ships. Russia voted in favor after obtaining American support for its own peacekeeping operation in Georgia, diplomats said.
""", tally(1994, "adopted",
   fill(1994, abstain=["China", "Brazil", "Rwanda"], rest="for")))

# 6 ---------------------------------------------------------------
write(B, "b71_2007_myanmar_draft_china_russia_vetoes",
 "Security Council fails to adopt draft resolution on Myanmar, owing to negative votes by China, Russian Federation", "2007-01-12", """
The Security Council this afternoon failed to adopt a draft resolution that would have called on the Government of Myanmar to cease military attacks against civilians in ethnic minority regions and to release all political prisoners, including Daw Aung San Suu Kyi.

The draft received 9 votes in favour to 3 against (China, Russian Federation, South Africa), with 3 abstentions (Congo, Indonesia, Qatar). It was not adopted owing to the negative votes of two permanent members of the Council.

Speaking before the vote, the representative of the United States, which had submitted the text with the United Kingdom, said the situation in Myanmar posed serious risks to peace and security in the region.

The representative of China said the situation in Myanmar was essentially an internal affair and did not pose a threat to international or regional peace and security. The representative of the Russian Federation said the matter should be dealt with by the Human Rights Council. The representative of South Africa said that dealing with the text in the Council would undermine the work of other United Nations bodies.

Myanmar, which is not a member of the Council, welcomed the outcome.
""", tally(2007, "vetoed",
   fill(2007, against=["China", "Russia", "South Africa"], abstain=["Congo", "Indonesia", "Qatar"], rest="for"),
   {"China": "cast", "Russia": "cast"}))

# 7 ---------------------------------------------------------------
write(B, "b71_2015_mh17_tribunal_russian_veto_threat",
 "Malaysia to push MH17 tribunal vote despite Russian veto threat", "2015-07-28", """
UNITED NATIONS (Reuters) - Malaysia will ask the U.N. Security Council to vote on Wednesday on setting up an international tribunal to prosecute those responsible for downing Malaysia Airlines flight MH17 over Ukraine, even though Russia has said it will veto the draft.

"We will vote against it," Russian U.N. Ambassador Vitaly Churkin told reporters, calling the proposal "premature and counterproductive." A single no from Russia, one of five veto-wielding permanent members, would kill it.

The draft was written by Malaysia with Australia, the Netherlands, Belgium and Ukraine, the countries leading the criminal investigation, none of which except Malaysia currently sits on the council. It has the backing of the United States, Britain and France, as well as New Zealand, Lithuania and Spain, and diplomats said Jordan, Chile, Chad and Nigeria would also vote yes.

Angola and Venezuela are leaning toward abstaining, diplomats said. China has not said how it will vote.

Russia has circulated its own draft, which calls for a greater U.N. role in the investigation but no tribunal. All 298 people aboard the Boeing 777 were killed when it was shot down on July 17, 2014.
""", tally(2015, "blocked by a threatened veto",
   fill(2015, for_=["Malaysia", "United States", "United Kingdom", "France", "New Zealand", "Lithuania", "Spain",
                    "Jordan", "Chile", "Chad", "Nigeria"],
        against=["Russia"], abstain=["Angola", "Venezuela"], undecided=["China"]),
   {"Russia": "threatened"}))

# 8 ---------------------------------------------------------------
write(B, "b71_2023_nord_stream_russian_draft_pre_vote",
 "Russia's Nord Stream inquiry draft faces defeat at UN", "2023-03-26", """
UNITED NATIONS (AP) — Russia is heading for defeat in the U.N. Security Council on Monday, when it plans to put to a vote its draft resolution asking Secretary-General Antonio Guterres to set up an independent commission to investigate the sabotage of the Nord Stream gas pipelines.

Western diplomats said the United States, Britain, France, Japan, Malta, Albania and Switzerland would abstain, arguing that national investigations by Germany, Sweden and Denmark should be allowed to run their course. Germany, Sweden and Denmark are not council members.

China co-sponsored the Russian text, and Brazil has said it is sympathetic to an international inquiry and would vote for it. Gabon, Ghana, Mozambique, the United Arab Emirates and Ecuador have not declared their positions, diplomats said.

A resolution needs at least nine votes in favor, and no veto, to be adopted. "We want the truth," Russia's deputy ambassador Dmitry Polyansky said on Friday.

The explosions in September 2022 ruptured three of the four pipelines linking Russia and Germany under the Baltic Sea.
""", tally(2023, "short of the 9 votes needed",
   fill(2023, for_=["Russia", "China", "Brazil"],
        abstain=["United States", "United Kingdom", "France", "Japan", "Malta", "Albania", "Switzerland"],
        undecided=["Gabon", "Ghana", "Mozambique", "United Arab Emirates", "Ecuador"])))

# 9 ---------------------------------------------------------------
write(B, "b71_2022_myanmar_first_resolution_three_abstain",
 "UN Security Council adopts first resolution on Myanmar in decades", "2022-12-21", """
NEW YORK (Reuters) - The U.N. Security Council on Wednesday demanded an end to violence in Myanmar and urged the military junta to release all political prisoners, including ousted leader Aung San Suu Kyi, in its first resolution on the situation in the Southeast Asian country since it joined the United Nations in 1948.

The resolution, drafted by Britain, was adopted with 12 votes in favor, while China, India and Russia abstained.

China and Russia had previously resisted any strong council action on Myanmar. In January 2007 they vetoed a draft that would have urged the then-military government to free political prisoners.

"Today we have sent a firm message to the military that they should be in no doubt - we expect this resolution to be implemented in full," British U.N. Ambassador Barbara Woodward told the council after the vote.

China's U.N. Ambassador Zhang Jun said Beijing still had concerns and that there was "no quick fix" to the crisis. India's Ruchira Kamboj said New Delhi believed the resolution might "entrench the parties in their inflexible positions."
""", tally(2022, "adopted",
   fill(2022, abstain=["China", "India", "Russia"], rest="for")))

# 10 --------------------------------------------------------------
write(B, "b71_neg_1980_mexico_elected_ending_council_deadlock",
 "MEXICO WINS COUNCIL SEAT, ENDING 155-BALLOT DEADLOCK", "1980-01-07", """
UNITED NATIONS, N. Y., Jan. 7 — Mexico was elected today to the Security Council seat that Cuba and Colombia had fought over for more than two months, ending a deadlock that had gone through 154 inconclusive ballots.

On the 155th ballot Mexico received 133 votes in the General Assembly, well above the two-thirds majority required. Cuba and Colombia had withdrawn their candidacies over the weekend.

Cuba had led in most ballots but could never reach two-thirds, in part because of the Soviet intervention in Afghanistan, which Havana refused to criticize. Colombia had the backing of the United States.

The seat, reserved for Latin America, became vacant on Jan. 1 when Bolivia's term ended. The Council met over the past week with only 14 members while the Assembly kept voting.
""", {"tally": None})

# 11 --------------------------------------------------------------
write(B, "b71_neg_1965_oas_votes_inter_american_force",
 "O.A.S. Votes to Create Hemisphere Force for Dominican Republic", "1965-05-06", """
WASHINGTON, May 6 — The Organization of American States voted tonight to create an inter-American peace force for the Dominican Republic, the first such force in the history of the hemisphere.

The vote in the meeting of foreign ministers was 14 to 5, with one abstention — the bare two-thirds majority required. Mexico, Uruguay, Chile, Ecuador and Peru voted against. Venezuela abstained. The representative of the Dominican Republic's civil war faction was counted among the yes votes, to the anger of the opponents.

The United States, which landed marines in Santo Domingo last week, has said its forces would be placed under the O.A.S. command.

At the United Nations in New York, the Security Council is still debating a Soviet complaint against the American intervention. Uruguay's delegate there said the O.A.S. decision did not end the Council's responsibility.
""", {"tally": None})

# 12 --------------------------------------------------------------
write(B, "b71_neg_2022_hrc_rejects_xinjiang_debate",
 "UN rights council rejects debate on China's treatment of Uyghurs", "2022-10-06", """
GENEVA (Reuters) - The U.N. Human Rights Council on Thursday voted down a Western-led motion to hold a debate about alleged human rights abuses by China against Uyghurs and other Muslims in Xinjiang, in a victory for Beijing.

The motion was rejected by 19 votes to 17, with 11 abstentions. China, Pakistan, Indonesia and Qatar were among those voting no; Britain, the United States and Germany voted yes. India, Brazil, Mexico and Ukraine abstained.

The motion, presented by a core group including the United States, Britain, Canada, Sweden, Denmark, Finland, Iceland and Norway, was the first time the 47-member council had considered putting China's record on its agenda.

"This is a victory for developing countries," said China's envoy Chen Xu. Human Rights Watch called the result a "betrayal." China is a permanent member of the Security Council, which has never discussed Xinjiang.
""", {"tally": None})
