// Sealed evaluation text (set C): live blog with 24-hour timestamps; invented night attack on the Kerch
// bridge. "X says" in the present tense without "that", a quote after "the ministry said", a security
// service claiming an attack, a road agency, the de facto Crimean authorities, a rail operator, a
// foreign government's intelligence update, a source talking to "our correspondent", the blog's own
// narration.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `Live: Kerch bridge closed after night attack as Moscow says sea drones were stopped

09:12
Good morning and welcome to our live coverage. Traffic on the Kerch bridge, the 19-kilometre road and rail link between Russia and the annexed Crimean peninsula, has been suspended since about 3 a.m. local time. Here is what we know so far.

09:20
Russia's Defence Ministry says its Black Sea Fleet destroyed four Ukrainian uncrewed surface vessels heading for the bridge overnight. "All targets were destroyed on approach; the structure of the bridge was not damaged," the ministry said in its morning summary.

09:41
Ukraine's SBU security service has claimed the attack. In a statement on Telegram, it says an underwater drone struck one of the supports of the road section at 2:47 a.m. and that "the bridge will need more than a few days of repairs". The SBU published a 20-second night-vision video that we have not been able to verify.

09:58
Russia's Federal Road Agency says engineers are inspecting the bridge "as a precaution". Road traffic should resume "within hours", the agency added.

10:15
Crimea's Moscow-installed authorities say more than 1,200 cars are queuing on both sides and that the ferry crossing at Kerch has been reopened for lorries and buses.

10:32
Kremlin spokesman Arkady Vysotsky told reporters on a conference call that the attack was "another terrorist act by the Kyiv regime" and that the president had been briefed by the defence minister overnight.

10:50
Ukraine's navy has responded to the Russian account. "If all the drones had been destroyed, the bridge would already be open. It is closed because it is damaged," navy spokesman Oleh Havrysh said on national television.

11:05
Our correspondent notes that commercial satellite images taken at 10 a.m. show no visible damage to the road deck, though the underwater supports cannot be seen from above.

11:20
Russia's FSB security service says it has detained a man in Kerch who allegedly filmed the bridge's supports for Ukrainian military intelligence in exchange for cryptocurrency. The FSB released a video of what it said was his confession.

11:42
Ukraine's military intelligence agency, the HUR, said the detained man had "nothing to do" with Ukrainian services. It accused the FSB of staging arrests "for television" every time the bridge was attacked.

12:05
Grand Service Express, which runs passenger trains to Crimea, says two trains from Moscow and St Petersburg will arrive in Simferopol with delays of up to nine hours.

12:30
Britain's Defence Ministry said in its daily intelligence update that the bridge "remains a symbolic and logistical priority" for Kyiv and that Russia had reinforced its defences with booms and barges since 2023.

12:48
Road traffic has resumed in one direction, from Crimea towards the Russian mainland, the Federal Road Agency says. Rail traffic remains suspended.

13:10
A source in the SBU tells our correspondent that the operation had been prepared "for several months" and that the same type of drone was used in an attack on the bridge in 2023.

13:25
The Russian Defence Ministry has updated its figures: it now says 31 Ukrainian aerial drones were shot down over Crimea and the Sea of Azov since midnight, in addition to the four sea drones.

13:40
That's all from us for now. A summary of the day's events will follow this afternoon.`;

export const gold: GoldText = {
  name: "sealed-c/05-kerch-bridge-liveblog",
  actors: actorsWithoutAliases("Russia", "Ukraine"),
  text,
  // Left out of gold: the blog's own narration (09:12, "we have not been able to verify", 11:05, 13:40,
  // "Rail traffic remains suspended"); "has claimed the attack" (a claim of responsibility with no
  // statement of its own; its content follows); Crimea's Moscow-installed authorities (de facto); Grand
  // Service Express (a company); Britain's Defence Ministry (not an actor); "what it said was his
  // confession" (a description of a video, not a statement); "has responded to the Russian account" (no
  // statement). Judgment calls: the Federal Road Agency is a Russian government body, so Russia; "A source
  // in the SBU" is Ukraine, ANONYMOUS_SOURCE; "allegedly" stays inside claim 10's span.
  claims: [
    /* 0 */ { quote: `sea drones were stopped`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: `its Black Sea Fleet destroyed four Ukrainian uncrewed surface vessels heading for the bridge overnight`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 2 */ { quote: `All targets were destroyed on approach; the structure of the bridge was not damaged`, actor: "Russia", attribution: "DIRECT_QUOTE" },
    /* 3 */ { quote: `an underwater drone struck one of the supports of the road section at 2:47 a.m.`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 4 */ { quote: `the bridge will need more than a few days of repairs`, actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 5 */ { quote: `engineers are inspecting the bridge "as a precaution"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 6 */ { quote: `Road traffic should resume "within hours"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 7 */ { quote: `the attack was "another terrorist act by the Kyiv regime"`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: `the president had been briefed by the defence minister overnight`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 9 */ { quote: `If all the drones had been destroyed, the bridge would already be open. It is closed because it is damaged`, actor: "Ukraine", attribution: "DIRECT_QUOTE" },
    /* 10 */ { quote: `it has detained a man in Kerch who allegedly filmed the bridge's supports for Ukrainian military intelligence in exchange for cryptocurrency`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: `the detained man had "nothing to do" with Ukrainian services`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 12 */ { quote: `the FSB of staging arrests "for television" every time the bridge was attacked`, actor: "Ukraine", attribution: "PARAPHRASE" },
    /* 13 */ { quote: `Road traffic has resumed in one direction, from Crimea towards the Russian mainland`, actor: "Russia", attribution: "PARAPHRASE" },
    /* 14 */ { quote: `the operation had been prepared "for several months"`, actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    /* 15 */ { quote: `the same type of drone was used in an attack on the bridge in 2023`, actor: "Ukraine", attribution: "ANONYMOUS_SOURCE" },
    /* 16 */ { quote: `31 Ukrainian aerial drones were shot down over Crimea and the Sea of Azov since midnight, in addition to the four sea drones`, actor: "Russia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [
    [3, 2],
    [9, 1],
    [11, 10],
  ],
};
