<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgendaBar</name>
    <message numerus="yes">
        <source>Agenda: %n phase(s)</source>
        <translation>
            <numerusform>Agenda: %n phase</numerusform>
            <numerusform>Agenda: %n phases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message numerus="yes">
        <source>“{title}” will be deleted with its clusters and %n notes. Undo brings it back.</source>
        <translation>
            <numerusform>“{title}” will be deleted with its clusters and %n note. Undo brings it back.</numerusform>
            <numerusform>“{title}” will be deleted with its clusters and %n notes. Undo brings it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscussionBar</name>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message numerus="yes">
        <source>%n people joined</source>
        <translation>
            <numerusform>%n person joined</numerusform>
            <numerusform>%n people joined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Deleted %n old sessions, as set in Data and privacy.</source>
        <translation>
            <numerusform>Deleted %n old session, as set in Data and privacy.</numerusform>
            <numerusform>Deleted %n old sessions, as set in Data and privacy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteActionSheet</name>
    <message numerus="yes">
        <source>%n selected notes</source>
        <translation>
            <numerusform>%n selected note</numerusform>
            <numerusform>%n selected notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unstack (%n)</source>
        <translation>
            <numerusform>Unstack (%n)</numerusform>
            <numerusform>Unstack (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spread out the %n notes stacked under this one</source>
        <translation>
            <numerusform>Spread out the %n note stacked under this one</numerusform>
            <numerusform>Spread out the %n notes stacked under this one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n notes</source>
        <translation>
            <numerusform>Delete %n note</numerusform>
            <numerusform>Delete %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipationBar</name>
    <message numerus="yes">
        <source>Reveal (%n)</source>
        <translation>
            <numerusform>Reveal (%n)</numerusform>
            <numerusform>Reveal (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n votes per participant</source>
        <translation>
            <numerusform>%n vote per participant</numerusform>
            <numerusform>%n votes per participant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invite · %n joined</source>
        <translation>
            <numerusform>Invite · %n joined</numerusform>
            <numerusform>Invite · %n joined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
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
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message numerus="yes">
        <source>From now on, sessions not changed for %n days are deleted each time Facilitator starts.</source>
        <translation>
            <numerusform>From now on, sessions not changed for %n day are deleted each time Facilitator starts.</numerusform>
            <numerusform>From now on, sessions not changed for %n days are deleted each time Facilitator starts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n sessions and turn on</source>
        <translation>
            <numerusform>Delete %n session and turn on</numerusform>
            <numerusform>Delete %n sessions and turn on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions not changed for %n days are now deleted.</source>
        <translation>
            <numerusform>Sessions not changed for %n day are now deleted.</numerusform>
            <numerusform>Sessions not changed for %n days are now deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n sessions.</source>
        <translation>
            <numerusform>Deleted %n session.</numerusform>
            <numerusform>Deleted %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n names from “{title}”.</source>
        <translation>
            <numerusform>Removed %n name from “{title}”.</numerusform>
            <numerusform>Removed %n names from “{title}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveNamesDialog</name>
    <message numerus="yes">
        <source>{name} — %n notes</source>
        <translation>
            <numerusform>{name} — %n note</numerusform>
            <numerusform>{name} — %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n names</source>
        <translation>
            <numerusform>Remove %n name</numerusform>
            <numerusform>Remove %n names</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionRow</name>
    <message numerus="yes">
        <source>%n boards</source>
        <translation>
            <numerusform>%n board</numerusform>
            <numerusform>%n boards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message numerus="yes">
        <source>Count down %n minutes</source>
        <translation>
            <numerusform>Count down %n minute</numerusform>
            <numerusform>Count down %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Count down %n minutes ({key})</source>
        <translation>
            <numerusform>Count down %n minute ({key})</numerusform>
            <numerusform>Count down %n minutes ({key})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds less (Left)</source>
        <translation>
            <numerusform>%n second less (Left)</numerusform>
            <numerusform>%n seconds less (Left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds more (Right)</source>
        <translation>
            <numerusform>%n second more (Right)</numerusform>
            <numerusform>%n seconds more (Right)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
