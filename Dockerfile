# Production image for one service. Build from the repository root; docker-compose.yml does:
#   docker build --build-arg SERVICE=matching-service -t peer-coaching/matching-service .
FROM maven:3.9-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN test -n "${SERVICE}" && ./mvnw -B -q -pl "${SERVICE}" -am package -DskipTests

FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.21
ARG SERVICE
ENV LANGUAGE='en_GB:en' TZ=Europe/London
COPY --from=build --chown=185 /src/${SERVICE}/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build --chown=185 /src/${SERVICE}/target/quarkus-app/*.jar /deployments/
COPY --from=build --chown=185 /src/${SERVICE}/target/quarkus-app/app/ /deployments/app/
COPY --from=build --chown=185 /src/${SERVICE}/target/quarkus-app/quarkus/ /deployments/quarkus/
USER 185
ENV JAVA_OPTS_APPEND="-Djava.util.logging.manager=org.jboss.logmanager.LogManager"
ENV JAVA_APP_JAR="/deployments/quarkus-run.jar"
ENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]
