# Multi-stage build: `docker compose build` builds the `cli` and `api` targets.
# The build stage runs scripts/build-release.sh, the same script CI runs.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# sdk:10.0 is Ubuntu 24.04: its apt Node is 18.x. No package in ClientApp's lockfile asks for more
# (esbuild's engines field, >=18, is the highest); CI runs the same script on Node 20.
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN bash scripts/build-release.sh /out

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS cli
WORKDIR /app
COPY --from=build /out/cli .
USER $APP_UID
ENTRYPOINT ["dotnet", "graph.dll"]

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS api
WORKDIR /app
COPY --from=build /out/api .
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "Graph.Api.dll"]
