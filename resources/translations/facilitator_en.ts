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
