from lib import fill, tally, write
B = "blind-64"

# 1 ---------------------------------------------------------------
write(B, "b64_1960_u2_soviet_complaint_before_vote",
 "SOVIET U-2 CHARGE FACES DEFEAT IN U.N. COUNCIL", "1960-05-25", """
UNITED NATIONS, N.Y., May 25 — The Soviet resolution condemning flights of United States aircraft over Soviet territory as "aggressive acts" appeared headed for overwhelming defeat tonight as the Security Council ended its second day of debate on the U-2 incident.

A vote is expected tomorrow. Only Poland has announced that it will support the resolution submitted by Foreign Minister Andrei A. Gromyko.

Henry Cabot Lodge, the United States representative, said his delegation would vote against a text that "turns the facts upside down." Britain, France and Nationalist China have said they will oppose it, as have Italy, Argentina and Ecuador.

Ceylon and Tunisia are expected to abstain. Sir Claude Corea of Ceylon said the Council should concern itself less with blame than with restoring the atmosphere that had been shattered at the Paris summit meeting.

With at most two votes in sight, the resolution is certain to fall far short of the seven it needs, and no Western veto will be required to defeat it.

Mr. Gromyko told the Council that the Soviet Union would shoot down any aircraft that violated its frontiers and would strike at the bases from which they came. The pilot, Francis Gary Powers, is being held in Moscow.
""", tally(1960, "short of the 7 votes needed",
   fill(1960, for_=["Soviet Union", "Poland"],
        against=["United States", "United Kingdom", "France", "China", "Italy", "Argentina", "Ecuador"],
        abstain=["Ceylon", "Tunisia"])))

# 2 ---------------------------------------------------------------
write(B, "b64_1964_malaysia_complaint_soviet_veto",
 "Russia Vetoes Council Rebuke to Indonesia Over Landings in Malaysia", "1964-09-17", """
UNITED NATIONS, N.Y., Sept. 17 (UPI) — The Soviet Union tonight vetoed a Norwegian resolution in the Security Council that would have deplored the landing of Indonesian paratroopers in Malaysia.

The vote was 9 to 2, Czechoslovakia joining the Soviet Union in opposition. The Ivory Coast, Morocco, Brazil and Bolivia were among the members voting for the resolution, which had been softened during three days of private talks to win African and Latin American support.

Nikolai T. Fedorenko, the Soviet representative, said the resolution ignored "the struggle of the peoples of North Kalimantan" and sided with "British colonialism." Sivert A. Nielsen of Norway said the Council had been asked for nothing more than to call on both sides to respect each other's territorial integrity.

Dr. Ismail of Malaysia, who took part in the debate without vote, said his country would defend itself. Indonesia's Foreign Minister, Dr. Subandrio, had told the Council the landings were a response to Malaysian provocations.
""", tally(1964, "vetoed",
   fill(1964, against=["Soviet Union", "Czechoslovakia"], rest="for"), {"Soviet Union": "cast"}))

# 3 ---------------------------------------------------------------
write(B, "b64_1965_rhodesia_oil_embargo_france_abstains",
 "Council Asks Oil Embargo on Rhodesia; France Abstains", "1965-11-20", """
UNITED NATIONS, N.Y., Nov. 20 — The Security Council tonight called on all states to break economic relations with Rhodesia and to do their utmost to impose an embargo on oil and petroleum products.

The resolution, drafted after eight days of negotiation between Britain and the African states, was adopted 10 to 0, with France abstaining. Roger Seydoux, the French delegate, said his Government regarded Rhodesia as a domestic British matter.

Lord Caradon of Britain said his Government would "strongly support" the call for an oil embargo but could not accept the use of force. Arsène Usher Assouan of the Ivory Coast, speaking for the African group, said the text was "a first step" and that Africa would return to the Council if it did not work.

A tougher African draft, which would have asked Britain to use force to bring down the Government of Ian Smith, was not pressed to a vote after it became clear it could not win seven votes.

On Nov. 12, the day after the unilateral declaration of independence, the Council voted 10 to 0, France again abstaining, to condemn the Smith regime. The General Assembly has condemned the declaration by 107 votes to 2.
""", tally(1965, "adopted",
   fill(1965, abstain=["France"], rest="for")))

# 4 ---------------------------------------------------------------
write(B, "b64_1973_panama_canal_us_veto",
 "U.S. vetoes Panama Canal resolution", "1973-03-21", """
PANAMA CITY (AP) — The United States today vetoed a United Nations Security Council resolution urging it to negotiate a new treaty returning the Panama Canal to Panamanian sovereignty.

The vote was 13 to 1, with Britain abstaining. It was only the third veto in the history of the United States.

The council was meeting in Panama at the invitation of Gen. Omar Torrijos, only the second time it has met away from New York. Panama's foreign minister, Juan Antonio Tack, who presided, said the vote showed that "the world is with Panama."

U.S. Ambassador John Scali said the resolution was "one-sided" and that the future of the canal was a matter for the two countries to settle between themselves. "We are already negotiating," he said.

Sir Colin Crowe of Britain said his delegation had abstained because the council should not prescribe the outcome of bilateral talks. Peru and India, co-sponsors of the text with Panama, said they regretted the American veto.

Earlier in the week the council adopted unanimously a resolution on the development of Latin American economies.
""", tally(1973, "vetoed",
   fill(1973, against=["United States"], abstain=["United Kingdom"], rest="for"), {"United States": "cast"}))

# 5 ---------------------------------------------------------------
write(B, "b64_1982_falklands_ceasefire_british_us_veto",
 "Britain and U.S. Veto Falklands Cease-Fire Call", "1982-06-04", """
UNITED NATIONS, June 4 — Britain vetoed a Security Council resolution today calling for an immediate cease-fire in the Falkland Islands. The United States also voted no, but its delegate said moments later that Washington would have preferred to abstain.

The vote was 9 to 2, with 4 abstentions (France, Guyana, Jordan, Togo) — exactly the nine votes needed for adoption had there been no veto.

Spain and Panama, the sponsors, were joined by the Soviet Union, China, Ireland, Japan, Poland, Uganda and Zaire.

Sir Anthony Parsons, the British delegate, said the text would have left Argentine forces in place on the islands. Jeane J. Kirkpatrick, the United States representative, told the Council that she had been instructed to change her vote to an abstention, but that "it is not possible to change a vote once cast."

Eduardo Roca of Argentina, which is not a member of the Council, said the veto proved that Britain wanted "a military solution." British troops are closing in on Port Stanley.

On April 3 the Council had demanded an Argentine withdrawal by 10 votes to 1, with 4 abstentions, in resolution 502.
""", tally(1982, "vetoed",
   fill(1982, against=["United Kingdom", "United States"], abstain=["France", "Guyana", "Jordan", "Togo"], rest="for"),
   {"United Kingdom": "cast", "United States": "cast"}))

# 6 ---------------------------------------------------------------
write(B, "b64_1994_rwanda_tribunal_rwanda_votes_no",
 "Security Council establishes International Tribunal for Rwanda", "1994-11-08", """
The Security Council this afternoon decided to establish an international tribunal to prosecute persons responsible for genocide and other serious violations of international humanitarian law committed in Rwanda between 1 January and 31 December 1994.

Resolution 955 (1994) was adopted by a vote of 13 in favour to 1 against (Rwanda), with 1 abstention (China).

Explaining his delegation's negative vote, the representative of Rwanda, Manzi Bakuramutsa, said the tribunal's limited temporal jurisdiction and the absence of the death penalty were unacceptable to his Government, which had itself requested the tribunal.

The representative of China, Li Zhaoxing, said his delegation had abstained because the resolution had been put to a vote without the full cooperation of the Government concerned. He stressed that the abstention should not be seen as opposition to bringing the perpetrators to justice.

The representatives of New Zealand, the United States, Argentina, Nigeria and the Czech Republic also spoke. The United States representative, Madeleine Albright, said the tribunal would build on the precedent of the tribunal for the former Yugoslavia, established by the Council last year.
""", tally(1994, "adopted",
   fill(1994, against=["Rwanda"], abstain=["China"], rest="for")))

# 7 ---------------------------------------------------------------
write(B, "b64_2022_haiti_gang_sanctions_undated_before_vote",
 "Haiti sanctions resolution heads for council vote with broad support", None, """
UNITED NATIONS (AP) — A U.N. Security Council resolution drafted by the United States and Mexico that would impose sanctions on Haitian gang leaders is expected to be put to a vote on Friday, and diplomats say it appears to have more than enough support to pass.

The draft would impose a travel ban, asset freeze and arms embargo on gang leader Jimmy "Barbecue" Cherizier and on others who threaten Haiti's peace. China, which had pushed for a tougher arms embargo on all gangs, said it would support the revised text.

Britain and France are expected to back the measure, and Ireland, Norway and Albania said they would vote for it. The council's three African members, Gabon, Ghana and Kenya, said in a joint statement that they would vote yes.

Russia has not decided how it will vote, its deputy ambassador Dmitry Polyansky told reporters, saying Moscow wanted to be sure the sanctions "do not hurt ordinary Haitians."

Haitian Prime Minister Ariel Henry has asked for the deployment of an international armed force to help restore order. That request is not addressed in the draft, and U.S. officials said a separate text could be circulated later.
""", tally(2022, "likely to pass",
   fill(2022, for_=["United States", "Mexico", "China", "United Kingdom", "France", "Ireland", "Norway",
                    "Albania", "Gabon", "Ghana", "Kenya"],
        undecided=["Russia"]), inferred=True))

# 8 ---------------------------------------------------------------
write(B, "b64_2023_gaza_russian_draft_five_votes",
 "Security Council rejects Russian draft on Gaza humanitarian ceasefire", "2023-10-16", """
UNITED NATIONS, Oct 16 (Reuters) - The U.N. Security Council on Monday rejected a Russian-drafted resolution calling for a humanitarian ceasefire in the war between Israel and Hamas, after the text failed to win the minimum nine votes needed.

The draft received five votes in favor - Russia, China, Gabon, Mozambique and the United Arab Emirates. The United States, Britain, France and Japan voted against, and six members abstained.

Because the Russian text fell short of nine votes, the "no" votes of the United States, Britain and France did not count as vetoes.

"The council was held hostage by the selfish intentions of the Western bloc," Russia's U.N. Ambassador Vassily Nebenzia said after the vote. U.S. Ambassador Linda Thomas-Greenfield said the Russian text "does not condemn Hamas" and "dishonors the victims."

Brazil, which holds the council presidency this month, has circulated a rival draft that could be put to a vote as early as Tuesday, diplomats said. It was not immediately clear whether Washington would support it.
""", tally(2023, "failed to obtain the required number of votes",
   fill(2023, for_=["Russia", "China", "Gabon", "Mozambique", "United Arab Emirates"],
        against=["United States", "United Kingdom", "France", "Japan"], rest="abstain")))

# 9 ---------------------------------------------------------------
write(B, "b64_2014_north_korea_rights_agenda_procedural",
 "Security Council puts North Korea human rights on agenda despite China, Russia objections", "2014-12-22", """
UNITED NATIONS (AFP) - The UN Security Council on Monday put North Korea's human rights record on its agenda for the first time, overriding objections from China and Russia.

The council voted 11-2 with two abstentions to hold the meeting. China and Russia voted no; Chad and Nigeria abstained. Because the decision to add an item to the agenda is procedural, it needed only nine votes and could not be blocked by a veto.

The meeting was requested by ten council members, including the United States, Australia, France, Britain and South Korea, after a UN commission of inquiry found that North Korea was committing crimes against humanity.

"Today we have broken the council's silence," US Ambassador Samantha Power said. China's ambassador, Liu Jieyi, said the council "is not a forum to get involved in human rights issues."

Last week the UN General Assembly voted 116-20 with 53 abstentions to urge the council to refer North Korea to the International Criminal Court.
""", tally(2014, "adopted",
   fill(2014, against=["China", "Russia"], abstain=["Chad", "Nigeria"], rest="for")))

# negatives --------------------------------------------------------
write(B, "b64_neg_2022_eu_council_russia_oil_sanctions",
 "EU adopts sixth sanctions package against Russia including oil embargo", "2022-06-03", """
BRUSSELS (AFP) - The Council of the European Union on Friday formally adopted a sixth package of sanctions against Russia over its invasion of Ukraine, including a phased ban on most Russian oil imports.

The package, agreed unanimously by the 27 member states after weeks of wrangling with Hungary, bans seaborne crude oil imports within six months and refined products within eight. Pipeline oil, on which Hungary, Slovakia and the Czech Republic depend, is exempted for now.

Hungary secured the removal of Patriarch Kirill, head of the Russian Orthodox Church, from the list of sanctioned individuals before giving its approval.

"We are hitting Russia's war economy where it hurts," European Commission President Ursula von der Leyen said. The package also removes Sberbank, Russia's largest bank, from the SWIFT messaging system.

European diplomats have acknowledged that UN-wide sanctions are out of reach because Russia holds a veto as one of the five permanent members of the Security Council.
""", {"tally": None})

write(B, "b64_neg_2012_annan_envoy_to_brief_council",
 "Annan to brief Security Council on Syria plan next week", "2012-03-09", """
GENEVA (Reuters) - Kofi Annan, the joint U.N.-Arab League envoy for Syria, will travel to Damascus on Saturday for talks with President Bashar al-Assad and will brief the U.N. Security Council by video link next week, his spokesman said on Friday.

"He will be urging an immediate halt to the killing and violence," spokesman Ahmad Fawzi told a news briefing in Geneva. Annan is also due to meet opposition figures and visit Turkey.

Western diplomats in New York said they hoped a united briefing could open the way for a council statement backing his mission. Russia and China have twice vetoed council resolutions on Syria, most recently in February, and both have said they support Annan's efforts.

Syria's government says it is fighting "armed terrorist gangs" backed from abroad. The U.N. says more than 7,500 people have been killed since the uprising began a year ago.
""", {"tally": None})

write(B, "b64_neg_2013_commons_rejects_syria_action",
 "Cameron defeated as MPs reject military action against Syria", "2013-08-29", """
LONDON (Reuters) - British lawmakers on Thursday rejected possible military action against Syria to deter the use of chemical weapons, in a humiliating defeat for Prime Minister David Cameron.

The House of Commons voted 285 to 272 against the government's motion, which would have approved military action in principle once U.N. weapons inspectors had reported and the Security Council had voted on a British draft resolution. An opposition Labour amendment was also defeated, 332 to 220.

"It is clear to me that the British parliament, reflecting the views of the British people, does not want to see British military action," Cameron said after the vote. "I get that, and the government will act accordingly."

Britain had circulated a draft resolution to the other four permanent members of the Security Council on Wednesday authorising "all necessary measures" to protect civilians, but talks among the five in New York ended without agreement and no vote has been called.
""", {"tally": None})
