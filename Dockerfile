# One image recipe for every service: docker compose passes the module to build.
FROM eclipse-temurin:17-jdk AS build
ARG MODULE
WORKDIR /build
COPY . .
RUN ./mvnw -q -B -pl ${MODULE} -am -DskipTests package \
 && cp ${MODULE}/target/${MODULE}-*.jar /build/service.jar

FROM eclipse-temurin:17-jre
# curl for the container health check against the readiness probe.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 placements
USER placements
COPY --from=build /build/service.jar /app/service.jar
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Daxoniq.update-checker.disabled=true", "-jar", "/app/service.jar"]
