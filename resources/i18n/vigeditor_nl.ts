<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../vigeditor/ui/details/common.py" line="+58"/>
        <source>Carer</source>
        <translation>Opvoeder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sibling</source>
        <translation>Broer of zus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Filming</source>
        <translation>Filmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared review</source>
        <translation>Nabespreking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family copies</source>
        <translation>Kopieën voor het gezin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supervision</source>
        <translation>Supervisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>Onderzoek</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filming the family at home.</source>
        <translation>Het gezin thuis filmen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watching the film together in a shared review.</source>
        <translation>De film samen bekijken in een nabespreking.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family receives copies: booklet, review pack.</source>
        <translation>Het gezin krijgt kopieën: boekje, nabesprekingspakket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing clips to the guider&apos;s supervisor and intervision peers.</source>
        <translation>Clips laten zien aan de supervisor van de begeleider en aan intervisiegenoten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing clips at training events and presentations.</source>
        <translation>Clips laten zien op trainingen en presentaties.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing with a named professional, e.g. the social worker.</source>
        <translation>Delen met een bij naam genoemde professional, bijv. de maatschappelijk werker.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use in research (pseudonymised).</source>
        <translation>Gebruik in onderzoek (gepseudonimiseerd).</translation>
    </message>
    <message>
        <location filename="../../vigeditor/ui/details/consent.py" line="+44"/>
        <source>withdrawn{sep}{date}</source>
        <translation>ingetrokken{sep}{date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given{sep}{date}</source>
        <translation>gegeven{sep}{date}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../vigeditor/ui/details/people.py" line="+292"/>
        <source>given {date}</source>
        <translation>gegeven {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>withdrawn {date}</source>
        <translation>ingetrokken {date}</translation>
    </message>
    <message>
        <location filename="../../vigeditor/ui/details/cycles.py" line="+51"/>
        <source>Cycle {number}</source>
        <translation>Cyclus {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filmed: {date}</source>
        <translation>Gefilmd: {date}</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Shared review: {date}</source>
        <translation>Nabespreking: {date}</translation>
    </message>
    <message>
        <location filename="../../vigeditor/ui/details/people.py" line="-5"/>
        <source>withdrawn {date} (consent given {given} is in force again)</source>
        <translation>ingetrokken {date} (toestemming gegeven {given} geldt weer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>given {date} (and its withdrawal)</source>
        <translation>gegeven {date} (en de intrekking ervan)</translation>
    </message>
    <message>
        <location filename="../../vigeditor/ui/places_warning.py" line="+202"/>
        <source>Workspace disk: checking encryption…</source>
        <translation>Schijf van de werkmap: versleuteling controleren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace disk: encryption unknown (this computer cannot tell)</source>
        <translation>Schijf van de werkmap: versleuteling onbekend (deze computer kan het niet zien)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace disk: not encrypted — ask your IT team about disk encryption</source>
        <translation>Schijf van de werkmap: niet versleuteld — vraag je IT-afdeling naar schijfversleuteling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace disk: encrypted ({method})</source>
        <translation>Schijf van de werkmap: versleuteld ({method})</translation>
    </message>
</context>
<context>
    <name>AfterReviewDialog</name>
    <message>
        <location filename="../../vigeditor/ui/review/after_review.py" line="+52"/>
        <source>After the shared review — cycle {number}</source>
        <extracomment>the kinds of change that alter what the form shows</extracomment>
        <translation>Na de nabespreking — cyclus {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the parent noticed</source>
        <translation>Wat de ouder opmerkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the parent&apos;s own words</source>
        <translation>In de eigen woorden van de ouder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+96"/>
        <source>Working points</source>
        <translation>Werkpunten</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>New working point</source>
        <translation>Nieuw werkpunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to look for next time</source>
        <translation>Waar je de volgende keer op let</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>What the parent &amp;noticed:</source>
        <extracomment>working points added or removed since the form was filled: (kind, row, text)</extracomment>
        <translation>Wat de ouder &amp;opmerkte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What to look for next time, agreed with the parent. Type one and press Enter to add it; double-click to change one. Ctrl+Enter saves the form.</source>
        <translation>Waar je de volgende keer op let, afgesproken met de ouder. Typ er een en druk op Enter om het toe te voegen; dubbelklik om er een te wijzigen. Ctrl+Enter slaat het formulier op.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;working point:</source>
        <translation>Nieuw &amp;werkpunt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add working point</source>
        <translation>Werkpunt toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove selected working point</source>
        <translation>Geselecteerd werkpunt verwijderen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Helping questions: how is it now? (1–10)</source>
        <translation>Hulpvragen: hoe is het nu? (1–10)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case has no helping questions yet (Case details).</source>
        <translation>Deze casus heeft nog geen hulpvragen (Casusgegevens).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not rated</source>
        <translation>geen score</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rating: {question}</source>
        <translation>Score: {question}</translation>
    </message>
</context>
<context>
    <name>AnalysisKeeper</name>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="+49"/>
        <source>Background analysis</source>
        <translation>Analyse op de achtergrond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vigeditor listens to the sound and looks for faces on this computer, to show voices, faces and suggested moments on the timeline. Nothing leaves the computer. You can keep working meanwhile.</source>
        <translation>vigeditor luistert naar het geluid en zoekt naar gezichten op deze computer, om stemmen, gezichten en voorgestelde momenten op de tijdlijn te tonen. Er verlaat niets de computer. Je kunt intussen doorwerken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the analysis</source>
        <translation>De analyse stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysing the recording</source>
        <translation>De opname analyseren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening to {name}… {percent}%</source>
        <translation>Luisteren naar {name}… {percent}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for faces in {name}… {percent}%</source>
        <translation>Gezichten zoeken in {name}… {percent}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The analysis of this recording could not be finished: {reason}</source>
        <translation>De analyse van deze opname kon niet worden afgerond: {reason}</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../vigeditor/ui/details/audit_tab.py" line="+56"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where to</source>
        <translation>Waarheen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On whose consent</source>
        <translation>Met wiens toestemming</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Faces</source>
        <translation>Gezichten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encrypted</source>
        <translation>Versleuteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports from this case</source>
        <translation>Exports uit deze casus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has been exported from this case yet.</source>
        <translation>Er is nog niets uit deze casus geëxporteerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit message</source>
        <translation>Auditbericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Opslaan als PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the list as PDF</source>
        <translation>De lijst opslaan als PDF</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every export from this case, oldest first: kept for an information-governance request. Save it as PDF to print it or send it.</source>
        <translation>Elke export uit deze casus, oudste eerst: bewaard voor een verzoek over informatiebeheer. Sla de lijst op als PDF om hem te printen of te versturen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>none recorded</source>
        <translation>niets vastgelegd</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save the exports list as PDF</source>
        <translation>De exportlijst opslaan als PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved to {path}</source>
        <translation>Opgeslagen in {path}</translation>
    </message>
</context>
<context>
    <name>CaseDetails</name>
    <message>
        <location filename="../../vigeditor/ui/details/case_details.py" line="+37"/>
        <source>Case details</source>
        <translation>Casusgegevens</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Case details sections</source>
        <translation>Onderdelen van de casusgegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family</source>
        <translation>&amp;Gezin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People &amp;&amp; consent</source>
        <translation>&amp;Personen &amp;&amp; toestemming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helping &amp;questions</source>
        <translation>&amp;Hulpvragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Traject plan</source>
        <translation>&amp;Trajectplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ycles</source>
        <translation>&amp;Cycli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit</source>
        <translation>&amp;Audit</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Case details – family {code}</source>
        <translation>Casusgegevens – gezin {code}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="-52"/>
        <source>Carer</source>
        <translation>Opvoeder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sibling</source>
        <translation>Broer of zus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Filming</source>
        <translation>Filmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared review</source>
        <translation>Nabespreking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family copies</source>
        <translation>Kopieën voor het gezin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision</source>
        <translation>Supervisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Research</source>
        <translation>Onderzoek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filming the family at home.</source>
        <translation>Het gezin thuis filmen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watching the film together in a shared review.</source>
        <translation>De film samen bekijken in een nabespreking.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family receives copies: booklet, review pack.</source>
        <translation>Het gezin krijgt kopieën: boekje, nabesprekingspakket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing clips to the guider&apos;s supervisor and intervision peers.</source>
        <translation>Clips laten zien aan de supervisor van de begeleider en aan intervisiegenoten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing clips at training events and presentations.</source>
        <translation>Clips laten zien op trainingen en presentaties.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing with a named professional, e.g. the social worker.</source>
        <translation>Delen met een bij naam genoemde professional, bijv. de maatschappelijk werker.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use in research (pseudonymised).</source>
        <translation>Gebruik in onderzoek (gepseudonimiseerd).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given{sep}{date}</source>
        <translation>gegeven{sep}{date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn{sep}{date}</source>
        <translation>ingetrokken{sep}{date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>given {date}</source>
        <translation>gegeven {date}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>withdrawn {date}</source>
        <translation>ingetrokken {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle {number}</source>
        <translation>Cyclus {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filmed: {date}</source>
        <translation>Gefilmd: {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared review: {date}</source>
        <translation>Nabespreking: {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given {date} (and its withdrawal)</source>
        <translation>gegeven {date} (en de intrekking ervan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn {date} (consent given {given} is in force again)</source>
        <translation>ingetrokken {date} (toestemming gegeven {given} geldt weer)</translation>
    </message>
</context>
<context>
    <name>CaseFlows</name>
    <message>
        <location line="+208"/>
        <source>Making the demo case</source>
        <translation>De democasus maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making the demo case…</source>
        <translation>De democasus maken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case details</source>
        <translation>Casusgegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open case</source>
        <translation>Casus openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo case</source>
        <translation>Democasus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New case</source>
        <translation>Nieuwe casus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case was not created, so nothing was recorded. Check the names and try again.</source>
        <translation>De casus is niet aangemaakt, dus er is niets vastgelegd. Controleer de namen en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>CaseNavigator</name>
    <message>
        <location filename="../../vigeditor/ui/panels/navigator.py" line="+49"/>
        <source>Case navigator</source>
        <translation>Casusnavigator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length</source>
        <translation>Lengte</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not in a cycle</source>
        <translation>Niet in een cyclus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle %1</source>
        <translation>Cyclus %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filmed %1</source>
        <translation>gefilmd %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Interaction film</source>
        <translation>Interactiefilm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared review film</source>
        <translation>Film van de nabespreking</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Clip %1</source>
        <translation>Clip %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still %1</source>
        <translation>Still %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still</source>
        <translation>Still</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <location filename="../../vigeditor/ui/session.py" line="+80"/>
        <source>That could not be done. Details are in the log.</source>
        <translation>Dat lukte niet. Details staan in het logboek.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../vigeditor/ui/details/consent.py" line="+25"/>
        <source>Record consent given</source>
        <translation>Gegeven toestemming vastleggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record withdrawal of consent</source>
        <translation>Intrekking van toestemming vastleggen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Jo Smith, social worker</source>
        <translation>bijv. Jo de Vries, maatschappelijk werker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Person:</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;urpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For:</source>
        <translation>Voor:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Professional&apos;s &amp;name:</source>
        <translation>&amp;Naam professional:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date given:</source>
        <translation>Da&amp;tum gegeven:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date withdrawn:</source>
        <translation>Da&amp;tum ingetrokken:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otitie:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record withdrawal</source>
        <translation>Intrekking vastleggen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>That could not be done.</source>
        <translation>Dat lukte niet.</translation>
    </message>
</context>
<context>
    <name>ControlBar</name>
    <message>
        <location filename="../../vigeditor/ui/review/controls.py" line="+167"/>
        <source>Review controls</source>
        <extracomment>(command, glyph) in the order shown</extracomment>
        <translation>Bediening nabespreking</translation>
    </message>
</context>
<context>
    <name>CyclesTab</name>
    <message>
        <location filename="../../vigeditor/ui/details/cycles.py" line="+14"/>
        <source>Cycles</source>
        <translation>Cycli</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filming date</source>
        <translation>Filmdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared review date</source>
        <translation>Datum nabespreking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle notes</source>
        <translation>Cyclusnotities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working point</source>
        <translation>Werkpunt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Working points</source>
        <translation>Werkpunten</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>What to look for next time</source>
        <translation>Waar je de volgende keer op let</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;ycles:</source>
        <translation>&amp;Cycli:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add c&amp;ycle</source>
        <translation>Cyclus &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected cycle…</source>
        <translation>Geselecteerde cyclus verwijderen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle &amp;number:</source>
        <translation>Cyclus&amp;nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filming date:</source>
        <translation>&amp;Filmdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared &amp;review date:</source>
        <translation>Datum na&amp;bespreking:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to look for next time, agreed in the shared review. Double-click to edit.</source>
        <translation>Waar je de volgende keer op let, afgesproken in de nabespreking. Dubbelklik om te bewerken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;working point:</source>
        <translation>Nieuw &amp;werkpunt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>Toe&amp;voegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add working point</source>
        <translation>Werkpunt toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected…</source>
        <translation>Geselecteerde verwijderen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected working point</source>
        <translation>Geselecteerd werkpunt verwijderen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cycle {number}</source>
        <translation>Cyclus {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cycles yet: add one</source>
        <translation>Nog geen cycli: voeg er een toe</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Remove cycle {number} with its working points, ratings and shared review plan? Its recordings stay in the case.</source>
        <translation>Cyclus {number} verwijderen, met de werkpunten, scores en het plan voor de nabespreking? De opnamen blijven in de casus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select the working point to remove first.</source>
        <translation>Selecteer eerst het werkpunt dat je wilt verwijderen.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../vigeditor/ui/details/common.py" line="+82"/>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear {name}</source>
        <translation>{name} wissen</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location line="+82"/>
        <source>Please confirm</source>
        <translation>Bevestig dit</translation>
    </message>
</context>
<context>
    <name>DiskEncryptionLabel</name>
    <message>
        <location filename="../../vigeditor/ui/places_warning.py" line="+10"/>
        <source>Workspace disk encryption</source>
        <translation>Versleuteling van de werkmapschijf</translation>
    </message>
</context>
<context>
    <name>EditingActions</name>
    <message>
        <location filename="../../vigeditor/ui/editor/editing.py" line="+65"/>
        <source>In mark at frame {n}</source>
        <translation>Beginmarkering op frame {n}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Out mark at frame {n}</source>
        <translation>Eindmarkering op frame {n}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A clip&apos;s in frame must come before its out frame: this clip runs from frame {a} to {b}.</source>
        <translation>Het beginframe van een clip moet vóór het eindframe liggen: deze clip loopt van frame {a} tot {b}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clip now starts at frame {n}</source>
        <translation>De clip begint nu bij frame {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip now ends at frame {n}</source>
        <translation>De clip eindigt nu bij frame {n}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clip made: frames {a}–{b}</source>
        <translation>Clip gemaakt: frames {a}–{b}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a moment (or go to one), or set an in mark (I) and an out mark (O) first.</source>
        <translation>Selecteer eerst een moment (of ga naar een moment), of zet een beginmarkering (I) en een eindmarkering (O).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This moment already has that clip; it is selected.</source>
        <translation>Dit moment heeft die clip al; hij is geselecteerd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clip made around the moment: frames {a}–{b}</source>
        <translation>Clip rond het moment gemaakt: frames {a}–{b}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Still made of frame {n}</source>
        <translation>Still gemaakt van frame {n}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Tag with {group}: press the item&apos;s letter, or {digit} again for the whole group (Esc cancels)</source>
        <translation>Taggen met {group}: druk op de letter van het item, of nogmaals op {digit} voor de hele groep (Esc annuleert)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No principle has the letter {letter} in this group.</source>
        <translation>Geen principe in deze groep heeft de letter {letter}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tagged frame {n}: {label}</source>
        <translation>Frame {n} getagd: {label}</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <location filename="../../vigeditor/ui/editor/editor_view.py" line="+137"/>
        <location line="+8"/>
        <source>Moments, clips and stills</source>
        <translation>Momenten, clips en stills</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Moments</source>
        <translation>Momenten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stills</source>
        <translation>Stills</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principles</source>
        <translation>Principes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+16"/>
        <source>Opening recording</source>
        <translation>Opname openen</translation>
    </message>
</context>
<context>
    <name>EncryptionRows</name>
    <message>
        <location filename="../../vigeditor/ui/exports/encryption.py" line="+26"/>
        <source>&amp;Encrypt (7-Zip archive with a passphrase)</source>
        <translation>&amp;Versleutelen (7-Zip-archief met een wachtwoordzin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>Wachtwoordzin nogmaals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the archive (.7z) is saved; it opens with 7-Zip and other standard tools. The passphrase is not stored anywhere and cannot be recovered: tell it to the person who receives the pack in another way (by phone, in person).</source>
        <translation>Alleen het archief (.7z) wordt opgeslagen; het opent met 7-Zip en andere standaardprogramma&apos;s. De wachtwoordzin wordt nergens bewaard en is niet terug te halen: geef hem op een andere manier door aan wie het pakket krijgt (telefonisch, persoonlijk).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase check</source>
        <translation>Controle wachtwoordzin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase a&amp;gain:</source>
        <translation>Wachtwoordzin &amp;nogmaals:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>De wachtwoordzin moet minstens {count} tekens hebben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the same passphrase twice.</source>
        <translation>Typ twee keer dezelfde wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../vigeditor/ui/exports/dialog.py" line="+43"/>
        <source>The family&apos;s own copy</source>
        <translation>Het eigen exemplaar van het gezin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watching in a shared review</source>
        <translation>Bekijken in een nabespreking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing with a named professional</source>
        <translation>Delen met een genoemde professional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision</source>
        <translation>Supervisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training and presentations</source>
        <translation>Training en presentaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>Onderzoek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filming</source>
        <translation>Filmen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Professional&apos;s name</source>
        <translation>Naam professional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who receives it, e.g. the social worker</source>
        <translation>Wie het krijgt, bijv. de maatschappelijk werker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save to</source>
        <translation>Opslaan in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export message</source>
        <translation>Exportbericht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export progress</source>
        <translation>Voortgang export</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;fessional:</source>
        <translation>Pro&amp;fessional:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family&apos;s consent for this purpose is checked before anything is written, and the export is recorded.</source>
        <translation>De toestemming van het gezin voor dit doel wordt gecontroleerd voordat er iets wordt geschreven, en de export wordt vastgelegd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save</source>
        <translation>Kies waar je wilt opslaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save to:</source>
        <translation>Op&amp;slaan in:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in &amp;folder</source>
        <translation>Tonen in &amp;map</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save in</source>
        <translation>Opslaan in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Stop</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved to {path}</source>
        <translation>Opgeslagen in {path}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <location filename="../../vigeditor/ui/exports/specs.py" line="+143"/>
        <source>Export clip</source>
        <translation>Clip exporteren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export still</source>
        <translation>Still exporteren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export review pack</source>
        <translation>Nabesprekingspakket exporteren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export review plan sheet</source>
        <translation>Blad met nabesprekingsplan exporteren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export family notes booklet</source>
        <translation>Notitieboekje voor het gezin exporteren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export supervision pack</source>
        <translation>Supervisiepakket exporteren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export logbook</source>
        <translation>Logboek exporteren</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../../vigeditor/ui/exports/menu.py" line="+17"/>
        <source>&amp;Clip…</source>
        <translation>&amp;Clip…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Still…</source>
        <translation>&amp;Still…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review pack…</source>
        <translation>&amp;Nabesprekingspakket…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review plan shee&amp;t (talking points)…</source>
        <translation>Blad met nabesprekings&amp;plan (gesprekspunten)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family notes &amp;booklet…</source>
        <translation>Notitie&amp;boekje voor het gezin…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;pervision pack…</source>
        <translation>&amp;Supervisiepakket…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logbook…</source>
        <translation>&amp;Logboek…</translation>
    </message>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="-164"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review plan &amp;sheet to print…</source>
        <translation>Nabesprekingsplan &amp;afdrukken…</translation>
    </message>
</context>
<context>
    <name>FacePicture</name>
    <message>
        <location filename="../../vigeditor/ui/exports/faces_view.py" line="+42"/>
        <source>Face preview</source>
        <translation>Voorbeeld van gezichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The frame shown, faces to blur pixelated. Drag a rectangle to blur a face by hand.</source>
        <translation>Het getoonde frame, te vervagen gezichten gepixeld. Sleep een rechthoek om een gezicht met de hand te vervagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faces with an orange box are blurred. Drag a rectangle over a face the app missed to blur it too.</source>
        <translation>Gezichten met een oranje kader worden vervaagd. Sleep een rechthoek over een gezicht dat de app miste om het ook te vervagen.</translation>
    </message>
</context>
<context>
    <name>FaceRow</name>
    <message>
        <location filename="../../vigeditor/ui/exports/faces_list.py" line="+39"/>
        <location line="+20"/>
        <source>Face {number}</source>
        <translation>Gezicht {number}</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Stays visible</source>
        <translation>Blijft zichtbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face {number} stays visible</source>
        <translation>Gezicht {number} blijft zichtbaar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is face {number}?</source>
        <translation>Wie is gezicht {number}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who is this?</source>
        <translation>Wie is dit?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Face {number}: drawn by hand, always blurred</source>
        <translation>Gezicht {number}: met de hand getekend, altijd vervaagd</translation>
    </message>
</context>
<context>
    <name>FacesLayout</name>
    <message>
        <location filename="../../vigeditor/ui/exports/faces_layout.py" line="+32"/>
        <source>&amp;Blur faces of people without consent</source>
        <translation>Gezichten van mensen zonder toestemming &amp;vervagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blur faces of people without consent</source>
        <translation>Gezichten van mensen zonder toestemming vervagen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pictures in this export</source>
        <translation>Beelden in deze export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frame shown</source>
        <translation>Getoond frame</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frames where detection was unsure</source>
        <translation>Frames waar de herkenning onzeker was</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Face finding</source>
        <translation>Gezichten zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finding faces</source>
        <translation>Gezichten zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top finding faces</source>
        <translation>Zoeken naar gezichten s&amp;toppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find faces a&amp;gain</source>
        <translation>Gezichten opnieuw &amp;zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pictures:</source>
        <translation>Beelden:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Faces (tick those who stay visible):</source>
        <translation>Gezichten (vink aan wie zichtbaar blijft):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detection unsure:</source>
        <translation>Herkenning onzeker:</translation>
    </message>
</context>
<context>
    <name>FacesList</name>
    <message>
        <location filename="../../vigeditor/ui/exports/faces_list.py" line="+24"/>
        <location line="+7"/>
        <location line="+12"/>
        <source>Faces</source>
        <translation>Gezichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No faces were found in these frames.</source>
        <translation>In deze frames zijn geen gezichten gevonden.</translation>
    </message>
</context>
<context>
    <name>FacesPanel</name>
    <message>
        <location filename="../../vigeditor/ui/exports/faces_panel.py" line="+152"/>
        <source>Finding faces</source>
        <translation>Gezichten zoeken</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>This export has no pictures to show.</source>
        <translation>Deze export heeft geen beelden om te tonen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Finding the faces…</source>
        <translation>Gezichten zoeken…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Finding faces was stopped. Nothing was saved; the export finds them when it runs.</source>
        <translation>Het zoeken naar gezichten is gestopt. Er is niets opgeslagen; de export zoekt ze als hij draait.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Detection unsure at frame {frame}</source>
        <translation>Herkenning onzeker bij frame {frame}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(to {frame})</source>
        <translation>(tot {frame})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: every frame is clear.</source>
        <translation>Geen: elk frame is duidelijk.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No faces were found. Drag a rectangle on the picture to blur something by hand.</source>
        <translation>Er zijn geen gezichten gevonden. Sleep een rechthoek op het beeld om iets met de hand te vervagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faces found: {count} ({kept} visible, {blurred} blurred). Drag a rectangle on the picture to blur a face the app missed.</source>
        <translation>Gezichten gevonden: {count} ({kept} zichtbaar, {blurred} vervaagd). Sleep een rechthoek op het beeld om een gezicht te vervagen dat de app miste.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Frame {frame}</source>
        <translation>Frame {frame}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Showing a frame</source>
        <translation>Een frame tonen</translation>
    </message>
    <message>
        <location filename="../../vigeditor/ui/exports/faces_work.py" line="+113"/>
        <source>Clip</source>
        <extracomment>the exports that carry pictures, so offer blurring</extracomment>
        <translation>Clip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still</source>
        <translation>Still</translation>
    </message>
</context>
<context>
    <name>FamilyTab</name>
    <message>
        <location filename="../../vigeditor/ui/details/family.py" line="+26"/>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of involvement</source>
        <translation>Einde betrokkenheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. F01</source>
        <translation>bijv. F01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything to remember about this family.</source>
        <translation>Alles wat je over dit gezin wilt onthouden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Family &amp;code:</source>
        <translation>Gezins&amp;code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used instead of names in supervision and research exports.</source>
        <translation>Wordt gebruikt in plaats van namen in exports voor supervisie en onderzoek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family &amp;name:</source>
        <translation>Gezins&amp;naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Never included in supervision or research exports.</source>
        <translation>Optioneel. Nooit opgenomen in exports voor supervisie of onderzoek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guider:</source>
        <translation>Be&amp;geleider:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service:</source>
        <translation>O&amp;rganisatie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tarted:</source>
        <translation>S&amp;tartdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ended:</source>
        <translation>&amp;Einddatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of &amp;involvement:</source>
        <translation>Einde betrokken&amp;heid:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app reminds you when the retention period after this date has passed, so the case can be deleted.</source>
        <translation>De app herinnert je eraan wanneer de bewaartermijn na deze datum voorbij is, zodat de casus kan worden verwijderd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
</context>
<context>
    <name>FrameField</name>
    <message>
        <location filename="../../vigeditor/ui/panels/inspector_fields.py" line="+91"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../vigeditor/ui/start/import_flow.py" line="+86"/>
        <source>Importing {name}</source>
        <translation>{name} importeren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import progress</source>
        <translation>Voortgang import</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
</context>
<context>
    <name>ImportOptions</name>
    <message>
        <location line="-78"/>
        <source>Import recordings</source>
        <translation>Opnamen importeren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle</source>
        <translation>Cyclus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of film</source>
        <translation>Soort film</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction film (parent and child)</source>
        <translation>Interactiefilm (ouder en kind)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared review film (for supervision)</source>
        <translation>Film van de nabespreking (voor supervisie)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cycle:</source>
        <translation>&amp;Cyclus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../vigeditor/ui/panels/inspector.py" line="+61"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Selected item</source>
        <extracomment>the &quot;Suggestions&quot; menu beside the caption of a clip and of a still</extracomment>
        <translation>Geselecteerd item</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a moment, clip or still to see and edit it here.</source>
        <translation>Selecteer een moment, clip of still om het hier te bekijken en te bewerken.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Strengths-based, in words the family uses: what is going well here?</source>
        <translation>Vanuit krachten, in de woorden van het gezin: wat gaat hier goed?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Bijschrift:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caption</source>
        <translation>Bijschrift</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>&amp;Frame:</source>
        <translation>&amp;Frame:</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+37"/>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&amp;End frame:</source>
        <translation>&amp;Eindframe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End frame</source>
        <translation>Eindframe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who acts:</source>
        <translation>&amp;Wie handelt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who acts</source>
        <translation>Wie handelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location line="+6"/>
        <source>&amp;Principles:</source>
        <translation>&amp;Principes:</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+28"/>
        <location line="+6"/>
        <source>Principles</source>
        <translation>Principes</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>What do you notice? What is better than usual here?</source>
        <translation>Wat valt je op? Wat is hier beter dan gewoonlijk?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A short title, e.g. “Sam shows you the tower”</source>
        <translation>Een korte titel, bijv. “Sam laat je de toren zien”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;In:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In frame</source>
        <translation>Beginframe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Out:</source>
        <translation>Ein&amp;d:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out frame</source>
        <translation>Eindframe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use current frame</source>
        <translation>Huidig frame &amp;gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use current frame as key frame</source>
        <translation>Huidig frame als sleutelframe gebruiken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Key frame:</source>
        <translation>&amp;Sleutelframe:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key frame</source>
        <translation>Sleutelframe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Slow motion</source>
        <translation>&amp;Vertraagd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow motion</source>
        <translation>Vertraagd</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Nothing selected</source>
        <translation>Niets geselecteerd</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Clip: frames %1–%2 (%3 s)</source>
        <translation>Clip: frames %1–%2 (%3 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still</source>
        <translation>Still</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at frame %2 (%3)</source>
        <translation>%1 op frame %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../vigeditor/ui/panels/item_lists.py" line="+70"/>
        <source>Select to go to its frame; Delete removes it.</source>
        <translation>Selecteer om naar het frame te gaan; Delete verwijdert het.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="+13"/>
        <source>Principles</source>
        <translation>Principes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moments</source>
        <translation>Momenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stills</source>
        <translation>Stills</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Who acts</source>
        <translation>Wie handelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>Eind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length</source>
        <translation>Lengte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Caption</source>
        <translation>Bijschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <location filename="../../vigeditor/ui/review/picker.py" line="+47"/>
        <source>Add to the shared review</source>
        <translation>Toevoegen aan de nabespreking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clips and stills of this cycle</source>
        <translation>Clips en stills van deze cyclus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  (already in the review)</source>
        <translation>  (al in de nabespreking)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose one or more (Ctrl or Shift for several). ▶ is a clip, ▣ a still.</source>
        <translation>Kies er een of meer (Ctrl of Shift voor meerdere). ▶ is een clip, ▣ een still.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cycle&apos;s recordings have no clips or stills yet. Make them in the editor first.</source>
        <translation>De opnamen van deze cyclus hebben nog geen clips of stills. Maak ze eerst in de editor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../vigeditor/ui/language.py" line="+73"/>
        <source>System ({language})</source>
        <extracomment>the translators installed by :func:`install_language`, kept alive while installed</extracomment>
        <translation>Systeem ({language})</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the app</source>
        <translation>Taal van de app</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new language takes effect when vigeditor is next started.</source>
        <translation>Een nieuwe taal gaat in als je vigeditor opnieuw start.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vigeditor/ui/main_window.py" line="+42"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Play</source>
        <translation>&amp;Afspelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review</source>
        <translation>&amp;Nabespreking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+192"/>
        <location line="+16"/>
        <source>vigeditor</source>
        <translation>vigeditor</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Open &amp;demo case</source>
        <translation>&amp;Democasus openen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show interlaced &amp;fields as recorded</source>
        <translation>Geïnterlinieerde &amp;velden tonen zoals opgenomen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Import recordings</source>
        <translation>Opnamen importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video files ({patterns});;All files (*)</source>
        <translation>Videobestanden ({patterns});;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Open case</source>
        <translation>Casus openen</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../vigeditor/ui/details/common.py" line="-39"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dismiss message</source>
        <translation>Bericht sluiten</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../vigeditor/ui/start/new_case_dialog.py" line="+50"/>
        <source>New case</source>
        <translation>Nieuwe casus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family code</source>
        <translation>Gezinscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. F-2026-014 (not the family&apos;s name)</source>
        <translation>bijv. F-2026-014 (niet de naam van het gezin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guider</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create case</source>
        <translation>Casus aanmaken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder</source>
        <translation>Map kiezen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Family code:</source>
        <translation>&amp;Gezinscode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guider:</source>
        <translation>&amp;Begeleider:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fo&amp;lder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case folder is named after the family code, so names never appear in file names.</source>
        <translation>De map van de casus krijgt de gezinscode als naam, zodat namen nooit in bestandsnamen staan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;People:</source>
        <translation>&amp;Personen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent recorded today for each person; change it, add more or withdraw it later in Case details. Consent to share with a named professional is recorded there too.</source>
        <translation>Toestemming wordt vandaag vastgelegd voor elke persoon; wijzig, vul aan of trek in later bij Casusgegevens. Daar leg je ook toestemming vast om te delen met een bij naam genoemde professional.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keep the case in</source>
        <translation>De casus bewaren in</translation>
    </message>
</context>
<context>
    <name>NewPeople</name>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="+134"/>
        <source>All the usual</source>
        <translation>Het gebruikelijke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent given today for filming, shared review, family copies and supervision.</source>
        <translation>Toestemming vandaag gegeven voor filmen, nabespreking, kopieën voor het gezin en supervisie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carer</source>
        <translation>Opvoeder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sibling</source>
        <translation>Broer of zus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filming</source>
        <translation>Filmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared review</source>
        <translation>Nabespreking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family copies</source>
        <translation>Kopieën voor het gezin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision</source>
        <translation>Supervisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>Onderzoek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, e.g. Kim (mum)</source>
        <translation>Naam, bijv. Kim (mama)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another person (optional)</source>
        <translation>Nog een persoon (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By purpose…</source>
        <translation>Per doel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent</source>
        <translation>Geen toestemming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of person {n}</source>
        <translation>Naam van persoon {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role of person {n}</source>
        <translation>Rol van persoon {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual consent of person {n}</source>
        <translation>Gebruikelijke toestemming van persoon {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent by purpose of person {n}</source>
        <translation>Toestemming per doel van persoon {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent given today: {purposes}</source>
        <translation>Toestemming vandaag gegeven: {purposes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>OptionsForm</name>
    <message>
        <location filename="../../vigeditor/ui/exports/options.py" line="+66"/>
        <source>Original size</source>
        <translation>Oorspronkelijk formaat</translation>
    </message>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="-184"/>
        <source>&amp;Clip:</source>
        <translation>&amp;Clip:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;ze:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also a &amp;slow-motion copy</source>
        <translation>Ook een &amp;vertraagde kopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the caption in the &amp;picture</source>
        <translation>Bijschrift in het &amp;beeld tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Still:</source>
        <translation>&amp;Still:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ycle:</source>
        <translation>C&amp;yclus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;names (otherwise names, also in captions, become &quot;you&quot; and &quot;your child&quot;)</source>
        <translation>&amp;Namen afdrukken (anders worden namen, ook in bijschriften, &quot;je&quot; en &quot;je kind&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;A5 folded booklet (printed on A4, folded in half)</source>
        <translation>&amp;A5-boekje (op A4 gedrukt, dubbelgevouwen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child-&amp;friendly: large pictures, few words</source>
        <translation>&amp;Kindvriendelijk: grote foto&apos;s, weinig woorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Taal van het document:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workspace:</source>
        <translation>&amp;Werkmap:</translation>
    </message>
</context>
<context>
    <name>PeopleRows</name>
    <message>
        <location filename="../../vigeditor/ui/start/new_people.py" line="+138"/>
        <source>People in the case</source>
        <extracomment>purposes a new case can record today (``professional`` needs a name: Case details)</extracomment>
        <translation>Personen in de casus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent given today</source>
        <translation>Toestemming vandaag gegeven</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../vigeditor/ui/details/people.py" line="-226"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Name, e.g. Mum (Kim)</source>
        <translation>Naam, bijv. mama (Kim)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent of each person for each purpose</source>
        <translation>Toestemming van elke persoon voor elk doel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Carers, children, siblings and professionals in this case. Double-click a cell to change it.</source>
        <translation>Opvoeders, kinderen, broers en zussen en professionals in deze casus. Dubbelklik op een cel om die te wijzigen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New &amp;person:</source>
        <translation>Nieuwe &amp;persoon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add person</source>
        <translation>Persoon &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove selected person…</source>
        <translation>Geselecteerde persoon verwijderen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each person&apos;s consent for each purpose as it stands; hover over a cell for its history. Select one or more cells (Ctrl or Shift with a click), then record consent given or withdrawn for all of them.</source>
        <translation>De huidige toestemming van elke persoon voor elk doel; houd de muis boven een cel voor de geschiedenis. Selecteer een of meer cellen (Ctrl of Shift met een klik) en leg voor al die cellen gegeven of ingetrokken toestemming vast.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record consent &amp;given…</source>
        <translation>Toestemming &amp;gegeven vastleggen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;withdrawal…</source>
        <translation>&amp;Intrekking vastleggen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove record entered by mistake…</source>
        <translation>Per vergissing ingevoerde registratie verwijderen…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} – {purpose}:</source>
        <translation>{name} – {purpose}:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select the person to remove first.</source>
        <translation>Selecteer eerst de persoon die je wilt verwijderen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {name} and their consent records?</source>
        <translation>{name} en de bijbehorende toestemmingen verwijderen?</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Select a consent cell that has a record, then try again.</source>
        <translation>Selecteer een toestemmingscel met een registratie en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove a record entered by mistake</source>
        <translation>Een per vergissing ingevoerde registratie verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which record was entered by mistake? To record that consent was withdrawn, use Record withdrawal instead.</source>
        <translation>Welke registratie is per vergissing ingevoerd? Om vast te leggen dat toestemming is ingetrokken, gebruik je Intrekking vastleggen.</translation>
    </message>
</context>
<context>
    <name>PictureView</name>
    <message>
        <location filename="../../vigeditor/ui/review/picture.py" line="+41"/>
        <source>Review picture</source>
        <translation>Beeld van de nabespreking</translation>
    </message>
</context>
<context>
    <name>PlaceWarning</name>
    <message>
        <location filename="../../vigeditor/ui/places_warning.py" line="-107"/>
        <source>This folder is synchronised by {service}</source>
        <translation>Deze map wordt gesynchroniseerd door {service}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{service} synchronises this folder:</source>
        <translation>{service} synchroniseert deze map:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copies of everything in it are uploaded to {service}&apos;s servers, and to every other computer or phone signed in to the same account. The family&apos;s films and notes would leave this computer.

Choose a folder that is not synchronised, or use this one if your service allows it.</source>
        <translation>Van alles wat erin staat worden kopieën geüpload naar de servers van {service}, en naar elke andere computer of telefoon die met hetzelfde account is aangemeld. De films en notities van het gezin zouden deze computer verlaten.

Kies een map die niet wordt gesynchroniseerd, of gebruik deze als je organisatie dat toestaat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another place…</source>
        <translation>Andere plek kiezen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this folder</source>
        <translation>Deze map gebruiken</translation>
    </message>
</context>
<context>
    <name>PlacesWarning</name>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="+19"/>
        <source>Workspace disk: checking encryption…</source>
        <translation>Schijf van de werkmap: versleuteling controleren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace disk: encryption unknown (this computer cannot tell)</source>
        <translation>Schijf van de werkmap: versleuteling onbekend (deze computer kan het niet zien)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace disk: not encrypted — ask your IT team about disk encryption</source>
        <translation>Schijf van de werkmap: niet versleuteld — vraag je IT-afdeling naar schijfversleuteling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace disk: encrypted ({method})</source>
        <translation>Schijf van de werkmap: versleuteld ({method})</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../vigeditor/ui/details/plan.py" line="+98"/>
        <source>Traject plan sections</source>
        <translation>Onderdelen van het trajectplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. School and Nursery</source>
        <translation>bijv. School en kinderopvang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;heading:</source>
        <translation>Nieuw &amp;kopje:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add section</source>
        <translation>Onderdeel &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan you write with the family. Type under each heading; it is saved when you leave the box. Headings can be renamed, moved, added and removed.</source>
        <translation>Het plan dat je samen met het gezin schrijft. Typ onder elk kopje; het wordt opgeslagen als je het vak verlaat. Kopjes kun je hernoemen, verplaatsen, toevoegen en verwijderen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Remove the section “{heading}” and its text?</source>
        <translation>Het onderdeel “{heading}” en de tekst ervan verwijderen?</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../vigeditor/ui/review/presentation.py" line="+34"/>
        <source>Shared review</source>
        <translation>Nabespreking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared review presentation</source>
        <translation>Presentatie van de nabespreking</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Slow motion</source>
        <translation>Vertraagd</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Slow {rate}</source>
        <translation>Vertraagd {rate}</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <location filename="../../vigeditor/ui/review/presenter.py" line="+46"/>
        <source>Shared review — presenter view</source>
        <translation>Nabespreking — weergave voor de begeleider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter view</source>
        <translation>Weergave begeleider</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+131"/>
        <source>&amp;Hand over to the parent</source>
        <translation>&amp;Overdragen aan de ouder</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Hand over to the parent</source>
        <translation>Overdragen aan de ouder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parent can only play, pause, replay and step. H hands over; Ctrl+Shift+H takes back control.</source>
        <translation>De ouder kan alleen afspelen, pauzeren, opnieuw afspelen en per frame stappen. H draagt over; Ctrl+Shift+H neemt de bediening terug.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Current item</source>
        <translation>Huidig item</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>Talking points</source>
        <translation>Gesprekspunten</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Next item</source>
        <translation>Volgend item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Elapsed time</source>
        <translation>Verstreken tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current frame</source>
        <translation>Huidig frame</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Playback status</source>
        <translation>Afspeelstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item number</source>
        <translation>Itemnummer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Frame:</source>
        <translation>Frame:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback:</source>
        <translation>Afspelen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Elapsed:</source>
        <translation>Verstreken:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still</source>
        <translation>Still</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no talking points)</source>
        <translation>(geen gesprekspunten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item {n} of {count}</source>
        <translation>Item {n} van {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the last item.</source>
        <translation>Dit is het laatste item.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>still picture</source>
        <translation>stilstaand beeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>playing at {rate}</source>
        <translation>speelt af op {rate}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holding the key frame</source>
        <translation>houdt het sleutelframe vast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Take back control</source>
        <translation>Bediening &amp;terugnemen</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../vigeditor/ui/review/preview.py" line="+26"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>◀ 1</source>
        <translation>◀ 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview one frame back</source>
        <translation>Voorbeeld één frame terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>&amp;Play</source>
        <translation>&amp;Afspelen</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Play or pause the preview</source>
        <translation>Voorbeeld afspelen of pauzeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 ▶</source>
        <translation>1 ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview one frame forward</source>
        <translation>Voorbeeld één frame vooruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gain</source>
        <translation>&amp;Opnieuw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play the preview again</source>
        <translation>Voorbeeld opnieuw afspelen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pauze</translation>
    </message>
</context>
<context>
    <name>PrinciplesPalette</name>
    <message>
        <location filename="../../vigeditor/ui/panels/palette.py" line="+48"/>
        <source>Principles</source>
        <translation>Principes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a principle to filter the lists; press Enter to tag with it.</source>
        <translation>Selecteer een principe om de lijsten te filteren; druk op Enter om ermee te taggen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principle</source>
        <translation>Principe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moments</source>
        <translation>Momenten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every moment, clip and still</source>
        <translation>Elk moment, elke clip en elke still tonen</translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n momenten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressNotes</name>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="-62"/>
        <source>Reading every frame of {name}… {percent}%</source>
        <translation>Elk frame van {name} lezen… {percent}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking every frame of {name}… {percent}%</source>
        <translation>Elk frame van {name} controleren… {percent}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the recording</source>
        <translation>De opname lezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading progress</source>
        <translation>Voortgang lezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background check</source>
        <translation>Controle op de achtergrond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vigeditor is making sure, in the background, that it numbers this recording&apos;s frames as the video decoder does. You can keep working meanwhile.</source>
        <translation>vigeditor controleert op de achtergrond of het de frames van deze opname net zo nummert als de videodecoder. Je kunt intussen doorwerken.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../vigeditor/ui/qt_words.py" line="+17"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>QtPlayer</name>
    <message>
        <location filename="../../vigeditor/ui/players/qt_player.py" line="+136"/>
        <source>This recording cannot be played with Qt Multimedia.</source>
        <translation>Deze opname kan niet worden afgespeeld met Qt Multimedia.</translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <location filename="../../vigeditor/ui/details/questions.py" line="+54"/>
        <source>Helping questions and their ratings</source>
        <translation>Hulpvragen en hun scores</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the family&apos;s words, e.g. How can I help Sam settle at bedtime?</source>
        <translation>In de woorden van het gezin, bijv. Hoe kan ik Sam helpen om rustig te gaan slapen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Helping questions</source>
        <translation>Hulpvragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The family&apos;s own goals, in their words. Rate each from 1 (not at all) to 10 (completely) at the start, after each cycle and at the end: select a cell and type the number. Leave a cell empty for no rating.</source>
        <translation>De eigen doelen van het gezin, in hun woorden. Geef elke hulpvraag een score van 1 (helemaal niet) tot 10 (helemaal) aan het begin, na elke cyclus en aan het eind: selecteer een cel en typ het getal. Laat een cel leeg voor geen score.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New &amp;question:</source>
        <translation>Nieuwe &amp;vraag:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hoped-for rating:</source>
        <translation>&amp;Gehoopte score:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add question</source>
        <translation>Vraag &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove selected question…</source>
        <translation>Geselecteerde vraag verwijderen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ratings across the cycles</source>
        <translation>Scores over de cycli</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Helping question</source>
        <translation>Hulpvraag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked by</source>
        <translation>Gesteld door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoped for</source>
        <translation>Gehoopt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After cycle {number}</source>
        <translation>Na cyclus {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Eind</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Select the helping question to remove first.</source>
        <translation>Selecteer eerst de hulpvraag die je wilt verwijderen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove helping question {number} and its ratings?</source>
        <translation>Hulpvraag {number} en de scores ervan verwijderen?</translation>
    </message>
</context>
<context>
    <name>RatingChart</name>
    <message>
        <location filename="../../vigeditor/ui/details/rating_chart.py" line="+80"/>
        <source>Chart of helping question ratings</source>
        <extracomment>Okabe–Ito colours, distinguishable with colour-blindness; lightened on dark palettes</extracomment>
        <translation>Grafiek van de scores op de hulpvragen</translation>
    </message>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="-27"/>
        <location line="+4"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>End</source>
        <translation>Eind</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+6"/>
        <source>No helping questions yet.</source>
        <translation>Nog geen hulpvragen.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Ratings from 1 to 10.</source>
        <translation>Scores van 1 tot 10.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solid line: rating.   Dashed line: hoped-for rating.</source>
        <translation>Doorgetrokken lijn: score.   Stippellijn: gehoopte score.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question {number}, “{text}”: {values}.</source>
        <translation>Vraag {number}, “{text}”: {values}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ratings yet: type them in the table above.</source>
        <translation>Nog geen scores: typ ze in de tabel hierboven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no ratings yet</source>
        <translation>nog geen scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle {number}</source>
        <translation>Cyclus {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoped for {rating}.</source>
        <translation>Gehoopt: {rating}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(hoped for: {rating})</source>
        <translation>(gehoopt: {rating})</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location line="+94"/>
        <source>Preparing the shared review</source>
        <translation>Nabespreking voorbereiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Shared review</source>
        <translation>Nabespreking</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>This cycle&apos;s shared review has no clips or stills yet. Add them in the review plan first.</source>
        <translation>De nabespreking van deze cyclus heeft nog geen clips of stills. Voeg ze eerst toe in het plan voor de nabespreking.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still, frame {frame}</source>
        <translation>Still, frame {frame}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip, frames {first}–{last}</source>
        <translation>Clip, frames {first}–{last}</translation>
    </message>
</context>
<context>
    <name>ReviewBuilder</name>
    <message>
        <location filename="../../vigeditor/ui/review/builder.py" line="+58"/>
        <source>Shared review plan</source>
        <translation>Plan voor de nabespreking</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Items of the shared review</source>
        <translation>Items van de nabespreking</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a&amp;ll of this cycle&apos;s clips and stills</source>
        <translation>&amp;Alle clips en stills van deze cyclus toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add all of this cycle&apos;s clips and stills, in film order, with talking points</source>
        <translation>Alle clips en stills van deze cyclus toevoegen, in de volgorde van de film, met gesprekspunten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add clips and stills…</source>
        <translation>Clips en stills &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add clips and stills</source>
        <translation>Clips en stills toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>Omhoog (Ctrl+Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>Omlaag (Ctrl+Down)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove from the review (Delete)</source>
        <translation>Uit de nabespreking verwijderen (Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start shared review</source>
        <translation>Nabespreking &amp;starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the shared review (F5)</source>
        <translation>Nabespreking starten (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the re&amp;view…</source>
        <translation>Na de &amp;nabespreking…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After the review</source>
        <translation>Na de nabespreking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking points</source>
        <translation>Gesprekspunten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For you only, never shown to the family, e.g. &quot;What do you see here?&quot;</source>
        <translation>Alleen voor jou, nooit zichtbaar voor het gezin, bijv. &quot;Wat zie je hier?&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>Selected item</source>
        <translation>Geselecteerd item</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>C&amp;ycle:</source>
        <translation>C&amp;yclus:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;on:</source>
        <translation>T&amp;onen op:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Talking points (for you only):</source>
        <translation>&amp;Gesprekspunten (alleen voor jou):</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cycle {number}</source>
        <translation>Cyclus {number}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Add a&amp;ll of this cycle&apos;s clips and stills ({count})</source>
        <translation>&amp;Alle clips en stills van deze cyclus toevoegen ({count})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still</source>
        <translation>Still</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Nothing chosen yet. Add clips and stills of this cycle&apos;s recordings: all of them at once, or a few at a time.</source>
        <translation>Nog niets gekozen. Voeg clips en stills uit de opnamen van deze cyclus toe: allemaal tegelijk, of een paar tegelijk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>frames {first} to {last}, holds frame {hold}</source>
        <translation>frames {first} tot {last}, houdt frame {hold} vast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>frame {frame}</source>
        <translation>frame {frame}</translation>
    </message>
</context>
<context>
    <name>ReviewConsentDialog</name>
    <message>
        <location filename="../../vigeditor/ui/review/consent_dialog.py" line="+35"/>
        <source>Consent for the shared review</source>
        <translation>Toestemming voor de nabespreking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not everyone who could be in these films has consent for the shared review today:</source>
        <translation>Niet iedereen die in deze films kan voorkomen, heeft vandaag toestemming voor de nabespreking:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who lacks consent</source>
        <translation>Wie geen toestemming heeft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: consent given by phone today, the form follows</source>
        <translation>Bijvoorbeeld: vandaag telefonisch toestemming gegeven, het formulier volgt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Don&apos;t start</source>
        <translation>Niet beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start anyway</source>
        <translation>Toch beginnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>If you start anyway, say &amp;why:</source>
        <translation>Als je toch begint, zeg &amp;waarom:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your reason is recorded in the case, with the date.</source>
        <translation>Je reden wordt met de datum vastgelegd in de casus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say why you start the shared review without everyone&apos;s consent; the review has not started.</source>
        <translation>Zeg waarom je de nabespreking begint zonder toestemming van iedereen; de nabespreking is niet begonnen.</translation>
    </message>
</context>
<context>
    <name>ReviewControls</name>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="-28"/>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous item (Page Up)</source>
        <translation>Vorig item (Page Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One frame back (Left arrow)</source>
        <translation>Eén frame terug (pijl naar links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Play or pause (Space)</source>
        <translation>Afspelen of pauzeren (Spatie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Vooruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One frame forward (Right arrow)</source>
        <translation>Eén frame vooruit (pijl naar rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play again from the start (R)</source>
        <translation>Opnieuw afspelen vanaf het begin (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow motion: normal, half, quarter speed (S)</source>
        <translation>Vertraagd: normale, halve, kwart snelheid (S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captions</source>
        <translation>Bijschriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captions on or off (C)</source>
        <translation>Bijschriften aan of uit (C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next item (Page Down)</source>
        <translation>Volgend item (Page Down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the shared review (Esc)</source>
        <translation>De nabespreking beëindigen (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow</source>
        <translation>Vertraagd</translation>
    </message>
</context>
<context>
    <name>ReviewPlayer</name>
    <message>
        <location filename="../../vigeditor/ui/review/review_player.py" line="+270"/>
        <source>Damaged frame — showing frame {shown}</source>
        <translation>Beschadigd frame — frame {shown} wordt getoond</translation>
    </message>
</context>
<context>
    <name>ScreenshotScenes</name>
    <message>
        <location filename="../../vigeditor/ui/screenshot_scenes.py" line="+181"/>
        <source>I saw how Robin waits for me to roll the ball back.</source>
        <translation>Ik zag hoe Robin op me wacht tot ik de bal terugrol.</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../../vigeditor/ui/details/plan.py" line="-108"/>
        <source>Heading of section {number}</source>
        <translation>Kopje van onderdeel {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the family and you agree for {heading}.</source>
        <translation>Wat het gezin en jij afspreken voor {heading}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move {heading} up</source>
        <translation>{heading} omhoog verplaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move {heading} down</source>
        <translation>{heading} omlaag verplaatsen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove section…</source>
        <translation>Onderdeel verwijderen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove section {heading}</source>
        <translation>Onderdeel {heading} verwijderen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../vigeditor/ui/settings_dialog.py" line="+80"/>
        <source>Settings</source>
        <extracomment>settings that a running editor read when the case was opened</extracomment>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Player</source>
        <translation>Speler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt Multimedia (built in)</source>
        <translation>Qt Multimedia (ingebouwd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+105"/>
        <source>VLC</source>
        <translation>VLC</translation>
    </message>
    <message>
        <location line="-98"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clip length from a moment</source>
        <translation>Cliplengte vanaf een moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame cache size</source>
        <translation>Grootte framecache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Suggest moments to look at first</source>
        <translation>Momenten &amp;voorstellen om eerst te bekijken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest moments</source>
        <translation>Momenten voorstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+97"/>
        <source>Workspace folder</source>
        <translation>Werkmap</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings message</source>
        <translation>Bericht instellingen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Playing and editing</source>
        <translation>Afspelen en bewerken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Player:</source>
        <translation>&amp;Speler:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clip length from a moment:</source>
        <translation>&amp;Cliplengte vanaf een moment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Frame cache:</source>
        <translation>&amp;Framecache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The player and the frame cache apply when a case is next opened; the clip length at once.</source>
        <translation>De speler en de framecache gaan in als er weer een casus wordt geopend; de cliplengte meteen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worked out on this computer from the voices and faces in a recording; never tagged for you, never exported.</source>
        <translation>Op deze computer berekend uit de stemmen en gezichten in een opname; nooit voor je getagd, nooit geëxporteerd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the workspace folder</source>
        <translation>Kies de werkmap</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Workspace:</source>
        <translation>&amp;Werkmap:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep a case after the end of involvement for:</source>
        <translation>Casus b&amp;ewaren na einde betrokkenheid:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The start screen reminds you when a case has been kept longer than this.</source>
        <translation>Het startscherm herinnert je eraan als een casus langer is bewaard dan dit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logbook targets (each stage adds to the one before)</source>
        <translation>Doelen voor het logboek (elke fase komt bij de vorige op)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycles</source>
        <translation>Cycli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisions</source>
        <translation>Supervisies</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage {stage}</source>
        <translation>Fase {stage}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage {stage}: {what}</source>
        <translation>Fase {stage}: {what}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Qt Multimedia</source>
        <translation>Qt Multimedia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VLC was found on this computer.</source>
        <translation>VLC is op deze computer gevonden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VLC was not found on this computer; install VLC to choose it.</source>
        <translation>VLC is niet op deze computer gevonden; installeer VLC om het te kiezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playing now with {player}.</source>
        <translation>Speelt nu af met {player}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>VLC was not found on this computer. Install VLC, or choose Qt Multimedia.</source>
        <translation>VLC is niet op deze computer gevonden. Installeer VLC of kies Qt Multimedia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stage {stage} asks for more clients than cycles; each client has at least one cycle.</source>
        <translation>Fase {stage} vraagt om meer cliënten dan cycli; elke cliënt heeft minstens één cyclus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the workspace as a whole folder path, e.g. with Browse.</source>
        <translation>Kies de werkmap als volledig mappad, bijv. met Bladeren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is a file, not a folder: the workspace cannot be there.</source>
        <translation>{path} is een bestand, geen map: de werkmap kan daar niet staan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workspace cannot be inside a case folder.</source>
        <translation>De werkmap kan niet in een casusmap staan.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Settings saved. The player and frame cache change when the case is next opened.</source>
        <translation>Instellingen opgeslagen. De speler en de framecache veranderen als er weer een casus wordt geopend.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="+8"/>
        <location line="+52"/>
        <source>Play or pause</source>
        <translation>Afspelen of pauzeren</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Playing</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>One frame back</source>
        <translation>Eén frame terug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One frame forward</source>
        <translation>Eén frame vooruit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ten frames back</source>
        <translation>Tien frames terug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ten frames forward</source>
        <translation>Tien frames vooruit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play backwards; again: faster, up to 2× (while playing forwards: slower, then backwards)</source>
        <translation>Achteruit afspelen; nogmaals: sneller, tot 2× (tijdens vooruit afspelen: langzamer, dan achteruit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play forwards; again: faster, 1.25×, 1.5×, 2×, sound at its own pitch (while playing backwards: slower, then forwards)</source>
        <translation>Vooruit afspelen; nogmaals: sneller, 1,25×, 1,5×, 2×, geluid op de eigen toonhoogte (tijdens achteruit afspelen: langzamer, dan vooruit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold K and press L or J: one frame forward or back</source>
        <translation>Houd K ingedrukt en druk op L of J: één frame vooruit of terug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slower</source>
        <translation>Langzamer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faster</source>
        <translation>Sneller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the first frame</source>
        <translation>Naar het eerste frame</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the last frame</source>
        <translation>Naar het laatste frame</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous moment</source>
        <translation>Vorig moment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next moment</source>
        <translation>Volgend moment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the in mark at this frame</source>
        <translation>Beginmarkering op dit frame zetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Cutting</source>
        <translation>Knippen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Set the out mark at this frame</source>
        <translation>Eindmarkering op dit frame zetten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a clip from the in and out marks; without marks, a clip around the selected moment (or the moment at this frame), whose start and end I and O then move</source>
        <translation>Een clip maken van de begin- en eindmarkering; zonder markeringen een clip rond het geselecteerde moment (of het moment op dit frame), waarvan I en O dan het begin en eind verplaatsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a still of this frame</source>
        <translation>Een still maken van dit frame</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a moment at this frame</source>
        <translation>Een moment toevoegen op dit frame</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Tagging</source>
        <translation>Taggen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Tag this frame with a principle: the group&apos;s number, then the item&apos;s letter (the number twice tags the group alone; Esc cancels)</source>
        <translation>Dit frame taggen met een principe: het nummer van de groep, dan de letter van het item (twee keer het nummer tagt alleen de groep; Esc annuleert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next suggested moment: select it and go to it; then a principle key tags it (it becomes a moment) and Delete dismisses it</source>
        <translation>Volgend voorgesteld moment: selecteren en ernaartoe gaan; een principetoets tagt het dan (het wordt een moment) en Delete verwijdert het</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous suggested moment</source>
        <translation>Vorig voorgesteld moment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared review plan…</source>
        <translation>Plan voor de nabespreking…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Review</source>
        <translation>Nabespreking</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Start the shared review (full screen)</source>
        <translation>De nabespreking starten (volledig scherm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the shared review…</source>
        <translation>Na de nabespreking…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Presenting</source>
        <translation>Presenteren</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>One frame back or forward</source>
        <translation>Eén frame terug of vooruit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play the clip again</source>
        <translation>De clip opnieuw afspelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow motion: normal, half, quarter speed (silent when slowed)</source>
        <translation>Vertraagd: normale, halve, kwart snelheid (zonder geluid als vertraagd)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Captions on or off</source>
        <translation>Bijschriften aan of uit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next clip or still</source>
        <translation>Volgende clip of still</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous clip or still</source>
        <translation>Vorige clip of still</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand over to the parent (only play, replay and step)</source>
        <translation>Overdragen aan de ouder (alleen afspelen, opnieuw afspelen en stappen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take back control from the parent</source>
        <translation>De bediening terugnemen van de ouder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the shared review</source>
        <translation>De nabespreking beëindigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Editing</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected moment, clip or still; dismiss the selected suggestion</source>
        <translation>Het geselecteerde moment, de clip of de still verwijderen; de geselecteerde suggestie afwijzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen on or off</source>
        <translation>Volledig scherm aan of uit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>Venster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import recordings…</source>
        <translation>Opnamen importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>New case…</source>
        <translation>Nieuwe casus…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open case…</source>
        <translation>Casus openen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case details</source>
        <translation>Casusgegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close case</source>
        <translation>Casus sluiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  or  </source>
        <translation>  of  </translation>
    </message>
    <message>
        <location filename="../../vigeditor/ui/shortcuts.py" line="+69"/>
        <source>1 … 6, then a letter</source>
        <translation>1 … 6, dan een letter</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Editor</source>
        <extracomment>the modes the sheet has a heading for: (heading, groups in it)</extracomment>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation (the shared review, full screen)</source>
        <translation>Presentatie (de nabespreking, volledig scherm)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Wat het doet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Voor</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../vigeditor/ui/start/start_screen.py" line="+48"/>
        <source>vigeditor</source>
        <translation>vigeditor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find the moments when it goes well, and show them. Everything stays on this computer.</source>
        <translation>Vind de momenten waarop het goed gaat, en laat ze zien. Alles blijft op deze computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent cases</source>
        <translation>Recente casussen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retention reminder</source>
        <translation>Herinnering bewaartermijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recent cases</source>
        <translation>&amp;Recente casussen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nieuwe casus…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New case</source>
        <translation>Nieuwe casus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open case…</source>
        <translation>Casus &amp;openen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open case</source>
        <translation>Casus openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;demo case</source>
        <translation>&amp;Democasus openen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open demo case</source>
        <translation>Democasus openen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No cases yet. Start with New case, or try the demo case.</source>
        <translation>Nog geen casussen. Begin met Nieuwe casus, of probeer de democasus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>last changed {date}</source>
        <translation>laatst gewijzigd {date}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The retention period has passed for: {codes}. When the case records are kept elsewhere, delete these cases (right-click a case, then Delete case…).</source>
        <translation>De bewaartermijn is voorbij voor: {codes}. Als de dossiers elders worden bewaard, verwijder deze casussen dan (klik met rechts op een casus, dan Casus verwijderen…).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete case…</source>
        <translation>Casus verwijderen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Delete case</source>
        <translation>Casus verwijderen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Delete the case {name} completely, with its films, notes and exports? This cannot be undone.</source>
        <translation>De casus {name} helemaal verwijderen, met films, notities en exports? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>SuggestionActions</name>
    <message>
        <location filename="../../vigeditor/ui/editor/suggestion_keys.py" line="+51"/>
        <source>That suggestion is no longer there; press N for the next one.</source>
        <translation>Die suggestie is er niet meer; druk op N voor de volgende.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Suggested moments are switched off in Settings.</source>
        <translation>Voorgestelde momenten staan uit in Instellingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No more suggested moments after this frame.</source>
        <translation>Geen voorgestelde momenten meer na dit frame.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No more suggested moments before this frame.</source>
        <translation>Geen voorgestelde momenten meer vóór dit frame.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggested: {reason}A principle key tags it; Delete dismisses it.</source>
        <translation>Voorgesteld: {reason}Een principetoets tagt het; Delete wijst het af.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The suggestion is now a moment: {label}</source>
        <translation>De suggestie is nu een moment: {label}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Suggestion dismissed.</source>
        <translation>Suggestie afgewezen.</translation>
    </message>
</context>
<context>
    <name>SuggestionButton</name>
    <message>
        <location filename="../../vigeditor/ui/panels/inspector_fields.py" line="+155"/>
        <source>Suggestions</source>
        <translation>Suggesties</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Caption suggestions</source>
        <translation>Suggesties voor bijschriften</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Start the caption from a strengths-based phrase for this item&apos;s principles, then change it to the family&apos;s words</source>
        <translation>Begin het bijschrift met een zin vanuit krachten voor de principes van dit item, en pas die dan aan aan de woorden van het gezin</translation>
    </message>
</context>
<context>
    <name>TableCheck</name>
    <message>
        <location filename="../../vigeditor/ui/editor/table_check.py" line="+103"/>
        <source>The full check could not be finished.</source>
        <translation>De volledige controle kon niet worden afgerond.</translation>
    </message>
</context>
<context>
    <name>TableKeeper</name>
    <message>
        <location filename="../../vigeditor/ui/editor/tables.py" line="+108"/>
        <source>The frame numbering of {name} was corrected after a full check ({count} frames, not {old}). Your moments, clips and stills were moved with their pictures.</source>
        <translation>De framenummering van {name} is gecorrigeerd na een volledige controle ({count} frames, niet {old}). Je momenten, clips en stills zijn met hun beelden meeverplaatst.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../vigeditor/ui/tasks.py" line="+52"/>
        <source>{task} could not be finished. Details are in the log.</source>
        <translation>{task} kon niet worden afgerond. Details staan in het logboek.</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <location filename="../../vigeditor/ui/review/thumbs.py" line="+71"/>
        <source>Making thumbnails</source>
        <translation>Miniaturen maken</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../vigeditor/ui/timeline/view.py" line="+93"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline scroll</source>
        <translation>Tijdlijn schuiven</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Frame {frame} of {count}; {moments} moments, {clips} clips, {stills} stills. Plus and minus zoom, 0 shows the whole recording.</source>
        <translation>Frame {frame} van {count}; {moments} momenten, {clips} clips, {stills} stills. Plus en min zoomen, 0 toont de hele opname.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Open a recording to see its timeline.</source>
        <translation>Open een opname om de tijdlijn te zien.</translation>
    </message>
</context>
<context>
    <name>TimelineLanes</name>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="+30"/>
        <source>Not tagged: a principle key tags it, Delete dismisses it, N and Shift+N go to the next and previous suggestion.</source>
        <translation>Niet getagd: een principetoets tagt het, Delete wijst het af, N en Shift+N gaan naar de volgende en vorige suggestie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No speech here</source>
        <translation>Hier wordt niet gesproken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested moment, frames {first} to {last}</source>
        <translation>Voorgesteld moment, frames {first} tot {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{voice} voice, frames {first} to {last} (by pitch: a guess, not who it was)</source>
        <translation>Stem: {voice}, frames {first} tot {last} (op toonhoogte: een gok, niet wie het was)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No face found</source>
        <translation>Geen gezicht gevonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One face</source>
        <translation>Eén gezicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two or more faces</source>
        <translation>Twee of meer gezichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, turned towards each other</source>
        <translation>, naar elkaar toegekeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound at frame {frame}</source>
        <translation>Geluid op frame {frame}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adult</source>
        <translation>Volwassene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unclear</source>
        <translation>Onduidelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound</source>
        <translation>Geluid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voices</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faces</source>
        <translation>Gezichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested</source>
        <translation>Voorgesteld</translation>
    </message>
</context>
<context>
    <name>TimelineTips</name>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n moment(s), frames {first} to {last}. Click to zoom in.</source>
        <translation>
            <numerusform>%n moment, frames {first} tot {last}. Klik om in te zoomen.</numerusform>
            <numerusform>%n momenten, frames {first} tot {last}. Klik om in te zoomen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No principle yet</source>
        <translation>Nog geen principe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled clip</source>
        <translation>Clip zonder titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still, frame {frame}</source>
        <translation>Still, frame {frame}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moment {number}, frame {frame}</source>
        <translation>Moment {number}, frame {frame}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames {first} to {last} ({seconds} s)</source>
        <translation>Frames {first} tot {last} ({seconds} s)</translation>
    </message>
    <message>
        <source>Frames {first} to {last} ({seconds:.1f} s)</source>
        <translation type="vanished">Frames {first} tot {last} ({seconds:.1f} s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until frame {frame}</source>
        <translation>Tot frame {frame}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who acts: {who}</source>
        <translation>Wie handelt: {who}</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <location line="-231"/>
        <source>Playback speed</source>
        <translation>Afspeelsnelheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback speed: 1.25×, 1.5× and 2× keep the voices&apos; pitch; silent below 0.5× (J/K/L shuttle, [ slower, ] faster)</source>
        <translation>Afspeelsnelheid: 1,25×, 1,5× en 2× houden de toonhoogte van de stemmen; zonder geluid onder 0,5× (J/K/L-shuttle, [ langzamer, ] sneller)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current frame</source>
        <translation>Huidig frame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current frame number</source>
        <translation>Huidig framenummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current time</source>
        <translation>Huidige tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time from the start of the recording</source>
        <translation>Tijd vanaf het begin van de opname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to start</source>
        <translation>Naar het begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step back ten frames</source>
        <translation>Tien frames terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step back one frame</source>
        <translation>Eén frame terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause</source>
        <translation>Afspelen of pauzeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step forward one frame</source>
        <translation>Eén frame vooruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step forward ten frames</source>
        <translation>Tien frames vooruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to end</source>
        <translation>Naar het eind</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location line="+1"/>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse</source>
        <translation>Achteruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged frame — showing frame {shown}</source>
        <translation>Beschadigd frame — frame {shown} wordt getoond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame {0} · {1}</source>
        <translation>Frame {0} · {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playing</source>
        <translation>Speelt af</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {0} · Out {1}</source>
        <translation>Begin {0} · Eind {1}</translation>
    </message>
</context>
<context>
    <name>VlcPlayer</name>
    <message>
        <location filename="../../vigeditor/ui/players/vlc_player.py" line="+54"/>
        <source>This recording cannot be played with VLC: {0}</source>
        <translation>Deze opname kan niet worden afgespeeld met VLC: {0}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This recording cannot be played with VLC.</source>
        <translation>Deze opname kan niet worden afgespeeld met VLC.</translation>
    </message>
</context>
<context>
    <name>WhoActs</name>
    <message>
        <location filename="../../vigeditor/ui/panels/palette_look.py" line="+125"/>
        <source>Child initiative</source>
        <extracomment>who acts in a moment (DESIGN.md §2): stable codes; anything else is the guider&apos;s own words</extracomment>
        <translation>Initiatief kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent reception</source>
        <translation>Ontvangst ouder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent initiative</source>
        <translation>Initiatief ouder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child reception</source>
        <translation>Ontvangst kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
</context>
<context>
    <name>WhoField</name>
    <message>
        <location filename="../../vigeditor/ui/panels/inspector_fields.py" line="-94"/>
        <source>Choose, or type who acts</source>
        <translation>Kies of typ wie handelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who acts</source>
        <translation>Wie handelt</translation>
    </message>
</context>
<context>
    <name>_Worker</name>
    <message>
        <location filename="../../vigeditor/ui/editor/frame_worker.py" line="+199"/>
        <source>This frame could not be shown.</source>
        <extracomment>opens a recording&apos;s frame server: (path, frame-table cache folder or None, progress of a table built by decoding, should_stop) -&gt; server</extracomment>
        <translation>Dit frame kon niet worden getoond.</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>I saw how Robin waits for me to roll the ball back.</source>
        <translation type="vanished">Ik zag hoe Robin op me wacht tot ik de bal terugrol.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Export</source>
        <translation type="vanished">&amp;Exporteren</translation>
    </message>
    <message>
        <source>Review plan &amp;sheet to print…</source>
        <translation type="vanished">Nabesprekingsplan &amp;afdrukken…</translation>
    </message>
    <message>
        <source>Settings saved. The player and frame cache change when the case is next opened.</source>
        <translation type="vanished">Instellingen opgeslagen. De speler en de framecache veranderen als er weer een casus wordt geopend.</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="vanished">&amp;Instellingen…</translation>
    </message>
    <message>
        <source>The case was not created, so nothing was recorded. Check the names and try again.</source>
        <translation type="vanished">De casus is niet aangemaakt, dus er is niets vastgelegd. Controleer de namen en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="vanished">Nieuwe casus</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="vanished">Casus openen</translation>
    </message>
    <message>
        <source>Making the demo case</source>
        <translation type="vanished">De democasus maken</translation>
    </message>
    <message>
        <source>Making the demo case…</source>
        <translation type="vanished">De democasus maken…</translation>
    </message>
    <message>
        <source>Demo case</source>
        <translation type="vanished">Democasus</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation type="vanished">Casusgegevens</translation>
    </message>
</context>
</TS>
