<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PrinciplesPalette</name>
    <message numerus="yes">
        <location filename="../../vigeditor/ui/panels/palette.py" line="+191"/>
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTips</name>
    <message numerus="yes">
        <location filename="../../build/i18n/wrapped_tr.py" line="+287"/>
        <source>%n moment(s), frames {first} to {last}. Click to zoom in.</source>
        <translation>
            <numerusform>%n moment, frames {first} to {last}. Click to zoom in.</numerusform>
            <numerusform>%n moments, frames {first} to {last}. Click to zoom in.</numerusform>
        </translation>
    </message>
</context>
</TS>
