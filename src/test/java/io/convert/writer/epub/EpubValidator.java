package io.convert.writer.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs EPUBCheck in-process and returns its warnings, errors and fatal errors, one line each. */
final class EpubValidator {
    private EpubValidator() {
    }

    static List<String> problems(byte[] epub, String name) throws IOException {
        Path file = Files.createTempFile("convert-check-", ".epub");
        try {
            Files.write(file, epub);
            Collector report = new Collector();
            report.setEpubFileName(name);
            new EpubCheck(file.toFile(), report).check();
            return report.problems;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static final class Collector extends MasterReport {
        final List<String> problems = new ArrayList<>();

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity s = message.getSeverity();
            if (s == Severity.WARNING || s == Severity.ERROR || s == Severity.FATAL) {
                problems.add(s + " " + message.getID() + " " + (location == null ? "" : location.path + ":"
                        + location.line + ":" + location.column) + " " + message.getMessage(args));
            }
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
        }
    }
}
