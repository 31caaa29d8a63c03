package fr.cress.relais.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The log of Relais, set up in code rather than from an XML file (whose reading loads some 500 classes and
 * was a noticeable part of the processor time of a start): a rotating file {@code relais.log} in the folder
 * named by {@code relais.log.dir} (the data folder's {@code logs}), nothing to the console; 5 MB per file,
 * 14 days, 50 MB in all; the libraries' chatter above WARN only. A {@code logback.configurationFile} given on
 * the command line still wins (found by logback through {@code META-INF/services}).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfiguration extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";
    private static final String[] QUIET = {"org.jooq", "org.flywaydb", "com.gluonhq", "org.apache.poi"};

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configure(context, System.getProperty("relais.log.dir",
                Path.of(System.getProperty("java.io.tmpdir"), "relais-logs").toString()));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The file appender and the levels, writing into {@code dir}. */
    static void configure(LoggerContext context, String dir) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(Path.of(dir, "relais.log").toString());

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(Path.of(dir, "relais.%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf("5MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("50MB"));
        rolling.start();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        file.setRollingPolicy(rolling);
        file.setEncoder(encoder);
        file.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        for (String library : QUIET) {
            context.getLogger(library).setLevel(Level.WARN);
        }
    }
}
