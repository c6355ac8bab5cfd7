package org.cppcc.platform.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The object-store implementation of {@link FileStorage} and the copy of local files into it, against a
 * real S3-compatible server (LocalS3) on this machine; no application context is involved.
 */
class ObjectStoreFileStorageTest {

    private static LocalS3Server server;
    private static S3Client client;

    private String bucket;
    private S3FileStorage storage;

    @BeforeAll
    static void startServer() throws Exception {
        server = LocalS3Server.start();
        client = S3FileStorage.client(
                new ObjectStoreSettings(server.endpoint(), "us-east-1", "unused", "test", "test", true, true));
    }

    @AfterAll
    static void stopServer() throws Exception {
        client.close();
        server.close();
    }

    @BeforeEach
    void freshBucket() {
        bucket = "cppcc-" + UUID.randomUUID().toString().substring(0, 8);
        storage = new S3FileStorage(client, bucket);
        storage.ensureBucket();
    }

    @Test
    void storesReadsAndDeletesAFileUnderAKeyOfItsArea() throws Exception {
        byte[] content = "%PDF-1.4 关于加强社区养老服务的建议".getBytes(StandardCharsets.UTF_8);

        String key = storage.store("proposal", new ByteArrayInputStream(content));

        assertThat(key).matches("proposal/[0-9a-f-]{36}");
        try (InputStream read = storage.open(key)) {
            assertThat(read.readAllBytes()).isEqualTo(content);
        }
        assertThat(storage.size(key)).hasValue(content.length);

        storage.delete(key);

        assertThat(storage.size(key)).isEmpty();
        assertThatThrownBy(() -> storage.open(key))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(NoSuchFileException.class);
        storage.delete(key); // deleting what is gone is not an error, as on the local disk
    }

    @Test
    void twoNodesOnOneBucketSeeEachOthersFiles() throws Exception {
        S3FileStorage otherNode = new S3FileStorage(client, bucket);
        String key = storage.store("photo", new ByteArrayInputStream(new byte[] {1, 2, 3}));

        try (InputStream read = otherNode.open(key)) {
            assertThat(read.readAllBytes()).containsExactly(1, 2, 3);
        }
    }

    @Test
    void theServersXmlModuleStaysOffThePlatformsClassPath() {
        assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.dataformat.xml.XmlMapper"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void refusesKeysAndAreasItDidNotMake() {
        assertThatThrownBy(() -> storage.open("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.delete("proposal/../../x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.store("Proposal/x", InputStream.nullInputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ensuringTheBucketTwiceIsHarmless() {
        String key = storage.store("proposal", new ByteArrayInputStream(new byte[] {7}));
        storage.ensureBucket();
        assertThat(storage.size(key)).hasValue(1);
    }

    @Test
    void copiesLocalFilesUnderTheirKeysOnceAndRepairsAPartialCopy(@TempDir Path dataDir) throws Exception {
        Path files = LocalDiskFileStorage.filesUnder(dataDir.toString());
        LocalDiskFileStorage local = new LocalDiskFileStorage(dataDir.toString());
        byte[] report = "%PDF-1.7 调研报告".getBytes(StandardCharsets.UTF_8);
        byte[] photo = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 42};
        String reportKey = local.store("proposal", new ByteArrayInputStream(report));
        String photoKey = local.store("matter", new ByteArrayInputStream(photo));
        Files.writeString(files.resolve("README.txt"), "not a stored file");

        LocalFilesToObjectStore.Outcome first = LocalFilesToObjectStore.copy(files, storage);

        assertThat(first.copied()).isEqualTo(2);
        assertThat(first.alreadyThere()).isZero();
        assertThat(first.notKeys()).containsExactly(files.resolve("README.txt"));
        try (InputStream read = storage.open(reportKey)) {
            assertThat(read.readAllBytes()).isEqualTo(report);
        }
        try (InputStream read = storage.open(photoKey)) {
            assertThat(read.readAllBytes()).isEqualTo(photo);
        }

        LocalFilesToObjectStore.Outcome again = LocalFilesToObjectStore.copy(files, storage);
        assertThat(again.copied()).isZero();
        assertThat(again.alreadyThere()).isEqualTo(2);

        // An interrupted earlier copy left a short object: the next run writes it again.
        storage.put(photoKey, RequestBody.fromBytes(new byte[] {(byte) 0xFF}));
        LocalFilesToObjectStore.Outcome repair = LocalFilesToObjectStore.copy(files, storage);
        assertThat(repair.copied()).isEqualTo(1);
        assertThat(repair.alreadyThere()).isEqualTo(1);
        try (InputStream read = storage.open(photoKey)) {
            assertThat(read.readAllBytes()).isEqualTo(photo);
        }
        assertThat(Files.exists(files.resolve(reportKey)))
                .as("local files stay")
                .isTrue();
    }

    @Test
    void aMissingDataDirectoryCopiesNothing(@TempDir Path dataDir) {
        LocalFilesToObjectStore.Outcome outcome =
                LocalFilesToObjectStore.copy(dataDir.resolve("absent/files"), storage);
        assertThat(outcome.copied() + outcome.alreadyThere()).isZero();
    }
}
