package org.cppcc.platform.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.util.OptionalLong;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files on an S3-compatible object store (MinIO, Amazon S3, …), so that every node of the platform sees
 * every file. Object keys are the storage keys themselves, the same as the local disk's relative paths,
 * which is what lets {@link LocalFilesToObjectStore} move existing files without touching the database.
 */
final class S3FileStorage implements FileStorage {

    private final S3Client s3;
    private final String bucket;

    S3FileStorage(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /**
     * A client for the settings. Checksums only where the API requires them: the SDK's default (a CRC in a
     * chunked trailer on every upload) is not understood by every S3-compatible store.
     */
    static S3Client client(ObjectStoreSettings settings) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (!settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint().strip()));
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(ObjectStoreSettings settings) {
        if (settings.accessKey().isBlank() && settings.secretKey().isBlank()) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
    }

    /** Creates the bucket if it does not exist yet (a fresh MinIO has none). */
    void ensureBucket() {
        try {
            s3.headBucket(request -> request.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            s3.createBucket(request -> request.bucket(bucket));
        }
    }

    @Override
    public String store(String area, InputStream content) {
        String key = StorageKeys.newKey(area);
        byte[] bytes;
        try {
            // Uploads are capped well below memory's limits (spring.servlet.multipart: 10 MB a file).
            bytes = content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the content for " + key, e);
        }
        put(key, RequestBody.fromBytes(bytes));
        return key;
    }

    @Override
    public InputStream open(String key) {
        StorageKeys.checked(key);
        try {
            return s3.getObject(request -> request.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new UncheckedIOException("Could not read " + key, new NoSuchFileException(key));
        } catch (SdkException e) {
            throw new UncheckedIOException("Could not read " + key, new IOException(e));
        }
    }

    @Override
    public void delete(String key) {
        StorageKeys.checked(key);
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw new UncheckedIOException("Could not delete " + key, new IOException(e));
        }
    }

    /** Writes an object under a key made earlier (by this or another storage). */
    void put(String key, RequestBody body) {
        StorageKeys.checked(key);
        try {
            s3.putObject(request -> request.bucket(bucket).key(key), body);
        } catch (SdkException e) {
            throw new UncheckedIOException("Could not store " + key, new IOException(e));
        }
    }

    /** The stored object's size, or empty when there is none under the key. */
    OptionalLong size(String key) {
        StorageKeys.checked(key);
        try {
            return OptionalLong.of(
                    s3.headObject(request -> request.bucket(bucket).key(key)).contentLength());
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return OptionalLong.empty();
            }
            throw new UncheckedIOException("Could not look up " + key, new IOException(e));
        }
    }
}
