package nl.amsterdam.inclusion.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Section 4 of the benchmark (issue 21, item 4): the executable jar started in fresh JVMs of their own, apart from the
 * benchmark's shared JVM, whose heap holds the other sections' nodes, mails and backlog. Per start command: seconds from
 * process start to the first {@code UP} of {@code /actuator/health}, and resident memory after 30 s idle.
 *
 * <p>The jar is built by the bench profile before the tests run (see pom.xml). The class-data-sharing variants use
 * Spring Boot's extracted layout ({@code -Djarmode=tools extract}: the JVM archives only classes it loads from plain
 * jars) and an archive written by one training start ({@code -XX:ArchiveClassesAtExit} with
 * {@code spring.context.exit=onRefresh}), as the Dockerfile does.
 */
final class Footprint {

  static final int RUNS = Integer.parseInt(System.getenv().getOrDefault("BENCH_FOOTPRINT_RUNS", "3"));
  private static final int IDLE_SECONDS = 30;
  private static final Path WORK = Path.of("target", "footprint");

  /** A way of starting the application; {@code headline} marks the one the README and the Dockerfile use. */
  record StartCommand(String name, boolean extracted, List<String> jvmOptions, boolean headline) {
  }

  /** The heap cap, collector and thread options of the Dockerfile, before issue 21's cold-start pass and now. */
  static final List<String> MEMORY_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC", "-Xss512k",
      "-XX:ReservedCodeCacheSize=64m");

  /**
   * C2 compiles a method after ten times the JVM's default number of calls and loops: a start is CPU-bound on two
   * cores, and C2 compiling methods that are hot only while the context starts took a core for seconds of it; the
   * methods a running node calls often still reach C2 within its first minute of work.
   */
  static final List<String> LATE_C2_OPTIONS = List.of("-XX:Tier4InvocationThreshold=50000",
      "-XX:Tier4MinInvocationThreshold=6000", "-XX:Tier4CompileThreshold=150000", "-XX:Tier4BackEdgeThreshold=400000");

  /** The JVM options of the Dockerfile's ENTRYPOINT besides the archive: FootprintTest keeps both alike. */
  static final List<String> DOCKERFILE_OPTIONS = Stream.concat(withInitialHeap("256m").stream(),
      LATE_C2_OPTIONS.stream()).toList();

  static final List<StartCommand> COMMANDS = List.of(
      new StartCommand("extracted jar, class-data sharing, `-Xms64m -Xmx512m -XX:+UseSerialGC -Xss512k"
          + " -XX:ReservedCodeCacheSize=64m` (the Dockerfile before)", true,
          withInitialHeap("64m"), false),
      new StartCommand("the same with `-Xms256m`", true, withInitialHeap("256m"), false),
      new StartCommand("the same with C2 for the hottest methods only (`-XX:Tier4InvocationThreshold=50000`"
          + " and the other three Tier4 thresholds ten times the JVM's defaults: the Dockerfile now)", true,
          DOCKERFILE_OPTIONS, true));

  private static List<String> withInitialHeap(String size) {
    return Stream.concat(Stream.of("-Xms" + size), MEMORY_OPTIONS.stream()).toList();
  }

  private final Map<String, String> environment;

  /** @param environment the application's settings (database, mail) as the environment variables it reads */
  Footprint(Map<String, String> environment) {
    this.environment = environment;
  }

  void measure(Report report) throws Exception {
    Path jar = applicationJar();
    Files.createDirectories(WORK);
    Path extractedJar = extract(jar);
    Path archive = WORK.resolve("application.jsa").toAbsolutePath();
    Files.deleteIfExists(archive);
    // the first start creates the schema and deploys the models: not what a restart waits for
    runUntilReady(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Dspring.context.exit=onRefresh"), extractedJar,
        "training", false);
    if (!Files.exists(archive)) {
      throw new IllegalStateException("the training start wrote no class-data-sharing archive: see " + WORK);
    }
    for (StartCommand command : COMMANDS) {
      List<Double> ready = new ArrayList<>();
      List<Double> resident = new ArrayList<>();
      for (int run = 0; run < RUNS; run++) {
        List<String> options = new ArrayList<>(command.jvmOptions());
        if (command.extracted()) {
          options.add("-XX:SharedArchiveFile=" + archive);
        }
        double[] measured = runUntilReady(options, command.extracted() ? extractedJar : jar,
            "run" + COMMANDS.indexOf(command) + "-" + run, true);
        ready.add(measured[0]);
        resident.add(measured[1]);
        System.out.printf("footprint, %s, start %d: ready after %.1f s, %.0f MB resident after %d s idle%n",
            command.name(), run + 1, measured[0], measured[1], IDLE_SECONDS);
      }
      report.footprint(command.name(), ready, resident, command.headline());
    }
  }

  private static Path applicationJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(file -> file.getFileName().toString().matches("inclusion-processes-.*\\.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException(
              "no executable jar in target/: run the benchmark with mvn -Pbench test, which builds it first"));
    }
  }

  private static Path extract(Path jar) throws Exception {
    Path destination = WORK.resolve("extracted");
    deleteRecursively(destination);
    Process extract = new ProcessBuilder(java(), "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract",
        "--destination", destination.toAbsolutePath().toString())
        .redirectErrorStream(true).redirectOutput(WORK.resolve("extract.log").toFile()).start();
    if (extract.waitFor() != 0) {
      throw new IllegalStateException("extracting the jar failed: see " + WORK.resolve("extract.log"));
    }
    return destination.resolve(jar.getFileName());
  }

  /** Starts the jar; returns {seconds until healthy, resident MB after the idle time} (resident only when asked). */
  private double[] runUntilReady(List<String> options, Path jar, String name, boolean idle) throws Exception {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(java()));
    command.addAll(options);
    command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
    ProcessBuilder builder = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true)
        .redirectOutput(WORK.resolve(name + ".log").toFile());
    builder.environment().putAll(environment);
    builder.environment().put("PORT", String.valueOf(port));
    builder.environment().put("SPRING_PROFILES_ACTIVE", "postgres,demo");
    long started = System.nanoTime();
    Process process = builder.start();
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
      HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
          .timeout(Duration.ofSeconds(2)).build();
      // the training start also creates the schema: allow it longer on a loaded machine
      long deadline = started + (idle ? 180 : 600) * 1_000_000_000L;
      while (true) {
        if (!process.isAlive()) {
          if (!idle) {
            return new double[] {(System.nanoTime() - started) / 1e9, Double.NaN};
          }
          throw new IllegalStateException("the application stopped before it was ready: see " + WORK.resolve(name + ".log"));
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("not ready in time: see " + WORK.resolve(name + ".log"));
        }
        try {
          HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
          if (answer.statusCode() == 200 && answer.body().contains("UP")) {
            break;
          }
        } catch (IOException notYet) {
          // the port is not open yet
        }
        Thread.sleep(25);
      }
      double readySeconds = (System.nanoTime() - started) / 1e9;
      if (!idle) {
        return new double[] {readySeconds, Double.NaN};
      }
      Thread.sleep(IDLE_SECONDS * 1000L);
      return new double[] {readySeconds, residentMb(process.pid())};
    } finally {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  private static double residentMb(long pid) throws IOException {
    return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
        .filter(line -> line.startsWith("VmRSS"))
        .mapToDouble(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024.0)
        .findFirst().orElseThrow();
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
