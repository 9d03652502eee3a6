from lib import fill, tally, write
B = "blind-74"

write(B, "b74_1954_thailand_observers_soviet_veto",
 "Russia Vetoes Thai Plea for U.N. Observers", "1954-06-18", """
UNITED NATIONS, N. Y., June 18 (AP) — Russia today vetoed Thailand's request that the United Nations Peace Observation Commission send observers to watch the Thai border with Indochina.

The vote in the 11-nation Security Council was 9 to 1, with Lebanon abstaining. It was the 60th Russian veto.

Semyon K. Tsarapkin, the Soviet delegate, said Thailand was being used by the United States as a base for "aggressive plans" in Southeast Asia and that the question belonged to the Geneva conference on Indochina, not the Council.

Henry Cabot Lodge Jr., the United States representative, said Thailand would now take its case to the General Assembly. "The Soviet Union has vetoed a request for eyes and ears, nothing more," he said.

Charles Malik of Lebanon said he had abstained because the Arab countries had not been consulted. Thailand, which is not a member of the Council, was represented at the table by Prince Wan Waithayakon.
""", tally(1954, "vetoed",
   fill(1954, against=["Soviet Union"], abstain=["Lebanon"], rest="for"),
   {"Soviet Union": "cast"}))

write(B, "b74_1959_laos_subcommittee_procedural",
 "U.N. COUNCIL VOTES LAOS INQUIRY OVER SOVIET 'VETO'", "1959-09-07", """
UNITED NATIONS, N. Y., Sept. 7 — The Security Council voted tonight to send a four-nation subcommittee to Laos to look into that kingdom's charges of aggression from North Vietnam. The Soviet Union's negative vote was ruled not to be a veto.

The vote on the Western resolution, sponsored by the United States, Britain and France, was 10 to 1. Arkady A. Sobolev, the Soviet delegate, cast the lone negative vote.

Egidio Ortona of Italy, this month's President of the Council, ruled that the creation of a subcommittee was a procedural matter under Article 29 of the Charter, on which no permanent member has a veto. Mr. Sobolev protested that the decision was "illegal" and that the Soviet Union would not recognize the subcommittee.

The subcommittee will consist of Argentina, Italy, Japan and Tunisia. Henry Cabot Lodge, the United States delegate, said it would go to Laos "to find the facts, not to pass judgment."

Canada, Panama and Nationalist China also supported the resolution.
""", tally(1959, "adopted",
   fill(1959, against=["Soviet Union"], rest="for")))

write(B, "b74_1963_south_africa_arms_embargo_britain_france_abstain",
 "U.N. Council Asks Halt in Arms Sales to South Africa", "1963-08-07", """
UNITED NATIONS, N.Y., Aug. 7 — The Security Council tonight called on all states to stop selling arms, ammunition and military vehicles to South Africa. Britain and France abstained.

The vote was 9 to 0. The resolution was sponsored by Ghana, Morocco and the Philippines on behalf of the 32 African states that asked for the meeting.

The United States voted for the resolution after Adlai E. Stevenson announced last week that Washington would end all sales of military equipment to South Africa by the end of the year. The Soviet Union, Nationalist China, Brazil, Norway and Venezuela also voted in favor.

Sir Patrick Dean of Britain said his Government could not accept an embargo on arms that South Africa might need for its external defense. Roger Seydoux of France said the French delegation was opposed to "sanctions in disguise."

The Council's action stops short of the full economic sanctions the African states had demanded. South Africa boycotted the debate.
""", tally(1963, "adopted",
   fill(1963, abstain=["United Kingdom", "France"], rest="for")))

write(B, "b74_1983_grenada_us_veto",
 "U.S. Vetoes U.N. Resolution 'Deploring' Grenada Invasion", "1983-10-28", """
UNITED NATIONS, Oct. 28 — The United States vetoed tonight a Security Council resolution that "deeply deplores" the invasion of Grenada and calls for the immediate withdrawal of foreign troops.

The vote was 11 in favor and 1 against, with 3 abstentions. Britain, Togo and Zaire abstained. The resolution was sponsored by Guyana, Nicaragua and Zimbabwe.

Among those voting for it were France, the Netherlands, Pakistan and Malta, as well as the Soviet Union, China, Poland and Jordan.

Jeane J. Kirkpatrick, the chief United States delegate, said the action was taken at the request of the Organization of Eastern Caribbean States to end "violence, disorder and a reign of terror." Sir John Thomson of Britain said his Government had advised against the landings but would not vote to condemn an ally.

Earlier this week the Council rejected a Nicaraguan request for an immediate vote, deciding instead to hear 40 speakers.
""", tally(1983, "vetoed",
   fill(1983, against=["United States"], abstain=["United Kingdom", "Togo", "Zaire"], rest="for"),
   {"United States": "cast"}))

write(B, "b74_1997_guatemala_observers_china_veto",
 "China blocks UN observers for Guatemala over Taiwan ties", None, """
UNITED NATIONS, Jan 10 (AFP) - China on Friday vetoed a UN Security Council resolution that would have sent 155 military observers to Guatemala to verify the ceasefire in its peace accord, in apparent retaliation for Guatemala's diplomatic ties with Taiwan.

All of the 14 other members of the council voted in favour of the text. It was the first Chinese veto in a quarter of a century.

Chinese Ambassador Qin Huasun said Guatemala had "for four consecutive years" backed efforts to bring Taiwan into the United Nations and invited Taiwan's foreign minister to the signing ceremony. "Nobody should expect China to turn a blind eye," he said.

The accord that ended 36 years of civil war was signed in Guatemala City on December 29 in the presence of the outgoing UN Secretary General, Boutros Boutros-Ghali.

US Ambassador Bill Richardson called the veto "deplorable". Diplomats from Japan, Costa Rica and the Republic of Korea said they hoped Beijing would reconsider.

Guatemala's foreign minister Eduardo Stein said the government would keep talking to Beijing. Diplomats said a new vote could be held within days.
""", tally(1997, "vetoed",
   fill(1997, against=["China"], rest="for"), {"China": "cast"}, inferred=True))

write(B, "b74_2005_darfur_icc_referral_us_abstains",
 "UN refers Darfur atrocities to war crimes court after US relents", "2005-03-31", """
UNITED NATIONS (Reuters) - The U.N. Security Council on Thursday referred war crimes suspects in Sudan's Darfur region to the International Criminal Court after the United States dropped its threat of a veto and abstained.

The French-drafted resolution passed by 11 votes to none, with the United States, Algeria, China and Brazil abstaining.

Washington, which opposes the court, won an exemption for citizens of countries not party to the court's treaty. Acting U.S. Ambassador Anne Patterson said the United States still had "fundamental objections" but would not block the council.

Brazil said it abstained because of the exemption, while China said the referral could complicate peace talks. Algeria's envoy said the African Union should have been given a role.

Britain, Denmark, Greece and Argentina were among the supporters. A list of 51 suspects drawn up by a U.N. commission of inquiry is to be handed to the court's prosecutor.

On Tuesday the council voted unanimously to impose a travel ban and asset freeze on those who impede peace in Darfur.
""", tally(2005, "adopted",
   fill(2005, abstain=["United States", "Algeria", "China", "Brazil"], rest="for")))

write(B, "b74_2011_settlements_draft_us_veto_signal",
 "US signals it will veto UN text on Israeli settlements", "2011-02-17", """
UNITED NATIONS (AP) — The Obama administration has told Palestinian leaders it will veto a U.N. Security Council resolution declaring Israeli settlements illegal if they insist on a vote on Friday, U.S. and Arab diplomats said Thursday.

Lebanon, the council's only Arab member, circulated the draft on behalf of the Arab Group, and it has more than 120 co-sponsors. Diplomats said the other 14 members — among them Britain, France and Germany, as well as Russia and China — were all expected to vote in favor.

"We have made clear that we do not believe the council is the right place to resolve these issues," said Mark Kornblau, spokesman for the U.S. Mission. A U.S. official said Washington was ready to use its veto.

President Barack Obama telephoned Palestinian President Mahmoud Abbas on Wednesday to urge him to drop the resolution in return for a U.S.-backed council statement, but Abbas refused, Palestinian officials said.

The United States last cast a veto in 2006, on a text about Israeli military operations in Gaza.
""", tally(2011, "blocked by a threatened veto",
   fill(2011, against=["United States"], rest="for"), {"United States": "threatened"}))

write(B, "b74_2015_srebrenica_russian_veto",
 "Russia vetoes UN resolution calling Srebrenica massacre a genocide", "2015-07-08", """
Russia has vetoed a British-drafted UN security council resolution that would have condemned the 1995 Srebrenica massacre as a genocide, days before the 20th anniversary of the killing of about 8,000 Muslim men and boys.

Ten of the council's 15 members voted in favour. China, Nigeria, Angola and Venezuela abstained, and Russia voted against, after Serbia had lobbied Moscow to block a text it called "anti-Serb".

Britain's ambassador, Matthew Rycroft, said the veto was "heartbreaking for the families of the victims". The US ambassador, Samantha Power, said Russia's no "is a big deal".

Vitaly Churkin, Russia's ambassador, said the draft was "confrontational and politically motivated" and would stir up tensions in the Balkans.

The vote was delayed by a day at the request of Moscow. Serbia's president, Tomislav Nikolić, thanked Vladimir Putin, saying Russia had "prevented an attempt to brand the whole Serbian nation as genocidal".

The UN's Yugoslavia tribunal and the International Court of Justice have both ruled that the killings amounted to genocide.
""", tally(2015, "vetoed",
   fill(2015, against=["Russia"], abstain=["China", "Nigeria", "Angola", "Venezuela"], rest="for"),
   {"Russia": "cast"}))

write(B, "b74_2024_space_russian_draft_seven_votes",
 "Russian draft on weapons in outer space rejected at Security Council", "2024-05-20", """
The Security Council today failed to adopt a draft resolution, submitted by the Russian Federation, which would have called on all States to prevent the placement of weapons of any kind in outer space.

The draft received 7 votes in favour (Algeria, China, Ecuador, Guyana, Mozambique, Russian Federation, Sierra Leone) to 7 against (France, Japan, Malta, Republic of Korea, Slovenia, United Kingdom, United States), with 1 abstention (Switzerland). It therefore was not adopted, having failed to obtain the required number of votes.

The representative of the Russian Federation said that the text went further than the one vetoed on 24 April because it covered all weapons, not only nuclear ones.

The representative of the United States said the Russian draft was "a distraction" from the fate of the earlier text, which had received 13 votes in favour, with 1 abstention (China), but was not adopted owing to the negative vote of the Russian Federation on 24 April.

The representative of Switzerland said her delegation had abstained because the two texts should have been merged.
""", tally(2024, "failed to obtain the required number of votes",
   fill(2024, for_=["Algeria", "China", "Ecuador", "Guyana", "Mozambique", "Russia", "Sierra Leone"],
        against=["France", "Japan", "Malta", "Republic of Korea", "Slovenia", "United Kingdom", "United States"],
        abstain=["Switzerland"])))

write(B, "b74_neg_1971_assembly_seats_peking",
 "U.N. SEATS PEKING AND EXPELS TAIWAN", "1971-10-25", """
UNITED NATIONS, N. Y., Oct. 25 — The General Assembly voted overwhelmingly tonight to admit Communist China and to expel the Chinese Nationalist Government.

The vote on the Albanian resolution was 76 in favor, 35 against, with 17 abstentions. Delegates of the Communist bloc and many third-world countries burst into applause and some danced in the aisles.

Earlier, the Assembly rejected, 59 to 55, with 15 abstentions, the United States proposal to make the expulsion of Taiwan an "important question" requiring a two-thirds majority.

The decision means that Peking will also take China's permanent seat on the Security Council, with its power of veto. Liu Chieh, the Nationalist delegate, walked out of the hall before the final vote.

George Bush, the United States representative, called it "a moment of infamy."
""", {"tally": None})

write(B, "b74_neg_2018_oas_venezuela_election",
 "OAS votes to question legitimacy of Venezuelan election", "2018-06-05", """
WASHINGTON (Reuters) - The Organization of American States on Tuesday approved a resolution saying Venezuela's May 20 presidential election lacked legitimacy, opening the way for a possible suspension of the country from the regional bloc.

The resolution received 19 votes in favor, four against and 11 abstentions at the OAS General Assembly in Washington. Bolivia, Dominica, Saint Vincent and the Grenadines and Venezuela voted against.

"This is a step toward isolating the Maduro regime," said U.S. Secretary of State Mike Pompeo, who urged suspension. Suspending a member requires 24 votes.

Venezuelan Foreign Minister Jorge Arreaza called the vote illegal and said his country was "more determined than ever" to leave the OAS.

Peru, a member of the U.N. Security Council this year, has said it would raise the Venezuelan crisis in New York, but diplomats said no council action was planned.
""", {"tally": None})

write(B, "b74_neg_1992_japan_diet_peacekeeping_law",
 "Japan's Diet passes bill to send troops on UN missions", "1992-06-15", """
TOKYO, June 15 (Reuter) - Japan's lower house of parliament today passed a bill allowing troops to join United Nations peacekeeping operations abroad for the first time since World War Two.

The bill was approved by 329 votes to 17 after the opposition Socialists and Communists boycotted the session. The upper house approved it last week after opposition members tried to delay the vote by walking slowly to the ballot box.

Prime Minister Kiichi Miyazawa said Japan must make a "human contribution" to world peace. The first troops are expected to go to Cambodia, where the UN Transitional Authority is preparing for elections.

Japan, which is not now a member of the UN Security Council, has said it would seek a permanent seat. Foreign Ministry officials said the new law would strengthen its case.
""", {"tally": None})
print("ok 74")
