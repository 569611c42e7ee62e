# Production image for one service. Build from the repository root; docker-compose.yml does:
#   docker build --build-arg SERVICE=matching-service -t peer-coaching/matching-service .
#
# JDK 25 with an AOT cache (issue #17; docs/benchmarks.md "Startup and RSS by JDK", docs/operations.md "JVM flags").
# UNTESTED: the machines this was written on have no Docker engine, so this image has never been built or run. Check
# once: the build log's "AOT cache" line, and that the service's log has no "[error][aot]" line.
#
# The bytecode stays Java 17 (maven.compiler.release); the jar is packaged as aot-jar so that every class is on the
# JDK's own class path and can go into the cache. The cache is made in the runtime stage, by the runtime image's own
# JVM (a cache only works with the exact JVM build that made it), with Quarkus' training mode: the service starts up to
# the end of static initialisation and exits (no database or broker during a build). A training start through the
# whole boot, as run.sh does locally, gave a cache twice as effective, but it needs Kafka and PostgreSQL.
FROM eclipse-temurin:25-jdk AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN test -n "${SERVICE}" && ./mvnw -B -q -pl "${SERVICE}" -am package -DskipTests -Dquarkus.package.jar.type=aot-jar

FROM eclipse-temurin:25-jre
ARG SERVICE
ENV LANGUAGE='en_GB:en' TZ=Europe/London
# curl for docker-compose's health checks
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --uid 185 --no-create-home --home-dir /deployments app && mkdir /deployments && chown 185 /deployments
WORKDIR /deployments
COPY --from=build --chown=185 /src/${SERVICE}/target/quarkus-app/ /deployments/
USER 185
# The lean flags the local run uses (measured fastest and smallest, also under load); JAVA_OPTS_APPEND adds to them.
ENV JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
# Training: the same flags as at run time. The service exits with an error after static initialisation (no database,
# no sign-in settings); the JVM writes the cache as it exits all the same. No cache is not an error: it starts without.
RUN java $JAVA_OPTS -XX:AOTCacheOutput=/deployments/app.aot -Dquarkus.appcds.generate=true -jar quarkus-run.jar \
      > /tmp/aot-training.log 2>&1; \
    if [ -s /deployments/app.aot ]; then echo "AOT cache: $(du -m /deployments/app.aot | cut -f1) MB"; \
    else echo "No AOT cache was made; the service will start without one:"; tail -20 /tmp/aot-training.log; fi
# Given a cache it cannot use the JVM still starts, but without any class sharing; so pass it only when it is there.
ENTRYPOINT ["/bin/sh", "-c", "if [ -s /deployments/app.aot ]; then aot=-XX:AOTCache=/deployments/app.aot; fi; exec java $JAVA_OPTS $JAVA_OPTS_APPEND $aot -jar /deployments/quarkus-run.jar"]
