using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Ingestion.Parser.Core;

/// <summary>Turns the bytes of a page into text, whatever encoding the scraper saved it in.</summary>
internal static class TextDecoder
{
    private static readonly Encoding Windows1252 = CreateWindows1252();
    private static readonly SearchValues<char> CharsetNameEnd = SearchValues.Create("\"' ;/>");

    public static string Decode(ReadOnlySpan<byte> content, bool mayBeHtml)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(content[3..]);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(content[2..]);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(content[2..]);
        }

        if (DetectUtf16WithoutBom(content) is { } utf16)
        {
            return utf16.GetString(content);
        }

        // Scrapers often re-save pages as UTF-8 and leave the old meta charset behind; valid UTF-8 with
        // non-ASCII bytes is almost never an accident, so it wins over the declaration.
        if (Utf8.IsValid(content))
        {
            return Encoding.UTF8.GetString(content);
        }

        // A declaration wins over mostly-UTF-8: two-byte encodings such as EUC-KR hold byte pairs that are valid UTF-8.
        var declared = mayBeHtml ? DeclaredCharset(content) : null;
        if (declared is null && IsMostlyUtf8(content))
        {
            return DecodeMostlyUtf8(content);
        }

        return (declared ?? Windows1252).GetString(content);
    }

    /// <summary>
    /// Undeclared UTF-8 with a few bytes that are not: a last character cut off, a Windows-1252 word pasted in, an encoded
    /// surrogate. Its valid multi-byte characters outnumber its runs of invalid bytes; in Windows-1252 text they are rare.
    /// </summary>
    private static bool IsMostlyUtf8(ReadOnlySpan<byte> content)
    {
        int multiByte = 0, invalidRuns = 0;
        var inInvalidRun = false;
        var rest = content;
        while (true)
        {
            var nonAscii = SkipAscii(rest);
            if (nonAscii.IsEmpty)
            {
                return multiByte > invalidRuns;
            }

            inInvalidRun &= nonAscii.Length == rest.Length;
            var status = Rune.DecodeFromUtf8(nonAscii, out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                multiByte++;
            }
            else if (!inInvalidRun)
            {
                invalidRuns++;
            }

            inInvalidRun = status != OperationStatus.Done;
            rest = nonAscii[consumed..];
        }
    }

    /// <summary>UTF-8, each invalid byte read as Windows-1252 (what it most often was) rather than dropped.</summary>
    private static string DecodeMostlyUtf8(ReadOnlySpan<byte> content)
    {
        var text = new StringBuilder(content.Length);
        var rest = content;
        while (!rest.IsEmpty)
        {
            var ascii = rest.Length - SkipAscii(rest).Length;
            text.Append(Encoding.ASCII.GetString(rest[..ascii]));
            rest = rest[ascii..];
            if (rest.IsEmpty)
            {
                break;
            }

            var status = Rune.DecodeFromUtf8(rest, out var rune, out var consumed);
            text.Append(status == OperationStatus.Done ? rune.ToString() : Windows1252.GetString(rest[..consumed]));
            rest = rest[consumed..];
        }

        return text.ToString();
    }

    private static ReadOnlySpan<byte> SkipAscii(ReadOnlySpan<byte> content)
    {
        var next = content.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
        return next < 0 ? [] : content[next..];
    }

    /// <summary>Text in UTF-16 without a byte order mark shows as every other byte being NUL.</summary>
    private static Encoding? DetectUtf16WithoutBom(ReadOnlySpan<byte> content)
    {
        var sample = content[..Math.Min(content.Length & ~1, 4096)];
        // Text in a single-byte encoding or UTF-8 holds no NUL at all: one vectorised search settles most pages.
        if (sample.Length < 4 || !sample.Contains((byte)0))
        {
            return null;
        }

        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenNuls += sample[i] == 0 ? 1 : 0;
            oddNuls += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.1)
        {
            return Encoding.Unicode;
        }

        return evenNuls > pairs * 0.4 && oddNuls < pairs * 0.1 ? Encoding.BigEndianUnicode : null;
    }

    /// <summary>The charset named by a meta tag or http-equiv in the first kilobytes, as a browser's prescan would find it.</summary>
    private static Encoding? DeclaredCharset(ReadOnlySpan<byte> content)
    {
        var head = Encoding.Latin1.GetString(content[..Math.Min(content.Length, 2048)]);
        var at = head.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var name = CharsetNameAfter(head.AsSpan(at + "charset".Length));
            if (name.Length > 0 && IsInsideMetaTag(head, at))
            {
                return ToEncoding(name);
            }

            at = head.IndexOf("charset", at + 1, StringComparison.OrdinalIgnoreCase);
        }

        return null;
    }

    private static bool IsInsideMetaTag(string head, int at)
    {
        var tagStart = head.LastIndexOf('<', at);
        return tagStart >= 0
            && head.IndexOf('>', tagStart) > at
            && head.AsSpan(tagStart + 1).StartsWith("meta", StringComparison.OrdinalIgnoreCase);
    }

    private static ReadOnlySpan<char> CharsetNameAfter(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        if (rest.IsEmpty || rest[0] != '=')
        {
            return [];
        }

        rest = rest[1..].TrimStart().TrimStart("\"'");
        var end = rest.IndexOfAny(CharsetNameEnd);
        return end < 0 ? rest : rest[..end];
    }

    private static Encoding? ToEncoding(ReadOnlySpan<char> name)
    {
        // A page that says UTF-16 in an ASCII-readable meta tag cannot really be UTF-16: browsers read it as UTF-8.
        if (name.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8;
        }

        // Browsers treat Latin-1 and ASCII labels as Windows-1252, which fills the C1 range with quotes and dashes.
        if (name.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase)
            || name.Equals("latin1", StringComparison.OrdinalIgnoreCase)
            || name.Equals("us-ascii", StringComparison.OrdinalIgnoreCase))
        {
            return Windows1252;
        }

        try
        {
            return Encoding.GetEncoding(name.ToString());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
