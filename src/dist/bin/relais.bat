@echo off
rem Relais launcher (Windows). Honours JAVA_HOME and JAVA_OPTS.
rem Start-up is faster with a class-data archive (AppCDS): the first run records the classes Relais loads into
rem %LOCALAPPDATA%\Relais\cache (a few seconds more at its first exit), later runs map them. RELAIS_CDS=0 turns this off.
setlocal EnableExtensions DisableDelayedExpansion
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java.exe")
rem The window starts with the optimising compiler (C2) waiting for three times as many calls as by default: during a
rem start it compiled hundreds of methods used only then. Long exports keep their speed. A JAVA_OPTS setting wins.
set "JIT_OPTS="
set "CDS_OPTS="
rem Only the window uses the archive and these compiler settings: a command of the command line records nothing.
call :window %*
if errorlevel 1 goto run
set "JIT_OPTS=-XX:Tier4InvocationThreshold=15000 -XX:Tier4MinInvocationThreshold=1800 -XX:Tier4CompileThreshold=45000 -XX:Tier4BackEdgeThreshold=120000"
if "%RELAIS_CDS%"=="0" goto run
if not defined LOCALAPPDATA goto run
set "CACHE_DIR=%LOCALAPPDATA%\Relais\cache"
rem One archive per Relais build, per Java runtime and per installation. Java silently ignores an archive older than
rem one of the jars (a reinstall of the same build): the name holds the size and date of relais.jar, the date of the
rem newest jar and the Java runtime, so a reinstall or another Java records a new archive.
set "NEWEST="
for /f "delims=" %%F in ('dir /b /o:d "%APP_HOME%\lib\*.jar" 2^>nul') do set "NEWEST=%%F"
if not defined NEWEST goto run
for %%F in ("%APP_HOME%\lib\relais.jar") do set "STAMP=%%~zF-%%~tF"
for %%F in ("%APP_HOME%\lib\%NEWEST%") do set "STAMP=%STAMP%-%%~tF"
if defined JAVA_HOME (set "STAMP=%STAMP%-%JAVA_HOME%") else (set "STAMP=%STAMP%-path")
set "STAMP=%STAMP:/=-%"
set "STAMP=%STAMP::=-%"
set "STAMP=%STAMP:\=-%"
set "STAMP=%STAMP: =-%"
set "STAMP=%STAMP:.=-%"
set "STAMP=%STAMP:(=-%"
set "STAMP=%STAMP:)=-%"
set "JSA=%CACHE_DIR%\relais-@VERSION@-%STAMP%.jsa"
if exist "%JSA%" (
  set CDS_OPTS=-XX:SharedArchiveFile="%JSA%" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
  goto run
)
if not exist "%CACHE_DIR%" mkdir "%CACHE_DIR%" 2>nul
if not exist "%CACHE_DIR%" goto run
rem Archives of earlier builds and installations (some 90 MB each) are never mapped again.
del /q "%CACHE_DIR%\relais-*.jsa" 2>nul
rem Recorded under a temporary name, kept only after a clean exit: a start killed while the archive was being
rem written would otherwise leave a damaged archive that Java ignores, and no later start would record again.
set "RECORD=%JSA%.%RANDOM%.tmp"
"%JAVA%" -XX:ArchiveClassesAtExit="%RECORD%" -Xlog:cds=off -Xlog:cds+dynamic=off %JIT_OPTS% %JAVA_OPTS% -Dfile.encoding=UTF-8 -cp "%APP_HOME%\lib\*" @MAIN_CLASS@ %*
set "CODE=%ERRORLEVEL%"
if "%CODE%"=="0" if exist "%RECORD%" move /y "%RECORD%" "%JSA%" >nul 2>nul
if exist "%RECORD%" del /q "%RECORD%" 2>nul
exit /b %CODE%

:run
"%JAVA%" %CDS_OPTS% %JIT_OPTS% %JAVA_OPTS% -Dfile.encoding=UTF-8 -cp "%APP_HOME%\lib\*" @MAIN_CLASS@ %*
exit /b %ERRORLEVEL%

rem Exit code 0 when the arguments only choose the store (--data-dir DIR, --demo): the window opens. cmd splits
rem --data-dir=DIR at the equals sign, as --data-dir DIR.
:window
if "%~1"=="" exit /b 0
if "%~1"=="--demo" goto window_next
if "%~1"=="--data-dir" goto window_value
exit /b 1
:window_value
shift
:window_next
shift
goto window
