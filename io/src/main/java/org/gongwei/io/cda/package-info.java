/**
 * WS/T 483 健康档案共享文档规范 CDA documents (exchange format §5): {@link
 * org.gongwei.io.cda.CdaWriter} writes a resident as 483.1 个人基本健康信息登记 (HSDA00.01) and a
 * hypertension or type 2 diabetes follow-up as 483.12 高血压患者随访服务 (HSDB04.01) or 483.13
 * 2型糖尿病患者随访服务 (HSDB04.02); {@link org.gongwei.io.cda.CdaReader} reads them back, and vendor
 * variants, into domain records with problems, one document or a directory at a time.
 *
 * <p>Header identifiers and code systems are in {@link org.gongwei.io.cda.CdaOids}; dates are
 * compact ({@code yyyyMMdd[HHmmss]}). XML is parsed with DOCTYPE declarations, external entities,
 * external DTDs and XInclude refused. No CDA or WS/T 483 schema is bundled: the structure is
 * checked by the tests, by hand.
 *
 * <pre>{@code
 * CdaWriter writer = CdaWriter.create();
 * String xml = writer.toXml(followUp, resident);          // HSDB04.01 or HSDB04.02
 * CdaDocumentResult read = CdaReader.create().read(new ByteArrayInputStream(
 *     xml.getBytes(StandardCharsets.UTF_8)), "f01.xml");
 * read.followUp();                                         // the follow-up, if accepted
 * CdaBatch batch = CdaReader.create().readDirectory(dir);  // read = accepted + rejected
 * }</pre>
 */
package org.gongwei.io.cda;
