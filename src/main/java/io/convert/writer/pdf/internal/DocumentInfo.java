package io.convert.writer.pdf.internal;

import io.convert.lang.LanguageTags;
import io.convert.model.Article;
import io.convert.model.Block;
import io.convert.model.Direction;
import io.convert.model.Metadata;
import io.convert.model.PlainText;
import io.convert.writer.markup.ArticleMarkup;
import io.convert.writer.pdf.PdfStandard;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The document dictionary and catalog entries: Title, Author, Subject (the description),
 * Keywords (the tags), dates (fixed by --date / SOURCE_DATE_EPOCH for reproducible output),
 * Producer, also as XMP; /Lang; viewer preferences that show the title and, for RTL, read right to left;
 * for PDF/A, the sRGB output intent that gives the colours drawn as DeviceRGB their meaning.
 */
public final class DocumentInfo {
    static final String PRODUCER = "convert";

    private DocumentInfo() {
    }

    public static void apply(PDDocument doc, Article article, Instant timestamp, PdfStandard standard)
            throws IOException {
        Metadata m = article.metadata();
        PDDocumentInformation info = doc.getDocumentInformation();
        // PDF/UA wants a title even where the page had none: the one EPUB and HTML give it.
        String title = ArticleMarkup.title(article);
        info.setTitle(title);
        if (!m.authors().isEmpty()) info.setAuthor(String.join(", ", m.authors()));
        if (present(m.description())) info.setSubject(m.description().strip());
        if (!m.tags().isEmpty()) info.setKeywords(String.join(", ", m.tags()));
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        Instant instant = timestamp == null ? Instant.now() : timestamp;
        Calendar when = calendar(instant);
        info.setCreationDate(when);
        info.setModificationDate(when);

        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        String lang = article.language().tag();
        // PDF/UA wants every text's language determined, if only as undetermined.
        catalog.setLanguage(LanguageTags.cleanOrUndetermined(lang));
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        if (article.language().direction() == Direction.RTL) {
            prefs.setReadingDirection(PDViewerPreferences.READING_DIRECTION.R2L);
        }
        catalog.setViewerPreferences(prefs);
        if (standard.pdfaPart() > 0) {
            doc.setVersion(1.7f);
            catalog.addOutputIntent(srgb(doc));
        }
        PDMetadata xmp = new PDMetadata(doc);
        byte[] packet = Xmp.packet(m, title, lang, instant, standard);
        xmp.importXMPMetadata(packet);
        catalog.setMetadata(xmp);
        identify(doc, article, packet);
    }

    /**
     * Sets the file identifier from the content instead of PDFBox's random one, so that the
     * same article with the same timestamp gives the same bytes (reproducible builds).
     */
    private static void identify(PDDocument doc, Article article, byte[] packet) {
        MessageDigest md5 = md5();
        md5.update(packet);
        for (Block b : article.blocks()) md5.update(PlainText.of(b).getBytes(StandardCharsets.UTF_8));
        COSString id = new COSString(md5.digest());
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /**
     * Does ahead of a first document what its information would wait for: java.awt's colour
     * management reading the sRGB profile (some 30 ms cold) and the JDK's security providers
     * coming up for the identifier's digest.
     */
    public static void prepare() {
        srgbProfile();
        md5();
    }

    /** The JDK's own sRGB profile, so that no colour profile has to ship with the program; read once. */
    private static byte[] srgbProfile() {
        return Srgb.PROFILE;
    }

    private static final class Srgb {
        static final byte[] PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }

    private static PDOutputIntent srgb(PDDocument doc) throws IOException {
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(srgbProfile()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        return intent;
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(instant.toEpochMilli());
        return c;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
