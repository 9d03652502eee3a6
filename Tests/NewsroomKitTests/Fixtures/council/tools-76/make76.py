from lib import write, tally, fill, para
B = "blind-76"

# 1 Goa 1961: Western draft 7-4, Soviet veto (pre-1966)
write(B, "b76_1961_goa_western_draft_soviet_veto",
 "Soviet Veto Kills U.N. Plea to India on Goa", "1961-12-19", para(
 "UNITED NATIONS, N. Y., Dec. 18 — The Soviet Union vetoed tonight a Western resolution in the Security Council that would have called on India to stop the fighting in Goa and pull its troops back to the positions they held before the invasion.",
 "The vote was 7 to 4. The resolution, sponsored by the United States, Britain, France and Turkey, was supported by Nationalist China, Chile and Ecuador. Ceylon, Liberia and the United Arab Republic joined the Soviet Union in opposing it.",
 "Earlier in the evening the Council had turned down a rival text put forward by Ceylon, Liberia and the United Arab Republic that would have rejected Portugal's complaint outright and called on Lisbon to end its hostile acts against India. That proposal received only four votes.",
 "Adlai E. Stevenson, the chief United States delegate, told the Council after the vote that the resort to force in Goa was a blow to the Charter. \"Tonight we are witnessing the first act in a drama which could end with the death of this organization,\" he said.",
 "Valerian A. Zorin of the Soviet Union replied that the Portuguese enclaves were \"colonial survivals\" and that India was exercising its legitimate right to liberate its own territory.",
 "India, which is not a member of the Council, was represented by C. S. Jha, who said the question of Goa was not a matter for the Council at all. Vasco Vieira Garin of Portugal said his country's small garrison was being overwhelmed."),
 tally("vetoed", {"Soviet Union": "against", "United States": "for", "United Kingdom": "for",
  "France": "for", "Turkey": "for", "China": "for", "Chile": "for", "Ecuador": "for",
  "Ceylon": "against", "Liberia": "against", "United Arab Republic": "against"},
  1961, {"Soviet Union": "cast"}))

# 2 Bizerte 1961: 10-0, France did not take part (pre-1966)
write(B, "b76_1961_bizerte_ceasefire_france_not_voting",
 "U.N. Council Asks Cease-Fire at Bizerte; France Abstains From Vote", "1961-07-22", para(
 "UNITED NATIONS, N.Y. (AP) — The Security Council tonight called for an immediate cease-fire in the fighting between French and Tunisian forces around the naval base of Bizerte and for all armed forces to return to their original positions.",
 "The interim resolution was approved 10 to 0. France did not take part in the vote.",
 "Armand Berard, the French delegate, told the 11-nation council that France had acted only to defend its base against a Tunisian blockade and could not accept a text that put the two sides on the same footing. He said his government would not participate in the voting.",
 "Mongi Slim, the Tunisian representative, said the resolution was a first step but that the council must go on to demand the withdrawal of French troops from Tunisian soil. Tunisia, which brought the complaint, sits at the council table without a vote.",
 "A resolution offered by Liberia, Ceylon and the United Arab Republic calling for negotiations on the evacuation of the base remained before the council and is expected to be debated next week.",
 "More than 600 Tunisians were reported killed in three days of fighting after President Habib Bourguiba's forces tried to blockade the base."),
 tally("adopted", fill(1961, {"France": "abstain"}, "for"), 1961))

# 3 Lebanon 1978: res 425, 12-0-2, China did not participate
write(B, "b76_1978_lebanon_unifil_china_not_participating",
 "Security Council calls on Israel to withdraw from Lebanon, establishes interim force", "1978-03-19", para(
 "The Security Council this afternoon called upon Israel immediately to cease its military action against Lebanese territorial integrity and to withdraw forthwith its forces from all Lebanese territory, and decided to establish immediately under its authority a United Nations interim force for southern Lebanon.",
 "Resolution 425 (1978) was adopted by a vote of 12 in favour to none against, with 2 abstentions (Czechoslovakia, USSR). China did not participate in the vote.",
 "Speaking before the vote, Andrew Young (United States), whose delegation submitted the text, said the force would help restore international peace and security and assist the Government of Lebanon in ensuring the return of its effective authority in the area.",
 "Oleg A. Troyanovsky (USSR) said his delegation had abstained because the text did not condemn Israel's aggression and because the establishment of the force raised questions concerning the Council's control over its financing and composition. The representative of Czechoslovakia associated himself with those remarks.",
 "Chen Chu (China) said his delegation had consistently opposed the dispatch of peace-keeping forces, which could only pave the way for further superpower interference, and would therefore not take part in the voting.",
 "Statements were also made by the representatives of France, the United Kingdom, the Federal Republic of Germany, Canada, India, Kuwait, Nigeria, Mauritius, Gabon, Venezuela and Bolivia, as well as by Ghassan Tueni (Lebanon) and Chaim Herzog (Israel), who were invited to participate in the discussion without the right to vote."),
 tally("adopted", fill(1978, {"Czechoslovakia": "abstain", "Soviet Union": "abstain", "China": "abstain"}, "for"), 1978))

# 4 Jerusalem 1980: res 478, 14-0-1, undated, year from res 476 mention
write(B, "b76_1980_jerusalem_embassies_us_abstains",
 "U.N. Council censures Israel over Jerusalem law, U.S. abstains", None, para(
 "UNITED NATIONS, Aug 20 (Reuter) - The Security Council today censured Israel for enacting a law proclaiming all of Jerusalem as its capital and called on countries that maintain embassies in the city to withdraw them.",
 "The resolution was adopted by 14 votes to none, with the United States abstaining.",
 "Secretary of State Edmund Muskie, who came to New York to address the council, said Washington objected to the Israeli law but considered the call for the removal of embassies \"not binding\" and \"without force\". He said the United States would not support a text that was \"fundamentally flawed\", but would not vote against it either.",
 "The council said it would not recognise the basic law passed by Israel's parliament, the Knesset, and declared it \"null and void\". About a dozen countries, most of them Latin American, have their embassies in Jerusalem.",
 "It was the council's second resolution on Jerusalem in less than two months. On June 30, 1980, it adopted resolution 476, declaring Israeli measures to alter the city's character invalid, by the same 14-0 vote, with the United States again abstaining.",
 "Israeli Ambassador Yehuda Blum told the council the resolution would not change the status of Jerusalem, \"the eternal capital of the Jewish people\"."),
 tally("adopted", fill(1980, {"United States": "abstain"}, "for"), 1980, inferred=True))

# 5 Iran 2010: res 1929, 12-2-1
write(B, "b76_2010_iran_sanctions_brazil_turkey_against",
 "U.N. slaps new sanctions on Iran; Brazil, Turkey vote no", "2010-06-09", para(
 "UNITED NATIONS (Reuters) - The U.N. Security Council imposed a fourth round of sanctions on Iran on Wednesday over its nuclear program, targeting its banks, arms purchases and the Revolutionary Guards.",
 "The vote was 12-2, with Brazil and Turkey voting against and Lebanon abstaining. Russia and China, which had spent months watering down the text drafted with the United States, Britain, France and Germany, voted in favor.",
 "Brazil and Turkey, which last month brokered a nuclear fuel swap deal with Tehran, said the sanctions would undermine diplomacy. \"We do not see sanctions as an effective instrument in this case,\" Brazilian Ambassador Maria Luiza Ribeiro Viotti told the council.",
 "Turkish envoy Ertugrul Apakan said the swap deal offered \"a new window of opportunity\" that the council should not close. Lebanon's Nawaf Salam said his government, in which the Iranian-backed Hezbollah holds seats, could not support the resolution and would abstain.",
 "U.S. Ambassador Susan Rice said the resolution sent \"an unmistakable message\" about the international community's commitment to stopping the spread of nuclear weapons.",
 "The council's three previous sanctions resolutions on Iran were adopted in 2006, 2007 and 2008. The last of them passed 14-0 with Indonesia abstaining. Iranian President Mahmoud Ahmadinejad said the new measures were \"a used handkerchief\" that should be thrown in the dustbin."),
 tally("adopted", fill(2010, {"Brazil": "against", "Turkey": "against", "Lebanon": "abstain"}, "for"), 2010))

# 6 Mali 2013: pre-vote, likely to pass
write(B, "b76_2013_mali_peacekeeping_vote_expected",
 "UN set to approve Mali peacekeeping force", "2013-04-24", para(
 "UNITED NATIONS, April 24, 2013 (AFP) - The UN Security Council is expected to vote on Thursday to create a 12,600-strong peacekeeping force for Mali, taking over from the African troops deployed alongside French forces fighting Islamist rebels in the north.",
 "The French-drafted resolution would set up the UN Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) from July 1 and authorise French troops to intervene in support of the blue helmets if they come under serious threat.",
 "Britain and Luxembourg have joined France in sponsoring the text, and the United States has said it will vote for it. The three African members of the council, Morocco, Rwanda and Togo, have also said they will support the resolution, a council diplomat said.",
 "Australia, Argentina, Guatemala and South Korea are expected to back it as well.",
 "Russian diplomats have questioned the provision allowing French forces to act in support of the mission and have not said how Moscow will vote. China has yet to state its position, diplomats said.",
 "\"We hope for a strong signal from the council,\" France's ambassador Gerard Araud told reporters. In December the council unanimously authorised the deployment of an African-led force, AFISMA, which the new mission will absorb."),
 tally("likely to pass", {"France": "for", "United Kingdom": "for", "Luxembourg": "for",
  "United States": "for", "Morocco": "for", "Rwanda": "for", "Togo": "for", "Australia": "for",
  "Argentina": "for", "Guatemala": "for", "Republic of Korea": "for",
  "Russia": "undecided", "China": "undecided"}, 2013))

# 7 Jerusalem 2017: pre-vote, US veto expected
write(B, "b76_2017_jerusalem_draft_us_veto_expected",
 "US set to veto UN resolution rejecting Trump's Jerusalem decision", "2017-12-17", para(
 "The United States is expected to veto a UN security council resolution on Monday that would declare any decision on the status of Jerusalem to have no legal effect, a rebuke to Donald Trump's recognition of the city as Israel's capital.",
 "The one-page draft, circulated by Egypt on Saturday, does not name the US or Trump, but calls on all countries to refrain from establishing diplomatic missions in Jerusalem. US officials have made clear that Washington will block it. \"We will not be told by any country where we can put our embassy,\" said the US ambassador, Nikki Haley.",
 "Diplomats said the text was likely to win the backing of the other 14 members of the council. Britain, France, Italy, Sweden and Japan had criticised Trump's announcement at an emergency session of the council on 8 December, and Egypt's ambassador, Amr Abdellatif Aboulatta, said he was confident of broad support.",
 "A US veto would be the first cast by the Trump administration. The last time Washington used its veto was in February 2011, on a resolution condemning Israeli settlements.",
 "Palestinian officials said that if the resolution was blocked they would seek a vote in the 193-member general assembly, where no country has a veto."),
 tally("blocked by a threatened veto", fill(2017, {"United States": "against"}, "for"), 2017,
  {"United States": "threatened"}))

# 8 Western Sahara 2018: res 2414, 12-0-3
write(B, "b76_2018_western_sahara_minurso_three_abstain",
 "Security Council extends Western Sahara mission for six months", "2018-04-27", para(
 "The Security Council today extended the mandate of the United Nations Mission for the Referendum in Western Sahara (MINURSO) until 31 October 2018, calling on the parties to resume negotiations without preconditions and in good faith.",
 "Adopting resolution 2414 (2018) by a vote of 12 in favour to none against, with 3 abstentions (China, Ethiopia, Russian Federation), the Council also expressed concern about the presence of Frente POLISARIO elements in the buffer strip at Guerguerat.",
 "Speaking after the vote, the representative of the United States, whose delegation drafted the text, said the shorter, six-month mandate was meant to add urgency to the political process led by the Personal Envoy, Horst Köhler.",
 "Ethiopia's representative said his delegation had abstained because the text was not balanced and the penholder had not taken account of the views of all members. The Russian Federation's representative said the draft had been prepared without genuine consultations, while China's speaker said his delegation's abstention reflected concerns over the drafting process.",
 "The representatives of France, Sweden, the Netherlands, Kuwait, Bolivia, Peru and Equatorial Guinea also took the floor. MINURSO's previous renewal, in April 2017, was adopted unanimously."),
 tally("adopted", fill(2018, {"China": "abstain", "Ethiopia": "abstain", "Russia": "abstain"}, "for"), 2018))

# 9 Women, peace and security 2020: Russian draft fails 5-0-10
write(B, "b76_2020_women_peace_security_russian_draft_fails",
 "Russian resolution on women, peace and security fails at UN", "2020-10-30", para(
 "UNITED NATIONS (AP) — A Russian-drafted resolution marking the 20th anniversary of the Security Council's landmark resolution on women, peace and security was defeated Friday after Western nations said it would roll back hard-won gains.",
 "The resolution received only five \"yes\" votes — from Russia, China, South Africa, Vietnam and Indonesia. The other 10 council members abstained. A resolution needs at least nine \"yes\" votes and no veto by a permanent member to be adopted.",
 "Russia, which holds the council presidency this month, had pressed ahead with a vote despite objections that the text failed to recognize the role of women's rights defenders and civil society.",
 "Germany's U.N. Ambassador Christoph Heusgen said the draft was \"a missed opportunity\", while the Dominican Republic's envoy said it \"did not reflect the ambition\" of resolution 1325, which the council adopted unanimously in October 2000.",
 "Russia's deputy ambassador Dmitry Polyansky said his country regretted that \"a number of delegations\" had chosen to politicize an anniversary that should have united the council."),
 tally("failed to obtain the required number of votes",
  fill(2020, {"Russia": "for", "China": "for", "South Africa": "for", "Viet Nam": "for", "Indonesia": "for"}, "abstain"), 2020))

# Negatives
write(B, "b76_neg_1960_assembly_colonial_independence_declaration",
 "Assembly Votes Declaration on Ending Colonialism", "1960-12-14", para(
 "UNITED NATIONS, N. Y., Dec. 14 — The General Assembly adopted today by a vote of 89 to 0 a declaration calling for a speedy and unconditional end to colonialism in all its forms.",
 "Nine countries abstained: the United States, Britain, France, Belgium, Portugal, Spain, South Africa, Australia and the Dominican Republic.",
 "The declaration, sponsored by forty-three Asian and African nations, was a compromise that replaced a more sweeping Soviet proposal submitted by Premier Khrushchev in September. The Soviet text, which would have demanded independence for all colonies within a year, was not pressed to a vote in its original form.",
 "African delegates noted that the Security Council, where the great powers hold the veto, had been deadlocked on the Congo for much of the autumn, and said the Assembly had to speak for the newly independent states.",
 "United States officials said the delegation had abstained on instructions from Washington after Britain objected to some of the wording."),
 None)

write(B, "b76_neg_1965_oas_inter_american_force",
 "O.A.S. Votes to Form Inter-American Force for Dominican Republic", "1965-05-06", para(
 "WASHINGTON, May 6 — The Organization of American States voted tonight to create an inter-American armed force to restore order in the Dominican Republic and to take over from the United States troops that landed in Santo Domingo last week.",
 "The vote at the O.A.S. meeting of foreign ministers was 14 to 5, exactly the two-thirds majority required. Mexico, Uruguay, Chile, Ecuador and Peru voted against the resolution, and Venezuela abstained.",
 "Latin American critics questioned whether the delegate seated for the Dominican Republic, whose vote provided the 14th, represented any government at all.",
 "In New York, the United Nations Security Council continued its debate on a Soviet complaint against the United States intervention. Ambassador Adlai E. Stevenson told the Council that the crisis should be left to the regional organization, and no vote was expected this week."),
 None)

write(B, "b76_neg_2016_council_election_italy_netherlands_split",
 "Italy and Netherlands agree to split Security Council seat after tied votes", "2016-06-28", para(
 "UNITED NATIONS (Reuters) - Italy and the Netherlands agreed on Tuesday to split a two-year term on the U.N. Security Council after five rounds of voting in the General Assembly failed to produce a winner.",
 "The two countries were tied at 95 votes each in the fifth round, short of the two-thirds majority needed. Their foreign ministers told the assembly that Italy would serve in 2017 and the Netherlands in 2018, subject to a formal vote.",
 "Sweden won a seat in the first round, while Bolivia and Ethiopia were elected unopposed for their regional groups. Kazakhstan defeated Thailand in a second round to become the first Central Asian country elected to the council.",
 "The new members will join the council in January, when the terms of Angola, Malaysia, New Zealand, Spain and Venezuela end. The five permanent members - the United States, Britain, France, Russia and China - hold veto power."),
 None)
print("written", B)
