"""Write README.md for blind-73..75 (table + judgement calls)."""
import json, os
from lib import HERE

ROWS = {
"blind-73": [
 ("b73_1947_greek_frontier_soviet_veto", "recorded vote, pre-1966, \"9 to 2\", Gromyko and \"Dr. Oscar Lange of Poland voted against\", \"Voting with the United States were …\"; a defeated Soviet proposal earlier in the afternoon as distractor", "vetoed"),
 ("b73_1958_lebanon_observers_soviet_abstains", "recorded vote, pre-1966, \"10 to 0. The Soviet Union abstained but did not use its veto\"; United Arab Republic and Lebanon non-members; Arab League as distractor", "adopted"),
 ("b73_1961_congo_force_france_soviet_abstain", "recorded vote, pre-1966, two abstaining permanent members, \"Nationalist China\", \"the three Afro-Asian sponsors\"; a Soviet rival draft (1-8-2) as distractor", "adopted"),
 ("b73_1974_cyprus_ceasefire_unanimous", "recorded vote, Guardian style, \"unanimously\", \"15 votes to none\", Byelorussia named; Greece/Turkey non-members", "adopted"),
 ("b73_1979_kampuchea_soviet_czech_veto", "recorded vote, date null (year from \"captured Phnom Penh on Jan. 7, less than four years after … April 1975\" and Czechoslovakia + Bangladesh sitting together), seven non-aligned sponsors named, \"won 13 votes. Only the Soviet Union and Czechoslovakia voted against\"", "vetoed"),
 ("b73_2008_georgia_russian_draft_lacks_votes", "pre-vote, Russian text backed only by China and Libya, eight members objecting (\"shared the Western objections\", \"could not support\"), four undecided incl. \"Vietnam\" alias", "short of the 9 votes needed"),
 ("b73_2009_eritrea_sanctions_libya_against_china_abstains", "UN press release, \"by a vote of 13 in favour to 1 against (Libya), with 1 abstention (China)\"; elected member against is no veto; Eritrea, Djibouti non-members", "adopted"),
 ("b73_2018_russian_draft_condemning_strikes_fails", "failed draft without a veto though three permanent members voted no: 3-8-4, all named incl. \"Ivory Coast\" alias; Tuesday's Russian veto of a US text as distractor", "failed to obtain the required number of votes"),
 ("b73_2025_haiti_gang_suppression_force", "recorded vote, Reuters, \"adopted with 12 votes in favor. Russia, China and Pakistan abstained\", drafted by the US and Panama; Kenya non-member", "adopted"),
 ("b73_neg_1950_assembly_uniting_for_peace", "negative: General Assembly vote 52-5-2; a September Soviet veto in the Council only mentioned", "no tally"),
 ("b73_neg_2006_human_rights_council_lebanon", "negative: Human Rights Council vote 27-11-8; a pending French-US Council draft only mentioned (no stances)", "no tally"),
 ("b73_neg_2023_assembly_elects_council_members", "negative: Council elections in the General Assembly (Slovenia 153, Belarus 38)", "no tally"),
],
"blind-74": [
 ("b74_1954_thailand_observers_soviet_veto", "recorded vote, pre-1966, AP, \"9 to 1, with Lebanon abstaining\", \"the 60th Russian veto\" (Russia = Soviet Union in 1954); Thailand non-member", "vetoed"),
 ("b74_1959_laos_subcommittee_procedural", "recorded vote, pre-1966, procedural: \"10 to 1\", the Soviet no \"ruled not to be a veto\" (Article 29 subcommittee)", "adopted"),
 ("b74_1963_south_africa_arms_embargo_britain_france_abstain", "recorded vote, pre-1966, \"9 to 0\" with Britain and France abstaining, every other member named", "adopted"),
 ("b74_1983_grenada_us_veto", "recorded vote, \"11 in favor and 1 against, with 3 abstentions\", abstainers named, three sponsors + eight named voters", "vetoed"),
 ("b74_1997_guatemala_observers_china_veto", "recorded vote, date null (year from \"36 years of civil war\" ended \"December 29\", \"first Chinese veto in a quarter of a century\", Japan + Costa Rica + Republic of Korea), \"All of the 14 other members … voted in favour\"", "vetoed"),
 ("b74_2005_darfur_icc_referral_us_abstains", "recorded vote, \"11 votes to none, with the United States, Algeria, China and Brazil abstaining\" after a dropped veto threat", "adopted"),
 ("b74_2011_settlements_draft_us_veto_signal", "pre-vote, \"will veto … if they insist on a vote\", \"the other 14 members … all expected to vote in favor\", Lebanon circulating for the Arab Group", "blocked by a threatened veto"),
 ("b74_2015_srebrenica_russian_veto", "recorded vote, Guardian, \"Ten of the council's 15 members voted in favour\", four named abstentions, Russia against; Serbia non-member", "vetoed"),
 ("b74_2024_space_russian_draft_seven_votes", "UN press release, 7-7-1 with all members named in parentheses; three permanent members against but the draft fails on votes; the 24 April veto (13-1-1) as distractor", "failed to obtain the required number of votes"),
 ("b74_neg_1971_assembly_seats_peking", "negative: General Assembly votes 76-35-17 and 59-55-15; the Council seat only mentioned", "no tally"),
 ("b74_neg_1992_japan_diet_peacekeeping_law", "negative: national parliament (Japan's lower house 329-17); the Council only mentioned", "no tally"),
 ("b74_neg_2018_oas_venezuela_election", "negative: OAS General Assembly 19-4-11; Peru's Council seat only mentioned, \"no council action was planned\"", "no tally"),
],
"blind-75": [
 ("b75_1948_ceylon_admission_soviet_veto", "recorded vote, pre-1966, admission (substantive), \"9 to 2\", Malik and Manuilsky \"of the Ukrainian Soviet Republic\", all nine supporters named; Hyderabad question as distractor", "vetoed"),
 ("b75_1960_congo_force_three_permanent_abstain", "recorded vote, pre-1966, \"8 to 0. Britain, France and Nationalist China abstained\" - three permanent abstentions, 8 ≥ 7; defeated Soviet amendments as distractor", "adopted"),
 ("b75_1965_india_pakistan_ceasefire_jordan_abstains", "recorded vote, pre-1966, UPI, \"10 votes to none, with Jordan abstaining\", \"the Ivory Coast\" alias; India/Pakistan non-members; earlier September calls as distractors", "adopted"),
 ("b75_1976_entebbe_western_draft_fails", "failed draft without a veto: six for, two abstentions, seven \"did not take part in the vote\" (non-participation = abstain), \"Rumania\" alias; African draft not pressed to a vote", "failed to obtain the required number of votes"),
 ("b75_1986_libya_raid_triple_veto", "recorded vote, \"9-5 with one abstention\", three permanent vetoes, exactly nine for (\"the minimum needed\") yet vetoed, \"the three Western permanent members\"", "vetoed"),
 ("b75_1994_haiti_force_expected_to_pass", "pre-vote, exactly nine committed (sponsors, \"have said they will vote for it\", Djibouti, Russia \"plans to support\"), Brazil and China \"signaled they will abstain\", three undecided, Rwanda not mentioned; Canada/Venezuela non-member sponsors", "likely to pass"),
 ("b75_1999_taliban_sanctions_unanimous", "recorded vote, date null (year from the \"August 1998 bombings … last year\"), \"unanimously\", \"The 15-0 vote\"", "adopted"),
 ("b75_2007_myanmar_us_draft_veto_threats", "pre-vote, China (\"China will vote no, and everybody knows what that means\") and Russia threaten vetoes, South Africa against, three undecided, sponsorTarget \"at least 10 votes\"", "blocked by a threatened veto"),
 ("b75_2021_climate_security_russia_india_vote_no", "recorded vote, AP, \"12 in favor, with Russia and India voting 'no' and China abstaining\"; outgoing members listed as distractor", "vetoed"),
 ("b75_neg_1964_oas_cuba_sanctions", "negative: OAS foreign ministers vote 15-4; the Council's authority only argued about", "no tally"),
 ("b75_neg_2012_assembly_palestine_observer_state", "negative: General Assembly vote 138-9-41 with P5 votes named; the 2011 Council bid and US veto threat only mentioned", "no tally"),
 ("b75_neg_2019_human_rights_council_philippines", "negative: Human Rights Council vote 18-14-15; the Security Council only compared", "no tally"),
]}

NOTES = {
"blind-73": [
 "b73_1947: all eleven named (Soviet Union, Poland against; nine for). The Soviet proposal defeated earlier is another text.",
 "b73_1958: \"10 to 0\" with the Soviet abstention fills the other ten `for`; a permanent abstention is no veto.",
 "b73_1961: 9-0-2 with France and the Soviet Union abstaining; all nine supporters named. The Soviet rival draft (1 vote) is a distractor.",
 "b73_1974: unanimous - all fifteen `for`.",
 "b73_1979: date null; 13 for fills the eleven others not against `for` (China, the US, Britain, France, Norway, Portugal included). Year 1979 from the dated events and the membership (Czechoslovakia 1978-79, Bangladesh 1979-80).",
 "b73_2008: a pre-vote story on a Russian text; 3 for + 4 undecided cannot reach nine (8 opposed) → short. No veto threat (the Western members simply oppose). sponsorTarget null.",
 "b73_2009: Libya's negative vote is not a veto (elected member); China's abstention is none either.",
 "b73_2018: 3 for < 9, so the draft fails even though the US, Britain and France voted no: no veto recorded (`vetoes` {}).",
 "b73_2025: 12 for fills the other twelve `for` (US and Panama named as drafters).",
 "b73_neg_2006: the HRC vote is the story; the Security Council draft is only a pending mention with no stances → no tally.",
],
"blind-74": [
 "b74_1954: \"Russia\" names the Soviet Union (1954); nine for fills the nine others.",
 "b74_1959: the President ruled the vote procedural; the Soviet no is `against` but no veto (`vetoes` {}), outcome adopted (10 ≥ 7). check.py treats this one file as procedural.",
 "b74_1963: 9-0 with two permanent abstentions - adopted; all nine supporters named.",
 "b74_1983: 11-1-3; the eleven for are the three sponsors + eight named voters (= all others).",
 "b74_1997: date null; year from the accord's date (December 29, ending a 36-year war begun 1960) and the first Chinese veto in 25 years, plus Costa Rica and Japan (1997-98) with the Republic of Korea (1996-97). All 14 others `for`.",
 "b74_2005: the United States abstained after dropping its veto threat - no veto, no threat in the tally.",
 "b74_2011: pre-vote; the US `against` with veto `threatened`; \"the other 14 members … all expected to vote in favor\" fills fourteen `for`.",
 "b74_2015: 10 for = all not named as abstaining or against.",
 "b74_2024: all fifteen named in parentheses; \"Russian Federation\" = Russia. 7 < 9 → failed, no veto though France, the UK and the US voted against. The 24 April vote is another draft.",
],
"blind-75": [
 "b75_1948: Ukraine (the Ukrainian SSR) voted with the Soviet Union; only the Soviet no is a veto.",
 "b75_1960: 8 ≥ 7 (needed before 1966); three permanent abstentions are not vetoes.",
 "b75_1965: 10-0-1; \"the Ivory Coast\" = Côte d'Ivoire. All ten supporters named.",
 "b75_1976: the seven that did not take part count as `abstain`; 6 < 9 → failed; no member against.",
 "b75_1986: exactly nine for but three permanent no votes → vetoed; Australia and Denmark's no votes are not vetoes.",
 "b75_1994: \"plans to support\" / \"have said they will vote for\" = `for`; exactly nine declared for, no permanent member against → likely to pass. Rwanda is not mentioned (unknown). sponsorTarget null (\"exactly nine members committed\" is a count, not a target).",
 "b75_1999: date null; \"the August 1998 bombings … last year\" gives 1999. Unanimous - fifteen `for`.",
 "b75_2007: sponsorTarget 10 from \"hoped to win at least 10 votes\". China and Russia `against` with veto `threatened`; South Africa `against` without veto.",
 "b75_2021: India's no is not a veto; Russia's is.",
 "b75_neg_2012: the Assembly's vote (P5 named) gives no tally; the Council bid is background.",
]}

for b, rows in ROWS.items():
    d = os.path.join(HERE, b)
    lines = [f"# {b}", "",
             "12 short articles: 9 Security Council stories and 3 negatives. Each `NAME.json` has a `NAME.expected.json` gold tally ({\"tally\": null} for negatives). Written blind (no project sources, no system output, no first-contact files); validated with `../check.py`. Generated by `../make%s.py` (hand-written text and gold, helpers in `../lib.py`)." % b.split("-")[1],
             "", "| article | category | year | outcome |", "|---|---|---|---|"]
    for aid, cat, out in rows:
        art = json.load(open(os.path.join(d, aid + ".json")))
        gold = json.load(open(os.path.join(d, aid + ".expected.json")))["tally"]
        year = aid.split("_")[2] if "_neg_" in aid else aid.split("_")[1]
        if art["date"] is None: year += " (date null)"
        if gold is not None: assert gold["outcome"] == out, aid
        lines.append(f"| {aid} | {cat} | {year} | {out} |")
    files = sorted(f[:-5] for f in os.listdir(d) if f.endswith(".json") and not f.endswith(".expected.json"))
    assert files == sorted(r[0] for r in rows), b
    lines += ["", "Judgement calls:"] + [f"- {n}" for n in NOTES[b]]
    open(os.path.join(d, "README.md"), "w").write("\n".join(lines) + "\n")
print("readmes ok")
