from lib import fill, tally, write
B = "blind-75"

write(B, "b75_1948_ceylon_admission_soviet_veto",
 "CEYLON'S U.N. BID BLOCKED BY RUSSIAN VETO", "1948-08-18", """
LAKE SUCCESS, N. Y., Aug. 18 — The Soviet Union used its veto in the Security Council today to block the admission of Ceylon to the United Nations.

The vote on the application was 9 to 2. Jacob A. Malik of the Soviet Union and Dmitri Z. Manuilsky of the Ukrainian Soviet Republic voted against. Since seven affirmative votes are required, Ceylon would have been recommended to the General Assembly but for the negative vote of a permanent member.

Mr. Malik said there was "no evidence" that Ceylon, which became a dominion within the British Commonwealth in February, was really independent. He said British troops and naval bases remained on the island.

Sir Alexander Cadogan, for Britain, said the objection was "an insult to a free people." The United States, France, China, Argentina, Belgium, Canada, Colombia and Syria voted with Britain to recommend admission.

The Council also took up today the Hyderabad question, but adjourned after hearing the Indian representative.
""", tally(1948, "vetoed",
   fill(1948, against=["Soviet Union", "Ukraine"], rest="for"), {"Soviet Union": "cast"}))

write(B, "b75_1960_congo_force_three_permanent_abstain",
 "U.N. COUNCIL BIDS BELGIANS QUIT CONGO; VOTES TROOPS", "1960-07-14", """
UNITED NATIONS, N. Y., Thursday, July 14 — The Security Council early today called on Belgium to withdraw its troops from the Congo and authorized Secretary General Dag Hammarskjold to provide the new republic with military assistance.

The resolution, introduced by Tunisia, was adopted 8 to 0. Britain, France and Nationalist China abstained.

The United States and the Soviet Union, which seldom vote together, both supported the Tunisian text, along with Argentina, Ceylon, Ecuador, Italy and Poland.

Before the final vote, Vasily V. Kuznetsov of the Soviet Union failed in an attempt to amend the resolution to condemn Belgian "armed aggression." His amendments were defeated.

Sir Harold Beeley of Britain said his delegation abstained because it could not accept the implication that Belgium's troops had acted improperly in protecting its nationals. Armand Berard of France said much the same.

Mr. Hammarskjold said the first troops, from Tunisia, Ghana, Morocco and Ethiopia, could be in Leopoldville within days.
""", tally(1960, "adopted",
   fill(1960, abstain=["United Kingdom", "France", "China"], rest="for")))

write(B, "b75_1965_india_pakistan_ceasefire_jordan_abstains",
 "Council Demands Cease-Fire by Wednesday in Kashmir War", "1965-09-20", """
UNITED NATIONS, N.Y., Sept. 20 (UPI) — The Security Council demanded early today that India and Pakistan stop fighting by 7 A.M. Wednesday, New York time, and withdraw their forces to the positions they held before Aug. 5.

The resolution was adopted by 10 votes to none, with Jordan abstaining. The Netherlands, which drafted the text with the help of the United States and the Soviet Union, called it "the last chance."

The vote brought together the two major powers. Arthur J. Goldberg, the United States representative, and Nikolai T. Fedorenko, the Soviet delegate, both spoke in favor, as did Britain, France and Nationalist China. Bolivia, the Ivory Coast, Malaysia and Uruguay also voted for the resolution.

Abdul Monem Rifa'i of Jordan said he abstained because the text did not deal with the political dispute over Kashmir.

Foreign Minister Zulfikar Ali Bhutto of Pakistan flew in from Karachi to attend the meeting. The Council called for a cease-fire on Sept. 4 and Sept. 6 but neither was heeded.
""", tally(1965, "adopted",
   fill(1965, abstain=["Jordan"], rest="for")))

write(B, "b75_1976_entebbe_western_draft_fails",
 "Western Resolution on Hijacking Fails in Security Council", "1976-07-14", """
UNITED NATIONS, N.Y., July 14 — A British-American resolution condemning hijacking and calling on nations to prevent terrorist acts against civil aviation failed in the Security Council tonight for lack of votes.

The draft received only six votes, from the United States, Britain, France, Italy, Japan and Sweden. Panama and Rumania abstained, and the seven other members — Benin, China, Guyana, Libya, Pakistan, Tanzania and the Soviet Union — did not take part in the vote. Nine affirmative votes are required.

A rival African resolution condemning Israel for the raid on Entebbe airport in Uganda, in which 103 hostages were freed, was not pressed to a vote because its sponsors knew they lacked support.

William W. Scranton, the United States delegate, said the Council had "missed an opportunity to condemn the hijacking of innocent people." Salim A. Salim of Tanzania, speaking for the African group, called the Israeli raid "a flagrant violation of Uganda's sovereignty."

Chaim Herzog, Israel's representative, told the Council last week that Israel was "proud" of the operation.
""", tally(1976, "failed to obtain the required number of votes",
   fill(1976, for_=["United States", "United Kingdom", "France", "Italy", "Japan", "Sweden"],
        abstain=["Panama", "Romania", "Benin", "China", "Guyana", "Libya", "Pakistan", "Tanzania",
                 "Soviet Union"])))

write(B, "b75_1986_libya_raid_triple_veto",
 "U.S., Britain and France veto censure of Libya raid", "1986-04-21", """
UNITED NATIONS (AP) - The United States, Britain and France on Monday vetoed a Security Council resolution condemning last week's American air strikes on Libya.

The vote was 9-5 with one abstention. Australia and Denmark joined the three Western permanent members in voting no, and Venezuela abstained.

Voting for the resolution, sponsored by Congo, Ghana, Madagascar, Trinidad and Tobago and the United Arab Emirates, were the five sponsors, the Soviet Union, China, Bulgaria and Thailand. Nine votes are the minimum needed for adoption.

U.S. Ambassador Vernon Walters said the raids on Tripoli and Benghazi were an act of self-defense against Libyan-sponsored terrorism. "We will not be intimidated," he said.

Libya's representative, Ali Treki, said 37 civilians, among them Col. Moammar Gadhafi's adopted daughter, were killed.

The Arab League and the Non-Aligned Movement had condemned the raids last week. The General Assembly is not expected to take up the matter.
""", tally(1986, "vetoed",
   fill(1986, against=["United States", "United Kingdom", "France", "Australia", "Denmark"],
        abstain=["Venezuela"], rest="for"),
   {"United States": "cast", "United Kingdom": "cast", "France": "cast"}))

write(B, "b75_1999_taliban_sanctions_unanimous",
 "UN gives Taliban a month to hand over bin Laden", None, """
UNITED NATIONS, Oct 15 (AFP) - The UN Security Council on Friday unanimously voted to freeze the Taliban's overseas assets and ban flights by its airline from November 14 unless the Afghan militia hands over Saudi dissident Osama bin Laden.

The 15-0 vote came after Washington indicted bin Laden for the August 1998 bombings of the US embassies in Kenya and Tanzania, which killed 224 people last year.

The resolution, sponsored by the United States and Russia, was also backed by Bahrain and Malaysia after the text was amended to exempt flights for the hajj pilgrimage.

"The Taliban must understand that the world will not allow Afghanistan to be a safe haven for terrorists," said acting US ambassador Peter Burleigh. Russia's Sergei Lavrov said terrorism emanating from Afghanistan threatened Central Asia.

A Taliban spokesman in Kandahar said the movement would never surrender "a guest of the Afghan people".

The measures will be monitored by a new committee made up of all 15 council members.
""", tally(1999, "adopted", fill(1999, rest="for"), inferred=True))

write(B, "b75_2007_myanmar_us_draft_veto_threats",
 "China, Russia threaten veto as US presses Myanmar vote", "2007-01-11", """
UNITED NATIONS, Jan 11 (Reuters) - The United States said on Thursday it would push ahead with a vote on a U.N. Security Council resolution urging Myanmar's military rulers to free political prisoners, even though China and Russia have said they will use their vetoes.

"It is not a matter for the Security Council," China's U.N. Ambassador Wang Guangya told reporters. "If the Americans force a vote, China will vote no, and everybody knows what that means." Russian Ambassador Vitaly Churkin said Moscow would also veto the text, which he said belonged in the Human Rights Council.

The draft, drafted by Washington and Britain, has the support of France, Belgium, Italy, Slovakia, Peru, Panama and Ghana, diplomats said. Acting U.S. Ambassador Alejandro Wolff said Washington hoped to win at least 10 votes "to show where the majority stands".

South Africa, which joined the council this month, said it would vote against the text, arguing that Myanmar posed no threat to international peace. Indonesia, Qatar and Congo have not said how they would vote.

Myanmar's opposition leader Aung San Suu Kyi has spent 11 of the last 17 years under house arrest.
""", tally(2007, "blocked by a threatened veto",
   fill(2007, for_=["United States", "United Kingdom", "France", "Belgium", "Italy", "Slovakia", "Peru",
                    "Panama", "Ghana"],
        against=["China", "Russia", "South Africa"],
        undecided=["Indonesia", "Qatar", "Congo"]),
   {"China": "threatened", "Russia": "threatened"}, target=10))

write(B, "b75_2021_climate_security_russia_india_vote_no",
 "Russia vetoes first UN resolution linking climate change to security", "2021-12-13", """
UNITED NATIONS (AP) — Russia on Monday vetoed a first-ever U.N. Security Council resolution casting climate change as a threat to international peace and security.

The vote in the 15-member council was 12 in favor, with Russia and India voting "no" and China abstaining.

The draft, sponsored by Ireland and Niger, had 113 co-sponsors among the U.N.'s 193 member nations, more than any previous council text except one on the Ebola crisis.

Russia's U.N. Ambassador Vassily Nebenzia said it would turn "a scientific and economic issue into a politicized question." India's ambassador, T.S. Tirumurti, said the council was "not the right place" to discuss climate change, and that developing countries would be blamed for emissions they did not cause.

Irish Ambassador Geraldine Byrne Nason said the outcome was "a disappointment." Niger's ambassador, Abdou Abarry, said the Sahel was living the consequences of climate change every day.

The council will have five new members in January, replacing Estonia, Niger, Saint Vincent and the Grenadines, Tunisia and Vietnam.
""", tally(2021, "vetoed",
   fill(2021, against=["Russia", "India"], abstain=["China"], rest="for"), {"Russia": "cast"}))

write(B, "b75_1994_haiti_force_expected_to_pass",
 "U.N. Council Set to Authorize Invasion of Haiti", "1994-07-30", """
UNITED NATIONS, July 30 — The Security Council is expected to vote on Sunday to authorize a multinational force to use "all necessary means" to remove Haiti's military leaders, diplomats said today, with exactly nine members committed to voting yes.

The resolution is sponsored by the United States, France and Argentina, along with Canada and Venezuela, which are not members of the Council. Britain, Spain, New Zealand and the Czech Republic have said they will vote for it, and Djibouti told the Americans today that it would do the same.

Russia, which is seeking the Council's blessing for its own peacekeeping force in Georgia, also plans to support the resolution, a Russian diplomat said.

Brazil, which opposes military action in the hemisphere, and China, which objects to the use of force in internal conflicts, have signaled they will abstain. Nigeria, Oman and Pakistan have not said how they will vote.

Madeleine K. Albright, the chief United States delegate, said the sanctions imposed in May had failed to dislodge Lieut. Gen. Raoul Cedras. "We are at the end of the road," she said.

The Organization of American States has not endorsed the use of force.
""", tally(1994, "likely to pass",
   fill(1994, for_=["United States", "France", "Argentina", "United Kingdom", "Spain", "New Zealand",
                    "Czech Republic", "Djibouti", "Russia"],
        abstain=["Brazil", "China"], undecided=["Nigeria", "Oman", "Pakistan"])))

write(B, "b75_neg_1964_oas_cuba_sanctions",
 "O.A.S. VOTES SANCTIONS AGAINST CUBA; MEXICO DISSENTS", "1964-07-26", """
WASHINGTON, July 26 — The foreign ministers of the Organization of American States voted today to require all member nations to break diplomatic and consular relations with Cuba and to suspend trade with the Castro regime.

The vote was 15 to 4. Mexico, Chile, Bolivia and Uruguay, the four Latin-American countries that still have relations with Havana, voted against the mandatory sanctions.

Venezuela had brought the charge that Cuba shipped arms to guerrillas seeking to overthrow the Government in Caracas.

Mexico argued that under the United Nations Charter, enforcement measures by a regional agency require the authorization of the Security Council, and said it would not be bound by the decision. Secretary of State Dean Rusk rejected that view.

The Cuban Government called the decision "a crime" and said it would protest to the United Nations.
""", {"tally": None})

write(B, "b75_neg_2012_assembly_palestine_observer_state",
 "UN General Assembly recognises Palestine as non-member state", "2012-11-29", """
UNITED NATIONS (Al Jazeera) - The UN General Assembly has voted overwhelmingly to upgrade the Palestinians' status to that of a "non-member observer state", a diplomatic victory for President Mahmoud Abbas.

The resolution passed with 138 votes in favour, nine against and 41 abstentions. Israel, the United States, Canada and the Czech Republic were among those voting no; Britain and Germany abstained, while France, China and Russia voted yes.

The Palestinians turned to the Assembly after their application for full membership, submitted in September 2011, stalled in the Security Council, where the United States had vowed to use its veto.

"The General Assembly is called upon today to issue a birth certificate of the reality of the State of Palestine," Abbas told the Assembly. Israel's ambassador Ron Prosor said the resolution "will not advance peace".

Celebrations broke out in Ramallah as the result was announced.
""", {"tally": None})

write(B, "b75_neg_2019_human_rights_council_philippines",
 "UN rights body votes to examine Philippine drug war killings", "2019-07-11", """
GENEVA (Reuters) - The U.N. Human Rights Council voted on Thursday to examine the Philippines' war on drugs, in which thousands of people have been killed since President Rodrigo Duterte took office in 2016.

The resolution, presented by Iceland, was adopted by a vote of 18 in favor to 14 against, with 15 abstentions, in the 47-member forum. China, Egypt and Saudi Arabia were among those voting against; Japan and India abstained.

It asks U.N. High Commissioner for Human Rights Michelle Bachelet to prepare a comprehensive written report on the situation.

Philippine Foreign Secretary Teodoro Locsin said the resolution did not represent "a triumph of human rights but a travesty of them." Human Rights Watch called it "a modest but vital step".

Unlike the Security Council, the Human Rights Council cannot impose sanctions.
""", {"tally": None})
print("ok 75")
