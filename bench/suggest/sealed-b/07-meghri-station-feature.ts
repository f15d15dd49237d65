// Sealed evaluation text (set b): magazine-style feature on the Zangezur transit route, with scene-setting and
// few quotes. Invented people and officials. Citizens quoted at length (not gold), states' positions recalled
// from earlier statements, naming ("calls it ..."), a company, an accusation and its rejection late in the piece.
import { actorsWithoutAliases, type GoldText } from "../gold";

const text = `The last station before the border

A railway silent for thirty years may soon carry Azerbaijani freight through Armenia. Meghri is not sure it wants it.

MEGHRI, Armenia — The station building is still there, its pale yellow plaster flaking onto a platform where no train has stopped since 1992. Beyond it the rails run east along the Araks river, half-buried in gravel and wild fennel.

Across the river lies Iran. Lorries with Iranian plates labour up the switchbacks towards the Tashtun pass, carrying tomatoes, cement and washing machines north.

Meghri, a town of about 4,500 people wedged between Iran and Azerbaijan's Nakhchivan exclave, sits at the centre of the region's most contested idea: a road and rail link connecting mainland Azerbaijan with Nakhchivan through a 40-kilometre strip of Armenian land.

Azerbaijan calls it the Zangezur corridor. Armenia, wary of the word, prefers to talk about roads and crossroads. Iran has watched both warily.

Vardan Petrosyan, 71, drove freight trains on this line until the war of the early 1990s closed it. "Julfa, Ordubad, Meghri, Horadiz. Four hours. I could do it with my eyes closed," he says, tapping his old timetable. "Now they talk about it as if it were a rocket to the moon."

The positions of the governments have hardly moved. Last month Armenia's deputy prime minister, Armen Ghukasyan, told parliament that construction on the Armenian section would begin next spring and that "every wagon and every truck will pass through Armenian customs". In Baku, a presidential adviser, Farid Guliyev, said in a television interview in October that Azerbaijani cargo should move "without checks, as it did in Soviet times". Baku, he said in the same interview, had "nothing to discuss with Tehran" about a route that does not cross Iranian territory.

Visiting the crossing at Agarak in September, Iran's consul general in Kapan, Mohammad Reza Sadeghi, said his country had "no objection to any route that respects the borders and sovereignty of Armenia". Any foreign troops along the Araks, he added, would be seen in Tehran as "a direct threat". The Iranian Foreign Ministry has said repeatedly that it will not accept "geopolitical changes" on the country's northern borders.

On the Azerbaijani side, work has moved faster. Azerbaijan Railways, the state operator, says its new line across Nakhchivan is nearly finished. At the Agarak crossing, new scanners can check "a lorry in under ten minutes", according to Armenia's National Security Service, whose border guards took over the post from Russian units last year.

The friction has not gone away. Azerbaijan's Foreign Ministry accused Yerevan last week of "deliberately dragging out" the project. Armenia's Foreign Ministry called the accusation groundless, saying a survey of the line had been completed in August and that the design tender would be announced before the end of the year.

In the café by the bus stop, opinions split by age. Anush Grigoryan, who teaches English at the town school, worries about traffic and strangers. "If trains come, maybe I don't have to leave for Yerevan," said one of her students, 16-year-old Hayk.

Down by the river, an Iranian driver waiting for customs clearance shrugged at the question. "For me, the more roads the better," he said, and went back to his tea.`;

export const gold: GoldText = {
  name: "sealed-b/07-meghri-station-feature",
  actors: actorsWithoutAliases("Armenia", "Azerbaijan", "Iran"),
  text,
  // Left out of gold: the citizens (Petrosyan, the teacher, her student Hayk, the Iranian driver), Azerbaijan
  // Railways (a state company, not a state organ), the scene-setting and "The positions of the governments have
  // hardly moved" (the journalist's own analysis).
  // Judgment calls: "Azerbaijan calls it the Zangezur corridor" and "Armenia ... prefers to talk about roads" are
  // naming and usage, not statements, so not gold; "Iran has watched both warily" is narration; "called the
  // accusation groundless" gives "the accusation groundless" (A a B), the rebutting claim of [9, 8]; "has said
  // repeatedly that it will not accept" is an attributed position (gold, 6); "he said in the same interview" stays
  // inside claim 3.
  claims: [
    /* 0 */ { quote: `construction on the Armenian section would begin next spring`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 1 */ { quote: `every wagon and every truck will pass through Armenian customs`, actor: "Armenia", attribution: "DIRECT_QUOTE" },
    /* 2 */ { quote: `Azerbaijani cargo should move "without checks, as it did in Soviet times"`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 3 */ { quote: `Baku, he said in the same interview, had "nothing to discuss with Tehran" about a route that does not cross Iranian territory`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 4 */ { quote: `his country had "no objection to any route that respects the borders and sovereignty of Armenia"`, actor: "Iran", attribution: "PARAPHRASE" },
    /* 5 */ { quote: `Any foreign troops along the Araks, he added, would be seen in Tehran as "a direct threat"`, actor: "Iran", attribution: "PARAPHRASE" },
    /* 6 */ { quote: `it will not accept "geopolitical changes" on the country's northern borders`, actor: "Iran", attribution: "PARAPHRASE" },
    /* 7 */ { quote: `new scanners can check "a lorry in under ten minutes"`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 8 */ { quote: `Yerevan last week of "deliberately dragging out" the project`, actor: "Azerbaijan", attribution: "PARAPHRASE" },
    /* 9 */ { quote: `the accusation groundless`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 10 */ { quote: `a survey of the line had been completed in August`, actor: "Armenia", attribution: "PARAPHRASE" },
    /* 11 */ { quote: `the design tender would be announced before the end of the year`, actor: "Armenia", attribution: "PARAPHRASE" },
  ],
  rebuttals: [[9, 8], [10, 8]],
};
