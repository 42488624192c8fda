package org.guaranteelab.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of Vaadin Flow's client-server protocol a virtual user speaks, as recorded from Chromium
 * against this app (docs/benchmarks.md, "The protocol"). With {@code vaadin.eagerServerLoad=true} the
 * first GET of a route creates the UI and inlines its first UIDL message in the page: there is no
 * separate init request, so the security key, UI id, sync id and node ids all come from that page.
 * Every UIDL answer is checked for {@code appError}, because Flow reports protocol errors (wrong sync or
 * client id, expired session) with HTTP 200.
 */
final class VaadinFlow {

    static final String BASE_URL = System.getProperty("baseUrl", "http://127.0.0.1:8080");

    private VaadinFlow() {
    }

    /**
     * @param phase sent as the X-Load-Phase header ("warm-up" or "measured"), so that the server's
     *     access log can tell the warm-up's requests from the measured ones
     */
    static HttpProtocolBuilder protocol(String phase) {
        return http.baseUrl(BASE_URL)
                .header("X-Load-Phase", phase)
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("Gatling load test (Guarantee Lab)")
                // The load generator shares the machine: measure the app, not the generator's warm-up.
                .disableWarmUp();
    }

    /**
     * Opens a route the way a browser does and keeps what the next UIDL requests need: the security key,
     * UI id, sync id and next client id. {@code more} adds checks, e.g. {@link #nodeOf} for the
     * components the user will address.
     */
    static HttpRequestActionBuilder openPage(String name, String path, String expectedText, CheckBuilder... more) {
        var checks = new ArrayList<CheckBuilder>(List.of(
                status().is(200),
                substring(expectedText),
                regex("\"Vaadin-Security-Key\":\"([^\"]+)\"").saveAs("csrf"),
                regex("\"v-uiId\":(\\d+)").saveAs("uiId"),
                regex("\"syncId\":(\\d+)").saveAs("syncId"),
                regex("\"clientId\":(\\d+)").saveAs("clientId")));
        checks.addAll(List.of(more));
        return http(name).get(path).check(checks);
    }

    /**
     * Saves as {@code attribute} the state-node id of the element with the given id ({@code setId}):
     * the server announces it as a put of the "id" attribute (feature 3) on that node.
     */
    static CheckBuilder nodeOf(String elementId, String attribute) {
        return regex("\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\""
                + elementId + "\"").saveAs(attribute);
    }

    /**
     * One UIDL request: the given rpc invocations (JSON array items, Gatling EL allowed) with the
     * session's security key, sync id and client id; keeps the answer's sync id and client id.
     */
    static HttpRequestActionBuilder uidl(String name, String rpc, CheckBuilder... more) {
        var checks = new ArrayList<CheckBuilder>(List.of(
                status().is(200),
                substring("appError").notExists(),
                regex("\"syncId\":(\\d+)").saveAs("syncId"),
                regex("\"clientId\":(\\d+)").saveAs("clientId")));
        checks.addAll(List.of(more));
        return http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody("{\"csrfToken\":\"#{csrf}\",\"rpc\":[" + rpc
                        + "],\"syncId\":#{syncId},\"clientId\":#{clientId}}"))
                .check(checks);
    }

    /** Ticks or unticks a Vaadin checkbox as the browser does: sync "checked", then "checked-changed". */
    static String checkboxRpc(String nodeAttribute, String checkedAttribute) {
        return "{\"type\":\"mSync\",\"node\":#{" + nodeAttribute + "},\"feature\":1,\"property\":\"checked\","
                + "\"value\":#{" + checkedAttribute + "}},"
                + "{\"type\":\"event\",\"node\":#{" + nodeAttribute + "},\"event\":\"checked-changed\",\"data\":{}}";
    }

    /** The browser's heartbeat (every 300 s by default): keeps the UI from being dropped. */
    static ChainBuilder heartbeat() {
        return exec(http("heartbeat").post("/?v-r=heartbeat&v-uiId=#{uiId}").check(status().is(200)));
    }
}
