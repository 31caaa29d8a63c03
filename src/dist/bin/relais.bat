@echo off
rem Relais launcher (Windows). Honours JAVA_HOME and JAVA_OPTS.
setlocal
set APP_HOME=%~dp0..
if defined JAVA_HOME (set JAVA=%JAVA_HOME%\bin\java.exe) else (set JAVA=java.exe)
"%JAVA%" %JAVA_OPTS% -Dfile.encoding=UTF-8 -cp "%APP_HOME%\lib\*" @MAIN_CLASS@ %*
exit /b %ERRORLEVEL%
