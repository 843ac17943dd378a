package org.mpscommons.forum.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteTest;
import org.mpscommons.accounts.AccountDeleted;
import org.mpscommons.content.images.TestImages;
import org.mpscommons.forum.ForumFixture;
import org.mpscommons.forum.PostingFixture;
import org.mpscommons.web.SqlTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploading images: what is accepted is re-encoded (no camera metadata survives, turned upright, at most 2000 pixels
 * on its longest side), the type is told from the bytes, and size, pixel and rate limits refuse the rest.
 */
@SiteTest
@Tag("db")
class ImageStoreTest {

    @Autowired
    ImageStore store;

    @Autowired
    ImageCleanup cleanup;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aCameraJpegIsStoredWithoutItsExifAndGpsPosition() {
        byte[] upload = TestImages.withExif(TestImages.jpeg(64, 48), 1);
        assertThat(TestImages.contains(upload, TestImages.GPS_LATITUDE)).isTrue();
        assertThat(TestImages.decode(upload))
                .as("the fixture is a readable JPEG")
                .isNotNull();

        ImageUpload.Stored stored = stored(TestImages.newOwner(), upload);

        assertThat(stored.extension()).isEqualTo("jpg");
        assertThat(stored.markdownPath()).isEqualTo("/media/" + stored.name() + ".jpg");
        assertThat(stored.name()).matches("[A-Za-z0-9_-]{22,64}");
        byte[] bytes = bytes(stored);
        assertThat(TestImages.contains(bytes, "Exif".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(TestImages.contains(bytes, TestImages.GPS_LATITUDE)).isFalse();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xFF, 0xD8, 0xFF);
        BufferedImage image = TestImages.decode(bytes);
        assertThat(image.getWidth()).isEqualTo(64);
        assertThat(image.getHeight()).isEqualTo(48);
        assertThat(jdbc.sql("""
                SELECT content_type || ' ' || extension || ' ' || width || 'x' || height || ' ' || size_bytes
                FROM forum_image WHERE name = :name
                """)
                        .param("name", stored.name())
                        .query(String.class)
                        .single())
                .isEqualTo("image/jpeg jpg 64x48 " + bytes.length);
    }

    @Test
    void aPhotoTakenSidewaysIsTurnedUpright() {
        // Orientation 6: the camera was turned a quarter clockwise, so the stored pixels must be turned back.
        byte[] upload = TestImages.withExif(TestImages.jpeg(60, 40), 6);

        ImageUpload.Stored stored = stored(TestImages.newOwner(), upload);

        assertThat(stored.width()).isEqualTo(40);
        assertThat(stored.height()).isEqualTo(60);
        BufferedImage image = TestImages.decode(bytes(stored));
        assertThat(image.getWidth()).isEqualTo(40);
        assertThat(image.getHeight()).isEqualTo(60);
        // The left (red) half of the sensor's picture is now the top half.
        assertThat(isRed(image.getRGB(20, 10))).isTrue();
        assertThat(isBlue(image.getRGB(20, 50))).isTrue();
    }

    @Test
    void aPngWithTransparencyStaysPngAndAnOpaqueOneBecomesJpeg() {
        long owner = TestImages.newOwner();
        ImageUpload.Stored transparent = stored(owner, TestImages.transparentPng(40, 30));
        assertThat(transparent.extension()).isEqualTo("png");
        BufferedImage image = TestImages.decode(bytes(transparent));
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(image.getRGB(5, 10) >>> 24).isEqualTo(255);
        assertThat(isRed(image.getRGB(5, 10))).isTrue();
        assertThat(image.getRGB(35, 10) >>> 24).isZero();

        ImageUpload.Stored opaque =
                stored(owner, TestImages.png(TestImages.halves(40, 30, BufferedImage.TYPE_INT_RGB)));
        assertThat(opaque.extension()).isEqualTo("jpg");
        assertThat(contentType(opaque)).isEqualTo("image/jpeg");
    }

    @Test
    void webpIsAcceptedAndStoredAsJpegOrPng() {
        long owner = TestImages.newOwner();
        // Made with cwebp from 24x16 PNGs: a lossy photo, and a lossless image with a transparent right half.
        ImageUpload.Stored photo = stored(owner, TestImages.resource("photo.webp"));
        assertThat(photo).isEqualTo(new ImageUpload.Stored(photo.name(), "jpg", 24, 16));
        assertThat(TestImages.decode(bytes(photo)).getWidth()).isEqualTo(24);

        ImageUpload.Stored transparent = stored(owner, TestImages.resource("transparent.webp"));
        assertThat(transparent.extension()).isEqualTo("png");
        BufferedImage image = TestImages.decode(bytes(transparent));
        assertThat(image.getRGB(2, 2) >>> 24).isEqualTo(255);
        assertThat(image.getRGB(20, 2) >>> 24).isZero();
    }

    @Test
    void theTypeIsToldFromTheBytesNotTheName() {
        long owner = TestImages.newOwner();
        assertThat(refusal(owner, "holiday.jpg is really text".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("forum.image.type");
        assertThat(refusal(owner, """
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>
                """.getBytes(StandardCharsets.UTF_8))).isEqualTo("forum.image.type");
        assertThat(refusal(owner, "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo("forum.image.type");
        assertThat(refusal(owner, new byte[0])).isEqualTo("forum.image.empty");
    }

    @Test
    void aDamagedImageIsRefusedAsUnreadable() {
        long owner = TestImages.newOwner();
        byte[] jpeg = TestImages.noisyJpeg(200, 200);
        assertThat(refusal(owner, Arrays.copyOf(jpeg, jpeg.length * 6 / 10))).isEqualTo("forum.image.unreadable");
        byte[] png = TestImages.transparentPng(100, 100);
        assertThat(refusal(owner, Arrays.copyOf(png, png.length - 30))).isEqualTo("forum.image.unreadable");
        byte[] webpHeaderOnly = Arrays.copyOf(TestImages.resource("photo.webp"), 20);
        assertThat(refusal(owner, webpHeaderOnly)).isEqualTo("forum.image.unreadable");
    }

    @Test
    void uploadsOverEightMegabytesAreRefusedByWhatIsReadNotWhatIsClaimed() {
        long owner = TestImages.newOwner();
        byte[] nineMegabytes = Arrays.copyOf(TestImages.jpeg(10, 10), 9 * 1024 * 1024);
        assertThat(store.store(owner, new ByteArrayInputStream(nineMegabytes), -1))
                .isEqualTo(new ImageUpload.Refused("forum.image.size"));
        // A client that claims a small size is not believed.
        assertThat(store.store(owner, new ByteArrayInputStream(nineMegabytes), 1000))
                .isEqualTo(new ImageUpload.Refused("forum.image.size"));
        // One that announces too much is refused without a byte being read.
        InputStream unreadable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("read although the declared size was too large");
            }
        };
        assertThat(store.store(owner, unreadable, ImageStore.MAX_UPLOAD_BYTES + 1L))
                .isEqualTo(new ImageUpload.Refused("forum.image.size"));
    }

    @Test
    void anImageDeclaringTooManyPixelsIsRefusedBeforeDecoding() {
        byte[] bomb = TestImages.pngDeclaring(50_000, 50_000);
        assertThat(bomb.length).isLessThan(100);
        // Decoding would need 7.5 GB; the header alone refuses it.
        assertThat(refusal(TestImages.newOwner(), bomb)).isEqualTo("forum.image.pixels");
    }

    @Test
    void aSmallFileOfFortyMegapixelsAtSixteenBitsIsDecodedAtTheSizeKeptNotInFull() {
        // The attack's file: 6300 x 6300 pixels of 8 bytes each, 318 MB decoded, in a file of about 300 KB; it is
        // under the 40-megapixel limit. Decoded in full it exhausted the recommended 320 MB heap.
        byte[] png = TestImages.blankPng(6300, 6300, 16, TestImages.RGBA);
        assertThat(png.length).isLessThan(400_000);
        long owner = TestImages.newOwner();
        long before = TestImages.allocatedByThisThread();

        ImageUpload.Stored stored = stored(owner, png);

        long allocated = TestImages.allocatedByThisThread() - before;
        assertThat(stored).isEqualTo(new ImageUpload.Stored(stored.name(), "png", 2000, 2000));
        assertThat(allocated).as("bytes allocated to store the upload").isLessThan(100L << 20);
    }

    @Test
    void aTwelveMegapixelPhonePhotoIsStillScaledFromAllItsPixels() {
        // One-pixel black and white stripes: scaled from every pixel they blend into grey; read every other pixel
        // (what the memory limit makes of larger images) they would come out all black.
        BufferedImage stripes = new BufferedImage(4032, 3024, BufferedImage.TYPE_INT_RGB);
        for (int x = 1; x < stripes.getWidth(); x += 2) {
            for (int y = 0; y < stripes.getHeight(); y++) {
                stripes.setRGB(x, y, 0xFFFFFF);
            }
        }

        ImageUpload.Stored stored = stored(TestImages.newOwner(), TestImages.png(stripes));

        assertThat(stored.width()).isEqualTo(2000);
        int grey = TestImages.decode(bytes(stored)).getRGB(1000, 750) & 0xFF;
        assertThat(grey).isBetween(100, 155);
    }

    @Test
    void aLosslessWebpTooLargeToDecodeWithinTheBudgetIsRefusedBeforeDecoding() {
        // Its reader decodes a lossless WebP at full size whatever is asked of it: 5000 x 5000 would take 100 MB.
        byte[] webp = TestImages.losslessWebpDeclaring(5000, 5000);
        assertThat(refusal(TestImages.newOwner(), webp)).isEqualTo("forum.image.memory");
    }

    @Test
    void aWebpThatEndsBeforeItsPixelsIsRefusedAsUnreadable() {
        // 41 bytes declaring 300 x 300 pixels and holding none: its reader treats the missing bytes as zeros and
        // went on decoding (for seconds at this size, for minutes at 5000 x 5000), and the result was stored.
        byte[] webp = TestImages.losslessWebpDeclaring(300, 300);
        assertThat(webp.length).isLessThan(50);
        assertThat(refusal(TestImages.newOwner(), webp)).isEqualTo("forum.image.unreadable");
    }

    @Test
    void aLargePhotoIsScaledDownToTwoThousandPixels() {
        ImageUpload.Stored stored = stored(TestImages.newOwner(), TestImages.jpeg(3000, 1000));
        assertThat(stored.width()).isEqualTo(2000);
        assertThat(stored.height()).isEqualTo(667);
        BufferedImage image = TestImages.decode(bytes(stored));
        assertThat(image.getWidth()).isEqualTo(2000);
        assertThat(image.getHeight()).isEqualTo(667);
    }

    @Test
    void aMemberMayUploadTwentyImagesAnHour() {
        long owner = TestImages.newOwner();
        byte[] small = TestImages.jpeg(16, 16);
        for (int i = 0; i < 20; i++) {
            assertThat(store.store(owner, new ByteArrayInputStream(small), small.length))
                    .isInstanceOf(ImageUpload.Stored.class);
        }
        assertThat(refusal(owner, small)).isEqualTo("forum.image.rate");
        assertThat(store.store(TestImages.newOwner(), new ByteArrayInputStream(small), small.length))
                .as("another member's limit is their own")
                .isInstanceOf(ImageUpload.Stored.class);
    }

    @Test
    void attachTakesOnlyTheWritersOwnImagesThatAreInNoPostYet() {
        long writer = TestImages.newOwner();
        long someoneElse = TestImages.newOwner();
        ImageUpload.Stored mine = stored(writer, TestImages.jpeg(20, 20));
        ImageUpload.Stored theirs = stored(someoneElse, TestImages.jpeg(20, 20));
        String body = "My shoulder:\n\n![shoulder](" + mine.markdownPath() + ")\n\n![x](" + theirs.markdownPath() + ")";
        PostingFixture.Opening post = topic(writer, body);

        store.attach(writer, post.postId(), ImageStore.namesIn(body));

        assertThat(postOf(mine)).isEqualTo(post.postId());
        assertThat(postOf(theirs)).as("another member's image").isNull();

        // The other member cannot put their image into this post, nor move the writer's image into their own.
        store.attach(someoneElse, post.postId(), List.of(theirs.name()));
        assertThat(postOf(theirs)).isNull();
        PostingFixture.Opening second = topic(writer, "Again: ![s](" + mine.markdownPath() + ")");
        store.attach(writer, second.postId(), List.of(mine.name()));
        assertThat(postOf(mine)).as("an image stays in its first post").isEqualTo(post.postId());
    }

    @Test
    void namesAreFoundInMarkdownAndHtml() {
        String a = "AAAAAAAAAAAAAAAAAAAAAA";
        String b = "b-b_bbbbbbbbbbbbbbbbbbbbbbb";
        String text = "![x](/media/" + a + ".jpg) and <img src=\"https://example.org/media/" + b + ".png\" alt=\"\">"
                + " again /media/" + a + ".jpg, not /media/short.jpg, /media/" + a + ".gif or /media/" + a + ".jpgx";
        assertThat(ImageStore.namesIn(text)).containsExactly(a, b);
        assertThat(ImageStore.namesIn(null)).isEmpty();
    }

    @Test
    void imagesNeverPutInAPostAreRemovedAfterADay() {
        long owner = TestImages.newOwner();
        ImageUpload.Stored abandoned = stored(owner, TestImages.jpeg(20, 20));
        ImageUpload.Stored fresh = stored(owner, TestImages.jpeg(20, 20));
        ImageUpload.Stored used = stored(owner, TestImages.jpeg(20, 20));
        PostingFixture.Opening post = topic(owner, "![u](" + used.markdownPath() + ")");
        store.attach(owner, post.postId(), List.of(used.name()));
        Instant dayAgo = Instant.now().minus(25, ChronoUnit.HOURS);
        for (ImageUpload.Stored old : List.of(abandoned, used)) {
            jdbc.sql("UPDATE forum_image SET created_at = :at WHERE name = :name")
                    .param("at", SqlTime.utc(dayAgo))
                    .param("name", old.name())
                    .update();
        }

        cleanup.removeUnattached();

        assertThat(exists(abandoned)).isFalse();
        assertThat(exists(fresh)).isTrue();
        assertThat(exists(used)).isTrue();
    }

    @Test
    void aDeletedAccountsImagesGoWithItsWordsOrWhenInNoPost() {
        long keeps = TestImages.newOwner();
        ImageUpload.Stored kept = stored(keeps, TestImages.jpeg(20, 20));
        ImageUpload.Stored loose = stored(keeps, TestImages.jpeg(20, 20));
        store.attach(keeps, topic(keeps, "![k](" + kept.markdownPath() + ")").postId(), List.of(kept.name()));
        long erases = TestImages.newOwner();
        ImageUpload.Stored erased = stored(erases, TestImages.jpeg(20, 20));
        store.attach(
                erases, topic(erases, "![e](" + erased.markdownPath() + ")").postId(), List.of(erased.name()));

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new AccountDeleted(keeps, false));
            events.publishEvent(new AccountDeleted(erases, true));
        });

        assertThat(exists(kept)).isTrue();
        assertThat(exists(loose)).isFalse();
        assertThat(exists(erased)).isFalse();
    }

    private ImageUpload.Stored stored(long owner, byte[] upload) {
        ImageUpload result = store.store(owner, new ByteArrayInputStream(upload), upload.length);
        assertThat(result).isInstanceOf(ImageUpload.Stored.class);
        return (ImageUpload.Stored) result;
    }

    private String refusal(long owner, byte[] upload) {
        ImageUpload result = store.store(owner, new ByteArrayInputStream(upload), upload.length);
        assertThat(result).isInstanceOf(ImageUpload.Refused.class);
        return ((ImageUpload.Refused) result).messageKey();
    }

    private PostingFixture.Opening topic(long author, String body) {
        return new PostingFixture(context).startTopic(author, true, ForumFixture.unique("Images "), body, "public");
    }

    private byte[] bytes(ImageUpload.Stored stored) {
        return jdbc.sql("SELECT bytes FROM forum_image WHERE name = :name")
                .param("name", stored.name())
                .query(byte[].class)
                .single();
    }

    private String contentType(ImageUpload.Stored stored) {
        return jdbc.sql("SELECT content_type FROM forum_image WHERE name = :name")
                .param("name", stored.name())
                .query(String.class)
                .single();
    }

    private Long postOf(ImageUpload.Stored stored) {
        return jdbc.sql("SELECT post_id FROM forum_image WHERE name = :name")
                .param("name", stored.name())
                .query(Long.class)
                .list()
                .get(0);
    }

    private boolean exists(ImageUpload.Stored stored) {
        return jdbc.sql("SELECT COUNT(*) FROM forum_image WHERE name = :name")
                        .param("name", stored.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static boolean isRed(int rgb) {
        return ((rgb >> 16) & 0xFF) > 200 && (rgb & 0xFF) < 60;
    }

    private static boolean isBlue(int rgb) {
        return (rgb & 0xFF) > 200 && ((rgb >> 16) & 0xFF) < 60;
    }
}
