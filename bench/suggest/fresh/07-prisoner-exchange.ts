// Fresh evaluation text (wire copy): invented prisoner exchange; two ombudspeople, "she" referring back,
// a quote running over two paragraphs, the UAE, ICRC and UN monitors (third parties), accusation and denial.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Russia and Ukraine swap 190 prisoners each in UAE-brokered exchange

KYIV, Ukraine (AP) - Russia and Ukraine exchanged 190 prisoners of war each on Tuesday, the first swap in two months, in a deal mediated by the United Arab Emirates, officials on both sides said.

The Russian Defence Ministry said the freed Russian servicemen had been flown to Belarus and would be taken to military hospitals in Russia for treatment and rehabilitation. It thanked the UAE for its "humanitarian mediation".

Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said most of the Ukrainians released had been held since 2022, and that among them were defenders of Mariupol and 11 civilians detained in occupied territory.

"Many of them have lost a third of their body weight. Some can barely walk," Ukraine's human rights commissioner, Dmytro Lysenko, said in a video address from the border, where buses carrying the men arrived in the afternoon.

"They told us about beatings and electric shocks, about interrogations that went on for days.

"We will document every case and send it to the International Criminal Court," he said.

The Emirati foreign ministry said it had now mediated 17 exchanges between the two countries since the start of the war, covering more than 4,000 prisoners.

Russia's human rights commissioner, Yelena Mitrofanova, called the accounts of abuse "fabricated stories". She said Russian prisons held Ukrainian servicemen "in full compliance with the Geneva Conventions" and that the International Committee of the Red Cross had been given access to them.

The ICRC, which does not comment publicly on individual places of detention, said in a statement that it "continues to seek regular and unimpeded access to all prisoners of war held by both parties".

Mitrofanova also accused Kyiv of delaying the return of the bodies of Russian soldiers killed in the Kursk region. According to her, Moscow had handed over more than 900 bodies since the spring and received fewer than 100 in return.

Ukrainian officials denied that. The Coordination Headquarters said in a Telegram post that Ukraine had "never refused" a repatriation of bodies and that the Russian side had twice postponed agreed handovers at the last minute.

A United Nations monitoring mission said in a report last month that almost all of the Ukrainian prisoners it had interviewed after their release described torture or ill-treatment in Russian custody. It also documented cases of ill-treatment of Russian prisoners held by Ukraine, though far fewer.

At the border crossing in the Chernihiv region, families held up photographs of sons and husbands who were not on the list. "My son has been in captivity for 900 days. Every exchange I come here and every time I go home alone," said Olena Kravets, 54, from Kharkiv.

Lysenko said another exchange was being prepared but gave no date. A Ukrainian official involved in the negotiations, who was not authorised to speak publicly, said Russia had so far refused to include several hundred Ukrainian marines in the next swap.`;

export const gold: GoldText = {
  name: "fresh/07-prisoner-exchange",
  actors: actorsWithoutAliases("Russia", "Ukraine"),
  text,
  // The lede's "officials on both sides said" names no single actor and is not gold; nor is "It thanked the UAE".
  claims: [
    /* 0 */ { quote: "the freed Russian servicemen had been flown to Belarus and would be taken to military hospitals in Russia for treatment and rehabilitation", actor: "Russia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "most of the Ukrainians released had been held since 2022", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "among them were defenders of Mariupol and 11 civilians detained in occupied territory", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "Many of them have lost a third of their body weight. Some can barely walk", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    // Lysenko's quote runs on over two paragraphs: one claim per quoted paragraph.
    /* 4 */ { quote: "They told us about beatings and electric shocks, about interrogations that went on for days", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: "We will document every case and send it to the International Criminal Court", actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 6 */ { quote: 'the accounts of abuse "fabricated stories"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: 'Russian prisons held Ukrainian servicemen "in full compliance with the Geneva Conventions"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "the International Committee of the Red Cross had been given access to them", actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "Kyiv of delaying the return of the bodies of Russian soldiers killed in the Kursk region", actor: "Russia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: "Moscow had handed over more than 900 bodies since the spring and received fewer than 100 in return", actor: "Russia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: 'Ukraine had "never refused" a repatriation of bodies', actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "the Russian side had twice postponed agreed handovers at the last minute", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 13 */ { quote: "another exchange was being prepared", actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 14 */ { quote: "Russia had so far refused to include several hundred Ukrainian marines in the next swap", actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
  ],
  // Not gold: the Emirati ministry, the ICRC, the UN mission, Olena Kravets.
  rebuttals: [
    [6, 4],
    [7, 4],
    [11, 9],
    [12, 9],
  ],
};
