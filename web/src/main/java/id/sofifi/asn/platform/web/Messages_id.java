package id.sofifi.asn.platform.web;

/** Bahasa Indonesia, asked for by name ({@code ?lang=id}): the same texts as the default. */
public class Messages_id extends Messages {
    public Messages_id() {
        super("id");
    }
}
