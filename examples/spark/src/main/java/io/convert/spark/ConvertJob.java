package io.convert.spark;

import io.convert.Converter;
import io.convert.io.WebArchive;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Converts articles and web archives on a Spark cluster: files, folders and WARC files on any
 * Hadoop-compatible storage in, one output file per article under the output folder (or one
 * Parquet table) out. Each task converts one file or every page of one archive with the
 * library; a page that fails is a row with its error, and the job goes on.
 *
 * <pre>
 * spark-submit --class io.convert.spark.ConvertJob convert-spark.jar --to epub s3a://crawls/2024/ s3a://books/
 * </pre>
 */
public final class ConvertJob {
    /** The Parquet table's columns. */
    public static final StructType SCHEMA = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("name", DataTypes.StringType, false)
            .add("format", DataTypes.StringType, false)
            .add("bytes", DataTypes.BinaryType, true)
            .add("title", DataTypes.StringType, true)
            .add("language", DataTypes.StringType, true)
            .add("error", DataTypes.StringType, true);
    private static final int ERRORS_SHOWN = 20;

    private ConvertJob() {
    }

    /** Articles converted and failed, and the first failures ("source: reason"). */
    public record Summary(long converted, long failed, List<String> errors) implements Serializable {
        Summary plus(Summary other) {
            List<String> both = new ArrayList<>(errors);
            other.errors.stream().limit(Math.max(0, ERRORS_SHOWN - both.size())).forEach(both::add);
            return new Summary(converted + other.converted, failed + other.failed, both);
        }

        @Override
        public String toString() {
            return converted + " converted, " + failed + " failed";
        }
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args, Conversions.converter(), System.getenv("SOURCE_DATE_EPOCH"));
        } catch (IllegalArgumentException e) {
            System.err.println("convert-spark: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("convert").getOrCreate();
        int exit = 0;
        try {
            long start = System.nanoTime();
            Summary summary = run(spark, options);
            double seconds = (System.nanoTime() - start) / 1e9;
            summary.errors().forEach(e -> System.err.println("convert-spark: " + e));
            System.err.printf(Locale.ROOT, "convert-spark: %s in %.1f s (%.2f articles/s)%n", summary, seconds,
                    (summary.converted() + summary.failed()) / seconds);
        } catch (Exception e) {
            // Bad inputs or an output that exists: one line, as the command line says it.
            System.err.println("convert-spark: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip());
            exit = 1;
        } finally {
            spark.stop();
        }
        System.exit(exit);
    }

    /** Runs the job on {@code spark}'s cluster and waits for it. */
    public static Summary run(SparkSession spark, JobOptions options) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Map<String, String> hadoop = new HashMap<>();
        jsc.hadoopConfiguration().forEach(e -> hadoop.put(e.getKey(), e.getValue()));
        List<Unit> units = units(options.inputs(), jsc.hadoopConfiguration());
        if (units.isEmpty()) throw new IllegalArgumentException("no input files found");
        int slices = Math.min(units.size(), Math.max(1, jsc.defaultParallelism() * 3));
        String outputFolder = options.parquet() ? null : localFolder(options.output(), hadoop);
        JavaRDD<Converted> results = jsc.parallelize(units, slices)
                .flatMap(unit -> Conversions.convert(unit, options, outputFolder, hadoop));
        if (options.parquet()) {
            spark.createDataFrame(results.map(ConvertJob::row), SCHEMA).write().parquet(options.output());
            Dataset<Row> table = spark.read().parquet(options.output());
            Dataset<Row> failed = table.filter(functions.col("error").isNotNull());
            List<String> errors = failed.select("source", "error").limit(ERRORS_SHOWN).collectAsList().stream()
                    .map(r -> r.getString(0) + ": " + r.getString(1)).toList();
            long failures = failed.count();
            return new Summary(table.count() - failures, failures, errors);
        }
        String extension = Conversions.converter().writer(options.to()).extension();
        String output = options.output();
        return results.mapPartitions(rows -> List.of(writeAll(rows, output, extension, hadoop)).iterator())
                .reduce(Summary::plus);
    }

    /** The URI of {@code output} when it is a folder of the local file system, else null. */
    private static String localFolder(String output, Map<String, String> hadoop) throws IOException {
        Path root = new Path(output);
        FileSystem fs = Conversions.fileSystem(root, hadoop);
        return "file".equals(fs.getScheme()) ? fs.makeQualified(root).toUri().toString() : null;
    }

    static Row row(Converted c) {
        return RowFactory.create(c.source(), c.name(), c.format(), c.bytes(), c.title(), c.language(), c.error());
    }

    /** Writes each converted article to {@code output}/{@code name}.{@code extension}, whole or not at all. */
    private static Summary writeAll(Iterator<Converted> rows, String output, String extension,
            Map<String, String> hadoop) throws IOException {
        Path root = new Path(output);
        FileSystem fs = Conversions.fileSystem(root, hadoop);
        Summary summary = new Summary(0, 0, List.of());
        while (rows.hasNext()) {
            Converted c = rows.next();
            String error = c.error();
            if (error == null) {
                Path target = new Path(root, c.name() + "." + extension);
                Path partial = new Path(target.getParent(), "." + target.getName() + ".partial");
                try {
                    try (OutputStream out = fs.create(partial, true)) {
                        out.write(c.bytes());
                    }
                    fs.delete(target, false);
                    if (!fs.rename(partial, target)) throw new IOException("cannot move the output into place");
                } catch (IOException e) {
                    fs.delete(partial, false);
                    error = "cannot write " + target + ": " + e.getMessage();
                }
            }
            summary = summary.plus(error == null ? new Summary(1, 0, List.of())
                    : new Summary(0, 1, List.of(c.source() + ": " + error)));
        }
        return summary;
    }

    /**
     * The files the inputs name, folders walked for what some reader or the archive reader takes,
     * in a fixed order, each with an output name unique in the job (a counter after a repeat).
     */
    static List<Unit> units(List<String> inputs, Configuration conf) throws IOException {
        Set<String> extensions = new HashSet<>();
        Conversions.converter().formats().readers().forEach(r -> extensions.addAll(r.extensions()));
        List<Unit> units = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            Path qualified = fs.makeQualified(path);
            if (!fs.exists(qualified)) throw new IllegalArgumentException(input + ": no such file or folder");
            List<String> files = new ArrayList<>();
            if (fs.getFileStatus(qualified).isDirectory()) {
                RemoteIterator<LocatedFileStatus> listing = fs.listFiles(qualified, true);
                while (listing.hasNext()) {
                    Path file = listing.next().getPath();
                    if (claimed(file.getName(), extensions)) files.add(file.toUri().toString());
                }
                files.sort(null);
            } else {
                files.add(qualified.toUri().toString());
            }
            for (String file : files) {
                boolean archive = WebArchive.isArchiveName(file);
                units.add(new Unit(file, unique(stem(new Path(file).getName()), taken), archive));
            }
        }
        return units;
    }

    private static boolean claimed(String fileName, Set<String> extensions) {
        if (WebArchive.isArchiveName(fileName)) return true;
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The name without its extension, as the command line names outputs; an archive loses {@code .warc.gz}. */
    private static String stem(String fileName) {
        String name = fileName.replaceFirst("(?i)\\.warc(\\.gz)?$", "");
        if (!name.equals(fileName)) return name;
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String unique(String stem, Set<String> taken) {
        String name = stem;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) name = stem + "-" + n;
        return name;
    }
}
