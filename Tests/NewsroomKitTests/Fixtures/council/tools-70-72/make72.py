from lib import fill, tally, write
B = "blind-72"

# 1 ---------------------------------------------------------------
write(B, "b72_1954_israeli_shipping_suez_soviet_veto",
 "SOVIET VETO KILLS PLEA TO EGYPT ON SUEZ SHIPPING", "1954-03-29", """
UNITED NATIONS, N. Y., March 29 — The Soviet Union vetoed tonight a New Zealand resolution calling on Egypt to end its restrictions on ships passing through the Suez Canal to and from Israel.

The vote was 8 to 2, with China abstaining. Lebanon joined the Soviet Union in voting against the resolution, which had the support of the United States, Britain and France.

Andrei Y. Vishinsky said the resolution "would not help but hinder" a settlement between Egypt and Israel, neither of which is a member of the Council.

Sir Leslie Munro of New Zealand said the Council had in 1951 already called on Egypt to lift the restrictions, and that the new text merely asked Egypt to comply. Dr. Charles Malik of Lebanon said Egypt was exercising its rights under the armistice.

Brazil, Colombia, Denmark and Turkey also voted for the New Zealand text.
""", tally(1954, "vetoed",
   fill(1954, against=["Soviet Union", "Lebanon"], abstain=["China"], rest="for"),
   {"Soviet Union": "cast"}))

# 2 ---------------------------------------------------------------
write(B, "b72_1956_hungary_soviet_veto_undated",
 "Soviet Vetoes U.N. Call to Quit Hungary", None, """
UNITED NATIONS, N. Y., Sunday, Nov. 4 (AP) — The Soviet Union early today vetoed a United States resolution calling on Moscow to withdraw its troops from Hungary without delay, hours after Soviet tanks rolled back into Budapest.

The vote in the Security Council was 9 to 1, with Yugoslavia abstaining. Arkady A. Sobolev, the Soviet delegate, cast the negative vote.

Henry Cabot Lodge of the United States said the Soviet action "is a shameful thing." Sir Pierson Dixon of Britain and Bernard Cornut-Gentille of France supported the American text, although their own Governments are under fire in the Council over their action against Egypt.

Emilio Nunez-Portuondo of Cuba, Peru's Victor A. Belaunde and the delegate of Iran also spoke for the resolution. Joza Brilej of Yugoslavia said his Government "could not support" a text that would "aggravate" the situation.

Later the Council voted 10 to 1, the Soviet Union dissenting, to call an emergency special session of the General Assembly on Hungary. Because that decision was procedural, the Soviet vote did not count as a veto. Premier Imre Nagy has taken refuge in the Yugoslav Embassy in Budapest.
""", tally(1956, "vetoed",
   fill(1956, against=["Soviet Union"], abstain=["Yugoslavia"], rest="for"),
   {"Soviet Union": "cast"}, inferred=True))

# 3 ---------------------------------------------------------------
write(B, "b72_1958_lebanon_japanese_plan_soviet_veto_expected",
 "SOVIET EXPECTED TO BLOCK JAPANESE PLAN ON LEBANON", "1958-07-21", """
UNITED NATIONS, N. Y., July 21 — A Japanese proposal to enlarge the United Nations observer group in Lebanon so that American troops could be withdrawn appeared tonight to be headed for a Soviet veto.

Arkady A. Sobolev, the Soviet delegate, told the Security Council that his Government would "vote against any resolution that covers up the American aggression." Delegates took this to mean a veto when the Japanese text comes to a vote tomorrow.

The United States and Britain have said they will support the plan, put forward by Koto Matsudaira of Japan. France, Nationalist China, Canada, Colombia and Panama are also expected to vote for it.

Sweden, which last week urged that the observer group be suspended, has not indicated its position. The delegate of Iraq, whose monarchy was overthrown a week ago, said he was still without instructions from Baghdad.

Last Friday the Soviet Union vetoed an American resolution that would have sent a United Nations force to Lebanon, and a Soviet draft demanding the withdrawal of American and British troops from Lebanon and Jordan won only the Soviet vote.
""", tally(1958, "blocked by a threatened veto",
   fill(1958, for_=["Japan", "United States", "United Kingdom", "France", "China", "Canada", "Colombia", "Panama"],
        against=["Soviet Union"], undecided=["Sweden", "Iraq"]),
   {"Soviet Union": "threatened"}))

# 4 ---------------------------------------------------------------
write(B, "b72_1981_golan_annexation_unanimous",
 "U.N. Council, With U.S. Vote, Declares Israel's Golan Move Void", "1981-12-17", """
UNITED NATIONS, Dec. 17 — The Security Council voted unanimously today to declare "null and void" Israel's decision to extend its laws to the occupied Golan Heights, and demanded that Israel rescind it.

The vote was 15 to 0. The United States joined the Soviet Union, East Germany and the Council's Arab member, Tunisia, in voting for the resolution, although Washington's delegate, Charles M. Lichenstein, said the text went "beyond what is useful."

The resolution gave Israel two weeks to comply. Syria, which is not a Council member, said it would then ask for sanctions, a step the United States has said it would oppose.

Yehuda Z. Blum, the Israeli representative, said the Knesset's decision of Dec. 14 "does not close any doors to negotiations." Israel captured the Golan Heights from Syria in the 1967 war.
""", tally(1981, "adopted", fill(1981, rest="for")))

# 5 ---------------------------------------------------------------
write(B, "b72_1989_panama_invasion_three_western_vetoes",
 "U.S., Britain and France Veto U.N. Censure Over Panama", "1989-12-23", """
UNITED NATIONS, Dec. 23 — The United States, Britain and France vetoed today a Security Council resolution that would have "strongly deplored" the American invasion of Panama and demanded the withdrawal of American troops.

The vote was 10 to 4, with Finland abstaining. Canada joined the three Western permanent members in voting against the resolution, which was sponsored by the Council's nonaligned members — Algeria, Colombia, Ethiopia, Malaysia, Nepal, Senegal and Yugoslavia.

The Soviet Union, China and Brazil voted for the text. The Soviet delegate, Aleksandr M. Belonogov, called the invasion "a gross violation of the Charter."

Thomas R. Pickering, the United States representative, said the action was taken in self-defense and to protect the lives of Americans. On Friday the Organization of American States, meeting in Washington, passed a resolution deploring the invasion by 20 to 1, with 6 abstentions; the United States cast the only no vote.
""", tally(1989, "vetoed",
   fill(1989, against=["United States", "United Kingdom", "France", "Canada"], abstain=["Finland"], rest="for"),
   {"United States": "cast", "United Kingdom": "cast", "France": "cast"}))

# 6 ---------------------------------------------------------------
write(B, "b72_1998_kosovo_ceasefire_china_abstains",
 "U.N. demands Kosovo ceasefire; China abstains", "1998-09-23", """
UNITED NATIONS, Sept 23 (Reuters) - The U.N. Security Council on Wednesday demanded an immediate ceasefire in Kosovo and the withdrawal of Serb security units used against civilians, warning of "additional measures" if Belgrade did not comply.

The council voted 14-0 with China abstaining. China's ambassador Qin Huasun said the conflict was an internal affair of Yugoslavia.

Russia voted for the resolution, drafted by Britain and France, after the word "force" was kept out of it. Moscow's envoy Sergei Lavrov said the text "contains no sanctions and no automatic use of force."

NATO defence ministers meeting in Portugal on Thursday are expected to move a step closer to air strikes. U.S. Ambassador Bill Richardson said the resolution gave NATO "a strong signal."

The Federal Republic of Yugoslavia, which is not a council member, rejected the resolution as interference in its affairs.
""", tally(1998, "adopted",
   fill(1998, abstain=["China"], rest="for")))

# 7 ---------------------------------------------------------------
write(B, "b72_2011_libya_no_fly_zone_five_abstain",
 "U.N. approves no-fly zone over Libya", "2011-03-17", """
UNITED NATIONS (Reuters) - The U.N. Security Council voted on Thursday to authorize a no-fly zone over Libya and "all necessary measures" short of an occupation force to protect civilians from Muammar Gaddafi's troops.

The council voted 10-0 with five abstentions - Russia, China, Germany, India and Brazil - on the resolution drafted by France, Britain and Lebanon.

"The council has responded to the Libyan people's cry for help," U.S. Ambassador Susan Rice said. German Ambassador Peter Wittig said Berlin saw "great risks" in military action and would not contribute forces.

Russia's Vitaly Churkin said many questions about how the no-fly zone would be enforced had gone unanswered. Neither Russia nor China used its veto.

On Feb. 26 the council unanimously imposed an arms embargo and asset freeze on Libya and referred Gaddafi's crackdown to the International Criminal Court.
""", tally(2011, "adopted",
   fill(2011, abstain=["Russia", "China", "Germany", "India", "Brazil"], rest="for")))

# 8 ---------------------------------------------------------------
write(B, "b72_2018_russian_draft_on_strikes_rejected",
 "UN council rejects Russian bid to condemn strikes on Syria", "2018-04-14", """
UNITED NATIONS (AFP) - The UN Security Council on Saturday rejected a Russian draft resolution condemning the "aggression" by the United States, Britain and France against Syria, hours after the three allies struck suspected chemical weapons facilities.

Only China and Bolivia joined Russia in voting for the text. Eight countries voted against: the United States, Britain, France, the Netherlands, Sweden, Kuwait, Poland and Ivory Coast. Equatorial Guinea, Ethiopia, Kazakhstan and Peru abstained.

A resolution needs nine votes to pass, so the vetoes that Washington, London and Paris hold did not come into play.

Russian Ambassador Vassily Nebenzia said the strikes had been carried out "in violation of the UN Charter." US Ambassador Nikki Haley said the United States was "locked and loaded" if the Syrian regime used poison gas again.

On Tuesday, Russia had vetoed a US draft that would have set up a new investigation into chemical attacks in Syria, the 12th Russian veto on Syria.
""", tally(2018, "failed to obtain the required number of votes",
   fill(2018, for_=["Russia", "China", "Bolivia"],
        against=["United States", "United Kingdom", "France", "Netherlands", "Sweden", "Kuwait", "Poland", "Côte d'Ivoire"],
        abstain=["Equatorial Guinea", "Ethiopia", "Kazakhstan", "Peru"])))

# 9 ---------------------------------------------------------------
write(B, "b72_2024_gaza_ramadan_ceasefire_us_abstains",
 "UN Security Council demands Gaza ceasefire as US abstains", "2024-03-25", """
UNITED NATIONS (AP) — The U.N. Security Council on Monday demanded an immediate cease-fire in Gaza for the Muslim holy month of Ramadan and the release of all hostages, its first demand to stop the fighting.

The vote on the resolution, put forward by the council's 10 elected members, was 14-0, with the United States abstaining. The chamber erupted in applause.

U.S. Ambassador Linda Thomas-Greenfield said Washington fully supported "some of the critical objectives" in the resolution but could not vote for it because it did not condemn Hamas. Israeli Prime Minister Benjamin Netanyahu canceled a delegation's visit to Washington in protest.

On Friday, Russia and China vetoed a U.S.-sponsored resolution that would have backed "an immediate and sustained cease-fire," and a rival Russian amendment was rejected on Monday before the vote.

Algeria's ambassador Amar Bendjama, the Arab representative on the council, said: "The bloodbath has continued for far too long."
""", tally(2024, "adopted",
   fill(2024, abstain=["United States"], rest="for")))

# 10 --------------------------------------------------------------
write(B, "b72_neg_1962_assembly_west_new_guinea_agreement",
 "Assembly Approves Pact on West New Guinea", "1962-09-21", """
UNITED NATIONS, N. Y., Sept. 21 — The General Assembly approved today the agreement between the Netherlands and Indonesia under which West New Guinea will pass to a United Nations temporary executive authority on Oct. 1 and to Indonesia next May.

The vote was 89 to 0, with 14 abstentions, most of them former French territories in Africa that objected to the lack of a firm guarantee of self-determination for the Papuans. France also abstained.

It was the first time the United Nations had assumed direct administration of a territory. The Secretary General's security force of Pakistani troops is already on its way.

The Security Council was not asked to act. Both the United States and the Soviet Union voted for the Assembly resolution.
""", {"tally": None})

# 11 --------------------------------------------------------------
write(B, "b72_neg_2003_nato_agrees_turkey_defence",
 "NATO ends rift and agrees to help defend Turkey", "2003-02-16", """
BRUSSELS (Reuters) - NATO ended a month-long crisis on Sunday when Germany and Belgium dropped their objections and the alliance agreed to start planning the defence of Turkey in case of a war in Iraq.

The decision was taken by NATO's Defence Planning Committee, in which France, which left NATO's military command in 1966, does not sit, allowing the other 18 allies to act without a French veto.

"Alliance solidarity has prevailed," NATO Secretary-General George Robertson said after the meeting ended shortly before midnight.

Germany and Belgium had argued that planning for war would undercut the work of U.N. weapons inspectors, whose chief, Hans Blix, reported to the U.N. Security Council on Friday that Iraq had become more cooperative.

The planning covers AWACS surveillance planes, Patriot missile batteries and units to protect against chemical and biological attack.
""", {"tally": None})

# 12 --------------------------------------------------------------
write(B, "b72_neg_2024_assembly_upgrades_palestine_rights",
 "UN General Assembly backs Palestinian bid for full membership", "2024-05-10", """
UNITED NATIONS (AP) — The U.N. General Assembly voted by a wide margin on Friday to grant new "rights and privileges" to Palestine and called on the Security Council to reconsider its request to become the 194th member of the United Nations.

The 193-member world body approved the Arab- and Palestinian-sponsored resolution by a vote of 143-9, with 25 abstentions. The United States, Israel, Argentina and Hungary were among the countries voting against.

The vote came after the United States vetoed the Palestinian bid in the Security Council last month. Palestinian Ambassador Riyad Mansour told the assembly: "We want peace, we want freedom."

Israel's U.N. Ambassador Gilad Erdan fed a copy of the U.N. Charter into a small shredder at the podium. The new rights, including a seat among member states in the assembly hall, take effect in September. Palestine still cannot vote in the assembly.
""", {"tally": None})
