from lib import fill, tally, write
B = "blind-63"

# 1 ---------------------------------------------------------------
write(B, "b63_1956_suez_british_french_vetoes",
 "BRITAIN AND FRANCE VETO U.S. CALL FOR ISRAELI PULLBACK", "1956-10-30", """
UNITED NATIONS, N.Y., Oct. 30 — Britain and France tonight vetoed a United States resolution in the Security Council calling on Israel to withdraw her forces behind the armistice lines and on all members to refrain from the use of force in the area.

The vote was 7 to 2, with Australia and Belgium abstaining. It was the first time that the United States and its two principal allies had been on opposite sides of a veto.

Sir Pierson Dixon of Britain said his Government could not accept a resolution that ignored the threat to the Suez Canal. Bernard Cornut-Gentille of France said the text "completely disregards" the provocations to which Israel had been subjected.

Henry Cabot Lodge, the United States representative, said the Council had failed "to act at a moment of grave danger." The Soviet delegate, Arkady A. Sobolev, who voted with the United States, denounced the Anglo-French ultimatum to Egypt as "an act of aggression."

The Council met again tonight to consider a Soviet draft calling for a cease-fire. Diplomats expected Britain and France to vote against that text as well. Egypt and Israel, which are not members of the Council, took part in the debate without vote.
""", tally(1956, "vetoed",
   fill(1956, against=["United Kingdom", "France"], abstain=["Australia", "Belgium"], rest="for"),
   {"United Kingdom": "cast", "France": "cast"}))

# 2 ---------------------------------------------------------------
write(B, "b63_1954_guatemala_oas_referral_soviet_veto",
 "SOVIET VETO BLOCKS REFERRAL OF GUATEMALA CASE TO O.A.S.", "1954-06-20", """
UNITED NATIONS, N.Y., June 20 — The Soviet Union tonight vetoed a Brazilian-Colombian proposal that would have referred Guatemala's complaint of aggression to the Organization of American States.

The vote in the Security Council, meeting in emergency Sunday session, was 10 to 1. Semyon K. Tsarapkin, the Soviet delegate, cast the lone negative vote.

Henry Cabot Lodge Jr. of the United States, who presided, said the inter-American system was "the proper place" for a dispute among American states. Brazil and Colombia, which framed the text, said the O.A.S. could act faster than the Council.

Mr. Tsarapkin charged that the United States was behind the invasion of Guatemala from Honduras and Nicaragua and that referring the matter to the O.A.S. would "bury" the complaint.

After the veto, the Council adopted unanimously a French resolution calling for the immediate termination of any action likely to cause bloodshed. Guatemala's representative, Eduardo Castillo Arriola, who took part without vote, said his Government would return to the Council if the fighting continued.
""", tally(1954, "vetoed",
   fill(1954, against=["Soviet Union"], rest="for"), {"Soviet Union": "cast"}))

# 3 ---------------------------------------------------------------
write(B, "b63_1980_iran_sanctions_soviet_veto_china_absent",
 "Soviet Veto Kills U.S. Call for Sanctions Against Iran", "1980-01-13", """
UNITED NATIONS, Jan. 13 (AP) — The Soviet Union today vetoed an American resolution in the Security Council that would have imposed economic sanctions on Iran for holding 50 Americans hostage in Teheran.

The vote was 10 to 2, with the German Democratic Republic joining the Soviet Union against the measure. Mexico and Bangladesh abstained, and China did not participate in the vote.

The resolution would have banned the sale of all goods to Iran except food and medicine and barred new credits to the Iranian Government.

Ambassador Donald F. McHenry said the United States would now seek to apply the sanctions together with its allies outside the United Nations. "The Council has been prevented from doing its duty," he said.

Oleg A. Troyanovsky of the Soviet Union said the resolution was an attempt to use the Council to cover American military pressure on Iran. The East German delegate, Peter Florin, said sanctions would only make a solution harder.

Last month the Council unanimously adopted a resolution calling on Iran to release the hostages, and on Dec. 31 it voted 11 to 0, with four abstentions, to give Secretary General Kurt Waldheim time to seek their release.
""", tally(1980, "vetoed",
   fill(1980, against=["Soviet Union", "East Germany"], abstain=["Mexico", "Bangladesh", "China"], rest="for"),
   {"Soviet Union": "cast"}))

# 4 ---------------------------------------------------------------
write(B, "b63_1976_mayotte_french_veto",
 "France vetoes U.N. resolution on Comoro island", "1976-02-06", """
UNITED NATIONS (Reuters) — France today vetoed a Security Council resolution that would have called on Paris to stop interfering in the affairs of the Comoro Islands and to withdraw from the island of Mayotte.

The vote was 11-1, with the United States, Britain and Italy abstaining.

The resolution was sponsored by the council's three African members — Benin, formerly Dahomey, Libya and Tanzania — and by Panama. The Soviet Union, China, Japan and Sweden voted for it.

Louis de Guiringaud, the French ambassador, said the people of Mayotte had voted in a referendum on Sunday to remain French and that France could not ignore their wishes. "France is not a colonial power in Mayotte," he said.

Salim Ahmed Salim of Tanzania said the referendum was "a farce" designed to dismember a newly independent state. Comoros, which declared its independence last July and was admitted to the United Nations in November, took part in the debate without a vote.

The General Assembly last year called on France to respect the unity and territorial integrity of the Comoro archipelago.
""", tally(1976, "vetoed",
   fill(1976, against=["France"], abstain=["United States", "United Kingdom", "Italy"], rest="for"),
   {"France": "cast"}))

# 5 ---------------------------------------------------------------
write(B, "b63_1990_gulf_force_authorization_cuba_yemen",
 "U.N. Council Authorizes Force Against Iraq if It Stays in Kuwait", "1990-11-29", """
UNITED NATIONS, Nov. 29 — The Security Council tonight authorized the United States and its allies to use "all necessary means" to drive Iraq out of Kuwait if it does not withdraw by Jan. 15.

The vote was 12 to 2, with Cuba and Yemen voting against and China abstaining. Secretary of State James A. Baker 3d, who presided, had spent weeks lobbying council members, including the Ivory Coast, Zaire, Ethiopia, Colombia and Malaysia.

China's Foreign Minister, Qian Qichen, said his country could not vote for a resolution that authorized the use of force, but it did not use its veto. Soviet Foreign Minister Eduard A. Shevardnadze, whose country voted yes, said the resolution was "a warning" and not a declaration of war.

Yemen's representative, Abdalla Saleh al-Ashtal, said the text was "vague" and could lead to disaster. Cuba's Foreign Minister, Isidoro Malmierca, called the vote a "blank check."

The resolution was the 12th adopted against Iraq since the invasion of Aug. 2. The first, on the day of the invasion, was approved 14 to 0, with Yemen not taking part.
""", tally(1990, "adopted",
   fill(1990, against=["Cuba", "Yemen"], abstain=["China"], rest="for")))

# 6 ---------------------------------------------------------------
write(B, "b63_2003_iraq_second_resolution_veto_threats",
 "France, Russia threaten to veto U.S.-British Iraq resolution", "2003-03-10", """
UNITED NATIONS (Reuters) - France and Russia said on Monday they would veto a U.S.-British resolution that would give Iraq a March 17 deadline to disarm or face war, setting up a diplomatic showdown in the Security Council as early as Tuesday.

"France will vote no," French President Jacques Chirac said in a television interview. "Whatever the circumstances, France will vote no." Russian Foreign Minister Igor Ivanov said in Moscow that Russia would vote against the text and, if it came to that, would use its veto.

The draft, co-sponsored by the United States, Britain and Spain, has the support of Bulgaria. Germany and Syria have said they will vote against it. China has joined Paris and Moscow in opposing the resolution but has stopped short of threatening a veto.

That leaves six undecided members whose votes are being fiercely courted by Washington and London: Mexico, Chile, Pakistan, Angola, Cameroon and Guinea. U.S. officials said they were aiming for 10 votes, one more than the nine required, to put the onus of a veto on Paris.

"A vote of nine or more would be a moral victory even with a veto," a senior British diplomat said. Chile's President Ricardo Lagos said he was working on a compromise that would give inspectors more time.

The Security Council unanimously passed resolution 1441 in November giving Iraq a "final opportunity" to disarm.
""", tally(2003, "blocked by a threatened veto",
   fill(2003, for_=["United States", "United Kingdom", "Spain", "Bulgaria"],
        against=["France", "Russia", "Germany", "Syria", "China"],
        undecided=["Mexico", "Chile", "Pakistan", "Angola", "Cameroon", "Guinea"]),
   {"France": "threatened", "Russia": "threatened"}, target=10))

# 7 ---------------------------------------------------------------
write(B, "b63_2016_aleppo_truce_russia_china_veto",
 "Russia, China veto U.N. call for seven-day truce in Aleppo", "2016-12-05", """
UNITED NATIONS (AP) — Russia and China on Monday vetoed a U.N. Security Council resolution demanding a seven-day cease-fire in the besieged Syrian city of Aleppo, the sixth time Moscow has blocked council action on Syria since the war began.

The draft, put forward by Egypt, New Zealand and Spain, received 11 votes in favor. Russia, China and Venezuela voted against it, while Angola abstained.

Russia's U.N. Ambassador Vitaly Churkin said the text was a "provocative step" that would allow rebels to regroup. He complained that the sponsors had ignored Moscow's request to delay the vote by a day.

U.S. Ambassador Samantha Power accused Russia of trying to "hold on to military gains," and Britain's Matthew Rycroft said the veto would "condemn the people of Aleppo to more suffering."

New Zealand's Gerard van Bohemen said his delegation had worked "until the last minute" to win Russian support.

In October, Russia vetoed a French-drafted resolution on Aleppo, and a rival Russian text failed to win the minimum nine votes.
""", tally(2016, "vetoed",
   fill(2016, against=["Russia", "China", "Venezuela"], abstain=["Angola"], rest="for"),
   {"Russia": "cast", "China": "cast"}))

# 8 ---------------------------------------------------------------
write(B, "b63_1984_lebanon_force_soviet_veto_upper_volta",
 "SOVIET VETOES FRENCH PLAN FOR U.N. FORCE IN BEIRUT", "1984-02-29", """
UNITED NATIONS, N.Y., Feb. 29 — The Soviet Union today vetoed a French proposal to send United Nations observers to Beirut to replace the multinational force that is withdrawing from Lebanon.

The vote in the Security Council was 13 to 2, with the Ukraine joining the Soviet Union in voting no. Even nonaligned members such as India, Nicaragua and Upper Volta supported the French text.

Oleg A. Troyanovsky, the Soviet delegate, said Moscow could not approve a plan that failed to demand the immediate withdrawal of American warships from the Lebanese coast. "The root of the matter is the presence of foreign troops," he said.

Luc de La Barre de Nanteuil of France said his Government regretted that "a single vote" had prevented the Council from acting. Jeane J. Kirkpatrick, the United States delegate, said the Soviet Union had "once again put its own interests ahead of peace."

Last week President Reagan ordered the withdrawal of the Marines from Beirut, and the British contingent has already left. Lebanon's President Amin Gemayel had asked the Council to act.
""", tally(1984, "vetoed",
   fill(1984, against=["Soviet Union", "Ukraine"], rest="for"), {"Soviet Union": "cast"}))

# 9 ---------------------------------------------------------------
write(B, "b63_2020_iran_arms_embargo_two_votes",
 "U.S. bid to extend Iran arms embargo fails at U.N. with only two votes", "2020-08-14", """
UNITED NATIONS (Reuters) - The U.N. Security Council on Friday resoundingly rejected a U.S. bid to extend an arms embargo on Iran, with only the Dominican Republic joining the United States in voting yes.

Russia and China voted no, and the other 11 members abstained, including Britain, France and Germany. A resolution needs at least nine "yes" votes and no vetoes by Russia, China, the United States, Britain or France to be adopted. Because the U.S. text fell far short of nine, the Russian and Chinese votes did not amount to vetoes.

"The Security Council's failure to act decisively in defense of international peace and security is inexcusable," U.S. Secretary of State Mike Pompeo said in a statement.

The 13-year arms embargo is due to expire in October under the 2015 nuclear deal between Iran and world powers, which was endorsed by council resolution 2231. The United States quit the deal in 2018.

Russian President Vladimir Putin proposed an online summit of the leaders of the five permanent members, Germany and Iran to avoid "confrontation" over the issue.
""", tally(2020, "failed to obtain the required number of votes",
   fill(2020, for_=["United States", "Dominican Republic"], against=["Russia", "China"], rest="abstain")))

# negatives --------------------------------------------------------
write(B, "b63_neg_2016_security_council_elections",
 "Sweden, Bolivia, Ethiopia, Kazakhstan win Security Council seats; Italy and Netherlands split term", "2016-06-28", """
UNITED NATIONS (AP) — Sweden, Bolivia, Ethiopia and Kazakhstan won seats on the U.N. Security Council on Tuesday, but Italy and the Netherlands deadlocked after five rounds of voting and agreed to split a two-year term, an arrangement last used more than 50 years ago.

In the 193-member General Assembly, Bolivia received 183 votes and Ethiopia 185, running unopposed for the Latin American and African seats. Sweden won 134 votes in the first round. Kazakhstan beat Thailand 138-55 in a second round for the Asia-Pacific seat.

Italy and the Netherlands tied at 95 votes each in the fifth round for the remaining Western seat. Italian Foreign Minister Paolo Gentiloni and his Dutch counterpart Bert Koenders then announced that Italy would serve in 2017 and the Netherlands in 2018.

The new members will join the five permanent veto-wielding members — the United States, Russia, China, Britain and France — and five countries elected last year, Egypt, Japan, Senegal, Ukraine and Uruguay.
""", {"tally": None})

write(B, "b63_neg_2019_au_peace_security_council_suspends_sudan",
 "African Union suspends Sudan after deadly crackdown on protesters", "2019-06-06", """
ADDIS ABABA (AFP) - The African Union's Peace and Security Council on Thursday suspended Sudan from all AU activities with immediate effect until a civilian-led transitional authority is established.

The 15-member council took the decision unanimously at an emergency meeting, days after security forces stormed a protest camp in Khartoum, killing dozens of people.

"The PSC has suspended Sudan's participation in all AU activities until the effective establishment of a civilian-led transitional authority," the council said on Twitter. Council chair Patrick Kapuwa of Sierra Leone told reporters the body would impose punitive measures on individuals and entities if power was not handed over.

Sudan's ruling Transitional Military Council has said it will hold elections within nine months.

In New York, a bid by Britain and Germany for a U.N. Security Council statement condemning the killings was blocked on Tuesday by China and Russia, diplomats said.
""", {"tally": None})

write(B, "b63_neg_2011_arab_league_suspends_syria",
 "Arab League votes to suspend Syria over crackdown", "2011-11-12", """
CAIRO (Reuters) - The Arab League voted on Saturday to suspend Syria's membership over its bloody crackdown on eight months of protests, a surprise move that increases pressure on President Bashar al-Assad.

Eighteen of the league's 22 members voted for the suspension at an emergency meeting of foreign ministers in Cairo. Syria, Lebanon and Yemen voted against and Iraq abstained, Qatari Prime Minister Sheikh Hamad bin Jassim al-Thani told reporters.

The league also called on member states to withdraw their ambassadors from Damascus and threatened economic and political sanctions.

Syria's envoy to the league, Youssef Ahmad, called the decision "illegal" and said it was taken on the orders of the United States.

Western diplomats said the league's move could revive efforts at the U.N. Security Council, where Russia and China vetoed a European-drafted resolution on Syria last month.
""", {"tally": None})
