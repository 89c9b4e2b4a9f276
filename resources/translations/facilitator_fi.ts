<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AgendaBar</name>
    <message>
        <source>Phase under way</source>
        <translation>Käynnissä oleva vaihe</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Seuraava vaihe</translation>
    </message>
    <message>
        <source>Next phase (Ctrl+Right)</source>
        <translation>Seuraava vaihe (Ctrl+Oikea)</translation>
    </message>
    <message>
        <source>Agenda done</source>
        <translation>Ohjelma on käyty läpi</translation>
    </message>
    <message numerus="yes">
        <source>Agenda: %n phase(s)</source>
        <translation>
            <numerusform>Ohjelma: %n vaihe</numerusform>
            <numerusform>Ohjelma: %n vaihetta</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase {number} of {count}: {title}</source>
        <translation>Vaihe {number}/{count}: {title}</translation>
    </message>
    <message>
        <source>{actual} of {planned}</source>
        <translation>{actual} / {planned}</translation>
    </message>
    <message>
        <source>Finish agenda</source>
        <translation>Päätä ohjelma</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Seuraavaksi: {title}</translation>
    </message>
    <message>
        <source>Start: {title}</source>
        <translation>Aloita: {title}</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Agenda</source>
        <translation>Ohjelma</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Vaiheet</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Lisää vaihe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>No phases yet. Add one for each step of the workshop: its board, how long it takes and what people should do.</source>
        <translation>Ei vielä vaiheita. Lisää yksi jokaista työpajan vaihetta varten: sen taulu, kesto ja mitä osallistujien pitää tehdä.</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>käynnissä</translation>
    </message>
    <message>
        <source>done</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>tulossa</translation>
    </message>
    <message>
        <source>Start {title}</source>
        <translation>Aloita {title}</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Muokkaa: {title}</translation>
    </message>
    <message>
        <source>Move {title} up</source>
        <translation>Siirrä ylemmäs: {title}</translation>
    </message>
    <message>
        <source>Move {title} down</source>
        <translation>Siirrä alemmas: {title}</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Poista {title}</translation>
    </message>
    <message>
        <source>planned {planned} · actual {actual}</source>
        <translation>suunniteltu {planned} · toteutunut {actual}</translation>
    </message>
    <message>
        <source>Planned {planned}, used {actual}. {schedule}</source>
        <translation>Suunniteltu {planned}, käytetty {actual}. {schedule}</translation>
    </message>
</context>
<context>
    <name>AudienceJoinBadge</name>
    <message>
        <source>Join from your phone: {link}, code {code}</source>
        <translation>Liity puhelimella: {link}, koodi {code}</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Audience window</source>
        <translation>Yleisön ikkuna</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Taulu</translation>
    </message>
    <message>
        <source>Audience: {session} – {app}</source>
        <translation>Yleisö: {session} – {app}</translation>
    </message>
</context>
<context>
    <name>BoardDetailsDialog</name>
    <message>
        <source>Edit board</source>
        <translation>Muokkaa taulua</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Board title</source>
        <translation>Taulun otsikko</translation>
    </message>
    <message>
        <source>Question for participants (optional)</source>
        <translation>Kysymys osallistujille (valinnainen)</translation>
    </message>
    <message>
        <source>Question for participants</source>
        <translation>Kysymys osallistujille</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message>
        <source>Board</source>
        <translation>Taulu</translation>
    </message>
    <message>
        <source>Exit presentation</source>
        <translation>Lopeta esitys</translation>
    </message>
    <message>
        <source>Back to all controls (Esc)</source>
        <translation>Takaisin kaikkiin painikkeisiin (Esc)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Istunnot</translation>
    </message>
    <message>
        <source>Back to sessions</source>
        <translation>Takaisin istuntoihin</translation>
    </message>
    <message>
        <source>Add board</source>
        <translation>Lisää taulu</translation>
    </message>
    <message>
        <source>Add a board from a template</source>
        <translation>Lisää taulu pohjasta</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ohjelma</translation>
    </message>
    <message>
        <source>Plan the agenda (A)</source>
        <translation>Suunnittele ohjelma (A)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Export as PDF, pictures, tables or a file (Ctrl+E)</source>
        <translation>Vie PDF:nä, kuvina, taulukkoina tai tiedostona (Ctrl+E)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Muokkaa</translation>
    </message>
    <message>
        <source>Edit board title and question</source>
        <translation>Muokkaa taulun otsikkoa ja kysymystä</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Siirrä</translation>
    </message>
    <message>
        <source>Move board left</source>
        <translation>Siirrä taulua vasemmalle</translation>
    </message>
    <message>
        <source>Move {arrow}</source>
        <translation>Siirrä {arrow}</translation>
    </message>
    <message>
        <source>Move board right</source>
        <translation>Siirrä taulua oikealle</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Poista taulu</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Uusi lappu</translation>
    </message>
    <message>
        <source>New note in the middle of the view (N)</source>
        <translation>Uusi lappu näkymän keskelle (N)</translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation>Uusi ryhmä</translation>
    </message>
    <message>
        <source>New cluster in the middle of the view</source>
        <translation>Uusi ryhmä näkymän keskelle</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Ajastin</translation>
    </message>
    <message>
        <source>Timer controls</source>
        <translation>Ajastimen säätimet</translation>
    </message>
    <message>
        <source>Countdown, stopwatch and the running timer (T)</source>
        <translation>Ajastin, sekuntikello ja käynnissä oleva ajastin (T)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Tee uudelleen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Loitonna</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Loitonna (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Zoomaustaso</translation>
    </message>
    <message>
        <source>Back to 100 %</source>
        <translation>Takaisin 100 %:iin</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Lähennä</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Lähennä (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Sovita</translation>
    </message>
    <message>
        <source>Fit the board to the screen</source>
        <translation>Sovita taulu näytölle</translation>
    </message>
    <message>
        <source>Fit (F)</source>
        <translation>Sovita (F)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Esitä</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Esitystila</translation>
    </message>
    <message>
        <source>Full screen with only the board, question, agenda and timer (F5)</source>
        <translation>Koko näyttö: vain taulu, kysymys, ohjelma ja ajastin (F5)</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Yleisö</translation>
    </message>
    <message>
        <source>Audience window</source>
        <translation>Yleisön ikkuna</translation>
    </message>
    <message>
        <source>The board, question, agenda and timer in a window of their own on the second screen; every control stays here (Ctrl+F5)</source>
        <translation>Taulu, kysymys, ohjelma ja ajastin omaan ikkunaansa toiselle näytölle; kaikki säätimet jäävät tänne (Ctrl+F5)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (F1 or ?)</source>
        <translation>Pikanäppäimet (F1 tai ?)</translation>
    </message>
    <message>
        <source>No question yet: tap Edit to write the question for this board.</source>
        <translation>Ei vielä kysymystä: kirjoita taulun kysymys napauttamalla Muokkaa.</translation>
    </message>
    <message>
        <source>Delete board?</source>
        <translation>Poistetaanko taulu?</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” will be deleted with its clusters and %n notes. Undo brings it back.</source>
        <translation>
            <numerusform>Taulu ”{title}” poistetaan ryhmineen ja %n lappuineen. Kumoa palauttaa sen.</numerusform>
            <numerusform>Taulu ”{title}” poistetaan ryhmineen ja %n lappuineen. Kumoa palauttaa sen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This note is face down: reveal the notes to read or edit it.</source>
        <translation>Tämä lappu on kuvapuoli alaspäin: paljasta laput lukeaksesi tai muokataksesi sitä.</translation>
    </message>
    <message>
        <source>Cluster title</source>
        <translation>Ryhmän nimi</translation>
    </message>
    <message>
        <source>Add cluster</source>
        <translation>Lisää ryhmä</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Nimeä ryhmä uudelleen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Nimeä uudelleen</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Kumottu: {action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Tehty uudelleen: {action}</translation>
    </message>
    <message>
        <source>Undo: {action} (Ctrl+Z)</source>
        <translation>Kumoa: {action} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Ei kumottavaa</translation>
    </message>
    <message>
        <source>Redo: {action} (Ctrl+Y)</source>
        <translation>Tee uudelleen: {action} (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Ei uudelleen tehtävää</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>The second screen was disconnected: the audience window closed.</source>
        <translation>Toinen näyttö irrotettiin: yleisön ikkuna suljettiin.</translation>
    </message>
    <message>
        <source>No second screen found: drag the audience window to the projector, then press F11 on it to fill the screen.</source>
        <translation>Toista näyttöä ei löytynyt: vedä yleisön ikkuna projektorin näytölle ja paina siinä F11, niin se täyttää näytön.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Note {number} of {count}: {text}</source>
        <translation>Lappu {number}/{count}: {text}</translation>
    </message>
</context>
<context>
    <name>ClusterActionSheet</name>
    <message>
        <source>Cluster actions</source>
        <translation>Ryhmän toiminnot</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Nimeä uudelleen</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Nimeä ryhmä uudelleen</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Väri</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Ei väriä</translation>
    </message>
    <message>
        <source>Delete cluster, keep notes</source>
        <translation>Poista ryhmä, säilytä laput</translation>
    </message>
    <message>
        <source>The notes stay on the board (Undo brings the cluster back)</source>
        <translation>Laput jäävät taululle (Kumoa palauttaa ryhmän)</translation>
    </message>
    <message>
        <source>Delete cluster and notes</source>
        <translation>Poista ryhmä ja laput</translation>
    </message>
    <message>
        <source>Deletes the cluster and every note in it (Undo brings them back)</source>
        <translation>Poistaa ryhmän ja kaikki sen laput (Kumoa palauttaa ne)</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>DataPrivacyDialog</name>
    <message>
        <source>Data and privacy</source>
        <translation>Tiedot ja tietosuoja</translation>
    </message>
    <message>
        <source>Old sessions</source>
        <translation>Vanhat istunnot</translation>
    </message>
    <message>
        <source>Delete old sessions automatically</source>
        <translation>Poista vanhat istunnot automaattisesti</translation>
    </message>
    <message>
        <source>after this many days without changes:</source>
        <translation>kun muutoksista on kulunut näin monta päivää:</translation>
    </message>
    <message>
        <source>Days without changes before a session is deleted</source>
        <translation>Päiviä ilman muutoksia ennen kuin istunto poistetaan</translation>
    </message>
    <message>
        <source>Checked each time Facilitator starts. The days count from a session&apos;s last change. Export what you want to keep.</source>
        <translation>Tarkistetaan aina, kun Facilitator käynnistyy. Päivät lasketaan istunnon viimeisestä muutoksesta. Vie talteen se, minkä haluat säilyttää.</translation>
    </message>
    <message>
        <source>Save setting</source>
        <translation>Tallenna asetus</translation>
    </message>
    <message>
        <source>Save the setting for old sessions</source>
        <translation>Tallenna vanhojen istuntojen asetus</translation>
    </message>
    <message>
        <source>Participant names</source>
        <translation>Osallistujien nimet</translation>
    </message>
    <message>
        <source>When someone asks for their data to be removed: take their name off a session&apos;s participants and notes.</source>
        <translation>Kun joku pyytää poistamaan tietonsa: poista hänen nimensä istunnon osallistujista ja lapuista.</translation>
    </message>
    <message>
        <source>Session to remove names from</source>
        <translation>Istunto, josta nimet poistetaan</translation>
    </message>
    <message>
        <source>Remove names…</source>
        <translation>Poista nimiä…</translation>
    </message>
    <message>
        <source>Remove participant names from this session</source>
        <translation>Poista osallistujien nimiä tästä istunnosta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>DiscussionBar</name>
    <message>
        <source>Discussion</source>
        <translation>Keskustelu</translation>
    </message>
    <message>
        <source>Ask: continue?</source>
        <translation>Kysy: jatketaanko?</translation>
    </message>
    <message>
        <source>Ask the room: continue with this topic?</source>
        <translation>Kysy ryhmältä: jatketaanko tätä aihetta?</translation>
    </message>
    <message>
        <source>A thumbs poll on every phone: keep going or move on? (Q)</source>
        <translation>Peukkukysely jokaiseen puhelimeen: jatketaanko vai siirrytäänkö seuraavaan? (Q)</translation>
    </message>
    <message>
        <source>More time for this topic (K)</source>
        <translation>Lisää aikaa tälle aiheelle (K)</translation>
    </message>
    <message>
        <source>Discussion settings</source>
        <translation>Keskustelun asetukset</translation>
    </message>
    <message>
        <source>Time per topic, and ending the discussion</source>
        <translation>Aika aihetta kohden ja keskustelun lopetus</translation>
    </message>
    <message>
        <source>Close poll</source>
        <translation>Sulje kysely</translation>
    </message>
    <message>
        <source>Stop taking answers; the result stays on screen</source>
        <translation>Lopeta vastausten vastaanotto; tulos jää näkyviin</translation>
    </message>
    <message>
        <source>Topic {number} of {count}</source>
        <translation>Aihe {number}/{count}</translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n ääni</numerusform>
            <numerusform>%n ääntä</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep going +{time}</source>
        <translation>Jatketaan +{time}</translation>
    </message>
    <message>
        <source>Keep going: {time} more for this topic</source>
        <translation>Jatketaan: {time} lisää tälle aiheelle</translation>
    </message>
    <message>
        <source>Finish discussion</source>
        <translation>Päätä keskustelu</translation>
    </message>
    <message>
        <source>Next topic</source>
        <translation>Seuraava aihe</translation>
    </message>
    <message>
        <source>End the discussion: this topic counts as discussed (Ctrl+Down)</source>
        <translation>Päätä keskustelu: tämä aihe merkitään käsitellyksi (Ctrl+Alas)</translation>
    </message>
    <message>
        <source>This topic counts as discussed; the next one by votes begins (Ctrl+Down)</source>
        <translation>Tämä aihe merkitään käsitellyksi; seuraava äänten mukaan alkaa (Ctrl+Alas)</translation>
    </message>
    <message>
        <source>Continue with this topic?</source>
        <translation>Jatketaanko tätä aihetta?</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Tulos:</translation>
    </message>
    <message>
        <source>{answered} of {count} answered</source>
        <translation>{answered}/{count} vastannut</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export session</source>
        <translation>Vie istunto</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Muodot</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Taulut</translation>
    </message>
    <message>
        <source>Include board {title}</source>
        <translation>Ota mukaan taulu {title}</translation>
    </message>
    <message>
        <source>Include hidden notes</source>
        <translation>Ota mukaan piilotetut laput</translation>
    </message>
    <message>
        <source>Also export notes hidden from everyone and notes not revealed yet</source>
        <translation>Vie myös kaikilta piilotetut ja vielä paljastamattomat laput</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Tallenna nimellä</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Tiedoston nimi</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Valitse kansio…</translation>
    </message>
    <message>
        <source>Choose the folder to save in</source>
        <translation>Valitse kansio, johon tallennetaan</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Viennin eteneminen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Avaa kansio</translation>
    </message>
    <message>
        <source>Open the folder with the exported files</source>
        <translation>Avaa kansio, jossa viedyt tiedostot ovat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-raportti</translation>
    </message>
    <message>
        <source>A cover, then each board&apos;s picture and its notes by cluster with votes</source>
        <translation>Kansilehti ja sitten jokaisen taulun kuva sekä sen laput ryhmittäin äänineen</translation>
    </message>
    <message>
        <source>Pictures (PNG)</source>
        <translation>Kuvat (PNG)</translation>
    </message>
    <message>
        <source>A picture of each board, as it looks on the screen</source>
        <translation>Kuva jokaisesta taulusta sellaisena kuin se näkyy näytöllä</translation>
    </message>
    <message>
        <source>Minutes (Word)</source>
        <translation>Muistio (Word)</translation>
    </message>
    <message>
        <source>Meeting minutes to edit and mail: agenda, clusters, top notes</source>
        <translation>Muokattava ja lähetettävä muistio: ohjelma, ryhmät, eniten ääniä saaneet laput</translation>
    </message>
    <message>
        <source>Spreadsheet (Excel)</source>
        <translation>Taulukko (Excel)</translation>
    </message>
    <message>
        <source>A summary sheet and a sheet of notes per board</source>
        <translation>Yhteenvetosivu ja jokaiselle taululle oma lappusivunsa</translation>
    </message>
    <message>
        <source>Table (CSV)</source>
        <translation>Taulukko (CSV)</translation>
    </message>
    <message>
        <source>One row per note, for analysis</source>
        <translation>Yksi rivi lappua kohden analysointia varten</translation>
    </message>
    <message>
        <source>Text (Markdown)</source>
        <translation>Teksti (Markdown)</translation>
    </message>
    <message>
        <source>Headings and lists as text</source>
        <translation>Otsikot ja luettelot tekstinä</translation>
    </message>
    <message>
        <source>Session file (JSON)</source>
        <translation>Istuntotiedosto (JSON)</translation>
    </message>
    <message>
        <source>The whole session, to import again later or elsewhere</source>
        <translation>Koko istunto myöhemmin tai muualla tuotavaksi</translation>
    </message>
    <message>
        <source>Everything (ZIP)</source>
        <translation>Kaikki (ZIP)</translation>
    </message>
    <message>
        <source>Every format above in one ZIP file</source>
        <translation>Kaikki yllä olevat muodot yhdessä ZIP-tiedostossa</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Viedään…</translation>
    </message>
    <message>
        <source>Saved in {folder}: {names}</source>
        <translation>Tallennettu kansioon {folder}: {names}</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>Vienti epäonnistui: {reason}</translation>
    </message>
</context>
<context>
    <name>JoinBadge</name>
    <message>
        <source>Join from your phone</source>
        <translation>Liity puhelimella</translation>
    </message>
    <message>
        <source>Join from your phone: {link}, code {code}. Opens the join screen.</source>
        <translation>Liity puhelimella: {link}, koodi {code}. Avaa liittymisnäkymän.</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <source>Join screen</source>
        <translation>Liittymisnäkymä</translation>
    </message>
    <message>
        <source>QR code to join</source>
        <translation>QR-koodi liittymiseen</translation>
    </message>
    <message>
        <source>Join on your phone</source>
        <translation>Liity puhelimellasi</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or open this link:</source>
        <translation>Skannaa koodi puhelimen kameralla tai avaa tämä linkki:</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Liittymiskoodi</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Kopioi linkki</translation>
    </message>
    <message>
        <source>Copy the link, e.g. to paste it into the video call&apos;s chat</source>
        <translation>Kopioi linkki esimerkiksi videopuhelun chattiin liitettäväksi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Close the join screen</source>
        <translation>Sulje liittymisnäkymä</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Sulje (Esc)</translation>
    </message>
    <message>
        <source>Network for people in the room</source>
        <translation>Verkko paikan päällä oleville</translation>
    </message>
    <message>
        <source>Public link for remote participants (a tunnel or reverse proxy)</source>
        <translation>Julkinen linkki etäosallistujille (tunneli tai käänteinen välityspalvelin)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Public link for remote participants</source>
        <translation>Julkinen linkki etäosallistujille</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Käytä</translation>
    </message>
    <message>
        <source>Use this public link</source>
        <translation>Käytä tätä julkista linkkiä</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Paikallinen</translation>
    </message>
    <message>
        <source>Stop using the public link</source>
        <translation>Lopeta julkisen linkin käyttö</translation>
    </message>
    <message>
        <source>Point the code at this computer&apos;s own network address again</source>
        <translation>Ohjaa koodi taas tämän tietokoneen omaan verkko-osoitteeseen</translation>
    </message>
    <message>
        <source>{interface} · {address}</source>
        <translation>{interface} · {address}</translation>
    </message>
    <message numerus="yes">
        <source>%n people joined</source>
        <translation>
            <numerusform>%n henkilö liittynyt</numerusform>
            <numerusform>%n henkilöä liittynyt</numerusform>
        </translation>
    </message>
    <message>
        <source>Link copied: {link}</source>
        <translation>Linkki kopioitu: {link}</translation>
    </message>
    <message>
        <source>Enter a full address that starts with https:// or http://</source>
        <translation>Kirjoita koko osoite, joka alkaa https:// tai http://</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Deleted %n old sessions, as set in Data and privacy.</source>
        <translation>
            <numerusform>Poistettiin %n vanha istunto Tiedot ja tietosuoja -asetuksen mukaisesti.</numerusform>
            <numerusform>Poistettiin %n vanhaa istuntoa Tiedot ja tietosuoja -asetuksen mukaisesti.</numerusform>
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
        <translation>Uusi istunto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>For example: Team retrospective, spring</source>
        <translation>Esimerkiksi: Tiimin retrospektiivi, kevät</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Istunnon otsikko</translation>
    </message>
    <message>
        <source>Boards in {language}</source>
        <translation>Taulujen kieli: {language}</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Luo istunto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Language of the boards</source>
        <translation>Taulujen kieli</translation>
    </message>
    <message>
        <source>First board</source>
        <translation>Ensimmäinen taulu</translation>
    </message>
</context>
<context>
    <name>NoteActionSheet</name>
    <message>
        <source>Note actions</source>
        <translation>Lapun toiminnot</translation>
    </message>
    <message numerus="yes">
        <source>%n selected notes</source>
        <translation>
            <numerusform>%n valittu lappu</numerusform>
            <numerusform>%n valittua lappua</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty note</source>
        <translation>Tyhjä lappu</translation>
    </message>
    <message>
        <source>Face-down note (hidden until reveal)</source>
        <translation>Kuvapuoli alaspäin oleva lappu (piilossa paljastukseen asti)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Muokkaa</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Muokkaa lappua</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Monista</translation>
    </message>
    <message>
        <source>Duplicate note</source>
        <translation>Monista lappu</translation>
    </message>
    <message>
        <source>Move to cluster…</source>
        <translation>Siirrä ryhmään…</translation>
    </message>
    <message>
        <source>Move to cluster</source>
        <translation>Siirrä ryhmään</translation>
    </message>
    <message numerus="yes">
        <source>Unstack (%n)</source>
        <translation>
            <numerusform>Pura pino (%n)</numerusform>
            <numerusform>Pura pino (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spread out the %n notes stacked under this one</source>
        <translation>
            <numerusform>Levitä tämän alle pinottu %n lappu</numerusform>
            <numerusform>Levitä tämän alle pinotut %n lappua</numerusform>
        </translation>
    </message>
    <message>
        <source>Stack here</source>
        <translation>Pinoa tähän</translation>
    </message>
    <message>
        <source>Stack the other selected notes under this one</source>
        <translation>Pinoa muut valitut laput tämän alle</translation>
    </message>
    <message>
        <source>Hide from everyone</source>
        <translation>Piilota kaikilta</translation>
    </message>
    <message>
        <source>Hide from every phone; the board shows it struck through (Undo reverses)</source>
        <translation>Piilota kaikista puhelimista; taululla se näkyy yliviivattuna (Kumoa palauttaa)</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Näytä taas</translation>
    </message>
    <message>
        <source>Show the note on phones again</source>
        <translation>Näytä lappu taas puhelimissa</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Poista lappu</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n notes</source>
        <translation>
            <numerusform>Poista %n lappu</numerusform>
            <numerusform>Poista %n lappua</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete (Undo brings it back)</source>
        <translation>Poista (Kumoa palauttaa sen)</translation>
    </message>
    <message>
        <source>Discussing now</source>
        <translation>Keskustelussa nyt</translation>
    </message>
    <message>
        <source>This note is the topic under discussion</source>
        <translation>Tästä lapusta keskustellaan nyt</translation>
    </message>
    <message>
        <source>Discuss now</source>
        <translation>Keskustele nyt</translation>
    </message>
    <message>
        <source>Make this the topic under discussion; the one before counts as discussed</source>
        <translation>Ota tämä keskusteltavaksi; edellinen aihe merkitään käsitellyksi</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>Back to note actions</source>
        <translation>Takaisin lapun toimintoihin</translation>
    </message>
    <message>
        <source>This board has no clusters yet.</source>
        <translation>Tällä taululla ei ole vielä ryhmiä.</translation>
    </message>
    <message>
        <source>Out of cluster</source>
        <translation>Pois ryhmästä</translation>
    </message>
    <message>
        <source>Move out of its cluster</source>
        <translation>Siirrä pois ryhmästään</translation>
    </message>
</context>
<context>
    <name>NoteEditorDialog</name>
    <message>
        <source>Edit note</source>
        <translation>Muokkaa lappua</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Uusi lappu</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Lapun teksti</translation>
    </message>
    <message>
        <source>Type the note here</source>
        <translation>Kirjoita lappu tähän</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Merkkejä käytetty</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lisää lappu</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation>Tallenna lappu (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Sulje tallentamatta (Esc)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Väri</translation>
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
        <translation>Piilotettu kaikilta</translation>
    </message>
    <message>
        <source>Hidden until reveal</source>
        <translation>Piilossa paljastukseen asti</translation>
    </message>
    <message>
        <source>Discussing</source>
        <translation>Keskustelussa</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Käsitelty</translation>
    </message>
</context>
<context>
    <name>ParticipantAccess</name>
    <message>
        <source>Phones cannot join: this window runs without a server.</source>
        <translation>Puhelimilla ei voi liittyä: tämä ikkuna toimii ilman palvelinta.</translation>
    </message>
    <message>
        <source>Phones cannot join: {reason}</source>
        <translation>Puhelimilla ei voi liittyä: {reason}</translation>
    </message>
</context>
<context>
    <name>ParticipationBar</name>
    <message>
        <source>Participation</source>
        <translation>Osallistuminen</translation>
    </message>
    <message>
        <source>Invite participants</source>
        <translation>Kutsu osallistujia</translation>
    </message>
    <message>
        <source>Show the join screen: QR code, link, code</source>
        <translation>Näytä liittymisnäkymä: QR-koodi, linkki, koodi</translation>
    </message>
    <message>
        <source>Input open</source>
        <translation>Lappuja voi lisätä</translation>
    </message>
    <message>
        <source>Input closed</source>
        <translation>Lisääminen suljettu</translation>
    </message>
    <message>
        <source>Participants can add notes</source>
        <translation>Osallistujat voivat lisätä lappuja</translation>
    </message>
    <message>
        <source>Whether participants can add notes from their phones</source>
        <translation>Voivatko osallistujat lisätä lappuja puhelimillaan</translation>
    </message>
    <message>
        <source>Hidden mode</source>
        <translation>Piilotila</translation>
    </message>
    <message>
        <source>New notes arrive face down until you reveal them</source>
        <translation>Uudet laput tulevat kuvapuoli alaspäin, kunnes paljastat ne</translation>
    </message>
    <message>
        <source>Reveal notes</source>
        <translation>Paljasta laput</translation>
    </message>
    <message>
        <source>Turn every hidden note face up</source>
        <translation>Käännä kaikki piilossa olevat laput näkyviin</translation>
    </message>
    <message>
        <source>Voting open</source>
        <translation>Äänestys auki</translation>
    </message>
    <message>
        <source>Voting closed</source>
        <translation>Äänestys suljettu</translation>
    </message>
    <message>
        <source>Whether participants can vote now</source>
        <translation>Voivatko osallistujat äänestää nyt</translation>
    </message>
    <message>
        <source>One vote fewer per participant</source>
        <translation>Yksi ääni vähemmän osallistujaa kohden</translation>
    </message>
    <message>
        <source>One vote more per participant</source>
        <translation>Yksi ääni enemmän osallistujaa kohden</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Laput</translation>
    </message>
    <message>
        <source>Vote on notes</source>
        <translation>Äänestetään lappuja</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Ryhmät</translation>
    </message>
    <message>
        <source>Vote on clusters</source>
        <translation>Äänestetään ryhmiä</translation>
    </message>
    <message>
        <source>Results shown</source>
        <translation>Tulokset näkyvissä</translation>
    </message>
    <message>
        <source>Results hidden</source>
        <translation>Tulokset piilossa</translation>
    </message>
    <message>
        <source>Show vote results</source>
        <translation>Näytä äänestyksen tulokset</translation>
    </message>
    <message>
        <source>Show the number of votes on the board and on phones</source>
        <translation>Näytä äänimäärät taululla ja puhelimissa</translation>
    </message>
    <message>
        <source>Sort by votes</source>
        <translation>Järjestä äänten mukaan</translation>
    </message>
    <message>
        <source>Most-voted notes first in each cluster (Undo puts them back)</source>
        <translation>Eniten ääniä saaneet laput ensin joka ryhmässä (Kumoa palauttaa)</translation>
    </message>
    <message>
        <source>Discuss in vote order</source>
        <translation>Keskustele äänijärjestyksessä</translation>
    </message>
    <message>
        <source>Take up the notes as topics one at a time, most votes first, each timed</source>
        <translation>Käsittele laput aiheina yksi kerrallaan, eniten ääniä saanut ensin, kukin ajastettuna</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Lukittu</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Ei lukittu</translation>
    </message>
    <message>
        <source>Lock the board</source>
        <translation>Lukitse taulu</translation>
    </message>
    <message>
        <source>A locked board takes no notes, edits or votes from phones</source>
        <translation>Lukittu taulu ei ota vastaan lappuja, muokkauksia eikä ääniä puhelimista</translation>
    </message>
    <message numerus="yes">
        <source>Reveal (%n)</source>
        <translation>
            <numerusform>Paljasta (%n)</numerusform>
            <numerusform>Paljasta (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n ääni</numerusform>
            <numerusform>%n ääntä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n votes per participant</source>
        <translation>
            <numerusform>%n ääni osallistujaa kohden</numerusform>
            <numerusform>%n ääntä osallistujaa kohden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invite · %n joined</source>
        <translation>
            <numerusform>Kutsu · %n liittynyt</numerusform>
            <numerusform>Kutsu · %n liittynyt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <source>Edit phase</source>
        <translation>Muokkaa vaihetta</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Uusi vaihe</translation>
    </message>
    <message>
        <source>Phase title</source>
        <translation>Vaiheen nimi</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Taulu</translation>
    </message>
    <message>
        <source>(stay on the board shown)</source>
        <translation>(pysy näytetyssä taulussa)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Menetelmä</translation>
    </message>
    <message>
        <source>Where notes from phones go</source>
        <translation>Minne puhelimista tulevat laput menevät</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>No time box</source>
        <translation>Ei aikarajaa</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Suunnitellut minuutit</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>Minuutti vähemmän</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>Minuutti lisää</translation>
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
            <numerusform>%n minuutti</numerusform>
            <numerusform>%n minuuttia</numerusform>
        </translation>
    </message>
    <message>
        <source>Instruction for participants</source>
        <translation>Ohje osallistujille</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Notes from phones go to</source>
        <translation>Puhelimista tulevat laput menevät</translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation>Suunniteltu aika</translation>
    </message>
    <message>
        <source>Instruction shown to everyone (optional)</source>
        <translation>Kaikille näytettävä ohje (valinnainen)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>the row for new notes</source>
        <translation>uusien lappujen riville</translation>
    </message>
    <message>
        <source>(untitled cluster)</source>
        <translation>(nimetön ryhmä)</translation>
    </message>
</context>
<context>
    <name>PhaseTabs</name>
    <message>
        <source>Boards</source>
        <translation>Taulut</translation>
    </message>
    <message>
        <source>Board {number} of {count}: {title}</source>
        <translation>Taulu {number}/{count}: {title}</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Sessions are kept until you delete them.</source>
        <translation>Istunnot säilytetään, kunnes poistat ne.</translation>
    </message>
    <message numerus="yes">
        <source>From now on, sessions not changed for %n days are deleted each time Facilitator starts.</source>
        <translation>
            <numerusform>Tästä lähtien istunnot, joita ei ole muutettu %n päivään, poistetaan aina, kun Facilitator käynnistyy.</numerusform>
            <numerusform>Tästä lähtien istunnot, joita ei ole muutettu %n päivään, poistetaan aina, kun Facilitator käynnistyy.</numerusform>
        </translation>
    </message>
    <message>
        <source>These sessions are that old and are deleted now:</source>
        <translation>Nämä istunnot ovat jo niin vanhoja, ja ne poistetaan nyt:</translation>
    </message>
    <message>
        <source>• {title} (last changed {date})</source>
        <translation>• {title} (muutettu viimeksi {date})</translation>
    </message>
    <message>
        <source>Deleted sessions cannot be recovered.</source>
        <translation>Poistettuja istuntoja ei voi palauttaa.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n sessions and turn on</source>
        <translation>
            <numerusform>Poista %n istunto ja ota käyttöön</numerusform>
            <numerusform>Poista %n istuntoa ja ota käyttöön</numerusform>
        </translation>
    </message>
    <message>
        <source>No session is that old now.</source>
        <translation>Yksikään istunto ei ole nyt niin vanha.</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Ota käyttöön</translation>
    </message>
    <message>
        <source>Delete old sessions automatically?</source>
        <translation>Poistetaanko vanhat istunnot automaattisesti?</translation>
    </message>
    <message>
        <source>Keep sessions</source>
        <translation>Säilytä istunnot</translation>
    </message>
    <message numerus="yes">
        <source>Sessions not changed for %n days are now deleted.</source>
        <translation>
            <numerusform>Nyt poistetaan istunnot, joita ei ole muutettu %n päivään.</numerusform>
            <numerusform>Nyt poistetaan istunnot, joita ei ole muutettu %n päivään.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n sessions.</source>
        <translation>
            <numerusform>Poistettiin %n istunto.</numerusform>
            <numerusform>Poistettiin %n istuntoa.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” holds no participant names.</source>
        <translation>Istunnossa ”{title}” ei ole osallistujien nimiä.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n names from “{title}”.</source>
        <translation>
            <numerusform>Istunnosta ”{title}” poistettiin %n nimi.</numerusform>
            <numerusform>Istunnosta ”{title}” poistettiin %n nimeä.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveNamesDialog</name>
    <message>
        <source>Remove participant names?</source>
        <translation>Poistetaanko osallistujien nimet?</translation>
    </message>
    <message>
        <source>“{title}” holds these names. The highlighted ones are removed from the participants and their notes; tap a name to keep it. The notes stay, without a name. Files exported before are not changed. This cannot be undone.</source>
        <translation>Istunnossa ”{title}” on nämä nimet. Korostetut nimet poistetaan osallistujista ja heidän lapuistaan; napauta nimeä, jos haluat säilyttää sen. Laput säilyvät ilman nimeä. Aiemmin vietyjä tiedostoja ei muuteta. Tätä ei voi kumota.</translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n notes</source>
        <translation>
            <numerusform>{name} — %n lappu</numerusform>
            <numerusform>{name} — %n lappua</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the name {name}</source>
        <translation>Poista nimi {name}</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nimet</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Säilytä ne</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n names</source>
        <translation>
            <numerusform>Poista %n nimi</numerusform>
            <numerusform>Poista %n nimeä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionImporter</name>
    <message>
        <source>Import session</source>
        <translation>Tuo istunto</translation>
    </message>
    <message>
        <source>Session files (*.json)</source>
        <translation>Istuntotiedostot (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>SessionRow</name>
    <message>
        <source>Open session {title}</source>
        <translation>Avaa istunto {title}</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Nimeä uudelleen</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Nimeä istunto uudelleen</translation>
    </message>
    <message>
        <source>Duplicate as template</source>
        <translation>Monista pohjaksi</translation>
    </message>
    <message>
        <source>Copy the boards and clusters into a new session, without notes</source>
        <translation>Kopioi taulut ja ryhmät uuteen istuntoon ilman lappuja</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Poista istunto</translation>
    </message>
    <message>
        <source>Export as PDF, pictures, tables or a file</source>
        <translation>Vie PDF:nä, kuvina, taulukkoina tai tiedostona</translation>
    </message>
    <message>
        <source>Last changed {date}</source>
        <translation>Muutettu viimeksi {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n boards</source>
        <translation>
            <numerusform>%n taulu</numerusform>
            <numerusform>%n taulua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n lappu</numerusform>
            <numerusform>%n lappua</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Keys work on the board whenever no text field is being typed in.</source>
        <translation>Näppäimet toimivat taululla aina, kun mihinkään tekstikenttään ei kirjoiteta.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Close the list of shortcuts</source>
        <translation>Sulje pikanäppäinluettelo</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Sulje (Esc)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Board</source>
        <translation>Taulu</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Uusi lappu</translation>
    </message>
    <message>
        <source>Select the next or the previous note</source>
        <translation>Valitse seuraava tai edellinen lappu</translation>
    </message>
    <message>
        <source>Edit the selected note</source>
        <translation>Muokkaa valittua lappua</translation>
    </message>
    <message>
        <source>Delete the selected notes</source>
        <translation>Poista valitut laput</translation>
    </message>
    <message>
        <source>Actions for the selected note</source>
        <translation>Valitun lapun toiminnot</translation>
    </message>
    <message>
        <source>Nudge the selected notes (with Shift: further)</source>
        <translation>Siirrä valittuja lappuja hieman (Shiftillä pidemmälle)</translation>
    </message>
    <message>
        <source>Select every note</source>
        <translation>Valitse kaikki laput</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Poista valinta</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Tee uudelleen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Lähennä</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Loitonna</translation>
    </message>
    <message>
        <source>Hold and drag to pan</source>
        <translation>Pidä pohjassa ja vedä siirtääksesi näkymää</translation>
    </message>
    <message>
        <source>Fit the whole board</source>
        <translation>Sovita koko taulu näkyviin</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ohjelma</translation>
    </message>
    <message>
        <source>Plan the agenda</source>
        <translation>Suunnittele ohjelma</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Seuraava vaihe</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Keskustelu</translation>
    </message>
    <message>
        <source>Next topic</source>
        <translation>Seuraava aihe</translation>
    </message>
    <message>
        <source>Ask the room: continue with this topic?</source>
        <translation>Kysy ryhmältä: jatketaanko tätä aihetta?</translation>
    </message>
    <message>
        <source>Keep going: more time for it</source>
        <translation>Jatketaan: lisää aikaa aiheelle</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Ajastin</translation>
    </message>
    <message>
        <source>Open or close the timer controls</source>
        <translation>Avaa tai sulje ajastimen säätimet</translation>
    </message>
    <message>
        <source>Pause or resume the timer</source>
        <translation>Pysäytä ajastin tai jatka sitä</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>Minuutti lisää</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>Minuutti vähemmän</translation>
    </message>
    <message>
        <source>Timer full screen, and back</source>
        <translation>Ajastin koko näytölle ja takaisin</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ikkuna</translation>
    </message>
    <message>
        <source>Presentation mode (Esc leaves it)</source>
        <translation>Esitystila (Esc lopettaa)</translation>
    </message>
    <message>
        <source>Audience window on the second screen, and back</source>
        <translation>Yleisön ikkuna toiselle näytölle ja takaisin</translation>
    </message>
    <message>
        <source>Window full screen</source>
        <translation>Ikkuna koko näytölle</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>Vie istunto</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Tämä pikanäppäinluettelo</translation>
    </message>
    <message>
        <source>In the timer controls and the full-screen timer</source>
        <translation>Ajastimen säätimissä ja koko näytön ajastimessa</translation>
    </message>
    <message>
        <source>Count down that many minutes</source>
        <translation>Laske alaspäin niin monta minuuttia</translation>
    </message>
    <message>
        <source>Count down 10 minutes</source>
        <translation>Laske alaspäin 10 minuuttia</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pysäytä tai jatka</translation>
    </message>
    <message>
        <source>One minute more or less</source>
        <translation>Minuutti lisää tai vähemmän</translation>
    </message>
    <message>
        <source>Start the stopwatch</source>
        <translation>Käynnistä sekuntikello</translation>
    </message>
    <message>
        <source>Reset to the start</source>
        <translation>Palauta alkuun</translation>
    </message>
    <message>
        <source>Clear the timer</source>
        <translation>Poista ajastin</translation>
    </message>
    <message>
        <source>Small or normal timer</source>
        <translation>Pieni tai tavallinen ajastin</translation>
    </message>
    <message>
        <source>Full screen, and back</source>
        <translation>Koko näyttö ja takaisin</translation>
    </message>
    <message>
        <source>Chime on or off</source>
        <translation>Äänimerkki päälle tai pois</translation>
    </message>
    <message>
        <source>Custom time: minutes</source>
        <translation>Oma aika: minuutit</translation>
    </message>
    <message>
        <source>Custom time: seconds</source>
        <translation>Oma aika: sekunnit</translation>
    </message>
    <message>
        <source>Start the custom time</source>
        <translation>Käynnistä oma aika</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>New session</source>
        <translation>Uusi istunto</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Istunnot</translation>
    </message>
    <message>
        <source>Import session…</source>
        <translation>Tuo istunto…</translation>
    </message>
    <message>
        <source>Import session</source>
        <translation>Tuo istunto</translation>
    </message>
    <message>
        <source>Add a session from a file exported as JSON</source>
        <translation>Lisää istunto JSON-muodossa viedystä tiedostosta</translation>
    </message>
    <message>
        <source>Data and privacy…</source>
        <translation>Tiedot ja tietosuoja…</translation>
    </message>
    <message>
        <source>Data and privacy</source>
        <translation>Tiedot ja tietosuoja</translation>
    </message>
    <message>
        <source>Delete old sessions automatically, or remove participant names</source>
        <translation>Poista vanhat istunnot automaattisesti tai poista osallistujien nimiä</translation>
    </message>
    <message>
        <source>Tap a session to open it.</source>
        <translation>Avaa istunto napauttamalla sitä.</translation>
    </message>
    <message>
        <source>No sessions yet — create your first one</source>
        <translation>Ei vielä istuntoja – luo ensimmäinen</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Nimeä istunto uudelleen</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Uusi otsikko</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Nimeä uudelleen</translation>
    </message>
    <message>
        <source>Created “{title}”: the same boards and clusters, without notes.</source>
        <translation>Luotiin ”{title}”: samat taulut ja ryhmät ilman lappuja.</translation>
    </message>
    <message>
        <source>Delete session?</source>
        <translation>Poistetaanko istunto?</translation>
    </message>
    <message>
        <source>“{title}” and all its boards and notes will be deleted. This cannot be undone.</source>
        <translation>”{title}” ja kaikki sen taulut ja laput poistetaan. Tätä ei voi kumota.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Poista istunto</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Säilytä</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>”{title}” poistettiin.</translation>
    </message>
    <message>
        <source>Imported “{title}”.</source>
        <translation>Tuotu ”{title}”.</translation>
    </message>
</context>
<context>
    <name>TemplatePickerDialog</name>
    <message>
        <source>Add a board</source>
        <translation>Lisää taulu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Tap the kind of board you need.</source>
        <translation>Napauta tarvitsemaasi taulutyyppiä.</translation>
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
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>Timer</name>
    <message>
        <source>Time&apos;s up</source>
        <translation>Aika loppui</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pysäytetty</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Valmiina</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Viimeinen minuutti</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Aikaa jäljellä</translation>
    </message>
    <message>
        <source>Stopwatch</source>
        <translation>Sekuntikello</translation>
    </message>
    <message>
        <source>Timer: {status}, {time}</source>
        <translation>Ajastin: {status}, {time}</translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>Pysäytä ajastin</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Pysäytä ajastin</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Käynnistä ajastin</translation>
    </message>
    <message>
        <source>Resume the timer</source>
        <translation>Jatka ajastinta</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Pysäytä</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pysäytä</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Käynnistä</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Jatka</translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <source>Timer</source>
        <translation>Ajastin</translation>
    </message>
</context>
<context>
    <name>TimerFullScreen</name>
    <message>
        <source>Timer, full screen</source>
        <translation>Ajastin koko näytöllä</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>Minuutti vähemmän</translation>
    </message>
    <message>
        <source>−1 min (&lt;)</source>
        <translation>−1 min (&lt;)</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Pysäytä ajastin</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Pysäytä (P)</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>Minuutti lisää</translation>
    </message>
    <message>
        <source>+1 min (&gt;)</source>
        <translation>+1 min (&gt;)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Palauta ajastin alkuun</translation>
    </message>
    <message>
        <source>Reset (R)</source>
        <translation>Palauta (R)</translation>
    </message>
    <message>
        <source>Back to the board</source>
        <translation>Takaisin tauluun</translation>
    </message>
    <message>
        <source>Back to the board (Esc)</source>
        <translation>Takaisin tauluun (Esc)</translation>
    </message>
</context>
<context>
    <name>TimerOverlay</name>
    <message>
        <source>Timer</source>
        <translation>Ajastin</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Pysäytä ajastin</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Pysäytä (P)</translation>
    </message>
    <message>
        <source>Timer controls</source>
        <translation>Ajastimen säätimet</translation>
    </message>
    <message>
        <source>Timer controls (T)</source>
        <translation>Ajastimen säätimet (T)</translation>
    </message>
    <message>
        <source>Make the timer small</source>
        <translation>Pienennä ajastin</translation>
    </message>
    <message>
        <source>Small timer (C in the controls)</source>
        <translation>Pieni ajastin (C säätimissä)</translation>
    </message>
    <message>
        <source>Show the timer full screen</source>
        <translation>Näytä ajastin koko näytöllä</translation>
    </message>
    <message>
        <source>Full screen (Shift+T)</source>
        <translation>Koko näyttö (Shift+T)</translation>
    </message>
    <message>
        <source>Make the timer big again</source>
        <translation>Suurenna ajastin taas</translation>
    </message>
    <message>
        <source>Normal size</source>
        <translation>Tavallinen koko</translation>
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
        <translation>Ajastimen säätimet</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Ajastin</translation>
    </message>
    <message>
        <source>Timer now</source>
        <translation>Ajastin nyt</translation>
    </message>
    <message>
        <source>Close the timer controls</source>
        <translation>Sulje ajastimen säätimet</translation>
    </message>
    <message>
        <source>Close (Esc or T)</source>
        <translation>Sulje (Esc tai T)</translation>
    </message>
    <message numerus="yes">
        <source>Count down %n minutes</source>
        <translation>
            <numerusform>Laske alaspäin %n minuutti</numerusform>
            <numerusform>Laske alaspäin %n minuuttia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Count down %n minutes ({key})</source>
        <translation>
            <numerusform>Laske alaspäin %n minuutti ({key})</numerusform>
            <numerusform>Laske alaspäin %n minuuttia ({key})</numerusform>
        </translation>
    </message>
    <message>
        <source>One minute less (Down)</source>
        <translation>Minuutti vähemmän (Alas)</translation>
    </message>
    <message>
        <source>One minute more (Up)</source>
        <translation>Minuutti lisää (Ylös)</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds less (Left)</source>
        <translation>
            <numerusform>%n sekunti vähemmän (Vasen)</numerusform>
            <numerusform>%n sekuntia vähemmän (Vasen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds more (Right)</source>
        <translation>
            <numerusform>%n sekunti lisää (Oikea)</numerusform>
            <numerusform>%n sekuntia lisää (Oikea)</numerusform>
        </translation>
    </message>
    <message>
        <source>Count down the custom time</source>
        <translation>Laske oma aika alaspäin</translation>
    </message>
    <message>
        <source>Start (Enter)</source>
        <translation>Käynnistä (Enter)</translation>
    </message>
    <message>
        <source>Stopwatch</source>
        <translation>Sekuntikello</translation>
    </message>
    <message>
        <source>Start the stopwatch</source>
        <translation>Käynnistä sekuntikello</translation>
    </message>
    <message>
        <source>Count up from zero (S)</source>
        <translation>Laske ylöspäin nollasta (S)</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>Minuutti vähemmän</translation>
    </message>
    <message>
        <source>−1 min (−)</source>
        <translation>−1 min (−)</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Pysäytä ajastin</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Pysäytä (P)</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>Minuutti lisää</translation>
    </message>
    <message>
        <source>+1 min (+)</source>
        <translation>+1 min (+)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Palauta ajastin alkuun</translation>
    </message>
    <message>
        <source>Back to the start, stopped (R)</source>
        <translation>Alkuun, pysäytettynä (R)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Clear the timer</source>
        <translation>Poista ajastin</translation>
    </message>
    <message>
        <source>Stop and hide the timer (Delete)</source>
        <translation>Pysäytä ja piilota ajastin (Delete)</translation>
    </message>
    <message>
        <source>Chime</source>
        <translation>Äänimerkki</translation>
    </message>
    <message>
        <source>A chime at the last minute and at the end (M)</source>
        <translation>Äänimerkki viimeisen minuutin alkaessa ja lopussa (M)</translation>
    </message>
    <message>
        <source>Small timer</source>
        <translation>Pieni ajastin</translation>
    </message>
    <message>
        <source>Shrink the timer to a small pill (C)</source>
        <translation>Pienennä ajastin pieneksi (C)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Koko näyttö</translation>
    </message>
    <message>
        <source>Show the timer full screen</source>
        <translation>Näytä ajastin koko näytöllä</translation>
    </message>
    <message>
        <source>Full screen (F or Shift+T)</source>
        <translation>Koko näyttö (F tai Shift+T)</translation>
    </message>
    <message>
        <source>Count down</source>
        <translation>Laske alaspäin</translation>
    </message>
    <message>
        <source>Custom time (minutes and seconds)</source>
        <translation>Oma aika (minuutit ja sekunnit)</translation>
    </message>
    <message>
        <source>The running timer</source>
        <translation>Käynnissä oleva ajastin</translation>
    </message>
    <message>
        <source>Chime off</source>
        <translation>Äänimerkki pois</translation>
    </message>
    <message>
        <source>Chime on</source>
        <translation>Äänimerkki päällä</translation>
    </message>
    <message>
        <source>Start {time}</source>
        <translation>Käynnistä {time}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n sekunti</numerusform>
            <numerusform>%n sekuntia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Sulje ilmoitus</translation>
    </message>
</context>
<context>
    <name>TopicTimesSheet</name>
    <message>
        <source>Discussion settings</source>
        <translation>Keskustelun asetukset</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Keskustelu</translation>
    </message>
    <message>
        <source>Time per topic</source>
        <translation>Aika aihetta kohden</translation>
    </message>
    <message>
        <source>“Keep going” adds</source>
        <translation>”Jatketaan” lisää</translation>
    </message>
    <message>
        <source>One minute less: {what}</source>
        <translation>Minuutti vähemmän: {what}</translation>
    </message>
    <message>
        <source>One minute more: {what}</source>
        <translation>Minuutti lisää: {what}</translation>
    </message>
    <message>
        <source>A new time per topic applies from the next topic.</source>
        <translation>Uusi aika aihetta kohden on voimassa seuraavasta aiheesta alkaen.</translation>
    </message>
    <message>
        <source>End discussion</source>
        <translation>Lopeta keskustelu</translation>
    </message>
    <message>
        <source>The topic under discussion counts as discussed; no other topic follows</source>
        <translation>Käsiteltävä aihe merkitään käsitellyksi; muita aiheita ei oteta esiin</translation>
    </message>
</context>
<context>
    <name>agenda</name>
    <message>
        <source>On schedule</source>
        <translation>Aikataulussa</translation>
    </message>
    <message>
        <source>{minutes} min behind</source>
        <translation>{minutes} min myöhässä</translation>
    </message>
    <message>
        <source>{minutes} min ahead</source>
        <translation>{minutes} min etuajassa</translation>
    </message>
    <message>
        <source>Work on the board</source>
        <translation>Työskentely taululla</translation>
    </message>
    <message>
        <source>Discuss topics in vote order</source>
        <translation>Aiheista keskustelu äänijärjestyksessä</translation>
    </message>
    <message>
        <source>Build on the previous round&apos;s notes</source>
        <translation>Edellisen kierroksen lappujen jatkaminen</translation>
    </message>
    <message>
        <source>The board takes notes; the timer counts down the planned time.</source>
        <translation>Taululle kirjoitetaan lappuja; ajastin laskee suunnitellun ajan alaspäin.</translation>
    </message>
    <message>
        <source>Starting the phase takes up the board&apos;s topics one at a time, most votes first, each with its own time box.</source>
        <translation>Vaiheen alkaessa taulun aiheet otetaan käsittelyyn yksi kerrallaan, eniten ääniä saanut ensin, kukin omalla aikarajallaan.</translation>
    </message>
    <message>
        <source>Each phone gets the notes another participant wrote in the phase before on the same board, and builds on them.</source>
        <translation>Jokainen puhelin saa laput, jotka toinen osallistuja kirjoitti samalle taululle edellisessä vaiheessa, ja jatkaa niitä.</translation>
    </message>
</context>
<context>
    <name>colors</name>
    <message>
        <source>Yellow</source>
        <translation>Keltainen</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Oranssi</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Sininen</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Vaaleanpunainen</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violetti</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Turkoosi</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Harmaa</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Add note</source>
        <translation>Lapun lisäys</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Lapun muokkaus</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Värin vaihto</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation>Lappujen siirto</translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation>Lapun koon muutos</translation>
    </message>
    <message>
        <source>Delete notes</source>
        <translation>Lappujen poisto</translation>
    </message>
    <message>
        <source>Duplicate note</source>
        <translation>Lapun monistus</translation>
    </message>
    <message>
        <source>Stack duplicates</source>
        <translation>Kaksoiskappaleiden pinoaminen</translation>
    </message>
    <message>
        <source>Unstack notes</source>
        <translation>Pinon purku</translation>
    </message>
    <message>
        <source>Move to cluster</source>
        <translation>Siirto ryhmään</translation>
    </message>
    <message>
        <source>Add cluster</source>
        <translation>Ryhmän lisäys</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Ryhmän uudelleennimeäminen</translation>
    </message>
    <message>
        <source>Change cluster colour</source>
        <translation>Ryhmän värin vaihto</translation>
    </message>
    <message>
        <source>Move or resize cluster</source>
        <translation>Ryhmän siirto tai koon muutos</translation>
    </message>
    <message>
        <source>Delete cluster</source>
        <translation>Ryhmän poisto</translation>
    </message>
    <message>
        <source>Add board</source>
        <translation>Taulun lisäys</translation>
    </message>
    <message>
        <source>Edit board</source>
        <translation>Taulun muokkaus</translation>
    </message>
    <message>
        <source>Reorder boards</source>
        <translation>Taulujen järjestyksen muutos</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Taulun poisto</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Liittyminen</translation>
    </message>
    <message>
        <source>Note from a participant</source>
        <translation>Osallistujan lappu</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Ääni</translation>
    </message>
    <message>
        <source>Take back a vote</source>
        <translation>Äänen peruminen</translation>
    </message>
    <message>
        <source>Answer poll</source>
        <translation>Kyselyyn vastaaminen</translation>
    </message>
    <message>
        <source>Change board settings</source>
        <translation>Taulun asetusten muutos</translation>
    </message>
    <message>
        <source>Reveal notes</source>
        <translation>Lappujen paljastus</translation>
    </message>
    <message>
        <source>Hide or restore notes</source>
        <translation>Lappujen piilotus tai palautus</translation>
    </message>
    <message>
        <source>Show board</source>
        <translation>Taulun näyttäminen</translation>
    </message>
    <message>
        <source>Sort by votes</source>
        <translation>Lajittelu äänten mukaan</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Lisää vaihe</translation>
    </message>
    <message>
        <source>Edit phase</source>
        <translation>Muokkaa vaihetta</translation>
    </message>
    <message>
        <source>Reorder agenda</source>
        <translation>Järjestä ohjelma</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Poista vaihe</translation>
    </message>
    <message>
        <source>Start phase</source>
        <translation>Aloita vaihe</translation>
    </message>
    <message>
        <source>Finish agenda</source>
        <translation>Päätä ohjelma</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Seuraava vaihe</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Käynnistä ajastin</translation>
    </message>
    <message>
        <source>Start stopwatch</source>
        <translation>Käynnistä sekuntikello</translation>
    </message>
    <message>
        <source>Pause timer</source>
        <translation>Pysäytä ajastin</translation>
    </message>
    <message>
        <source>Resume timer</source>
        <translation>Jatka ajastinta</translation>
    </message>
    <message>
        <source>Reset timer</source>
        <translation>Palauta ajastin</translation>
    </message>
    <message>
        <source>Clear timer</source>
        <translation>Poista ajastin</translation>
    </message>
    <message>
        <source>Adjust timer</source>
        <translation>Säädä ajastinta</translation>
    </message>
    <message>
        <source>Discuss topic</source>
        <translation>Aiheen käsittely</translation>
    </message>
    <message>
        <source>End discussion</source>
        <translation>Keskustelun lopetus</translation>
    </message>
    <message>
        <source>Continue topic</source>
        <translation>Aiheen jatkaminen</translation>
    </message>
    <message>
        <source>Set topic times</source>
        <translation>Aiheiden aikojen asetus</translation>
    </message>
    <message>
        <source>Ask to continue</source>
        <translation>Jatkokysely</translation>
    </message>
    <message>
        <source>Close poll</source>
        <translation>Kyselyn sulkeminen</translation>
    </message>
    <message>
        <source>Remove participant names</source>
        <translation>Osallistujien nimien poisto</translation>
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
        <translation>Lapussa voi olla enintään {limit} merkkiä.</translation>
    </message>
    <message>
        <source>A title cannot be empty.</source>
        <translation>Otsikko ei voi olla tyhjä.</translation>
    </message>
    <message>
        <source>A title can have at most {limit} characters.</source>
        <translation>Otsikossa voi olla enintään {limit} merkkiä.</translation>
    </message>
    <message>
        <source>A question can have at most {limit} characters.</source>
        <translation>Kysymyksessä voi olla enintään {limit} merkkiä.</translation>
    </message>
    <message>
        <source>A name can have at most {limit} characters.</source>
        <translation>Nimessä voi olla enintään {limit} merkkiä.</translation>
    </message>
    <message>
        <source>Unknown note colour.</source>
        <translation>Tuntematon lapun väri.</translation>
    </message>
    <message>
        <source>Unknown cluster colour.</source>
        <translation>Tuntematon ryhmän väri.</translation>
    </message>
    <message>
        <source>That position is not on the board.</source>
        <translation>Sijainti ei ole taululla.</translation>
    </message>
    <message>
        <source>That size is not valid.</source>
        <translation>Koko ei kelpaa.</translation>
    </message>
    <message>
        <source>Only notes on the same board can be stacked.</source>
        <translation>Vain saman taulun lappuja voi pinota.</translation>
    </message>
    <message>
        <source>That cluster is on another board.</source>
        <translation>Ryhmä on toisella taululla.</translation>
    </message>
    <message>
        <source>Unknown board template.</source>
        <translation>Tuntematon taulupohja.</translation>
    </message>
    <message>
        <source>A session can have at most {limit} boards.</source>
        <translation>Istunnossa voi olla enintään {limit} taulua.</translation>
    </message>
    <message>
        <source>A session needs at least one board.</source>
        <translation>Istunnossa on oltava vähintään yksi taulu.</translation>
    </message>
    <message>
        <source>No topic is being discussed on this board.</source>
        <translation>Tällä taululla ei ole keskusteltavana aihetta.</translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation>Lappua ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>That cluster no longer exists.</source>
        <translation>Ryhmää ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>That phase no longer exists.</source>
        <translation>Sitä vaihetta ei ole enää.</translation>
    </message>
    <message>
        <source>An instruction can have at most {limit} characters.</source>
        <translation>Ohjeessa voi olla enintään {limit} merkkiä.</translation>
    </message>
    <message>
        <source>A phase can last at most {hours} hours.</source>
        <translation>Vaihe voi kestää enintään {hours} tuntia.</translation>
    </message>
    <message>
        <source>That board no longer exists.</source>
        <translation>Taulua ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>An agenda can have at most {limit} phases.</source>
        <translation>Ohjelmassa voi olla enintään {limit} vaihetta.</translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation>Istuntoa ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>Unsupported language: {language}.</source>
        <translation>Kieltä ei tueta: {language}.</translation>
    </message>
    <message>
        <source>This can&apos;t be done because the board changed in the meantime.</source>
        <translation>Tätä ei voi tehdä, koska taulu on sillä välin muuttunut.</translation>
    </message>
    <message>
        <source>Cannot read the database file {path}: {reason}</source>
        <translation>Tietokantatiedostoa {path} ei voi lukea: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a Facilitator database. It was left untouched; move it away or choose another data folder.</source>
        <translation>{path} ei ole Facilitatorin tietokanta. Siihen ei koskettu; siirrä se pois tai valitse toinen datakansio.</translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be opened. It was left untouched; restore it from a backup or choose another data folder.</source>
        <translation>Tietokanta {path} on vioittunut eikä sitä voi avata. Siihen ei koskettu; palauta se varmuuskopiosta tai valitse toinen datakansio.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Facilitator. Install that version to open it; nothing was changed.</source>
        <translation>Tietokanta {path} on tehty Facilitatorin uudemmalla versiolla. Asenna se versio avataksesi sen; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Cannot write to the database {path}: the file or its folder is read-only. Facilitator saves every change there; make it writable or choose another data folder. Nothing was changed.</source>
        <translation>Tietokantaan {path} ei voi kirjoittaa: tiedosto tai sen kansio on vain luku -tilassa. Facilitator tallentaa sinne jokaisen muutoksen; salli kirjoittaminen tai valitse toinen datakansio. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Cannot create the data folder {path}: {reason}</source>
        <translation>Datakansiota {path} ei voi luoda: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the database {path}: {reason}</source>
        <translation>Tietokantaa {path} ei voi avata: {reason}</translation>
    </message>
    <message>
        <source>The change could not be saved ({reason}). Everything saved before it is safe.</source>
        <translation>Muutosta ei voitu tallentaa ({reason}). Kaikki aiemmin tallennettu on tallessa.</translation>
    </message>
    <message>
        <source>The disk is full: the change could not be saved. Everything saved before it is safe; free some disk space and try again.</source>
        <translation>Levy on täynnä: muutosta ei voitu tallentaa. Kaikki aiemmin tallennettu on tallessa; vapauta levytilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The database cannot be written (the data folder or the disk is read-only): the change could not be saved. Everything saved before it is safe.</source>
        <translation>Tietokantaan ei voi kirjoittaa (datakansio tai levy on vain luku -tilassa): muutosta ei voitu tallentaa. Kaikki aiemmin tallennettu on tallessa.</translation>
    </message>
    <message>
        <source>You can only change your own notes.</source>
        <translation>Voit muuttaa vain omia lappujasi.</translation>
    </message>
    <message>
        <source>This board is locked: it can no longer be changed.</source>
        <translation>Taulu on lukittu: sitä ei voi enää muuttaa.</translation>
    </message>
    <message>
        <source>This board is not taking new notes right now.</source>
        <translation>Taululle ei voi nyt lisätä lappuja.</translation>
    </message>
    <message>
        <source>Voting is not open on this board.</source>
        <translation>Tällä taululla ei nyt äänestetä.</translation>
    </message>
    <message>
        <source>Please join the session again.</source>
        <translation>Liity istuntoon uudelleen.</translation>
    </message>
    <message>
        <source>The note&apos;s client id is not valid.</source>
        <translation>Lapun tunniste ei kelpaa.</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Kirjoita ensin jotain.</translation>
    </message>
    <message>
        <source>The note you build on no longer exists.</source>
        <translation>Lappua, jota jatkat, ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>You have used all your {budget} votes.</source>
        <translation>Olet käyttänyt kaikki {budget} ääntäsi.</translation>
    </message>
    <message>
        <source>You have no vote there to take back.</source>
        <translation>Sinulla ei ole siinä ääntä, jonka voisit perua.</translation>
    </message>
    <message>
        <source>This poll has closed.</source>
        <translation>Kysely on jo päättynyt.</translation>
    </message>
    <message>
        <source>Give each participant 1 to {limit} votes.</source>
        <translation>Anna jokaiselle osallistujalle 1–{limit} ääntä.</translation>
    </message>
    <message>
        <source>Votes were already cast on this board; clear them to change what is voted on.</source>
        <translation>Taululla on jo annettu ääniä; poista ne, jos haluat vaihtaa äänestyksen kohdetta.</translation>
    </message>
    <message>
        <source>A timer can run for at most {hours} hours.</source>
        <translation>Ajastin voi olla käynnissä enintään {hours} tuntia.</translation>
    </message>
    <message>
        <source>A timer needs at least one second.</source>
        <translation>Ajastimeen tarvitaan vähintään yksi sekunti.</translation>
    </message>
    <message>
        <source>There is no session called “{title}”.</source>
        <translation>Istuntoa ”{title}” ei ole.</translation>
    </message>
    <message>
        <source>“{session}” holds no name “{name}”. It holds: {names}.</source>
        <translation>Istunnossa ”{session}” ei ole nimeä ”{name}”. Siinä on: {names}.</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: {reason}</source>
        <translation>Kansioon {folder} ei voi kirjoittaa: {reason}</translation>
    </message>
    <message>
        <source>The export to {path} failed: {reason}. Nothing was changed.</source>
        <translation>Vienti kohteeseen {path} epäonnistui: {reason}. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>{count} boards make {count} pictures: choose one board, or save them in a folder or a .zip file.</source>
        <translation>{count} taulusta tulee {count} kuvaa: valitse yksi taulu tai tallenna kuvat kansioon tai .zip-tiedostoon.</translation>
    </message>
    <message>
        <source>PDF and PNG exports draw the boards, which needs the desktop app.</source>
        <translation>PDF- ja PNG-viennit piirtävät taulut, ja siihen tarvitaan työpöytäsovellus.</translation>
    </message>
    <message>
        <source>This session has no board called “{title}”.</source>
        <translation>Tässä istunnossa ei ole taulua ”{title}”.</translation>
    </message>
    <message>
        <source>This session file has a value the app cannot take: {reason}</source>
        <translation>Istuntotiedostossa on arvo, jota sovellus ei voi käyttää: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the file {path}: {reason}</source>
        <translation>Tiedostoa {path} ei voi lukea: {reason}</translation>
    </message>
    <message>
        <source>This file is not a complete JSON file (it may be cut short): {reason}</source>
        <translation>Tämä ei ole kokonainen JSON-tiedosto (se voi olla katkennut): {reason}</translation>
    </message>
    <message>
        <source>This file is not a Facilitator session export.</source>
        <translation>Tämä tiedosto ei ole Facilitatorista viety istunto.</translation>
    </message>
    <message>
        <source>This file was exported by a newer Facilitator (format {version}); update the app to import it.</source>
        <translation>Tiedosto on viety uudemmasta Facilitatorista (muoto {version}); päivitä sovellus, niin voit tuoda sen.</translation>
    </message>
    <message>
        <source>This session file does not follow the export format at {where}: {reason}</source>
        <translation>Istuntotiedosto ei noudata vientimuotoa kohdassa {where}: {reason}</translation>
    </message>
    <message>
        <source>No topics left to discuss on this board.</source>
        <translation>Tällä taululla ei ole enää keskusteltavia aiheita.</translation>
    </message>
    <message>
        <source>Sessions can be kept for {low} to {high} days, not {days}.</source>
        <translation>Istuntoja voi säilyttää {low}–{high} päivää, ei {days}.</translation>
    </message>
    <message>
        <source>Join the session first.</source>
        <translation>Liity ensin istuntoon.</translation>
    </message>
    <message>
        <source>Too many requests. Try again in {seconds} s.</source>
        <translation>Liian monta pyyntöä. Yritä uudelleen {seconds} s kuluttua.</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>Istunto on päättynyt.</translation>
    </message>
    <message>
        <source>The Content-Length header is not valid.</source>
        <translation>Content-Length-otsake ei kelpaa.</translation>
    </message>
    <message>
        <source>Send the request body as JSON (Content-Type: application/json).</source>
        <translation>Lähetä pyynnön sisältö JSON-muodossa (Content-Type: application/json).</translation>
    </message>
    <message>
        <source>Something went wrong on the server; nothing was changed. Try again.</source>
        <translation>Palvelimella tapahtui virhe; mitään ei muutettu. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>The request is too large (at most {limit} bytes).</source>
        <translation>Pyyntö on liian suuri (enintään {limit} tavua).</translation>
    </message>
    <message>
        <source>There is no session with this code.</source>
        <translation>Tällä koodilla ei ole istuntoa.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Ei löytynyt.</translation>
    </message>
    <message>
        <source>This method is not allowed here.</source>
        <translation>Tätä metodia ei voi käyttää tässä.</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>Pyyntö ei kelpaa.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation>Pyynnön sisältö ei ole kelvollista JSONia.</translation>
    </message>
    <message>
        <source>The public URL must start with http:// or https:// and name a host: {url}</source>
        <translation>Julkisen linkin on alettava http:// tai https:// ja siinä on oltava palvelimen nimi: {url}</translation>
    </message>
    <message>
        <source>The public URL cannot have a query or a fragment: {url}</source>
        <translation>Julkisessa linkissä ei voi olla kyselyosaa eikä fragmenttia (? tai #): {url}</translation>
    </message>
    <message>
        <source>The public URL cannot contain a user name or password: {url}</source>
        <translation>Julkisessa linkissä ei voi olla käyttäjänimeä eikä salasanaa: {url}</translation>
    </message>
    <message>
        <source>The public URL cannot contain spaces: {url}</source>
        <translation>Julkisessa linkissä ei voi olla välilyöntejä: {url}</translation>
    </message>
    <message>
        <source>{host} is not an address of this computer to serve on.</source>
        <translation>{host} ei ole tämän tietokoneen osoite, jossa palvelin voisi toimia.</translation>
    </message>
    <message>
        <source>Not allowed to serve on port {port}; choose a port above 1023.</source>
        <translation>Porttia {port} ei saa käyttää; valitse portti, jonka numero on yli 1023.</translation>
    </message>
    <message>
        <source>Could not serve on {host} port {port}: {reason}</source>
        <translation>Palvelinta ei voitu käynnistää osoitteeseen {host} porttiin {port}: {reason}</translation>
    </message>
    <message>
        <source>Ports {first} to {last} are all in use; choose another port with --port.</source>
        <translation>Portit {first}–{last} ovat kaikki käytössä; valitse toinen portti valitsimella --port.</translation>
    </message>
    <message>
        <source>The port must be between 0 and 65535, not {port}.</source>
        <translation>Portin on oltava välillä 0–65535, ei {port}.</translation>
    </message>
    <message>
        <source>The participant server did not start in time.</source>
        <translation>Osallistujapalvelin ei käynnistynyt ajoissa.</translation>
    </message>
    <message>
        <source>The participant server did not start: {reason}</source>
        <translation>Osallistujapalvelin ei käynnistynyt: {reason}</translation>
    </message>
    <message>
        <source>Cannot write in the data folder {path}: {reason}. Facilitator saves every change there; choose another data folder.</source>
        <translation>Datakansioon {path} ei voi kirjoittaa: {reason}. Facilitator tallentaa sinne jokaisen muutoksen; valitse toinen datakansio.</translation>
    </message>
    <message>
        <source>Facilitator is already running with the data folder {path}. Use the window that is open, or close it first.</source>
        <translation>Facilitator on jo käynnissä datakansiolla {path}. Käytä avoinna olevaa ikkunaa tai sulje se ensin.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Pictures</source>
        <translation>Kuvat</translation>
    </message>
    <message>
        <source>{count} votes</source>
        <translation>{count} ääntä</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 ääni</translation>
    </message>
    <message>
        <source>{date} · {participants} participants · {notes} notes</source>
        <translation>{date} · {participants} osallistujaa · {notes} lappua</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ohjelma</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Kaksoiskappaleet</translation>
    </message>
    <message>
        <source>{count} min</source>
        <translation>{count} min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Muistio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Laput</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Taulu</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Toteutunut</translation>
    </message>
    <message>
        <source>Most votes</source>
        <translation>Eniten ääniä</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>nimetön</translation>
    </message>
    <message>
        <source>Not in a cluster</source>
        <translation>Ei ryhmässä</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>ohjaaja</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>osallistuja</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Väri</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Äänet</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Kirjoittaja</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raportti</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Taulut</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} lappua</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 lappu</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>piilotettu</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (kopio)</translation>
    </message>
</context>
<context>
    <name>server</name>
    <message>
        <source>Session not found</source>
        <translation>Istuntoa ei löytynyt</translation>
    </message>
    <message>
        <source>There is no workshop session with this code. Check the link or the code on the screen and try again.</source>
        <translation>Tällä koodilla ei ole työpajaistuntoa. Tarkista linkki tai näytöllä oleva koodi ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Too many tries</source>
        <translation>Liian monta yritystä</translation>
    </message>
    <message>
        <source>Too many wrong codes from this network. Try again in {seconds} s.</source>
        <translation>Tästä verkosta on annettu liian monta väärää koodia. Yritä uudelleen {seconds} s kuluttua.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Ei saatavilla</translation>
    </message>
    <message>
        <source>The phone page is missing from this app.</source>
        <translation>Puhelinsivu puuttuu tästä sovelluksesta.</translation>
    </message>
</context>
<context>
    <name>thumbs</name>
    <message>
        <source>Keep going</source>
        <translation>Jatketaan</translation>
    </message>
    <message>
        <source>Either way</source>
        <translation>Kumpi vain</translation>
    </message>
    <message>
        <source>Move on</source>
        <translation>Seuraavaan</translation>
    </message>
</context>
</TS>
