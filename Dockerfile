# Build stage: compiles the application with the project's own Maven build.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY forms forms
RUN mvn -B -q package -DskipTests

# Run stage: a JRE and the application in Spring Boot's extracted layout with a class-data-sharing archive, as an
# unprivileged user. The archive comes from one training start that stops after the context refresh, on an in-memory
# database; it shortens every later start (docs/benchmarks.md, section 4, measured by benchmark.Footprint).
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 app
WORKDIR /app
COPY --from=build /build/target/inclusion-processes-*.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --destination extracted --application-filename application.jar \
 && rm app.jar \
 && java -XX:ArchiveClassesAtExit=extracted/application.jsa -Xlog:cds=off -Dspring.context.exit=onRefresh \
      -Dspring.datasource.url=jdbc:h2:mem:training -Dcamunda.bpm.job-execution.enabled=false \
      -jar extracted/application.jar
USER app
EXPOSE 8080
# Heap, thread and JIT options as measured (benchmark.Footprint.DOCKERFILE_OPTIONS, kept alike by FootprintTest):
# about 350 MB resident when idle; C2 waits for ten times the default number of calls, so that a start on two cores is
# not spent compiling code that runs only while it starts.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=extracted/application.jsa", "-Xms256m", "-Xmx512m", "-XX:+UseSerialGC", "-Xss512k", "-XX:ReservedCodeCacheSize=64m", "-XX:Tier4InvocationThreshold=50000", "-XX:Tier4MinInvocationThreshold=6000", "-XX:Tier4CompileThreshold=150000", "-XX:Tier4BackEdgeThreshold=400000", "-jar", "extracted/application.jar"]
