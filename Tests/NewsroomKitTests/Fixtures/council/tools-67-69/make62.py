from lib import fill, tally, write
B = "blind-62"

# 1 ---------------------------------------------------------------
write(B, "b62_1948_berlin_blockade_soviet_ukraine_veto",
 "RUSSIA VETOES PLAN OF 'NEUTRALS' TO END BERLIN BLOCKADE", "1948-10-25", """
PARIS, Oct. 25 — The Soviet Union tonight vetoed the proposal of the six "neutral" members of the United Nations Security Council for lifting the Berlin blockade and opening four-power talks on the German currency.

The vote in the Palais de Chaillot was 9 to 2. Andrei Y. Vishinsky, the Soviet Deputy Foreign Minister, and Dmitri Z. Manuilsky of the Ukrainian Soviet Republic cast the only negative votes. Because the Soviet Union is a permanent member, its "no" killed the resolution.

The draft had been drafted by Argentina, Belgium, Canada, China, Colombia and Syria, the six members not party to the dispute, under the guidance of Dr. Juan A. Bramuglia, the Argentine Foreign Minister, who is President of the Council this month. The United States, Britain and France, which brought the blockade before the Council, voted for it.

Mr. Vishinsky told the Council that Moscow could not accept a text that called for the lifting of "so-called" restrictions before the currency question was settled. "The Soviet delegation will not lend its hand to this maneuver," he said.

Sir Alexander Cadogan of Britain said the veto showed "where the responsibility lies." Philip C. Jessup, for the United States, said the Western powers would keep the air lift going "as long as necessary."

Earlier in the day the General Assembly's Political Committee voted 40 to 6 to endorse the majority plan for atomic energy control, with the Soviet bloc in the minority.
""", tally(1948, "vetoed",
   fill(1948, for_=["Argentina", "Belgium", "Canada", "China", "Colombia", "Syria",
                    "United States", "United Kingdom", "France"],
        against=["Soviet Union", "Ukraine"]),
   {"Soviet Union": "cast"}))

# 2 ---------------------------------------------------------------
write(B, "b62_1962_kashmir_irish_draft_soviet_veto",
 "Soviet Veto Kills Irish Plan on Kashmir", "1962-06-22", """
UNITED NATIONS, N.Y., June 22 (AP) — The Soviet Union cast its 100th veto in the Security Council today to kill an Irish resolution urging India and Pakistan to negotiate a settlement of their dispute over Kashmir.

The vote was 7 to 2, with 2 abstentions. Rumania joined the Soviet Union in voting against the resolution. Ghana and the United Arab Republic abstained.

The seven affirmative votes were exactly the number the 11-nation Council requires for a decision, but the negative vote of the Soviet Union, a permanent member, was enough to defeat the measure.

Frederick H. Boland of Ireland, who introduced the resolution, said it asked nothing more than that the two countries "sit down together." The United States and Britain spoke in support of the Irish text.

Platon D. Morozov, the Soviet delegate, said the resolution was an attempt to interfere in a question that India considered settled. V. K. Krishna Menon, India's Defense Minister, who is not a member of the Council, thanked the Soviet delegation. Sir Muhammad Zafrulla Khan of Pakistan called the veto "a tragedy for the people of Kashmir."

A similar proposal on Kashmir was vetoed by the Soviet Union in February, 1957, by a vote of 9 to 1.
""", tally(1962, "vetoed",
   fill(1962, against=["Soviet Union", "Romania"], abstain=["Ghana", "United Arab Republic"], rest="for"),
   {"Soviet Union": "cast"}))

# 3 ---------------------------------------------------------------
write(B, "b62_2019_venezuela_us_draft_veto_threat",
 "U.S. to force U.N. vote on Venezuela aid, Russia vows veto", "2019-02-27", """
UNITED NATIONS (Reuters) - The United States will call for a vote on Thursday on a draft U.N. Security Council resolution urging free and fair presidential elections in Venezuela and unhindered delivery of aid, but Russia has made clear it will block the text.

"We will use our veto if it comes to a vote in this form," Russia's U.N. Ambassador Vassily Nebenzia told reporters on Wednesday, calling the U.S. draft "a pretext for intervention."

The U.S. text is backed by the council's European members Britain, France, Germany, Belgium and Poland, diplomats said, as well as by Peru and the Dominican Republic, both members of the Lima Group of regional states that recognize opposition leader Juan Guaido as interim president.

China also opposes the draft, but Beijing has not said whether it would go as far as a veto. South Africa and Equatorial Guinea are expected to vote against it, diplomats said, while Indonesia, Kuwait and Ivory Coast remain undecided.

Russia has put forward a rival draft expressing concern over "threats to use force" against Venezuela. Diplomats said it was unlikely to win more than four votes.

A resolution needs nine votes in favor and no vetoes by the United States, France, Britain, Russia or China to pass. U.S. Special Representative for Venezuela Elliott Abrams said Washington would go ahead with the vote regardless. "Let the council members show where they stand," he said.
""", tally(2019, "blocked by a threatened veto",
   fill(2019, for_=["United States", "United Kingdom", "France", "Germany", "Belgium", "Poland",
                    "Peru", "Dominican Republic"],
        against=["Russia", "China", "South Africa", "Equatorial Guinea"],
        undecided=["Indonesia", "Kuwait", "Côte d'Ivoire"]),
   {"Russia": "threatened"}))

# 4 ---------------------------------------------------------------
write(B, "b62_2008_zimbabwe_sanctions_double_veto",
 "Security Council fails to adopt sanctions against Zimbabwe leadership as two permanent members cast negative votes", "2008-07-11", """
The Security Council this afternoon failed to adopt a draft resolution that would have imposed an arms embargo on Zimbabwe and a travel ban and financial freeze on President Robert Mugabe and 13 senior officials, owing to the negative votes of two permanent members.

The draft received 9 votes in favour to 5 against (China, Libyan Arab Jamahiriya, Russian Federation, South Africa, Viet Nam), with 1 abstention (Indonesia).

Speaking before the vote, the representative of the United States, Zalmay Khalilzad, said the Council could not remain silent after an election campaign marred by violence and intimidation. The representative of the United Kingdom, John Sawers, said the sanctions targeted only those responsible for the violence.

The representative of the Russian Federation, Vitaly Churkin, said the situation in Zimbabwe did not pose a threat to international peace and security, and that the draft represented an attempt to take the Council beyond its Charter mandate. The representative of China, Wang Guangya, said the Council should support the mediation efforts of the African Union and the Southern African Development Community.

Dumisani Kumalo of South Africa said sanctions would undermine talks between the Government and the opposition. Indonesia's representative said his delegation had abstained because the parties should be given a chance to negotiate.

At their summit in Sharm el-Sheikh, Egypt, last week, African Union leaders adopted a resolution encouraging the formation of a government of national unity.
""", tally(2008, "vetoed",
   fill(2008, against=["China", "Libya", "Russia", "South Africa", "Viet Nam"], abstain=["Indonesia"], rest="for"),
   {"Russia": "cast", "China": "cast"}))

# 5 ---------------------------------------------------------------
write(B, "b62_2014_palestine_statehood_eight_votes",
 "Palestinian statehood resolution fails at UN Security Council", "2014-12-30", """
UNITED NATIONS (AP) — A U.N. Security Council resolution demanding an end to Israeli occupation within three years failed to win the nine votes needed for adoption on Tuesday, sparing the United States from having to use its veto.

The Palestinian-backed resolution, put forward by Jordan on behalf of Arab nations, received eight "yes" votes, one short of the minimum. The United States and Australia voted against it, and five countries abstained.

France, China, Russia, Argentina, Chad, Chile, Jordan and Luxembourg voted in favor. Britain, Lithuania, Nigeria, South Korea and Rwanda abstained.

U.S. Ambassador Samantha Power said the resolution was "deeply unbalanced" and set "arbitrary deadlines." Jordan's ambassador, Dina Kawar, said the Arab group had hoped the council would "fulfill its responsibility."

Nigeria had been expected to vote yes, and Palestinian officials were surprised by its abstention, diplomats said.

In February 2011, the United States vetoed a resolution condemning Israeli settlements that had the support of all 14 other council members. Palestinian President Mahmoud Abbas has said he will now seek to join the International Criminal Court.
""", tally(2014, "failed to obtain the required number of votes",
   fill(2014, for_=["France", "China", "Russia", "Argentina", "Chad", "Chile", "Jordan", "Luxembourg"],
        against=["United States", "Australia"],
        abstain=["United Kingdom", "Lithuania", "Nigeria", "Republic of Korea", "Rwanda"])))

# 6 ---------------------------------------------------------------
write(B, "b62_2017_north_korea_sanctions_undated",
 "U.N. council slaps tough new sanctions on North Korea", None, """
UNITED NATIONS (Reuters) - The U.N. Security Council on Saturday unanimously imposed new sanctions on North Korea that could slash by a third the Asian state's $3 billion annual export revenue over its two intercontinental ballistic missile launches in July.

The 15-member council voted 15-0 for the U.S.-drafted resolution, which bans North Korean exports of coal, iron, lead and seafood. China and Russia, which had resisted tougher measures for weeks, both voted in favor after negotiations with Washington.

"This is the single largest economic sanctions package ever levied against the North Korean regime," U.S. Ambassador to the United Nations Nikki Haley told the council after the vote.

Egypt, Senegal and Ethiopia, the council's three African members, backed the measure but urged a return to dialogue. Italy, whose ambassador chairs the council's North Korea sanctions committee, said the committee would begin work on implementation immediately. Kazakhstan, Sweden and Ukraine also spoke in support.

China's U.N. Ambassador Liu Jieyi called on Pyongyang to stop its nuclear tests and on the United States and South Korea to halt their large-scale military drills.

North Korea has been under U.N. sanctions since 2006. Pyongyang's state media said last month that the whole U.S. mainland was now within striking range of its missiles.
""", tally(2017, "adopted", fill(2017, rest="for"), inferred=True))

# 7 ---------------------------------------------------------------
write(B, "b62_1999_iraq_unmovic_three_permanent_abstain",
 "Security Council establishes new weapons inspection body for Iraq, offers suspension of sanctions", "1999-12-17", """
The Security Council this morning established the United Nations Monitoring, Verification and Inspection Commission (UNMOVIC) to replace the Special Commission (UNSCOM) and expressed its intention to suspend sanctions on Iraq if Baghdad cooperated with the new body for 120 days.

Adopting resolution 1284 (1999) by a vote of 11 in favour to none against, with 4 abstentions (China, France, Malaysia, Russian Federation), the Council also removed the ceiling on the amount of oil Iraq may export under the oil-for-food programme.

Speaking after the vote, the representative of the Russian Federation, Sergey Lavrov, said the resolution contained ambiguities that could be used to prolong sanctions indefinitely. The representative of France, Alain Dejammet, said his delegation had abstained because the text did not set out clearly how sanctions would be suspended.

China's representative, Qin Huasheng, said the Council should have given more attention to the humanitarian situation of the Iraqi people. Malaysia's representative, Agam Hasmy, said his delegation had abstained with regret.

The representative of the United Kingdom, Sir Jeremy Greenstock, whose delegation had drafted the text with the Netherlands, said the resolution offered Iraq "a way out." The United States representative, Peter Burleigh, said the adoption was a sign of unity on the need for disarmament.

The new body is to carry out the mandate set out in resolution 687 (1991).
""", tally(1999, "adopted",
   fill(1999, abstain=["China", "France", "Malaysia", "Russia"], rest="for")))

# 8 ---------------------------------------------------------------
write(B, "b62_2025_ukraine_us_text_european_abstain",
 "UN Security Council adopts US resolution on Ukraine that avoids blaming Russia", "2025-02-24", """
UNITED NATIONS (AP) — The U.N. Security Council on Monday approved a U.S.-drafted resolution that calls for "a swift end" to the war in Ukraine but makes no reference to Russia's aggression, exposing a rift between Washington and its European allies on the third anniversary of the invasion.

The vote was 10-0, with the council's five European members — Britain, France, Denmark, Greece and Slovenia — abstaining.

Before the vote, a Russian amendment calling for the "root causes" of the conflict to be addressed failed to get enough support. European proposals to add language on Ukraine's sovereignty were not put to a vote.

Acting U.S. Ambassador Dorothy Shea said the resolution was "a first step, but a crucial one" toward peace. Russian Ambassador Vassily Nebenzia said Moscow had voted for the text because it was "a starting point."

Britain's ambassador, Barbara Woodward, said any peace had to be one that "honors the U.N. Charter." France's Nicolas de Rivière said Paris could not back a text that put the aggressor and the victim on the same footing.

Earlier Monday, the 193-member General Assembly approved a European-backed resolution demanding Russia's withdrawal by a vote of 93-18 with 65 abstentions. The United States joined Russia in voting against it.
""", tally(2025, "adopted",
   fill(2025, abstain=["United Kingdom", "France", "Denmark", "Greece", "Slovenia"], rest="for")))

# 9 ---------------------------------------------------------------
write(B, "b62_1967_middle_east_british_draft_before_vote",
 "BRITISH MIDEAST PLAN GAINS; VOTE SET FOR TOMORROW", "1967-11-21", """
UNITED NATIONS, N.Y., Nov. 21 — Britain's compromise resolution on the Middle East picked up support today as the Security Council prepared to vote on it tomorrow afternoon.

The text, introduced last week by Lord Caradon, calls for the withdrawal of Israeli armed forces "from territories occupied in the recent conflict" and for the right of every state in the area to live in peace within secure and recognized boundaries.

Arthur J. Goldberg, the United States representative, said Washington, which had put forward its own draft, would vote for the British text. Canada, Denmark, Brazil, Argentina and Japan have also said they will vote for it.

India, Mali and Nigeria, which sponsored a rival draft calling for withdrawal from "all the territories," were still consulting with Arab delegations tonight and had not decided how they would vote.

Vasily V. Kuznetsov, the Soviet First Deputy Foreign Minister, told reporters that the Soviet Union "has not yet taken a decision" and was studying the British text "very carefully." A Soviet draft was also circulated this evening, but its sponsors have not asked for a vote.

Israel's Foreign Minister, Abba Eban, said his Government had reservations about the British text, and Mahmoud Riad of the United Arab Republic said Cairo would judge it by whether it meant complete withdrawal.
""", tally(1967, "undetermined",
   fill(1967, for_=["United Kingdom", "United States", "Canada", "Denmark", "Brazil", "Argentina", "Japan"],
        undecided=["India", "Mali", "Nigeria", "Soviet Union"])))

# negatives --------------------------------------------------------
write(B, "b62_neg_1947_assembly_palestine_partition",
 "ASSEMBLY VOTES PARTITION OF PALESTINE; 33 TO 13", "1947-11-29", """
FLUSHING MEADOW, N.Y., Nov. 29 — The United Nations General Assembly this afternoon approved the partition of Palestine into a Jewish and an Arab state, with Jerusalem under an international regime, by a vote of 33 to 13, with 10 abstentions.

The two-thirds majority required was exceeded by a comfortable margin after a week-end's delay. The United States and the Soviet Union both voted for the plan. Britain, the mandatory power, abstained, as did China. The Arab states, with Afghanistan, Cuba, Greece, India, Iran, Pakistan and Turkey, voted against.

Sir Alexander Cadogan repeated that Britain would not use its troops to enforce a settlement not accepted by both Arabs and Jews. The Arab delegations walked out of the hall after the vote.

The plan asks the Security Council to take the necessary measures for its implementation and to determine whether the situation in Palestine constitutes a threat to the peace. The Council is not expected to take up the question before January.
""", {"tally": None})

write(B, "b62_neg_2021_human_rights_council_ethiopia_inquiry",
 "U.N. rights council votes to set up Ethiopia war crimes probe", "2021-12-17", """
GENEVA (Reuters) - The U.N. Human Rights Council voted on Friday to establish an international commission of experts to investigate alleged abuses by all sides in the conflict in Ethiopia's Tigray region, over the strong objection of the Ethiopian government.

The European Union-drafted resolution passed with 21 votes in favour, 15 against and 11 abstentions at a special session of the 47-member council. China, Russia and several African states voted against, after Ethiopia's envoy called the session "a neo-colonial" exercise.

"The international community has a responsibility to ensure there is accountability," Britain's ambassador Simon Manley told the session.

Ethiopia's government, which says it is fighting a rebellion by the Tigray People's Liberation Front, said it would not cooperate with the inquiry.

Western diplomats have long complained that efforts to discuss Ethiopia in the Security Council in New York have been stymied by Russia, China and African members, which view the war as an internal matter.
""", {"tally": None})

write(B, "b62_neg_1962_oas_cuba_excluded",
 "O.A.S. OUSTS CASTRO REGIME BY 14-1 VOTE", "1962-01-31", """
PUNTA DEL ESTE, Uruguay, Jan. 31 — The foreign ministers of the American republics voted tonight to exclude the Government of Premier Fidel Castro from participation in the inter-American system.

The vote on the key resolution was 14 to 1, with 6 abstentions — exactly the two-thirds majority needed. Cuba cast the only negative vote. Argentina, Bolivia, Brazil, Chile, Ecuador and Mexico abstained, their delegates arguing that the charter of the Organization of American States made no provision for expelling a member.

Secretary of State Dean Rusk, who led the United States delegation, said the hemisphere had shown that Marxism-Leninism was "incompatible with the inter-American system." The conference also voted unanimously, except for Cuba, to halt the arms trade with Havana.

President Osvaldo Dorticós of Cuba told the meeting that his Government would take the matter to the United Nations Security Council, where, he said, "the voice of the small nations is heard." The Council of the O.A.S. in Washington is to carry out tonight's decisions.
""", {"tally": None})
