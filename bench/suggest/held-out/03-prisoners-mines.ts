// Held-out text (written for this bench with the dev texts, invented exchange): prisoners and mine
// maps. Not tuned on: only its summary line is looked at.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `The Armenian government on Monday accused Azerbaijan of holding dozens of Armenian prisoners of war in violation of the 2020 ceasefire agreement.

"At least 80 of our servicemen remain in Azerbaijani captivity, and Baku refuses to return them," Armenian Deputy Foreign Minister Paruyr Hovhannisyan said at a briefing in Yerevan. Hovhannisyan added that the families of the prisoners had not received any news for months.

Baku says those being held are not prisoners of war but "terrorists" who crossed into its territory after the ceasefire. The Azerbaijani Foreign Ministry insisted that the detainees were being treated in line with international law and that the claims of mistreatment were "baseless".

The issue has poisoned relations between the two countries since the end of the war. Several rounds of exchanges, often mediated by Georgia or the United States, have brought some detainees home.

Russian Deputy Foreign Minister Mikhail Galuzin said Moscow was working with both sides on a new exchange. He told the RIA Novosti agency that a list of names had been handed to the Azerbaijani side.

Human Rights Watch said it had documented cases of ill-treatment in Azerbaijani detention and called for independent access.

Azerbaijani presidential aide Hikmet Hajiyev said on social media that Armenia had not yet handed over maps of minefields in the territories it had left. "Every week our citizens are killed or injured by Armenian mines," Hajiyev wrote.

Yerevan denied withholding the maps. According to Armenian officials, all available maps were handed over in 2021.`;

export const gold: GoldText = {
  name: "held-out/03-prisoners-mines",
  actors: actorsWithoutAliases("Russia", "Azerbaijan", "Armenia"),
  text,
  claims: [
    { quote: "Azerbaijan of holding dozens of Armenian prisoners of war in violation of the 2020 ceasefire agreement", actor: "Armenia", attribution: "PARAPHRASE" },
    { quote: "At least 80 of our servicemen remain in Azerbaijani captivity, and Baku refuses to return them", actor: "Armenia", attribution: "DIRECT_QUOTE" },
    { quote: "the families of the prisoners had not received any news for months", actor: "Armenia", attribution: "PARAPHRASE" },
    { quote: 'those being held are not prisoners of war but "terrorists" who crossed into its territory after the ceasefire', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: "the detainees were being treated in line with international law", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: 'the claims of mistreatment were "baseless"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: "Moscow was working with both sides on a new exchange", actor: "Russia", attribution: "PARAPHRASE" },
    { quote: "a list of names had been handed to the Azerbaijani side", actor: "Russia", attribution: "PARAPHRASE" },
    { quote: "Armenia had not yet handed over maps of minefields in the territories it had left", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    { quote: "Every week our citizens are killed or injured by Armenian mines", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    { quote: "withholding the maps", actor: "Armenia", attribution: "PARAPHRASE" },
    { quote: "all available maps were handed over in 2021", actor: "Armenia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [3, 0],
    [10, 8],
  ],
};
