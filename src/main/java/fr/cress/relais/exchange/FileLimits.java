package fr.cress.relais.exchange;

/**
 * The bounds within which {@link FileGuard} reads a file: beyond them the file is refused, never read further.
 *
 * @param maxBytes           size of the file on disk
 * @param maxUnzippedXml     for .xlsx: total size of the XML parts once decompressed, as declared by the zip
 * @param maxZipEntries      for .xlsx: number of parts
 * @param maxRows            rows of a CSV file or of one sheet
 * @param maxCellChars       characters of one CSV cell (Excel's own limit is 32,767)
 * @param maxLineChars       characters of one CSV line, checked while reading (bounds memory before parsing)
 * @param maxJsonDepth       nesting of arrays and objects in JSON / GeoJSON
 * @param maxJsonStringChars one JSON string
 * @param firstYear          earliest year of a calendar date
 * @param lastYear           latest year of a calendar date
 */
public record FileLimits(long maxBytes, long maxUnzippedXml, int maxZipEntries, long maxRows, int maxCellChars,
                         int maxLineChars, int maxJsonDepth, int maxJsonStringChars, int firstYear, int lastYear) {

    /** What Relais uses: generous for a partner network's files, small enough to keep a laptop responsive. */
    public static final FileLimits STANDARD = new FileLimits(50L * 1024 * 1024, 100L * 1024 * 1024, 10_000,
            100_000, 32_767, 1_000_000, 64, 1_000_000, 1900, 2100);

    /** The same limits with another size on disk. */
    public FileLimits withMaxBytes(long bytes) {
        return new FileLimits(bytes, maxUnzippedXml, maxZipEntries, maxRows, maxCellChars, maxLineChars, maxJsonDepth,
                maxJsonStringChars, firstYear, lastYear);
    }
}
