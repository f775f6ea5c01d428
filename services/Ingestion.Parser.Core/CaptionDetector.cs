using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>Photo captions and credits, which sit inside the article text but are not part of it.</summary>
internal static class CaptionDetector
{
    private static readonly PrefixSet Prefixes = new(
        ["photo:", "photo :", "photos:", "image:", "caption:", "foto:", "fotos:", "bild:", "picture:", "photograph:", "pictured:", "file photo:", "illustration:"]);

    private static readonly SearchValues<string> Credits = SearchValues.Create(
    [
        "ap photo", "getty images", "/reuters", "reuters/", "(reuters)", "/afp", "afp/", "afp via", "(afp)", "/epa", "/ epa", "epa/", "/ afp", "/ reuters", "photo:", "photo by",
        "photograph:", "photograph by", "image:", "image credit", "credit:", "foto:", "bild:", "/file", "shutterstock", "istock", "/dpa", "dpa/",
        "(dpa)", "picture alliance", "photo credit", "dit photo", "photo :", "/ap", "(ap)", "courtesy of", "photo)", "submitted photo", "courtesy photo", "contributed photo", "flickr/", "flickr /", "wikimedia commons",
    ], StringComparison.OrdinalIgnoreCase);

    /// <summary>The caption text(s) of a caption line, or null when the line is not one.</summary>
    public static IReadOnlyList<string>? TryRead(string line)
    {
        if (line.Length > 500)
        {
            return null;
        }

        var text = line.AsSpan().Trim();
        var prefix = Prefixes.MatchLength(text);
        if (prefix == 0 && !EndsWithCredit(text))
        {
            return null;
        }

        return SplitGluedPlayButton(text[prefix..].Trim());
    }

    private static bool EndsWithCredit(ReadOnlySpan<char> text)
    {
        return text[Math.Max(0, text.Length - 60)..].ContainsAny(Credits);
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
