package nl.amsterdam.inclusion.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Pictures for the README. Every test run writes them under {@code target/readme-images/}, so the suite never changes
 * the working tree; {@code mvn -o test-compile surefire:test -Dtest=ReadmePicturesBrowserTest
 * -Dinclusion.pictures.update=true} also copies them into {@code docs/images/}, the committed ones the README shows.
 * Browser tests save a picture with {@link #file(String)} and hand it to {@link #publish(Path)}.
 */
public final class ReadmePictures {

  public static final Path TARGET = Path.of("target", "readme-images");
  public static final Path COMMITTED = Path.of("docs", "images");
  public static final String UPDATE = "inclusion.pictures.update";

  private ReadmePictures() {
  }

  /** Where a test writes the picture {@code name} (for example {@code dashboard.png}). */
  public static Path file(String name) {
    try {
      Files.createDirectories(TARGET);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return TARGET.resolve(name);
  }

  /** Copies {@code picture} (written to {@link #file(String)}) into docs/images when asked to; returns where it is. */
  public static Path publish(Path picture) {
    if (!Boolean.getBoolean(UPDATE)) {
      return picture;
    }
    try {
      Files.createDirectories(COMMITTED);
      return Files.copy(picture, COMMITTED.resolve(picture.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
