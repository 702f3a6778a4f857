package id.sofifi.asn.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The external API, version 1 (API-CONTRACT.md). Breaking changes go to {@code /api/v2}. */
@ApplicationPath("api/v1")
public class RestApplication extends Application {
}
