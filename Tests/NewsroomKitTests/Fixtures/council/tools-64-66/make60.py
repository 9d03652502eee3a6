from lib import write_pair, tally, para
D = 'blind-60'
def art(name, headline, date, text, t):
    write_pair(D, name, headline, date, text, t)

art('b60_1946_iran_item_kept_on_agenda_procedural',
    'Council Keeps Iran Case on Agenda Over Soviet Objection', '1946-04-23', para(
"NEW YORK, April 23 (AP) — The United Nations Security Council voted today to keep Iran's complaint against the Soviet Union on its agenda, rejecting Andrei A. Gromyko's demand that the case be dropped now that Moscow says its troops will be out of Iran by May 6.",
"The vote was 9 to 2, with only the Soviet Union and Poland opposing. The chairman, Dr. Quo Tai-chi of China, ruled that the question was procedural and that the Soviet vote therefore could not operate as a veto. No member challenged the ruling.",
"Mr. Gromyko said the Council was \"keeping alive artificially\" a dispute that had been settled between the two governments. Oscar Lange of Poland supported him and said the Council's insistence would only \"poison the atmosphere.\"",
"Secretary of State James F. Byrnes had argued last month that the Council could not simply take the Soviet assurances on faith. Sir Alexander Cadogan of Britain and Paul Hasluck of Australia said today the Council should hear from both parties again early next month.",
"Iran, which is not a member of the Council, was represented by its Ambassador in Washington, Hussein Ala. Egypt's delegate, Mahmoud Fawzi Bey, said his Government \"voted with the majority in the interest of the small nations.\""),
    tally(1946, 'adopted', {'Soviet Union': 'against', 'Poland': 'against'}, rest='for'))

art('b60_1956_suez_ceasefire_vetoed_by_britain_france',
    'BRITAIN AND FRANCE VETO U.S. PLAN FOR MIDEAST TRUCE', '1956-10-30', para(
"UNITED NATIONS, N.Y., Oct. 30 — Britain and France tonight vetoed a United States resolution in the Security Council calling on Israel to withdraw its forces behind the armistice lines and on all United Nations members to refrain from the use of force in the area.",
"The vote was 7 to 2, with Australia and Belgium abstaining. Voting for the resolution with the United States were the Soviet Union, Nationalist China, Cuba, Iran, Peru and Yugoslavia.",
"It was the first veto ever cast by Britain. Sir Pierson Dixon of Britain said the Anglo-French ultimatum to Egypt and Israel was \"a temporary police action\" to separate the combatants and protect the canal.",
"Henry Cabot Lodge, the United States delegate, said his Government was \"deeply distressed\" and would not be deterred from seeking action \"wherever it can be taken.\"",
"A few hours later a Soviet draft calling for a cease-fire, which omitted the appeal to members to refrain from force, was also vetoed by Britain and France after receiving seven votes. The Council will meet again tomorrow, and Yugoslavia said it might ask for an emergency session of the General Assembly."),
    tally(1956, 'vetoed', {'United Kingdom': 'against', 'France': 'against', 'Australia': 'abstain', 'Belgium': 'abstain',
        'United States': 'for', 'Soviet Union': 'for', 'China': 'for', 'Cuba': 'for', 'Iran': 'for', 'Peru': 'for',
        'Yugoslavia': 'for'}, vetoes={'United Kingdom': 'cast', 'France': 'cast'}))

art('b60_1961_angola_draft_afro_asian_count',
    'Afro-Asian Bid on Angola Seen Lacking Votes in U.N. Council', '1961-03-14', para(
"UNITED NATIONS, N.Y., March 14 — A resolution calling on Portugal to introduce reforms in Angola appeared tonight to be short of the votes it needs when the Security Council takes it up tomorrow.",
"The draft was submitted by Liberia, Ceylon and the United Arab Republic, the Council's three Afro-Asian members. Delegates said they could count on the support of the Soviet Union and, in a break with past practice on colonial questions, of the United States, whose new representative, Adlai E. Stevenson, told the sponsors he would vote in favor.",
"Britain and France have let it be known that they will abstain, holding that the situation in Angola is an internal Portuguese matter outside the Council's competence. Nationalist China, Turkey and Ecuador are also expected to abstain.",
"The Chilean delegation said it had not yet received instructions.",
"The draft needs seven of the eleven votes. Portugal, which is not a member of the Council, has said it will not take part in the debate. In the General Assembly, a similar Afro-Asian text is expected to be introduced next month."),
    tally(1961, 'short of the 7 votes needed', {'Liberia': 'for', 'Ceylon': 'for', 'United Arab Republic': 'for',
        'Soviet Union': 'for', 'United States': 'for', 'United Kingdom': 'abstain', 'France': 'abstain',
        'China': 'abstain', 'Turkey': 'abstain', 'Ecuador': 'abstain', 'Chile': 'undecided'}))

art('b60_1966_rhodesia_oil_tanker_force_authorised',
    'U.N. Council Backs Force to Halt Oil for Rhodesia', '1966-04-09', para(
"UNITED NATIONS, N.Y., April 9 (AP) — The Security Council tonight authorized Britain to use force if necessary to stop tankers carrying oil for Rhodesia from unloading at the Mozambique port of Beira.",
"The vote was 10 to 0, with 5 abstentions. The Soviet Union, France, Bulgaria, Mali and Uruguay abstained.",
"It was the first time the Council had authorized a member to use force to carry out its decisions. Lord Caradon, the British representative, had asked for the meeting after the Greek-registered tanker Joanna V anchored off Beira on Tuesday.",
"The Soviet and Malian delegates said the resolution did not go far enough, because it dealt only with one port and not with the illegal regime in Salisbury itself. Roger Seydoux of France said his country held that Rhodesia was Britain's internal responsibility.",
"African members of the United Nations, who are not all represented on the enlarged 15-nation Council, had pressed for a broader mandatory embargo under Chapter VII. Uganda and Nigeria voted for the British text but said they would press for stronger measures."),
    tally(1966, 'adopted', {'Soviet Union': 'abstain', 'France': 'abstain', 'Bulgaria': 'abstain', 'Mali': 'abstain',
        'Uruguay': 'abstain'}, rest='for'))

art('b60_1976_palestinian_rights_draft_us_veto',
    'Security Council fails to adopt draft on Palestinian rights', '1976-01-26', para(
"The Security Council this evening failed to adopt a draft resolution affirming the inalienable right of the Palestinian people to self-determination, including the right to establish an independent State in Palestine, and calling for Israel's withdrawal from all Arab territories occupied since June 1967.",
"The draft, sponsored by Benin, Guyana, Pakistan, Panama, Romania and the United Republic of Tanzania, received 9 votes in favour to 1 against (United States), with 3 abstentions (Italy, Sweden, United Kingdom). China and the Libyan Arab Republic did not participate in the vote. The draft was not adopted owing to the negative vote of a permanent member of the Council.",
"Explaining his vote, the representative of the United States said the text would have altered the basis of the search for peace laid down in resolutions 242 (1967) and 338 (1973), which his Government regarded as the only framework acceptable to all parties.",
"The representative of Libya said his delegation had not participated because the draft did not go far enough in condemning the Zionist occupation. The representative of China said the super-Powers' rivalry in the Middle East had to be exposed.",
"The Palestine Liberation Organization took part in the debate, which began on 12 January, without the right to vote, under a decision of the Council adopted by 11 votes to 1, with 3 abstentions."),
    tally(1976, 'vetoed', {'United States': 'against', 'Italy': 'abstain', 'Sweden': 'abstain', 'United Kingdom': 'abstain',
        'China': 'abstain', 'Libya': 'abstain'}, vetoes={'United States': 'cast'}, rest='for'))

art('b60_1987_iran_iraq_ceasefire_text_big_five',
    'Big Five agree Gulf truce text; Council vote could come next week', '1987-07-10', para(
"UNITED NATIONS, July 10 (Reuters) - The five permanent members of the Security Council have agreed on the text of a resolution demanding a ceasefire in the nearly seven-year-old Iran-Iraq war, and have said they will all vote for it, diplomats said on Friday.",
"The draft, the product of six months of closed-door talks among the United States, the Soviet Union, Britain, France and China, would order both countries to withdraw to internationally recognised borders and threatens \"further steps\" if they do not comply.",
"Of the ten non-permanent members, West Germany and Italy said on Friday they would vote for the draft. Other members, including Argentina, Ghana and the United Arab Emirates, said they were still waiting for instructions from their governments and had only received the text this week.",
"\"It is the first time the big five have sat together and produced a text on a war that is still going on,\" a Western diplomat said. \"But nine votes are not yet in the bag.\"",
"Iraq has said it would accept a ceasefire, while Iran, which is not a council member, called the talks a \"conspiracy.\" The council's last resolution on the war, in October 1986, was adopted unanimously."),
    tally(1987, 'undetermined', {'United States': 'for', 'Soviet Union': 'for', 'United Kingdom': 'for', 'France': 'for',
        'China': 'for', 'West Germany': 'for', 'Italy': 'for', 'Argentina': 'undecided', 'Ghana': 'undecided',
        'United Arab Emirates': 'undecided'}))

art('b60_1994_rwanda_tribunal_rwanda_votes_against',
    'U.N. sets up Rwanda genocide tribunal despite Kigali\'s no vote', '1994-11-08', para(
"UNITED NATIONS (AP) - The Security Council voted Tuesday to set up an international tribunal to try those responsible for the genocide in Rwanda, overriding the objections of the new Rwandan government, which holds a seat on the council.",
"The vote was 13-1, with Rwanda voting against and China abstaining.",
"Rwanda's ambassador, Manzi Bakuramutsa, said his government had asked for the tribunal in the first place but could not accept that it would be unable to impose the death penalty and would sit outside the country. \"The tribunal as conceived in this resolution would only appease the conscience of the international community,\" he said.",
"China's representative said Beijing had abstained because the tribunal was being created by the council rather than by a treaty, a concern it had also voiced about the tribunal for the former Yugoslavia.",
"The resolution was drafted by the United States and New Zealand, and was supported by the council's African members, Djibouti and Nigeria. An estimated 500,000 people were killed in the massacres that began in April."),
    tally(1994, 'adopted', {'Rwanda': 'against', 'China': 'abstain'}, rest='for'))

art('b60_2008_zimbabwe_sanctions_double_veto',
    'Russia and China veto U.N. sanctions on Zimbabwe', '2008-07-11', para(
"UNITED NATIONS, July 11 (Reuters) - Russia and China on Friday vetoed a U.S.-drafted U.N. Security Council resolution that would have imposed an arms embargo on Zimbabwe and financial and travel sanctions on President Robert Mugabe and 13 of his officials.",
"The vote was 9-5 with one abstention. Russia, China, South Africa, Libya and Vietnam voted against and Indonesia abstained. The nine votes in favor would have been just enough to adopt the resolution without the vetoes.",
"U.S. Ambassador Zalmay Khalilzad said the veto was \"incomprehensible\" and raised questions about Moscow's reliability as a partner in the Group of Eight, whose leaders had condemned the Zimbabwe election only days ago. British Ambassador John Sawers called it \"a very sad day for the people of Zimbabwe.\"",
"Russian Ambassador Vitaly Churkin said sanctions would interfere in Zimbabwe's internal affairs. South Africa's envoy Dumisani Kumalo said the council should give mediation by South African President Thabo Mbeki a chance.",
"Mugabe was sworn in for a sixth term on June 29 after a run-off boycotted by opposition leader Morgan Tsvangirai, who withdrew citing violence against his supporters."),
    tally(2008, 'vetoed', {'Russia': 'against', 'China': 'against', 'South Africa': 'against', 'Libya': 'against',
        'Viet Nam': 'against', 'Indonesia': 'abstain'}, vetoes={'Russia': 'cast', 'China': 'cast'}, rest='for'))

art('b60_2022_annexation_referendums_draft_kremlin_veto',
    'US, Albania to push UN vote on Russian annexations knowing Moscow will veto', '2022-09-29', para(
"UNITED NATIONS, Sept 29 (Reuters) - The United States and Albania will put to a vote in the U.N. Security Council on Friday a draft resolution condemning Russia's \"illegal so-called referenda\" in four partly occupied regions of Ukraine, a move the Kremlin has already said it will block with its veto.",
"\"Russia will veto it, of course,\" Russia's U.N. Ambassador Vassily Nebenzia told reporters. \"The people of these regions have made their choice.\"",
"Britain, France, Norway and Ireland have co-sponsored the text, diplomats said, and Mexico, Ghana, Gabon and Kenya are expected to vote in favor.",
"China, India, Brazil and the United Arab Emirates have not said how they will vote. Beijing has so far avoided criticizing Moscow's war while calling for the territorial integrity of all countries to be respected.",
"After the expected veto, Western diplomats plan to take the issue to the 193-member General Assembly, where no country has a veto. In March the assembly voted 141-5 to demand that Russia withdraw its troops from Ukraine."),
    tally(2022, 'blocked by a threatened veto', {'Russia': 'against', 'United States': 'for', 'Albania': 'for',
        'United Kingdom': 'for', 'France': 'for', 'Norway': 'for', 'Ireland': 'for', 'Mexico': 'for', 'Ghana': 'for',
        'Gabon': 'for', 'Kenya': 'for', 'China': 'undecided', 'India': 'undecided', 'Brazil': 'undecided',
        'United Arab Emirates': 'undecided'}, vetoes={'Russia': 'threatened'}))

# negatives
art('b60_neg_1983_grenada_council_meeting_requested',
    'Caribbean neighbours defend landing as Nicaragua seeks UN meeting', '1983-10-25', para(
"BRIDGETOWN, Barbados, Oct 25 (Reuters) - The Organisation of Eastern Caribbean States said on Tuesday it had asked the United States to join a force that landed in Grenada at dawn, a week after the island's Prime Minister Maurice Bishop was killed by soldiers loyal to a rival faction.",
"Dominica's Prime Minister Eugenia Charles, who chairs the organisation, told reporters in Washington that its members had decided unanimously on Friday to seek outside help. \"It is not an invasion, it is a pre-emptive strike,\" she said.",
"Barbados and Jamaica, which are not OECS members, sent police and soldiers. Trinidad and Tobago's Prime Minister George Chambers said his government had not been consulted and opposed military action.",
"In Managua, the Nicaraguan government called the landing an act of aggression and said it had requested an urgent meeting of the United Nations Security Council. Guyana also protested.",
"Britain, whose Queen is Grenada's head of state, said it had advised Washington against intervention."),
    None)

art('b60_neg_2003_commons_backs_iraq_war',
    'Commons backs Blair on Iraq despite biggest revolt in a century', '2003-03-18', para(
"LONDON (AP) - Britain's House of Commons voted 412-149 on Tuesday to support the use of military force to disarm Iraq, handing Prime Minister Tony Blair a decisive victory despite a rebellion by 139 members of his own Labour Party.",
"An earlier amendment declaring that the case for war \"has not yet been established\" was defeated 396-217.",
"Blair told lawmakers that the United Nations had been given every chance. Britain, the United States and Spain withdrew their draft Security Council resolution on Monday after France said it would veto it, and Blair blamed Paris for the collapse of diplomacy. \"This is the time for this house to give a lead,\" he said.",
"Former Foreign Secretary Robin Cook resigned from the Cabinet on Monday, saying he could not support a war without international agreement or domestic support. Health minister Lord Hunt and Home Office minister John Denham also resigned.",
"President George W. Bush has given Saddam Hussein until early Thursday to leave Iraq or face attack."),
    None)

art('b60_neg_2011_african_union_peace_security_council_libya',
    'AU Peace and Security Council rejects foreign military intervention in Libya', '2011-03-10', para(
"ADDIS ABABA, March 10 (AFP) - The African Union's Peace and Security Council on Thursday rejected \"any foreign military intervention, whatever its form\" in Libya and decided to send a panel of five heads of state to mediate between Moamer Kadhafi and the rebels.",
"The decision, read out by AU Commission chairman Jean Ping after a day-long meeting of the 15-member council at ministerial level, was taken by consensus, diplomats said. South Africa, Nigeria and Gabon, which also sit on the UN Security Council this year, took part in the meeting.",
"The panel will include the presidents of South Africa, Mauritania, Mali, Congo and Uganda, and is expected to travel to Tripoli and Benghazi within two weeks.",
"Libya's representative welcomed the decision. An envoy for the rebel council in Benghazi said Africa \"has chosen to stand with the dictator.\"",
"In New York, Britain and France are preparing a draft resolution for the UN Security Council on a no-fly zone over Libya, but diplomats said there was no agreement yet on whether to put it to a vote."),
    None)
print('made', D)
