namespace Ingestion.Parser.Core;

/// <summary>Photo captions and credits, which sit inside the article text but are not part of it.</summary>
internal static class CaptionDetector
{
    private static readonly string[] Prefixes =
        ["photo:", "photo :", "photos:", "image:", "caption:", "foto:", "fotos:", "bild:", "picture:", "photograph:", "pictured:", "file photo:", "illustration:"];

    private static readonly string[] Credits =
    [
        "ap photo", "getty images", "/reuters", "reuters/", "(reuters)", "/afp", "afp/", "afp via", "(afp)", "/epa", "epa/", "photo:", "photo by",
        "photograph:", "photograph by", "image:", "image credit", "credit:", "foto:", "bild:", "/file", "shutterstock", "istock", "/dpa", "dpa/",
        "(dpa)", "picture alliance", "photo credit", "crédit photo", "photo :", "/ap", "(ap)", "courtesy of",
    ];

    /// <summary>The caption text(s) of a caption line, or null when the line is not one.</summary>
    public static IReadOnlyList<string>? TryRead(string line)
    {
        if (line.Length > 500)
        {
            return null;
        }

        var text = line.AsSpan().Trim();
        var prefix = PrefixLength(text);
        if (prefix == 0 && !EndsWithCredit(text))
        {
            return null;
        }

        return SplitGluedPlayButton(text[prefix..].Trim());
    }

    private static int PrefixLength(ReadOnlySpan<char> text)
    {
        foreach (var prefix in Prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return prefix.Length;
            }
        }

        return 0;
    }

    private static bool EndsWithCredit(ReadOnlySpan<char> text)
    {
        var tail = text[Math.Max(0, text.Length - 60)..];
        foreach (var credit in Credits)
        {
            if (tail.Contains(credit, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Scraped players leave their "Play" label glued between caption and credit: "…2013PlayMartial Trezzini/AP Photo".</summary>
    private static List<string> SplitGluedPlayButton(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf("Play", StringComparison.Ordinal);
        if (at > 0 && at + 4 < text.Length && !char.IsWhiteSpace(text[at - 1]) && char.IsUpper(text[at + 4]))
        {
            return [Whitespace.Collapse(text[..at]), Whitespace.Collapse(text[(at + 4)..])];
        }

        return [Whitespace.Collapse(text)];
    }
}
