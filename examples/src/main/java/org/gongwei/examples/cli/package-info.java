/**
 * The {@code gongwei} command line: {@code report}, {@code validate}, {@code generate}, {@code
 * explain}, {@code catalogue}, {@code worklist}, {@code convert} and {@code bench}, built with
 * picocli; {@link org.gongwei.examples.cli.Gongwei} is the main class.
 *
 * <p>Errors for users are one line on standard error (with {@code --debug}, the stack trace too);
 * the exit codes are those of {@link org.gongwei.examples.cli.ExitCodes}. Output meant for further
 * processing (JSON, CSV) goes to standard output or {@code --out}; notes and progress go to
 * standard error, progress only when it is a terminal. The reference is {@code docs/cli.md}.
 */
package org.gongwei.examples.cli;
