from lib import fill, tally, write
B = "blind-73"

write(B, "b73_1947_greek_frontier_soviet_veto",
 "SOVIET VETO BARS U.N. BORDER BODY FOR GREECE", "1947-07-29", """
LAKE SUCCESS, N. Y., July 29 — The Soviet Union today vetoed the United States proposal to set up a permanent United Nations commission to watch over Greece's northern frontier with Albania, Yugoslavia and Bulgaria.

The vote in the Security Council was 9 to 2. Andrei A. Gromyko, the Soviet delegate, and Dr. Oscar Lange of Poland voted against the resolution. It was the Soviet Union's tenth veto since the Council began its work.

Voting with the United States were Britain, France, China, Australia, Belgium, Brazil, Colombia and Syria. The American draft was based on the majority findings of the Council's Commission of Investigation, which held that Greece's neighbors had aided the guerrillas.

Herschel V. Johnson, the acting United States representative, said the United States would now consider taking the question to the General Assembly. "The Council has been prevented from acting, but the problem has not gone away," he said.

Mr. Gromyko said the commission's report was "one-sided" and that the trouble in Greece was caused by the presence of British troops. Earlier in the afternoon a Soviet proposal blaming the Greek Government for the border incidents was defeated, receiving only the votes of the Soviet Union and Poland.
""", tally(1947, "vetoed",
   fill(1947, for_=["United States", "United Kingdom", "France", "China", "Australia", "Belgium",
                    "Brazil", "Colombia", "Syria"], against=["Soviet Union", "Poland"]),
   {"Soviet Union": "cast"}))

write(B, "b73_1958_lebanon_observers_soviet_abstains",
 "U.N. Council Votes Observer Team for Lebanon", "1958-06-11", """
UNITED NATIONS, N.Y., June 11 (AP) — The Security Council tonight voted to send a group of military observers to Lebanon to make sure that no arms or men are infiltrating across the Syrian border.

The vote on the Swedish resolution was 10 to 0. The Soviet Union abstained but did not use its veto.

Gunnar Jarring of Sweden said the observation group would be "the eyes and ears of the Council" and would be put together by Secretary-General Dag Hammarskjold within days.

Arkady A. Sobolev, the Soviet delegate, said Moscow did not believe there had been any interference in Lebanon's affairs by the United Arab Republic, but would not stand in the way of a step the Lebanese Government itself had accepted. Omar Loutfi of the United Arab Republic, which is not a Council member, told the meeting his Government welcomed observers.

Charles Malik, the Lebanese Foreign Minister, had accused the United Arab Republic of arming rebels who rose against President Camille Chamoun last month. The Arab League failed last week to agree on a resolution of its own on the dispute.
""", tally(1958, "adopted",
   fill(1958, abstain=["Soviet Union"], rest="for")))

write(B, "b73_1961_congo_force_france_soviet_abstain",
 "Council Authorizes Force in Congo to Halt Civil War", "1961-02-21", """
UNITED NATIONS, N.Y., Feb. 21 — The Security Council early this morning authorized the United Nations Command in the Congo to use force, if necessary, in the last resort, to prevent civil war there.

The resolution, sponsored by Ceylon, Liberia and the United Arab Republic, was adopted by 9 votes to none. France and the Soviet Union abstained.

The United States, Britain, Nationalist China, Chile, Ecuador and Turkey joined the three Afro-Asian sponsors in voting for the resolution. Adlai E. Stevenson, the chief United States delegate, called it "a charter for the restoration of order."

The text also urges an immediate and impartial investigation into the death of Patrice Lumumba, whose murder in Katanga was announced last week.

Valerian A. Zorin of the Soviet Union had earlier put forward a rival draft calling for the dismissal of Mr. Hammarskjold and the arrest of Moise Tshombe. It received only one vote, the Soviet Union's own; eight members voted against it and two abstained.

Armand Berard of France said his Government had misgivings about "the use of force by an international organization" and would therefore abstain.
""", tally(1961, "adopted",
   fill(1961, abstain=["France", "Soviet Union"], rest="for")))

write(B, "b73_1979_kampuchea_soviet_czech_veto",
 "Soviet veto blocks call for Vietnamese pull-out from Cambodia", None, """
UNITED NATIONS, Jan. 15 (Reuter) - The Soviet Union today vetoed a Security Council resolution calling for the withdrawal of all foreign forces from Kampuchea, as Cambodia is now officially called.

The draft, presented by seven non-aligned members of the Council — Bangladesh, Bolivia, Gabon, Jamaica, Kuwait, Nigeria and Zambia — won 13 votes. Only the Soviet Union and Czechoslovakia voted against it.

Vietnamese troops and Cambodian rebels captured Phnom Penh on Jan. 7, less than four years after the Khmer Rouge marched into the capital in April 1975 and emptied it of its people.

Soviet Ambassador Oleg Troyanovsky said the new People's Revolutionary Council in Phnom Penh was the only legitimate authority and that the Pol Pot regime had been "swept away by its own people". China's Chen Chu called the Vietnamese action "naked aggression" and said Moscow was behind it.

Prince Norodom Sihanouk, who addressed the Council last week on behalf of the ousted government, said he would continue his fight from exile. Diplomats said the non-aligned sponsors might now ask for an emergency session of the General Assembly, where there is no veto.
""", tally(1979, "vetoed",
   fill(1979, against=["Soviet Union", "Czechoslovakia"], rest="for"),
   {"Soviet Union": "cast"}, inferred=True))

write(B, "b73_2008_georgia_russian_draft_lacks_votes",
 "Russia's Georgia text struggles for support at U.N.", "2008-08-08", """
UNITED NATIONS (Reuters) - Russia's push for a U.N. Security Council statement calling on Georgia and the separatists of South Ossetia to renounce the use of force ran into opposition from Western members on Friday, and diplomats said a formal resolution along the same lines would fall well short of the nine votes it would need.

The United States, Britain and France objected to wording that they said would tie Georgia's hands while Russian forces poured across the border. "We cannot accept a text that ignores what is happening on the ground," a Western diplomat said.

Belgium, Italy and Croatia shared the Western objections, envoys said, and Costa Rica and Panama said they could not support a text that did not respect Georgia's territorial integrity.

Only China and Libya have indicated they would back the Russian language. South Africa, Indonesia, Vietnam and Burkina Faso have not taken a position, according to diplomats.

Russia's U.N. Ambassador Vitaly Churkin said Moscow would keep pressing. "Somebody has to talk about the people who are being killed in Tskhinvali," he said.

The council held its third emergency session in less than 24 hours late on Friday. Georgian President Mikheil Saakashvili's government has asked for an urgent meeting of its own.
""", tally(2008, "short of the 9 votes needed",
   fill(2008, for_=["Russia", "China", "Libya"],
        against=["United States", "United Kingdom", "France", "Belgium", "Italy", "Croatia",
                 "Costa Rica", "Panama"],
        undecided=["South Africa", "Indonesia", "Viet Nam", "Burkina Faso"])))

write(B, "b73_2009_eritrea_sanctions_libya_against_china_abstains",
 "Security Council imposes sanctions on Eritrea for aiding Somali armed groups", "2009-12-23", """
The Security Council this afternoon imposed an arms embargo on Eritrea, as well as travel bans and asset freezes on its political and military leaders, after determining that the country had provided political, financial and logistical support to armed groups engaged in undermining peace in Somalia.

Adopting resolution 1907 (2009) by a vote of 13 in favour to 1 against (Libya), with 1 abstention (China), the Council also demanded that Eritrea withdraw its forces from the border with Djibouti and engage in dialogue to resolve the dispute.

Introducing the text, the representative of Uganda said the African Union had called for the measures and that the region had "exhausted every avenue of persuasion".

Speaking after the vote, the representative of Libya said the resolution would not help the cause of peace in the Horn of Africa and that sanctions should have been imposed on all those who supplied weapons to Somalia. The representative of China said his delegation had abstained because it had doubts about the effectiveness of sanctions.

The representatives of the United States, France, the United Kingdom and Japan welcomed the measures. Eritrea's representative, who was invited to the meeting, rejected the resolution as "shameful" and said his country had never armed Al-Shabaab.

The Council last extended the mandate of the Monitoring Group on Somalia on 17 December.
""", tally(2009, "adopted",
   fill(2009, against=["Libya"], abstain=["China"], rest="for")))

write(B, "b73_2018_russian_draft_condemning_strikes_fails",
 "Russia fails to win U.N. condemnation of Western strikes in Syria", "2018-04-14", """
UNITED NATIONS (AP) — Russia failed on Saturday to win U.N. Security Council condemnation of the missile strikes launched by the United States, Britain and France against Syrian chemical weapons facilities.

Only three countries — Russia, China and Bolivia — voted for the Russian-drafted resolution. Eight members voted against it and four abstained: Ethiopia, Kazakhstan, Equatorial Guinea and Peru.

The U.S., Britain, France, the Netherlands, Sweden, Kuwait, Poland and Ivory Coast voted no. A resolution needs at least nine "yes" votes to be approved.

Russian Ambassador Vassily Nebenzia called the strikes "hooliganism in international relations." U.S. Ambassador Nikki Haley said the United States was "locked and loaded" if the Syrian government used poison gas again.

Bolivia's ambassador, Sacha Llorenty, said no country had the right to act as "the world's police."

Tuesday's meeting saw Russia veto a U.S. resolution that would have set up a new body to determine responsibility for chemical attacks in Syria, the 12th Russian veto on Syria.
""", tally(2018, "failed to obtain the required number of votes",
   fill(2018, for_=["Russia", "China", "Bolivia"],
        against=["United States", "United Kingdom", "France", "Netherlands", "Sweden", "Kuwait",
                 "Poland", "Côte d'Ivoire"],
        abstain=["Ethiopia", "Kazakhstan", "Equatorial Guinea", "Peru"])))

write(B, "b73_2025_haiti_gang_suppression_force",
 "UN Security Council approves larger force to fight Haiti's gangs", "2025-09-30", """
UNITED NATIONS, Sept 30 (Reuters) - The U.N. Security Council on Tuesday authorized a new "Gang Suppression Force" of up to 5,550 personnel to replace a Kenyan-led multinational mission in Haiti that has struggled for lack of troops and money.

The resolution, drafted by the United States and Panama, was adopted with 12 votes in favor. Russia, China and Pakistan abstained.

"Haiti's people cannot wait any longer," U.S. Ambassador Mike Waltz told the council after the vote. Panama's envoy said the new force would have the mandate to "neutralize, isolate and deter" gangs that control most of the capital, Port-au-Prince.

Russia's deputy U.N. ambassador said Moscow had concerns about a "hasty" text that gave the force sweeping powers without enough oversight, while China said a previous mission had not delivered results. Pakistan's envoy said Islamabad had abstained because its questions about funding went unanswered.

The council also approved a U.N. support office to provide logistics. The Kenyan-led Multinational Security Support mission was authorized in October 2023 but was never fully funded.
""", tally(2025, "adopted",
   fill(2025, abstain=["Russia", "China", "Pakistan"], rest="for")))

write(B, "b73_1974_cyprus_ceasefire_unanimous",
 "Security Council calls for ceasefire as Turkish troops land in Cyprus", "1974-07-20", """
From our own correspondent, New York, July 20

The United Nations Security Council tonight unanimously called for a ceasefire in Cyprus and demanded "an immediate end to foreign military intervention" in the island, where Turkish troops landed at dawn.

The resolution, worked out in hours of consultations by the non-aligned members and the Western delegations, was adopted by 15 votes to none. Both the Soviet Union and China, which have often parted company on such matters, voted in favour, as did Byelorussia, whose delegate had earlier demanded the "immediate withdrawal of the foreign officers" who led last Monday's coup in Nicosia.

The Council also called on Greece, Turkey and Britain, the guarantor powers, to enter into negotiations without delay. Mr Ivor Richard, Britain's Ambassador, said London was ready to act as host.

Turkey's representative told the Council his Government had acted under the 1960 Treaty of Guarantee to protect the Turkish Cypriot community. The Greek representative called the landings "an act of naked aggression".

The Secretary-General, Dr Kurt Waldheim, said the 2,300 men of the UN Force in Cyprus were doing what they could to protect civilians.
""", tally(1974, "adopted", fill(1974, rest="for")))

write(B, "b73_neg_1950_assembly_uniting_for_peace",
 "ASSEMBLY VOTES PLAN TO BYPASS VETO", "1950-11-03", """
LAKE SUCCESS, N. Y., Nov. 3 — The United Nations General Assembly tonight adopted, by a vote of 52 to 5, with 2 abstentions, the "Uniting for Peace" plan that will allow the Assembly to act when the Security Council is blocked by a veto.

The Soviet Union, the Ukraine, Byelorussia, Poland and Czechoslovakia voted against the plan. India and Argentina abstained.

Under the plan, proposed by Secretary of State Dean Acheson, the Assembly may be called into emergency session within twenty-four hours if the Security Council, "because of lack of unanimity of the permanent members," fails to act in a case of aggression.

Andrei Y. Vishinsky said the plan violated the Charter, which gave the Council "primary responsibility." He recalled that the Soviet Union had cast its veto in the Council in September against a United States proposal for an impartial commission to investigate Chinese Communist charges that American planes had bombed Manchuria.

John Foster Dulles, for the United States, said the plan "gives the Assembly the means to act where the Council cannot."
""", {"tally": None})

write(B, "b73_neg_2006_human_rights_council_lebanon",
 "UN rights council orders inquiry into Israeli strikes on Lebanon", "2006-08-11", """
GENEVA (AFP) - The UN Human Rights Council on Friday voted to send a high-level commission of inquiry to Lebanon to investigate the "systematic targeting and killing" of civilians by Israel.

The resolution, presented by Islamic countries, was passed by 27 votes to 11 with eight abstentions at a special session of the 47-member council. Canada and the European Union members on the council voted against, saying the text ignored rocket attacks by Hezbollah on northern Israel.

"This is a one-sided text," said Finland's envoy, speaking for the EU. Pakistan's ambassador said the council could not remain silent as Lebanese villages were flattened.

In New York, diplomats said the UN Security Council was close to agreeing on a French-US draft resolution to end the month-long conflict, with a vote possible as early as Friday evening.

The Human Rights Council replaced the discredited Commission on Human Rights in June.
""", {"tally": None})

write(B, "b73_neg_2023_assembly_elects_council_members",
 "Slovenia beats Belarus for Security Council seat", "2023-06-06", """
UNITED NATIONS (AP) — Slovenia defeated Belarus on Tuesday for a seat on the U.N. Security Council, in a vote widely seen as a rebuke of Russia's closest ally over its support for the war in Ukraine.

In a secret ballot in the 193-member General Assembly, Slovenia received 153 votes to 38 for Belarus. Algeria, Guyana, South Korea and Sierra Leone were elected unopposed for the 2024-2025 term.

The five new members will replace Albania, Brazil, Gabon, Ghana and the United Arab Emirates on Jan. 1. Countries need a two-thirds majority of those voting to win a seat.

Slovenian Foreign Minister Tanja Fajon said her country would be "a voice for small states" on the council. Belarus's ambassador said the result was the product of "unprecedented pressure" from Western countries.

The council, paralyzed over Ukraine, has been unable to agree on any resolution on the war since Russia's invasion in February 2022.
""", {"tally": None})
print("ok 73")
