// Sealed evaluation text (set sealed-a): a Q&A interview write-up with Kazakhstan's transport minister,
// Kazakhstan transit. Invented minister and figures; a headline "Speaker: "quote"", an intro that
// paraphrases him, questions that report a Russian official's and Georgia's statements, answers as direct
// speech, and written replies from Azerbaijan and Georgia after the interview.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Kazakhstan's transport minister: "The Caspian route is no longer an experiment"

Kazakhstan shipped a record 4.1 million tonnes of cargo across the Caspian Sea last year and wants to double that by 2030. In an interview in Astana, Transport Minister Nurlan Seitkali said the route through Azerbaijan and Georgia was now "cheaper than its reputation", dismissed suggestions that Moscow was pressing Astana to keep cargo on Russian railways, and said ferries alone could not carry the growth.

Last year's volumes were a record. Is the Middle Corridor now a real alternative to the northern route through Russia?

It is a real route, but not yet an alternative. The northern route still carries several times more, and it will remain important for us. What has changed is that shippers now have a choice, and a choice is worth money.

In March, Russia's deputy transport minister said Kazakhstan risked "trading a reliable partner for an unreliable one". Is that how Moscow sees it?

Nobody in Moscow has said this to me directly. Our partnership with Russia is not in question. We simply do not want all of our exports to depend on one corridor, and our Russian colleagues understand this better than anyone.

The same official said cargo on the Caspian route waits "up to three weeks" for a ferry. Is that true?

That was true two years ago. This year the average wait at Aktau was four days, and for containers it was less than that.

Some traders say Russian Railways has been slow to approve Kazakh wagons at the border since the spring. Is that pressure?

No. There were delays at two crossings in the winter, but they were technical, and they were fixed within weeks.

What is the biggest bottleneck on the Caspian route now?

The sea itself. We have too few ferries and too few feeder vessels, and the shipyards are booked for years. Four new ferries have been ordered, the first arrives in 2027.

Georgia's government has promised that the deep-sea port at Anaklia will open in 2029. Do you believe it?

I have no reason not to believe our Georgian partners. But we plan with the ports that exist today, and today Poti and Batumi are full every autumn.

What about tariffs? Shippers complain that every country on the route sets its own.

That is the real work now. We agreed with Azerbaijan and Georgia last month on a single through-tariff for containers, and it will apply from January.

Will China keep sending goods this way if the Red Sea calms down?

Chinese shippers did not come to us only because of the Red Sea. They came because the route is shorter, and they are staying.

After the interview, Azerbaijan's Ministry of Digital Development and Transport said in a written reply that the expansion of the port of Alat would be completed "in the first half of next year" and would raise its capacity by a third. Georgia's Economy Ministry said the upgraded section of the Baku-Tbilisi-Kars railway "can take everything Kazakhstan sends", and that work at Anaklia was on schedule.

Russian Railways, in a statement to our newsroom, said it processed Kazakh wagons "on a general basis, without exceptions".

The Middle Corridor links China with Europe through Kazakhstan, the Caspian, Azerbaijan, Georgia and Turkey.`;

export const gold: GoldText = {
  name: "sealed-a/06-caspian-transit-interview",
  actors: actorsWithoutAliases("Kazakhstan", "Russia", "Azerbaijan", "Georgia"),
  text,
  // Left out of gold: the interviewer's questions as such (but statements of actors reported inside them are
  // gold), "some traders say", the Red Sea question, Russian Railways (a company), the
  // background on the Middle Corridor, and the intro's first sentence (narration of figures).
  // Judgment calls: each answer is the minister's direct speech and gives one claim per answer paragraph
  // (like one claim per quoted paragraph); "dismissed suggestions that ..." gives the object, as "rejected
  // the accusations" does, though the suggestions are nobody's among the actors (no rebuttal pair);
  // Georgia's promise about Anaklia has claimed content and is gold; Georgia's two that-clauses are two claims.
  claims: [
    /* 0 */ { quote: "The Caspian route is no longer an experiment", actor: "Kazakhstan", attribution: "DIRECT_QUOTE" },
    /* 1 */ { quote: 'the route through Azerbaijan and Georgia was now "cheaper than its reputation"', actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 2 */ { quote: "suggestions that Moscow was pressing Astana to keep cargo on Russian railways", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 3 */ { quote: "ferries alone could not carry the growth", actor: "Kazakhstan", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "It is a real route, but not yet an alternative. The northern route still carries several times more, and it will remain important for us. What has changed is that shippers now have a choice, and a choice is worth money", actor: "Kazakhstan", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: 'Kazakhstan risked "trading a reliable partner for an unreliable one"', actor: "Russia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: "Nobody in Moscow has said this to me directly. Our partnership with Russia is not in question. We simply do not want all of our exports to depend on one corridor, and our Russian colleagues understand this better than anyone", actor: "Kazakhstan", attribution: "DIRECT_QUOTE" },
    /* 7 */ { quote: 'cargo on the Caspian route waits "up to three weeks" for a ferry', actor: "Russia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: "That was true two years ago. This year the average wait at Aktau was four days, and for containers it was less than that", actor: "Kazakhstan", attribution: "DIRECT_QUOTE" },
    /* 9 */ { quote: "No. There were delays at two crossings in the winter, but they were technical, and they were fixed within weeks", actor: "Kazakhstan", attribution: "DIRECT_QUOTE" },
    /* 10 */ { quote: "The sea itself. We have too few ferries and too few feeder vessels, and the shipyards are booked for years. Four new ferries have been ordered, the first arrives in 2027", actor: "Kazakhstan", attribution: "DIRECT_QUOTE" },
    /* 11 */ { quote: "the deep-sea port at Anaklia will open in 2029", actor: "Georgia", attribution: "PARAPHRASE" },
    /* 12 */ { quote: "I have no reason not to believe our Georgian partners. But we plan with the ports that exist today, and today Poti and Batumi are full every autumn", actor: "Kazakhstan", attribution: "DIRECT_QUOTE" },
    /* 13 */ { quote: "That is the real work now. We agreed with Azerbaijan and Georgia last month on a single through-tariff for containers, and it will apply from January", actor: "Kazakhstan", attribution: "DIRECT_QUOTE" },
    /* 14 */ { quote: "Chinese shippers did not come to us only because of the Red Sea. They came because the route is shorter, and they are staying", actor: "Kazakhstan", attribution: "DIRECT_QUOTE" },
    /* 15 */ { quote: 'the expansion of the port of Alat would be completed "in the first half of next year" and would raise its capacity by a third', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 16 */ { quote: 'the upgraded section of the Baku-Tbilisi-Kars railway "can take everything Kazakhstan sends"', actor: "Georgia", attribution: "PARAPHRASE" },
    /* 17 */ { quote: "work at Anaklia was on schedule", actor: "Georgia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[6, 5], [8, 7]],
};
