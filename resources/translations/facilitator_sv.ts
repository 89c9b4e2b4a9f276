<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>BoardDetailsDialog</name>
    <message>
        <source>Edit board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question for participants (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question for participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a board from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit board title and question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move board left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {arrow}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move board right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note in the middle of the view (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cluster in the middle of the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the board to the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question yet: tap Edit to write the question for this board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete board?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“{title}” will be deleted with its clusters and %n notes. Undo brings it back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This note is face down: reveal the notes to read or edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: {action} (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: {action} (Ctrl+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterActionSheet</name>
    <message>
        <source>Cluster actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cluster, keep notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes stay on the board (Undo brings the cluster back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cluster and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the cluster and every note in it (Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinBadge</name>
    <message>
        <source>Join from your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join from your phone: {link}, code {code}. Opens the join screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <source>Join screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or open this link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the link, e.g. to paste it into the video call&apos;s chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the join screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network for people in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public link for remote participants (a tunnel or reverse proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public link for remote participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this public link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop using the public link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the code at this computer&apos;s own network address again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{interface} · {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people joined</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Link copied: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a full address that starts with https:// or http://</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{session} – {app}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Team retrospective, spring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteActionSheet</name>
    <message>
        <source>Note actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected notes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Empty note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face-down note (hidden until reveal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unstack (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spread out the %n notes stacked under this one</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stack here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack the other selected notes under this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide from everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide from every phone; the board shows it struck through (Undo reverses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the note on phones again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n notes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to note actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This board has no clusters yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move out of its cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditorDialog</name>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the note here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} / {limit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <source>Hidden from everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden until reveal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantAccess</name>
    <message>
        <source>Phones cannot join: this window runs without a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones cannot join: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipationBar</name>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the join screen: QR code, link, code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants can add notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether participants can add notes from their phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New notes arrive face down until you reveal them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn every hidden note face up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether participants can vote now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One vote fewer per participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One vote more per participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote on notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote on clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show vote results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the number of votes on the board and on phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most-voted notes first in each cluster (Undo puts them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A locked board takes no notes, edits or votes from phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reveal (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n votes per participant</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invite · %n joined</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhaseTabs</name>
    <message>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board {number} of {count}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRow</name>
    <message>
        <source>Open session {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the boards and clusters into a new session, without notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n boards</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a session to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet — create your first one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “{title}”: the same boards and clusters, without notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” and all its boards and notes will be deleted. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePickerDialog</name>
    <message>
        <source>Add a board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap the kind of board you need.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextPromptDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>colors</name>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstack notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change cluster colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move or resize cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note from a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back a vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change board settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide or restore notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by votes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A note can have at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title can have at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question can have at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can have at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown note colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cluster colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That position is not on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That size is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only notes on the same board can be stacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That cluster is on another board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown board template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session can have at most {limit} boards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session needs at least one board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That cluster no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That board no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported language: {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This can&apos;t be done because the board changed in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database file {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Facilitator database. It was left untouched; move it away or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be opened. It was left untouched; restore it from a backup or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Facilitator. Install that version to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved ({reason}). Everything saved before it is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can only change your own notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This board is locked: it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This board is not taking new notes right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting is not open on this board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please join the session again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note&apos;s client id is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have used all your {budget} votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no vote there to take back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each participant 1 to {limit} votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes were already cast on this board; clear them to change what is voted on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>{title} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
