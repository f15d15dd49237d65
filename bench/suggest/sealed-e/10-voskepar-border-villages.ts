// Sealed evaluation text (set E): story built on several anonymous sources and named officials from both
// sides: shots near a tractor in an Armenian border village after delimitation, with Azerbaijani and
// Armenian accounts, villagers, an Armenian opposition MP and the EU monitoring mission as third parties.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `A year after the border was drawn, Voskepar farmers say they still cannot reach their fields

VOSKEPAR, Armenia - When Aram Petrosyan drove his tractor towards his wheat field on Saturday morning, he says, two shots rang out from the Azerbaijani post on the ridge, about 300 metres away. He turned back and has not been to the field since.

Armenian officials and Azerbaijani officials agree on little about what happened next.

Armenia's Interior Ministry said on Sunday that Azerbaijani servicemen had "fired warning shots in the direction of a civilian" working on land that lies, under last year's delimitation, on the Armenian side of the border. A senior Armenian security official, speaking on condition of anonymity, said the post had fired on farmers at least four times since July and that Yerevan had raised each incident with Baku through the border commission.

Azerbaijan's State Border Service denied that any shots had been fired. "Our servicemen strictly observe the agreed border and the rules of conduct," it said in a statement. An Azerbaijani official familiar with the commission's work, who asked not to be named, went further, saying the tractor had entered "a strip that belongs to Azerbaijan under the protocol" and had been warned by loudspeaker, not by gunfire.

The two accounts cannot be reconciled. Voskepar, a village of about 1,200 people in the northern Tavush province, was among the first places where Armenian and Azerbaijani surveyors placed new border markers last spring. Several households lost orchards and pasture in the process.

"The markers were agreed at the table in Yerevan and Baku. Here, nobody told us where the line runs through our fields," said Petrosyan's neighbour, Gohar Sargsyan, 62.

Armenian Deputy Prime Minister Samvel Hovhannisyan, who leads Armenia's delimitation commission, told reporters in Ijevan on Monday that the fields in question were "undoubtedly Armenian" and that the maps had been signed by both sides. He said Armenia would ask for a joint visit to the site "within days".

His Azerbaijani counterpart, Deputy Prime Minister Elchin Rahimov, said on Tuesday that Baku had received no such request. He accused the Armenian side of "turning a technical matter into a political campaign" ahead of parliamentary elections.

A second Armenian official, who spoke on condition of anonymity because the talks are confidential, said the disputed strip was about 40 metres wide and that Azerbaijani negotiators had first raised it only in October, months after the protocol was signed.

The European Union Monitoring Mission in Armenia said its patrols had visited Voskepar on Sunday and had "taken note" of residents' accounts. It did not say whether its monitors had heard the shots.

Opposition lawmaker Artur Ghazaryan accused the government of "giving away land metre by metre" and called for the protocol to be published in full.

An Azerbaijani diplomat in Baku, speaking privately, said the incident would not derail the wider peace process. "Nobody in Baku wants this to become a crisis. We want the markers respected, that's all," the diplomat said.

In Voskepar, the wheat is still standing. "If nobody fires, I will harvest it," Petrosyan said. "If they fire, the ministers can come and harvest it themselves."`;

export const gold: GoldText = {
  name: "sealed-e/10-voskepar-border-villages",
  actors: actorsWithoutAliases("Armenia", "Azerbaijan"),
  text,
  // Left out of gold: the farmer Aram Petrosyan and his neighbour Gohar Sargsyan (single citizens, including
  // the headline's "Voskepar farmers say"), the EU Monitoring Mission, the opposition lawmaker Artur
  // Ghazaryan, the journalist's narration ("Armenian officials and Azerbaijani officials agree on little",
  // "The two accounts cannot be reconciled", the village background) and the EU mission's "It did not say
  // whether ...".
  // Judgment calls: the State Border Service is Azerbaijan; "denied that any shots had been fired" gives
  // its that-clause; the unnamed Armenian and Azerbaijani officials and the diplomat "speaking privately"
  // are ANONYMOUS_SOURCE for their states, including their direct quotes; coordinated that-clauses ("said
  // A and that B") are two claims, compound predicates ("had entered ... and had been warned ...") one;
  // "accused the Armenian side of ..." is a counter-accusation linked to Hovhannisyan's statement;
  // "Armenia would ask for a joint visit ..." is a stated intention with content (gold), and Baku's "no
  // such request" is not linked to it (it does not contradict an intention).
  claims: [
    /* 0 */ { quote: 'Azerbaijani servicemen had "fired warning shots in the direction of a civilian" working on land that lies, under last year\'s delimitation, on the Armenian side of the border', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: "the post had fired on farmers at least four times since July", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 2 */ { quote: "Yerevan had raised each incident with Baku through the border commission", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 3 */ { quote: "any shots had been fired", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 4 */ { quote: "Our servicemen strictly observe the agreed border and the rules of conduct", actor: "Azerbaijan", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: 'the tractor had entered "a strip that belongs to Azerbaijan under the protocol" and had been warned by loudspeaker, not by gunfire', actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
    /* 6 */ { quote: 'the fields in question were "undoubtedly Armenian"', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: "the maps had been signed by both sides", actor: "Armenia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: 'Armenia would ask for a joint visit to the site "within days"', actor: "Armenia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: "Baku had received no such request", actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 10 */ { quote: 'the Armenian side of "turning a technical matter into a political campaign" ahead of parliamentary elections', actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 11 */ { quote: "the disputed strip was about 40 metres wide", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 12 */ { quote: "Azerbaijani negotiators had first raised it only in October, months after the protocol was signed", actor: "Armenia", attribution: "ANONYMOUS_SOURCE" },
    /* 13 */ { quote: "the incident would not derail the wider peace process", actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
    /* 14 */ { quote: "Nobody in Baku wants this to become a crisis. We want the markers respected, that's all", actor: "Azerbaijan", attribution: "ANONYMOUS_SOURCE" },
  ],
  rebuttals: [[3, 0], [5, 0], [10, 6]],
};
