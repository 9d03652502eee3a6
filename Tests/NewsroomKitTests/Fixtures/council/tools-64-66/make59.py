from lib import write_pair, tally, para
D = 'blind-59'
def art(name, headline, date, text, t):
    write_pair(D, name, headline, date, text, t)

art('b59_1948_kashmir_plebiscite_plan_soviet_abstention',
    'Council Backs Kashmir Plebiscite Plan; Russians Abstain', '1948-04-21', para(
"LAKE SUCCESS, N.Y., April 21 (AP) — The United Nations Security Council tonight approved a plan to end the fighting in Kashmir and let the people of the disputed state decide by a free plebiscite whether to join India or Pakistan.",
"The vote on the resolution, sponsored jointly by Belgium, Canada, Colombia, Nationalist China, Britain and the United States, was 8 to 0. The Soviet Union and the Ukrainian Soviet Republic abstained, and Syria, whose delegate had asked for more time to consult his government, did not vote.",
"Andrei A. Gromyko of the Soviet Union told the Council the plan \"bears the stamp of interference\" by the Western powers in the affairs of the two dominions. The Ukrainian delegate, Dmitri Manuilsky, followed him with a similar statement.",
"Neither India nor Pakistan is a member of the Council. Their representatives, Sir Mohammed Zafrulla Khan for Pakistan and Gopalaswami Ayyangar for India, sat at the table without a vote. Mr. Ayyangar said his government would study the text but found several of its provisions \"unacceptable.\"",
"The resolution enlarges to five members the commission the Council created on Jan. 20 by a vote of 9 to 0, with the Soviet Union and the Ukraine abstaining on that occasion as well. Argentina's delegate, Dr. José Arce, who presides over the Council this month, said the commission would leave for the subcontinent as soon as possible."),
    tally(1948, 'adopted', {'Soviet Union': 'abstain', 'Ukraine': 'abstain', 'Syria': 'abstain',
        'Belgium': 'for', 'Canada': 'for', 'Colombia': 'for', 'China': 'for', 'United Kingdom': 'for',
        'United States': 'for', 'Argentina': 'for', 'France': 'for'}))

art('b59_1962_cuban_complaint_soviet_draft_rejected',
    'U.N. Council Turns Down Soviet Plea for Cuba', '1962-03-23', para(
"UNITED NATIONS, N.Y., March 23 — The Security Council turned down tonight a Soviet draft resolution that would have asked the International Court of Justice for an opinion on the measures taken against Cuba at the Punta del Este meeting of the Organization of American States.",
"The Soviet proposal received only two votes, those of the Soviet Union and Rumania. Seven members voted against it, among them the United States, Britain, France and Nationalist China. Ghana and the United Arab Republic abstained.",
"A resolution needs seven affirmative votes in the eleven-member Council, so the Soviet text fell far short and the negative votes of four of the permanent members did not have to be counted as vetoes.",
"Platon D. Morozov, the Soviet delegate, said the Council had \"washed its hands\" of an act of aggression against a small country. Adlai E. Stevenson, the United States representative, replied that the foreign ministers of the hemisphere had acted within their rights under the Charter and that \"the Council is not a court of appeal from the Organization of American States.\"",
"The Ghanaian delegate, Alex Quaison-Sackey, said his delegation abstained because the question of the O.A.S. measures was \"not ripe for a legal opinion.\" Mario Amadeo of Argentina, which is not on the Council this year, followed the debate from the gallery.",
"Cuba's Foreign Minister, Raúl Roa, had brought the complaint to the Council after the General Assembly's Political Committee rejected a similar Cuban resolution in February by 50 votes to 11, with 39 abstentions."),
    tally(1962, 'failed to obtain the required number of votes', {
        'Soviet Union': 'for', 'Romania': 'for', 'United States': 'against', 'United Kingdom': 'against',
        'France': 'against', 'China': 'against', 'Ghana': 'abstain', 'United Arab Republic': 'abstain',
        'Chile': 'against', 'Ireland': 'against', 'Venezuela': 'against'}))

art('b59_1973_nonaligned_draft_emergency_force_undated',
    'Council Votes to Send U.N. Force to the Middle East', None, para(
"UNITED NATIONS (Reuters) - The Security Council voted 14-0 early on Thursday to set up a United Nations Emergency Force to supervise the shaky ceasefire between Israel and Egypt, ending a night of tension between Washington and Moscow over a possible Soviet intervention.",
"China did not take part in the vote. Its representative, Huang Hua, said Peking could not support sending troops under a resolution that had been \"cooked up\" by the two superpowers, but he did not block it.",
"The resolution was drafted by the eight nonaligned members of the Council, Guinea, India, Indonesia, Kenya, Panama, Peru, the Sudan and Yugoslavia. It excludes troops from the five permanent members, a formula the Soviet Union accepted late on Wednesday after dropping its demand that Soviet and American contingents be sent together.",
"\"The Council has taken the only road that leads away from a confrontation,\" said Kenya's ambassador, Joseph Odero-Jowi. Austria's representative said his government was ready to send a contingent from its troops now serving in Cyprus at short notice, and Australia's delegate praised the \"speed and restraint\" of the nonaligned group.",
"The fighting broke out on Yom Kippur, when Egyptian and Syrian forces attacked Israeli positions along the Suez Canal and on the Golan Heights. Two earlier ceasefire resolutions, adopted on Monday and Tuesday, failed to stop the shooting on the Egyptian front. Israel and Egypt, which are not Council members, both said they would co-operate with the new force."),
    tally(1973, 'adopted', {'China': 'abstain'}, inferred=True, rest='for'))

art('b59_1984_african_draft_apartheid_constitution_upper_volta',
    'Africans expect easy passage of Council text rejecting Pretoria charter', '1984-07-30', para(
"UNITED NATIONS, July 30 (AFP) - African countries are confident the Security Council will adopt this week a draft resolution declaring \"null and void\" the new South African constitution that gives limited parliamentary representation to people of mixed race and Indians while excluding the black majority.",
"The text was put forward by the three African members of the Council, Egypt, Upper Volta and Zimbabwe, on behalf of the Organization of African Unity. Zimbabwean ambassador Elleck Mashingaidze said it already had \"the firm support\" of India, Nicaragua, Pakistan and Peru, the other nonaligned members, as well as the Soviet Union and the Ukraine.",
"China has said it will vote in favour, and Western diplomats said Malta and the Netherlands had also decided to support the text after a paragraph calling for sanctions was dropped. France, which voted against a sanctions draft in 1981, is expected to back the resolution this time, according to a French spokesman.",
"Britain and the United States have signalled they will abstain. A U.S. official said Washington \"shares the goal\" of ending apartheid but considered that the draft \"goes beyond what this council can usefully say about a country's internal arrangements.\" Neither country has suggested it would cast a veto.",
"South Africa's elections for the new Coloured and Indian chambers are scheduled for late August. The U.N. General Assembly's Special Committee against Apartheid last month called for a boycott of the vote."),
    tally(1984, 'likely to pass', {'Egypt': 'for', 'Burkina Faso': 'for', 'Zimbabwe': 'for', 'India': 'for',
        'Nicaragua': 'for', 'Pakistan': 'for', 'Peru': 'for', 'Soviet Union': 'for', 'Ukraine': 'for',
        'China': 'for', 'Malta': 'for', 'Netherlands': 'for', 'France': 'for',
        'United Kingdom': 'abstain', 'United States': 'abstain'}))

art('b59_1990_gulf_use_of_force_deadline',
    'Security Council authorises force against Iraq if it does not quit Kuwait by Jan. 15', '1990-11-29', para(
"UNITED NATIONS, Nov 29 (AFP) - The UN Security Council on Thursday authorised member states to use \"all necessary means\" to drive Iraq out of Kuwait if Baghdad does not withdraw by January 15, the first time since the Korean war that the council has sanctioned military action.",
"The resolution, tabled by the United States, Britain, France and the Soviet Union, was adopted by 12 votes to two, with Cuba and Yemen voting against. China, which had been under heavy US pressure not to use its veto, abstained.",
"US Secretary of State James Baker, who chaired the meeting, called it \"a pause of goodwill\" that gave Iraq one last chance. Soviet Foreign Minister Eduard Shevardnadze said Moscow had joined the sponsors \"with a heavy heart\" but that the council had no other choice.",
"Yemen's ambassador Abdullah Saleh al-Ashtal, the only Arab member of the council, said his country could not approve \"a licence for war.\" Cuban Foreign Minister Isidoro Malmierca called the text \"a blank cheque.\"",
"Ministers from Canada, Colombia, Ethiopia, Finland, the Ivory Coast, Malaysia, Romania and Zaire also took part in the meeting. Iraq, which is not a member of the council, rejected the resolution as \"illegitimate\" within hours.",
"The council has passed 11 earlier resolutions on the crisis since Iraq's invasion on August 2, most of them with Cuba and Yemen abstaining or voting against."),
    tally(1990, 'adopted', {'Cuba': 'against', 'Yemen': 'against', 'China': 'abstain'}, rest='for'))

art('b59_2003_iraq_second_resolution_french_veto_threat',
    'U.S. and Britain hunt for votes as France vows to block Iraq resolution', '2003-03-10', para(
"UNITED NATIONS (Reuters) - The United States and Britain pressed on Monday for a Security Council vote this week on a resolution that would give Iraq until March 17 to disarm, even as France said it would veto the text.",
"President Jacques Chirac said in a television interview that France would vote no. \"Whatever the circumstances, France will vote no,\" he said, making clear Paris was ready to use its veto. Russian Foreign Minister Igor Ivanov said in Moscow that Russia would also vote against the draft and would use its veto power if necessary.",
"The resolution is co-sponsored by the United States, Britain and Spain, and Bulgaria has said it will vote for it. Germany and Syria have said they will vote against.",
"China has said the inspections should go on but has signalled that it would abstain rather than join a veto, diplomats said.",
"That leaves six undecided members - Angola, Cameroon, Chile, Guinea, Mexico and Pakistan - whose votes have become the object of intense lobbying. President George W. Bush telephoned the leaders of Mexico and Chile over the weekend, and Foreign Office minister Baroness Amos travelled to Angola, Cameroon and Guinea.",
"A resolution needs nine votes and no veto from the five permanent members to pass. Diplomats said the sponsors might still call a vote even if they expected a French veto, to show they had a \"moral majority.\"",
"The 15-member council voted unanimously in November for resolution 1441, which gave Iraq a final opportunity to disarm."),
    tally(2003, 'blocked by a threatened veto', {'France': 'against', 'Russia': 'against', 'United States': 'for',
        'United Kingdom': 'for', 'Spain': 'for', 'Bulgaria': 'for', 'Germany': 'against', 'Syria': 'against',
        'China': 'abstain', 'Angola': 'undecided', 'Cameroon': 'undecided', 'Chile': 'undecided',
        'Guinea': 'undecided', 'Mexico': 'undecided', 'Pakistan': 'undecided'},
        vetoes={'France': 'threatened', 'Russia': 'threatened'}))

art('b59_2012_syria_chapter_vii_double_veto',
    'Russia, China veto Syria sanctions threat for third time', '2012-07-19', para(
"UNITED NATIONS, July 19 (Reuters) - Russia and China on Thursday vetoed a Western-backed U.N. Security Council resolution that threatened Syrian authorities with sanctions if they did not stop using heavy weapons in towns, the third time the two powers have blocked council action on the 16-month conflict.",
"The vote was 11 in favor, with Russia and China against and Pakistan and South Africa abstaining.",
"The draft, put forward by the council's four European members - Britain, France, Germany and Portugal - with the United States, would have placed the resolution under Chapter VII of the U.N. Charter, which allows the council to authorize measures ranging from sanctions to military force.",
"\"The Security Council has failed utterly in its most important task,\" U.S. Ambassador Susan Rice told the council. Russia's U.N. envoy Vitaly Churkin said the West had tried to \"pave the way for external military involvement\" and that Moscow could not allow the council to be used that way.",
"South Africa's ambassador, Baso Sangqu, said the text was \"unbalanced\" because it put all the pressure on the government in Damascus. Pakistan said it had abstained because the council should have preserved its unity.",
"Russia and China previously vetoed draft resolutions on Syria in October and February. The mandate of the U.N. observer mission in Syria expires on Friday; a separate British draft to extend it for 30 days is expected to be put to a vote on Friday."),
    tally(2012, 'vetoed', {'Russia': 'against', 'China': 'against', 'Pakistan': 'abstain', 'South Africa': 'abstain'},
        vetoes={'Russia': 'cast', 'China': 'cast'}, rest='for'))

art('b59_2017_chemical_weapons_inquiry_renewal_not_adopted',
    'Security Council fails to renew mandate of OPCW-UN Joint Investigative Mechanism', '2017-10-24', para(
"The Security Council today failed to adopt a draft resolution that would have renewed for one year the mandate of the Joint Investigative Mechanism of the Organisation for the Prohibition of Chemical Weapons (OPCW) and the United Nations, which is charged with identifying those responsible for chemical attacks in the Syrian Arab Republic.",
"The draft, submitted by the United States, received 11 votes in favour to 2 against (Bolivia, Russian Federation), with 2 abstentions (China, Kazakhstan), and was not adopted owing to the negative vote of a permanent member of the Council.",
"Speaking before the vote, the representative of the Russian Federation said his delegation had asked that the vote be postponed until after the Mechanism presented its next report on 26 October, and that the draft was \"an attempt to pre-empt\" its findings.",
"The representative of the United States said that, by vetoing the text, the Russian Federation had shown that it would \"do whatever it takes\" to protect the Syrian regime. The representatives of France, the United Kingdom, Sweden and Italy expressed deep regret.",
"The representative of Kazakhstan said his delegation had abstained because it favoured a consensus text. The representative of Bolivia said the draft was \"politically motivated.\"",
"The Council established the Mechanism by resolution 2235 (2015), adopted unanimously, and extended it by resolution 2319 (2016), also adopted unanimously."),
    tally(2017, 'vetoed', {'Bolivia': 'against', 'Russia': 'against', 'China': 'abstain', 'Kazakhstan': 'abstain'},
        vetoes={'Russia': 'cast'}, rest='for'))

art('b59_2025_russian_ukraine_text_lacks_votes',
    'Russia\'s rival Ukraine text looks set to fall short in Security Council', '2025-02-21', para(
"UNITED NATIONS, Feb 21 (Reuters) - A Russian draft resolution on the war in Ukraine appeared on Friday to lack the votes it needs in the Security Council, diplomats said, ahead of a vote expected on Monday, the third anniversary of the full-scale invasion.",
"Moscow's text, which calls for \"a swift end to the conflict\" but does not mention Russia's responsibility for it, has the backing of China, and Pakistan and Algeria have said they will vote for it.",
"But the council's three elected European members - Denmark, Greece and Slovenia - said in a joint statement they would vote against the draft, and South Korea and Panama said they would do the same.",
"Britain and France have signalled that they will abstain rather than vote no, diplomats said, to avoid being accused of blocking a call for peace. The United States, which has been negotiating its own short text, has not said how it will vote.",
"Guyana, Sierra Leone and Somalia were still undecided, according to diplomats. \"We are studying the text carefully,\" Sierra Leone's ambassador told reporters.",
"A resolution needs at least nine votes in favor and no vetoes by the United States, France, Britain, Russia or China to be adopted. The 193-member General Assembly is due to vote on Monday on a separate resolution drafted by Ukraine and European countries."),
    tally(2025, 'short of the 9 votes needed', {'Russia': 'for', 'China': 'for', 'Pakistan': 'for', 'Algeria': 'for',
        'Denmark': 'against', 'Greece': 'against', 'Slovenia': 'against', 'Republic of Korea': 'against',
        'Panama': 'against', 'United Kingdom': 'abstain', 'France': 'abstain', 'United States': 'undecided',
        'Guyana': 'undecided', 'Sierra Leone': 'undecided', 'Somalia': 'undecided'}))

# negatives
art('b59_neg_1956_assembly_emergency_session_suez',
    'Assembly Calls for Suez Cease-Fire; Britain and France Outvoted', '1956-11-02', para(
"UNITED NATIONS, N.Y., Nov. 2 — The General Assembly, meeting in its first emergency special session, early today called for an immediate cease-fire in Egypt and the withdrawal of all forces behind the armistice lines.",
"The vote on the United States resolution was 64 to 5, with 6 abstentions. Britain, France, Israel, Australia and New Zealand voted against it. Canada, Belgium, the Netherlands, Portugal, South Africa and Laos abstained. The Soviet Union voted with the United States.",
"The Assembly was called into session under the \"Uniting for Peace\" procedure after Britain and France vetoed two cease-fire resolutions in the Security Council on Tuesday. The procedure allows the Assembly to act when the Council is deadlocked by a veto.",
"Secretary of State John Foster Dulles, who presented the resolution, said he spoke \"with a heavy heart\" against two of America's oldest allies. Sir Pierson Dixon of Britain said his Government would give the resolution \"the most careful consideration.\"",
"Lester B. Pearson of Canada proposed that the Secretary General draw up within 48 hours a plan for a United Nations force to secure and supervise the cessation of hostilities."),
    None)

art('b59_neg_2012_human_rights_council_syria_inquiry',
    'UN rights council condemns Syria over Houla massacre', '2012-06-01', para(
"GENEVA, June 1 (AFP) - The UN Human Rights Council on Friday condemned Syria for the massacre of more than 100 civilians in the village of Houla and ordered its commission of inquiry to investigate the killings.",
"The resolution, presented by Qatar, Saudi Arabia, Kuwait and Turkey, was adopted by 41 votes to three, with two abstentions. Russia, China and Cuba voted against, while Ecuador and Uganda abstained.",
"Russia's ambassador Valery Loshchinin said the text was \"one-sided\" and that armed rebels shared responsibility for the violence. The US envoy, Eileen Chamberlain Donahoe, said the council had sent \"a clear signal\" to the government in Damascus.",
"Syria's envoy walked out of the special session, saying the 47-member council had been \"hijacked\" by countries arming the opposition.",
"In New York, the UN Security Council, where Russia and China have twice vetoed resolutions on Syria, has issued only a non-binding press statement on Houla. Diplomats there said a new Western draft was unlikely before the end of the month."),
    None)

art('b59_neg_2016_assembly_elects_council_members',
    'Sweden, Bolivia, Ethiopia, Kazakhstan win Security Council seats; Italy and Netherlands deadlocked', '2016-06-28', para(
"UNITED NATIONS (AP) - Sweden, Bolivia, Ethiopia and Kazakhstan won two-year seats on the U.N. Security Council on Tuesday, but Italy and the Netherlands were deadlocked after five rounds of voting for the last seat and agreed to split the term.",
"In the General Assembly's secret ballot, Ethiopia received 185 votes and Bolivia 183, well above the two-thirds majority of 129 needed. Kazakhstan beat Thailand 138-55 in a second round for the Asia-Pacific seat, becoming the first Central Asian country elected to the council.",
"In the Western European group, Sweden won a seat in the first round with 134 votes. Italy and the Netherlands were tied at 95 votes each in the fifth round, prompting Italian Foreign Minister Paolo Gentiloni and his Dutch counterpart Bert Koenders to propose that each serve one year.",
"\"This is a sign of European unity,\" Koenders told reporters. The arrangement, only the second of its kind since the 1960s, still requires a formal vote by the assembly.",
"The five new members will join the council on Jan. 1, replacing Angola, Malaysia, New Zealand, Spain and Venezuela. The council's five permanent members are the United States, Russia, China, Britain and France."),
    None)
print('made', D)
