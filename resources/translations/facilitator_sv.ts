<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AgendaBar</name>
    <message>
        <source>Phase under way</source>
        <translation>Pågående fas</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruktion</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Nästa fas</translation>
    </message>
    <message>
        <source>Next phase (Ctrl+Right)</source>
        <translation>Nästa fas (Ctrl+Höger)</translation>
    </message>
    <message>
        <source>Agenda done</source>
        <translation>Programmet är genomfört</translation>
    </message>
    <message numerus="yes">
        <source>Agenda: %n phase(s)</source>
        <translation>
            <numerusform>Program: %n fas</numerusform>
            <numerusform>Program: %n faser</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase {number} of {count}: {title}</source>
        <translation>Fas {number} av {count}: {title}</translation>
    </message>
    <message>
        <source>{actual} of {planned}</source>
        <translation>{actual} av {planned}</translation>
    </message>
    <message>
        <source>Finish agenda</source>
        <translation>Avsluta programmet</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Nästa: {title}</translation>
    </message>
    <message>
        <source>Start: {title}</source>
        <translation>Börja: {title}</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Lägg till fas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>No phases yet. Add one for each step of the workshop: its board, how long it takes and what people should do.</source>
        <translation>Inga faser ännu. Lägg till en för varje steg i workshoppen: dess tavla, hur lång tid det tar och vad deltagarna ska göra.</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>kommande</translation>
    </message>
    <message>
        <source>Start {title}</source>
        <translation>Börja {title}</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Redigera {title}</translation>
    </message>
    <message>
        <source>Move {title} up</source>
        <translation>Flytta upp {title}</translation>
    </message>
    <message>
        <source>Move {title} down</source>
        <translation>Flytta ned {title}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Ta bort {title}</translation>
    </message>
    <message>
        <source>planned {planned} · actual {actual}</source>
        <translation>planerat {planned} · faktiskt {actual}</translation>
    </message>
    <message>
        <source>Planned {planned}, used {actual}. {schedule}</source>
        <translation>Planerat {planned}, använt {actual}. {schedule}</translation>
    </message>
</context>
<context>
    <name>AudienceJoinBadge</name>
    <message>
        <source>Join from your phone: {link}, code {code}</source>
        <translation>Delta från mobilen: {link}, kod {code}</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Audience window</source>
        <translation>Publikfönster</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tavla</translation>
    </message>
    <message>
        <source>Audience: {session} – {app}</source>
        <translation>Publik: {session} – {app}</translation>
    </message>
</context>
<context>
    <name>BoardDetailsDialog</name>
    <message>
        <source>Edit board</source>
        <translation>Redigera tavla</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Board title</source>
        <translation>Tavlans rubrik</translation>
    </message>
    <message>
        <source>Question for participants (optional)</source>
        <translation>Fråga till deltagarna (valfri)</translation>
    </message>
    <message>
        <source>Question for participants</source>
        <translation>Fråga till deltagarna</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message>
        <source>Board</source>
        <translation>Tavla</translation>
    </message>
    <message>
        <source>Exit presentation</source>
        <translation>Avsluta presentationen</translation>
    </message>
    <message>
        <source>Back to all controls (Esc)</source>
        <translation>Tillbaka till alla kontroller (Esc)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioner</translation>
    </message>
    <message>
        <source>Back to sessions</source>
        <translation>Tillbaka till sessionerna</translation>
    </message>
    <message>
        <source>Add board</source>
        <translation>Lägg till tavla</translation>
    </message>
    <message>
        <source>Add a board from a template</source>
        <translation>Lägg till en tavla från en mall</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Plan the agenda (A)</source>
        <translation>Planera programmet (A)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Export as PDF, pictures, tables or a file (Ctrl+E)</source>
        <translation>Exportera som PDF, bilder, tabeller eller en fil (Ctrl+E)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Edit board title and question</source>
        <translation>Redigera tavlans rubrik och fråga</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <source>Move board left</source>
        <translation>Flytta tavlan åt vänster</translation>
    </message>
    <message>
        <source>Move {arrow}</source>
        <translation>Flytta {arrow}</translation>
    </message>
    <message>
        <source>Move board right</source>
        <translation>Flytta tavlan åt höger</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Ta bort tavla</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ny lapp</translation>
    </message>
    <message>
        <source>New note in the middle of the view (N)</source>
        <translation>Ny lapp mitt i vyn (N)</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>Ny grupp</translation>
    </message>
    <message>
        <source>New cluster in the middle of the view</source>
        <translation>Ny grupp mitt i vyn</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Timer controls</source>
        <translation>Timerkontroller</translation>
    </message>
    <message>
        <source>Countdown, stopwatch and the running timer (T)</source>
        <translation>Nedräkning, tidtagarur och den pågående timern (T)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Zooma ut (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Zoomnivå</translation>
    </message>
    <message>
        <source>Back to 100 %</source>
        <translation>Tillbaka till 100 %</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zooma in (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Anpassa</translation>
    </message>
    <message>
        <source>Fit the board to the screen</source>
        <translation>Anpassa tavlan till skärmen</translation>
    </message>
    <message>
        <source>Fit (F)</source>
        <translation>Anpassa (F)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentera</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Presentationsläge</translation>
    </message>
    <message>
        <source>Full screen with only the board, question, agenda and timer (F5)</source>
        <translation>Helskärm med bara tavlan, frågan, programmet och timern (F5)</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Publik</translation>
    </message>
    <message>
        <source>Audience window</source>
        <translation>Publikfönster</translation>
    </message>
    <message>
        <source>The board, question, agenda and timer in a window of their own on the second screen; every control stays here (Ctrl+F5)</source>
        <translation>Tavlan, frågan, programmet och timern i ett eget fönster på den andra skärmen; alla kontroller stannar här (Ctrl+F5)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (F1 or ?)</source>
        <translation>Kortkommandon (F1 eller ?)</translation>
    </message>
    <message>
        <source>No question yet: tap Edit to write the question for this board.</source>
        <translation>Ingen fråga ännu: tryck på Redigera för att skriva tavlans fråga.</translation>
    </message>
    <message>
        <source>Delete board?</source>
        <translation>Ta bort tavlan?</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” will be deleted with its clusters and %n notes. Undo brings it back.</source>
        <translation>
            <numerusform>”{title}” tas bort med sina grupper och %n lapp. Ångra tar tillbaka den.</numerusform>
            <numerusform>”{title}” tas bort med sina grupper och %n lappar. Ångra tar tillbaka den.</numerusform>
        </translation>
    </message>
    <message>
        <source>This note is face down: reveal the notes to read or edit it.</source>
        <translation>Lappen är vänd nedåt: visa lapparna för att läsa eller redigera den.</translation>
    </message>
    <message>
        <source>Cluster title</source>
        <translation>Gruppens namn</translation>
    </message>
    <message>
        <source>Add cluster</source>
        <translation>Lägg till grupp</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Byt namn på gruppen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Ångrat: {action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Gjort om: {action}</translation>
    </message>
    <message>
        <source>Undo: {action} (Ctrl+Z)</source>
        <translation>Ångra: {action} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Inget att ångra</translation>
    </message>
    <message>
        <source>Redo: {action} (Ctrl+Y)</source>
        <translation>Gör om: {action} (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Inget att göra om</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>The second screen was disconnected: the audience window closed.</source>
        <translation>Den andra skärmen kopplades bort: publikfönstret stängdes.</translation>
    </message>
    <message>
        <source>No second screen found: drag the audience window to the projector, then press F11 on it to fill the screen.</source>
        <translation>Ingen andra skärm hittades: dra publikfönstret till projektorn och tryck sedan F11 i det för att fylla skärmen.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Note {number} of {count}: {text}</source>
        <translation>Lapp {number} av {count}: {text}</translation>
    </message>
</context>
<context>
    <name>ClusterActionSheet</name>
    <message>
        <source>Cluster actions</source>
        <translation>Gruppens åtgärder</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Byt namn på gruppen</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Ingen färg</translation>
    </message>
    <message>
        <source>Delete cluster, keep notes</source>
        <translation>Ta bort gruppen, behåll lapparna</translation>
    </message>
    <message>
        <source>The notes stay on the board (Undo brings the cluster back)</source>
        <translation>Lapparna stannar på tavlan (Ångra tar tillbaka gruppen)</translation>
    </message>
    <message>
        <source>Delete cluster and notes</source>
        <translation>Ta bort gruppen och lapparna</translation>
    </message>
    <message>
        <source>Deletes the cluster and every note in it (Undo brings them back)</source>
        <translation>Tar bort gruppen och alla dess lappar (Ångra tar tillbaka dem)</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>DataPrivacyDialog</name>
    <message>
        <source>Data and privacy</source>
        <translation>Uppgifter och dataskydd</translation>
    </message>
    <message>
        <source>Old sessions</source>
        <translation>Gamla sessioner</translation>
    </message>
    <message>
        <source>Delete old sessions automatically</source>
        <translation>Ta bort gamla sessioner automatiskt</translation>
    </message>
    <message>
        <source>after this many days without changes:</source>
        <translation>efter så här många dagar utan ändringar:</translation>
    </message>
    <message>
        <source>Days without changes before a session is deleted</source>
        <translation>Dagar utan ändringar innan en session tas bort</translation>
    </message>
    <message>
        <source>Checked each time Facilitator starts. The days count from a session&apos;s last change. Export what you want to keep.</source>
        <translation>Kontrolleras varje gång Facilitator startar. Dagarna räknas från sessionens senaste ändring. Exportera det du vill spara.</translation>
    </message>
    <message>
        <source>Save setting</source>
        <translation>Spara inställningen</translation>
    </message>
    <message>
        <source>Save the setting for old sessions</source>
        <translation>Spara inställningen för gamla sessioner</translation>
    </message>
    <message>
        <source>Participant names</source>
        <translation>Deltagarnas namn</translation>
    </message>
    <message>
        <source>When someone asks for their data to be removed: take their name off a session&apos;s participants and notes.</source>
        <translation>När någon ber att få sina uppgifter borttagna: ta bort personens namn från sessionens deltagare och lappar.</translation>
    </message>
    <message>
        <source>Session to remove names from</source>
        <translation>Session att ta bort namn från</translation>
    </message>
    <message>
        <source>Remove names…</source>
        <translation>Ta bort namn…</translation>
    </message>
    <message>
        <source>Remove participant names from this session</source>
        <translation>Ta bort deltagarnamn från den här sessionen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>DiscussionBar</name>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Ask: continue?</source>
        <translation>Fråga: fortsätta?</translation>
    </message>
    <message>
        <source>Ask the room: continue with this topic?</source>
        <translation>Fråga gruppen: fortsätta med det här ämnet?</translation>
    </message>
    <message>
        <source>A thumbs poll on every phone: keep going or move on? (Q)</source>
        <translation>En tumomröstning i varje mobil: fortsätta eller gå vidare? (Q)</translation>
    </message>
    <message>
        <source>More time for this topic (K)</source>
        <translation>Mer tid för det här ämnet (K)</translation>
    </message>
    <message>
        <source>Discussion settings</source>
        <translation>Diskussionens inställningar</translation>
    </message>
    <message>
        <source>Time per topic, and ending the discussion</source>
        <translation>Tid per ämne, och att avsluta diskussionen</translation>
    </message>
    <message>
        <source>Close poll</source>
        <translation>Stäng omröstningen</translation>
    </message>
    <message>
        <source>Stop taking answers; the result stays on screen</source>
        <translation>Sluta ta emot svar; resultatet stannar kvar på skärmen</translation>
    </message>
    <message>
        <source>Topic {number} of {count}</source>
        <translation>Ämne {number} av {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n röst</numerusform>
            <numerusform>%n röster</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep going +{time}</source>
        <translation>Fortsätt +{time}</translation>
    </message>
    <message>
        <source>Keep going: {time} more for this topic</source>
        <translation>Fortsätt: {time} till för det här ämnet</translation>
    </message>
    <message>
        <source>Finish discussion</source>
        <translation>Avsluta diskussionen</translation>
    </message>
    <message>
        <source>Next topic</source>
        <translation>Nästa ämne</translation>
    </message>
    <message>
        <source>End the discussion: this topic counts as discussed (Ctrl+Down)</source>
        <translation>Avsluta diskussionen: det här ämnet räknas som diskuterat (Ctrl+Ned)</translation>
    </message>
    <message>
        <source>This topic counts as discussed; the next one by votes begins (Ctrl+Down)</source>
        <translation>Det här ämnet räknas som diskuterat; nästa efter röster börjar (Ctrl+Ned)</translation>
    </message>
    <message>
        <source>Continue with this topic?</source>
        <translation>Fortsätta med det här ämnet?</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultat:</translation>
    </message>
    <message>
        <source>{answered} of {count} answered</source>
        <translation>{answered} av {count} har svarat</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export session</source>
        <translation>Exportera sessionen</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Tavlor</translation>
    </message>
    <message>
        <source>Include board {title}</source>
        <translation>Ta med tavlan {title}</translation>
    </message>
    <message>
        <source>Include hidden notes</source>
        <translation>Ta med dolda lappar</translation>
    </message>
    <message>
        <source>Also export notes hidden from everyone and notes not revealed yet</source>
        <translation>Exportera även lappar som är dolda för alla och lappar som inte har visats ännu</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Välj mapp…</translation>
    </message>
    <message>
        <source>Choose the folder to save in</source>
        <translation>Välj mappen att spara i</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportens förlopp</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <source>Open the folder with the exported files</source>
        <translation>Öppna mappen med de exporterade filerna</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-rapport</translation>
    </message>
    <message>
        <source>A cover, then each board&apos;s picture and its notes by cluster with votes</source>
        <translation>Ett försättsblad, sedan varje tavlas bild och dess lappar per grupp med röster</translation>
    </message>
    <message>
        <source>Pictures (PNG)</source>
        <translation>Bilder (PNG)</translation>
    </message>
    <message>
        <source>A picture of each board, as it looks on the screen</source>
        <translation>En bild av varje tavla, så som den ser ut på skärmen</translation>
    </message>
    <message>
        <source>Minutes (Word)</source>
        <translation>Minnesanteckningar (Word)</translation>
    </message>
    <message>
        <source>Meeting minutes to edit and mail: agenda, clusters, top notes</source>
        <translation>Minnesanteckningar att redigera och skicka: program, grupper, populäraste lapparna</translation>
    </message>
    <message>
        <source>Spreadsheet (Excel)</source>
        <translation>Kalkylblad (Excel)</translation>
    </message>
    <message>
        <source>A summary sheet and a sheet of notes per board</source>
        <translation>Ett sammanfattningsblad och ett blad med lappar per tavla</translation>
    </message>
    <message>
        <source>Table (CSV)</source>
        <translation>Tabell (CSV)</translation>
    </message>
    <message>
        <source>One row per note, for analysis</source>
        <translation>En rad per lapp, för analys</translation>
    </message>
    <message>
        <source>Text (Markdown)</source>
        <translation>Text (Markdown)</translation>
    </message>
    <message>
        <source>Headings and lists as text</source>
        <translation>Rubriker och listor som text</translation>
    </message>
    <message>
        <source>Session file (JSON)</source>
        <translation>Sessionsfil (JSON)</translation>
    </message>
    <message>
        <source>The whole session, to import again later or elsewhere</source>
        <translation>Hela sessionen, att importera igen senare eller någon annanstans</translation>
    </message>
    <message>
        <source>Everything (ZIP)</source>
        <translation>Allt (ZIP)</translation>
    </message>
    <message>
        <source>Every format above in one ZIP file</source>
        <translation>Alla format ovan i en ZIP-fil</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>Saved in {folder}: {names}</source>
        <translation>Sparat i {folder}: {names}</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>Exporten misslyckades: {reason}</translation>
    </message>
</context>
<context>
    <name>JoinBadge</name>
    <message>
        <source>Join from your phone</source>
        <translation>Delta från mobilen</translation>
    </message>
    <message>
        <source>Join from your phone: {link}, code {code}. Opens the join screen.</source>
        <translation>Delta från mobilen: {link}, kod {code}. Öppnar anslutningsskärmen.</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <source>Join screen</source>
        <translation>Anslutningsskärm</translation>
    </message>
    <message>
        <source>QR code to join</source>
        <translation>QR-kod för att delta</translation>
    </message>
    <message>
        <source>Join on your phone</source>
        <translation>Delta med mobilen</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or open this link:</source>
        <translation>Skanna koden med mobilens kamera eller öppna den här länken:</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Anslutningskod</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Kopiera länken</translation>
    </message>
    <message>
        <source>Copy the link, e.g. to paste it into the video call&apos;s chat</source>
        <translation>Kopiera länken, t.ex. till videomötets chatt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Close the join screen</source>
        <translation>Stäng anslutningsskärmen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
    <message>
        <source>Network for people in the room</source>
        <translation>Nätverk för dem i rummet</translation>
    </message>
    <message>
        <source>Public link for remote participants (a tunnel or reverse proxy)</source>
        <translation>Offentlig länk för distansdeltagare (en tunnel eller omvänd proxy)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Public link for remote participants</source>
        <translation>Offentlig länk för distansdeltagare</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Använd</translation>
    </message>
    <message>
        <source>Use this public link</source>
        <translation>Använd den här offentliga länken</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokalt</translation>
    </message>
    <message>
        <source>Stop using the public link</source>
        <translation>Sluta använda den offentliga länken</translation>
    </message>
    <message>
        <source>Point the code at this computer&apos;s own network address again</source>
        <translation>Låt koden peka på datorns egen nätverksadress igen</translation>
    </message>
    <message>
        <source>{interface} · {address}</source>
        <translation>{interface} · {address}</translation>
    </message>
    <message numerus="yes">
        <source>%n people joined</source>
        <translation>
            <numerusform>%n person har anslutit</numerusform>
            <numerusform>%n personer har anslutit</numerusform>
        </translation>
    </message>
    <message>
        <source>Link copied: {link}</source>
        <translation>Länken kopierades: {link}</translation>
    </message>
    <message>
        <source>Enter a full address that starts with https:// or http://</source>
        <translation>Ange en fullständig adress som börjar med https:// eller http://</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Deleted %n old sessions, as set in Data and privacy.</source>
        <translation>
            <numerusform>%n gammal session togs bort enligt inställningen i Uppgifter och dataskydd.</numerusform>
            <numerusform>%n gamla sessioner togs bort enligt inställningen i Uppgifter och dataskydd.</numerusform>
        </translation>
    </message>
    <message>
        <source>{session} – {app}</source>
        <translation>{session} – {app}</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Ny session</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>For example: Team retrospective, spring</source>
        <translation>Till exempel: Teamets retrospektiv, våren</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Sessionens rubrik</translation>
    </message>
    <message>
        <source>Boards in {language}</source>
        <translation>Tavlornas språk: {language}</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Skapa session</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Language of the boards</source>
        <translation>Tavlornas språk</translation>
    </message>
    <message>
        <source>First board</source>
        <translation>Första tavlan</translation>
    </message>
</context>
<context>
    <name>NoteActionSheet</name>
    <message>
        <source>Note actions</source>
        <translation>Lappens åtgärder</translation>
    </message>
    <message numerus="yes">
        <source>%n selected notes</source>
        <translation>
            <numerusform>%n vald lapp</numerusform>
            <numerusform>%n valda lappar</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty note</source>
        <translation>Tom lapp</translation>
    </message>
    <message>
        <source>Face-down note (hidden until reveal)</source>
        <translation>Lapp vänd nedåt (dold tills den visas)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Redigera lappen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <source>Duplicate note</source>
        <translation>Duplicera lappen</translation>
    </message>
    <message>
        <source>Move to cluster…</source>
        <translation>Flytta till grupp…</translation>
    </message>
    <message>
        <source>Move to cluster</source>
        <translation>Flytta till grupp</translation>
    </message>
    <message numerus="yes">
        <source>Unstack (%n)</source>
        <translation>
            <numerusform>Dela upp högen (%n)</numerusform>
            <numerusform>Dela upp högen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spread out the %n notes stacked under this one</source>
        <translation>
            <numerusform>Sprid ut den %n lapp som ligger under denna</numerusform>
            <numerusform>Sprid ut de %n lappar som ligger under denna</numerusform>
        </translation>
    </message>
    <message>
        <source>Stack here</source>
        <translation>Lägg i hög här</translation>
    </message>
    <message>
        <source>Stack the other selected notes under this one</source>
        <translation>Lägg de andra valda lapparna under denna</translation>
    </message>
    <message>
        <source>Hide from everyone</source>
        <translation>Dölj för alla</translation>
    </message>
    <message>
        <source>Hide from every phone; the board shows it struck through (Undo reverses)</source>
        <translation>Dölj på alla mobiler; tavlan visar den överstruken (Ångra återställer)</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Visa igen</translation>
    </message>
    <message>
        <source>Show the note on phones again</source>
        <translation>Visa lappen på mobilerna igen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Ta bort lappen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n notes</source>
        <translation>
            <numerusform>Ta bort %n lapp</numerusform>
            <numerusform>Ta bort %n lappar</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete (Undo brings it back)</source>
        <translation>Ta bort (Ångra tar tillbaka den)</translation>
    </message>
    <message>
        <source>Discussing now</source>
        <translation>Diskuteras nu</translation>
    </message>
    <message>
        <source>This note is the topic under discussion</source>
        <translation>Den här lappen är ämnet som diskuteras</translation>
    </message>
    <message>
        <source>Discuss now</source>
        <translation>Diskutera nu</translation>
    </message>
    <message>
        <source>Make this the topic under discussion; the one before counts as discussed</source>
        <translation>Gör det här till ämnet som diskuteras; det förra räknas som diskuterat</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Back to note actions</source>
        <translation>Tillbaka till lappens åtgärder</translation>
    </message>
    <message>
        <source>This board has no clusters yet.</source>
        <translation>Tavlan har inga grupper ännu.</translation>
    </message>
    <message>
        <source>Out of cluster</source>
        <translation>Ut ur gruppen</translation>
    </message>
    <message>
        <source>Move out of its cluster</source>
        <translation>Flytta ut ur sin grupp</translation>
    </message>
</context>
<context>
    <name>NoteEditorDialog</name>
    <message>
        <source>Edit note</source>
        <translation>Redigera lappen</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ny lapp</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Lappens text</translation>
    </message>
    <message>
        <source>Type the note here</source>
        <translation>Skriv lappen här</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Använda tecken</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lägg till lapp</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation>Spara lappen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Stäng utan att spara (Esc)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>{count} / {limit}</source>
        <translation>{count} / {limit}</translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <source>Hidden from everyone</source>
        <translation>Dold för alla</translation>
    </message>
    <message>
        <source>Hidden until reveal</source>
        <translation>Dold tills den visas</translation>
    </message>
    <message>
        <source>Discussing</source>
        <translation>Diskuteras</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Diskuterat</translation>
    </message>
</context>
<context>
    <name>ParticipantAccess</name>
    <message>
        <source>Phones cannot join: this window runs without a server.</source>
        <translation>Mobiler kan inte ansluta: det här fönstret körs utan server.</translation>
    </message>
    <message>
        <source>Phones cannot join: {reason}</source>
        <translation>Mobiler kan inte ansluta: {reason}</translation>
    </message>
</context>
<context>
    <name>ParticipationBar</name>
    <message>
        <source>Participation</source>
        <translation>Deltagande</translation>
    </message>
    <message>
        <source>Invite participants</source>
        <translation>Bjud in deltagare</translation>
    </message>
    <message>
        <source>Show the join screen: QR code, link, code</source>
        <translation>Visa anslutningsskärmen: QR-kod, länk, kod</translation>
    </message>
    <message>
        <source>Input open</source>
        <translation>Inmatning öppen</translation>
    </message>
    <message>
        <source>Input closed</source>
        <translation>Inmatning stängd</translation>
    </message>
    <message>
        <source>Participants can add notes</source>
        <translation>Deltagarna kan lägga till lappar</translation>
    </message>
    <message>
        <source>Whether participants can add notes from their phones</source>
        <translation>Om deltagarna kan lägga till lappar från mobilen</translation>
    </message>
    <message>
        <source>Hidden mode</source>
        <translation>Dolt läge</translation>
    </message>
    <message>
        <source>New notes arrive face down until you reveal them</source>
        <translation>Nya lappar kommer vända nedåt tills du visar dem</translation>
    </message>
    <message>
        <source>Reveal notes</source>
        <translation>Visa lapparna</translation>
    </message>
    <message>
        <source>Turn every hidden note face up</source>
        <translation>Vänd alla dolda lappar uppåt</translation>
    </message>
    <message>
        <source>Voting open</source>
        <translation>Röstning öppen</translation>
    </message>
    <message>
        <source>Voting closed</source>
        <translation>Röstning stängd</translation>
    </message>
    <message>
        <source>Whether participants can vote now</source>
        <translation>Om deltagarna kan rösta nu</translation>
    </message>
    <message>
        <source>One vote fewer per participant</source>
        <translation>En röst mindre per deltagare</translation>
    </message>
    <message>
        <source>One vote more per participant</source>
        <translation>En röst mer per deltagare</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lappar</translation>
    </message>
    <message>
        <source>Vote on notes</source>
        <translation>Rösta på lappar</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Vote on clusters</source>
        <translation>Rösta på grupper</translation>
    </message>
    <message>
        <source>Results shown</source>
        <translation>Resultat visas</translation>
    </message>
    <message>
        <source>Results hidden</source>
        <translation>Resultat dolda</translation>
    </message>
    <message>
        <source>Show vote results</source>
        <translation>Visa röstresultaten</translation>
    </message>
    <message>
        <source>Show the number of votes on the board and on phones</source>
        <translation>Visa antalet röster på tavlan och i mobilerna</translation>
    </message>
    <message>
        <source>Sort by votes</source>
        <translation>Sortera efter röster</translation>
    </message>
    <message>
        <source>Most-voted notes first in each cluster (Undo puts them back)</source>
        <translation>Lappar med flest röster först i varje grupp (Ångra flyttar tillbaka dem)</translation>
    </message>
    <message>
        <source>Discuss in vote order</source>
        <translation>Diskutera i röstordning</translation>
    </message>
    <message>
        <source>Take up the notes as topics one at a time, most votes first, each timed</source>
        <translation>Ta upp lapparna som ämnen ett i taget, flest röster först, vart och ett med egen tid</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Olåst</translation>
    </message>
    <message>
        <source>Lock the board</source>
        <translation>Lås tavlan</translation>
    </message>
    <message>
        <source>A locked board takes no notes, edits or votes from phones</source>
        <translation>En låst tavla tar inte emot lappar, ändringar eller röster från mobiler</translation>
    </message>
    <message numerus="yes">
        <source>Reveal (%n)</source>
        <translation>
            <numerusform>Visa (%n)</numerusform>
            <numerusform>Visa (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n röst</numerusform>
            <numerusform>%n röster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n votes per participant</source>
        <translation>
            <numerusform>%n röst per deltagare</numerusform>
            <numerusform>%n röster per deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invite · %n joined</source>
        <translation>
            <numerusform>Bjud in · %n ansluten</numerusform>
            <numerusform>Bjud in · %n anslutna</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <source>Edit phase</source>
        <translation>Redigera fas</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Ny fas</translation>
    </message>
    <message>
        <source>Phase title</source>
        <translation>Fasens namn</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tavla</translation>
    </message>
    <message>
        <source>(stay on the board shown)</source>
        <translation>(stanna på tavlan som visas)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Where notes from phones go</source>
        <translation>Vart lappar från mobiler går</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>No time box</source>
        <translation>Ingen tidsram</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Planerade minuter</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>En minut mindre</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>En minut till</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
    <message>
        <source>Instruction for participants</source>
        <translation>Instruktion till deltagarna</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Notes from phones go to</source>
        <translation>Lappar från mobiler går till</translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation>Planerad tid</translation>
    </message>
    <message>
        <source>Instruction shown to everyone (optional)</source>
        <translation>Instruktion som visas för alla (valfri)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>the row for new notes</source>
        <translation>raden för nya lappar</translation>
    </message>
    <message>
        <source>(untitled cluster)</source>
        <translation>(namnlös grupp)</translation>
    </message>
</context>
<context>
    <name>PhaseTabs</name>
    <message>
        <source>Boards</source>
        <translation>Tavlor</translation>
    </message>
    <message>
        <source>Board {number} of {count}: {title}</source>
        <translation>Tavla {number} av {count}: {title}</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Sessions are kept until you delete them.</source>
        <translation>Sessionerna sparas tills du tar bort dem.</translation>
    </message>
    <message numerus="yes">
        <source>From now on, sessions not changed for %n days are deleted each time Facilitator starts.</source>
        <translation>
            <numerusform>Från och med nu tas sessioner som inte har ändrats på %n dag bort varje gång Facilitator startar.</numerusform>
            <numerusform>Från och med nu tas sessioner som inte har ändrats på %n dagar bort varje gång Facilitator startar.</numerusform>
        </translation>
    </message>
    <message>
        <source>These sessions are that old and are deleted now:</source>
        <translation>De här sessionerna är redan så gamla och tas bort nu:</translation>
    </message>
    <message>
        <source>• {title} (last changed {date})</source>
        <translation>• {title} (senast ändrad {date})</translation>
    </message>
    <message>
        <source>Deleted sessions cannot be recovered.</source>
        <translation>Borttagna sessioner kan inte återställas.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n sessions and turn on</source>
        <translation>
            <numerusform>Ta bort %n session och slå på</numerusform>
            <numerusform>Ta bort %n sessioner och slå på</numerusform>
        </translation>
    </message>
    <message>
        <source>No session is that old now.</source>
        <translation>Ingen session är så gammal just nu.</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Slå på</translation>
    </message>
    <message>
        <source>Delete old sessions automatically?</source>
        <translation>Ta bort gamla sessioner automatiskt?</translation>
    </message>
    <message>
        <source>Keep sessions</source>
        <translation>Behåll sessionerna</translation>
    </message>
    <message numerus="yes">
        <source>Sessions not changed for %n days are now deleted.</source>
        <translation>
            <numerusform>Nu tas sessioner som inte har ändrats på %n dag bort.</numerusform>
            <numerusform>Nu tas sessioner som inte har ändrats på %n dagar bort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n sessions.</source>
        <translation>
            <numerusform>%n session togs bort.</numerusform>
            <numerusform>%n sessioner togs bort.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” holds no participant names.</source>
        <translation>”{title}” innehåller inga deltagarnamn.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n names from “{title}”.</source>
        <translation>
            <numerusform>%n namn togs bort från ”{title}”.</numerusform>
            <numerusform>%n namn togs bort från ”{title}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveNamesDialog</name>
    <message>
        <source>Remove participant names?</source>
        <translation>Ta bort deltagarnas namn?</translation>
    </message>
    <message>
        <source>“{title}” holds these names. The highlighted ones are removed from the participants and their notes; tap a name to keep it. The notes stay, without a name. Files exported before are not changed. This cannot be undone.</source>
        <translation>”{title}” innehåller de här namnen. De markerade tas bort från deltagarna och deras lappar; tryck på ett namn för att behålla det. Lapparna finns kvar, utan namn. Filer som exporterats tidigare ändras inte. Det går inte att ångra.</translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n notes</source>
        <translation>
            <numerusform>{name} — %n lapp</numerusform>
            <numerusform>{name} — %n lappar</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the name {name}</source>
        <translation>Ta bort namnet {name}</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Behåll dem</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n names</source>
        <translation>
            <numerusform>Ta bort %n namn</numerusform>
            <numerusform>Ta bort %n namn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionImporter</name>
    <message>
        <source>Import session</source>
        <translation>Importera session</translation>
    </message>
    <message>
        <source>Session files (*.json)</source>
        <translation>Sessionsfiler (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>SessionRow</name>
    <message>
        <source>Open session {title}</source>
        <translation>Öppna sessionen {title}</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Byt namn på sessionen</translation>
    </message>
    <message>
        <source>Duplicate as template</source>
        <translation>Duplicera som mall</translation>
    </message>
    <message>
        <source>Copy the boards and clusters into a new session, without notes</source>
        <translation>Kopiera tavlorna och grupperna till en ny session, utan lappar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Ta bort sessionen</translation>
    </message>
    <message>
        <source>Export as PDF, pictures, tables or a file</source>
        <translation>Exportera som PDF, bilder, tabeller eller en fil</translation>
    </message>
    <message>
        <source>Last changed {date}</source>
        <translation>Senast ändrad {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n boards</source>
        <translation>
            <numerusform>%n tavla</numerusform>
            <numerusform>%n tavlor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n lapp</numerusform>
            <numerusform>%n lappar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Keys work on the board whenever no text field is being typed in.</source>
        <translation>Tangenterna fungerar på tavlan när man inte skriver i ett textfält.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Close the list of shortcuts</source>
        <translation>Stäng listan med kortkommandon</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Board</source>
        <translation>Tavla</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ny lapp</translation>
    </message>
    <message>
        <source>Select the next or the previous note</source>
        <translation>Markera nästa eller föregående lapp</translation>
    </message>
    <message>
        <source>Edit the selected note</source>
        <translation>Redigera den valda lappen</translation>
    </message>
    <message>
        <source>Delete the selected notes</source>
        <translation>Ta bort de valda lapparna</translation>
    </message>
    <message>
        <source>Actions for the selected note</source>
        <translation>Åtgärder för den valda lappen</translation>
    </message>
    <message>
        <source>Nudge the selected notes (with Shift: further)</source>
        <translation>Flytta de valda lapparna lite (med Skift: längre)</translation>
    </message>
    <message>
        <source>Select every note</source>
        <translation>Markera alla lappar</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Avmarkera</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Hold and drag to pan</source>
        <translation>Håll ned och dra för att panorera</translation>
    </message>
    <message>
        <source>Fit the whole board</source>
        <translation>Visa hela tavlan</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Plan the agenda</source>
        <translation>Planera programmet</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Nästa fas</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Next topic</source>
        <translation>Nästa ämne</translation>
    </message>
    <message>
        <source>Ask the room: continue with this topic?</source>
        <translation>Fråga gruppen: fortsätta med det här ämnet?</translation>
    </message>
    <message>
        <source>Keep going: more time for it</source>
        <translation>Fortsätt: mer tid för ämnet</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Open or close the timer controls</source>
        <translation>Öppna eller stäng timerkontrollerna</translation>
    </message>
    <message>
        <source>Pause or resume the timer</source>
        <translation>Pausa eller fortsätt timern</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>En minut till</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>En minut mindre</translation>
    </message>
    <message>
        <source>Timer full screen, and back</source>
        <translation>Timern i helskärm och tillbaka</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fönster</translation>
    </message>
    <message>
        <source>Presentation mode (Esc leaves it)</source>
        <translation>Presentationsläge (Esc avslutar)</translation>
    </message>
    <message>
        <source>Audience window on the second screen, and back</source>
        <translation>Publikfönstret på den andra skärmen och tillbaka</translation>
    </message>
    <message>
        <source>Window full screen</source>
        <translation>Fönstret i helskärm</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>Exportera sessionen</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Den här listan med kortkommandon</translation>
    </message>
    <message>
        <source>In the timer controls and the full-screen timer</source>
        <translation>I timerkontrollerna och helskärmstimern</translation>
    </message>
    <message>
        <source>Count down that many minutes</source>
        <translation>Räkna ned så många minuter</translation>
    </message>
    <message>
        <source>Count down 10 minutes</source>
        <translation>Räkna ned 10 minuter</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausa eller fortsätt</translation>
    </message>
    <message>
        <source>One minute more or less</source>
        <translation>En minut mer eller mindre</translation>
    </message>
    <message>
        <source>Start the stopwatch</source>
        <translation>Starta tidtagaruret</translation>
    </message>
    <message>
        <source>Reset to the start</source>
        <translation>Återställ till början</translation>
    </message>
    <message>
        <source>Clear the timer</source>
        <translation>Ta bort timern</translation>
    </message>
    <message>
        <source>Small or normal timer</source>
        <translation>Liten eller normal timer</translation>
    </message>
    <message>
        <source>Full screen, and back</source>
        <translation>Helskärm och tillbaka</translation>
    </message>
    <message>
        <source>Chime on or off</source>
        <translation>Ljudsignal på eller av</translation>
    </message>
    <message>
        <source>Custom time: minutes</source>
        <translation>Egen tid: minuter</translation>
    </message>
    <message>
        <source>Custom time: seconds</source>
        <translation>Egen tid: sekunder</translation>
    </message>
    <message>
        <source>Start the custom time</source>
        <translation>Starta den egna tiden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>New session</source>
        <translation>Ny session</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioner</translation>
    </message>
    <message>
        <source>Import session…</source>
        <translation>Importera session…</translation>
    </message>
    <message>
        <source>Import session</source>
        <translation>Importera session</translation>
    </message>
    <message>
        <source>Add a session from a file exported as JSON</source>
        <translation>Lägg till en session från en fil som exporterats som JSON</translation>
    </message>
    <message>
        <source>Data and privacy…</source>
        <translation>Uppgifter och dataskydd…</translation>
    </message>
    <message>
        <source>Data and privacy</source>
        <translation>Uppgifter och dataskydd</translation>
    </message>
    <message>
        <source>Delete old sessions automatically, or remove participant names</source>
        <translation>Ta bort gamla sessioner automatiskt eller ta bort deltagarnamn</translation>
    </message>
    <message>
        <source>Tap a session to open it.</source>
        <translation>Tryck på en session för att öppna den.</translation>
    </message>
    <message>
        <source>No sessions yet — create your first one</source>
        <translation>Inga sessioner ännu – skapa din första</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Byt namn på sessionen</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Ny rubrik</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Created “{title}”: the same boards and clusters, without notes.</source>
        <translation>Skapade ”{title}”: samma tavlor och grupper, utan lappar.</translation>
    </message>
    <message>
        <source>Delete session?</source>
        <translation>Ta bort sessionen?</translation>
    </message>
    <message>
        <source>“{title}” and all its boards and notes will be deleted. This cannot be undone.</source>
        <translation>”{title}” och alla dess tavlor och lappar tas bort. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Ta bort sessionen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behåll den</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>”{title}” togs bort.</translation>
    </message>
    <message>
        <source>Imported “{title}”.</source>
        <translation>Importerade ”{title}”.</translation>
    </message>
</context>
<context>
    <name>TemplatePickerDialog</name>
    <message>
        <source>Add a board</source>
        <translation>Lägg till en tavla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Tap the kind of board you need.</source>
        <translation>Tryck på den typ av tavla du behöver.</translation>
    </message>
</context>
<context>
    <name>TextPromptDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Timer</name>
    <message>
        <source>Time&apos;s up</source>
        <translation>Tiden är ute</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Sista minuten</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tid kvar</translation>
    </message>
    <message>
        <source>Stopwatch</source>
        <translation>Tidtagarur</translation>
    </message>
    <message>
        <source>Timer: {status}, {time}</source>
        <translation>Timer: {status}, {time}</translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>Stoppa timern</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Pausa timern</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Starta timern</translation>
    </message>
    <message>
        <source>Resume the timer</source>
        <translation>Fortsätt timern</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsätt</translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
</context>
<context>
    <name>TimerFullScreen</name>
    <message>
        <source>Timer, full screen</source>
        <translation>Timer i helskärm</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>En minut mindre</translation>
    </message>
    <message>
        <source>−1 min (&lt;)</source>
        <translation>−1 min (&lt;)</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Pausa timern</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Pausa (P)</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>En minut till</translation>
    </message>
    <message>
        <source>+1 min (&gt;)</source>
        <translation>+1 min (&gt;)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Återställ timern</translation>
    </message>
    <message>
        <source>Reset (R)</source>
        <translation>Återställ (R)</translation>
    </message>
    <message>
        <source>Back to the board</source>
        <translation>Tillbaka till tavlan</translation>
    </message>
    <message>
        <source>Back to the board (Esc)</source>
        <translation>Tillbaka till tavlan (Esc)</translation>
    </message>
</context>
<context>
    <name>TimerOverlay</name>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Pausa timern</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Pausa (P)</translation>
    </message>
    <message>
        <source>Timer controls</source>
        <translation>Timerkontroller</translation>
    </message>
    <message>
        <source>Timer controls (T)</source>
        <translation>Timerkontroller (T)</translation>
    </message>
    <message>
        <source>Make the timer small</source>
        <translation>Gör timern liten</translation>
    </message>
    <message>
        <source>Small timer (C in the controls)</source>
        <translation>Liten timer (C i kontrollerna)</translation>
    </message>
    <message>
        <source>Show the timer full screen</source>
        <translation>Visa timern i helskärm</translation>
    </message>
    <message>
        <source>Full screen (Shift+T)</source>
        <translation>Helskärm (Skift+T)</translation>
    </message>
    <message>
        <source>Make the timer big again</source>
        <translation>Gör timern stor igen</translation>
    </message>
    <message>
        <source>Normal size</source>
        <translation>Normal storlek</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Timer controls</source>
        <translation>Timerkontroller</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Timer now</source>
        <translation>Timern nu</translation>
    </message>
    <message>
        <source>Close the timer controls</source>
        <translation>Stäng timerkontrollerna</translation>
    </message>
    <message>
        <source>Close (Esc or T)</source>
        <translation>Stäng (Esc eller T)</translation>
    </message>
    <message numerus="yes">
        <source>Count down %n minutes</source>
        <translation>
            <numerusform>Räkna ned %n minut</numerusform>
            <numerusform>Räkna ned %n minuter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Count down %n minutes ({key})</source>
        <translation>
            <numerusform>Räkna ned %n minut ({key})</numerusform>
            <numerusform>Räkna ned %n minuter ({key})</numerusform>
        </translation>
    </message>
    <message>
        <source>One minute less (Down)</source>
        <translation>En minut mindre (Ned)</translation>
    </message>
    <message>
        <source>One minute more (Up)</source>
        <translation>En minut till (Upp)</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds less (Left)</source>
        <translation>
            <numerusform>%n sekund mindre (Vänster)</numerusform>
            <numerusform>%n sekunder mindre (Vänster)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds more (Right)</source>
        <translation>
            <numerusform>%n sekund mer (Höger)</numerusform>
            <numerusform>%n sekunder mer (Höger)</numerusform>
        </translation>
    </message>
    <message>
        <source>Count down the custom time</source>
        <translation>Räkna ned den egna tiden</translation>
    </message>
    <message>
        <source>Start (Enter)</source>
        <translation>Starta (Enter)</translation>
    </message>
    <message>
        <source>Stopwatch</source>
        <translation>Tidtagarur</translation>
    </message>
    <message>
        <source>Start the stopwatch</source>
        <translation>Starta tidtagaruret</translation>
    </message>
    <message>
        <source>Count up from zero (S)</source>
        <translation>Räkna upp från noll (S)</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>En minut mindre</translation>
    </message>
    <message>
        <source>−1 min (−)</source>
        <translation>−1 min (−)</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Pausa timern</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Pausa (P)</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>En minut till</translation>
    </message>
    <message>
        <source>+1 min (+)</source>
        <translation>+1 min (+)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Återställ timern</translation>
    </message>
    <message>
        <source>Back to the start, stopped (R)</source>
        <translation>Tillbaka till början, stoppad (R)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Clear the timer</source>
        <translation>Ta bort timern</translation>
    </message>
    <message>
        <source>Stop and hide the timer (Delete)</source>
        <translation>Stoppa och dölj timern (Delete)</translation>
    </message>
    <message>
        <source>Chime</source>
        <translation>Ljudsignal</translation>
    </message>
    <message>
        <source>A chime at the last minute and at the end (M)</source>
        <translation>En ljudsignal vid sista minuten och vid slutet (M)</translation>
    </message>
    <message>
        <source>Small timer</source>
        <translation>Liten timer</translation>
    </message>
    <message>
        <source>Shrink the timer to a small pill (C)</source>
        <translation>Krymp timern till en liten ruta (C)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Helskärm</translation>
    </message>
    <message>
        <source>Show the timer full screen</source>
        <translation>Visa timern i helskärm</translation>
    </message>
    <message>
        <source>Full screen (F or Shift+T)</source>
        <translation>Helskärm (F eller Skift+T)</translation>
    </message>
    <message>
        <source>Count down</source>
        <translation>Räkna ned</translation>
    </message>
    <message>
        <source>Custom time (minutes and seconds)</source>
        <translation>Egen tid (minuter och sekunder)</translation>
    </message>
    <message>
        <source>The running timer</source>
        <translation>Den pågående timern</translation>
    </message>
    <message>
        <source>Chime off</source>
        <translation>Ljudsignal av</translation>
    </message>
    <message>
        <source>Chime on</source>
        <translation>Ljudsignal på</translation>
    </message>
    <message>
        <source>Start {time}</source>
        <translation>Starta {time}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n sekund</numerusform>
            <numerusform>%n sekunder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Stäng meddelandet</translation>
    </message>
</context>
<context>
    <name>TopicTimesSheet</name>
    <message>
        <source>Discussion settings</source>
        <translation>Diskussionens inställningar</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Time per topic</source>
        <translation>Tid per ämne</translation>
    </message>
    <message>
        <source>“Keep going” adds</source>
        <translation>”Fortsätt” lägger till</translation>
    </message>
    <message>
        <source>One minute less: {what}</source>
        <translation>En minut mindre: {what}</translation>
    </message>
    <message>
        <source>One minute more: {what}</source>
        <translation>En minut till: {what}</translation>
    </message>
    <message>
        <source>A new time per topic applies from the next topic.</source>
        <translation>En ny tid per ämne gäller från nästa ämne.</translation>
    </message>
    <message>
        <source>End discussion</source>
        <translation>Avsluta diskussionen</translation>
    </message>
    <message>
        <source>The topic under discussion counts as discussed; no other topic follows</source>
        <translation>Ämnet som diskuteras räknas som diskuterat; inget annat ämne följer</translation>
    </message>
</context>
<context>
    <name>agenda</name>
    <message>
        <source>On schedule</source>
        <translation>Enligt tidsplanen</translation>
    </message>
    <message>
        <source>{minutes} min behind</source>
        <translation>{minutes} min efter</translation>
    </message>
    <message>
        <source>{minutes} min ahead</source>
        <translation>{minutes} min före</translation>
    </message>
    <message>
        <source>Work on the board</source>
        <translation>Arbete på tavlan</translation>
    </message>
    <message>
        <source>Discuss topics in vote order</source>
        <translation>Diskutera ämnen i röstordning</translation>
    </message>
    <message>
        <source>Build on the previous round&apos;s notes</source>
        <translation>Bygg vidare på förra omgångens lappar</translation>
    </message>
    <message>
        <source>The board takes notes; the timer counts down the planned time.</source>
        <translation>Tavlan tar emot lappar; timern räknar ned den planerade tiden.</translation>
    </message>
    <message>
        <source>Starting the phase takes up the board&apos;s topics one at a time, most votes first, each with its own time box.</source>
        <translation>När fasen börjar tas tavlans ämnen upp ett i taget, flest röster först, vart och ett med sin egen tidsram.</translation>
    </message>
    <message>
        <source>Each phone gets the notes another participant wrote in the phase before on the same board, and builds on them.</source>
        <translation>Varje mobil får lapparna som en annan deltagare skrev på samma tavla i fasen innan, och bygger vidare på dem.</translation>
    </message>
</context>
<context>
    <name>colors</name>
    <message>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Turkos</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grå</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Add note</source>
        <translation>Tillägg av lapp</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Redigering av lapp</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Färgbyte</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation>Flytt av lappar</translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation>Storleksändring av lapp</translation>
    </message>
    <message>
        <source>Delete notes</source>
        <translation>Borttagning av lappar</translation>
    </message>
    <message>
        <source>Duplicate note</source>
        <translation>Duplicering av lapp</translation>
    </message>
    <message>
        <source>Stack duplicates</source>
        <translation>Dubbletter i hög</translation>
    </message>
    <message>
        <source>Unstack notes</source>
        <translation>Uppdelning av hög</translation>
    </message>
    <message>
        <source>Move to cluster</source>
        <translation>Flytt till grupp</translation>
    </message>
    <message>
        <source>Add cluster</source>
        <translation>Tillägg av grupp</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Namnbyte av grupp</translation>
    </message>
    <message>
        <source>Change cluster colour</source>
        <translation>Byte av gruppens färg</translation>
    </message>
    <message>
        <source>Move or resize cluster</source>
        <translation>Flytt eller storleksändring av grupp</translation>
    </message>
    <message>
        <source>Delete cluster</source>
        <translation>Borttagning av grupp</translation>
    </message>
    <message>
        <source>Add board</source>
        <translation>Tillägg av tavla</translation>
    </message>
    <message>
        <source>Edit board</source>
        <translation>Redigering av tavla</translation>
    </message>
    <message>
        <source>Reorder boards</source>
        <translation>Ändrad ordning på tavlor</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Borttagning av tavla</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Anslutning</translation>
    </message>
    <message>
        <source>Note from a participant</source>
        <translation>Lapp från en deltagare</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Röst</translation>
    </message>
    <message>
        <source>Take back a vote</source>
        <translation>Återtagen röst</translation>
    </message>
    <message>
        <source>Answer poll</source>
        <translation>Svar på omröstning</translation>
    </message>
    <message>
        <source>Change board settings</source>
        <translation>Ändrade inställningar för tavlan</translation>
    </message>
    <message>
        <source>Reveal notes</source>
        <translation>Visning av lappar</translation>
    </message>
    <message>
        <source>Hide or restore notes</source>
        <translation>Döljning eller återställning av lappar</translation>
    </message>
    <message>
        <source>Show board</source>
        <translation>Visning av tavla</translation>
    </message>
    <message>
        <source>Sort by votes</source>
        <translation>Sortering efter röster</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Lägg till fas</translation>
    </message>
    <message>
        <source>Edit phase</source>
        <translation>Redigera fas</translation>
    </message>
    <message>
        <source>Reorder agenda</source>
        <translation>Ordna om programmet</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Ta bort fas</translation>
    </message>
    <message>
        <source>Start phase</source>
        <translation>Börja fas</translation>
    </message>
    <message>
        <source>Finish agenda</source>
        <translation>Avsluta programmet</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Nästa fas</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Starta timern</translation>
    </message>
    <message>
        <source>Start stopwatch</source>
        <translation>Starta tidtagaruret</translation>
    </message>
    <message>
        <source>Pause timer</source>
        <translation>Pausa timern</translation>
    </message>
    <message>
        <source>Resume timer</source>
        <translation>Fortsätt timern</translation>
    </message>
    <message>
        <source>Reset timer</source>
        <translation>Återställ timern</translation>
    </message>
    <message>
        <source>Clear timer</source>
        <translation>Ta bort timern</translation>
    </message>
    <message>
        <source>Adjust timer</source>
        <translation>Justera timern</translation>
    </message>
    <message>
        <source>Discuss topic</source>
        <translation>Diskussion av ämne</translation>
    </message>
    <message>
        <source>End discussion</source>
        <translation>Avslutad diskussion</translation>
    </message>
    <message>
        <source>Continue topic</source>
        <translation>Fortsatt diskussion av ämne</translation>
    </message>
    <message>
        <source>Set topic times</source>
        <translation>Inställda ämnestider</translation>
    </message>
    <message>
        <source>Ask to continue</source>
        <translation>Fråga om fortsättning</translation>
    </message>
    <message>
        <source>Close poll</source>
        <translation>Stängd omröstning</translation>
    </message>
    <message>
        <source>Remove participant names</source>
        <translation>Borttagning av deltagarnamn</translation>
    </message>
</context>
<context>
    <name>discussion</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A note can have at most {limit} characters.</source>
        <translation>En lapp kan ha högst {limit} tecken.</translation>
    </message>
    <message>
        <source>A title cannot be empty.</source>
        <translation>En rubrik kan inte vara tom.</translation>
    </message>
    <message>
        <source>A title can have at most {limit} characters.</source>
        <translation>En rubrik kan ha högst {limit} tecken.</translation>
    </message>
    <message>
        <source>A question can have at most {limit} characters.</source>
        <translation>En fråga kan ha högst {limit} tecken.</translation>
    </message>
    <message>
        <source>A name can have at most {limit} characters.</source>
        <translation>Ett namn kan ha högst {limit} tecken.</translation>
    </message>
    <message>
        <source>Unknown note colour.</source>
        <translation>Okänd färg på lappen.</translation>
    </message>
    <message>
        <source>Unknown cluster colour.</source>
        <translation>Okänd färg på gruppen.</translation>
    </message>
    <message>
        <source>That position is not on the board.</source>
        <translation>Den platsen finns inte på tavlan.</translation>
    </message>
    <message>
        <source>That size is not valid.</source>
        <translation>Den storleken är inte giltig.</translation>
    </message>
    <message>
        <source>Only notes on the same board can be stacked.</source>
        <translation>Bara lappar på samma tavla kan läggas i hög.</translation>
    </message>
    <message>
        <source>That cluster is on another board.</source>
        <translation>Gruppen finns på en annan tavla.</translation>
    </message>
    <message>
        <source>Unknown board template.</source>
        <translation>Okänd tavelmall.</translation>
    </message>
    <message>
        <source>A session can have at most {limit} boards.</source>
        <translation>En session kan ha högst {limit} tavlor.</translation>
    </message>
    <message>
        <source>A session needs at least one board.</source>
        <translation>En session behöver minst en tavla.</translation>
    </message>
    <message>
        <source>No topic is being discussed on this board.</source>
        <translation>Inget ämne diskuteras på den här tavlan.</translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation>Lappen finns inte längre.</translation>
    </message>
    <message>
        <source>That cluster no longer exists.</source>
        <translation>Gruppen finns inte längre.</translation>
    </message>
    <message>
        <source>That phase no longer exists.</source>
        <translation>Den fasen finns inte längre.</translation>
    </message>
    <message>
        <source>An instruction can have at most {limit} characters.</source>
        <translation>En instruktion kan ha högst {limit} tecken.</translation>
    </message>
    <message>
        <source>A phase can last at most {hours} hours.</source>
        <translation>En fas kan pågå högst {hours} timmar.</translation>
    </message>
    <message>
        <source>That board no longer exists.</source>
        <translation>Tavlan finns inte längre.</translation>
    </message>
    <message>
        <source>An agenda can have at most {limit} phases.</source>
        <translation>Ett program kan ha högst {limit} faser.</translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation>Sessionen finns inte längre.</translation>
    </message>
    <message>
        <source>Unsupported language: {language}.</source>
        <translation>Språket stöds inte: {language}.</translation>
    </message>
    <message>
        <source>This can&apos;t be done because the board changed in the meantime.</source>
        <translation>Det går inte eftersom tavlan har ändrats under tiden.</translation>
    </message>
    <message>
        <source>Cannot read the database file {path}: {reason}</source>
        <translation>Databasfilen {path} kan inte läsas: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a Facilitator database. It was left untouched; move it away or choose another data folder.</source>
        <translation>{path} är inte en Facilitator-databas. Den lämnades orörd; flytta bort den eller välj en annan datamapp.</translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be opened. It was left untouched; restore it from a backup or choose another data folder.</source>
        <translation>Databasen {path} är skadad och kan inte öppnas. Den lämnades orörd; återställ den från en säkerhetskopia eller välj en annan datamapp.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Facilitator. Install that version to open it; nothing was changed.</source>
        <translation>Databasen {path} skrevs av en nyare version av Facilitator. Installera den versionen för att öppna den; ingenting ändrades.</translation>
    </message>
    <message>
        <source>Cannot write to the database {path}: the file or its folder is read-only. Facilitator saves every change there; make it writable or choose another data folder. Nothing was changed.</source>
        <translation>Det går inte att skriva till databasen {path}: filen eller dess mapp är skrivskyddad. Facilitator sparar varje ändring där; gör den skrivbar eller välj en annan datamapp. Inget ändrades.</translation>
    </message>
    <message>
        <source>Cannot create the data folder {path}: {reason}</source>
        <translation>Datamappen {path} kan inte skapas: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the database {path}: {reason}</source>
        <translation>Databasen {path} kan inte öppnas: {reason}</translation>
    </message>
    <message>
        <source>The change could not be saved ({reason}). Everything saved before it is safe.</source>
        <translation>Ändringen kunde inte sparas ({reason}). Allt som sparats före den är i tryggt förvar.</translation>
    </message>
    <message>
        <source>The disk is full: the change could not be saved. Everything saved before it is safe; free some disk space and try again.</source>
        <translation>Disken är full: ändringen kunde inte sparas. Allt som sparats tidigare är i tryggt förvar; frigör diskutrymme och försök igen.</translation>
    </message>
    <message>
        <source>The database cannot be written (the data folder or the disk is read-only): the change could not be saved. Everything saved before it is safe.</source>
        <translation>Det går inte att skriva till databasen (datamappen eller disken är skrivskyddad): ändringen kunde inte sparas. Allt som sparats tidigare är i tryggt förvar.</translation>
    </message>
    <message>
        <source>You can only change your own notes.</source>
        <translation>Du kan bara ändra dina egna lappar.</translation>
    </message>
    <message>
        <source>This board is locked: it can no longer be changed.</source>
        <translation>Tavlan är låst: den kan inte längre ändras.</translation>
    </message>
    <message>
        <source>This board is not taking new notes right now.</source>
        <translation>Tavlan tar inte emot nya lappar just nu.</translation>
    </message>
    <message>
        <source>Voting is not open on this board.</source>
        <translation>Röstningen är inte öppen på den här tavlan.</translation>
    </message>
    <message>
        <source>Please join the session again.</source>
        <translation>Anslut till sessionen på nytt.</translation>
    </message>
    <message>
        <source>The note&apos;s client id is not valid.</source>
        <translation>Lappens klient-id är inte giltigt.</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Skriv något först.</translation>
    </message>
    <message>
        <source>The note you build on no longer exists.</source>
        <translation>Lappen du bygger vidare på finns inte längre.</translation>
    </message>
    <message>
        <source>You have used all your {budget} votes.</source>
        <translation>Du har använt alla dina {budget} röster.</translation>
    </message>
    <message>
        <source>You have no vote there to take back.</source>
        <translation>Du har ingen röst där att ta tillbaka.</translation>
    </message>
    <message>
        <source>This poll has closed.</source>
        <translation>Omröstningen har redan stängts.</translation>
    </message>
    <message>
        <source>Give each participant 1 to {limit} votes.</source>
        <translation>Ge varje deltagare 1–{limit} röster.</translation>
    </message>
    <message>
        <source>Votes were already cast on this board; clear them to change what is voted on.</source>
        <translation>Det har redan röstats på tavlan; rensa rösterna för att byta vad som röstas på.</translation>
    </message>
    <message>
        <source>A timer can run for at most {hours} hours.</source>
        <translation>En timer kan gå högst {hours} timmar.</translation>
    </message>
    <message>
        <source>A timer needs at least one second.</source>
        <translation>En timer behöver minst en sekund.</translation>
    </message>
    <message>
        <source>There is no session called “{title}”.</source>
        <translation>Det finns ingen session som heter ”{title}”.</translation>
    </message>
    <message>
        <source>“{session}” holds no name “{name}”. It holds: {names}.</source>
        <translation>”{session}” innehåller inget namn ”{name}”. Den innehåller: {names}.</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: {reason}</source>
        <translation>Kan inte skriva till {folder}: {reason}</translation>
    </message>
    <message>
        <source>The export to {path} failed: {reason}. Nothing was changed.</source>
        <translation>Exporten till {path} misslyckades: {reason}. Inget ändrades.</translation>
    </message>
    <message>
        <source>{count} boards make {count} pictures: choose one board, or save them in a folder or a .zip file.</source>
        <translation>{count} tavlor blir {count} bilder: välj en tavla, eller spara dem i en mapp eller en .zip-fil.</translation>
    </message>
    <message>
        <source>PDF and PNG exports draw the boards, which needs the desktop app.</source>
        <translation>PDF- och PNG-exporter ritar tavlorna, och det kräver skrivbordsappen.</translation>
    </message>
    <message>
        <source>This session has no board called “{title}”.</source>
        <translation>Den här sessionen har ingen tavla som heter ”{title}”.</translation>
    </message>
    <message>
        <source>This session file has a value the app cannot take: {reason}</source>
        <translation>Sessionsfilen har ett värde som appen inte kan använda: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the file {path}: {reason}</source>
        <translation>Kan inte läsa filen {path}: {reason}</translation>
    </message>
    <message>
        <source>This file is not a complete JSON file (it may be cut short): {reason}</source>
        <translation>Det här är inte en fullständig JSON-fil (den kan vara avkortad): {reason}</translation>
    </message>
    <message>
        <source>This file is not a Facilitator session export.</source>
        <translation>Den här filen är inte en session som exporterats från Facilitator.</translation>
    </message>
    <message>
        <source>This file was exported by a newer Facilitator (format {version}); update the app to import it.</source>
        <translation>Filen exporterades från en nyare Facilitator (format {version}); uppdatera appen för att importera den.</translation>
    </message>
    <message>
        <source>This session file does not follow the export format at {where}: {reason}</source>
        <translation>Sessionsfilen följer inte exportformatet vid {where}: {reason}</translation>
    </message>
    <message>
        <source>No topics left to discuss on this board.</source>
        <translation>Det finns inga ämnen kvar att diskutera på den här tavlan.</translation>
    </message>
    <message>
        <source>Sessions can be kept for {low} to {high} days, not {days}.</source>
        <translation>Sessioner kan sparas i {low}–{high} dagar, inte {days}.</translation>
    </message>
    <message>
        <source>Join the session first.</source>
        <translation>Anslut till sessionen först.</translation>
    </message>
    <message>
        <source>Too many requests. Try again in {seconds} s.</source>
        <translation>För många förfrågningar. Försök igen om {seconds} s.</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>Sessionen har avslutats.</translation>
    </message>
    <message>
        <source>The Content-Length header is not valid.</source>
        <translation>Content-Length-huvudet är ogiltigt.</translation>
    </message>
    <message>
        <source>Send the request body as JSON (Content-Type: application/json).</source>
        <translation>Skicka förfrågans innehåll som JSON (Content-Type: application/json).</translation>
    </message>
    <message>
        <source>Something went wrong on the server; nothing was changed. Try again.</source>
        <translation>Något gick fel på servern; inget ändrades. Försök igen.</translation>
    </message>
    <message>
        <source>The request is too large (at most {limit} bytes).</source>
        <translation>Förfrågan är för stor (högst {limit} byte).</translation>
    </message>
    <message>
        <source>There is no session with this code.</source>
        <translation>Det finns ingen session med den här koden.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Hittades inte.</translation>
    </message>
    <message>
        <source>This method is not allowed here.</source>
        <translation>Den här metoden är inte tillåten här.</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>Förfrågan är ogiltig.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation>Förfrågans innehåll är inte giltig JSON.</translation>
    </message>
    <message>
        <source>The public URL must start with http:// or https:// and name a host: {url}</source>
        <translation>Den offentliga länken måste börja med http:// eller https:// och ange en värd: {url}</translation>
    </message>
    <message>
        <source>The public URL cannot have a query or a fragment: {url}</source>
        <translation>Den offentliga länken kan inte ha en frågedel eller ett fragment (? eller #): {url}</translation>
    </message>
    <message>
        <source>The public URL cannot contain a user name or password: {url}</source>
        <translation>Den offentliga länken kan inte innehålla ett användarnamn eller lösenord: {url}</translation>
    </message>
    <message>
        <source>The public URL cannot contain spaces: {url}</source>
        <translation>Den offentliga länken kan inte innehålla mellanslag: {url}</translation>
    </message>
    <message>
        <source>{host} is not an address of this computer to serve on.</source>
        <translation>{host} är inte en adress på den här datorn som servern kan använda.</translation>
    </message>
    <message>
        <source>Not allowed to serve on port {port}; choose a port above 1023.</source>
        <translation>Port {port} får inte användas; välj en port över 1023.</translation>
    </message>
    <message>
        <source>Could not serve on {host} port {port}: {reason}</source>
        <translation>Servern kunde inte startas på {host} port {port}: {reason}</translation>
    </message>
    <message>
        <source>Ports {first} to {last} are all in use; choose another port with --port.</source>
        <translation>Portarna {first}–{last} används redan alla; välj en annan port med --port.</translation>
    </message>
    <message>
        <source>The port must be between 0 and 65535, not {port}.</source>
        <translation>Porten måste vara mellan 0 och 65535, inte {port}.</translation>
    </message>
    <message>
        <source>The participant server did not start in time.</source>
        <translation>Deltagarservern startade inte i tid.</translation>
    </message>
    <message>
        <source>The participant server did not start: {reason}</source>
        <translation>Deltagarservern startade inte: {reason}</translation>
    </message>
    <message>
        <source>Cannot write in the data folder {path}: {reason}. Facilitator saves every change there; choose another data folder.</source>
        <translation>Det går inte att skriva i datamappen {path}: {reason}. Facilitator sparar varje ändring där; välj en annan datamapp.</translation>
    </message>
    <message>
        <source>Facilitator is already running with the data folder {path}. Use the window that is open, or close it first.</source>
        <translation>Facilitator körs redan med datamappen {path}. Använd fönstret som är öppet, eller stäng det först.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>{count} votes</source>
        <translation>{count} röster</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 röst</translation>
    </message>
    <message>
        <source>{date} · {participants} participants · {notes} notes</source>
        <translation>{date} · {participants} deltagare · {notes} lappar</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubbletter</translation>
    </message>
    <message>
        <source>{count} min</source>
        <translation>{count} min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lappar</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tavla</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Most votes</source>
        <translation>Flest röster</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>Not in a cluster</source>
        <translation>Inte i någon grupp</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>processledare</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Tavlor</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} lappar</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 lapp</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>dold</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (kopia)</translation>
    </message>
</context>
<context>
    <name>server</name>
    <message>
        <source>Session not found</source>
        <translation>Sessionen hittades inte</translation>
    </message>
    <message>
        <source>There is no workshop session with this code. Check the link or the code on the screen and try again.</source>
        <translation>Det finns ingen workshopsession med den här koden. Kontrollera länken eller koden på skärmen och försök igen.</translation>
    </message>
    <message>
        <source>Too many tries</source>
        <translation>För många försök</translation>
    </message>
    <message>
        <source>Too many wrong codes from this network. Try again in {seconds} s.</source>
        <translation>För många felaktiga koder från det här nätverket. Försök igen om {seconds} s.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Inte tillgänglig</translation>
    </message>
    <message>
        <source>The phone page is missing from this app.</source>
        <translation>Mobilsidan saknas i den här appen.</translation>
    </message>
</context>
<context>
    <name>thumbs</name>
    <message>
        <source>Keep going</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Either way</source>
        <translation>Spelar ingen roll</translation>
    </message>
    <message>
        <source>Move on</source>
        <translation>Gå vidare</translation>
    </message>
</context>
</TS>
