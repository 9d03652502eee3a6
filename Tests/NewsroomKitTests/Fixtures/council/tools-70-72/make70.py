from lib import fill, tally, write
B = "blind-70"

# 1 ---------------------------------------------------------------
write(B, "b70_1947_indonesia_ceasefire_three_abstain",
 "U.N. COUNCIL ASKS DUTCH AND INDONESIANS TO CEASE FIRE", "1947-08-01", """
LAKE SUCCESS, N. Y., Aug. 1 (AP) — The United Nations Security Council tonight called upon the Netherlands and the Indonesian Republic to cease hostilities at once and to settle their dispute by arbitration or other peaceful means.

The vote was 8 to 0. Britain, France and Belgium abstained, holding that the fighting in Java and Sumatra was a matter within the domestic jurisdiction of the Netherlands and that the Council had no right to deal with it.

The resolution was a softened version of the Australian proposal, amended on the suggestion of the United States so that it no longer "invoked" Article 39 of the Charter. Col. W. R. Hodgson of Australia, who brought the fighting before the Council together with India, said the Council had "at least done the minimum."

Andrei A. Gromyko of the Soviet Union voted for the cease-fire but said it did not go far enough. His own proposal that both armies withdraw to the positions they held before July 20 was defeated earlier in the evening, receiving only the votes of the Soviet Union and Poland.

Dr. Eelco N. van Kleffens of the Netherlands, who sat at the Council table without a vote, said his Government would study the resolution "with the respect due to the Council."
""", tally(1947, "adopted",
   fill(1947, abstain=["United Kingdom", "France", "Belgium"], rest="for")))

# 2 ---------------------------------------------------------------
write(B, "b70_1961_kuwait_british_draft_soviet_veto",
 "Soviet Veto Blocks British Move on Kuwait", "1961-07-07", """
UNITED NATIONS, N. Y., July 7 — The Soviet Union vetoed tonight a British resolution that would have had the Security Council call on all states to respect the independence and territorial integrity of Kuwait.

The vote was 7 to 1, with three abstentions — Ceylon, Ecuador and the United Arab Republic. The seven affirmative votes were the bare minimum the eleven-member Council requires, but the Soviet negative vote, cast by Platon D. Morozov, defeated the measure.

Britain sent troops to the oil-rich sheikdom last week after Premier Abdul Karim Kassem of Iraq declared that Kuwait was an "integral part" of his country. Iraq is not a member of the Council. Its delegate, Adnan Pachachi, said the British landing was "a new form of colonialism."

Sir Patrick Dean of Britain said his Government would withdraw its forces "as soon as the Ruler of Kuwait considers that the threat has passed." The United States, France, Nationalist China, Chile, Liberia and Turkey supported the British text.

Minutes later a United Arab Republic resolution calling for the immediate withdrawal of British troops was also defeated. It received only three votes — those of the U.A.R., Ceylon and the Soviet Union — with the other eight members abstaining.
""", tally(1961, "vetoed",
   fill(1961, against=["Soviet Union"], abstain=["Ceylon", "Ecuador", "United Arab Republic"], rest="for"),
   {"Soviet Union": "cast"}))

# 3 ---------------------------------------------------------------
write(B, "b70_1968_nuclear_security_assurances_five_abstain",
 "SECURITY COUNCIL WELCOMES ASSURANCES TO NON-NUCLEAR STATES", "1968-06-19", """
The Security Council this afternoon adopted resolution 255 (1968) on security assurances to non-nuclear-weapon States parties to the Treaty on the Non-Proliferation of Nuclear Weapons, by a vote of 10 in favour to none against, with 5 abstentions (Algeria, Brazil, France, India, Pakistan).

By the text, sponsored by the Union of Soviet Socialist Republics, the United Kingdom and the United States, the Council recognizes that aggression with nuclear weapons against a non-nuclear-weapon State would create a situation in which the Council, and above all its nuclear-weapon permanent members, would have to act immediately.

Explaining his abstention, the representative of India said the assurances offered "nothing that the Charter does not already provide." The representative of France said his country would not sign the Treaty and therefore could not associate itself with a text linked to it. The representative of Pakistan said the resolution did not protect non-nuclear States from the threat of nuclear weapons.

The representative of the United States, Arthur J. Goldberg, said the three sponsors' parallel declarations gave "a solemn pledge" to all parties. The representative of the Soviet Union, Yakov A. Malik, said the resolution was "an important step."

On 12 June, the General Assembly commended the Treaty by a recorded vote of 95 in favour to 4 against, with 21 abstentions.
""", tally(1968, "adopted",
   fill(1968, abstain=["Algeria", "Brazil", "France", "India", "Pakistan"], rest="for")))

# 4 ---------------------------------------------------------------
write(B, "b70_1976_entebbe_western_draft_six_votes",
 "Entebbe debate ends without a resolution", "1976-07-14", """
UNITED NATIONS, July 14 (Reuter) — The Security Council ended its debate on the Israeli raid on Entebbe airport tonight without taking any decision, after a British-American resolution condemning hijacking failed to win the nine votes it needed.

The Western draft received six votes — those of Britain, the United States, France, Italy, Japan and Sweden. Panama and Rumania abstained, and the other seven members, Benin, China, Guyana, Libya, Pakistan, Tanzania and the Soviet Union, refused to take part in the vote.

Because the text fell short of nine votes there was no question of a veto, a British diplomat noted.

A rival resolution sponsored by Benin, Libya and Tanzania, which would have condemned Israel's "flagrant violation of Uganda's sovereignty and territorial integrity," was not pressed to a vote. Its sponsors said they had been told privately that it would be vetoed by the United States.

Israeli commandos freed more than 100 hostages held by pro-Palestinian hijackers at the Ugandan airport on July 4. Uganda, which is not a Council member, was represented in the debate by its Foreign Minister, Juma Oris Abdalla.
""", tally(1976, "failed to obtain the required number of votes",
   fill(1976, for_=["United Kingdom", "United States", "France", "Italy", "Japan", "Sweden"],
        abstain=["Panama", "Romania", "Benin", "China", "Guyana", "Libya", "Pakistan", "Tanzania", "Soviet Union"])))

# 5 ---------------------------------------------------------------
write(B, "b70_1999_macedonia_unpredep_china_veto",
 "China vetoes extension of U.N. force in Macedonia", None, """
UNITED NATIONS, Feb 25 (Reuters) - China on Thursday vetoed a Security Council resolution that would have kept United Nations peacekeepers in Macedonia for six more months, a move diplomats linked to Skopje's decision last month to establish diplomatic relations with Taiwan.

The vote was 13-1, with Russia abstaining. Beijing's ambassador, Qin Huasun, said the force had fulfilled its mission and that the situation in Macedonia "has stabilised." He did not mention Taiwan.

The U.N. Preventive Deployment Force, about 1,100 troops including U.S. soldiers, has patrolled Macedonia's borders with Albania and the Federal Republic of Yugoslavia since 1995. Its mandate expires on Sunday.

"This is a sad day," said Canada's ambassador Robert Fowler, whose country holds a council seat this year for the first time since 1990. Slovenia's ambassador Danilo Turk said withdrawing the force while peace talks on Kosovo were under way at Rambouillet "sends exactly the wrong signal." Diplomats from Argentina, the Netherlands and Gambia voiced similar regret.

Russia's Sergei Lavrov said Moscow had doubts about the force but would not stand in its way. Macedonia's Foreign Minister Aleksandar Dimitrov, who is not a council member, said Skopje would ask NATO to fill the gap.
""", tally(1999, "vetoed",
   fill(1999, against=["China"], abstain=["Russia"], rest="for"),
   {"China": "cast"}, inferred=True))

# 6 ---------------------------------------------------------------
write(B, "b70_2006_north_korea_missiles_chinese_veto_threat",
 "China says it will veto Japan's North Korea sanctions text", "2006-07-10", """
UNITED NATIONS (AP) - China's U.N. ambassador warned on Monday that Beijing would veto a Japanese draft resolution imposing sanctions on North Korea over its missile tests if Tokyo forced a vote, deepening a split in the Security Council.

"If it is put to a vote, China will vote against it — and you know what that means," Ambassador Wang Guangya told reporters. Asked whether he meant a veto, he said: "Yes."

Japan's draft, which invokes Chapter VII of the U.N. Charter and would bar countries from supplying North Korea with missile technology, is co-sponsored by the United States, Britain and France as well as Denmark, Greece and Slovakia. Diplomats said Argentina and Peru also backed it.

Russia opposes the sanctions, Ambassador Vitaly Churkin said, but he did not say how Moscow would vote. Qatar, Ghana, Tanzania and Congo have not said where they stand, diplomats said.

Japan agreed to postpone the vote by a day or two to give Chinese diplomats in Pyongyang time to persuade North Korea to return to six-party nuclear talks. China and Russia have circulated a rival text, a non-binding resolution without sanctions.

North Korea test-fired seven missiles on July 5, including a long-range Taepodong-2 that failed shortly after launch.
""", tally(2006, "blocked by a threatened veto",
   fill(2006, for_=["Japan", "United States", "United Kingdom", "France", "Denmark", "Greece", "Slovakia",
                    "Argentina", "Peru"],
        against=["China", "Russia"], undecided=["Qatar", "Ghana", "Tanzania", "Congo"]),
   {"China": "threatened"}))

# 7 ---------------------------------------------------------------
write(B, "b70_2018_gaza_protection_kuwait_draft_us_veto",
 "U.S. vetoes U.N. resolution on protecting Palestinians", "2018-06-01", """
UNITED NATIONS (Reuters) - The United States on Friday vetoed a U.N. Security Council resolution drafted by Kuwait that called for measures to protect Palestinian civilians in Gaza and the occupied West Bank.

The vote was 10 in favor, with the United States against. Britain, Poland, the Netherlands and Ethiopia abstained.

U.S. Ambassador Nikki Haley called the Kuwaiti text "grossly one-sided" because it did not mention the Islamist group Hamas, which runs Gaza. Kuwait's ambassador Mansour al-Otaibi said he was "disappointed" but that Arab states would take the issue to the General Assembly.

Minutes later the council voted on a U.S. draft that blamed Hamas for the violence. Only the United States voted for it; Russia, Kuwait and Bolivia voted against and the remaining 11 council members abstained.

More than 120 Palestinians have been killed by Israeli forces since protests along the Gaza border began on March 30. Israel says it is defending its border.
""", tally(2018, "vetoed",
   fill(2018, against=["United States"], abstain=["United Kingdom", "Poland", "Netherlands", "Ethiopia"], rest="for"),
   {"United States": "cast"}))

# 8 ---------------------------------------------------------------
write(B, "b70_2021_climate_security_russia_india_no",
 "Russia vetoes first UN Security Council text on climate and security", "2021-12-13", """
UNITED NATIONS, United States (AFP) - Russia on Monday vetoed a draft resolution that would have made climate change a recognized threat to international peace and security, dashing a push by Western and African nations.

Twelve of the council's 15 members voted for the text drafted by Niger and Ireland. India joined Russia in voting against, while China abstained.

"Climate change is not a matter for this council," Russian ambassador Vassily Nebenzia said, calling the draft a "politicised" attempt to shift development debates into the Security Council.

India's T.S. Tirumurti said New Delhi supported climate action "but the Security Council is not the place to discuss this issue."

Irish Taoiseach Micheal Martin had chaired a council debate on the subject in September. The draft had been co-sponsored by 113 of the UN's 193 member states, a near-record, but co-sponsorship by non-members carries no vote in the council.
""", tally(2021, "vetoed",
   fill(2021, against=["Russia", "India"], abstain=["China"], rest="for"),
   {"Russia": "cast"}))

# 9 ---------------------------------------------------------------
write(B, "b70_2025_gaza_stabilization_force_pre_vote",
 "Security Council to vote Monday on US plan for Gaza force", "2025-11-16", """
UNITED NATIONS (AP) - The U.N. Security Council is set to vote Monday on a U.S. resolution endorsing President Donald Trump's plan for Gaza, including a temporary international stabilization force and a transitional "Board of Peace."

Russia has circulated a rival draft that leaves out the board, but Russian diplomats have not said whether Moscow would block the American text. Diplomats said they expected Russia and China to abstain rather than use their vetoes.

Britain, France, Denmark, Greece and Slovenia back the U.S. draft, Western diplomats said. Pakistan, the only council member among eight Arab and Muslim-majority countries that issued a joint statement supporting the resolution on Friday, is expected to vote in favor, and Guyana, Panama, South Korea, Sierra Leone and Somalia are also expected to support it.

Algeria, the Arab representative on the council, had not said how it would vote, its mission said.

A resolution needs at least nine "yes" votes and no veto by the United States, Russia, China, Britain or France to be adopted. "We are confident we will have the votes," U.S. Ambassador Mike Waltz said.
""", tally(2025, "likely to pass",
   fill(2025, for_=["United States", "United Kingdom", "France", "Denmark", "Greece", "Slovenia", "Pakistan",
                    "Guyana", "Panama", "Republic of Korea", "Sierra Leone", "Somalia"],
        abstain=["Russia", "China"], undecided=["Algeria"])))

# 10 --------------------------------------------------------------
write(B, "b70_neg_1971_assembly_seats_peking",
 "U.N. SEATS PEKING AND EXPELS TAIPEI", "1971-10-25", """
UNITED NATIONS, N. Y., Oct. 25 — The General Assembly voted overwhelmingly tonight to admit Communist China and to expel the Chinese Nationalist Government.

The vote on the Albanian resolution was 76 to 35, with 17 abstentions. Earlier the Assembly had rejected, 59 to 55, with 15 abstentions, an American resolution that would have made the expulsion of Taiwan an "important question" requiring a two-thirds majority.

The outcome means that Peking will take over China's permanent seat, with its veto, on the Security Council. Britain and France voted for the Albanian text; the United States and Japan voted against.

Liu Chieh, the Nationalist delegate, walked out of the hall before the final vote, announcing that his Government would withdraw from an organization that had "capitulated." George Bush, the United States representative, called the result "a moment of infamy."
""", {"tally": None})

# 11 --------------------------------------------------------------
write(B, "b70_neg_2005_iaea_board_finds_iran_noncompliant",
 "IAEA board finds Iran in breach, defers Security Council referral", "2005-09-24", """
VIENNA (Reuters) - The U.N. nuclear watchdog's board of governors found Iran in non-compliance with nuclear safeguards on Saturday, opening the way for a possible referral to the U.N. Security Council, but set no date for one.

The 35-nation board passed the European Union-drafted resolution by 22 votes to one, with 12 abstentions. Venezuela voted against. Russia and China, which have veto power in the Security Council, were among the abstainers along with South Africa and Brazil.

Iran's chief nuclear negotiator Ali Larijani said Tehran would review its cooperation with the International Atomic Energy Agency. "This resolution is political and illegal," he told reporters.

Diplomats said Britain, France and Germany had dropped demands for an immediate referral to win more support. Any referral would be decided at a later board meeting.
""", {"tally": None})

# 12 --------------------------------------------------------------
write(B, "b70_neg_2013_commons_rejects_syria_action",
 "MPs reject military action against Syria", "2013-08-29", """
LONDON (Reuters) - Britain's parliament on Thursday voted against military action in Syria, a humiliating defeat for Prime Minister David Cameron that rules out British participation in any U.S.-led strikes.

Lawmakers rejected the government motion by 285 votes to 272. A Labour amendment calling for more evidence was also defeated, by 332 to 220.

"It is clear to me that the British parliament, reflecting the views of the British people, does not want to see British military action. I get that, and the government will act accordingly," Cameron said after the vote.

Britain had presented a draft resolution to the other four permanent members of the U.N. Security Council on Wednesday authorizing "all necessary measures" to protect civilians, but the meeting in New York broke up without agreement and the text was never formally tabled.

U.N. chemical weapons inspectors are due to leave Syria on Saturday.
""", {"tally": None})
