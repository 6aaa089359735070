package org.constellation.coordination;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.springframework.context.annotation.Configuration;

/**
 * The XLSX export streams its rows through temporary files, which POI keeps by default in one folder shared by every
 * user of the machine ({@code /tmp/poifiles}, owner-only): once another account created it, every export here failed
 * with a 500. Each JVM gets a folder of its own instead, removed at exit once POI has deleted its files.
 */
@Configuration
class SpreadsheetTempFiles {

    SpreadsheetTempFiles() throws IOException {
        File folder = Files.createTempDirectory("constellation-poi-").toFile();
        folder.deleteOnExit();
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder));
    }
}
