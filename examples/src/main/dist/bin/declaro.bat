@echo off
rem declaro: runs the Declaro command-line tool of this installation (bin\ and lib\ side by side).
rem JAVA_HOME chooses the Java (17 or later), otherwise java on the PATH is used; DECLARO_JAVA_OPTS
rem adds JVM options. Exit codes: 0 no errors, 1 a document has errors, 2 usage error or unreadable
rem input, 3 internal error.
setlocal
set "DECLARO_LIB=%~dp0..\lib"
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java"
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn16m -XX:-UsePerfData -Dorg.jboss.logging.provider=jdk %DECLARO_JAVA_OPTS% -cp "%DECLARO_LIB%\*" org.declaro.examples.cli.Main %*
exit /b %ERRORLEVEL%
