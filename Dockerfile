# factwire image: one image, every subcommand (process, ingest, lag, ...). Used by docker-compose.yml.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -ntp -DskipTests package

FROM eclipse-temurin:21-jre
WORKDIR /opt/factwire
COPY --from=build /src/app/target/app-0.1.0-SNAPSHOT.jar /opt/factwire/app.jar
COPY --from=build /src/app/target/lib /opt/factwire/lib
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
ENV FACTWIRE_JAVA_OPTS="-Xmx512m --enable-native-access=ALL-UNNAMED"
ENTRYPOINT ["sh", "-c", "exec java $FACTWIRE_JAVA_OPTS -cp '/opt/factwire/app.jar:/opt/factwire/lib/*' io.factwire.app.Factwire \"$@\"", "factwire"]
