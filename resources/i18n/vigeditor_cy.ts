<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../vigeditor/ui/details/common.py" line="+58"/>
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sibling</source>
        <translation>Brawd neu chwaer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Professional</source>
        <translation>Gweithiwr proffesiynol</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Filming</source>
        <translation>Ffilmio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared review</source>
        <translation>Adolygiad ar y cyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family copies</source>
        <translation>Copïau i&apos;r teulu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supervision</source>
        <translation>Goruchwyliaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Hyfforddiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>Ymchwil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filming the family at home.</source>
        <translation>Ffilmio&apos;r teulu gartref.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watching the film together in a shared review.</source>
        <translation>Gwylio&apos;r ffilm gyda&apos;ch gilydd mewn adolygiad ar y cyd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family receives copies: booklet, review pack.</source>
        <translation>Mae&apos;r teulu&apos;n cael copïau: llyfryn, pecyn adolygu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing clips to the guider&apos;s supervisor and intervision peers.</source>
        <translation>Dangos clipiau i oruchwyliwr y tywysydd ac i gymheiriaid ymgynghori.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing clips at training events and presentations.</source>
        <translation>Dangos clipiau mewn digwyddiadau hyfforddi a chyflwyniadau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing with a named professional, e.g. the social worker.</source>
        <translation>Rhannu â gweithiwr proffesiynol a enwir, e.e. y gweithiwr cymdeithasol.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use in research (pseudonymised).</source>
        <translation>Defnyddio mewn ymchwil (wedi&apos;i ffugenwi).</translation>
    </message>
    <message>
        <location filename="../../vigeditor/ui/details/consent.py" line="+44"/>
        <source>withdrawn{sep}{date}</source>
        <translation>wedi&apos;i dynnu&apos;n ôl{sep}{date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given{sep}{date}</source>
        <translation>wedi&apos;i roi{sep}{date}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../vigeditor/ui/details/people.py" line="+292"/>
        <source>given {date}</source>
        <translation>wedi&apos;i roi {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>withdrawn {date}</source>
        <translation>wedi&apos;i dynnu&apos;n ôl {date}</translation>
    </message>
    <message>
        <location filename="../../vigeditor/ui/details/cycles.py" line="+51"/>
        <source>Cycle {number}</source>
        <translation>Cylch {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filmed: {date}</source>
        <translation>Ffilmiwyd: {date}</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>not yet</source>
        <translation>ddim eto</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Shared review: {date}</source>
        <translation>Adolygiad ar y cyd: {date}</translation>
    </message>
    <message>
        <location filename="../../vigeditor/ui/details/people.py" line="-5"/>
        <source>withdrawn {date} (consent given {given} is in force again)</source>
        <translation>wedi&apos;i dynnu&apos;n ôl {date} (mae&apos;r caniatâd a roddwyd {given} mewn grym eto)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>given {date} (and its withdrawal)</source>
        <translation>wedi&apos;i roi {date} (a&apos;i dynnu&apos;n ôl)</translation>
    </message>
    <message>
        <location filename="../../vigeditor/ui/places_warning.py" line="+202"/>
        <source>Workspace disk: checking encryption…</source>
        <translation>Disg y gweithle: yn gwirio&apos;r amgryptio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace disk: encryption unknown (this computer cannot tell)</source>
        <translation>Disg y gweithle: amgryptio&apos;n anhysbys (ni all y cyfrifiadur hwn ddweud)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace disk: not encrypted — ask your IT team about disk encryption</source>
        <translation>Disg y gweithle: heb ei amgryptio — holwch eich tîm TG am amgryptio disg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace disk: encrypted ({method})</source>
        <translation>Disg y gweithle: wedi&apos;i amgryptio ({method})</translation>
    </message>
</context>
<context>
    <name>AfterReviewDialog</name>
    <message>
        <location filename="../../vigeditor/ui/review/after_review.py" line="+52"/>
        <source>After the shared review — cycle {number}</source>
        <extracomment>the kinds of change that alter what the form shows</extracomment>
        <translation>Ar ôl yr adolygiad ar y cyd — cylch {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the parent noticed</source>
        <translation>Beth sylwodd y rhiant arno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the parent&apos;s own words</source>
        <translation>Yng ngeiriau&apos;r rhiant ei hun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+96"/>
        <source>Working points</source>
        <translation>Pwyntiau gweithio</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>New working point</source>
        <translation>Pwynt gweithio newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to look for next time</source>
        <translation>Beth i chwilio amdano y tro nesaf</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>What the parent &amp;noticed:</source>
        <extracomment>working points added or removed since the form was filled: (kind, row, text)</extracomment>
        <translation>Beth &amp;sylwodd y rhiant arno:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;odiadau:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What to look for next time, agreed with the parent. Type one and press Enter to add it; double-click to change one. Ctrl+Enter saves the form.</source>
        <translation>Beth i chwilio amdano y tro nesaf, wedi&apos;i gytuno gyda&apos;r rhiant. Teipiwch un a phwyso Enter i&apos;w ychwanegu; cliciwch ddwywaith i newid un. Mae Ctrl+Enter yn cadw&apos;r ffurflen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;working point:</source>
        <translation>Pwynt &amp;gweithio newydd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add working point</source>
        <translation>Ychwanegu pwynt gweithio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove selected working point</source>
        <translation>Tynnu&apos;r pwynt gweithio a ddewiswyd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Helping questions: how is it now? (1–10)</source>
        <translation>Cwestiynau cymorth: sut mae hi nawr? (1–10)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case has no helping questions yet (Case details).</source>
        <translation>Does gan yr achos hwn ddim cwestiynau cymorth eto (Manylion yr achos).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not rated</source>
        <translation>heb sgôr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rating: {question}</source>
        <translation>Sgôr: {question}</translation>
    </message>
</context>
<context>
    <name>AnalysisKeeper</name>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="+49"/>
        <source>Background analysis</source>
        <translation>Dadansoddi yn y cefndir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vigeditor listens to the sound and looks for faces on this computer, to show voices, faces and suggested moments on the timeline. Nothing leaves the computer. You can keep working meanwhile.</source>
        <translation>Mae vigeditor yn gwrando ar y sain ac yn chwilio am wynebau ar y cyfrifiadur hwn, i ddangos lleisiau, wynebau a momentau a awgrymir ar y llinell amser. Does dim yn gadael y cyfrifiadur. Gallwch ddal ati i weithio yn y cyfamser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the analysis</source>
        <translation>Stopio&apos;r dadansoddi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysing the recording</source>
        <translation>Yn dadansoddi&apos;r recordiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening to {name}… {percent}%</source>
        <translation>Yn gwrando ar {name}… {percent}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for faces in {name}… {percent}%</source>
        <translation>Yn chwilio am wynebau yn {name}… {percent}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The analysis of this recording could not be finished: {reason}</source>
        <translation>Doedd dim modd gorffen dadansoddi&apos;r recordiad hwn: {reason}</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../vigeditor/ui/details/audit_tab.py" line="+56"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where to</source>
        <translation>I ble</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On whose consent</source>
        <translation>Ar ganiatâd pwy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Faces</source>
        <translation>Wynebau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encrypted</source>
        <translation>Amgryptiwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports from this case</source>
        <translation>Allforion o&apos;r achos hwn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has been exported from this case yet.</source>
        <translation>Does dim wedi&apos;i allforio o&apos;r achos hwn eto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit message</source>
        <translation>Neges archwilio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the list as PDF</source>
        <translation>Cadw&apos;r rhestr fel PDF</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every export from this case, oldest first: kept for an information-governance request. Save it as PDF to print it or send it.</source>
        <translation>Pob allforio o&apos;r achos hwn, yr hynaf yn gyntaf: yn cael ei gadw ar gyfer cais llywodraethu gwybodaeth. Cadwch hi fel PDF i&apos;w hargraffu neu i&apos;w hanfon.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>none recorded</source>
        <translation>dim wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save the exports list as PDF</source>
        <translation>Cadw&apos;r rhestr allforion fel PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved to {path}</source>
        <translation>Wedi&apos;i gadw yn {path}</translation>
    </message>
</context>
<context>
    <name>CaseDetails</name>
    <message>
        <location filename="../../vigeditor/ui/details/case_details.py" line="+37"/>
        <source>Case details</source>
        <translation>Manylion yr achos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Case details sections</source>
        <translation>Adrannau manylion yr achos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family</source>
        <translation>&amp;Teulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People &amp;&amp; consent</source>
        <translation>&amp;Pobl a chaniatâd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helping &amp;questions</source>
        <translation>&amp;Cwestiynau cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Traject plan</source>
        <translation>Cynllun t&amp;aith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ycles</source>
        <translation>C&amp;ylchoedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit</source>
        <translation>A&amp;rchwilio</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Case details – family {code}</source>
        <translation>Manylion yr achos – teulu {code}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="-52"/>
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sibling</source>
        <translation>Brawd neu chwaer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Professional</source>
        <translation>Gweithiwr proffesiynol</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Filming</source>
        <translation>Ffilmio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared review</source>
        <translation>Adolygiad ar y cyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family copies</source>
        <translation>Copïau i&apos;r teulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision</source>
        <translation>Goruchwyliaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Hyfforddiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Research</source>
        <translation>Ymchwil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filming the family at home.</source>
        <translation>Ffilmio&apos;r teulu gartref.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watching the film together in a shared review.</source>
        <translation>Gwylio&apos;r ffilm gyda&apos;ch gilydd mewn adolygiad ar y cyd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family receives copies: booklet, review pack.</source>
        <translation>Mae&apos;r teulu&apos;n cael copïau: llyfryn, pecyn adolygu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing clips to the guider&apos;s supervisor and intervision peers.</source>
        <translation>Dangos clipiau i oruchwyliwr y tywysydd ac i gymheiriaid ymgynghori.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing clips at training events and presentations.</source>
        <translation>Dangos clipiau mewn digwyddiadau hyfforddi a chyflwyniadau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing with a named professional, e.g. the social worker.</source>
        <translation>Rhannu â gweithiwr proffesiynol a enwir, e.e. y gweithiwr cymdeithasol.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use in research (pseudonymised).</source>
        <translation>Defnyddio mewn ymchwil (wedi&apos;i ffugenwi).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given{sep}{date}</source>
        <translation>wedi&apos;i roi{sep}{date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn{sep}{date}</source>
        <translation>wedi&apos;i dynnu&apos;n ôl{sep}{date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>given {date}</source>
        <translation>wedi&apos;i roi {date}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>withdrawn {date}</source>
        <translation>wedi&apos;i dynnu&apos;n ôl {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle {number}</source>
        <translation>Cylch {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filmed: {date}</source>
        <translation>Ffilmiwyd: {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared review: {date}</source>
        <translation>Adolygiad ar y cyd: {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>not yet</source>
        <translation>ddim eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given {date} (and its withdrawal)</source>
        <translation>wedi&apos;i roi {date} (a&apos;i dynnu&apos;n ôl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn {date} (consent given {given} is in force again)</source>
        <translation>wedi&apos;i dynnu&apos;n ôl {date} (mae&apos;r caniatâd a roddwyd {given} mewn grym eto)</translation>
    </message>
</context>
<context>
    <name>CaseFlows</name>
    <message>
        <location line="+208"/>
        <source>Making the demo case</source>
        <translation>Yn gwneud yr achos enghreifftiol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making the demo case…</source>
        <translation>Yn gwneud yr achos enghreifftiol…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case details</source>
        <translation>Manylion yr achos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open case</source>
        <translation>Agor achos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo case</source>
        <translation>Achos enghreifftiol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New case</source>
        <translation>Achos newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case was not created, so nothing was recorded. Check the names and try again.</source>
        <translation>Chafodd yr achos mo&apos;i greu, felly chafodd dim ei gofnodi. Gwiriwch yr enwau a rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>CaseNavigator</name>
    <message>
        <location filename="../../vigeditor/ui/panels/navigator.py" line="+49"/>
        <source>Case navigator</source>
        <translation>Llywiwr achosion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not in a cycle</source>
        <translation>Ddim mewn cylch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle %1</source>
        <translation>Cylch %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filmed %1</source>
        <translation>ffilmiwyd %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Interaction film</source>
        <translation>Ffilm ryngweithio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared review film</source>
        <translation>Ffilm adolygiad ar y cyd</translation>
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
        <translation>%1 e</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still %1</source>
        <translation>Llun llonydd %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still</source>
        <translation>Llun llonydd</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <location filename="../../vigeditor/ui/session.py" line="+80"/>
        <source>That could not be done. Details are in the log.</source>
        <translation>Doedd dim modd gwneud hynny. Mae&apos;r manylion yn y log.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../vigeditor/ui/details/consent.py" line="+25"/>
        <source>Record consent given</source>
        <translation>Cofnodi caniatâd a roddwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record withdrawal of consent</source>
        <translation>Cofnodi tynnu caniatâd yn ôl</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Jo Smith, social worker</source>
        <translation>e.e. Jo Smith, gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;urpose:</source>
        <translation>&amp;Diben:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For:</source>
        <translation>Ar gyfer:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Professional&apos;s &amp;name:</source>
        <translation>&amp;Enw&apos;r gweithiwr proffesiynol:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date given:</source>
        <translation>D&amp;yddiad ei roi:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date withdrawn:</source>
        <translation>D&amp;yddiad ei dynnu&apos;n ôl:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;odyn:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record consent</source>
        <translation>Cofnodi caniatâd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record withdrawal</source>
        <translation>Cofnodi tynnu&apos;n ôl</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>That could not be done.</source>
        <translation>Doedd dim modd gwneud hynny.</translation>
    </message>
</context>
<context>
    <name>ControlBar</name>
    <message>
        <location filename="../../vigeditor/ui/review/controls.py" line="+167"/>
        <source>Review controls</source>
        <extracomment>(command, glyph) in the order shown</extracomment>
        <translation>Rheolyddion yr adolygiad</translation>
    </message>
</context>
<context>
    <name>CyclesTab</name>
    <message>
        <location filename="../../vigeditor/ui/details/cycles.py" line="+14"/>
        <source>Cycles</source>
        <translation>Cylchoedd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filming date</source>
        <translation>Dyddiad ffilmio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared review date</source>
        <translation>Dyddiad yr adolygiad ar y cyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle notes</source>
        <translation>Nodiadau&apos;r cylch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working point</source>
        <translation>Pwynt gweithio</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Working points</source>
        <translation>Pwyntiau gweithio</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>What to look for next time</source>
        <translation>Beth i chwilio amdano y tro nesaf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;ycles:</source>
        <translation>&amp;Cylchoedd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add c&amp;ycle</source>
        <translation>Ychwanegu cy&amp;lch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected cycle…</source>
        <translation>Tynnu&apos;r cylch a ddewiswyd…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle &amp;number:</source>
        <translation>&amp;Rhif y cylch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filming date:</source>
        <translation>Dyddiad &amp;ffilmio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared &amp;review date:</source>
        <translation>Dyddiad yr &amp;adolygiad ar y cyd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;odiadau:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to look for next time, agreed in the shared review. Double-click to edit.</source>
        <translation>Beth i chwilio amdano y tro nesaf, wedi&apos;i gytuno yn yr adolygiad ar y cyd. Cliciwch ddwywaith i olygu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;working point:</source>
        <translation>Pwynt &amp;gweithio newydd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add working point</source>
        <translation>Ychwanegu pwynt gweithio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected…</source>
        <translation>Tynnu&apos;r un a ddewiswyd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected working point</source>
        <translation>Tynnu&apos;r pwynt gweithio a ddewiswyd</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cycle {number}</source>
        <translation>Cylch {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cycles yet: add one</source>
        <translation>Dim cylchoedd eto: ychwanegwch un</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Remove cycle {number} with its working points, ratings and shared review plan? Its recordings stay in the case.</source>
        <translation>Tynnu cylch {number} gyda&apos;i bwyntiau gweithio, ei sgorau a&apos;i gynllun adolygu? Bydd ei recordiadau&apos;n aros yn yr achos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select the working point to remove first.</source>
        <translation>Dewiswch y pwynt gweithio i&apos;w dynnu yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../vigeditor/ui/details/common.py" line="+82"/>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Clirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear {name}</source>
        <translation>Clirio {name}</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location line="+82"/>
        <source>Please confirm</source>
        <translation>Cadarnhewch, os gwelwch yn dda</translation>
    </message>
</context>
<context>
    <name>DiskEncryptionLabel</name>
    <message>
        <location filename="../../vigeditor/ui/places_warning.py" line="+10"/>
        <source>Workspace disk encryption</source>
        <translation>Amgryptio disg y gweithle</translation>
    </message>
</context>
<context>
    <name>EditingActions</name>
    <message>
        <location filename="../../vigeditor/ui/editor/editing.py" line="+65"/>
        <source>In mark at frame {n}</source>
        <translation>Marc dechrau yn ffrâm {n}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Out mark at frame {n}</source>
        <translation>Marc diwedd yn ffrâm {n}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A clip&apos;s in frame must come before its out frame: this clip runs from frame {a} to {b}.</source>
        <translation>Rhaid i ffrâm ddechrau clip ddod cyn ei ffrâm ddiwedd: mae&apos;r clip hwn yn rhedeg o ffrâm {a} i {b}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clip now starts at frame {n}</source>
        <translation>Mae&apos;r clip nawr yn dechrau yn ffrâm {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip now ends at frame {n}</source>
        <translation>Mae&apos;r clip nawr yn gorffen yn ffrâm {n}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clip made: frames {a}–{b}</source>
        <translation>Clip wedi&apos;i wneud: fframiau {a}–{b}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a moment (or go to one), or set an in mark (I) and an out mark (O) first.</source>
        <translation>Dewiswch foment (neu ewch i un), neu osodwch farc dechrau (I) a marc diwedd (O) yn gyntaf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This moment already has that clip; it is selected.</source>
        <translation>Mae gan y foment hon y clip hwnnw eisoes; mae wedi&apos;i ddewis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clip made around the moment: frames {a}–{b}</source>
        <translation>Clip wedi&apos;i wneud o gwmpas y foment: fframiau {a}–{b}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Still made of frame {n}</source>
        <translation>Llun llonydd wedi&apos;i wneud o ffrâm {n}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Tag with {group}: press the item&apos;s letter, or {digit} again for the whole group (Esc cancels)</source>
        <translation>Tagio â {group}: pwyswch lythyren yr eitem, neu {digit} eto ar gyfer y grŵp cyfan (mae Esc yn canslo)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No principle has the letter {letter} in this group.</source>
        <translation>Does gan yr un egwyddor y llythyren {letter} yn y grŵp hwn.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tagged frame {n}: {label}</source>
        <translation>Tagiwyd ffrâm {n}: {label}</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <location filename="../../vigeditor/ui/editor/editor_view.py" line="+137"/>
        <location line="+8"/>
        <source>Moments, clips and stills</source>
        <translation>Momentau, clipiau a lluniau llonydd</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Moments</source>
        <translation>Momentau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clips</source>
        <translation>Clipiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stills</source>
        <translation>Lluniau llonydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principles</source>
        <translation>Egwyddorion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector</source>
        <translation>Archwiliwr</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+16"/>
        <source>Opening recording</source>
        <translation>Yn agor y recordiad</translation>
    </message>
</context>
<context>
    <name>EncryptionRows</name>
    <message>
        <location filename="../../vigeditor/ui/exports/encryption.py" line="+26"/>
        <source>&amp;Encrypt (7-Zip archive with a passphrase)</source>
        <translation>&amp;Amgryptio (archif 7-Zip gyda chyfrinymadrodd)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>Cyfrinymadrodd eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the archive (.7z) is saved; it opens with 7-Zip and other standard tools. The passphrase is not stored anywhere and cannot be recovered: tell it to the person who receives the pack in another way (by phone, in person).</source>
        <translation>Dim ond yr archif (.7z) sy&apos;n cael ei chadw; mae&apos;n agor gyda 7-Zip ac offer safonol eraill. Dydy&apos;r cyfrinymadrodd ddim yn cael ei storio yn unman ac ni ellir ei adfer: dywedwch ef wrth y person sy&apos;n cael y pecyn mewn ffordd arall (ar y ffôn, wyneb yn wyneb).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase check</source>
        <translation>Gwirio&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass&amp;phrase:</source>
        <translation>Cyfrin&amp;ymadrodd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase a&amp;gain:</source>
        <translation>Cyfrinymadrodd &amp;eto:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>Mae angen o leiaf {count} nod yn y cyfrinymadrodd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the same passphrase twice.</source>
        <translation>Teipiwch yr un cyfrinymadrodd ddwywaith.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../vigeditor/ui/exports/dialog.py" line="+43"/>
        <source>The family&apos;s own copy</source>
        <translation>Copi&apos;r teulu ei hun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watching in a shared review</source>
        <translation>Gwylio mewn adolygiad ar y cyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing with a named professional</source>
        <translation>Rhannu â gweithiwr proffesiynol a enwir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision</source>
        <translation>Goruchwyliaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training and presentations</source>
        <translation>Hyfforddiant a chyflwyniadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>Ymchwil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filming</source>
        <translation>Ffilmio</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Professional&apos;s name</source>
        <translation>Enw&apos;r gweithiwr proffesiynol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who receives it, e.g. the social worker</source>
        <translation>Pwy sy&apos;n ei gael, e.e. y gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save to</source>
        <translation>Cadw yn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export message</source>
        <translation>Neges allforio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export progress</source>
        <translation>Cynnydd yr allforio</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Diben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;fessional:</source>
        <translation>Gweithiwr proff&amp;esiynol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family&apos;s consent for this purpose is checked before anything is written, and the export is recorded.</source>
        <translation>Mae caniatâd y teulu ar gyfer y diben hwn yn cael ei wirio cyn i ddim gael ei ysgrifennu, ac mae&apos;r allforio&apos;n cael ei gofnodi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save</source>
        <translation>Dewiswch ble i gadw</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save to:</source>
        <translation>Cad&amp;w yn:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Allforio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Canslo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in &amp;folder</source>
        <translation>Dangos yn y ff&amp;older</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save in</source>
        <translation>Cadw yn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as</source>
        <translation>Cadw fel</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved to {path}</source>
        <translation>Wedi&apos;i gadw yn {path}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Close</source>
        <translation>Ca&amp;u</translation>
    </message>
    <message>
        <location filename="../../vigeditor/ui/exports/specs.py" line="+143"/>
        <source>Export clip</source>
        <translation>Allforio clip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export still</source>
        <translation>Allforio llun llonydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export review pack</source>
        <translation>Allforio pecyn adolygu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export review plan sheet</source>
        <translation>Allforio taflen cynllun adolygu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export family notes booklet</source>
        <translation>Allforio llyfryn nodiadau&apos;r teulu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export supervision pack</source>
        <translation>Allforio pecyn goruchwylio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export logbook</source>
        <translation>Allforio llyfr log</translation>
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
        <translation>&amp;Llun llonydd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review pack…</source>
        <translation>&amp;Pecyn adolygu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review plan shee&amp;t (talking points)…</source>
        <translation>&amp;Taflen cynllun adolygu (pwyntiau trafod)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family notes &amp;booklet…</source>
        <translation>Llyfryn nodiadau&apos;r &amp;teulu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;pervision pack…</source>
        <translation>Pecyn &amp;goruchwylio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logbook…</source>
        <translation>Llyfr l&amp;og…</translation>
    </message>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="-164"/>
        <source>&amp;Export</source>
        <translation>&amp;Allforio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review plan &amp;sheet to print…</source>
        <translation>&amp;Taflen cynllun adolygu i&apos;w hargraffu…</translation>
    </message>
</context>
<context>
    <name>FacePicture</name>
    <message>
        <location filename="../../vigeditor/ui/exports/faces_view.py" line="+42"/>
        <source>Face preview</source>
        <translation>Rhagolwg o&apos;r wynebau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The frame shown, faces to blur pixelated. Drag a rectangle to blur a face by hand.</source>
        <translation>Y ffrâm a ddangosir, wynebau i&apos;w pylu wedi&apos;u picseleiddio. Llusgwch betryal i bylu wyneb â llaw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faces with an orange box are blurred. Drag a rectangle over a face the app missed to blur it too.</source>
        <translation>Caiff wynebau â blwch oren eu pylu. Llusgwch betryal dros wyneb a fethodd yr ap i&apos;w bylu hefyd.</translation>
    </message>
</context>
<context>
    <name>FaceRow</name>
    <message>
        <location filename="../../vigeditor/ui/exports/faces_list.py" line="+39"/>
        <location line="+20"/>
        <source>Face {number}</source>
        <translation>Wyneb {number}</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Stays visible</source>
        <translation>Yn aros yn weladwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face {number} stays visible</source>
        <translation>Mae wyneb {number} yn aros yn weladwy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is face {number}?</source>
        <translation>Pwy yw wyneb {number}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who is this?</source>
        <translation>Pwy yw hwn?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Face {number}: drawn by hand, always blurred</source>
        <translation>Wyneb {number}: wedi&apos;i dynnu â llaw, wedi&apos;i bylu bob amser</translation>
    </message>
</context>
<context>
    <name>FacesLayout</name>
    <message>
        <location filename="../../vigeditor/ui/exports/faces_layout.py" line="+32"/>
        <source>&amp;Blur faces of people without consent</source>
        <translation>&amp;Pylu wynebau pobl heb ganiatâd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blur faces of people without consent</source>
        <translation>Pylu wynebau pobl heb ganiatâd</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pictures in this export</source>
        <translation>Lluniau yn yr allforio hwn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frame shown</source>
        <translation>Y ffrâm a ddangosir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frames where detection was unsure</source>
        <translation>Fframiau lle&apos;r oedd y canfod yn ansicr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Face finding</source>
        <translation>Canfod wynebau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finding faces</source>
        <translation>Yn canfod wynebau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top finding faces</source>
        <translation>&amp;Stopio canfod wynebau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find faces a&amp;gain</source>
        <translation>Canfod wynebau &amp;eto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pictures:</source>
        <translation>Lluniau:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Faces (tick those who stay visible):</source>
        <translation>Wynebau (ticiwch y rhai sy&apos;n aros yn weladwy):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detection unsure:</source>
        <translation>Canfod ansicr:</translation>
    </message>
</context>
<context>
    <name>FacesList</name>
    <message>
        <location filename="../../vigeditor/ui/exports/faces_list.py" line="+24"/>
        <location line="+7"/>
        <location line="+12"/>
        <source>Faces</source>
        <translation>Wynebau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No faces were found in these frames.</source>
        <translation>Ni chafwyd hyd i wynebau yn y fframiau hyn.</translation>
    </message>
</context>
<context>
    <name>FacesPanel</name>
    <message>
        <location filename="../../vigeditor/ui/exports/faces_panel.py" line="+152"/>
        <source>Finding faces</source>
        <translation>Yn canfod wynebau</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>This export has no pictures to show.</source>
        <translation>Does gan yr allforio hwn ddim lluniau i&apos;w dangos.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Finding the faces…</source>
        <translation>Yn canfod yr wynebau…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Finding faces was stopped. Nothing was saved; the export finds them when it runs.</source>
        <translation>Cafodd y canfod wynebau ei stopio. Ni chadwyd dim; bydd yr allforio&apos;n eu canfod pan fydd yn rhedeg.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Detection unsure at frame {frame}</source>
        <translation>Canfod ansicr yn ffrâm {frame}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(to {frame})</source>
        <translation>(hyd at {frame})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: every frame is clear.</source>
        <translation>Dim: mae pob ffrâm yn glir.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No faces were found. Drag a rectangle on the picture to blur something by hand.</source>
        <translation>Ni chafwyd hyd i wynebau. Llusgwch betryal ar y llun i bylu rhywbeth â llaw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faces found: {count} ({kept} visible, {blurred} blurred). Drag a rectangle on the picture to blur a face the app missed.</source>
        <translation>Wynebau a ganfuwyd: {count} ({kept} yn weladwy, {blurred} wedi&apos;u pylu). Llusgwch betryal ar y llun i bylu wyneb a fethodd yr ap.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Frame {frame}</source>
        <translation>Ffrâm {frame}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Showing a frame</source>
        <translation>Yn dangos ffrâm</translation>
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
        <translation>Llun llonydd</translation>
    </message>
</context>
<context>
    <name>FamilyTab</name>
    <message>
        <location filename="../../vigeditor/ui/details/family.py" line="+26"/>
        <source>Started</source>
        <translation>Dechreuwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Daeth i ben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of involvement</source>
        <translation>Diwedd y gwaith</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. F01</source>
        <translation>e.e. F01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>dewisol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything to remember about this family.</source>
        <translation>Unrhyw beth i&apos;w gofio am y teulu hwn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Family &amp;code:</source>
        <translation>&amp;Cod teulu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used instead of names in supervision and research exports.</source>
        <translation>Yn cael ei ddefnyddio yn lle enwau mewn allforion goruchwylio ac ymchwil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family &amp;name:</source>
        <translation>&amp;Enw&apos;r teulu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Never included in supervision or research exports.</source>
        <translation>Dewisol. Byth yn cael ei gynnwys mewn allforion goruchwylio nac ymchwil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guider:</source>
        <translation>&amp;Tywysydd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service:</source>
        <translation>&amp;Gwasanaeth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tarted:</source>
        <translation>&amp;Dechreuwyd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ended:</source>
        <translation>Daeth i &amp;ben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of &amp;involvement:</source>
        <translation>Diwedd y g&amp;waith:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app reminds you when the retention period after this date has passed, so the case can be deleted.</source>
        <translation>Mae&apos;r ap yn eich atgoffa pan fydd y cyfnod cadw ar ôl y dyddiad hwn wedi mynd heibio, fel bod modd dileu&apos;r achos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;odiadau:</translation>
    </message>
</context>
<context>
    <name>FrameField</name>
    <message>
        <location filename="../../vigeditor/ui/panels/inspector_fields.py" line="+91"/>
        <source>none</source>
        <translation>dim</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../vigeditor/ui/start/import_flow.py" line="+86"/>
        <source>Importing {name}</source>
        <translation>Yn mewnforio {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing</source>
        <translation>Yn mewnforio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import progress</source>
        <translation>Cynnydd y mewnforio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
</context>
<context>
    <name>ImportOptions</name>
    <message>
        <location line="-78"/>
        <source>Import recordings</source>
        <translation>Mewnforio recordiadau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle</source>
        <translation>Cylch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of film</source>
        <translation>Math o ffilm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction film (parent and child)</source>
        <translation>Ffilm ryngweithio (rhiant a phlentyn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared review film (for supervision)</source>
        <translation>Ffilm adolygiad ar y cyd (ar gyfer goruchwyliaeth)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cycle:</source>
        <translation>&amp;Cylch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../vigeditor/ui/panels/inspector.py" line="+61"/>
        <source>Inspector</source>
        <translation>Archwiliwr</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Selected item</source>
        <extracomment>the &quot;Suggestions&quot; menu beside the caption of a clip and of a still</extracomment>
        <translation>Eitem a ddewiswyd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a moment, clip or still to see and edit it here.</source>
        <translation>Dewiswch foment, clip neu lun llonydd i&apos;w weld a&apos;i olygu yma.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Strengths-based, in words the family uses: what is going well here?</source>
        <translation>Yn seiliedig ar gryfderau, yng ngeiriau&apos;r teulu: beth sy&apos;n mynd yn dda yma?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Capsiwn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caption</source>
        <translation>Capsiwn</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>&amp;Frame:</source>
        <translation>&amp;Ffrâm:</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+37"/>
        <source>Frame</source>
        <translation>Ffrâm</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&amp;End frame:</source>
        <translation>Ffrâm dd&amp;iwedd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End frame</source>
        <translation>Ffrâm ddiwedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who acts:</source>
        <translation>Pwy sy&apos;n &amp;gweithredu:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who acts</source>
        <translation>Pwy sy&apos;n gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location line="+6"/>
        <source>&amp;Principles:</source>
        <translation>&amp;Egwyddorion:</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+28"/>
        <location line="+6"/>
        <source>Principles</source>
        <translation>Egwyddorion</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>What do you notice? What is better than usual here?</source>
        <translation>Beth ydych chi&apos;n sylwi arno? Beth sy&apos;n well nag arfer yma?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>N&amp;odyn:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A short title, e.g. “Sam shows you the tower”</source>
        <translation>Teitl byr, e.e. “Sam yn dangos y tŵr i chi”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;In:</source>
        <translation>Dec&amp;hrau:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In frame</source>
        <translation>Ffrâm ddechrau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Out:</source>
        <translation>Di&amp;wedd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out frame</source>
        <translation>Ffrâm ddiwedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use current frame</source>
        <translation>Defnyddio&apos;r ffrâm &amp;bresennol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use current frame as key frame</source>
        <translation>Defnyddio&apos;r ffrâm bresennol fel ffrâm allweddol</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Key frame:</source>
        <translation>Ffrâm &amp;allweddol:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key frame</source>
        <translation>Ffrâm allweddol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Slow motion</source>
        <translation>&amp;Symudiad araf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow motion</source>
        <translation>Symudiad araf</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Nothing selected</source>
        <translation>Dim wedi&apos;i ddewis</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Clip: frames %1–%2 (%3 s)</source>
        <translation>Clip: fframiau %1–%2 (%3 e)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still</source>
        <translation>Llun llonydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at frame %2 (%3)</source>
        <translation>%1 yn ffrâm %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../vigeditor/ui/panels/item_lists.py" line="+70"/>
        <source>Select to go to its frame; Delete removes it.</source>
        <translation>Dewiswch i fynd i&apos;w ffrâm; mae Delete yn ei dynnu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="+13"/>
        <source>Principles</source>
        <translation>Egwyddorion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moments</source>
        <translation>Momentau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clips</source>
        <translation>Clipiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stills</source>
        <translation>Lluniau llonydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Frame</source>
        <translation>Ffrâm</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Who acts</source>
        <translation>Pwy sy&apos;n gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>Diwedd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Caption</source>
        <translation>Capsiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 e</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <location filename="../../vigeditor/ui/review/picker.py" line="+47"/>
        <source>Add to the shared review</source>
        <translation>Ychwanegu at yr adolygiad ar y cyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clips and stills of this cycle</source>
        <translation>Clipiau a lluniau llonydd y cylch hwn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  (already in the review)</source>
        <translation>  (yn yr adolygiad yn barod)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose one or more (Ctrl or Shift for several). ▶ is a clip, ▣ a still.</source>
        <translation>Dewiswch un neu fwy (Ctrl neu Shift i ddewis sawl un). ▶ yw clip, ▣ yw llun llonydd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cycle&apos;s recordings have no clips or stills yet. Make them in the editor first.</source>
        <translation>Does gan recordiadau&apos;r cylch hwn ddim clipiau na lluniau llonydd eto. Gwnewch nhw yn y golygydd yn gyntaf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../vigeditor/ui/language.py" line="+73"/>
        <source>System ({language})</source>
        <extracomment>the translators installed by :func:`install_language`, kept alive while installed</extracomment>
        <translation>System ({language})</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the app</source>
        <translation>Iaith yr ap</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new language takes effect when vigeditor is next started.</source>
        <translation>Bydd iaith newydd yn dod i rym y tro nesaf y bydd vigeditor yn dechrau.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vigeditor/ui/main_window.py" line="+42"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Play</source>
        <translation>&amp;Chwarae</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review</source>
        <translation>&amp;Adolygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>C&amp;ymorth</translation>
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
        <translation>Agor achos &amp;enghreifftiol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show interlaced &amp;fields as recorded</source>
        <translation>Dangos &amp;meysydd cydblethedig fel y&apos;u recordiwyd</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Import recordings</source>
        <translation>Mewnforio recordiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video files ({patterns});;All files (*)</source>
        <translation>Ffeiliau fideo ({patterns});;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Open case</source>
        <translation>Agor achos</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../vigeditor/ui/details/common.py" line="-39"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dismiss message</source>
        <translation>Cau&apos;r neges</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../vigeditor/ui/start/new_case_dialog.py" line="+50"/>
        <source>New case</source>
        <translation>Achos newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family code</source>
        <translation>Cod teulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. F-2026-014 (not the family&apos;s name)</source>
        <translation>e.e. F-2026-014 (nid enw&apos;r teulu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guider</source>
        <translation>Tywysydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>Ffolder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create case</source>
        <translation>Creu achos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder</source>
        <translation>Dewis ffolder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Family code:</source>
        <translation>&amp;Cod teulu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guider:</source>
        <translation>&amp;Tywysydd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fo&amp;lder:</source>
        <translation>&amp;Ffolder:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case folder is named after the family code, so names never appear in file names.</source>
        <translation>Mae ffolder yr achos wedi&apos;i enwi ar ôl y cod teulu, felly dydy enwau byth yn ymddangos mewn enwau ffeiliau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;People:</source>
        <translation>P&amp;obl:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent recorded today for each person; change it, add more or withdraw it later in Case details. Consent to share with a named professional is recorded there too.</source>
        <translation>Caniatâd wedi&apos;i gofnodi heddiw i bob person; newidiwch ef, ychwanegwch ragor neu tynnwch ef yn ôl yn nes ymlaen ym Manylion yr achos. Mae caniatâd i rannu â gweithiwr proffesiynol a enwir yn cael ei gofnodi yno hefyd.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keep the case in</source>
        <translation>Cadw&apos;r achos yn</translation>
    </message>
</context>
<context>
    <name>NewPeople</name>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="+134"/>
        <source>All the usual</source>
        <translation>Y cyfan arferol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent given today for filming, shared review, family copies and supervision.</source>
        <translation>Caniatâd wedi&apos;i roi heddiw ar gyfer ffilmio, adolygiad ar y cyd, copïau i&apos;r teulu a goruchwyliaeth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sibling</source>
        <translation>Brawd neu chwaer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>Gweithiwr proffesiynol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filming</source>
        <translation>Ffilmio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared review</source>
        <translation>Adolygiad ar y cyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family copies</source>
        <translation>Copïau i&apos;r teulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision</source>
        <translation>Goruchwyliaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Hyfforddiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>Ymchwil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, e.g. Kim (mum)</source>
        <translation>Enw, e.e. Kim (mam)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another person (optional)</source>
        <translation>Person arall (dewisol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By purpose…</source>
        <translation>Fesul diben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent</source>
        <translation>Dim caniatâd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of person {n}</source>
        <translation>Enw person {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role of person {n}</source>
        <translation>Rôl person {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual consent of person {n}</source>
        <translation>Caniatâd arferol person {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent by purpose of person {n}</source>
        <translation>Caniatâd fesul diben person {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent given today: {purposes}</source>
        <translation>Caniatâd wedi&apos;i roi heddiw: {purposes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>dim</translation>
    </message>
</context>
<context>
    <name>OptionsForm</name>
    <message>
        <location filename="../../vigeditor/ui/exports/options.py" line="+66"/>
        <source>Original size</source>
        <translation>Maint gwreiddiol</translation>
    </message>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="-184"/>
        <source>&amp;Clip:</source>
        <translation>&amp;Clip:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;ze:</source>
        <translation>&amp;Maint:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also a &amp;slow-motion copy</source>
        <translation>Copi &amp;symudiad araf hefyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the caption in the &amp;picture</source>
        <translation>Dangos y capsiwn yn y &amp;llun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Still:</source>
        <translation>Llun ll&amp;onydd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ycle:</source>
        <translation>C&amp;ylch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;names (otherwise names, also in captions, become &quot;you&quot; and &quot;your child&quot;)</source>
        <translation>Argraffu &amp;enwau (fel arall, mae enwau, hefyd mewn capsiynau, yn troi&apos;n &quot;chi&quot; ac &quot;eich plentyn&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;A5 folded booklet (printed on A4, folded in half)</source>
        <translation>Llyfryn A5 wedi&apos;i &amp;blygu (wedi&apos;i argraffu ar A4, wedi&apos;i blygu yn ei hanner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child-&amp;friendly: large pictures, few words</source>
        <translation>&amp;Addas i blant: lluniau mawr, ychydig o eiriau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Iaith y ddogfen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workspace:</source>
        <translation>&amp;Gweithle:</translation>
    </message>
</context>
<context>
    <name>PeopleRows</name>
    <message>
        <location filename="../../vigeditor/ui/start/new_people.py" line="+138"/>
        <source>People in the case</source>
        <extracomment>purposes a new case can record today (``professional`` needs a name: Case details)</extracomment>
        <translation>Pobl yn yr achos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent given today</source>
        <translation>Caniatâd wedi&apos;i roi heddiw</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../vigeditor/ui/details/people.py" line="-226"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Name, e.g. Mum (Kim)</source>
        <translation>Enw, e.e. Mam (Kim)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent of each person for each purpose</source>
        <translation>Caniatâd pob person ar gyfer pob diben</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Carers, children, siblings and professionals in this case. Double-click a cell to change it.</source>
        <translation>Gofalwyr, plant, brodyr a chwiorydd a gweithwyr proffesiynol yn yr achos hwn. Cliciwch ddwywaith ar gell i&apos;w newid.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New &amp;person:</source>
        <translation>Person &amp;newydd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;ole:</source>
        <translation>R&amp;ôl:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add person</source>
        <translation>&amp;Ychwanegu person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove selected person…</source>
        <translation>Tynnu&apos;r person a ddewiswyd…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each person&apos;s consent for each purpose as it stands; hover over a cell for its history. Select one or more cells (Ctrl or Shift with a click), then record consent given or withdrawn for all of them.</source>
        <translation>Caniatâd pob person ar gyfer pob diben fel y mae ar hyn o bryd; hofrwch dros gell i weld ei hanes. Dewiswch un gell neu fwy (Ctrl neu Shift gyda chlic), yna cofnodwch ganiatâd wedi&apos;i roi neu wedi&apos;i dynnu&apos;n ôl ar gyfer pob un.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record consent &amp;given…</source>
        <translation>Cofnodi caniatâd wedi&apos;i &amp;roi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;withdrawal…</source>
        <translation>Cofnodi &amp;tynnu&apos;n ôl…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove record entered by mistake…</source>
        <translation>Tynnu cofnod a roddwyd trwy gamgymeriad…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} – {purpose}:</source>
        <translation>{name} – {purpose}:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select the person to remove first.</source>
        <translation>Dewiswch y person i&apos;w dynnu yn gyntaf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {name} and their consent records?</source>
        <translation>Tynnu {name} a&apos;u cofnodion caniatâd?</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Select a consent cell that has a record, then try again.</source>
        <translation>Dewiswch gell caniatâd sydd â chofnod, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove a record entered by mistake</source>
        <translation>Tynnu cofnod a roddwyd trwy gamgymeriad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which record was entered by mistake? To record that consent was withdrawn, use Record withdrawal instead.</source>
        <translation>Pa gofnod a roddwyd trwy gamgymeriad? I gofnodi bod caniatâd wedi&apos;i dynnu&apos;n ôl, defnyddiwch Cofnodi tynnu&apos;n ôl yn lle hynny.</translation>
    </message>
</context>
<context>
    <name>PictureView</name>
    <message>
        <location filename="../../vigeditor/ui/review/picture.py" line="+41"/>
        <source>Review picture</source>
        <translation>Llun yr adolygiad</translation>
    </message>
</context>
<context>
    <name>PlaceWarning</name>
    <message>
        <location filename="../../vigeditor/ui/places_warning.py" line="-107"/>
        <source>This folder is synchronised by {service}</source>
        <translation>Mae&apos;r ffolder hon yn cael ei chydweddu gan {service}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{service} synchronises this folder:</source>
        <translation>Mae {service} yn cydweddu&apos;r ffolder hon:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copies of everything in it are uploaded to {service}&apos;s servers, and to every other computer or phone signed in to the same account. The family&apos;s films and notes would leave this computer.

Choose a folder that is not synchronised, or use this one if your service allows it.</source>
        <translation>Mae copïau o bopeth ynddi&apos;n cael eu huwchlwytho i weinyddion {service}, ac i bob cyfrifiadur neu ffôn arall sydd wedi mewngofnodi i&apos;r un cyfrif. Byddai ffilmiau a nodiadau&apos;r teulu&apos;n gadael y cyfrifiadur hwn.

Dewiswch ffolder nad yw&apos;n cael ei chydweddu, neu defnyddiwch yr un hon os yw eich gwasanaeth yn caniatáu hynny.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another place…</source>
        <translation>Dewis lle arall…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this folder</source>
        <translation>Defnyddio&apos;r ffolder hon</translation>
    </message>
</context>
<context>
    <name>PlacesWarning</name>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="+19"/>
        <source>Workspace disk: checking encryption…</source>
        <translation>Disg y gweithle: yn gwirio&apos;r amgryptio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace disk: encryption unknown (this computer cannot tell)</source>
        <translation>Disg y gweithle: amgryptio&apos;n anhysbys (ni all y cyfrifiadur hwn ddweud)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace disk: not encrypted — ask your IT team about disk encryption</source>
        <translation>Disg y gweithle: heb ei amgryptio — holwch eich tîm TG am amgryptio disg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace disk: encrypted ({method})</source>
        <translation>Disg y gweithle: wedi&apos;i amgryptio ({method})</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../vigeditor/ui/details/plan.py" line="+98"/>
        <source>Traject plan sections</source>
        <translation>Adrannau&apos;r cynllun taith</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. School and Nursery</source>
        <translation>e.e. Ysgol a Meithrinfa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;heading:</source>
        <translation>Pennawd &amp;newydd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add section</source>
        <translation>&amp;Ychwanegu adran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan you write with the family. Type under each heading; it is saved when you leave the box. Headings can be renamed, moved, added and removed.</source>
        <translation>Y cynllun rydych chi&apos;n ei ysgrifennu gyda&apos;r teulu. Teipiwch o dan bob pennawd; mae&apos;n cael ei gadw pan fyddwch chi&apos;n gadael y blwch. Gellir ailenwi, symud, ychwanegu a thynnu penawdau.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Remove the section “{heading}” and its text?</source>
        <translation>Tynnu&apos;r adran “{heading}” a&apos;i thestun?</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../vigeditor/ui/review/presentation.py" line="+34"/>
        <source>Shared review</source>
        <translation>Adolygiad ar y cyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared review presentation</source>
        <translation>Cyflwyniad yr adolygiad ar y cyd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Slow motion</source>
        <translation>Symudiad araf</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Slow {rate}</source>
        <translation>Araf {rate}</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <location filename="../../vigeditor/ui/review/presenter.py" line="+46"/>
        <source>Shared review — presenter view</source>
        <translation>Adolygiad ar y cyd — golwg y cyflwynydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter view</source>
        <translation>Golwg y cyflwynydd</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+131"/>
        <source>&amp;Hand over to the parent</source>
        <translation>&amp;Rhoi&apos;r rheolaeth i&apos;r rhiant</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Hand over to the parent</source>
        <translation>Rhoi&apos;r rheolaeth i&apos;r rhiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parent can only play, pause, replay and step. H hands over; Ctrl+Shift+H takes back control.</source>
        <translation>Dim ond chwarae, oedi, ailchwarae a chamu y gall y rhiant ei wneud. Mae H yn rhoi&apos;r rheolaeth; mae Ctrl+Shift+H yn ei chymryd yn ôl.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Current item</source>
        <translation>Eitem bresennol</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>Talking points</source>
        <translation>Pwyntiau trafod</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Next item</source>
        <translation>Eitem nesaf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Elapsed time</source>
        <translation>Amser a aeth heibio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current frame</source>
        <translation>Ffrâm bresennol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Playback status</source>
        <translation>Statws chwarae</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item number</source>
        <translation>Rhif yr eitem</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Frame:</source>
        <translation>Ffrâm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback:</source>
        <translation>Chwarae:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Elapsed:</source>
        <translation>Wedi mynd:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still</source>
        <translation>Llun llonydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no talking points)</source>
        <translation>(dim pwyntiau trafod)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item {n} of {count}</source>
        <translation>Eitem {n} o {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the last item.</source>
        <translation>Dyma&apos;r eitem olaf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>still picture</source>
        <translation>llun llonydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>playing at {rate}</source>
        <translation>yn chwarae ar {rate}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holding the key frame</source>
        <translation>yn dal y ffrâm allweddol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>wedi oedi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Take back control</source>
        <translation>&amp;Cymryd y rheolaeth yn ôl</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../vigeditor/ui/review/preview.py" line="+26"/>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>◀ 1</source>
        <translation>◀ 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview one frame back</source>
        <translation>Rhagolwg un ffrâm yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>&amp;Play</source>
        <translation>&amp;Chwarae</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Play or pause the preview</source>
        <translation>Chwarae neu oedi&apos;r rhagolwg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 ▶</source>
        <translation>1 ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview one frame forward</source>
        <translation>Rhagolwg un ffrâm ymlaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gain</source>
        <translation>E&amp;to</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play the preview again</source>
        <translation>Chwarae&apos;r rhagolwg eto</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Pause</source>
        <translation>&amp;Oedi</translation>
    </message>
</context>
<context>
    <name>PrinciplesPalette</name>
    <message>
        <location filename="../../vigeditor/ui/panels/palette.py" line="+48"/>
        <source>Principles</source>
        <translation>Egwyddorion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a principle to filter the lists; press Enter to tag with it.</source>
        <translation>Dewiswch egwyddor i hidlo&apos;r rhestrau; pwyswch Enter i dagio â hi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principle</source>
        <translation>Egwyddor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Bysellau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moments</source>
        <translation>Momentau</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show all</source>
        <translation>Dangos y cyfan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every moment, clip and still</source>
        <translation>Dangos pob moment, clip a llun llonydd</translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moment</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressNotes</name>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="-62"/>
        <source>Reading every frame of {name}… {percent}%</source>
        <translation>Yn darllen pob ffrâm o {name}… {percent}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking every frame of {name}… {percent}%</source>
        <translation>Yn gwirio pob ffrâm o {name}… {percent}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the recording</source>
        <translation>Yn darllen y recordiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading progress</source>
        <translation>Cynnydd y darllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background check</source>
        <translation>Gwiriad yn y cefndir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vigeditor is making sure, in the background, that it numbers this recording&apos;s frames as the video decoder does. You can keep working meanwhile.</source>
        <translation>Mae vigeditor yn gwneud yn siŵr, yn y cefndir, ei fod yn rhifo fframiau&apos;r recordiad hwn yn yr un ffordd â&apos;r datgodiwr fideo. Gallwch ddal ati i weithio yn y cyfamser.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../vigeditor/ui/qt_words.py" line="+17"/>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Gwaredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
</context>
<context>
    <name>QtPlayer</name>
    <message>
        <location filename="../../vigeditor/ui/players/qt_player.py" line="+136"/>
        <source>This recording cannot be played with Qt Multimedia.</source>
        <translation>Does dim modd chwarae&apos;r recordiad hwn gyda Qt Multimedia.</translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <location filename="../../vigeditor/ui/details/questions.py" line="+54"/>
        <source>Helping questions and their ratings</source>
        <translation>Cwestiynau cymorth a&apos;u sgorau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the family&apos;s words, e.g. How can I help Sam settle at bedtime?</source>
        <translation>Yng ngeiriau&apos;r teulu, e.e. Sut alla i helpu Sam i setlo amser gwely?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Helping questions</source>
        <translation>Cwestiynau cymorth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The family&apos;s own goals, in their words. Rate each from 1 (not at all) to 10 (completely) at the start, after each cycle and at the end: select a cell and type the number. Leave a cell empty for no rating.</source>
        <translation>Nodau&apos;r teulu ei hun, yn eu geiriau nhw. Rhowch sgôr i bob un o 1 (dim o gwbl) i 10 (yn llwyr) ar y dechrau, ar ôl pob cylch ac ar y diwedd: dewiswch gell a theipio&apos;r rhif. Gadewch gell yn wag os nad oes sgôr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New &amp;question:</source>
        <translation>Cwestiwn &amp;newydd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hoped-for rating:</source>
        <translation>Sgôr y &amp;gobeithir amdani:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add question</source>
        <translation>&amp;Ychwanegu cwestiwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove selected question…</source>
        <translation>Tynnu&apos;r cwestiwn a ddewiswyd…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ratings across the cycles</source>
        <translation>Sgorau ar draws y cylchoedd</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Helping question</source>
        <translation>Cwestiwn cymorth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked by</source>
        <translation>Gofynnwyd gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoped for</source>
        <translation>Gobaith</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After cycle {number}</source>
        <translation>Ar ôl cylch {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Diwedd</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Select the helping question to remove first.</source>
        <translation>Dewiswch y cwestiwn cymorth i&apos;w dynnu yn gyntaf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove helping question {number} and its ratings?</source>
        <translation>Tynnu cwestiwn cymorth {number} a&apos;i sgorau?</translation>
    </message>
</context>
<context>
    <name>RatingChart</name>
    <message>
        <location filename="../../vigeditor/ui/details/rating_chart.py" line="+80"/>
        <source>Chart of helping question ratings</source>
        <extracomment>Okabe–Ito colours, distinguishable with colour-blindness; lightened on dark palettes</extracomment>
        <translation>Siart sgorau&apos;r cwestiynau cymorth</translation>
    </message>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="-27"/>
        <location line="+4"/>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>End</source>
        <translation>Diwedd</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+6"/>
        <source>No helping questions yet.</source>
        <translation>Dim cwestiynau cymorth eto.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Ratings from 1 to 10.</source>
        <translation>Sgorau o 1 i 10.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solid line: rating.   Dashed line: hoped-for rating.</source>
        <translation>Llinell solet: sgôr.   Llinell doriog: sgôr y gobeithir amdani.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question {number}, “{text}”: {values}.</source>
        <translation>Cwestiwn {number}, “{text}”: {values}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ratings yet: type them in the table above.</source>
        <translation>Dim sgorau eto: teipiwch nhw yn y tabl uchod.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no ratings yet</source>
        <translation>dim sgorau eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle {number}</source>
        <translation>Cylch {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoped for {rating}.</source>
        <translation>Gobeithir am {rating}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(hoped for: {rating})</source>
        <translation>(gobeithir am: {rating})</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location line="+94"/>
        <source>Preparing the shared review</source>
        <translation>Yn paratoi&apos;r adolygiad ar y cyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Shared review</source>
        <translation>Adolygiad ar y cyd</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>This cycle&apos;s shared review has no clips or stills yet. Add them in the review plan first.</source>
        <translation>Does gan adolygiad ar y cyd y cylch hwn ddim clipiau na lluniau llonydd eto. Ychwanegwch nhw yn y cynllun adolygu yn gyntaf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still, frame {frame}</source>
        <translation>Llun llonydd, ffrâm {frame}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{seconds} s</source>
        <translation>{seconds} e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip, frames {first}–{last}</source>
        <translation>Clip, fframiau {first}–{last}</translation>
    </message>
</context>
<context>
    <name>ReviewBuilder</name>
    <message>
        <location filename="../../vigeditor/ui/review/builder.py" line="+58"/>
        <source>Shared review plan</source>
        <translation>Cynllun yr adolygiad ar y cyd</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Items of the shared review</source>
        <translation>Eitemau&apos;r adolygiad ar y cyd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a&amp;ll of this cycle&apos;s clips and stills</source>
        <translation>Ychwanegu &amp;holl glipiau a lluniau llonydd y cylch hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add all of this cycle&apos;s clips and stills, in film order, with talking points</source>
        <translation>Ychwanegu holl glipiau a lluniau llonydd y cylch hwn, yn nhrefn y ffilm, gyda phwyntiau trafod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add clips and stills…</source>
        <translation>&amp;Ychwanegu clipiau a lluniau llonydd…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add clips and stills</source>
        <translation>Ychwanegu clipiau a lluniau llonydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>Symud i &amp;fyny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>Symud i fyny (Ctrl+Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Symud i &amp;lawr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>Symud i lawr (Ctrl+Down)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove from the review (Delete)</source>
        <translation>Tynnu o&apos;r adolygiad (Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start shared review</source>
        <translation>&amp;Dechrau&apos;r adolygiad ar y cyd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the shared review (F5)</source>
        <translation>Dechrau&apos;r adolygiad ar y cyd (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the re&amp;view…</source>
        <translation>Ar ôl yr &amp;adolygiad…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After the review</source>
        <translation>Ar ôl yr adolygiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>Ca&amp;u</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking points</source>
        <translation>Pwyntiau trafod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For you only, never shown to the family, e.g. &quot;What do you see here?&quot;</source>
        <translation>I chi yn unig, byth yn cael ei ddangos i&apos;r teulu, e.e. &quot;Beth ydych chi&apos;n ei weld yma?&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>Selected item</source>
        <translation>Eitem a ddewiswyd</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>C&amp;ycle:</source>
        <translation>C&amp;ylch:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;on:</source>
        <translation>Dangos a&amp;r:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Talking points (for you only):</source>
        <translation>&amp;Pwyntiau trafod (i chi yn unig):</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cycle {number}</source>
        <translation>Cylch {number}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Add a&amp;ll of this cycle&apos;s clips and stills ({count})</source>
        <translation>Ychwanegu &amp;holl glipiau a lluniau llonydd y cylch hwn ({count})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still</source>
        <translation>Llun llonydd</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Nothing chosen yet. Add clips and stills of this cycle&apos;s recordings: all of them at once, or a few at a time.</source>
        <translation>Dim wedi&apos;i ddewis eto. Ychwanegwch glipiau a lluniau llonydd o recordiadau&apos;r cylch hwn: y cyfan ar unwaith, neu ychydig ar y tro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>frames {first} to {last}, holds frame {hold}</source>
        <translation>fframiau {first} i {last}, yn dal ffrâm {hold}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>frame {frame}</source>
        <translation>ffrâm {frame}</translation>
    </message>
</context>
<context>
    <name>ReviewConsentDialog</name>
    <message>
        <location filename="../../vigeditor/ui/review/consent_dialog.py" line="+35"/>
        <source>Consent for the shared review</source>
        <translation>Caniatâd ar gyfer yr adolygiad ar y cyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not everyone who could be in these films has consent for the shared review today:</source>
        <translation>Does dim caniatâd gan bawb a allai fod yn y ffilmiau hyn ar gyfer yr adolygiad ar y cyd heddiw:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who lacks consent</source>
        <translation>Pwy sydd heb ganiatâd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: consent given by phone today, the form follows</source>
        <translation>Er enghraifft: caniatâd wedi&apos;i roi ar y ffôn heddiw, y ffurflen i ddilyn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Don&apos;t start</source>
        <translation>Peidio â dechrau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start anyway</source>
        <translation>Dechrau beth bynnag</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>If you start anyway, say &amp;why:</source>
        <translation>Os byddwch chi&apos;n dechrau beth bynnag, dywedwch &amp;pam:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your reason is recorded in the case, with the date.</source>
        <translation>Mae eich rheswm yn cael ei gofnodi yn yr achos, gyda&apos;r dyddiad.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say why you start the shared review without everyone&apos;s consent; the review has not started.</source>
        <translation>Dywedwch pam rydych chi&apos;n dechrau&apos;r adolygiad ar y cyd heb ganiatâd pawb; dydy&apos;r adolygiad ddim wedi dechrau.</translation>
    </message>
</context>
<context>
    <name>ReviewControls</name>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="-28"/>
        <source>Previous</source>
        <translation>Blaenorol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous item (Page Up)</source>
        <translation>Eitem flaenorol (Page Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One frame back (Left arrow)</source>
        <translation>Un ffrâm yn ôl (saeth chwith)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Play</source>
        <translation>Chwarae</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Play or pause (Space)</source>
        <translation>Chwarae neu oedi (Space)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One frame forward (Right arrow)</source>
        <translation>Un ffrâm ymlaen (saeth dde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translation>Eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play again from the start (R)</source>
        <translation>Chwarae eto o&apos;r dechrau (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Cyflymder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow motion: normal, half, quarter speed (S)</source>
        <translation>Symudiad araf: cyflymder arferol, hanner, chwarter (S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captions</source>
        <translation>Capsiynau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captions on or off (C)</source>
        <translation>Capsiynau ymlaen neu i ffwrdd (C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next item (Page Down)</source>
        <translation>Eitem nesaf (Page Down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Diwedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the shared review (Esc)</source>
        <translation>Gorffen yr adolygiad ar y cyd (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Oedi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>Arferol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow</source>
        <translation>Araf</translation>
    </message>
</context>
<context>
    <name>ReviewPlayer</name>
    <message>
        <location filename="../../vigeditor/ui/review/review_player.py" line="+270"/>
        <source>Damaged frame — showing frame {shown}</source>
        <translation>Ffrâm wedi&apos;i difrodi — yn dangos ffrâm {shown}</translation>
    </message>
</context>
<context>
    <name>ScreenshotScenes</name>
    <message>
        <location filename="../../vigeditor/ui/screenshot_scenes.py" line="+181"/>
        <source>I saw how Robin waits for me to roll the ball back.</source>
        <translation>Gwelais i sut mae Robin yn aros i mi rolio&apos;r bêl yn ôl.</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../../vigeditor/ui/details/plan.py" line="-108"/>
        <source>Heading of section {number}</source>
        <translation>Pennawd adran {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the family and you agree for {heading}.</source>
        <translation>Beth rydych chi a&apos;r teulu&apos;n ei gytuno ar gyfer {heading}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move {heading} up</source>
        <translation>Symud {heading} i fyny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move {heading} down</source>
        <translation>Symud {heading} i lawr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove section…</source>
        <translation>Tynnu&apos;r adran…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove section {heading}</source>
        <translation>Tynnu adran {heading}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../vigeditor/ui/settings_dialog.py" line="+80"/>
        <source>Settings</source>
        <extracomment>settings that a running editor read when the case was opened</extracomment>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Player</source>
        <translation>Chwaraewr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt Multimedia (built in)</source>
        <translation>Qt Multimedia (wedi&apos;i gynnwys)</translation>
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
        <translation> e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clip length from a moment</source>
        <translation>Hyd clip o foment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame cache size</source>
        <translation>Maint storfa fframiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Suggest moments to look at first</source>
        <translation>&amp;Awgrymu momentau i edrych arnyn nhw yn gyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest moments</source>
        <translation>Awgrymu momentau</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+97"/>
        <source>Workspace folder</source>
        <translation>Ffolder y gweithle</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Retention period</source>
        <translation>Cyfnod cadw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> months</source>
        <translation> mis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings message</source>
        <translation>Neges gosodiadau</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Playing and editing</source>
        <translation>Chwarae a golygu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Player:</source>
        <translation>&amp;Chwaraewr:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clip length from a moment:</source>
        <translation>&amp;Hyd clip o foment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Frame cache:</source>
        <translation>Storfa &amp;fframiau:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The player and the frame cache apply when a case is next opened; the clip length at once.</source>
        <translation>Mae&apos;r chwaraewr a&apos;r storfa fframiau&apos;n dod i rym y tro nesaf y bydd achos yn cael ei agor; hyd y clip ar unwaith.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worked out on this computer from the voices and faces in a recording; never tagged for you, never exported.</source>
        <translation>Wedi&apos;u cyfrifo ar y cyfrifiadur hwn o&apos;r lleisiau a&apos;r wynebau mewn recordiad; byth yn cael eu tagio ar eich rhan, byth yn cael eu hallforio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the workspace folder</source>
        <translation>Dewiswch ffolder y gweithle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Workspace:</source>
        <translation>&amp;Gweithle:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep a case after the end of involvement for:</source>
        <translation>&amp;Cadw achos ar ôl diwedd y gwaith am:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The start screen reminds you when a case has been kept longer than this.</source>
        <translation>Mae&apos;r sgrin gychwyn yn eich atgoffa pan fydd achos wedi&apos;i gadw&apos;n hirach na hyn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logbook targets (each stage adds to the one before)</source>
        <translation>Targedau&apos;r llyfr log (mae pob cam yn ychwanegu at yr un o&apos;i flaen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycles</source>
        <translation>Cylchoedd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clients</source>
        <translation>Cleientiaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisions</source>
        <translation>Goruchwyliaethau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage {stage}</source>
        <translation>Cam {stage}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage {stage}: {what}</source>
        <translation>Cam {stage}: {what}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Qt Multimedia</source>
        <translation>Qt Multimedia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VLC was found on this computer.</source>
        <translation>Cafwyd VLC ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VLC was not found on this computer; install VLC to choose it.</source>
        <translation>Ni chafwyd VLC ar y cyfrifiadur hwn; gosodwch VLC i&apos;w ddewis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playing now with {player}.</source>
        <translation>Yn chwarae nawr gyda {player}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>VLC was not found on this computer. Install VLC, or choose Qt Multimedia.</source>
        <translation>Ni chafwyd VLC ar y cyfrifiadur hwn. Gosodwch VLC, neu dewiswch Qt Multimedia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stage {stage} asks for more clients than cycles; each client has at least one cycle.</source>
        <translation>Mae cam {stage} yn gofyn am fwy o gleientiaid na chylchoedd; mae gan bob cleient o leiaf un cylch.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the workspace as a whole folder path, e.g. with Browse.</source>
        <translation>Dewiswch y gweithle fel llwybr ffolder cyfan, e.e. gyda Pori.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is a file, not a folder: the workspace cannot be there.</source>
        <translation>Ffeil yw {path}, nid ffolder: ni all y gweithle fod yno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workspace cannot be inside a case folder.</source>
        <translation>Ni all y gweithle fod y tu mewn i ffolder achos.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Settings saved. The player and frame cache change when the case is next opened.</source>
        <translation>Gosodiadau wedi&apos;u cadw. Mae&apos;r chwaraewr a&apos;r storfa fframiau&apos;n newid y tro nesaf y bydd yr achos yn cael ei agor.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="+8"/>
        <location line="+52"/>
        <source>Play or pause</source>
        <translation>Chwarae neu oedi</translation>
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
        <translation>Chwarae</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>One frame back</source>
        <translation>Un ffrâm yn ôl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One frame forward</source>
        <translation>Un ffrâm ymlaen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ten frames back</source>
        <translation>Deg ffrâm yn ôl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ten frames forward</source>
        <translation>Deg ffrâm ymlaen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play backwards; again: faster, up to 2× (while playing forwards: slower, then backwards)</source>
        <translation>Chwarae tuag yn ôl; eto: yn gyflymach, hyd at 2× (wrth chwarae ymlaen: yn arafach, yna tuag yn ôl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation>Oedi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play forwards; again: faster, 1.25×, 1.5×, 2×, sound at its own pitch (while playing backwards: slower, then forwards)</source>
        <translation>Chwarae ymlaen; eto: yn gyflymach, 1.25×, 1.5×, 2×, y sain ar ei thraw ei hun (wrth chwarae tuag yn ôl: yn arafach, yna ymlaen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold K and press L or J: one frame forward or back</source>
        <translation>Daliwch K a phwyso L neu J: un ffrâm ymlaen neu yn ôl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slower</source>
        <translation>Yn arafach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faster</source>
        <translation>Yn gyflymach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the first frame</source>
        <translation>Mynd i&apos;r ffrâm gyntaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the last frame</source>
        <translation>Mynd i&apos;r ffrâm olaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous moment</source>
        <translation>Moment flaenorol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next moment</source>
        <translation>Moment nesaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the in mark at this frame</source>
        <translation>Gosod y marc dechrau yn y ffrâm hon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Cutting</source>
        <translation>Torri</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Set the out mark at this frame</source>
        <translation>Gosod y marc diwedd yn y ffrâm hon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a clip from the in and out marks; without marks, a clip around the selected moment (or the moment at this frame), whose start and end I and O then move</source>
        <translation>Gwneud clip o&apos;r marciau dechrau a diwedd; heb farciau, clip o gwmpas y foment a ddewiswyd (neu&apos;r foment yn y ffrâm hon), y mae I ac O wedyn yn symud ei ddechrau a&apos;i ddiwedd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a still of this frame</source>
        <translation>Gwneud llun llonydd o&apos;r ffrâm hon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a moment at this frame</source>
        <translation>Ychwanegu moment yn y ffrâm hon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Tagging</source>
        <translation>Tagio</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Tag this frame with a principle: the group&apos;s number, then the item&apos;s letter (the number twice tags the group alone; Esc cancels)</source>
        <translation>Tagio&apos;r ffrâm hon ag egwyddor: rhif y grŵp, yna llythyren yr eitem (mae&apos;r rhif ddwywaith yn tagio&apos;r grŵp yn unig; mae Esc yn canslo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next suggested moment: select it and go to it; then a principle key tags it (it becomes a moment) and Delete dismisses it</source>
        <translation>Moment nesaf a awgrymir: ei dewis a mynd ati; yna mae bysell egwyddor yn ei thagio (mae&apos;n dod yn foment) ac mae Delete yn ei gwrthod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous suggested moment</source>
        <translation>Moment flaenorol a awgrymir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared review plan…</source>
        <translation>Cynllun yr adolygiad ar y cyd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Start the shared review (full screen)</source>
        <translation>Dechrau&apos;r adolygiad ar y cyd (sgrin lawn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the shared review…</source>
        <translation>Ar ôl yr adolygiad ar y cyd…</translation>
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
        <translation>Cyflwyno</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>One frame back or forward</source>
        <translation>Un ffrâm yn ôl neu ymlaen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play the clip again</source>
        <translation>Chwarae&apos;r clip eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow motion: normal, half, quarter speed (silent when slowed)</source>
        <translation>Symudiad araf: cyflymder arferol, hanner, chwarter (dim sain pan fydd yn araf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Captions on or off</source>
        <translation>Capsiynau ymlaen neu i ffwrdd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next clip or still</source>
        <translation>Clip neu lun llonydd nesaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous clip or still</source>
        <translation>Clip neu lun llonydd blaenorol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand over to the parent (only play, replay and step)</source>
        <translation>Rhoi&apos;r rheolaeth i&apos;r rhiant (chwarae, ailchwarae a chamu yn unig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take back control from the parent</source>
        <translation>Cymryd y rheolaeth yn ôl gan y rhiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the shared review</source>
        <translation>Gorffen yr adolygiad ar y cyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Editing</source>
        <translation>Golygu</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Redo</source>
        <translation>Ail-wneud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected moment, clip or still; dismiss the selected suggestion</source>
        <translation>Tynnu&apos;r foment, y clip neu&apos;r llun llonydd a ddewiswyd; gwrthod yr awgrym a ddewiswyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen on or off</source>
        <translation>Sgrin lawn ymlaen neu i ffwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>Ffenestr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import recordings…</source>
        <translation>Mewnforio recordiadau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>New case…</source>
        <translation>Achos newydd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open case…</source>
        <translation>Agor achos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case details</source>
        <translation>Manylion yr achos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close case</source>
        <translation>Cau&apos;r achos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  or  </source>
        <translation>  neu  </translation>
    </message>
    <message>
        <location filename="../../vigeditor/ui/shortcuts.py" line="+69"/>
        <source>1 … 6, then a letter</source>
        <translation>1 … 6, yna llythyren</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Editor</source>
        <extracomment>the modes the sheet has a heading for: (heading, groups in it)</extracomment>
        <translation>Golygydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presentation (the shared review, full screen)</source>
        <translation>Cyflwyniad (yr adolygiad ar y cyd, sgrin lawn)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Bysellau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Beth mae&apos;n ei wneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Ar gyfer</translation>
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
        <translation>Dewch o hyd i&apos;r momentau pan fydd pethau&apos;n mynd yn dda, a&apos;u dangos. Mae popeth yn aros ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent cases</source>
        <translation>Achosion diweddar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retention reminder</source>
        <translation>Nodyn atgoffa cadw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recent cases</source>
        <translation>Achosion &amp;diweddar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;New case…</source>
        <translation>Achos &amp;newydd…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New case</source>
        <translation>Achos newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open case…</source>
        <translation>&amp;Agor achos…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open case</source>
        <translation>Agor achos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;demo case</source>
        <translation>Agor achos &amp;enghreifftiol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open demo case</source>
        <translation>Agor yr achos enghreifftiol</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No cases yet. Start with New case, or try the demo case.</source>
        <translation>Dim achosion eto. Dechreuwch gydag Achos newydd, neu rhowch gynnig ar yr achos enghreifftiol.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>last changed {date}</source>
        <translation>newidiwyd ddiwethaf {date}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The retention period has passed for: {codes}. When the case records are kept elsewhere, delete these cases (right-click a case, then Delete case…).</source>
        <translation>Mae&apos;r cyfnod cadw wedi mynd heibio ar gyfer: {codes}. Pan fydd cofnodion yr achos yn cael eu cadw yn rhywle arall, dilëwch yr achosion hyn (de-gliciwch ar achos, yna Dileu&apos;r achos…).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete case…</source>
        <translation>Dileu&apos;r achos…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Delete case</source>
        <translation>Dileu&apos;r achos</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Delete the case {name} completely, with its films, notes and exports? This cannot be undone.</source>
        <translation>Dileu&apos;r achos {name} yn llwyr, gyda&apos;i ffilmiau, ei nodiadau a&apos;i allforion? Does dim modd dadwneud hyn.</translation>
    </message>
</context>
<context>
    <name>SuggestionActions</name>
    <message>
        <location filename="../../vigeditor/ui/editor/suggestion_keys.py" line="+51"/>
        <source>That suggestion is no longer there; press N for the next one.</source>
        <translation>Dydy&apos;r awgrym hwnnw ddim yno mwyach; pwyswch N am yr un nesaf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Suggested moments are switched off in Settings.</source>
        <translation>Mae momentau a awgrymir wedi&apos;u diffodd yn y Gosodiadau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No more suggested moments after this frame.</source>
        <translation>Dim rhagor o fomentau a awgrymir ar ôl y ffrâm hon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No more suggested moments before this frame.</source>
        <translation>Dim rhagor o fomentau a awgrymir cyn y ffrâm hon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggested: {reason}A principle key tags it; Delete dismisses it.</source>
        <translation>Awgrym: {reason}Mae bysell egwyddor yn ei thagio; mae Delete yn ei gwrthod.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The suggestion is now a moment: {label}</source>
        <translation>Mae&apos;r awgrym nawr yn foment: {label}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Suggestion dismissed.</source>
        <translation>Awgrym wedi&apos;i wrthod.</translation>
    </message>
</context>
<context>
    <name>SuggestionButton</name>
    <message>
        <location filename="../../vigeditor/ui/panels/inspector_fields.py" line="+155"/>
        <source>Suggestions</source>
        <translation>Awgrymiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Caption suggestions</source>
        <translation>Awgrymiadau capsiwn</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Start the caption from a strengths-based phrase for this item&apos;s principles, then change it to the family&apos;s words</source>
        <translation>Dechreuwch y capsiwn ag ymadrodd sy&apos;n seiliedig ar gryfderau ar gyfer egwyddorion yr eitem hon, yna newidiwch ef i eiriau&apos;r teulu</translation>
    </message>
</context>
<context>
    <name>TableCheck</name>
    <message>
        <location filename="../../vigeditor/ui/editor/table_check.py" line="+103"/>
        <source>The full check could not be finished.</source>
        <translation>Doedd dim modd gorffen y gwiriad llawn.</translation>
    </message>
</context>
<context>
    <name>TableKeeper</name>
    <message>
        <location filename="../../vigeditor/ui/editor/tables.py" line="+108"/>
        <source>The frame numbering of {name} was corrected after a full check ({count} frames, not {old}). Your moments, clips and stills were moved with their pictures.</source>
        <translation>Cywirwyd rhifo fframiau {name} ar ôl gwiriad llawn ({count} ffrâm, nid {old}). Symudwyd eich momentau, clipiau a lluniau llonydd gyda&apos;u lluniau.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../vigeditor/ui/tasks.py" line="+52"/>
        <source>{task} could not be finished. Details are in the log.</source>
        <translation>Doedd dim modd gorffen {task}. Mae&apos;r manylion yn y log.</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <location filename="../../vigeditor/ui/review/thumbs.py" line="+71"/>
        <source>Making thumbnails</source>
        <translation>Yn gwneud lluniau bach</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../vigeditor/ui/timeline/view.py" line="+93"/>
        <source>Timeline</source>
        <translation>Llinell amser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline scroll</source>
        <translation>Sgrolio&apos;r llinell amser</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Frame {frame} of {count}; {moments} moments, {clips} clips, {stills} stills. Plus and minus zoom, 0 shows the whole recording.</source>
        <translation>Ffrâm {frame} o {count}; {moments} moment, {clips} clip, {stills} llun llonydd. Mae plws a minws yn chwyddo, mae 0 yn dangos y recordiad cyfan.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Open a recording to see its timeline.</source>
        <translation>Agorwch recordiad i weld ei linell amser.</translation>
    </message>
</context>
<context>
    <name>TimelineLanes</name>
    <message>
        <location filename="../../build/i18n/wrapped_tr.py" line="+30"/>
        <source>Not tagged: a principle key tags it, Delete dismisses it, N and Shift+N go to the next and previous suggestion.</source>
        <translation>Heb ei dagio: mae bysell egwyddor yn ei dagio, mae Delete yn ei wrthod, mae N a Shift+N yn mynd i&apos;r awgrym nesaf a&apos;r un blaenorol.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No speech here</source>
        <translation>Dim lleferydd yma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested moment, frames {first} to {last}</source>
        <translation>Moment a awgrymir, fframiau {first} i {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{voice} voice, frames {first} to {last} (by pitch: a guess, not who it was)</source>
        <translation>Llais {voice}, fframiau {first} i {last} (yn ôl traw: dyfaliad, nid pwy oedd yno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No face found</source>
        <translation>Dim wyneb wedi&apos;i ganfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One face</source>
        <translation>Un wyneb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two or more faces</source>
        <translation>Dau wyneb neu fwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, turned towards each other</source>
        <translation>, wedi troi tuag at ei gilydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound at frame {frame}</source>
        <translation>Sain yn ffrâm {frame}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adult</source>
        <translation>Oedolyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unclear</source>
        <translation>Aneglur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound</source>
        <translation>Sain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voices</source>
        <translation>Lleisiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faces</source>
        <translation>Wynebau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested</source>
        <translation>Awgrymir</translation>
    </message>
</context>
<context>
    <name>TimelineTips</name>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n moment(s), frames {first} to {last}. Click to zoom in.</source>
        <translation>
            <numerusform>%n moment, fframiau {first} i {last}. Cliciwch i chwyddo.</numerusform>
            <numerusform>%n moment, fframiau {first} i {last}. Cliciwch i chwyddo.</numerusform>
            <numerusform>%n moment, fframiau {first} i {last}. Cliciwch i chwyddo.</numerusform>
            <numerusform>%n moment, fframiau {first} i {last}. Cliciwch i chwyddo.</numerusform>
            <numerusform>%n moment, fframiau {first} i {last}. Cliciwch i chwyddo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No principle yet</source>
        <translation>Dim egwyddor eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled clip</source>
        <translation>Clip heb deitl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still, frame {frame}</source>
        <translation>Llun llonydd, ffrâm {frame}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moment {number}, frame {frame}</source>
        <translation>Moment {number}, ffrâm {frame}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames {first} to {last} ({seconds} s)</source>
        <translation>Fframiau {first} i {last} ({seconds} e)</translation>
    </message>
    <message>
        <source>Frames {first} to {last} ({seconds:.1f} s)</source>
        <translation type="vanished">Fframiau {first} i {last} ({seconds:.1f} e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until frame {frame}</source>
        <translation>Hyd at ffrâm {frame}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who acts: {who}</source>
        <translation>Pwy sy&apos;n gweithredu: {who}</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <location line="-231"/>
        <source>Playback speed</source>
        <translation>Cyflymder chwarae</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback speed: 1.25×, 1.5× and 2× keep the voices&apos; pitch; silent below 0.5× (J/K/L shuttle, [ slower, ] faster)</source>
        <translation>Cyflymder chwarae: mae 1.25×, 1.5× a 2× yn cadw traw&apos;r lleisiau; dim sain o dan 0.5× (J/K/L i wennol, [ yn arafach, ] yn gyflymach)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame</source>
        <translation>Ffrâm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current frame</source>
        <translation>Ffrâm bresennol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current frame number</source>
        <translation>Rhif y ffrâm bresennol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current time</source>
        <translation>Amser presennol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time from the start of the recording</source>
        <translation>Amser o ddechrau&apos;r recordiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to start</source>
        <translation>Mynd i&apos;r dechrau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step back ten frames</source>
        <translation>Camu deg ffrâm yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step back one frame</source>
        <translation>Camu un ffrâm yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause</source>
        <translation>Chwarae neu oedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step forward one frame</source>
        <translation>Camu un ffrâm ymlaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step forward ten frames</source>
        <translation>Camu deg ffrâm ymlaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to end</source>
        <translation>Mynd i&apos;r diwedd</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location line="+1"/>
        <source>Viewer</source>
        <translation>Gwyliwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse</source>
        <translation>Tuag yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged frame — showing frame {shown}</source>
        <translation>Ffrâm wedi&apos;i difrodi — yn dangos ffrâm {shown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame {0} · {1}</source>
        <translation>Ffrâm {0} · {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Wedi oedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playing</source>
        <translation>Chwarae</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {0} · Out {1}</source>
        <translation>Dechrau {0} · Diwedd {1}</translation>
    </message>
</context>
<context>
    <name>VlcPlayer</name>
    <message>
        <location filename="../../vigeditor/ui/players/vlc_player.py" line="+54"/>
        <source>This recording cannot be played with VLC: {0}</source>
        <translation>Does dim modd chwarae&apos;r recordiad hwn gyda VLC: {0}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This recording cannot be played with VLC.</source>
        <translation>Does dim modd chwarae&apos;r recordiad hwn gyda VLC.</translation>
    </message>
</context>
<context>
    <name>WhoActs</name>
    <message>
        <location filename="../../vigeditor/ui/panels/palette_look.py" line="+125"/>
        <source>Child initiative</source>
        <extracomment>who acts in a moment (DESIGN.md §2): stable codes; anything else is the guider&apos;s own words</extracomment>
        <translation>Cychwyniad y plentyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent reception</source>
        <translation>Derbyniad y rhiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent initiative</source>
        <translation>Cychwyniad y rhiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child reception</source>
        <translation>Derbyniad y plentyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
</context>
<context>
    <name>WhoField</name>
    <message>
        <location filename="../../vigeditor/ui/panels/inspector_fields.py" line="-94"/>
        <source>Choose, or type who acts</source>
        <translation>Dewiswch, neu teipiwch pwy sy&apos;n gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who acts</source>
        <translation>Pwy sy&apos;n gweithredu</translation>
    </message>
</context>
<context>
    <name>_Worker</name>
    <message>
        <location filename="../../vigeditor/ui/editor/frame_worker.py" line="+199"/>
        <source>This frame could not be shown.</source>
        <extracomment>opens a recording&apos;s frame server: (path, frame-table cache folder or None, progress of a table built by decoding, should_stop) -&gt; server</extracomment>
        <translation>Doedd dim modd dangos y ffrâm hon.</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>I saw how Robin waits for me to roll the ball back.</source>
        <translation type="vanished">Gwelais i sut mae Robin yn aros i mi rolio&apos;r bêl yn ôl.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Export</source>
        <translation type="vanished">&amp;Allforio</translation>
    </message>
    <message>
        <source>Review plan &amp;sheet to print…</source>
        <translation type="vanished">&amp;Taflen cynllun adolygu i&apos;w hargraffu…</translation>
    </message>
    <message>
        <source>Settings saved. The player and frame cache change when the case is next opened.</source>
        <translation type="vanished">Gosodiadau wedi&apos;u cadw. Mae&apos;r chwaraewr a&apos;r storfa fframiau&apos;n newid y tro nesaf y bydd yr achos yn cael ei agor.</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="vanished">&amp;Gosodiadau…</translation>
    </message>
    <message>
        <source>The case was not created, so nothing was recorded. Check the names and try again.</source>
        <translation type="vanished">Chafodd yr achos mo&apos;i greu, felly chafodd dim ei gofnodi. Gwiriwch yr enwau a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="vanished">Achos newydd</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="vanished">Agor achos</translation>
    </message>
    <message>
        <source>Making the demo case</source>
        <translation type="vanished">Yn gwneud yr achos enghreifftiol</translation>
    </message>
    <message>
        <source>Making the demo case…</source>
        <translation type="vanished">Yn gwneud yr achos enghreifftiol…</translation>
    </message>
    <message>
        <source>Demo case</source>
        <translation type="vanished">Achos enghreifftiol</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation type="vanished">Manylion yr achos</translation>
    </message>
</context>
</TS>
