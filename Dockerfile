# Builds the application from this repository; docker-compose.yml runs it with PostgreSQL and Mailpit.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 constellation
USER constellation
COPY --from=build /src/target/constellation-*.jar /app/constellation.jar
EXPOSE 8080
# A bounded heap: without it the JVM takes a quarter of the host's memory (benchmark: docs/benchmarks.md).
ENV JAVA_OPTS="-Xms256m -Xmx512m"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/constellation.jar"]
