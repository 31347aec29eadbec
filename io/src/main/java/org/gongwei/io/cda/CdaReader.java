package org.gongwei.io.cda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.core.validation.Problem;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads WS/T 483 CDA documents into domain records: 483.1 (HSDA00.01) into a {@link
 * org.gongwei.core.resident.Resident}, 483.12 (HSDB04.01) and 483.13 (HSDB04.02) into a {@link
 * org.gongwei.core.chronic.FollowUp}. Bad data never throws: it becomes {@link Problem}s located
 * by source and XPath-like path, and a document with an ERROR is rejected.
 *
 * <p><b>Safe parsing.</b> Documents are parsed by a hardened parser: a DOCTYPE declaration is
 * refused outright ({@link CdaProblemCode#CDA_DOCTYPE_FORBIDDEN}), so no DTD, no entity, internal
 * or external, is ever declared, expanded or fetched (XXE, billion laughs); XInclude is off.
 *
 * <p><b>What each document carries</b> (as {@link CdaWriter} writes it and this reader reads it):
 *
 * <ul>
 *   <li><b>483.1</b>, every field of the resident: resident id ({@code patientRole/id}, root
 *       {@value CdaOids#HEALTH_RECORD_NUMBER}); the identity card number ({@code patient/id}, root
 *       {@value CdaOids#ID_CARD_NUMBER}), or another document type and number as extension
 *       observations; name; sex; birth date; ethnicity ({@code ethnicGroupCode}); region code
 *       ({@code addr/censusTract}); institution ({@code custodian}, root {@value
 *       CdaOids#ORGANIZATION}); responsible doctor ({@code assignedAuthor/id}, root {@value
 *       CdaOids#AUTHOR}); record established date ({@code author/time}); and as body observations
 *       permanent, household registered, electronic and standardized record, record closure date
 *       and reason, death date, disabled, poverty alleviated, family-planning special family and
 *       vaccination certificate date. Of the institution only the name is written, and it is not
 *       read back. A 483.1 without 常住 is read as permanent, with a warning.
 *   <li><b>483.12 / 483.13</b>, every field of the follow-up: id ({@code ClinicalDocument/id},
 *       root {@value CdaOids#DOCUMENT_ID}); resident id; condition (the document type); visit date
 *       and method (the 随访方式 observation and its {@code effectiveTime}); systolic and diastolic
 *       pressure; fasting glucose; HbA1c; classification (随访评价结果); adherence; adverse
 *       reaction; referral; next visit date; doctor ({@code assignedAuthor/id}); institution
 *       ({@code assignedAuthor/representedOrganization/id}). The resident's name, sex, birth date,
 *       identity number, ethnicity and region are written in the header for the reader of the
 *       document, and not read back: the resident comes from its 483.1.
 * </ul>
 *
 * <p><b>Vendor variants</b> are read: ISO dates ({@code yyyy-MM-dd}, with a warning), a document
 * without the HL7 namespace (with a warning), observations anywhere in the body (organizers,
 * nested entries), data elements recognised by code or by their Chinese display name, units
 * {@code mm[Hg]}, glucose in mg/dL (converted, with a warning), names in {@code family}/{@code
 * given} parts, the document type by its template id when its code is unknown.
 *
 * <p>A reader is stateless and thread-safe; each document gets its own parser.
 */
public final class CdaReader {

  private CdaReader() {}

  /** A reader. */
  public static CdaReader create() {
    return new CdaReader();
  }

  /**
   * Reads one document file; an unreadable file is a rejected document with {@link
   * CdaProblemCode#CDA_UNREADABLE}, never an exception.
   */
  public CdaDocumentResult read(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source);
    } catch (IOException e) {
      return rejected(source, CdaProblemCode.CDA_UNREADABLE, "/", 0, "the file cannot be read: " + e);
    }
  }

  /** Reads one document from a stream (not closed), naming it {@code source} in problems. */
  public CdaDocumentResult read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Document document;
    try {
      document = SecureXml.newDocumentBuilder().parse(new InputSource(in));
    } catch (SAXParseException e) {
      long line = Math.max(0, e.getLineNumber());
      String message = String.valueOf(e.getMessage());
      if (message.toUpperCase(Locale.ROOT).contains("DOCTYPE")) {
        return rejected(source, CdaProblemCode.CDA_DOCTYPE_FORBIDDEN, "/", line,
            "the document has a DOCTYPE declaration; DTDs and entities are refused, nothing they"
                + " reference is read (protection against XML external entities and entity expansion)");
      }
      return rejected(source, CdaProblemCode.CDA_NOT_WELL_FORMED, "/", line,
          "the document is not well-formed XML: " + message);
    } catch (SAXException e) {
      return rejected(source, CdaProblemCode.CDA_NOT_WELL_FORMED, "/", 0,
          "the document is not well-formed XML: " + e.getMessage());
    } catch (IOException e) {
      return rejected(source, CdaProblemCode.CDA_UNREADABLE, "/", 0, "the document cannot be read: " + e);
    }
    return new DocumentReading(source, XmlCursor.root(document.getDocumentElement())).read();
  }

  /**
   * Reads every {@code *.xml} file of a directory (not its subdirectories), in file-name order.
   *
   * @throws UncheckedIOException if the directory cannot be listed
   */
  public CdaBatch readDirectory(Path directory) {
    Objects.requireNonNull(directory, "directory");
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path p : entries) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml") && Files.isRegularFile(p)) {
          files.add(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list CDA directory " + directory, e);
    }
    files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    List<CdaDocumentResult> results = new ArrayList<>(files.size());
    for (Path f : files) {
      results.add(read(f));
    }
    return new CdaBatch(results);
  }

  private static CdaDocumentResult rejected(
      String source, CdaProblemCode code, String path, long line, String message) {
    Problem p = code.problem(message).withField(path).withLocation(source, line);
    return new CdaDocumentResult(source, Optional.empty(), Optional.empty(), List.of(p));
  }
}
