// Blind evaluation text: invented incident; warned/alleged/insisted/stressed, "would" in indirect speech, metonyms
// (Tehran, Baku, Ankara), a rhetorical question, a denial of an allegation.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `TEHRAN, Sept 9 (Reuters) - Iran's army began large-scale exercises near the border with Azerbaijan on Monday, with a senior commander warning that Tehran would not tolerate "the presence of the Zionist regime" in the South Caucasus.

The drills, codenamed "Conquerors of Aras", involve armoured units, artillery, drones and helicopter gunships, the army said. They are taking place along the Aras river, which forms much of the Iranian-Azerbaijani border.

"We will not allow any change to the geopolitics of the region or to our historic borders with our northern neighbours. Anyone who thinks otherwise is making a grave mistake," Brigadier General Masoud Rezaei, commander of the army's ground forces, told state television from the exercise area.

Rezaei alleged that Israeli military advisers were operating from Azerbaijani territory close to the Iranian border, without offering evidence.

Iran's Foreign Ministry struck a softer tone. Spokesman Nasser Rahimi insisted the drills were "routine" and "not directed against any country", and said Tehran attached "great importance" to its relations with Baku.

Baku was not reassured. Azerbaijan's Defence Ministry denied that any foreign military personnel were stationed in the country and said its own forces along the border had been put on "heightened alert".

"Azerbaijan's territory has never been and will never be used against any neighbouring state," Farid Karimli, a foreign policy adviser to the Azerbaijani president, told reporters in Baku. "Why hold exercises of this scale right on our border at the very moment when a peace agreement with Armenia is about to be signed?"

Karimli stressed that Azerbaijan wanted "good-neighbourly relations" with Iran, but said Baku would "not be intimidated".

Ankara, Baku's closest ally, said its own joint exercises with Azerbaijan in the Nakhchivan exclave would go ahead next month as planned. "These exercises are a guarantee of stability in the region, not a threat to anyone," Turkish Defence Ministry spokesman Rear Admiral Kerem Ozdemir told a weekly briefing.

Analysts said the drills were as much a message to Washington as to Baku. "Tehran worries that a transit corridor through southern Armenia would cut it off from the Caucasus and bring Western and Israeli influence to its doorstep," said Parisa Hosseini, an Iran analyst at a London-based think tank. "Every time that deal looks close, the tanks come out on the Aras."

Iran held similar exercises near the border in 2021 and 2022. Relations between Tehran and Baku hit a low in January 2023, when a gunman attacked Azerbaijan's embassy in the Iranian capital, killing its head of security.`;

export const gold: GoldText = {
  name: "blind/10-aras-drills",
  actors: actorsWithoutAliases("Iran", "Azerbaijan", "Turkey"),
  text,
  claims: [
    /* 0 */ { quote: 'Tehran would not tolerate "the presence of the Zionist regime" in the South Caucasus', actor: "Iran", attribution: "PARAPHRASE" },
    /* 1 */ { quote: 'The drills, codenamed "Conquerors of Aras", involve armoured units, artillery, drones and helicopter gunships', actor: "Iran", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "We will not allow any change to the geopolitics of the region or to our historic borders with our northern neighbours. Anyone who thinks otherwise is making a grave mistake", actor: "Iran", attribution: "DIRECT_QUOTE" },
    /* 3 */ { quote: "Israeli military advisers were operating from Azerbaijani territory close to the Iranian border", actor: "Iran", attribution: "PARAPHRASE" },
    /* 4 */ { quote: 'the drills were "routine" and "not directed against any country"', actor: "Iran", attribution: "PARAPHRASE" },
    /* 5 */ { quote: 'Tehran attached "great importance" to its relations with Baku', actor: "Iran", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "any foreign military personnel were stationed in the country", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 7 */ { quote: 'its own forces along the border had been put on "heightened alert"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "Azerbaijan's territory has never been and will never be used against any neighbouring state", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 9 */ { quote: "Why hold exercises of this scale right on our border at the very moment when a peace agreement with Armenia is about to be signed", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 10 */ { quote: 'Azerbaijan wanted "good-neighbourly relations" with Iran', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 11 */ { quote: 'Baku would "not be intimidated"', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "its own joint exercises with Azerbaijan in the Nakhchivan exclave would go ahead next month as planned", actor: "Turkey", attribution: "PARAPHRASE" },
    /* 13 */ { quote: "These exercises are a guarantee of stability in the region, not a threat to anyone", actor: "Turkey", attribution: "DIRECT_QUOTE" },
  ],
  rebuttals: [
    [6, 3],
    [8, 3],
  ],
};
