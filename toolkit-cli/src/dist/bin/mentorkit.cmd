@echo off
rem mentorkit launcher for Windows: needs only a Java 17 (or newer) runtime on the PATH or in JAVA_HOME.
set "HERE=%~dp0"
set "JAVA_CMD=java"
if defined JAVA_HOME set "JAVA_CMD=%JAVA_HOME%\bin\java"
rem Short runs start faster with the C1 compiler and the serial collector; MENTORKIT_JAVA_OPTS replaces this.
set "JAVA_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if defined MENTORKIT_JAVA_OPTS set "JAVA_OPTS=%MENTORKIT_JAVA_OPTS%"
"%JAVA_CMD%" %JAVA_OPTS% -p "%HERE%..\lib;%HERE%..\plugins;%MENTORKIT_PLUGINS%" -m org.mentorkit.cli/org.mentorkit.cli.Mentorkit %*
