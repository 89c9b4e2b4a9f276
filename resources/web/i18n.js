// Texts of the phone page in English, Finnish and Swedish.
//
// A text is either a string or an object of plural forms ({one, other}) chosen
// with Intl.PluralRules. Placeholders are written {name}. Elements in the
// static HTML name their text with data-i18n (textContent) or
// data-i18n-attr="attribute:key" (an attribute).

import { storage } from "./storage.js";

export const LANGUAGES = ["fi", "sv", "en"];
const DEFAULT_LANGUAGE = "en";
const STORAGE_KEY = "facilitator:language";

const en = {
  appName: "Facilitator",
  skipToContent: "Skip to content",
  language: "Language",
  loading: "Loading…",
  codeLabel: "Code {code}",
  joinHeading: "Join the workshop",
  joinIntro: "Take part from this phone: write notes and vote. No account, nothing to install.",
  nameLabel: "Your name (optional)",
  nameHelp:
    "You are anonymous by default: leave this empty and nobody sees who wrote your notes. " +
    "If you write a name, it is shown with your notes.",
  joinButton: "Join",
  joining: "Joining…",
  composerHeading: "Write a note",
  noteLabel: "Your note",
  counter: "{count} / {limit}",
  colourLegend: "Colour",
  addNote: "Add note",
  noteStatusSending: "Sending…",
  noteStatusWaiting: "Waiting to send",
  boardNotAccepting: "This board is not taking new notes right now.",
  boardLocked: "This board is locked: notes can no longer be added or changed.",
  myNotesHeading: "My notes",
  myNotesEmpty: "You have not written any notes on this board yet.",
  myNotesHiddenHint: "Your notes are hidden from the others until the facilitator reveals them.",
  hiddenTag: "Hidden",
  waitingHint: "Notes waiting to send stay on this phone and are sent when the connection is back.",
  edit: "Edit",
  save: "Save",
  cancel: "Cancel",
  delete: "Delete",
  confirmDelete: "Delete this note?",
  keep: "Keep",
  editLabel: "Edit your note",
  yours: "Your note",
  boardHeading: "Notes on the board",
  otherNotes: "Other notes",
  untitledGroup: "Untitled group",
  clusterLabel: "Group (optional)",
  noCluster: "No group",
  boardEmpty: "No notes on the board yet.",
  hiddenCount: {
    one: "{n} note is hidden until the facilitator reveals it.",
    other: "{n} notes are hidden until the facilitator reveals them.",
  },
  similar: "+{n} similar",
  votes: { one: "{n} vote", other: "{n} votes" },
  byAuthor: "by {name}",
  colourName: "Colour: {name}",
  votingHeading: "Voting",
  votesLeft: { one: "{n} of {budget} votes left", other: "{n} of {budget} votes left" },
  votingHowNotes: "Tap Vote to give a note one of your votes. A note can get several of them.",
  votingHowClusters:
    "Tap Vote to give a group one of your votes. A group can get several of them.",
  votingNothing: "Nothing to vote on yet.",
  vote: "Vote",
  takeBack: "Take back",
  myVotesOn: { one: "Your votes: {n}", other: "Your votes: {n}" },
  allVotesUsed: "You have used all your votes. Take one back to move it.",
  statusConnecting: "Connecting…",
  statusConnected: "Connected",
  statusReconnecting: "Reconnecting…",
  statusOffline: "Offline",
  endedHeading: "The session has ended",
  endedBody: "Thank you for taking part.",
  endedHint: "If the facilitator opens the session again, this page continues by itself.",
  sessionBack: "The session is open again.",
  notFoundHeading: "Session not found",
  notFoundBody: "Check the link or the code you were given.",
  unreachable: "Cannot reach the session. Trying again…",
  dismiss: "Close message",
  // The shared timer, the agenda phase and browsing boards.
  timeLeft: "Time left",
  lastMinute: "Last minute",
  timesUp: "Time's up",
  timerPaused: "Paused",
  timerReady: "Not started",
  timeElapsed: "Time elapsed",
  phaseNumber: "Phase {number} of {count}",
  boardsNav: "Boards",
  allBoards: "All boards ({n})",
  shownNow: "Shown now",
  youAreHere: "You are here",
  backToShown: "Back to the shown board: {title}",
  // Discussing topics one at a time (Lean Coffee) and the "continue?" poll.
  discussionNow: "Now discussing",
  discussionTopicOf: "Topic {number} of {count}",
  discussedTag: "Discussed",
  discussingTag: "Now discussing",
  quoted: "“{text}”",
  pollKicker: "Quick poll",
  pollQuestion: "Continue with “{topic}”?",
  pollQuestionNoTopic: "Continue with this topic?",
  pollHelp: "The facilitator asks the room. Tap one; you can change your answer.",
  thumbs: { up: "Keep going", sideways: "Either way", down: "Move on" },
  pollYourAnswer: "Your answer: {choice}. Tap another one to change it.",
  pollSending: "Sending your answer…",
  pollWaiting: "Not sent yet: your answer is sent when the connection is back.",
  pollTotal: { one: "{n} answer so far", other: "{n} answers so far" },
  pollClosedHeading: "Poll closed",
  pollFinal: { one: "Result: {n} answer", other: "Result: {n} answers" },
  // Building on others' ideas (brainwriting).
  handoutHeading: "Ideas to build on",
  handoutHelp:
    "Another participant wrote these in the last round. Choose one and write a note that " +
    "takes it further.",
  handoutEmpty: "Nobody else wrote in the last round yet — write a new idea.",
  handoutLoading: "Loading the ideas…",
  handoutFailed: "The ideas to build on could not be loaded.",
  tryAgain: "Try again",
  buildOnThis: "Build on this",
  buildingOnThisTag: "You are building on this",
  buildingOn: "Building on:",
  stopBuilding: "Cancel",
  stopBuildingLabel: "Cancel building on this idea",
  buildsOn: "builds on: {text}",
  units: {
    hours: { one: "{n} hour", other: "{n} hours" },
    minutes: { one: "{n} minute", other: "{n} minutes" },
    seconds: { one: "{n} second", other: "{n} seconds" },
  },
  // Announcements (aria-live).
  newNotes: { one: "{n} new note", other: "{n} new notes" },
  votingOpened: {
    one: "Voting is open: you have {n} vote",
    other: "Voting is open: you have {n} votes",
  },
  votingClosed: "Voting has closed.",
  boardShown: "The facilitator is now showing: {title}.",
  boardLockedNow: "The board is now locked.",
  notesRevealed: "The notes have been revealed.",
  boardShownWhileBrowsing:
    "The facilitator is now showing: {title}. You are still viewing {current}.",
  browsedBoardGone: "The board you were viewing was removed. You are back on the shown board.",
  phaseNow: "Phase {number} of {count}: {title}.",
  timerStarted: "Timer started: {duration}.",
  stopwatchStarted: "Stopwatch started.",
  timerPausedNow: "Timer paused.",
  timerResumed: "Timer resumed.",
  timerAdded: "{amount} added.",
  timerTakenOff: "{amount} taken off.",
  timerReset: "Timer reset.",
  timerCleared: "Timer cleared.",
  timeLeftSpoken: "{time} left.",
  oneMinuteLeft: "1 minute left.",
  timesUpNow: "Time's up.",
  topicNow: "Now discussing topic {number} of {count}: {text}.",
  pollAsked: "The facilitator asks: continue with “{topic}”?",
  pollAskedNoTopic: "The facilitator asks: continue with this topic?",
  pollClosedNow: "The poll has closed.",
  answerSent: "Answer sent: {choice}.",
  handoutReceived: {
    one: "You received {n} idea to build on.",
    other: "You received {n} ideas to build on.",
  },
  noteAdded: "Note added.",
  noteQueued: "No connection: your note is kept on this phone and sent when you are back online.",
  queuedSent: { one: "{n} waiting note was sent.", other: "{n} waiting notes were sent." },
  noteSaved: "Note saved.",
  noteDeleted: "Note deleted.",
  voteAdded: { one: "Vote given. {n} left.", other: "Vote given. {n} left." },
  voteRemoved: { one: "Vote taken back. {n} left.", other: "Vote taken back. {n} left." },
  writeSomething: "Write something first.",
  joinAgain: "Please join the session again.",
  // Errors, by the server's error code and what was being done.
  errors: {
    invalid: "That could not be saved: please check what you wrote.",
    invalidNote: "A note needs some text and can have at most {limit} characters.",
    invalidName: "A name can have at most 60 characters.",
    not_found: "That no longer exists.",
    notFoundNote: "That note no longer exists.",
    notFoundVote: "That is no longer on the board.",
    forbidden: "You can only change your own notes.",
    conflict: "Someone changed this at the same time. Please try again.",
    board_closed: "This board is not taking changes right now.",
    boardClosedNote: "This board is not taking new notes right now.",
    boardClosedEdit: "This board is locked: notes can no longer be changed.",
    boardClosedVote: "Voting is not open on this board.",
    no_votes_left: "You have used all your votes.",
    unauthorized: "Please join the session again.",
    too_large: "That is too long to send.",
    unsupported_media_type: "Something went wrong while sending. Please reload the page.",
    rate_limited: "Wait a moment before sending more.",
    session_closed: "The session has ended.",
    storage: "The facilitator's computer could not save that. Please try again in a moment.",
    network: "No connection. Please try again when you are back online.",
    boardLoad: "That board could not be opened. Please try again.",
    pollClosed: "This poll has closed.",
    pollClosedUnsent: "Your answer was not sent: the poll closed first.",
    buildOnGone: "The idea you built on was removed, so your note was added as a new idea.",
    unknown: "Something went wrong. Please try again.",
  },
  colors: {
    yellow: "Yellow",
    orange: "Orange",
    blue: "Blue",
    pink: "Pink",
    purple: "Purple",
    teal: "Teal",
    grey: "Grey",
  },
};

const fi = {
  appName: "Facilitator",
  skipToContent: "Siirry sisältöön",
  language: "Kieli",
  loading: "Ladataan…",
  codeLabel: "Koodi {code}",
  joinHeading: "Liity työpajaan",
  joinIntro: "Osallistu tällä puhelimella: kirjoita lappuja ja äänestä. Ei tiliä, ei asennuksia.",
  nameLabel: "Nimesi (valinnainen)",
  nameHelp:
    "Osallistut oletuksena nimettömänä: jätä kenttä tyhjäksi, niin kukaan ei näe, kuka lappusi " +
    "kirjoitti. Jos kirjoitat nimen, se näkyy lappujesi yhteydessä.",
  joinButton: "Liity",
  joining: "Liitytään…",
  composerHeading: "Kirjoita lappu",
  noteLabel: "Lappusi",
  counter: "{count} / {limit}",
  colourLegend: "Väri",
  addNote: "Lisää lappu",
  noteStatusSending: "Lähetetään…",
  noteStatusWaiting: "Odottaa lähetystä",
  boardNotAccepting: "Tälle taululle ei voi nyt lisätä lappuja.",
  boardLocked: "Taulu on lukittu: lappuja ei voi enää lisätä eikä muuttaa.",
  myNotesHeading: "Omat lappuni",
  myNotesEmpty: "Et ole vielä kirjoittanut lappuja tälle taululle.",
  myNotesHiddenHint: "Lappusi ovat piilossa muilta, kunnes ohjaaja paljastaa ne.",
  hiddenTag: "Piilossa",
  waitingHint: "Lähetystä odottavat laput säilyvät tässä puhelimessa ja lähtevät, kun yhteys palaa.",
  edit: "Muokkaa",
  save: "Tallenna",
  cancel: "Peruuta",
  delete: "Poista",
  confirmDelete: "Poistetaanko lappu?",
  keep: "Säilytä",
  editLabel: "Muokkaa lappuasi",
  yours: "Oma lappusi",
  boardHeading: "Taulun laput",
  otherNotes: "Muut laput",
  untitledGroup: "Nimetön ryhmä",
  clusterLabel: "Ryhmä (valinnainen)",
  noCluster: "Ei ryhmää",
  boardEmpty: "Taululla ei ole vielä lappuja.",
  hiddenCount: {
    one: "{n} lappu on piilossa, kunnes ohjaaja paljastaa sen.",
    other: "{n} lappua on piilossa, kunnes ohjaaja paljastaa ne.",
  },
  similar: "+{n} samankaltaista",
  votes: { one: "{n} ääni", other: "{n} ääntä" },
  byAuthor: "Kirjoittaja: {name}",
  colourName: "Väri: {name}",
  votingHeading: "Äänestys",
  votesLeft: { one: "{n}/{budget} ääntä jäljellä", other: "{n}/{budget} ääntä jäljellä" },
  votingHowNotes: "Anna lapulle yksi äänistäsi napauttamalla Äänestä. Lappu voi saada useita.",
  votingHowClusters:
    "Anna ryhmälle yksi äänistäsi napauttamalla Äänestä. Ryhmä voi saada useita.",
  votingNothing: "Ei vielä mitään äänestettävää.",
  vote: "Äänestä",
  takeBack: "Peru ääni",
  myVotesOn: { one: "Ääniäsi: {n}", other: "Ääniäsi: {n}" },
  allVotesUsed: "Olet käyttänyt kaikki äänesi. Peru ääni, jos haluat siirtää sen.",
  statusConnecting: "Yhdistetään…",
  statusConnected: "Yhdistetty",
  statusReconnecting: "Yhdistetään uudelleen…",
  statusOffline: "Ei yhteyttä",
  endedHeading: "Istunto on päättynyt",
  endedBody: "Kiitos osallistumisesta.",
  endedHint: "Jos ohjaaja avaa istunnon uudelleen, tämä sivu jatkaa itsestään.",
  sessionBack: "Istunto on taas auki.",
  notFoundHeading: "Istuntoa ei löytynyt",
  notFoundBody: "Tarkista saamasi linkki tai koodi.",
  unreachable: "Istuntoon ei saada yhteyttä. Yritetään uudelleen…",
  dismiss: "Sulje ilmoitus",
  timeLeft: "Aikaa jäljellä",
  lastMinute: "Viimeinen minuutti",
  timesUp: "Aika loppui",
  timerPaused: "Pysäytetty",
  timerReady: "Ei käynnissä",
  timeElapsed: "Aikaa kulunut",
  phaseNumber: "Vaihe {number}/{count}",
  boardsNav: "Taulut",
  allBoards: "Kaikki taulut ({n})",
  shownNow: "Näytetään nyt",
  youAreHere: "Olet tässä",
  backToShown: "Takaisin näytettävään tauluun: {title}",
  discussionNow: "Nyt keskustellaan",
  discussionTopicOf: "Aihe {number}/{count}",
  discussedTag: "Käsitelty",
  discussingTag: "Keskustelussa nyt",
  quoted: "”{text}”",
  pollKicker: "Pikakysely",
  pollQuestion: "Jatketaanko aihetta ”{topic}”?",
  pollQuestionNoTopic: "Jatketaanko tätä aihetta?",
  pollHelp: "Ohjaaja kysyy ryhmältä. Valitse yksi – voit vaihtaa vastaustasi.",
  thumbs: { up: "Jatketaan", sideways: "Kumpi vain", down: "Eteenpäin" },
  pollYourAnswer: "Vastauksesi: {choice}. Voit vaihtaa sen napauttamalla toista.",
  pollSending: "Vastaustasi lähetetään…",
  pollWaiting: "Ei vielä lähetetty: vastauksesi lähtee, kun yhteys palaa.",
  pollTotal: { one: "{n} vastaus tähän mennessä", other: "{n} vastausta tähän mennessä" },
  pollClosedHeading: "Kysely päättyi",
  pollFinal: { one: "Tulos: {n} vastaus", other: "Tulos: {n} vastausta" },
  handoutHeading: "Jatkettavat ideat",
  handoutHelp:
    "Toinen osallistuja kirjoitti nämä edellisellä kierroksella. Valitse yksi ja kirjoita " +
    "lappu, joka vie sitä eteenpäin.",
  handoutEmpty: "Kukaan muu ei ole vielä kirjoittanut edellisellä kierroksella – kirjoita uusi idea.",
  handoutLoading: "Ladataan ideoita…",
  handoutFailed: "Jatkettavia ideoita ei saatu ladattua.",
  tryAgain: "Yritä uudelleen",
  buildOnThis: "Jatka tätä",
  buildingOnThisTag: "Jatkat tätä",
  buildingOn: "Jatkat ideaa:",
  stopBuilding: "Peruuta",
  stopBuildingLabel: "Peruuta idean jatkaminen",
  buildsOn: "jatkaa ideaa: {text}",
  units: {
    hours: { one: "{n} tunti", other: "{n} tuntia" },
    minutes: { one: "{n} minuutti", other: "{n} minuuttia" },
    seconds: { one: "{n} sekunti", other: "{n} sekuntia" },
  },
  newNotes: { one: "{n} uusi lappu", other: "{n} uutta lappua" },
  votingOpened: {
    one: "Äänestys on auki: sinulla on {n} ääni",
    other: "Äänestys on auki: sinulla on {n} ääntä",
  },
  votingClosed: "Äänestys on päättynyt.",
  boardShown: "Ohjaaja näyttää nyt taulua: {title}.",
  boardLockedNow: "Taulu on nyt lukittu.",
  notesRevealed: "Laput on paljastettu.",
  boardShownWhileBrowsing:
    "Ohjaaja näyttää nyt taulua: {title}. Katselet yhä taulua: {current}.",
  browsedBoardGone: "Katselemasi taulu poistettiin. Palasit näytettävään tauluun.",
  phaseNow: "Vaihe {number}/{count}: {title}.",
  timerStarted: "Ajastin käynnistyi: {duration}.",
  stopwatchStarted: "Sekuntikello käynnistyi.",
  timerPausedNow: "Ajastin pysäytettiin.",
  timerResumed: "Ajastin jatkuu.",
  timerAdded: "Aikaa lisättiin: {amount}.",
  timerTakenOff: "Aikaa vähennettiin: {amount}.",
  timerReset: "Ajastin nollattiin.",
  timerCleared: "Ajastin poistettiin.",
  timeLeftSpoken: "Aikaa jäljellä {time}.",
  oneMinuteLeft: "Minuutti jäljellä.",
  timesUpNow: "Aika loppui.",
  topicNow: "Nyt keskustellaan aiheesta {number}/{count}: {text}.",
  pollAsked: "Ohjaaja kysyy: jatketaanko aihetta ”{topic}”?",
  pollAskedNoTopic: "Ohjaaja kysyy: jatketaanko tätä aihetta?",
  pollClosedNow: "Kysely päättyi.",
  answerSent: "Vastaus lähetetty: {choice}.",
  handoutReceived: {
    one: "Sait {n} idean jatkettavaksi.",
    other: "Sait {n} ideaa jatkettavaksi.",
  },
  noteAdded: "Lappu lisätty.",
  noteQueued: "Ei yhteyttä: lappu säilyy tässä puhelimessa ja lähtee, kun yhteys palaa.",
  queuedSent: { one: "{n} odottanut lappu lähetettiin.", other: "{n} odottanutta lappua lähetettiin." },
  noteSaved: "Lappu tallennettu.",
  noteDeleted: "Lappu poistettu.",
  voteAdded: { one: "Ääni annettu. {n} jäljellä.", other: "Ääni annettu. {n} jäljellä." },
  voteRemoved: { one: "Ääni peruttu. {n} jäljellä.", other: "Ääni peruttu. {n} jäljellä." },
  writeSomething: "Kirjoita ensin jotain.",
  joinAgain: "Liity istuntoon uudelleen.",
  errors: {
    invalid: "Tallennus ei onnistunut: tarkista kirjoittamasi.",
    invalidNote: "Lapussa on oltava tekstiä, ja siinä voi olla enintään {limit} merkkiä.",
    invalidName: "Nimessä voi olla enintään 60 merkkiä.",
    not_found: "Sitä ei ole enää olemassa.",
    notFoundNote: "Lappua ei ole enää olemassa.",
    notFoundVote: "Sitä ei ole enää taululla.",
    forbidden: "Voit muuttaa vain omia lappujasi.",
    conflict: "Joku muutti tätä samaan aikaan. Yritä uudelleen.",
    board_closed: "Taulua ei voi nyt muuttaa.",
    boardClosedNote: "Tälle taululle ei voi nyt lisätä lappuja.",
    boardClosedEdit: "Taulu on lukittu: lappuja ei voi enää muuttaa.",
    boardClosedVote: "Tällä taululla ei nyt äänestetä.",
    no_votes_left: "Olet käyttänyt kaikki äänesi.",
    unauthorized: "Liity istuntoon uudelleen.",
    too_large: "Tämä on liian pitkä lähetettäväksi.",
    unsupported_media_type: "Lähetyksessä tapahtui virhe. Lataa sivu uudelleen.",
    rate_limited: "Odota hetki ennen kuin lähetät lisää.",
    session_closed: "Istunto on päättynyt.",
    storage: "Ohjaajan tietokone ei saanut tallennettua tätä. Yritä hetken päästä uudelleen.",
    network: "Ei yhteyttä. Yritä uudelleen, kun yhteys palaa.",
    boardLoad: "Taulua ei voitu avata. Yritä uudelleen.",
    pollClosed: "Kysely on jo päättynyt.",
    pollClosedUnsent: "Vastaustasi ei lähetetty: kysely päättyi ensin.",
    buildOnGone: "Idea, jota jatkoit, poistettiin, joten lappusi lisättiin uutena ideana.",
    unknown: "Jokin meni vikaan. Yritä uudelleen.",
  },
  colors: {
    yellow: "Keltainen",
    orange: "Oranssi",
    blue: "Sininen",
    pink: "Vaaleanpunainen",
    purple: "Violetti",
    teal: "Turkoosi",
    grey: "Harmaa",
  },
};

const sv = {
  appName: "Facilitator",
  skipToContent: "Hoppa till innehållet",
  language: "Språk",
  loading: "Laddar…",
  codeLabel: "Kod {code}",
  joinHeading: "Delta i workshoppen",
  joinIntro: "Delta från den här telefonen: skriv lappar och rösta. Inget konto, inget att installera.",
  nameLabel: "Ditt namn (frivilligt)",
  nameHelp:
    "Du är anonym som standard: lämna fältet tomt så ser ingen vem som skrev dina lappar. " +
    "Om du skriver ett namn visas det med dina lappar.",
  joinButton: "Delta",
  joining: "Ansluter…",
  composerHeading: "Skriv en lapp",
  noteLabel: "Din lapp",
  counter: "{count} / {limit}",
  colourLegend: "Färg",
  addNote: "Lägg till lapp",
  noteStatusSending: "Skickas…",
  noteStatusWaiting: "Väntar på att skickas",
  boardNotAccepting: "Den här tavlan tar inte emot nya lappar just nu.",
  boardLocked: "Tavlan är låst: lappar kan inte längre läggas till eller ändras.",
  myNotesHeading: "Mina lappar",
  myNotesEmpty: "Du har inte skrivit några lappar på den här tavlan ännu.",
  myNotesHiddenHint: "Dina lappar är dolda för de andra tills processledaren visar dem.",
  hiddenTag: "Dold",
  waitingHint: "Lappar som väntar sparas i telefonen och skickas när anslutningen är tillbaka.",
  edit: "Redigera",
  save: "Spara",
  cancel: "Avbryt",
  delete: "Radera",
  confirmDelete: "Radera lappen?",
  keep: "Behåll",
  editLabel: "Redigera din lapp",
  yours: "Din lapp",
  boardHeading: "Lappar på tavlan",
  otherNotes: "Övriga lappar",
  untitledGroup: "Namnlös grupp",
  clusterLabel: "Grupp (frivilligt)",
  noCluster: "Ingen grupp",
  boardEmpty: "Inga lappar på tavlan ännu.",
  hiddenCount: {
    one: "{n} lapp är dold tills processledaren visar den.",
    other: "{n} lappar är dolda tills processledaren visar dem.",
  },
  similar: "+{n} liknande",
  votes: { one: "{n} röst", other: "{n} röster" },
  byAuthor: "av {name}",
  colourName: "Färg: {name}",
  votingHeading: "Röstning",
  votesLeft: { one: "{n} av {budget} röster kvar", other: "{n} av {budget} röster kvar" },
  votingHowNotes: "Tryck på Rösta för att ge en lapp en av dina röster. En lapp kan få flera.",
  votingHowClusters:
    "Tryck på Rösta för att ge en grupp en av dina röster. En grupp kan få flera.",
  votingNothing: "Inget att rösta på ännu.",
  vote: "Rösta",
  takeBack: "Ta tillbaka",
  myVotesOn: { one: "Dina röster: {n}", other: "Dina röster: {n}" },
  allVotesUsed: "Du har använt alla dina röster. Ta tillbaka en för att flytta den.",
  statusConnecting: "Ansluter…",
  statusConnected: "Ansluten",
  statusReconnecting: "Ansluter igen…",
  statusOffline: "Ingen anslutning",
  endedHeading: "Sessionen har avslutats",
  endedBody: "Tack för att du deltog.",
  endedHint: "Om processledaren öppnar sessionen igen fortsätter sidan av sig själv.",
  sessionBack: "Sessionen är öppen igen.",
  notFoundHeading: "Sessionen hittades inte",
  notFoundBody: "Kontrollera länken eller koden du fick.",
  unreachable: "Sessionen kan inte nås. Försöker igen…",
  dismiss: "Stäng meddelandet",
  timeLeft: "Tid kvar",
  lastMinute: "Sista minuten",
  timesUp: "Tiden är ute",
  timerPaused: "Pausad",
  timerReady: "Inte startad",
  timeElapsed: "Förfluten tid",
  phaseNumber: "Fas {number} av {count}",
  boardsNav: "Tavlor",
  allBoards: "Alla tavlor ({n})",
  shownNow: "Visas nu",
  youAreHere: "Du är här",
  backToShown: "Tillbaka till tavlan som visas: {title}",
  discussionNow: "Diskuteras nu",
  discussionTopicOf: "Ämne {number} av {count}",
  discussedTag: "Diskuterat",
  discussingTag: "Diskuteras nu",
  quoted: "”{text}”",
  pollKicker: "Snabbfråga",
  pollQuestion: "Fortsätta med ”{topic}”?",
  pollQuestionNoTopic: "Fortsätta med det här ämnet?",
  pollHelp: "Processledaren frågar gruppen. Tryck på ett svar – du kan ändra det.",
  thumbs: { up: "Fortsätt", sideways: "Spelar ingen roll", down: "Gå vidare" },
  pollYourAnswer: "Ditt svar: {choice}. Tryck på ett annat för att ändra.",
  pollSending: "Ditt svar skickas…",
  pollWaiting: "Inte skickat ännu: ditt svar skickas när anslutningen är tillbaka.",
  pollTotal: { one: "{n} svar hittills", other: "{n} svar hittills" },
  pollClosedHeading: "Omröstningen har stängts",
  pollFinal: { one: "Resultat: {n} svar", other: "Resultat: {n} svar" },
  handoutHeading: "Idéer att bygga vidare på",
  handoutHelp:
    "En annan deltagare skrev de här i förra omgången. Välj en och skriv en lapp som för " +
    "den vidare.",
  handoutEmpty: "Ingen annan har skrivit något i förra omgången ännu – skriv en ny idé.",
  handoutLoading: "Idéerna laddas…",
  handoutFailed: "Idéerna att bygga vidare på kunde inte laddas.",
  tryAgain: "Försök igen",
  buildOnThis: "Bygg vidare på den här",
  buildingOnThisTag: "Du bygger vidare på den här",
  buildingOn: "Du bygger vidare på:",
  stopBuilding: "Avbryt",
  stopBuildingLabel: "Avbryt att bygga vidare på idén",
  buildsOn: "bygger vidare på: {text}",
  units: {
    hours: { one: "{n} timme", other: "{n} timmar" },
    minutes: { one: "{n} minut", other: "{n} minuter" },
    seconds: { one: "{n} sekund", other: "{n} sekunder" },
  },
  newNotes: { one: "{n} ny lapp", other: "{n} nya lappar" },
  votingOpened: {
    one: "Röstningen är öppen: du har {n} röst",
    other: "Röstningen är öppen: du har {n} röster",
  },
  votingClosed: "Röstningen har stängts.",
  boardShown: "Processledaren visar nu: {title}.",
  boardLockedNow: "Tavlan är nu låst.",
  notesRevealed: "Lapparna har visats.",
  boardShownWhileBrowsing:
    "Processledaren visar nu: {title}. Du tittar fortfarande på: {current}.",
  browsedBoardGone: "Tavlan du tittade på har tagits bort. Du är tillbaka på tavlan som visas.",
  phaseNow: "Fas {number} av {count}: {title}.",
  timerStarted: "Timern har startat: {duration}.",
  stopwatchStarted: "Tidtagningen har startat.",
  timerPausedNow: "Timern har pausats.",
  timerResumed: "Timern går igen.",
  timerAdded: "Tid tillagd: {amount}.",
  timerTakenOff: "Tid borttagen: {amount}.",
  timerReset: "Timern har återställts.",
  timerCleared: "Timern har tagits bort.",
  timeLeftSpoken: "{time} kvar.",
  oneMinuteLeft: "En minut kvar.",
  timesUpNow: "Tiden är ute.",
  topicNow: "Nu diskuteras ämne {number} av {count}: {text}.",
  pollAsked: "Processledaren frågar: fortsätta med ”{topic}”?",
  pollAskedNoTopic: "Processledaren frågar: fortsätta med det här ämnet?",
  pollClosedNow: "Omröstningen har stängts.",
  answerSent: "Svaret har skickats: {choice}.",
  handoutReceived: {
    one: "Du fick {n} idé att bygga vidare på.",
    other: "Du fick {n} idéer att bygga vidare på.",
  },
  noteAdded: "Lappen har lagts till.",
  noteQueued: "Ingen anslutning: lappen sparas i telefonen och skickas när du är online igen.",
  queuedSent: { one: "{n} väntande lapp skickades.", other: "{n} väntande lappar skickades." },
  noteSaved: "Lappen har sparats.",
  noteDeleted: "Lappen har raderats.",
  voteAdded: { one: "Röst given. {n} kvar.", other: "Röst given. {n} kvar." },
  voteRemoved: { one: "Rösten togs tillbaka. {n} kvar.", other: "Rösten togs tillbaka. {n} kvar." },
  writeSomething: "Skriv något först.",
  joinAgain: "Anslut till sessionen igen.",
  errors: {
    invalid: "Det gick inte att spara: kontrollera det du skrev.",
    invalidNote: "En lapp behöver text och kan ha högst {limit} tecken.",
    invalidName: "Ett namn kan ha högst 60 tecken.",
    not_found: "Det finns inte längre.",
    notFoundNote: "Lappen finns inte längre.",
    notFoundVote: "Det finns inte längre på tavlan.",
    forbidden: "Du kan bara ändra dina egna lappar.",
    conflict: "Någon ändrade det här samtidigt. Försök igen.",
    board_closed: "Tavlan kan inte ändras just nu.",
    boardClosedNote: "Den här tavlan tar inte emot nya lappar just nu.",
    boardClosedEdit: "Tavlan är låst: lappar kan inte längre ändras.",
    boardClosedVote: "Röstningen är inte öppen på den här tavlan.",
    no_votes_left: "Du har använt alla dina röster.",
    unauthorized: "Anslut till sessionen igen.",
    too_large: "Det är för långt för att skickas.",
    unsupported_media_type: "Något gick fel när det skickades. Ladda om sidan.",
    rate_limited: "Vänta en stund innan du skickar mer.",
    session_closed: "Sessionen har avslutats.",
    storage: "Processledarens dator kunde inte spara det. Försök igen om en stund.",
    network: "Ingen anslutning. Försök igen när du är online.",
    boardLoad: "Tavlan kunde inte öppnas. Försök igen.",
    pollClosed: "Omröstningen har redan stängts.",
    pollClosedUnsent: "Ditt svar skickades inte: omröstningen stängdes först.",
    buildOnGone: "Idén du byggde vidare på har tagits bort, så din lapp lades till som en ny idé.",
    unknown: "Något gick fel. Försök igen.",
  },
  colors: {
    yellow: "Gul",
    orange: "Orange",
    blue: "Blå",
    pink: "Rosa",
    purple: "Lila",
    teal: "Turkos",
    grey: "Grå",
  },
};

// Exported for the tests, which check that every language has every text.
export const CATALOGUES = { en, fi, sv };

let current = DEFAULT_LANGUAGE;
let pluralRules = new Intl.PluralRules(current);

/** The first of the browser's preferred languages we have, else English. */
export function preferredLanguage() {
  const saved = storage.get(STORAGE_KEY);
  if (LANGUAGES.includes(saved)) return saved;
  const wanted = navigator.languages && navigator.languages.length
    ? navigator.languages
    : [navigator.language || ""];
  for (const tag of wanted) {
    const base = String(tag).toLowerCase().split("-")[0];
    if (LANGUAGES.includes(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

export function language() {
  return current;
}

/** Switch language; `remember` stores the choice for the next visit. */
export function setLanguage(lang, remember = false) {
  current = LANGUAGES.includes(lang) ? lang : DEFAULT_LANGUAGE;
  pluralRules = new Intl.PluralRules(current);
  document.documentElement.lang = current;
  if (remember) storage.set(STORAGE_KEY, current);
}

function lookup(key) {
  let value = CATALOGUES[current];
  let fallback = en;
  for (const part of key.split(".")) {
    value = value == null ? undefined : value[part];
    fallback = fallback == null ? undefined : fallback[part];
  }
  return value === undefined ? fallback : value;
}

function fill(text, params) {
  return String(text).replace(/\{(\w+)\}/g, (whole, name) =>
    params && params[name] !== undefined ? String(params[name]) : whole,
  );
}

/** The text for `key` ("errors.rate_limited"), with {placeholders} filled. */
export function t(key, params = {}) {
  const value = lookup(key);
  if (value === undefined) return key;
  if (typeof value === "object") return tn(key, params.n ?? 0, params);
  return fill(value, params);
}

/** A plural text: the form for `n`, with {n} and other placeholders filled. */
export function tn(key, n, params = {}) {
  const forms = lookup(key);
  if (forms === undefined) return key;
  if (typeof forms === "string") return fill(forms, { ...params, n });
  const form = forms[pluralRules.select(n)] ?? forms.other;
  return fill(form, { ...params, n });
}

/** Fill every element marked with data-i18n / data-i18n-attr under `root`. */
export function translateStatic(root) {
  for (const el of root.querySelectorAll("[data-i18n]")) {
    el.textContent = t(el.dataset.i18n);
  }
  for (const el of root.querySelectorAll("[data-i18n-attr]")) {
    for (const pair of el.dataset.i18nAttr.split(";")) {
      const [attr, key] = pair.split(":");
      el.setAttribute(attr.trim(), t(key.trim()));
    }
  }
}
